"""``cmsconnectivity:runscenario``: the end-to-end slice on simulated training data."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.i18n import localized
from ...core.scenario import DEFAULT_COUNTRIES, Scenario
from ...qgis_io.compat import no_threading_flag
from ...qgis_io.i18n import tr
from ...qgis_io.run import run_to_folder
from .base import CmsAlgorithm, core_errors


class RunScenarioAlgorithm(CmsAlgorithm):
    ALG_ID = "runscenario"
    GROUP_ID = "workflow"

    COUNTRIES = "COUNTRIES"
    N_SPECIES = "N_SPECIES"
    SEED = "SEED"
    HEX_AREA = "HEX_AREA"
    TARGET = "TARGET"
    BLM = "BLM"
    TIME_LIMIT = "TIME_LIMIT"
    GAP = "GAP"
    BORDERS = "BORDERS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def displayName(self) -> str:  # noqa: N802
        return tr("Run scenario (simulate, plan, find TFCA candidates)")

    def flags(self):
        # The PDF map is rendered through a print layout: keep it on the main thread.
        return super().flags() | no_threading_flag()

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Simulates migratory species (breeding, passage and non-breeding ranges) and an "
            "existing protected-area network for the chosen countries, builds hexagonal "
            "planning units, solves the minimum-set problem exactly with HiGHS (targets per "
            "species and season, existing protected areas locked in, boundary penalty), and "
            "finds TFCA candidates: clusters of the network that span two or more countries.\n\n"
            "Countries: ISO3 codes separated by commas (default: the western European-African "
            "flyway). Target: percentage of each species-season range (30 % = GBF Target 3). "
            "BLM: boundary penalty in km2 of cost per km of edge; 0 ignores compactness.\n\n"
            "Outputs in the folder: cms_connectivity.gpkg (styled layers planning_units, "
            "tfca_candidates, protected_areas, species_ranges, countries), targets.csv, "
            "scenario.json, summary.json and tfca_map.pdf / .png."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        defaults = Scenario()
        self.addParameter(
            QgsProcessingParameterString(
                self.COUNTRIES,
                tr("Countries (ISO3 codes, comma separated)"),
                ",".join(DEFAULT_COUNTRIES),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.N_SPECIES,
                tr("Number of simulated species"),
                QgsProcessingParameterNumber.Integer,
                defaults.n_species,
                False,
                1,
                500,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SEED,
                tr("Random seed"),
                QgsProcessingParameterNumber.Integer,
                defaults.seed,
                False,
                0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HEX_AREA,
                tr("Hexagon area (km2)"),
                QgsProcessingParameterNumber.Double,
                defaults.hex_area_km2,
                False,
                0.0001,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET,
                tr("Target (% of each species-season range)"),
                QgsProcessingParameterNumber.Double,
                defaults.target_percent,
                False,
                0.0,
                100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BLM,
                tr("Boundary length modifier (BLM)"),
                QgsProcessingParameterNumber.Double,
                defaults.blm,
                False,
                0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TIME_LIMIT,
                tr("Solver time limit (s)"),
                QgsProcessingParameterNumber.Double,
                defaults.time_limit_s,
                False,
                1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GAP,
                tr("Relative optimality gap"),
                QgsProcessingParameterNumber.Double,
                defaults.mip_gap,
                False,
                0.0,
                1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.BORDERS,
                tr("Country borders (default: QGIS world map)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile("GPKG", tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputVectorLayer("PLANNING_UNITS", tr("Planning units")))
        self.addOutput(QgsProcessingOutputVectorLayer("TFCA", tr("TFCA candidates")))
        self.addOutput(QgsProcessingOutputFile("TARGETS_CSV", tr("Targets table (CSV)")))
        self.addOutput(QgsProcessingOutputFile("PDF", tr("Map (PDF)")))
        self.addOutput(QgsProcessingOutputNumber("TARGETS_MET", tr("Targets met")))
        self.addOutput(QgsProcessingOutputNumber("TFCA_COUNT", tr("TFCA candidates found")))
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Solver status")))
        self._add_scheduler()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        scenario = Scenario(
            countries=self.parameterAsString(parameters, self.COUNTRIES, context),
            n_species=self.parameterAsInt(parameters, self.N_SPECIES, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            hex_area_km2=self.parameterAsDouble(parameters, self.HEX_AREA, context),
            target_percent=self.parameterAsDouble(parameters, self.TARGET, context),
            blm=self.parameterAsDouble(parameters, self.BLM, context),
            time_limit_s=self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
            mip_gap=self.parameterAsDouble(parameters, self.GAP, context),
        )
        borders = self.parameterAsVectorLayer(parameters, self.BORDERS, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)

        def progress(fraction: float, message: str) -> None:
            feedback.setProgress(100.0 * fraction)
            feedback.setProgressText(message)

        with core_errors():
            result, paths = run_to_folder(
                scenario,
                folder,
                border_layer=borders,
                progress=progress,
                should_cancel=feedback.isCanceled,
            )
        for message in result.warnings:
            feedback.reportError(message, fatalError=False)
        summary = result.summary()
        feedback.pushInfo(
            localized(
                tr(
                    "{met} of {total} targets met; {n} TFCA candidate(s); "
                    "solver {status}, gap {gap:.2%}."
                ),
                met=summary["targets_met"],
                total=summary["targets"],
                n=summary["tfca_candidates"],
                status=summary["status"],
                gap=summary["gap"],
            )
        )
        return {
            "FOLDER": folder,
            self.OUTPUT_FOLDER: folder,
            "GPKG": paths["gpkg"],
            "PLANNING_UNITS": f"{paths['gpkg']}|layername=planning_units",
            "TFCA": f"{paths['gpkg']}|layername=tfca_candidates",
            "TARGETS_CSV": paths["targets_csv"],
            "PDF": paths.get("pdf", ""),
            "TARGETS_MET": summary["targets_met"],
            "TFCA_COUNT": summary["tfca_candidates"],
            "STATUS": summary["status"],
        }
