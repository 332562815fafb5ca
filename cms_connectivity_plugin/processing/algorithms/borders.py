"""``cmsconnectivity:sharedborders``: shared land borders between chosen countries."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ...core.borders import build_study_area, shared_borders
from ...core.errors import InputError
from ...core.scenario import Scenario
from ...qgis_io.i18n import tr
from ...qgis_io.run import read_countries
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm


class SharedBordersAlgorithm(CmsAlgorithm):
    ALG_ID = "sharedborders"
    GROUP_ID = "inputs"

    BORDERS = "BORDERS"
    COUNTRIES = "COUNTRIES"
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return tr("Shared land borders")

    def shortHelpString(self) -> str:
        return tr(
            "Lines where two of the chosen countries share a land border, with their length, "
            "in an equal-area CRS centred on the countries. A border is the part of one "
            "country's outline lying within the tolerance of the other country, so generalised "
            "layers whose common boundaries do not coincide exactly still give the border, and "
            "a sea crossing (such as the Strait of Gibraltar) is never a border.\n\n"
            "Countries: ISO3 codes separated by commas. The border layer defaults to QGIS's "
            "world map; any country layer with an ISO3 field works (Natural Earth's -99 codes "
            "are resolved through ADM0_A3 / ISO_A3_EH). Tolerance: metres, 100 by default; "
            "raise it for coarse layers (e.g. 1,000 m for Natural Earth 1:110m)."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                self.COUNTRIES, tr("Countries (ISO3 codes, comma separated)"), "FRA,ESP,AND,PRT"
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
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                tr("Tolerance (m)"),
                QgsProcessingParameterNumber.Double,
                100.0,
                False,
                0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Shared borders"), QgsProcessing.TypeVectorLine
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        codes = self.parameterAsString(parameters, self.COUNTRIES, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        layer = self.parameterAsVectorLayer(parameters, self.BORDERS, context)
        try:
            scenario = Scenario(countries=codes)
            if not scenario.countries:
                Scenario(countries=()).validate()
            study = build_study_area(read_countries(layer), scenario.countries)
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        left, right, lines = shared_borders(study.countries, study.codes, tolerance)
        lines = shapely.line_merge(lines)
        dest = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            {
                "iso3_a": np.asarray(left, dtype=object),
                "iso3_b": np.asarray(right, dtype=object),
                "length_km": np.round(shapely.length(lines) / 1000.0, 3),
            },
            lines,
            study.crs,
            QgsWkbTypes.MultiLineString,
        )
        feedback.pushInfo(
            tr("{n} shared border(s) among {k} countries.").format(n=len(lines), k=len(study.codes))
        )
        return {self.OUTPUT: dest}
