"""``cmsconnectivity:simulate``: simulated training data as ordinary layers.

The same simulation :func:`~...core.pipeline.run_scenario` uses (same countries, species
count and seed give the same data), written as three layers in the real-data schemas so that
trainers can look at them and feed them into ``prepareranges``, ``preparesites`` and
``planningunits`` like downloaded IUCN and WDPA files.
"""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ...core.borders import build_study_area
from ...core.i18n import localized
from ...core.scenario import DEFAULT_COUNTRIES, Scenario
from ...core.simulate import simulate
from ...qgis_io.i18n import tr
from ...qgis_io.postprocess import style_output
from ...qgis_io.run import read_countries
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm, core_errors


class SimulateTrainingDataAlgorithm(CmsAlgorithm):
    ALG_ID = "simulate"
    GROUP_ID = "inputs"

    COUNTRIES = "COUNTRIES"
    BORDERS = "BORDERS"
    N_SPECIES = "N_SPECIES"
    SEED = "SEED"
    MAX_OFFSHORE = "MAX_OFFSHORE"
    RANGES = "RANGES"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    STUDY_AREA = "STUDY_AREA"
    N_RANGES = "N_RANGES"
    N_PROTECTED = "N_PROTECTED"

    def displayName(self) -> str:  # noqa: N802
        return tr("Simulate training data (species ranges and protected areas)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Simulates training data for any countries, offline: migratory species and an "
            "existing protected-area network. The layers are invented, not real data: use "
            "them to practise the workflow, never to draw conclusions about real species or "
            "sites.\n\n"
            "Each species gets a breeding range towards the northern end of the countries' "
            "longest axis, a non-breeding range towards the southern end and a passage range "
            "between them, as irregular shapes clipped to land. The ranges follow the IUCN "
            "Red List schema (binomial, presence, origin, seasonal: 2 breeding, 3 "
            "non-breeding, 4 passage). The protected areas follow the WDPA schema (WDPAID, "
            "NAME, DESIG_ENG, IUCN_CAT, STATUS, STATUS_YR, ISO3, REP_AREA in km2, MARINE); "
            "each lies in one country and some lie along shared land borders, so that "
            "transboundary clusters can form. The study area has one polygon per country "
            "(iso3, name).\n\n"
            "The same countries, number of species and seed always give the same layers, so "
            "every participant of a workshop gets identical data; change the seed for "
            "another draw. The data are those the 'Run scenario' algorithm simulates with "
            "the same settings.\n\n"
            "Feed the species ranges into 'Prepare species ranges', the protected areas into "
            "'Prepare sites' and the study area into 'Build planning units', exactly like "
            "real IUCN and WDPA downloads; no field mapping is needed.\n\n"
            "Countries: ISO3 codes separated by commas. The border layer defaults to QGIS's "
            "world map. Overseas parts farther than the maximum offshore distance from the "
            "countries' mainlands (e.g. French Guiana) are left out. All layers are in an "
            "equal-area (Lambert azimuthal) CRS centred on the countries, in metres."
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
            QgsProcessingParameterVectorLayer(
                self.BORDERS,
                tr("Country borders (default: QGIS world map)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
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
                self.MAX_OFFSHORE,
                tr("Maximum offshore distance of overseas parts (km)"),
                QgsProcessingParameterNumber.Double,
                defaults.max_offshore_km,
                False,
                0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.RANGES,
                tr("Simulated species ranges (IUCN schema)"),
                QgsProcessing.TypeVectorPolygon,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.PROTECTED_AREAS,
                tr("Simulated protected areas (WDPA schema)"),
                QgsProcessing.TypeVectorPolygon,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STUDY_AREA, tr("Study area (countries)"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.N_RANGES, tr("Range polygons")))
        self.addOutput(QgsProcessingOutputNumber(self.N_PROTECTED, tr("Protected areas")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        borders = self.parameterAsVectorLayer(parameters, self.BORDERS, context)
        with core_errors():
            scenario = Scenario(
                countries=self.parameterAsString(parameters, self.COUNTRIES, context) or "",
                n_species=self.parameterAsInt(parameters, self.N_SPECIES, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                max_offshore_km=self.parameterAsDouble(parameters, self.MAX_OFFSHORE, context),
            ).validate()
            feedback.setProgressText(tr("Building the study area"))
            study = build_study_area(
                read_countries(borders), scenario.countries, scenario.max_offshore_km
            )
            if study.dropped_parts:
                feedback.pushInfo(
                    tr("{n} far overseas part(s) of the countries were left out.").format(
                        n=study.dropped_parts
                    )
                )
            feedback.setProgress(20)
            feedback.setProgressText(tr("Simulating species ranges and protected areas"))
            data = simulate(study, int(scenario.n_species), int(scenario.seed))
        feedback.setProgress(80)

        ranges, sites = data.ranges, data.protected_areas
        results = {
            self.RANGES: write_table(
                self,
                parameters,
                context,
                self.RANGES,
                ranges.columns(),
                ranges.geometry,
                study.crs,
            ),
            self.PROTECTED_AREAS: write_table(
                self,
                parameters,
                context,
                self.PROTECTED_AREAS,
                sites.columns(),
                sites.geometry,
                study.crs,
            ),
            self.STUDY_AREA: write_table(
                self,
                parameters,
                context,
                self.STUDY_AREA,
                {
                    "iso3": np.array(study.codes, dtype=object),
                    "name": np.array(study.names, dtype=object),
                },
                study.countries,
                study.crs,
                QgsWkbTypes.MultiPolygon,
            ),
            self.N_RANGES: len(ranges.geometry),
            self.N_PROTECTED: len(sites),
        }
        for key, role in (
            (self.RANGES, "species_ranges"),
            (self.PROTECTED_AREAS, "protected_areas"),
            (self.STUDY_AREA, "countries"),
        ):
            style_output(context, results[key], role)

        n_species = len(set(ranges.binomial.tolist()))
        feedback.pushInfo(
            localized(
                tr(
                    "{species} simulated species in {ranges} range polygon(s); {sites} simulated "
                    "protected area(s) covering {area:.0f} km2 of {total:.0f} km2 ({codes})."
                ),
                species=n_species,
                ranges=results[self.N_RANGES],
                sites=results[self.N_PROTECTED],
                area=float(shapely.area(shapely.union_all(sites.geometry))) / 1e6
                if len(sites)
                else 0.0,
                total=study.area_km2,
                codes=",".join(study.codes),
            )
        )
        if n_species < scenario.n_species:
            feedback.reportError(
                tr(
                    "{missing} of {n} species got no range on land (the countries are too "
                    "small or fragmented): try another seed."
                ).format(missing=scenario.n_species - n_species, n=scenario.n_species),
                False,
            )
        feedback.setProgress(100)
        return results
