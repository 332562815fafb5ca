"""``cmsconnectivity:places``: site records of many layers matched into places."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ...core.places import ROW_COLUMNS, add_roles, match_places, places_rows, summary_line
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer
from ...qgis_io.postprocess import style_output
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm


class PlacesAlgorithm(CmsAlgorithm):
    ALG_ID = "places"
    GROUP_ID = "inputs"

    INPUT = "INPUT"
    THRESHOLD = "THRESHOLD"
    NAME_FIELD = "NAME_FIELD"
    DESIGNATION_FIELD = "DESIGNATION_FIELD"
    FLAGS = "FLAGS"
    PLAN = "PLAN"
    FEATURES = "FEATURES"
    DPC = "DPC"
    STOPOVERS = "STOPOVERS"
    TFCA = "TFCA"
    OUTPUT = "OUTPUT"
    DESIGNATIONS = "DESIGNATIONS"

    def displayName(self) -> str:
        return tr("Places across designations")

    def shortHelpString(self) -> str:
        return (
            tr(
                "Matches the records of one or more site layers (WDPA, Ramsar Sites, Natura "
                "2000, KBA/IBA, flyway network sites such as EAAFP or WHSRN, or any layer "
                "with a name and a designation field) that describe the same place: a "
                "national park that is also a Ramsar Site and a Natura 2000 site becomes one "
                "place with three designations."
            )
            + "\n\n"
            + tr(
                "Two records are one place when they come from different layers or carry "
                "different designations and their overlap covers at least the threshold "
                "share of the smaller one; name similarity breaks ties. Records overlapping "
                "a place by less are listed in its overlaps field. Layers in different CRSs "
                "are reprojected to one equal-area CRS."
            )
            + "\n\n"
            + tr(
                "Fields are found by name: name (NAME, name_en, SITENAME, SITE_NAME...), "
                "designation (DESIG_ENG, DESIG, or SITETYPE for Natura 2000; Ramsar layers "
                "are Ramsar Sites; otherwise the layer name, said in the log), designation "
                "type (DESIG_TYPE), year (STATUS_YR, JAHR, YEAR, designation date) and id "
                "(WDPAID, SITECODE, ramsar_id...). Name and designation field: set them when "
                "a layer uses other names."
            )
            + "\n\n"
            + tr(
                "Flags: lists you supply, e.g. 'Montreux Record=1402, 2273; World Heritage "
                "in Danger=Comoé National Park', matched against record ids and names.\n\n"
                "Optional network role: planning units of a plan (network_share, "
                "locked_share, network_status), species ranges (species_seasons, n_species), "
                "sites with dPC from Connectivity indices (dpc_max), flyway sites with a "
                "critical field (critical_stopover) and TFCA candidates (tfca_ids).\n\n"
                "Output: one feature per place with place_id, name, n_designations, "
                "designations (e.g. 'National Park (national, 1990); Ramsar Site "
                "(international, 2002)'), conventions, designation_types, first_year "
                "(0: not reported), area_km2 (of the union), shares (share of the place each "
                "record covers), overlaps, flags, record_ids and layers. The optional "
                "designations table has one row per place and designation."
            )
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, tr("Site layers"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                tr("Overlap share of the smaller record that makes one place"),
                QgsProcessingParameterNumber.Double,
                0.5,
                False,
                0.01,
                1.0,
            )
        )
        for key, label in (
            (self.NAME_FIELD, tr("Name field (optional; default: found by name)")),
            (
                self.DESIGNATION_FIELD,
                tr("Designation field (optional; default: found by name)"),
            ),
            (self.FLAGS, tr("Flags (optional; e.g. Montreux Record=1402, 2273)")),
        ):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        polygon = [QgsProcessing.TypeVectorPolygon]
        for key, label, kinds in (
            (self.PLAN, tr("Planning units of a plan (optional)"), polygon),
            (self.FEATURES, tr("Species ranges (optional)"), polygon),
            (self.DPC, tr("Sites with dPC (optional)"), polygon),
            (
                self.STOPOVERS,
                tr("Flyway sites with a critical field (optional)"),
                [QgsProcessing.TypeVectorAnyGeometry],
            ),
            (self.TFCA, tr("TFCA candidates (optional)"), polygon),
        ):
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, kinds, optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Places"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.DESIGNATIONS,
                tr("Designations of each place"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        tables = [table_from_layer(layer) for layer in layers]

        def optional(key: str):
            layer = self.parameterAsVectorLayer(parameters, key, context)
            return table_from_layer(layer) if layer is not None else None

        places = match_places(
            tables,
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or None,
            designation_field=(
                self.parameterAsString(parameters, self.DESIGNATION_FIELD, context) or None
            ),
            flags=self.parameterAsString(parameters, self.FLAGS, context) or None,
        )
        for note in places.notes:
            feedback.pushInfo(note)
        places = add_roles(
            places,
            plan=optional(self.PLAN),
            features=optional(self.FEATURES),
            dpc=optional(self.DPC),
            stopovers=optional(self.STOPOVERS),
            tfca=optional(self.TFCA),
        )
        feedback.pushInfo(summary_line(places))
        dest = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            places.columns(),
            _points_as_squares(places.geometry),
            places.crs,
        )
        style_output(context, dest, "places")
        results = {self.OUTPUT: dest}
        if parameters.get(self.DESIGNATIONS) not in (None, ""):
            rows = places_rows(places)
            columns = {
                key: _column([row[key] for row in rows], key) for key in ROW_COLUMNS
            }  # fmt: skip
            results[self.DESIGNATIONS] = write_table(
                self,
                parameters,
                context,
                self.DESIGNATIONS,
                columns,
                np.full(len(rows), None, dtype=object),
                places.crs,
                QgsWkbTypes.NoGeometry,
            )
        return results


def _column(values: list, key: str) -> np.ndarray:
    """Typed column of the designations table (years 0 when not reported)."""
    if key in ("place_id", "year"):
        return np.array([v or 0 for v in values], dtype=np.int64)
    if key in ("area_km2", "share_of_place"):
        return np.array(values, dtype=float)
    return np.array(values, dtype=object)


def _points_as_squares(geoms) -> np.ndarray:
    """A place made of points only gets a small square (1 m), so that it shows on the map
    and keeps its row in the polygon layer (write_table keeps the polygon parts)."""
    import shapely

    geoms = np.asarray(geoms, dtype=object).copy()
    pointy = ~shapely.is_missing(geoms) & (shapely.area(geoms) <= 0)
    if pointy.any():
        geoms[pointy] = shapely.buffer(geoms[pointy], 1.0, cap_style="square")
    return geoms
