"""No background run touches a layer that the project or the map canvas owns.

The crash this guards against (QGIS killed with a segmentation fault) came from a worker
thread reading the project's own layer (a path parameter resolves to it) while the main
thread rendered it. ``qgis_io/snapshots.py`` turns such a read into the same error in every
run, so these tests fail deterministically, not at random, if any algorithm regresses.
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QTimer

from cms_connectivity_plugin.gui.widgets import output_layer
from cms_connectivity_plugin.processing.algorithms.inputs import PrepareRangesAlgorithm
from tests.gui.conftest import run_and_wait


def _render_continuously(canvas):
    """Keep the canvas drawing every project layer (the main thread's side of the race)."""
    canvas.setLayers(list(QgsProject.instance().mapLayers().values()))
    timer = QTimer()
    timer.setInterval(30)

    def draw():
        canvas.setLayers(list(QgsProject.instance().mapLayers().values()))
        canvas.zoomToFullExtent()
        canvas.refreshAllLayers()

    timer.timeout.connect(draw)
    timer.start()
    return timer


def test_steps_rerun_while_the_canvas_renders_their_layers(dock, qtbot, qgis_iface):
    """Data, units and solve, three rounds; each round reads the layers the last one loaded."""
    data = dock.steps["data"].ui
    data.countriesEdit.setText("PRT,ESP")
    data.speciesSpin.setValue(3)
    dock.steps["units"].ui.cellAreaSpin.setValue(4000)
    dock.steps["solve"].ui.timeLimitSpin.setValue(20)
    timer = _render_continuously(qgis_iface.mapCanvas())
    try:
        for _ in range(3):
            for step in ("data", "units", "solve"):
                assert run_and_wait(qtbot, dock, step) == "ok", dock.steps[step].ui.statusLabel
            # The inputs of the next round resolve to layers now shown on the canvas.
            assert output_layer("ranges") is not None and output_layer("solution") is not None
    finally:
        timer.stop()


class _UnsafeRanges(PrepareRangesAlgorithm):
    """``prepareranges`` as it was: no snapshots, so the worker resolves project layers."""

    def createInstance(self):
        return _UnsafeRanges()

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return True


def test_a_worker_reading_a_project_layer_fails_loudly(dock, qtbot):
    """The guard the tests above rely on: without snapshots the read is refused, every time."""
    data = dock.steps["data"].ui
    data.countriesEdit.setText("PRT,ESP")
    data.speciesSpin.setValue(2)
    assert run_and_wait(qtbot, dock, "data") == "ok"
    loaded = output_layer("ranges")
    assert loaded is not None
    alg = _UnsafeRanges()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    errors: list[str] = []
    feedback.reportError = lambda text, fatal=False: errors.append(text)
    params = {"INPUT": [loaded.source()], "OUTPUT": "TEMPORARY_OUTPUT"}
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    with qtbot.waitSignal(task.executed, timeout=60_000) as signal:
        QgsApplication.taskManager().addTask(task)
    assert signal.args[0] is False
    assert any("background thread" in e for e in errors), errors
