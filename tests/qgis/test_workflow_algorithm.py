"""The dock's scenario file runs the whole workflow from Processing and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from cms_connectivity_plugin.core.workflow import WorkflowSettings
from tests.qgis.conftest import check_package

ROOT = Path(__file__).resolve().parents[2]


def scenario(tmp_path: Path) -> Path:
    settings = WorkflowSettings(
        countries=("FRA", "ESP"),
        n_species=3,
        cell_area_km2=4000.0,
        targets={},
        dispersal_km=20.0,
        title="Atelier",
    )
    return settings.save(tmp_path / "scenario.json")


def test_runworkflow_runs_every_step(processing_ready, tmp_path):
    import processing

    out = tmp_path / "run"
    results = processing.run(
        "cmsconnectivity:runworkflow",
        {"SCENARIO": str(scenario(tmp_path)), "OUTPUT_FOLDER": str(out)},
    )
    outputs = json.loads(results["OUTPUTS"])
    for key in ("ranges", "sites", "planning_units", "solution", "protconn", "site_importance"):
        assert Path(outputs[key].split("|")[0]).is_file(), key
    solution = QgsVectorLayer(results["SOLUTION"], "s", "ogr")
    assert solution.isValid()
    assert any(int(f["selected"]) for f in solution.getFeatures())
    protconn = QgsVectorLayer(outputs["protconn"], "p", "ogr")
    assert {f["iso3"] for f in protconn.getFeatures()} == {"FRA", "ESP"}
    assert {f["distance_km"] for f in protconn.getFeatures()} == {20.0}
    assert Path(outputs["overview_pdf"]).stat().st_size > 10_000
    # The same package as every other entry point: report, national summary, GeoPackage.
    summary = check_package(out)
    assert summary["countries"] == "FRA,ESP"
    # The maps name the countries planned for and their neighbours, borders drawn on top.
    import shutil
    import subprocess

    if shutil.which("pdftotext"):

        def text(name: str) -> str:
            done = subprocess.run(["pdftotext", str(out / name), "-"], capture_output=True)
            return done.stdout.decode("utf-8")

        overview = text("tfca_map.pdf")
        for name in ("France", "Spain", "Portugal", "Country borders"):
            assert name in overview, name
        atlas = text("tfca_candidates_atlas.pdf")
        assert "France" in atlas or "Spain" in atlas
    tfca = QgsVectorLayer(outputs["tfca_candidates"], "t", "ogr")
    assert summary["tfca_candidates"] == tfca.featureCount()
    again = WorkflowSettings.load(out / "scenario.json")
    assert again.output_folder == str(out) and again.title == "Atelier"


def test_runworkflow_names_a_bad_setting(processing_ready, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "cms_connectivity_workflow", "cell_area": 5}))
    with pytest.raises(QgsProcessingException, match="cell_area"):
        processing.run(
            "cmsconnectivity:runworkflow",
            {"SCENARIO": str(bad), "OUTPUT_FOLDER": str(tmp_path / "o")},
        )


def test_command_line_runs_the_dock_scenario(tmp_path):
    out = tmp_path / "cli"
    env = dict(os.environ, CI="true", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "cms_connectivity_plugin", "run", "--scenario",
         str(scenario(tmp_path)), "--out", str(out), "--quiet"],
        capture_output=True, text=True, env=env, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "TFCA candidates:" in done.stdout and (out / "tfca_candidates.gpkg").is_file()
    check_package(out)


@pytest.mark.slow
def test_a_rerun_into_the_same_folder_leaves_one_consistent_package(processing_ready, tmp_path):
    """Fewer candidates the second time: no atlas page of the first run may stay behind."""
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    out = tmp_path / "again"
    first = WorkflowSettings(
        countries=("FRA", "ESP", "AND", "PRT"), n_species=4, cell_area_km2=3000.0
    )
    result, _ = run_to_folder(first, out)
    pages_first = sorted((out / "candidates").glob("candidate_*.png"))
    assert len(pages_first) >= 2
    # Areas per country follow the borders, not whole units: no candidate holds more of a
    # country than the country's area (Andorra, about 470 km2, under 3,000 km2 hexagons).
    national = json.loads((out / "national_summary.json").read_text(encoding="utf-8"))
    assert 400 < national["countries"]["AND"]["area_km2"] < 520
    rows, codes, areas = result.tfca.country_area
    for code, values in national["countries"].items():
        assert areas[codes == code].sum() <= values["area_km2"] * 1.001, code
    mine = out / "my_notes.txt"
    mine.write_text("the user's own file")
    # Two countries whose candidates are fewer than the first run's.
    second = first.with_changes(countries=("FRA", "AND"), n_species=2)
    result, _paths = run_to_folder(second, out)
    summary = check_package(out)
    assert summary["tfca_candidates"] == len(result.tfca) < len(pages_first)
    assert mine.read_text() == "the user's own file"
