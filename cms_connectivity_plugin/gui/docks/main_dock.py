"""The plugin's dock. Step panels arrive with the panels issue; for now it says what it is."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...qgis_io.i18n import tr


class PlannerDock(QgsDockWidget):
    """One dock with a stable objectName so QGIS restores its place."""

    def __init__(self, parent=None) -> None:
        super().__init__(tr("CMS Connectivity Planner"), parent)
        self.setObjectName("CmsConnectivityPlannerDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        note = QLabel(
            tr(
                "Run the whole planning workflow from the Processing toolbox: "
                "CMS Connectivity Planner > Run scenario. The step-by-step panels come next."
            ),
            body,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)
