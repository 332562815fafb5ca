"""Screenshots of QGIS's main window with the dock on each step (``make screenshots``).

Runs inside the real QGIS application (``qgis --code scripts/screenshots.py``) under Xvfb:
loads the staged plugin, runs the simulated workshop scenario step by step through the
dock (background tasks, as a user would), and saves one PNG per step into ``CMS_SHOTS``.
QGIS is left with ``os._exit`` so no "save project?" question blocks the script. The QGIS
desktop uses the system Python, so the Makefile puts the venv's packages (shapely 2, highspy)
on ``PYTHONPATH``.
"""

import os
import sys
import tempfile
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, loadPlugin, plugins, startPlugin

OUT = Path(os.environ.get("CMS_SHOTS", "docs/img"))
NAME = "cms_connectivity_plugin"
STEPS = ["data", "units", "targets", "solve", "connectivity", "tfca"]


def fail(message: str) -> None:
    print(f"screenshots: {message}", file=sys.stderr, flush=True)
    os._exit(1)


def shoot(dock, index: int, name: str) -> None:
    dock.ui.stepsTabs.setCurrentIndex(index)
    if name == "solve":
        # The Advanced group open, as a user sees it after clicking it.
        dock.steps["solve"].ui.advancedGroup.setCollapsed(False)
    canvas = iface.mapCanvas()
    canvas.refreshAllLayers()
    for _ in range(50):
        QgsApplication.processEvents()
    canvas.waitWhileRendering()
    QgsApplication.processEvents()
    path = OUT / f"dock_{index + 1}_{name}.png"
    if not iface.mainWindow().grab().save(str(path)):
        fail(f"could not write {path}")
    print(f"screenshots: wrote {path}", flush=True)


def main() -> None:
    # Under Xvfb nobody owns the clipboard and QGIS dereferences its (null) contents when a
    # layer becomes current: own it first.
    QgsApplication.clipboard().setText(" ")
    OUT.mkdir(parents=True, exist_ok=True)
    window = iface.mainWindow()
    window.move(0, 0)
    window.resize(1600, 1000)
    if not (loadPlugin(NAME) and startPlugin(NAME)):
        fail("the plugin did not load (is QGIS_PLUGINPATH set to the staged build/?)")
    plugin = plugins[NAME]
    plugin.action.setChecked(True)
    dock = plugin.dock
    dock.setMinimumWidth(470)
    world = QgsApplication.pkgDataPath() + "/resources/data/world_map.gpkg|layername=countries"
    base = QgsVectorLayer(world, "World", "ogr")
    if base.isValid():
        base.renderer().symbol().setColor(base.renderer().symbol().color().fromRgb(236, 236, 230))
        QgsProject.instance().addMapLayer(base)
    data = dock.steps["data"].ui
    data.countriesEdit.setText("DEU,CHE,FRA,AND,ESP,PRT,MAR")
    data.speciesSpin.setValue(8)
    data.outputFile.setFilePath(tempfile.mkdtemp(prefix="cms_shots_"))
    dock.steps["units"].ui.cellAreaSpin.setValue(1500)
    queue = ["data", "units", "solve", "connectivity", "tfca"]

    def zoom() -> None:
        from cms_connectivity_plugin.gui.widgets import output_layer

        layer = output_layer("study_area")
        if layer is not None:
            QgsProject.instance().setCrs(layer.crs())  # the study area's equal-area CRS
            extent = layer.extent()
            extent.scale(1.05)
            iface.mapCanvas().setExtent(extent)
            iface.mapCanvas().refresh()

    def next_step(*args) -> None:
        try:
            if args and args[0] != "ok":
                fail(f"step failed: {args}")
            if not queue:
                zoom()
                for index, name in enumerate(STEPS):
                    shoot(dock, index, name)
                os._exit(0)
            step = queue.pop(0)
            dock.ui.stepsTabs.setCurrentIndex(STEPS.index(step))
            runner = dock.run_step(step)
            if runner is None:
                fail(f"step {step} could not start: {dock.blockers(step)}")
            runner.finished.connect(
                lambda status, message: QTimer.singleShot(200, lambda: next_step(status, message))
            )
            if step == "data":
                runner.finished.connect(lambda *a: QTimer.singleShot(100, zoom))
        except Exception:  # noqa: BLE001
            traceback.print_exc()
            os._exit(1)

    QTimer.singleShot(600_000, lambda: fail("timed out"))
    QTimer.singleShot(500, next_step)


# QGIS runs --code inside its main window's constructor, which spins the event loop (timers
# fire there) and crashes if a layer is added before it has finished.
# The window is shown only once the constructor has returned.
def start_when_shown() -> None:
    if iface.mainWindow().isVisible():
        QTimer.singleShot(1000, main)
    else:
        QTimer.singleShot(500, start_when_shown)


start_when_shown()
