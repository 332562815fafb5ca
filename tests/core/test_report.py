"""The HTML report and its CSV tables agree; the national JSON is versioned; Chromium opens it.

The language-dependent side (numbers, names and words in French and Spanish) is in
``test_report_i18n.py``.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
from html.parser import HTMLParser

import numpy as np
import pytest

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.pipeline import run_scenario
from cms_connectivity_plugin.core.report import (
    NATIONAL_SCHEMA,
    build_report,
    national_summary,
    render_html,
    report_tables,
)
from cms_connectivity_plugin.core.scenario import Scenario
from cms_connectivity_plugin.core.tfca import OUTSIDE

from .fixtures import two_countries

PROTCONN = {
    "before": {"Prot": 12.0, "ProtConn": 8.5, "ProtUnconn": 3.5},
    "after": {"Prot": 30.0, "ProtConn": 24.25, "ProtUnconn": 5.75},
}


@pytest.fixture(scope="module")
def result():
    scenario = Scenario(
        countries=("AAA", "BBB"),
        n_species=4,
        seed=5,
        hex_area_km2=800.0,
        blm=0.2,
        time_limit_s=60,
        title="Two countries test",
    )
    return run_scenario(scenario, two_countries())


@pytest.fixture(scope="module")
def report(result, tmp_path_factory):
    return build_report(result, tmp_path_factory.mktemp("report"), protconn=PROTCONN)


class _Tables(HTMLParser):
    """Cells of every <table id="table-NAME"> (header row first) and the CSV column each
    header names (``data-column``)."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.columns: dict[str, list[str]] = {}
        self._name = None
        self._row = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id", "").startswith("table-"):
            self._name = attrs["id"][len("table-") :]
            assert self._name not in self.tables, f"two tables with id table-{self._name}"
            self.tables[self._name] = []
            self.columns[self._name] = []
        elif tag == "tr" and self._name:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = ""
            if tag == "th":
                self.columns[self._name].append(attrs.get("data-column", ""))

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(self._cell)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[self._name].append(self._row)
            self._row = None
        elif tag == "table":
            self._name = None


def _parsed(path) -> _Tables:
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _html_tables(path) -> dict[str, list[list[str]]]:
    return _parsed(path).tables


_MACHINE_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _read_csv(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def assert_html_shows_the_csv(report, decimal: str, group: str) -> None:
    """Every CSV number appears in its HTML cell, written with ``decimal`` and ``group``;
    every other CSV cell has a non-empty HTML cell (a label, a name, a translated word)."""
    parsed = _parsed(report.html)
    # ProtConn has a table only when it was computed.
    assert {"parameters", "targets", "species", "countries", "tfca"} <= set(parsed.tables)
    for name, path in report.csvs.items():
        rows = _read_csv(path)
        if len(rows) == 1 and name not in parsed.tables:
            continue  # an empty table (ProtConn not computed) is a note, not a table
        assert name in parsed.tables, name
        html_rows, columns = parsed.tables[name], parsed.columns[name]
        assert len(html_rows) == len(rows), name
        assert set(columns) <= set(rows[0]), (name, columns)
        where = [rows[0].index(column) for column in columns]
        for csv_row, html_row in zip(rows[1:], html_rows[1:]):
            for k, cell in zip(where, html_row):
                if _MACHINE_NUMBER.fullmatch(csv_row[k]):
                    machine = cell.replace(group, "").replace(decimal, ".")
                    assert machine == csv_row[k], (name, rows[0][k], cell, csv_row[k])
                else:
                    assert bool(cell) == bool(csv_row[k]), (name, rows[0][k], cell)


def test_html_numbers_equal_the_csv_tables(report):
    assert_html_shows_the_csv(report, ".", ",")


def test_html_headers_are_labels_not_field_names(report):
    parsed = _parsed(report.html)
    for name, rows in parsed.tables.items():
        for label, column in zip(rows[0], parsed.columns[name]):
            assert "_" not in label and label != column, (name, label)
    assert "feature" not in parsed.columns["targets"]  # species and season say it


def test_tfca_areas_per_country_are_all_visible_and_named(result, report):
    """A candidate wholly inside its countries left a 2e-13 km2 remainder under the code "-"
    (shown as "5 | - | 0.000"); a real part outside them is named."""
    codes, areas = result.tfca.country_area[1], result.tfca.country_area[2]
    # find_candidates no longer makes a row of a floating-point leftover...
    assert np.all(areas[codes == OUTSIDE] >= 0.05)
    # ...and the report drops any zero-area row it is given.
    rows = _read_csv(report.csvs["tfca_countries"])[1:]
    assert rows and all(float(area) > 0 and code != OUTSIDE for _, code, area in rows)
    assert all(re.fullmatch(r"\d+\.\d", area) for _, _, area in rows)  # km2, one decimal
    shown = _html_tables(report.html)["tfca_countries"][1:]
    assert len(shown) == len(rows)
    assert all(code not in ("", OUTSIDE) for _, code, _ in shown)

    sea = (
        np.array([0, 0, 0]),
        np.array(["AAA", "BBB", OUTSIDE], dtype=object),
        np.array([10.0, 2e-13, 2.5]),
    )
    tables = report_tables(
        dataclasses.replace(result, tfca=dataclasses.replace(result.tfca, country_area=sea))
    )
    html = render_html(result, tables, "Sea", [])
    assert tables["tfca_countries"].rows == [("1", "AAA", "10.0"), ("1", OUTSIDE, "2.5")]
    assert "<td>Other (sea or other countries)</td>" in html


def test_machine_words_reach_the_reader_translated(result, report):
    """Seasons, yes/no and the solver status are words of the CSV, translated in the HTML."""
    from cms_connectivity_plugin.core import i18n

    i18n.set_translator(lambda context, text: f"<{text}>")
    try:
        tables = report_tables(result, PROTCONN)
        text = render_html(result, tables, "Marked", [])
    finally:
        i18n.set_translator(None)
    targets = tables["targets"].rows
    assert {row[2] for row in targets} <= {"breeding", "non-breeding", "passage", "resident"}
    assert {row[9] for row in targets} == {"yes"}
    assert f"<td>&lt;{targets[0][2]}&gt;</td>" in text
    assert "<td>&lt;yes&gt;</td>" in text and "<td>yes</td>" not in text
    assert f"<td>&lt;{result.solution.status}&gt;</td>" in text


def test_before_and_after_follow_locked_in_and_the_plan(result, report):
    with open(report.csvs["targets"], newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    held_before = result.amounts.T @ result.units.locked_in.astype(float)
    held_after = result.amounts.T @ result.chosen.astype(float)
    np.testing.assert_allclose([float(r["held_before_km2"]) for r in rows], held_before, atol=0.05)
    np.testing.assert_allclose([float(r["held_after_km2"]) for r in rows], held_after, atol=0.05)
    assert all(r["met_after"] == "yes" for r in rows)
    with open(report.csvs["species"], newline="", encoding="utf-8") as handle:
        species = list(csv.DictReader(handle))
    assert len(species) == 4
    assert all(r["all_met_after"] == "yes" for r in species)
    with open(report.csvs["protconn"], newline="", encoding="utf-8") as handle:
        prot = {r["indicator"]: r for r in csv.DictReader(handle)}
    assert prot["ProtConn"]["before"] == "8.50" and prot["ProtConn"]["after"] == "24.25"


def test_country_table_and_national_json(result, report):
    data = json.loads(report.json.read_text(encoding="utf-8"))
    assert data["schema"] == NATIONAL_SCHEMA and data["schema_version"] == 1
    assert set(data["countries"]) == set(result.units.country_codes)
    for row in data["countries"].values():
        assert 0 <= row["protected_percent_before"] <= row["protected_percent_after"] <= 100
        assert row["national_targets_met_before"] <= row["features_present_after"]
    total = sum(r["area_km2"] for r in data["countries"].values())
    assert np.isclose(total, result.units.country_shares.sum())
    assert data["study_area"]["targets_met_after"] == len(result.features)
    assert len(data["tfca_candidates"]) == len(result.tfca)
    for cand in data["tfca_candidates"]:
        assert len(cand["countries"]) >= 2
        assert np.isclose(sum(cand["area_by_country_km2"].values()), cand["area_km2"])
    assert data["protconn"]["after"]["ProtConn"] == 24.25
    assert national_summary(result)["protconn"] is None


def test_report_without_protconn_says_so(result, tmp_path):
    paths = build_report(result, tmp_path, title="No connectivity")
    text = paths.html.read_text(encoding="utf-8")
    assert "ProtConn was not computed for this run." in text
    assert "<title>No connectivity</title>" in text
    assert text.count("data:image/png;base64,") == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_report_files_are_readable_by_others_under_umask_022(result, tmp_path):
    """mkstemp's 0600 made the report unreadable to the rest of a shared folder (issue 11)."""
    (tmp_path / "report.html").write_text("old")
    os.chmod(tmp_path / "report.html", 0o664)
    old = os.umask(0o022)
    try:
        paths = build_report(result, tmp_path, protconn=PROTCONN)
    finally:
        os.umask(old)
    written = [paths.json, *paths.csvs.values()]
    assert {stat.S_IMODE(os.stat(p).st_mode) for p in written} == {0o644}
    assert stat.S_IMODE(os.stat(paths.html).st_mode) == 0o664  # a replaced file keeps its mode
    assert sorted(tmp_path.iterdir()) == sorted([paths.html, *written])


def test_bad_protconn_is_one_input_error(result):
    with pytest.raises(InputError, match="before"):
        report_tables(result, {"after": {"ProtConn": 1.0}})


def test_html_opens_in_headless_chromium(report):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        done = subprocess.run(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                "--dump-dom", report.html.as_uri(),
            ],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<title>Two countries test</title>" in done.stdout
    assert 'id="table-targets"' in done.stdout and 'id="table-tfca"' in done.stdout
    assert done.stdout.count("data:image/png;base64,") == 3


def test_html_has_the_methods_of_the_word_pack_before_the_settings(result, report, tmp_path):
    from cms_connectivity_plugin.core.methods import report_methods

    text = report.html.read_text(encoding="utf-8")
    methods = text.index("<h2>Methods</h2>")
    settings = text.index(">Appendix: settings of the run")
    assert text.index("<h2>Charts</h2>") < methods < settings
    paragraphs = report_methods(result, protconn=True).split("\n\n")
    assert len(paragraphs) >= 5
    for paragraph in paragraphs:
        assert f"<p>{html.escape(paragraph)}</p>" in text[methods:settings]
    assert "BLM 0.2" in text[methods:settings] and "ProtConn" in text[methods:settings]
    # Without ProtConn in the report, its methods do not describe it either.
    bare = build_report(result, tmp_path).html.read_text(encoding="utf-8")
    assert "Ecological connectivity. ProtConn was not computed" in bare
