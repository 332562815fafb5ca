"""``cmsconnectivity:runworkflow``: the dock's whole workflow from a scenario JSON file."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputFolder,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from ...core.workflow import WorkflowSettings
from ...qgis_io.compat import no_threading_flag
from ...qgis_io.i18n import tr
from ...qgis_io.workflow import run_workflow
from .base import CmsAlgorithm, core_errors


class RunWorkflowAlgorithm(CmsAlgorithm):
    ALG_ID = "runworkflow"
    GROUP_ID = "workflow"

    SCENARIO = "SCENARIO"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def displayName(self) -> str:  # noqa: N802
        return tr("Run workflow from a scenario file (dock settings)")

    def flags(self):
        # The last step renders print layouts: keep it on the main thread.
        return super().flags() | no_threading_flag()

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Runs every step of the dock from a scenario file written with the dock's "
            "'Export scenario' button: prepare the species ranges and sites (or simulate "
            "training data), build the planning units, plan the network with the targets, "
            "objective and solver settings of the file, run the connectivity analyses that "
            "are ticked, find the TFCA candidates and export the maps.\n\n"
            "The same file runs from the command line: python -m cms_connectivity_plugin run "
            "--scenario FILE --out FOLDER. Layers in the file are named by their path, so "
            "the file works on another computer when the data sit at the same place.\n\n"
            "Output folder: every layer is written there as a GeoPackage (ranges.gpkg, "
            "sites.gpkg, planning_units.gpkg, solution.gpkg, tfca_candidates.gpkg ...), with "
            "maps/ and a copy of the scenario."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(self.SCENARIO, tr("Scenario file (JSON)"), extension="json")
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputVectorLayer("SOLUTION", tr("Planning units")))
        self.addOutput(QgsProcessingOutputVectorLayer("TFCA", tr("TFCA candidates")))
        self.addOutput(QgsProcessingOutputString("OUTPUTS", tr("Outputs (JSON)")))
        self._add_scheduler()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import json

        path = self.parameterAsFile(parameters, self.SCENARIO, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        with core_errors():
            settings = WorkflowSettings.load(path).with_changes(output_folder=folder)
            outputs = run_workflow(settings, context, feedback, child=True)
        return {
            "FOLDER": folder,
            self.OUTPUT_FOLDER: folder,
            "SOLUTION": outputs.get("solution", ""),
            "TFCA": outputs.get("tfca_candidates", ""),
            "OUTPUTS": json.dumps(outputs),
        }
