"""``cmsconnectivity:tfcacandidates``: transfrontier conservation area candidates."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ...core.tfca import (
    SOURCE_BORDERS,
    SOURCE_SHARES,
    RankWeights,
    find_candidates,
    read_tfca_inputs,
    transboundary_habitats,
)
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer
from ...qgis_io.postprocess import style_output
from ...qgis_io.run import read_countries
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm, core_errors


def countries_near_units(units, countries):
    """The border layer's countries under the units, cut to their neighbourhood, as a table.

    Areas per country then follow the borders themselves (a unit across a border counts in
    both countries), and far-away countries never reach the units' projection, where they
    could not be drawn (the world map in a local equal-area CRS breaks GEOS).
    """
    import shapely

    from ...core.planning_units import countries_in_area
    from ...core.vector import VectorTable

    geoms = units.geometry[~shapely.is_missing(units.geometry)]
    area = shapely.make_valid(shapely.union_all(shapely.make_valid(geoms)))
    projected, codes = countries_in_area(countries, area, units.crs)
    if not codes:
        return None
    return VectorTable(
        countries.source, {"iso3": list(codes)}, np.asarray(projected, dtype=object), units.crs
    )


class TfcaCandidatesAlgorithm(CmsAlgorithm):
    ALG_ID = "tfcacandidates"
    GROUP_ID = "tfca"

    UNITS = "UNITS"
    SITES = "SITES"
    FEATURES = "FEATURES"
    SPECIES_FIELD = "SPECIES_FIELD"
    SEASON_FIELD = "SEASON_FIELD"
    COUNTRIES = "COUNTRIES"
    JOIN_KM = "JOIN_KM"
    MIN_SHARE = "MIN_SHARE"
    DISPERSAL_KM = "DISPERSAL_KM"
    BORDER_BUFFER_KM = "BORDER_BUFFER_KM"
    W_TRANS = "W_TRANS"
    W_AREA = "W_AREA"
    W_UNPROT = "W_UNPROT"
    W_IMPORTANCE = "W_IMPORTANCE"
    OUTPUT = "OUTPUT"
    HABITATS = "HABITATS"

    def displayName(self) -> str:
        return tr("TFCA candidates")

    def shortHelpString(self) -> str:
        return (
            tr(
                "Finds candidate Transfrontier Conservation Areas: groups of chosen planning "
                "units and existing sites that lie in two or more countries."
            )
            + "\n\n"
            + tr(
                "Planning units: the planning_units layer of a run (fields selected, locked_in, "
                "country and country_shares). Sites (optional): existing protected areas to "
                "include. Species ranges: one polygon per species and season (fields species "
                "or binomial, and seasonal), as Prepare species ranges writes them. Countries "
                "(optional, default QGIS's world map): a border layer with an iso3 field. "
                "Areas per country come from the units' country_shares field (a unit across a "
                "border counts in each country, a site with its own ISO3 code in that "
                "country), else from the border layer; the log says which."
            )
            + "\n\n"
            + tr(
                "Gap distance: units or sites closer than this are joined, so a river or a road "
                "does not split an area (0 = only touching units). Minimum country share: a "
                "country counts only when it holds at least this share of the candidate.\n\n"
                "Each candidate lists its countries and area in each, its protected share, the "
                "species it holds, its transboundary species (whose range crosses the border "
                "inside it), its importance for connectivity (dPC, %, at the dispersal distance; "
                "0 skips it) and a score: the weighted sum of transboundary species, area, "
                "unprotected share and importance, each divided by its largest value. Rank 1 is "
                "the best.\n\n"
                "The optional transboundary habitats output lists, for every species and season, "
                "the part of its range within the border buffer that lies on both sides of a "
                "border, even where no candidate forms (CMS Resolution 12.7)."
            )
        )

    def initAlgorithm(self, config=None):
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.UNITS, tr("Planning units (with selection)"), polygon
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.FEATURES, tr("Species ranges"), polygon)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SPECIES_FIELD,
                tr("Species field (default: species, binomial or sci_name)"),
                None,
                self.FEATURES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SEASON_FIELD, tr("Season field"), "seasonal", self.FEATURES, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.SITES, tr("Existing sites (optional)"), polygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.COUNTRIES, tr("Country borders (optional, iso3 field)"), polygon,
                optional=True,
            )
        )  # fmt: skip
        number = QgsProcessingParameterNumber.Double
        for key, label, default, top in (
            (self.JOIN_KM, tr("Gap distance joining units (km)"), 0.0, None),
            (self.MIN_SHARE, tr("Minimum share of a country in a candidate"), 0.01, 0.5),
            (self.DISPERSAL_KM, tr("Median dispersal distance for dPC (km; 0 skips)"), 10.0, None),
            (
                self.BORDER_BUFFER_KM,
                tr("Border buffer for transboundary habitats (km)"),
                25.0,
                None,
            ),
            (self.W_TRANS, tr("Weight: transboundary species"), 0.4, None),
            (self.W_AREA, tr("Weight: area"), 0.2, None),
            (self.W_UNPROT, tr("Weight: unprotected share"), 0.2, None),
            (self.W_IMPORTANCE, tr("Weight: network importance (dPC)"), 0.2, None),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(key, label, number, default, False, 0.0, top)
                if top is not None
                else QgsProcessingParameterNumber(key, label, number, default, False, 0.0)
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("TFCA candidates"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.HABITATS,
                tr("Transboundary habitats"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self._add_scheduler()

    def processAlgorithm(self, parameters, context, feedback):
        units_layer = self.parameterAsVectorLayer(parameters, self.UNITS, context)
        features_layer = self.parameterAsVectorLayer(parameters, self.FEATURES, context)
        sites_layer = self.parameterAsVectorLayer(parameters, self.SITES, context)
        countries_layer = self.parameterAsVectorLayer(parameters, self.COUNTRIES, context)
        species_field = self.parameterAsString(parameters, self.SPECIES_FIELD, context)
        season_field = self.parameterAsString(parameters, self.SEASON_FIELD, context) or None

        def num(key: str) -> float:
            return self.parameterAsDouble(parameters, key, context)

        with core_errors():
            units_table = table_from_layer(units_layer)
            # Empty species field: 'Prepare species ranges' writes 'species', IUCN files
            # say 'binomial'; read_tfca_inputs finds either.
            countries = countries_near_units(units_table, read_countries(countries_layer))
            inputs = read_tfca_inputs(
                units_table,
                table_from_layer(features_layer),
                species_field=species_field or None,
                season_field=season_field,
                countries_table=countries,
            )
            feedback.pushInfo(_area_source(inputs.country_source, countries))
            sites = None
            if sites_layer is not None:
                from ...core.crs import transform

                table = table_from_layer(sites_layer)
                sites = transform(table.geometry, table.crs, inputs.units.crs)
            feedback.pushInfo(tr("Clustering the chosen units and sites"))
            dispersal_km = num(self.DISPERSAL_KM)
            tfca = find_candidates(
                inputs.units,
                inputs.chosen,
                inputs.amounts,
                inputs.species,
                num(self.MIN_SHARE),
                gap_m=num(self.JOIN_KM) * 1000.0,
                sites=sites,
                country_geometry=inputs.country_geometry,
                feature_geometry=inputs.ranges,
                dispersal_km=dispersal_km if dispersal_km > 0 else None,
                areas_from_shares=inputs.areas_from_shares,
                weights=RankWeights(
                    num(self.W_TRANS), num(self.W_AREA), num(self.W_UNPROT), num(self.W_IMPORTANCE)
                ),
            )
            habitats = None
            if parameters.get(self.HABITATS) not in (None, ""):
                habitats = transboundary_habitats(
                    inputs.species,
                    inputs.season,
                    inputs.ranges,
                    inputs.country_geometry,
                    inputs.units.country_codes,
                    num(self.BORDER_BUFFER_KM) * 1000.0,
                )
        crs = inputs.units.crs
        dest = write_table(
            self, parameters, context, self.OUTPUT, tfca.columns(), tfca.geometry, crs
        )
        style_output(context, dest, "tfca_candidates")
        feedback.pushInfo(
            tr("{n} TFCA candidate(s) spanning two or more countries.").format(n=len(tfca))
        )
        results = {self.OUTPUT: dest}
        if habitats is not None:
            results[self.HABITATS] = write_table(
                self,
                parameters,
                context,
                self.HABITATS,
                habitats.columns(),
                habitats.geometry,
                crs,
            )
            feedback.pushInfo(
                tr("{n} transboundary habitat part(s) along shared borders.").format(
                    n=len(habitats)
                )
            )
        return results


def _area_source(source: str, countries) -> str:
    """The log line saying where the candidates' areas per country come from."""
    if source == SOURCE_SHARES:
        return tr(
            "Areas per country from the planning units' country_shares field (measured on the "
            "borders the units were built with; a unit across a border counts in each country)."
        )
    if source == SOURCE_BORDERS:
        return tr(
            "Areas per country measured on the border layer '{layer}': the planning units have "
            "no country_shares field. Rebuild them with Build planning units to keep the "
            "borders and the sites' own ISO3 codes they were built with."
        ).format(layer=countries.name if countries is not None else "")
    return tr(
        "Areas per country from the planning units' country field: each unit counts wholly in "
        "one country, so areas near a border are approximate. Rebuild the units with Build "
        "planning units (field country_shares) or choose a border layer that covers them."
    )
