"""``cmsconnectivity:amounts``: area of each feature in each planning unit (puvspr table)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...core.amounts import unit_amounts
from ...core.errors import InputError
from ...core.vector import VectorTable
from ...qgis_io.i18n import tr
from ...qgis_io.layers import crs_definition, table_from_layer
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm


def amounts_table(
    units: VectorTable,
    features: VectorTable,
    unit_id_field: str | None,
    feature_fields: list[str],
    crs: str | None,
) -> dict[str, np.ndarray]:
    """Long table (unit id, feature, amount km2) of the non-zero overlaps, Marxan puvspr style."""
    found = unit_amounts(
        units, features, unit_id_field=unit_id_field, feature_fields=feature_fields, crs=crs
    )
    rows, cols, km2 = found.triples()
    return {
        "unit_id": np.asarray(found.unit_ids, dtype=object)[rows].astype(str),
        "feature": found.labels[cols],
        "amount_km2": np.round(km2, 6),
    }


class AmountsAlgorithm(CmsAlgorithm):
    ALG_ID = "amounts"
    GROUP_ID = "inputs"

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    FEATURES = "FEATURES"
    FEATURE_FIELDS = "FEATURE_FIELDS"
    CRS = "CRS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return tr("Species amounts per planning unit")

    def shortHelpString(self) -> str:
        return tr(
            "The area (km2) of every feature (for example a species' breeding range) inside "
            "every planning unit, by exact intersection in an equal-area CRS. Only non-zero "
            "amounts are written, one row per unit and feature, as in Marxan's puvspr.dat.\n\n"
            "Feature name fields: the fields that name a feature, e.g. species and season "
            "from 'Prepare species ranges'; empty uses the feature id. CRS: leave empty for "
            "Lambert azimuthal equal-area centred on the units; a geographic CRS is refused."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS, tr("Planning units"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.UNIT_ID,
                tr("Unit id field"),
                parentLayerParameterName=self.UNITS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FEATURES, tr("Features (species ranges)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FEATURE_FIELDS,
                tr("Feature name fields"),
                parentLayerParameterName=self.FEATURES,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("Equal-area CRS"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Amounts"), QgsProcessing.TypeVector)
        )
        self._add_scheduler()

    def processAlgorithm(self, parameters, context, feedback):
        units_source = self.parameterAsSource(parameters, self.UNITS, context)
        features_source = self.parameterAsSource(parameters, self.FEATURES, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        try:
            table = amounts_table(
                table_from_layer(units_source, units_source.sourceName()),
                table_from_layer(features_source, features_source.sourceName()),
                self.parameterAsString(parameters, self.UNIT_ID, context) or None,
                self.parameterAsFields(parameters, self.FEATURE_FIELDS, context),
                crs_definition(crs),
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        dest = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            table,
            np.full(len(table["unit_id"]), None, dtype=object),
            "EPSG:4326",
            QgsWkbTypes.NoGeometry,
        )
        feedback.pushInfo(
            tr("{n} non-zero amounts for {f} features.").format(
                n=len(table["unit_id"]), f=len(set(table["feature"]))
            )
        )
        return {self.OUTPUT: dest}
