"""Processing provider ``cmsconnectivity``: every capability as a stable algorithm id."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..qgis_io.i18n import tr
from ..qgis_io.resources import resource_path


class CmsConnectivityProvider(QgsProcessingProvider):
    def id(self) -> str:  # noqa: A003
        return "cmsconnectivity"

    def name(self) -> str:
        return tr("CMS Connectivity Planner")

    def longName(self) -> str:  # noqa: N802
        return self.name()

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "icon.svg")))

    def loadAlgorithms(self) -> None:  # noqa: N802
        from .algorithms.amounts import AmountsAlgorithm
        from .algorithms.borders import SharedBordersAlgorithm
        from .algorithms.connectivity import ConnectivityIndicesAlgorithm, ProtConnAlgorithm
        from .algorithms.corridors import CorridorsAlgorithm, FlywayNetworkAlgorithm
        from .algorithms.exportmaps import ExportMapsAlgorithm
        from .algorithms.inputs import PrepareRangesAlgorithm, PrepareSitesAlgorithm
        from .algorithms.marxan import ExportMarxanAlgorithm, ImportMarxanAlgorithm
        from .algorithms.package import ExportPackageAlgorithm
        from .algorithms.places import PlacesAlgorithm
        from .algorithms.plan import CalibrateBlmAlgorithm, PlanNetworkAlgorithm
        from .algorithms.planning_units import BuildPlanningUnitsAlgorithm
        from .algorithms.run_scenario import RunScenarioAlgorithm
        from .algorithms.simulate import SimulateTrainingDataAlgorithm
        from .algorithms.solve import SolveAlgorithm
        from .algorithms.tfca import TfcaCandidatesAlgorithm
        from .algorithms.tracks import TracksToRangesAlgorithm, TracksToStopoversAlgorithm
        from .algorithms.workflow import RunWorkflowAlgorithm

        for algorithm in (
            RunScenarioAlgorithm(),
            RunWorkflowAlgorithm(),
            SimulateTrainingDataAlgorithm(),
            SharedBordersAlgorithm(),
            AmountsAlgorithm(),
            TracksToStopoversAlgorithm(),
            TracksToRangesAlgorithm(),
            PrepareRangesAlgorithm(),
            PrepareSitesAlgorithm(),
            PlacesAlgorithm(),
            BuildPlanningUnitsAlgorithm(),
            PlanNetworkAlgorithm(),
            CalibrateBlmAlgorithm(),
            SolveAlgorithm(),
            ImportMarxanAlgorithm(),
            ExportMarxanAlgorithm(),
            TfcaCandidatesAlgorithm(),
            ExportMapsAlgorithm(),
            ExportPackageAlgorithm(),
            ConnectivityIndicesAlgorithm(),
            ProtConnAlgorithm(),
            CorridorsAlgorithm(),
            FlywayNetworkAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
