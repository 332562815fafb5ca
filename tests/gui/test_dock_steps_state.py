"""What each step shows: out-of-date results, reasons a step cannot run, table and map in step."""

from __future__ import annotations

from qgis.core import QgsProject, QgsSettings

from cms_connectivity_plugin.gui.docks.main_dock import DEFAULT_WIDTH, WIDTH_KEY, PlannerDock
from cms_connectivity_plugin.gui.widgets import output_layer
from tests.gui.conftest import run_and_wait


def _prepare(dock, qtbot, countries="FRA,ESP", species=3, cell=4000.0):
    data = dock.steps["data"].ui
    data.countriesEdit.setText(countries)
    data.speciesSpin.setValue(species)
    assert run_and_wait(qtbot, dock, "data") == "ok"
    dock.steps["units"].ui.cellAreaSpin.setValue(cell)
    assert run_and_wait(qtbot, dock, "units") == "ok"


def _tab_outdated(dock, step: str) -> bool:
    index = list(dock.steps).index(step)
    return not dock.ui.stepsTabs.tabIcon(index).isNull()


def test_new_countries_make_every_later_result_out_of_date(dock, qtbot):
    _prepare(dock, qtbot)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    assert run_and_wait(qtbot, dock, "tfca") == "ok"
    old_candidates = output_layer("tfca_candidates")
    assert dock.steps["tfca"].ui.candidatesTable.rowCount() == old_candidates.featureCount()
    # The user now studies other countries: nothing computed for FRA,ESP may be reused.
    dock.steps["data"].ui.countriesEdit.setText("DEU,POL")
    for key in ("ranges", "planning_units", "solution", "tfca_candidates"):
        assert key not in dock.outputs, key
        assert output_layer(key) is None, key
    assert {"data", "units", "solve", "tfca"} <= dock.outdated
    assert all(_tab_outdated(dock, s) for s in ("data", "units", "solve", "tfca"))
    assert not _tab_outdated(dock, "targets")
    assert dock.steps["tfca"].ui.candidatesTable.rowCount() == 0
    # Later steps cannot run on the old results, and say which step to run again.
    tfca = dock.steps["tfca"].ui
    assert not tfca.runButton.isEnabled()
    assert "Solve" in tfca.runButton.toolTip()
    assert "Solve" in tfca.statusLabel.text()
    # The old layers stay on the map, named as out of date.
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert any("out of date" in name for name in names)
    # Running the data step again clears its mark, and units are next.
    assert run_and_wait(qtbot, dock, "data") == "ok"
    assert "data" not in dock.outdated and not _tab_outdated(dock, "data")
    assert dock.steps["units"].ui.runButton.isEnabled()
    assert "out of date" in dock.steps["units"].ui.statusLabel.text().lower()


def test_a_connectivity_setting_keeps_the_plan(dock, qtbot):
    _prepare(dock, qtbot)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    assert run_and_wait(qtbot, dock, "connectivity") == "ok"
    assert "protconn" in dock.outputs
    dock.steps["connectivity"].ui.dispersalSpin.setValue(42)
    assert "protconn" not in dock.outputs and "solution" in dock.outputs
    assert dock.outdated == {"connectivity"}
    # A new BLM changes the plan and what is built on it, never the data or units.
    dock.steps["solve"].ui.blmSpin.setValue(0.75)
    assert "solution" not in dock.outputs and "planning_units" in dock.outputs
    assert dock.outdated == {"connectivity", "solve"}


def test_a_reason_not_to_run_is_shown_not_only_in_a_tooltip(dock, qtbot):
    _prepare(dock, qtbot)
    solve = dock.steps["solve"].ui
    assert solve.runButton.isEnabled()
    assert "first" not in solve.statusLabel.text()  # no stale "Run the step ... first."
    table = dock.steps["targets"].ui.targetsTable
    table.item(0, 2).setText("150")
    assert not solve.runButton.isEnabled()
    assert "150" in solve.statusLabel.text()
    assert solve.statusLabel.property("state") == "blocked"
    table.item(0, 2).setText("40")
    assert solve.runButton.isEnabled()
    assert "150" not in solve.statusLabel.text()


def test_candidates_table_and_map_selection_follow_each_other(dock, qtbot, qgis_iface):
    _prepare(dock, qtbot, countries="FRA,ESP,PRT,AND,DEU,CHE", species=6, cell=3000.0)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    assert run_and_wait(qtbot, dock, "tfca") == "ok"
    layer = output_layer("tfca_candidates")
    table = dock.steps["tfca"].ui.candidatesTable
    assert table.rowCount() == layer.featureCount() >= 2
    # A click on a cell selects the whole candidate and zooms to it.
    rect = table.visualItemRect(table.item(1, 3))
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    fid = table.item(1, 0).data(Qt.UserRole)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    assert layer.selectedFeatureIds() == [fid]
    # A candidate selected on the map highlights its row.
    other = table.item(0, 0).data(Qt.UserRole)
    layer.selectByIds([other])
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]


def test_dock_opens_wide_enough_and_remembers_its_width(qgis_iface, processing_ready, qtbot):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow, QTextEdit

    settings = QgsSettings()
    settings.remove(WIDTH_KEY)
    assert PlannerDock.preferred_width() == DEFAULT_WIDTH >= 540
    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    window.resize(1400, 900)
    qtbot.addWidget(window)
    dock = PlannerDock(qgis_iface, window)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.show()
    window.resizeDocks([dock], [PlannerDock.preferred_width()], Qt.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - DEFAULT_WIDTH) <= 8)
    # The user drags it wider: the next session opens it at that width.
    window.resizeDocks([dock], [700], Qt.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - 700) <= 8)
    assert PlannerDock.preferred_width() == dock.width()
    dock.cleanup()
    settings.remove(WIDTH_KEY)


def test_stop_and_keep_writes_the_best_network_so_far(dock, qtbot):
    _prepare(dock, qtbot, species=4, cell=400.0)
    solve = dock.steps["solve"].ui
    solve.blmSpin.setValue(5.0)  # a hard minimum set: about 1,900 units, strong boundary
    solve.gapSpin.setValue(0.0)
    solve.timeLimitSpin.setValue(600)
    runner = dock.run_step("solve")
    assert runner is not None and dock.ui.keepButton.isEnabled()
    qtbot.wait(3000)
    assert runner.is_running()
    with qtbot.waitSignal(runner.finished, timeout=60_000) as signal:
        dock.ui.keepButton.click()
    assert signal.args[0] == "ok"
    assert runner.results[-1]["STATUS"] == "interrupted"
    assert runner.results[-1]["GAP"] > 0
    solution = output_layer("solution")
    assert solution is not None and any(int(f["selected"]) for f in solution.getFeatures())
    met = output_layer("targets_met")
    assert all(int(f["met"]) for f in met.getFeatures())
    text = dock.steps["solve"].ui.statusLabel.text()
    assert "not proven optimal" in text and "%" in text
    assert not dock.ui.keepButton.isEnabled()


def test_the_whole_exercise_through_the_dock(dock, qtbot):
    """Every step in order, then the export: one package, consistent with the dock."""
    from pathlib import Path

    from tests.qgis.conftest import check_package

    _prepare(dock, qtbot, countries="DEU,POL,CZE", species=3, cell=3000.0)
    table = dock.steps["targets"].ui.targetsTable
    table.item(0, 2).setText("40")
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    dock.steps["connectivity"].ui.dispersalSpin.setValue(25)
    assert run_and_wait(qtbot, dock, "connectivity") == "ok"
    assert run_and_wait(qtbot, dock, "tfca") == "ok"
    dock.steps["tfca"].ui.titleEdit.setText("Atelier Oder-Neisse")
    dock.steps["tfca"].ui.titleEdit.editingFinished.emit()
    dock.steps["tfca"].creditsEdit.setText("Atelier de Francfort-sur-l'Oder, 2026")
    dock.steps["tfca"].creditsEdit.editingFinished.emit()
    assert run_and_wait(qtbot, dock, "export") == "ok"
    folder = Path(dock.settings.output_folder)
    summary = check_package(folder)
    assert summary["countries"] == "DEU,POL,CZE"
    assert summary["tfca_candidates"] == dock.steps["tfca"].ui.candidatesTable.rowCount()
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert "Atelier Oder-Neisse" in report and "25 km" in report  # ProtConn at 25 km
    # Simulated data say so before anything else, and the credits name their sources.
    assert "SIMULATED DATA, FOR TRAINING ONLY" in report
    assert "Francfort-sur-l&#x27;Oder" in report and "Natural Earth" in report
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(folder / "tfca_map.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "SIMULATED DATA" in text and "Natural Earth" in text
    import json

    scenario = json.loads((folder / "scenario.json").read_text(encoding="utf-8"))
    assert scenario["dispersal_km"] == 25 and len(scenario["targets"]) == 1
    assert not dock.outdated
