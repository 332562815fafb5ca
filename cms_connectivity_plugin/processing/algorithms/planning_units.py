"""``cmsconnectivity:planningunits``: build the planning units of a study area.

Thin adapter: parameters -> plain data (:class:`VectorTable`, shapely arrays, a raster path)
-> :func:`core.planning_units.build_planning_units` -> a feature sink and a Marxan-style
boundary CSV.
"""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import defaults
from ...core.borders import build_study_area
from ...core.costs import CostSpec
from ...core.countries import country_codes
from ...core.crs import transform
from ...core.errors import CancelledError, InputError
from ...core.i18n import localized
from ...core.planning_units import (
    KINDS,
    LAYER_EDGE_TOLERANCE_M,
    SHARES_FIELD,
    build_planning_units,
    countries_in_area,
    format_country_shares,
    missing_sites_warning,
    outside_countries_messages,
    require_metric_crs,
    site_countries_message,
    study_area_from_table,
    write_boundary_csv,
)
from ...core.vector import POLYGONAL, repair, require_crs, require_geometry
from ...qgis_io.i18n import tr
from ...qgis_io.layers import crs_definition, table_from_layer
from ...qgis_io.postprocess import style_output
from ...qgis_io.run import read_countries
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm, core_errors


def _polygons_in(source, crs: str, name: list[str] | None = None) -> np.ndarray:
    """The repaired polygons of a layer or feature source, in ``crs`` (its name appended to
    ``name`` when given)."""
    table = table_from_layer(source)
    require_crs(table)
    require_geometry(table, POLYGONAL, tr("polygons"))
    table, _ = repair(table)
    geoms = table.geometry[~shapely.is_missing(table.geometry)]
    if name is not None:
        name.append(table.name)
    return np.asarray(transform(geoms, table.crs, crs), dtype=object)


class BuildPlanningUnitsAlgorithm(CmsAlgorithm):
    ALG_ID = "planningunits"
    GROUP_ID = "inputs"

    COUNTRIES = "COUNTRIES"
    BORDERS = "BORDERS"
    STUDY_AREA = "STUDY_AREA"
    GRID_TYPE = "GRID_TYPE"
    CELL_AREA = "CELL_AREA"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    COST_RASTER = "COST_RASTER"
    COST_FIELD = "COST_FIELD"
    MISSING_COST = "MISSING_COST"
    PROTECTED = "PROTECTED"
    LOCK_IN = "LOCK_IN"
    LOCK_IN_LAYERS = "LOCK_IN_LAYERS"
    LOCK_OUT_LAYERS = "LOCK_OUT_LAYERS"
    LOCK_OUT = "LOCK_OUT"
    EDGE_TOLERANCE = "EDGE_TOLERANCE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    BOUNDARY = "BOUNDARY"

    def displayName(self) -> str:  # noqa: N802
        return tr("Build planning units")

    def shortHelpString(self) -> str:  # noqa: N802
        return (
            tr(
                "Cuts the study area into planning units: the pieces of land the plan chooses "
                "from.\n\n"
                "Study area: ISO3 codes of countries separated by commas (e.g. BEL,LUX; borders "
                "from QGIS's world map unless you choose a border layer), or a polygon layer "
                "(which then wins over the codes).\n\n"
                "Units: hexagons (the usual choice) or squares of the given area in km2, or the "
                "polygons of a layer such as protected sites or parcels (one unit per feature; "
                "give an id field to keep your own ids). Units are cut at the study-area edge; "
                "units outside it are left out.\n\n"
                "Cost (what the plan tries to keep low): the unit's area by default; or a numeric "
                "field of the unit layer; or the mean of a cost raster (e.g. land price or human "
                "footprint) over each unit, in any CRS.\n\n"
                "Protected areas: units covered at least to the lock-in threshold (0.5 = half) "
                "are locked into the plan.\n\n"
                "Also keep in the network (optional): polygon layers of places that must be in "
                "the network though not yet protected (agreed sites); units covered at least to "
                "the lock-in threshold are locked in too. Keep out of the network (optional): "
                "polygon layers of places the network must avoid (cities, mining concessions, "
                "infrastructure); units covered at least to the lock-out threshold are locked out "
                "and never selected. A unit both locked in and locked out stops the run.\n\n"
                "Output: one feature per unit with unit_id, area_km2, cost, country, "
                "protected_share, lockin_share and lockout_share (shares covered by the layers to "
                "keep in and to keep out), locked_in, locked_out and exposed_km (edge on the "
                "study-area boundary); "
                "optionally a boundary table (CSV, Marxan bound.dat style: id1,id2,boundary in km, "
                "outer edges as rows with id1 = id2) for compact plans. All areas are measured in "
                "an equal-area CRS centred on the study area unless you choose one."
            )
            + "\n\n"
            + tr(
                "Countries: country is the ISO3 code of the country holding most of the unit; "
                "country_shares lists the unit's km2 in every country it lies in, largest first "
                "(e.g. ESP:268.1;PRT:12), so TFCA candidates count a unit across a border in each "
                "country. A unit outside every country (at sea) has both empty, and the log says "
                "how many there are. Units from a layer with an ISO3 field (as the WDPA's) holding "
                "one code lie wholly in that country, whatever coarser borders say; a site with "
                "several codes (ESP;PRT) follows the borders."
            )
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterString(
                self.COUNTRIES,
                tr("Countries (ISO3 codes, comma separated)"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BORDERS,
                tr("Country borders (default: QGIS world map)"),
                polygons,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA,
                tr("Study area polygon (instead of countries)"),
                polygons,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GRID_TYPE,
                tr("Planning units"),
                [tr("Hexagons"), tr("Squares"), tr("Polygons of a layer (sites, parcels...)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL_AREA,
                tr("Hexagon or square area (km2)"),
                QgsProcessingParameterNumber.Double,
                100.0,
                False,
                0.0001,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS, tr("Unit layer (for polygons of a layer)"), polygons, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.UNIT_ID,
                tr("Unit id field (default: feature id)"),
                parentLayerParameterName=self.UNITS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.COST_RASTER, tr("Cost raster (mean per unit)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COST_FIELD,
                tr("Cost field of the unit layer"),
                parentLayerParameterName=self.UNITS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        missing = QgsProcessingParameterEnum(
            self.MISSING_COST,
            tr("Units without raster cost"),
            [tr("Stop with an error"), tr("Give them the mean cost of the other units")],
            defaultValue=0,
        )
        self.addParameter(missing)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PROTECTED, tr("Existing protected areas"), polygons, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LOCK_IN,
                tr("Lock-in threshold (share of a unit protected or to keep in, 0-1)"),
                QgsProcessingParameterNumber.Double,
                defaults.LOCK_IN,
                False,
                0.0,
                1.0,
            )
        )
        for key, label in (
            (self.LOCK_IN_LAYERS, tr("Also keep in the network (locked in)")),
            (self.LOCK_OUT_LAYERS, tr("Keep out of the network (locked out)")),
        ):
            self.addParameter(
                QgsProcessingParameterMultipleLayers(
                    key, label, QgsProcessing.TypeVectorPolygon, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LOCK_OUT,
                tr("Lock-out threshold (share of a unit covered by areas to keep out, 0-1)"),
                QgsProcessingParameterNumber.Double,
                defaults.LOCK_OUT,
                False,
                0.0,
                1.0,
            )
        )
        tolerance = QgsProcessingParameterNumber(
            self.EDGE_TOLERANCE,
            tr("Edge tolerance for units of a layer (m)"),
            QgsProcessingParameterNumber.Double,
            LAYER_EDGE_TOLERANCE_M,
            False,
            0.0,
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS,
                tr("CRS of the units (default: equal-area, centred on the study area)"),
                optional=True,
            )
        )
        for parameter in (missing, tolerance):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(tolerance)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Planning units"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.BOUNDARY,
                tr("Boundary table (CSV)"),
                tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("UNIT_COUNT", tr("Number of planning units")))

    # ------------------------------------------------------------------------------------

    def _study_area(self, parameters, context, feedback, target: str | None):
        """(area, crs, countries, codes) from the polygon layer or the country codes."""
        codes = country_codes(self.parameterAsString(parameters, self.COUNTRIES, context) or "")
        source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        borders = self.parameterAsSource(parameters, self.BORDERS, context)
        if source is not None:
            if codes:
                feedback.pushInfo(
                    tr(
                        "A study-area layer is given: the country codes {codes} are not used."
                    ).format(codes=",".join(codes))
                )
            area, crs = study_area_from_table(table_from_layer(source), target)
            countries, found = countries_in_area(read_countries(borders), area, crs)
            return area, crs, countries, found
        if not codes:
            raise InputError(
                tr(
                    "No study area: give ISO3 country codes (e.g. BEL,LUX) or choose a "
                    "study-area polygon layer."
                )
            )
        study = build_study_area(read_countries(borders), codes)
        if study.dropped_parts:
            feedback.pushInfo(
                tr("{n} far overseas part(s) of the countries were left out.").format(
                    n=study.dropped_parts
                )
            )
        crs = target or study.crs
        require_metric_crs(crs, tr("the planning units"))
        area = transform(np.array([study.geometry], dtype=object), study.crs, crs)[0]
        return area, crs, transform(study.countries, study.crs, crs), study.codes

    def _protected(self, parameters, context, crs: str, area, warnings: list[str]):
        """The protected areas in ``crs`` (None: no layer); a warning appended to
        ``warnings`` when none of them overlaps ``area``."""
        source = self.parameterAsSource(parameters, self.PROTECTED, context)
        if source is None:
            return None
        name: list[str] = []
        polygons = _polygons_in(source, crs, name)
        warning = missing_sites_warning(polygons, area, name[0], "protected")
        if warning:
            warnings.append(warning)
        return polygons

    def _lock_layers(
        self, parameters, context, key: str, crs: str, area=None, warnings=None
    ) -> np.ndarray | None:
        """The polygons of every layer given for ``key``, in ``crs`` (None: no layer); with
        ``area``, a warning appended to ``warnings`` for each layer that misses it."""
        layers = self.parameterAsLayerList(parameters, key, context) or []
        if not layers:
            return None
        parts = []
        for layer in layers:
            name: list[str] = []
            polygons = _polygons_in(layer, crs, name)
            if area is not None and warnings is not None:
                warning = missing_sites_warning(polygons, area, name[0], "lock_in")
                if warning:
                    warnings.append(warning)
            parts.append(polygons)
        return np.concatenate(parts)

    def _cost(self, parameters, context) -> CostSpec:
        raster = self.parameterAsRasterLayer(parameters, self.COST_RASTER, context)
        field = (self.parameterAsString(parameters, self.COST_FIELD, context) or "").strip()
        if raster is not None and field:
            raise InputError(
                tr(
                    "Both a cost raster and a cost field are given: choose one of them (or "
                    "neither, for cost = area)."
                )
            )
        if raster is not None:
            path = raster.source().split("|")[0]
            missing = ("error", "mean")[
                self.parameterAsEnum(parameters, self.MISSING_COST, context)
            ]
            return CostSpec.raster_mean(path, missing=missing)
        if field:
            return CostSpec.attribute(field)
        return CostSpec.area()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        def step(fraction: float, message: str) -> None:
            if feedback.isCanceled():
                raise CancelledError(tr("Cancelled by the user; nothing was written."))
            feedback.setProgress(100.0 * fraction)
            feedback.setProgressText(message)

        kind = KINDS[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        target = crs_definition(self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        with core_errors():
            step(0.0, tr("Building the study area"))
            area, crs, countries, codes = self._study_area(parameters, context, feedback, target)
            layer = None
            if kind == "layer":
                source = self.parameterAsSource(parameters, self.UNITS, context)
                if source is None:
                    raise InputError(
                        tr(
                            "Planning units from a layer need the unit layer: choose a polygon "
                            "layer (e.g. your sites) as unit layer."
                        )
                    )
                layer = table_from_layer(source)
            step(0.2, tr("Reading protected areas"))
            warnings: list[str] = []
            protected = self._protected(parameters, context, crs, area, warnings)
            lock_in = self._lock_layers(
                parameters, context, self.LOCK_IN_LAYERS, crs, area, warnings
            )
            for warning in warnings:
                feedback.pushWarning(warning)
            lock_out = self._lock_layers(parameters, context, self.LOCK_OUT_LAYERS, crs)
            cost = self._cost(parameters, context)
            step(0.3, tr("Building planning units"))
            id_field = (self.parameterAsString(parameters, self.UNIT_ID, context) or "").strip()
            units = build_planning_units(
                area,
                kind=kind,
                cell_area_km2=self.parameterAsDouble(parameters, self.CELL_AREA, context),
                layer=layer,
                id_field=id_field or None,
                countries=countries,
                country_codes=codes,
                protected=protected,
                crs=crs,
                cost=cost,
                lock_in_threshold=self.parameterAsDouble(parameters, self.LOCK_IN, context),
                lock_in=lock_in,
                lock_out=lock_out,
                lock_out_threshold=self.parameterAsDouble(parameters, self.LOCK_OUT, context),
                edge_tolerance_m=(
                    self.parameterAsDouble(parameters, self.EDGE_TOLERANCE, context)
                    if kind == "layer"
                    else None
                ),
            )
            step(0.9, tr("Writing the planning units"))
        if layer is not None and len(units) < len(layer):
            feedback.pushInfo(
                tr(
                    "{n} polygon(s) of '{layer}' lie outside the study area and were left out."
                ).format(n=len(layer) - len(units), layer=layer.name)
            )
        if layer is not None:
            note = site_countries_message(units, layer.name)
            if note:
                feedback.pushInfo(note)
        for note in outside_countries_messages(units):
            feedback.pushInfo(note)
        columns = {
            "unit_id": units.unit_id,
            "area_km2": np.round(units.area_km2, 6),
            "cost": units.cost,
            "country": units.country,
            SHARES_FIELD: format_country_shares(units.country_shares, units.country_codes),
            "protected_share": np.round(units.protected_share, 6),
            "lockin_share": np.round(units.lockin_share, 6),
            "lockout_share": np.round(units.lockout_share, 6),
            "locked_in": units.locked_in.astype(np.int64),
            "locked_out": units.locked_out.astype(np.int64),
            "exposed_km": np.round(units.boundary.exposed, 6),
        }
        dest = write_table(self, parameters, context, self.OUTPUT, columns, units.geometry, crs)
        style_output(context, dest, "planning_units")
        results = {self.OUTPUT: dest, "UNIT_COUNT": len(units)}
        boundary = self.parameterAsFileOutput(parameters, self.BOUNDARY, context)
        if boundary:
            try:
                write_boundary_csv(units, boundary)
            except OSError as exc:
                raise QgsProcessingException(
                    tr(
                        "The boundary table '{path}' cannot be written ({reason}): choose another "
                        "file."
                    ).format(path=boundary, reason=exc.strerror or exc)
                ) from None
            results[self.BOUNDARY] = boundary
        summary = localized(
            tr(
                "{n} planning units, {area:,.0f} km2; {locked} locked in, {locked_out} locked "
                "out; {pairs} neighbouring pairs."
            ),
            n=len(units),
            area=float(units.area_km2.sum()),
            locked=int(units.locked_in.sum()),
            locked_out=int(units.locked_out.sum()),
            pairs=len(units.boundary.i),
        )
        # The summary repeats the warnings: it is the line users read.
        notes = [tr("Warning: {message}").format(message=w) for w in warnings]
        feedback.pushInfo(" ".join([summary, *notes]))
        feedback.setProgress(100.0)
        return results
