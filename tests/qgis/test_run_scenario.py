"""``cmsconnectivity:runscenario`` through processing.run, on QGIS's own world map."""

from __future__ import annotations

import csv
import json
import os
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from cms_connectivity_plugin.qgis_io.layouts import count_colour_pixels, page_is_blank

from .conftest import rasterise_pdf

TINY = {
    "COUNTRIES": "BEL,LUX,NLD",
    "N_SPECIES": 3,
    "SEED": 3,
    "HEX_AREA": 300.0,
    "TARGET": 30.0,
    "BLM": 0.2,
    "TIME_LIMIT": 60.0,
    "GAP": 0.01,
}


@pytest.fixture(scope="module")
def tiny_run(processing_ready, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("tiny")
    result = processing.run("cmsconnectivity:runscenario", {**TINY, "OUTPUT_FOLDER": str(folder)})
    return folder, result


def test_outputs_exist_and_layers_have_the_promised_fields(tiny_run):
    folder, result = tiny_run
    for name in (
        "cms_connectivity.gpkg",
        "targets.csv",
        "scenario.json",
        "tfca_map.pdf",
        "summary.json",
    ):
        assert (folder / name).stat().st_size > 0
    units = QgsVectorLayer(result["PLANNING_UNITS"], "pu", "ogr")
    assert units.isValid() and units.featureCount() > 100
    names = units.fields().names()
    for field in ("selected", "locked_in", "country", "cost"):
        assert field in names
    countries = {f["country"] for f in units.getFeatures()}
    assert countries == {"BEL", "LUX", "NLD"}
    locked = [f for f in units.getFeatures() if f["locked_in"] == 1]
    assert locked and all(f["selected"] == 1 for f in locked)
    tfca = QgsVectorLayer(result["TFCA"], "tfca", "ogr")
    assert tfca.isValid()
    for feature in tfca.getFeatures():
        assert feature["n_countries"] >= 2 and ";" in feature["countries"]
    assert result["TFCA_COUNT"] == tfca.featureCount()
    assert not [p for p in os.listdir(folder) if p.startswith(".staging")]


def test_styles_are_stored_in_the_geopackage(tiny_run):
    folder, _ = tiny_run
    with sqlite3.connect(folder / "cms_connectivity.gpkg") as db:
        rows = db.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()
    styled = {name for name, default in rows if default}
    assert {"planning_units", "tfca_candidates", "protected_areas", "countries"} <= styled


def test_targets_csv_reports_every_feature_met(tiny_run):
    folder, result = tiny_run
    with open(folder / "targets.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 9  # 3 species x 3 seasons
    for row in rows:
        assert float(row["target_km2"]) == pytest.approx(0.3 * float(row["total_km2"]), rel=1e-6)
        assert float(row["held_km2"]) >= float(row["target_km2"]) - 1e-6
        assert row["met"] == "yes"
    assert result["TARGETS_MET"] == 9
    scenario = json.loads((folder / "scenario.json").read_text(encoding="utf-8"))
    assert scenario["countries"] == ["BEL", "LUX", "NLD"] and scenario["n_species"] == 3


def test_pdf_map_renders_a_real_map(tiny_run, tmp_path):
    folder, _ = tiny_run
    page = rasterise_pdf(folder / "tfca_map.pdf", tmp_path)
    assert not page_is_blank(page)
    # The amber of selected units and the green of locked-in units are on the page.
    assert count_colour_pixels(page, "#f59e0b") > 50
    assert count_colour_pixels(page, "#1b6b35") > 10


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"COUNTRIES": "FRA,XYZ"}, "Unknown ISO3 code"),
        ({"COUNTRIES": " , "}, "country list is empty"),
        ({"TARGET": 0.0}, "above 0 and at most 100"),
        ({"COUNTRIES": "AND", "HEX_AREA": 1000.0}, "not smaller than the study area"),
    ],
)
def test_bad_input_is_one_clear_line(processing_ready, tmp_path, changes, message):
    import processing

    with pytest.raises(QgsProcessingException, match=message) as info:
        processing.run(
            "cmsconnectivity:runscenario",
            {**TINY, **changes, "OUTPUT_FOLDER": str(tmp_path / "out")},
        )
    assert "\n" not in str(info.value) and "Traceback" not in str(info.value)


def test_unwritable_output_folder_is_reported(processing_ready, tmp_path):
    import processing

    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        processing.run(
            "cmsconnectivity:runscenario", {**TINY, "OUTPUT_FOLDER": str(blocker / "sub")}
        )
