"""``cmsconnectivity:exportmaps``: overview map and one atlas page per TFCA candidate.

Layouts are Qt graphics scenes: the algorithm runs on the main thread (no-threading flag).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorLayer,
)

from ...qgis_io.compat import no_threading_flag
from ...qgis_io.i18n import tr
from ...qgis_io.layouts import export_candidate_atlas, export_overview_from_template
from ...qgis_io.styles import ROLE_PROPERTY
from .base import CmsAlgorithm, core_errors

OVERVIEW_PDF = "tfca_overview.pdf"
OVERVIEW_PNG = "tfca_overview.png"
ATLAS_PDF = "tfca_candidates_atlas.pdf"
ATLAS_PNG_FOLDER = "candidates"

#: Layer parameter -> output role (also the GeoPackage layer name written by a run).
_LAYER_ROLES = {
    "PLANNING_UNITS": "planning_units",
    "TFCA": "tfca_candidates",
    "PROTECTED_AREAS": "protected_areas",
    "COUNTRIES": "countries",
}


class ExportMapsAlgorithm(CmsAlgorithm):
    ALG_ID = "exportmaps"
    GROUP_ID = "tfca"

    GPKG = "GPKG"
    TITLE = "TITLE"
    CREDITS = "CREDITS"
    ADD_TO_PROJECT = "ADD_TO_PROJECT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def displayName(self) -> str:
        return tr("Export maps (overview and TFCA candidate atlas)")

    def flags(self):
        return super().flags() | no_threading_flag()

    def shortHelpString(self) -> str:
        return tr(
            "Makes the maps to hand over: an A4 landscape overview (PDF and PNG) of the "
            "network and TFCA candidates, and an A4 portrait page per TFCA candidate (one "
            "multi-page PDF, and one PNG per candidate) with a locator map and the "
            "candidate's key figures (countries, area per country, share already protected, "
            "species).\n\n"
            "Give the GeoPackage of a run, or the layers one by one (a layer given here wins "
            "over the GeoPackage's). The pages come from the templates in "
            "resources/layouts/; with 'Add the layouts to the project' they also appear in "
            "the Layout Manager, to edit in the Layout Designer. Runs on the main thread."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.GPKG,
                tr("GeoPackage of a run"),
                extension="gpkg",
                optional=True,
            )
        )
        labels = {
            "PLANNING_UNITS": tr("Planning units"),
            "TFCA": tr("TFCA candidates"),
            "PROTECTED_AREAS": tr("Protected areas"),
            "COUNTRIES": tr("Countries"),
        }
        for key, label in labels.items():
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, optional=True))
        self.addParameter(
            QgsProcessingParameterString(
                self.TITLE,
                tr("Title"),
                defaultValue=tr("Migratory species network and TFCA candidates"),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CREDITS, tr("Data sources and licences"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ADD_TO_PROJECT, tr("Add the layouts to the project"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputFile("OVERVIEW_PDF", tr("Overview map (PDF)")))
        self.addOutput(QgsProcessingOutputFile("OVERVIEW_PNG", tr("Overview map (PNG)")))
        self.addOutput(QgsProcessingOutputFile("ATLAS_PDF", tr("TFCA candidate atlas (PDF)")))
        self.addOutput(
            QgsProcessingOutputFolder("ATLAS_PNG_FOLDER", tr("TFCA candidate pages (PNG)"))
        )
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Number of candidate pages")))

    def processAlgorithm(self, parameters, context, feedback):
        with core_errors():
            try:
                return self._export(parameters, context, feedback)
            except RuntimeError as exc:
                raise QgsProcessingException(str(exc)) from None

    def _export(self, parameters, context, feedback) -> dict:
        layers = self._layers(parameters, context)
        if not layers:
            raise QgsProcessingException(
                tr("Give the GeoPackage of a run or at least one layer to map.")
            )
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        folder.mkdir(parents=True, exist_ok=True)
        title = self.parameterAsString(parameters, self.TITLE, context)
        credits = self.parameterAsString(parameters, self.CREDITS, context) or _default_credits()
        add = self.parameterAsBoolean(parameters, self.ADD_TO_PROJECT, context)
        project = context.project() if add and context.project() is not None else None
        owned = project is None
        if owned:
            project = QgsProject()
        elif any(layer.id() not in project.mapLayers() for layer in layers.values()):
            # The layouts point to their layers: layers read from the GeoPackage join the project.
            project.addMapLayers(
                [lyr for lyr in layers.values() if lyr.id() not in project.mapLayers()]
            )

        ordered = [layers[r] for r in _LAYER_ROLES.values() if r in layers]
        extent_layers = [layers["planning_units"]] if "planning_units" in layers else None
        feedback.pushInfo(tr("Exporting the overview map…"))
        overview = export_overview_from_template(
            ordered,
            folder / OVERVIEW_PDF,
            title=title,
            credits=credits,
            png_path=folder / OVERVIEW_PNG,
            extent_layers=extent_layers,
            project=None if owned else project,
            add_to_project=add and not owned,
        )
        feedback.setProgress(40)
        results = {
            "OVERVIEW_PDF": overview["pdf"],
            "OVERVIEW_PNG": overview["png"],
            "ATLAS_PDF": None,
            "ATLAS_PNG_FOLDER": None,
            "PAGES": 0,
        }
        tfca = layers.get("tfca_candidates")
        if tfca is None or tfca.featureCount() == 0:
            feedback.pushWarning(
                tr(
                    "No TFCA candidate to map: no cluster of selected sites spans two or more "
                    "countries. Only the overview map was exported."
                )
            )
            return results
        if feedback.isCanceled():
            return results
        feedback.pushInfo(tr("Exporting one page per TFCA candidate…"))
        others = [lyr for lyr in ordered if lyr is not tfca]
        atlas = export_candidate_atlas(
            None if owned else project,
            tfca,
            others,
            folder / ATLAS_PDF,
            folder / ATLAS_PNG_FOLDER,
            title=title,
            credits=credits,
            add_to_project=add and not owned,
        )
        feedback.setProgress(100)
        results.update(
            ATLAS_PDF=atlas["pdf"],
            ATLAS_PNG_FOLDER=str(folder / ATLAS_PNG_FOLDER),
            PAGES=atlas["pages"],
        )
        return results

    def _layers(self, parameters, context) -> dict[str, QgsVectorLayer]:
        layers: dict[str, QgsVectorLayer] = {}
        gpkg = self.parameterAsFile(parameters, self.GPKG, context)
        if gpkg:
            if not Path(gpkg).is_file():
                raise QgsProcessingException(tr("GeoPackage not found: {path}.").format(path=gpkg))
            names = {
                "planning_units": tr("Planning units"),
                "tfca_candidates": tr("TFCA candidates"),
                "protected_areas": tr("Protected areas"),
                "countries": tr("Countries"),
            }
            for role, label in names.items():
                layer = QgsVectorLayer(f"{gpkg}|layername={role}", label, "ogr")
                if layer.isValid():
                    layer.setCustomProperty(ROLE_PROPERTY, role)
                    layers[role] = layer
            if not layers:
                raise QgsProcessingException(
                    tr("{path} holds none of the layers of a run.").format(path=gpkg)
                )
        for key, role in _LAYER_ROLES.items():
            layer = self.parameterAsVectorLayer(parameters, key, context)
            if layer is not None:
                if not layer.customProperty(ROLE_PROPERTY, ""):
                    layer.setCustomProperty(ROLE_PROPERTY, role)
                layers[role] = layer
        return layers


def _default_credits() -> str:
    from ...qgis_io.export import data_credits

    return data_credits()
