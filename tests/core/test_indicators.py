"""GBF Target 3 indicators (3.1 coverage, ProtConn) per country and year, on exact areas."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import i18n
from cms_connectivity_plugin.core.borders import build_study_area
from cms_connectivity_plugin.core.indicators import (
    ALL,
    COLUMNS,
    EXISTING,
    GBF_31_LAND,
    GBF_31_SEA,
    GBF_PROTCONN,
    WITH_PLAN,
    coverage_series,
    covered_km2,
    designation_years,
    indicator_rows,
    indicators_csv_text,
    write_indicators,
)
from cms_connectivity_plugin.core.pipeline import ScenarioInputs, run_scenario
from cms_connectivity_plugin.core.scenario import Scenario
from cms_connectivity_plugin.core.simulate import ProtectedAreas

from .fixtures import two_countries

KM = 1000.0
TODAY = dt.date(2026, 5, 4)


def _square(x_km: float, y_km: float, side_km: float, height_km: float | None = None):
    height_km = side_km if height_km is None else height_km
    return shapely.box(x_km * KM, y_km * KM, (x_km + side_km) * KM, (y_km + height_km) * KM)


# ------------------------------------------------------------------ geometry, exact areas


COUNTRIES = np.array([_square(0, 0, 100), _square(100, 0, 100)], dtype=object)  # 10,000 km2 each
SITES = np.array(
    [
        _square(10, 10, 10),  # A, 2000: 100 km2
        _square(15, 10, 10),  # A, 2010: overlaps the first by 50 km2, adds 50
        _square(90, 50, 20, 10),  # across the border, 2010: 100 km2 in A, 100 in B
        _square(150, 50, 5),  # B, no year: 25 km2 from the start
    ],
    dtype=object,
)
YEARS = np.array([2000, 2010, 2010, 0])


def test_coverage_counts_overlaps_once_and_splits_sites_at_the_border():
    np.testing.assert_allclose(covered_km2(COUNTRIES, SITES), [250.0, 125.0])
    np.testing.assert_allclose(covered_km2(COUNTRIES, SITES[:0]), [0.0, 0.0])


def test_time_series_grows_by_designation_year_with_unknown_years_from_the_start():
    series = coverage_series(COUNTRIES, SITES, YEARS)
    assert [year for year, _ in series] == [2000, 2010]
    np.testing.assert_allclose(series[0][1], [100.0, 25.0])
    np.testing.assert_allclose(series[1][1], [250.0, 125.0])


def test_designation_years_from_any_year_field_and_case():
    assert designation_years({"status_yr": np.array([1990, None, "2001", 0])}, 4).tolist() == [
        1990,
        0,
        2001,
        0,
    ]
    assert designation_years({"DESIG_YEAR": np.array([1975.0, np.nan])}, 2).tolist() == [1975, 0]
    assert designation_years({"NAME": np.array(["a"])}, 1) is None


# ------------------------------------------------------------------ rows of a real run


@pytest.fixture(scope="module")
def run():
    """A run on two countries with three known protected squares (land only)."""
    countries = two_countries()
    scenario = Scenario(
        countries=("AAA", "BBB"),
        n_species=3,
        seed=3,
        hex_area_km2=900.0,
        time_limit_s=60,
        protconn_distance_km=10.0,
    )
    study = build_study_area(countries, scenario.countries, scenario.max_offshore_km)
    centres = {}
    for code, geom in zip(study.codes, study.countries):
        main = max(shapely.get_parts(geom), key=shapely.area)
        centres[code] = shapely.get_coordinates(shapely.point_on_surface(main))[0] / KM
    (ax, ay), (bx, by) = centres["AAA"], centres["BBB"]
    sites = np.array(
        [
            _square(ax - 30, ay - 10, 20),  # AAA, 1990: 400 km2
            _square(ax + 10, ay - 10, 20, 10),  # AAA, 2005: 200 km2
            _square(bx - 10, by - 10, 30, 10),  # BBB, 2005: 300 km2
        ],
        dtype=object,
    )
    for site in sites:
        assert any(shapely.contains(c, site) for c in study.countries)
    columns = {
        "NAME": np.array(["a", "b", "c"], dtype=object),
        "STATUS_YR": np.array([1990, 2005, 2005]),
    }
    inputs = ScenarioInputs(study.crs, protected_areas=ProtectedAreas(columns, sites))
    result = run_scenario(scenario, countries, inputs=inputs)
    land = dict(zip(study.codes, shapely.area(study.countries) / 1e6))
    return result, land


def _index(rows):
    keys = [(r["country"], r["year"], r["scenario"], r["indicator_code"]) for r in rows]
    assert len(keys) == len(set(keys)), "a (country, year, scenario, indicator) twice"
    return dict(zip(keys, rows))


def test_coverage_before_is_the_protected_share_of_each_country_land(run):
    result, land = run
    rows = _index(indicator_rows(result, today=TODAY, sources="test data"))
    expected = {"AAA": 600.0, "BBB": 300.0}
    for code, km2 in expected.items():
        row = rows[(code, 2005, EXISTING, GBF_31_LAND)]
        assert row["numerator_km2"] == pytest.approx(km2, abs=1e-3)
        assert row["denominator_km2"] == pytest.approx(land[code], abs=1e-3)
        assert row["value"] == pytest.approx(100.0 * km2 / land[code], abs=1e-4)
        assert row["unit"] == "%" and row["sources"] == "test data"
        assert row["date"] == "2026-05-04"
    total = rows[(ALL, 2005, EXISTING, GBF_31_LAND)]
    assert total["value"] == pytest.approx(100.0 * 900.0 / sum(land.values()), abs=1e-4)
    # The time series: in 1990 only the first square.
    early = rows[("AAA", 1990, EXISTING, GBF_31_LAND)]
    assert early["numerator_km2"] == pytest.approx(400.0, abs=1e-3)
    assert rows[("BBB", 1990, EXISTING, GBF_31_LAND)]["value"] == 0.0


def test_with_the_plan_adds_the_chosen_units_and_never_lowers_coverage(run):
    result, land = run
    rows = _index(indicator_rows(result, today=TODAY, sources=""))
    network = shapely.union_all(
        np.concatenate([result.data.protected_areas.geometry, result.units.geometry[result.chosen]])
    )
    for code, geom in zip(result.study_area.codes, result.study_area.countries):
        after = rows[(code, 2026, WITH_PLAN, GBF_31_LAND)]
        before = rows[(code, 2005, EXISTING, GBF_31_LAND)]
        assert after["value"] >= before["value"]
        km2 = shapely.area(shapely.intersection(geom, network)) / 1e6
        assert after["numerator_km2"] == pytest.approx(km2, rel=1e-6)


def test_protconn_rows_per_country_come_from_the_run(run):
    result, _ = run
    rows = _index(indicator_rows(result, today=TODAY, sources=""))
    for code in ("AAA", "BBB"):
        before = rows[(code, 2005, EXISTING, GBF_PROTCONN)]
        after = rows[(code, 2026, WITH_PLAN, GBF_PROTCONN)]
        assert before["value"] == pytest.approx(
            result.protconn["before"][f"ProtConn {code} (10 km)"], abs=1e-4
        )
        assert after["value"] == pytest.approx(
            result.protconn["after"][f"ProtConn {code} (10 km)"], abs=1e-4
        )
        assert "10 km" in before["method"] and before["indicator_type"] == "component"
        # ProtConn can never exceed the protected share (Saura et al. 2017).
        assert before["value"] <= rows[(code, 2005, EXISTING, GBF_31_LAND)]["value"] + 0.1
    assert not any(c == GBF_31_SEA for (_, _, _, c) in rows), "no sea is measured here"


def test_without_protconn_the_rows_are_there_and_empty(run):
    result, _ = run
    rows = indicator_rows(dataclasses.replace(result, protconn=None), today=TODAY, sources="")
    conn = [r for r in rows if r["indicator_code"] == GBF_PROTCONN]
    assert {(r["country"], r["scenario"]) for r in conn} == {
        (c, s) for c in ("AAA", "BBB") for s in (EXISTING, WITH_PLAN)
    }
    assert all(r["value"] is None and r["method"] for r in conn)


def test_years_can_be_given_when_the_sites_have_no_year_field(run):
    result, _ = run
    sites = result.data.protected_areas
    bare = ProtectedAreas({"NAME": sites.columns()["NAME"]}, sites.geometry)
    plain = dataclasses.replace(result, data=dataclasses.replace(result.data, protected_areas=bare))
    rows = indicator_rows(plain, today=TODAY, sources="")
    assert {r["year"] for r in rows if r["scenario"] == EXISTING} == {TODAY.year}
    rows = _index(indicator_rows(plain, today=TODAY, sources="", years=np.array([1980, 0, 1999])))
    assert rows[("AAA", 1980, EXISTING, GBF_31_LAND)]["numerator_km2"] == pytest.approx(600.0)
    assert rows[("BBB", 1999, EXISTING, GBF_31_LAND)]["numerator_km2"] == pytest.approx(300.0)


def test_names_and_methods_are_translated_numbers_are_not(run):
    result, _ = run
    i18n.set_translator(lambda context, text: f"<{text}>")
    try:
        rows = indicator_rows(result, today=TODAY, sources="")
    finally:
        i18n.set_translator(None)
    row = next(r for r in rows if r["indicator_code"] == GBF_31_LAND)
    assert row["indicator_name"].startswith("<3.1 Coverage of protected areas")
    assert row["method"].startswith("<") and isinstance(row["value"], float)


def test_csv_and_json_files(run, tmp_path):
    result, _ = run
    rows = indicator_rows(result, today=TODAY, sources="Borders: test; sites: test")
    paths = write_indicators(rows, tmp_path, today=TODAY)
    table = list(csv.DictReader(io.StringIO(paths.csv.read_text(encoding="utf-8"))))
    assert tuple(table[0]) == COLUMNS
    assert len(table) == len(rows)
    official = "3.1 Coverage of protected areas and other effective area-based conservation"
    for code in ("AAA", "BBB"):
        mine = [r for r in table if r["country"] == code]
        assert any(
            r["indicator_code"] == GBF_31_LAND and official in r["indicator_name"] for r in mine
        )
        assert any(
            r["indicator_code"] == GBF_PROTCONN and "ProtConn" in r["indicator_name"] for r in mine
        )
    for r in table:  # machine numbers: a dot, no grouping
        assert r["value"] == "" or float(r["value"]) >= 0.0
        assert "," not in r["value"] + r["numerator_km2"]
    document = json.loads(paths.json.read_text(encoding="utf-8"))
    assert document["generated"] == "2026-05-04"
    assert document["indicators"] == json.loads(json.dumps(rows))
    assert GBF_31_SEA in document["method_notes"]
    assert indicators_csv_text([]).strip() == ",".join(COLUMNS)
