"""Dock tests: the real dock on pytest-qgis's QGIS, with our Processing provider loaded."""

from __future__ import annotations

import pytest

from tests.qgis.conftest import processing_ready  # noqa: F401 (fixture)


@pytest.fixture
def dock(qgis_iface, processing_ready, qtbot, tmp_path):  # noqa: F811
    """A fresh dock on an empty project, writing into a temporary folder."""
    from qgis.core import QgsProject

    from cms_connectivity_plugin.gui.docks.main_dock import PlannerDock

    QgsProject.instance().clear()
    widget = PlannerDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.steps["data"].ui.outputFile.setFilePath(str(tmp_path / "out"))
    yield widget
    if widget.runner is not None and widget.runner.is_running():
        widget.runner.cancel()
        qtbot.waitUntil(lambda: not widget.runner.is_running(), timeout=60_000)
    widget.cleanup()
    QgsProject.instance().clear()


def run_and_wait(qtbot, dock, step: str, timeout: int = 120_000) -> str:
    """Press the step's button and wait for the runner to finish; returns its status."""
    runner = dock.run_step(step)
    assert runner is not None, dock.blockers(step)
    if runner.status:
        return runner.status
    with qtbot.waitSignal(runner.finished, timeout=timeout):
        pass
    return runner.status
