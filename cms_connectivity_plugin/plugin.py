"""Plugin lifecycle: Processing provider, toolbar/menu action, the dock. No logic here.

``initProcessing`` works with ``iface=None`` (that is how ``qgis_process`` loads plugins);
it also routes the core's log records to the QGIS message log. ``unload`` removes
everything it added.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .qgis_io.i18n import install_translator, remove_translator, tr, translator_installed
from .qgis_io.logs import install_log_handler, remove_log_handler
from .qgis_io.resources import resource_path

PLUGIN_DIR = Path(__file__).resolve().parent


def menu_name() -> str:
    return tr("&CMS Connectivity Planner")


def i18n_dir() -> Path:
    """Compiled translations: staged plugin first, then the source tree."""
    staged = PLUGIN_DIR / "i18n"
    return staged if staged.exists() else PLUGIN_DIR.parent / "i18n"


class CmsConnectivityPlugin:
    """What QGIS holds: one provider, one action, one dock."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.action: QAction | None = None
        self.dock = None
        self._log_handler = False  # whether this instance installed the log handler
        # A translator installed before us (``run --lang``, a test) is the caller's to keep.
        self._own_translator = not translator_installed() and install_translator(i18n_dir())

    # -- Processing ------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 (QGIS API)
        from .processing.provider import CmsConnectivityProvider

        if not self._log_handler:  # initGui calls this too: once per instance
            install_log_handler()
            self._log_handler = True
        if self.provider is None:
            self.provider = CmsConnectivityProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI -------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 (QGIS API)
        self.initProcessing()
        if self.iface is None:
            return
        icon = QIcon(str(resource_path("icons", "icon.svg")))
        self.action = QAction(icon, tr("CMS Connectivity Planner"), self.iface.mainWindow())
        self.action.setObjectName("cmsConnectivityPlannerAction")
        self.action.setCheckable(True)
        self.action.setToolTip(
            tr("Plan protected-area networks for migratory species and find TFCA candidates")
        )
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(menu_name(), self.action)

    def _toggle_dock(self, visible: bool) -> None:
        if visible and self.dock is None:
            from .gui.docks.main_dock import PlannerDock

            self.dock = PlannerDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._dock_visibility)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
            # Qt opens a new dock at its minimum width (about 300 px): too narrow for the
            # forms. Open it at the width the user last chose (560 px the first time).
            window = self.iface.mainWindow()
            if hasattr(window, "resizeDocks"):
                window.resizeDocks([self.dock], [self.dock.preferred_width()], Qt.Horizontal)
        if self.dock is not None:
            self.dock.setVisible(visible)

    def _dock_visibility(self, visible: bool) -> None:
        if self.action is not None and self.action.isChecked() != visible:
            self.action.setChecked(visible)

    def unload(self) -> None:
        if self.dock is not None:
            self.dock.cleanup()
            if self.iface is not None:
                self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            if self.iface is not None:
                self.iface.removePluginMenu(menu_name(), self.action)
                self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self._own_translator:
            remove_translator()
            self._own_translator = False
        if self._log_handler:
            remove_log_handler()
            self._log_handler = False
