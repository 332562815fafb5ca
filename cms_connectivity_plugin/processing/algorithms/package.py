"""``cmsconnectivity:exportpackage``: the run's whole package from the chain's outputs.

The last call of every run, from the dock ("Export maps and report"), ``runworkflow`` and
the command line alike: one GeoPackage with styled layers, the targets table, the scenario
file, the summary, the HTML report with its CSV tables and the national summary, the
overview map and the candidate atlas. It runs on the main thread (print layouts).
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.errors import InputError
from ...core.workflow import WorkflowSettings
from ...qgis_io.compat import no_threading_flag
from ...qgis_io.credits import source_notes
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer
from ...qgis_io.run import package_from_tables, read_countries
from .base import CmsAlgorithm, core_errors


class ExportPackageAlgorithm(CmsAlgorithm):
    ALG_ID = "exportpackage"
    GROUP_ID = "tfca"

    SOLUTION = "SOLUTION"
    RANGES = "RANGES"
    SITES = "SITES"
    TFCA = "TFCA"
    BORDERS = "BORDERS"
    SCENARIO = "SCENARIO"
    SOLVER = "SOLVER"
    MAPS = "MAPS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export maps, report and GeoPackage")

    def flags(self):
        return super().flags() | no_threading_flag()

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Writes the package of a plan into one folder: cms_connectivity.gpkg (planning "
            "units with the plan, TFCA candidates, protected areas, species ranges, "
            "countries and places, each styled), targets.csv, scenario.json (reruns the "
            "plan), summary.json, report.html with its CSV tables, national_summary.json, "
            "the overview map (PDF and PNG), one atlas page per TFCA candidate, and the "
            "reporting pack: indicators.csv and indicators.json (GBF headline indicator 3.1 "
            "and ProtConn per country and year), places.csv (every designation of every "
            "place: one real site across WDPA, Ramsar, Natura 2000 and other lists) and "
            "report.docx, an editable document for the CMS, Ramsar and CBD national reports "
            "(needs python-docx).\n\n"
            "Inputs are the outputs of 'Plan the network', 'Prepare species ranges', "
            "'Prepare sites' and 'Find TFCA candidates', with the scenario's settings (JSON) "
            "and the plan's solver summary. The dock's 'Export maps and report' button and "
            "the command line run this same algorithm.\n\n"
            "Files of an earlier package in the folder (maps of candidates that no longer "
            "exist included) are replaced, never mixed with the new ones."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.TypeVectorPolygon]
        for key, label, optional in (
            (self.SOLUTION, tr("Planned network (from 'Plan the network')"), False),
            (self.RANGES, tr("Species ranges (from 'Prepare species ranges')"), False),
            (self.SITES, tr("Protected areas (from 'Prepare sites')"), True),
            (self.TFCA, tr("TFCA candidates (from 'Find TFCA candidates')"), False),
            (self.BORDERS, tr("Country borders (default: QGIS world map)"), True),
        ):
            self.addParameter(
                QgsProcessingParameterVectorLayer(key, label, polygons, optional=optional)
            )
        self.addParameter(
            QgsProcessingParameterString(
                self.SCENARIO, tr("Scenario settings (JSON)"), multiLine=True, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.SOLVER,
                tr("Solver summary (JSON, from 'Plan the network')"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.MAPS, tr("Export the maps (PDF, PNG)"), True)
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile("REPORT", tr("Report (HTML)")))
        self.addOutput(QgsProcessingOutputFile("GEOPACKAGE", tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputFile("OVERVIEW_PDF", tr("Overview map (PDF)")))
        self.addOutput(QgsProcessingOutputFile("ATLAS_PDF", tr("Candidate atlas (PDF)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        with core_errors():
            text = self.parameterAsString(parameters, self.SCENARIO, context).strip()
            settings = WorkflowSettings.from_json(text) if text else WorkflowSettings()
            solver = _solver_summary(self.parameterAsFile(parameters, self.SOLVER, context))
            layers = {
                key: self.parameterAsVectorLayer(parameters, key, context)
                for key in (self.SOLUTION, self.RANGES, self.SITES, self.TFCA, self.BORDERS)
            }
            feedback.setProgressText(tr("Reading the plan"))
            tables = {
                key: table_from_layer(layer)
                for key, layer in layers.items()
                if layer is not None and key != self.BORDERS
            }
            countries = read_countries(layers[self.BORDERS])
            feedback.setProgress(10)
            feedback.setProgressText(tr("Writing the GeoPackage, report and maps"))
            _result, paths = package_from_tables(
                settings,
                {
                    "solution": tables[self.SOLUTION],
                    "ranges": tables[self.RANGES],
                    "tfca_candidates": tables[self.TFCA],
                    **({"sites": tables[self.SITES]} if self.SITES in tables else {}),
                },
                countries,
                solver,
                folder,
                maps=self.parameterAsBoolean(parameters, self.MAPS, context),
                # The user's own layers, as chosen in the Data step (main thread here).
                notes=source_notes(
                    [*settings.ranges, *settings.sites, settings.borders], context.project()
                ),
            )
        feedback.setProgress(100)
        return {
            "FOLDER": folder,
            self.OUTPUT_FOLDER: folder,
            "REPORT": paths.get("report_html"),
            "GEOPACKAGE": paths.get("gpkg"),
            "OVERVIEW_PDF": paths.get("pdf"),
            "ATLAS_PDF": paths.get("atlas_pdf"),
        }


def _solver_summary(path: str) -> dict:
    """The plan's solver summary; without one the report says the solve is unknown."""
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            tr("The solver summary '{path}' cannot be read ({reason}).").format(
                path=path, reason=exc
            )
        ) from None
    return data if isinstance(data, dict) else {}
