"""The real dock driven with pytest-qt: validation, background runs, project, help, scenario."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from cms_connectivity_plugin.core import defaults
from cms_connectivity_plugin.core.countries import country_name
from cms_connectivity_plugin.core.workflow import WorkflowSettings
from cms_connectivity_plugin.gui.widgets import GROUP_NAME, output_layer
from tests.gui.conftest import run_and_wait
from tests.qgis.conftest import check_package

SELECTED_AMBER = "#f59e0b"  # units selected by the plan, on the maps
TFCA_MAGENTA = "#b0129a"  # the TFCA candidates' outline


def test_run_buttons_wait_for_valid_inputs(dock):
    solve = dock.steps["solve"].ui.runButton
    assert not solve.isEnabled()
    assert "Data" in solve.toolTip() and "first" in solve.toolTip()
    data = dock.steps["data"].ui
    assert data.runButton.isEnabled()
    data.countriesEdit.setText("FRA,XY")
    assert not data.runButton.isEnabled()
    assert "XY" in data.runButton.toolTip()
    data.countriesEdit.setText("FRA")
    data.outputFile.setFilePath("")
    assert not data.runButton.isEnabled()
    assert "output folder" in data.runButton.toolTip()


def test_own_layers_are_checked_before_running(dock, tmp_path):
    points = QgsVectorLayer("Point", "no crs", "memory")
    points.setCrs(QgsCoordinateReferenceSystem())
    QgsProject.instance().addMapLayers([points])
    data = dock.steps["data"].ui
    data.layersRadio.setChecked(True)
    assert "species-range layer" in data.runButton.toolTip()
    data.sitesCombo.setLayer(points)
    assert "has no CRS" in data.runButton.toolTip()
    units = dock.steps["units"].ui
    units.gridCombo.setCurrentIndex(2)
    assert "polygon layer to use as planning units" in units.runButton.toolTip()


def test_simulated_data_and_units_run_in_the_background(dock, qtbot):
    data = dock.steps["data"].ui
    data.countriesEdit.setText("FRA,ESP")
    data.speciesSpin.setValue(4)
    assert data.simulateButton.isEnabled()
    data.simulateButton.click()
    qtbot.waitUntil(
        lambda: dock.runner is not None and not dock.runner.is_running(), timeout=60_000
    )
    assert dock.runner.status == "ok"
    assert output_layer("simulated_ranges") is not None and "ranges" not in dock.outputs
    data.layersRadio.setChecked(True)
    assert not data.simulateButton.isEnabled()
    data.simulatedRadio.setChecked(True)
    assert run_and_wait(qtbot, dock, "data") == "ok"
    group = QgsProject.instance().layerTreeRoot().findGroup(GROUP_NAME)
    assert group is not None
    ranges = output_layer("ranges")
    assert ranges is not None and ranges.featureCount() >= 4
    assert ranges.customProperty("cms_connectivity/role") == "species_ranges"
    assert ranges.renderer().type() == "categorizedSymbol"
    assert {f["species"] for f in ranges.getFeatures()} and "planning_units" not in dock.outputs
    # Targets table lists every species x season of the prepared ranges.
    table = dock.steps["targets"].ui.targetsTable
    assert table.rowCount() == ranges.featureCount()
    dock.steps["units"].ui.cellAreaSpin.setValue(3000)
    assert run_and_wait(qtbot, dock, "units") == "ok"
    units = output_layer("planning_units")
    assert units.featureCount() > 100
    shares = [(f["protected_share"], int(f["locked_in"])) for f in units.getFeatures()]
    assert any(share > 0 for share, _ in shares)
    assert all(locked == (share >= 0.5) for share, locked in shares)
    assert dock.ui.progressBar.value() == 100
    assert dock.steps["solve"].ui.runButton.isEnabled()


def test_settings_survive_a_project_save_and_reload(dock, tmp_path):
    data = dock.steps["data"].ui
    data.countriesEdit.setText("DEU,POL")
    data.speciesSpin.setValue(7)
    dock.steps["units"].ui.gridCombo.setCurrentIndex(1)
    dock.steps["units"].ui.cellAreaSpin.setValue(250)
    dock.steps["solve"].ui.blmSpin.setValue(0.125)
    dock.steps["solve"].ui.objectiveCombo.setCurrentIndex(1)
    dock.steps["solve"].ui.budgetSpin.setValue(5000)
    dock.steps["connectivity"].ui.dispersalSpin.setValue(25)
    dock.steps["tfca"].ui.titleEdit.setText("Vistule")
    dock.steps["tfca"].ui.titleEdit.editingFinished.emit()
    saved = dock.settings
    project = QgsProject.instance()
    path = str(tmp_path / "exercise.qgz")
    assert project.write(path)
    project.clear()
    assert dock.settings == WorkflowSettings(output_folder=dock.settings.output_folder)
    assert data.countriesEdit.text() != "DEU,POL"
    assert project.read(path)
    assert dock.settings == saved
    assert data.countriesEdit.text() == "DEU,POL" and data.speciesSpin.value() == 7
    assert dock.steps["units"].ui.gridCombo.currentIndex() == 1
    assert dock.steps["units"].ui.cellAreaSpin.value() == 250
    assert dock.steps["solve"].ui.blmSpin.value() == 0.125
    assert dock.steps["solve"].ui.objectiveCombo.currentIndex() == 1
    assert dock.steps["connectivity"].ui.dispersalSpin.value() == 25
    assert dock.steps["tfca"].ui.titleEdit.text() == "Vistule"


def test_scenario_export_and_import(dock, tmp_path):
    dock.steps["data"].ui.countriesEdit.setText("KEN,TZA")
    dock.steps["solve"].ui.timeLimitSpin.setValue(33)
    path = dock.export_scenario(str(tmp_path / "s.json"))
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["countries"] == ["KEN", "TZA"] and data["time_limit_s"] == 33
    dock.reset()
    assert dock.steps["solve"].ui.timeLimitSpin.value() == defaults.TIME_LIMIT_S
    dock.import_scenario(str(path))
    assert dock.steps["data"].ui.countriesEdit.text() == "KEN,TZA"
    assert dock.steps["solve"].ui.timeLimitSpin.value() == 33


def test_help_buttons_open_the_guide_at_their_step(dock, monkeypatch):
    from cms_connectivity_plugin.gui.docks import main_dock

    opened = []
    monkeypatch.setattr(main_dock.QDesktopServices, "openUrl", lambda url: opened.append(url))
    for name, step in dock.steps.items():
        step.ui.helpButton.click()
        assert opened[-1].fragment() == name
        assert Path(opened[-1].toLocalFile()).is_file()


def _prepare(dock, qtbot, countries="FRA,ESP", species=4, cell=3000.0):
    data = dock.steps["data"].ui
    data.countriesEdit.setText(countries)
    data.speciesSpin.setValue(species)
    assert run_and_wait(qtbot, dock, "data") == "ok"
    dock.steps["units"].ui.cellAreaSpin.setValue(cell)
    assert run_and_wait(qtbot, dock, "units") == "ok"


def test_targets_edited_in_the_table_are_met_by_the_solve(dock, qtbot):
    _prepare(dock, qtbot)
    table = dock.steps["targets"].ui.targetsTable
    species, season = table.item(0, 0).text(), table.item(0, 1).text()
    table.item(0, 2).setText("55")
    assert len(dock.settings.targets) == 1
    ((key, value),) = dock.settings.targets.items()
    assert key.startswith(species + "|") and value == 55.0
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    solution = output_layer("solution")
    assert solution.customProperty("cms_connectivity/role") == "planning_units"
    assert solution.renderer().type() in ("categorizedSymbol", "RuleRenderer")
    chosen = [f for f in solution.getFeatures() if int(f["selected"]) or int(f["locked_in"])]
    assert 0 < len(chosen) < solution.featureCount()
    met = output_layer("targets_met")
    rows = {(r["species"], int(r["season"])): r for r in met.getFeatures()}
    edited = rows[(species, int(key.split("|")[1]))]
    assert abs(edited["target_km2"] - 0.55 * edited["total_km2"]) < 1e-6 * edited["total_km2"]
    others = [r for k, r in rows.items() if k != (species, int(key.split("|")[1]))]
    assert all(abs(r["target_km2"] - 0.30 * r["total_km2"]) < 1e-6 * r["total_km2"] for r in others)
    assert all(int(r["met"]) for r in rows.values())
    assert "targets met" in dock.steps["solve"].ui.statusLabel.text()
    assert season  # the season column shows a label


def test_tfca_candidates_table_zooms_the_map_and_maps_export(dock, qtbot, qgis_iface, tmp_path):
    _prepare(dock, qtbot)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    assert run_and_wait(qtbot, dock, "tfca") == "ok"
    layer = output_layer("tfca_candidates")
    table = dock.steps["tfca"].ui.candidatesTable
    assert table.rowCount() == layer.featureCount() > 0
    assert table.item(0, 0).text() == "1"  # ranked
    # Codes in the narrow table, the countries' names on hover.
    codes = table.item(0, 1).text().split(", ")
    assert len(codes) >= 2 and all(len(c) == 3 for c in codes)
    assert table.item(0, 1).toolTip() == ", ".join(country_name(c) for c in codes)
    table.selectRow(0)
    fid = table.item(0, 0).data(256)  # Qt.UserRole
    assert layer.selectedFeatureIds() == [fid]
    canvas = qgis_iface.mapCanvas()
    box = layer.getFeature(fid).geometry().boundingBox()
    from qgis.core import QgsCoordinateTransform, QgsProject

    to_canvas = QgsCoordinateTransform(
        layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    assert canvas.extent().contains(to_canvas.transformBoundingBox(box).center())
    assert run_and_wait(qtbot, dock, "export") == "ok"
    # The same package as the command line, in the folder the status line names and links.
    folder = Path(dock.settings.output_folder)
    summary = check_package(folder)
    assert summary["tfca_candidates"] == layer.featureCount()
    status = dock.steps["tfca"].ui.statusLabel.text()
    assert str(folder) in status and "report.html" in status and "<a href" in status
    _check_exported_maps(folder, layer, tmp_path)


def _pdf(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    done = subprocess.run([tool, *args], check=True, capture_output=True, text=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def _check_exported_maps(folder: Path, tfca, tmp_path: Path) -> None:
    """What the maps say and show, not only that they exist: the overview is one page with
    the legend, every candidate labelled and the training notice, drawn in the plan's
    colours; the atlas has one page per candidate, in rank order, each naming its own."""
    from cms_connectivity_plugin.qgis_io.layouts import count_colour_pixels, page_is_blank
    from tests.qgis.conftest import rasterise_pdf

    ids = {int(f["tfca_id"]) for f in tfca.getFeatures()}
    overview = folder / "tfca_map.pdf"
    assert re.search(r"Pages: (\d+)", _pdf("pdfinfo", str(overview))).group(1) == "1"
    text = _pdf("pdftotext", str(overview), "-")
    for name in ("TFCA candidates", "Planning units", "Selected by the plan", "Countries"):
        assert name in text, (name, text)
    assert "SIMULATED DATA" in text and "Natural Earth" in text
    assert {int(i) for i in re.findall(r"\bTFCA (\d+)\b", text)} == ids, text
    raster = tmp_path / "raster"
    raster.mkdir()
    page = rasterise_pdf(overview, raster, dpi=40)
    png = folder / "tfca_map.png"
    for image, least in ((page, 200), (png, 2000)):
        assert not page_is_blank(image), image.name
        assert count_colour_pixels(image, SELECTED_AMBER) > least, image.name
    atlas = folder / "tfca_candidates_atlas.pdf"
    by_rank = sorted(tfca.getFeatures(), key=lambda f: f["rank"])
    pages = int(re.search(r"Pages: (\d+)", _pdf("pdfinfo", str(atlas))).group(1))
    assert pages == len(by_rank)
    for number, feature in enumerate(by_rank, start=1):
        text = _pdf("pdftotext", "-f", str(number), "-l", str(number), str(atlas), "-")
        named = {int(i) for i in re.findall(r"TFCA candidate (\d+)\b", text)}
        assert named == {int(feature["tfca_id"])}, (number, text[:300])
        assert all(country_name(c) in text for c in feature["countries"].split(";")), text
        assert "Key figures" in text, (number, text[:300])
    for candidate in sorted((folder / "candidates").glob("*.png")):
        assert not page_is_blank(candidate), candidate.name
        # Its candidate outlined (a candidate may be all locked-in units: no amber there).
        assert count_colour_pixels(candidate, TFCA_MAGENTA, tolerance=60) > 500, candidate.name


def test_cancel_during_a_long_solve_leaves_no_result(dock, qtbot):
    _prepare(dock, qtbot, cell=400.0)
    solve = dock.steps["solve"].ui
    solve.objectiveCombo.setCurrentIndex(3)  # weakest link with a budget: a hard MILP
    solve.budgetSpin.setValue(200_000)
    solve.blmSpin.setValue(5.0)
    solve.gapSpin.setValue(0.0)
    solve.timeLimitSpin.setValue(600)
    runner = dock.run_step("solve")
    assert runner is not None and dock.ui.cancelButton.isEnabled()
    qtbot.wait(1500)
    assert runner.is_running()
    with qtbot.waitSignal(runner.finished, timeout=60_000) as signal:
        dock.ui.cancelButton.click()
    assert signal.args[0] == "cancelled"
    assert "solution" not in dock.outputs and output_layer("solution") is None
    assert not list(Path(dock.settings.output_folder).glob("solution*.gpkg"))
    assert "Cancelled" in dock.steps["solve"].ui.statusLabel.text()
    assert dock.steps["solve"].ui.runButton.isEnabled()


def test_calibrate_fills_the_blm_and_connectivity_runs(dock, qtbot):
    _prepare(dock, qtbot, cell=12_000.0)  # Cohon's method solves to a zero gap: keep it small
    dock.steps["solve"].ui.timeLimitSpin.setValue(2)
    assert run_and_wait(qtbot, dock, "calibrate") == "ok"
    blm = dock.runner.results[-1]["BLM"]
    assert blm > 0 and abs(dock.steps["solve"].ui.blmSpin.value() - blm) < 1e-4 * max(blm, 1)
    assert dock.settings.blm == dock.steps["solve"].ui.blmSpin.value()
    status = dock.steps["solve"].ui.statusLabel.text()
    assert "BLM" in status and "most compact" in status  # the two ends of the curve
    results = dock.runner.results[-1]
    # Cohon's ends: the cheapest network has the longer edge, the most compact the higher cost.
    assert results["CHEAPEST_COST"] <= results["COMPACT_COST"]
    assert results["CHEAPEST_BOUNDARY"] >= results["COMPACT_BOUNDARY"]
    dock.steps["connectivity"].ui.dispersalSpin.setValue(15)
    assert run_and_wait(qtbot, dock, "connectivity") == "ok"
    protconn = output_layer("protconn")
    assert {f["iso3"] for f in protconn.getFeatures()} == {"FRA", "ESP"}
    assert all(0 <= f["ProtConn"] <= f["Prot"] + 1e-9 for f in protconn.getFeatures())
    importance = output_layer("site_importance")
    assert importance.featureCount() == output_layer("site_network").featureCount()
    assert "d = 15000" in importance.metadata().abstract()
    # Styled and described at once: graduated by dPC, the role tag set.
    assert importance.renderer().type() == "graduatedSymbol"
    assert importance.renderer().classAttribute() == "dPC"
    assert importance.customProperty("cms_connectivity/role") == "site_importance"


def test_cancel_during_calibration(dock, qtbot):
    _prepare(dock, qtbot)  # about 370 units: each of Cohon's solves runs into its time limit
    runner = dock.run_step("calibrate")
    qtbot.wait(2500)
    assert runner.is_running()
    with qtbot.waitSignal(runner.finished, timeout=30_000) as signal:
        dock.cancel()
    assert signal.args[0] == "cancelled"
    assert dock.steps["solve"].ui.blmSpin.value() == defaults.BLM  # not the calibrated one
