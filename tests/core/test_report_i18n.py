"""The report in the reader's language: numbers in French and Spanish conventions, country
names in the reader's language; the CSV files and the JSON keep machine values."""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import i18n
from cms_connectivity_plugin.core.borders import country_table
from cms_connectivity_plugin.core.pipeline import run_scenario
from cms_connectivity_plugin.core.report import _tick, build_report
from cms_connectivity_plugin.core.scenario import Scenario

from .test_report import _parsed, _read_csv, assert_html_shows_the_csv

# language, decimal, group, names of FRA and ESP
LOCALES = {
    "fr": (",", "\u202f", {"FRA": "France", "ESP": "Espagne"}),
    "es": (",", ".", {"FRA": "Francia", "ESP": "España"}),
}
PROTCONN = {
    "before": {"ProtConn FRA (10 km)": 8.5, "Prot FRA": 12.3, "Prot ESP": 4.0},
    "after": {"ProtConn FRA (10 km)": 24.25, "Prot FRA": 31.0, "Prot ESP": 30.5},
}


@pytest.fixture(scope="module")
def result():
    """A two-country run on real ISO3 codes (west 'FRA', east 'ESP', a wiggly border)."""
    lat = np.linspace(44.0, 48.0, 41)
    border = list(zip(4.0 + 0.3 * np.sin(lat * 3.0), lat))
    west = shapely.Polygon([(0.0, 44.0), *border, (0.0, 48.0)])
    east = shapely.Polygon([*border, (8.0, 48.0), (8.0, 44.0)])
    countries = country_table(
        {"ISO_A3": ["FRA", "ESP"], "NAME": ["France", "Spain"]},
        np.array([west, east], dtype=object),
        source="test countries",
    )
    scenario = Scenario(countries=("FRA", "ESP"), n_species=4, seed=5, hex_area_km2=800.0, blm=0.2)
    return run_scenario(scenario, countries)


@pytest.fixture(scope="module", params=sorted(LOCALES))
def localized(request, result, tmp_path_factory):
    """(language, report) written with the language's separators and names."""
    decimal, group, _ = LOCALES[request.param]
    i18n.set_locale(request.param, decimal, group)
    try:
        report = build_report(result, tmp_path_factory.mktemp(request.param), protconn=PROTCONN)
    finally:
        i18n.set_locale()
    return request.param, report


def test_html_numbers_follow_the_reader_and_csv_stays_machine(localized):
    language, report = localized
    decimal, group, _ = LOCALES[language]
    assert_html_shows_the_csv(report, decimal, group)
    area = _parsed(report.html).tables["countries"][1][1]  # a country's area, > 10 000 km2
    assert re.fullmatch(rf"\d{{2,3}}({re.escape(group)}\d{{3}})+{decimal}\d", area), area
    csv_area = _read_csv(report.csvs["countries"])[1][1]
    assert re.fullmatch(r"\d{5,}\.\d", csv_area), csv_area
    text = report.html.read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in text
    assert re.search(rf"\(\d+{decimal}\d%", text)  # the share of the study area in the intro


def test_countries_are_named_in_the_readers_language(localized, result):
    language, report = localized
    names = LOCALES[language][2]
    tables = _parsed(report.html).tables
    assert {row[0] for row in tables["countries"][1:]} == set(names.values())
    assert {row[0] for row in tables["gbf3"][1:]} == set(names.values())
    assert {row[0] for row in _read_csv(report.csvs["countries"])[1:]} == set(names)
    assert tables["protconn"][1][0] == f"ProtConn {names['FRA']} (10 km)"
    gbf3 = {row[0]: row[1:5] for row in tables["gbf3"][1:]}  # the ProtConn table's figures
    assert gbf3[names["FRA"]] == ["12,3", "8,5", "31,0", "24,2"]
    assert gbf3[names["ESP"]] == ["4,0", "", "30,5", ""]
    if len(result.tfca):
        both = ", ".join(names[code] for code in str(result.tfca.countries[0]).split(";"))
        assert tables["tfca"][1][1] == both
        assert {row[1] for row in tables["tfca_countries"][1:]} <= set(names.values())
    text = report.html.read_text(encoding="utf-8")
    assert f"{names['FRA']}, {names['ESP']}" in text  # title and introduction


def test_json_keeps_machine_values(localized):
    _, report = localized
    data = json.loads(report.json.read_text(encoding="utf-8"))
    assert dt.datetime.fromisoformat(data["generated"]).tzinfo is not None
    assert set(data["countries"]) == {"FRA", "ESP"}
    assert all(isinstance(v, float) for v in (r["area_km2"] for r in data["countries"].values()))


def test_chart_ticks_use_the_readers_decimal_separator():
    i18n.set_locale("fr", ",", "\u202f")
    try:
        assert [_tick(v) for v in (0.0, 2.5, 0.30000000000000004, 12000.0)] == [
            "0",
            "2,5",
            "0,3",
            "12\u202f000",
        ]
    finally:
        i18n.set_locale()
    assert _tick(2.5) == "2.5"
