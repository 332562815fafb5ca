"""``cmsconnectivity:connectivity`` (PC, IIC, EC and per-site dPC) and
``cmsconnectivity:protconn`` (ProtConn with its fractions, per country and distance).

Thin adapters: layers -> :class:`VectorTable` / :class:`Sites` -> ``core.connectivity`` ->
feature sinks. Every parameter that changes a result goes into the output layers' metadata
(abstract and keywords), into the log, and, for ProtConn, into the table's columns.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.connectivity.graph import GraphParams
from ...core.connectivity.indices import analyse_sites
from ...core.connectivity.protconn import (
    TARGET_PERCENT,
    ProtConnParams,
    protconn,
    protconn_series,
)
from ...core.crs import WGS84, transform
from ...core.errors import CancelledError, InputError
from ...core.i18n import localized
from ...core.sites import DEFAULT_STATUSES, prepare_sites
from ...qgis_io.i18n import tr
from ...qgis_io.layers import crs_definition, table_from_layer
from ...qgis_io.postprocess import Description, finish_output, parameter_text
from ...qgis_io.run import read_countries
from ...qgis_io.sinks import rows_to_columns, write_table
from .base import CmsAlgorithm, core_errors

DISTANCE_TYPES = ("edge", "centroid")


def _progress(feedback, start: float, end: float):
    def report(fraction: float) -> None:
        if feedback.isCanceled():
            raise CancelledError(tr("Cancelled by the user; nothing was written."))
        feedback.setProgress(start + (end - start) * fraction)

    return report


def _optional_km(algorithm, parameters, key, context) -> float | None:
    value = parameters.get(key)
    if value in (None, ""):
        return None
    number = algorithm.parameterAsDouble(parameters, key, context)
    return None if number <= 0 else number * 1000.0


# --------------------------------------------------------------------------- connectivity


class ConnectivityIndicesAlgorithm(CmsAlgorithm):
    ALG_ID = "connectivity"
    GROUP_ID = "connectivity"

    INPUT = "INPUT"
    ATTRIBUTE = "ATTRIBUTE"
    DISTANCE_TYPE = "DISTANCE_TYPE"
    DISPERSAL_KM = "DISPERSAL_KM"
    PROBABILITY = "PROBABILITY"
    CUTOFF = "CUTOFF"
    PIJ_MIN = "PIJ_MIN"
    IIC_DISTANCE = "IIC_DISTANCE"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    IMPORTANCE = "IMPORTANCE"
    TOLERANCE = "TOLERANCE"
    CRS = "CRS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return tr("Connectivity indices and site importance (PC, IIC, dPC)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "How well connected is a network of sites, and which sites matter most? The "
            "sites become a graph: two sites are linked when they are close enough, and an "
            "animal leaving one reaches the other with probability p^(distance / d), where d "
            "is the species' median dispersal distance (half of the dispersers go farther) "
            "and p is 0.5. Chains of stepping stones count: the best path between two sites "
            "is used.\n\n"
            "Results (as Conefor computes them): PC, the probability that two random points "
            "of the landscape are in connected habitat; EC, the equivalent connected area "
            "(km2): the area of one single site that would offer the same connectivity; the "
            "share of it inside sites (intra), via direct links (direct) and thanks to "
            "stepping stones (step); IIC, the same with simple yes/no links.\n\n"
            "Each site gets dPC: the percentage of connectivity lost if it disappeared, "
            "split into its own area (dPCintra), its links with other sites (dPCflux) and "
            "its role as a stepping stone between other sites (dPCconnector). High "
            "dPCconnector sites hold the network together even when small.\n\n"
            "Distances are edge-to-edge (or between centres of the largest part) in an "
            "equal-area CRS. Links with a probability below the pruning threshold (0.001: "
            "about 10 times d) or beyond the cut-off are dropped. Every parameter is stored "
            "in the output layer's metadata (Layer Properties > Metadata).\n\n"
            "Tolerance (advanced; 0 = exact, the default): lets each dPC and dPCconnector be "
            "off by at most the tolerance x 100 percentage points (1e-6: 0.0001 points) to "
            "skip recomputing very improbable long paths; the largest error bound actually "
            "achieved is written in the log. It pays only on large networks in one piece "
            "(about 3 times faster at 1e-6 for 5,000 sites; hardly at 1e-9)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Sites (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ATTRIBUTE,
                tr("Site attribute (empty: area in km2)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DISTANCE_TYPE,
                tr("Distance between sites"),
                [tr("Edge to edge"), tr("Between centres (largest part)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISPERSAL_KM,
                tr("Median dispersal distance d (km)"),
                QgsProcessingParameterNumber.Double,
                10.0,
                minValue=0.001,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PROBABILITY,
                tr("Dispersal probability at distance d"),
                QgsProcessingParameterNumber.Double,
                0.5,
                minValue=0.0001,
                maxValue=0.9999,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PIJ_MIN,
                tr("Drop links with a probability below (pij_min)"),
                QgsProcessingParameterNumber.Double,
                0.001,
                minValue=0.0,
                maxValue=0.9999,
            )
        )
        cutoff = QgsProcessingParameterNumber(
            self.CUTOFF,
            tr("Longest link (km, empty: set by pij_min)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        iic = QgsProcessingParameterNumber(
            self.IIC_DISTANCE,
            tr("IIC link distance (km, empty: d)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        area = QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA,
            tr("Landscape area A_L (km2, empty: PC and IIC not normalised)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        crs = QgsProcessingParameterCrs(
            self.CRS, tr("Equal-area CRS (empty: Lambert azimuthal equal-area)"), optional=True
        )
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE,
            tr("dPC tolerance (0: exact; 1e-6: each dPC within 0.0001 percentage points)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            optional=True,
            minValue=0.0,
            maxValue=0.01,
        )
        tolerance.setMetadata({"widget_wrapper": {"decimals": 12}})
        for advanced in (cutoff, iic, area, crs, tolerance):
            advanced.setFlags(advanced.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(advanced)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.IMPORTANCE, tr("Compute the importance of each site (dPC, dIIC)"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                tr("Sites with connectivity importance"),
                QgsProcessing.TypeVectorPolygon,
            )
        )
        for key, label in (
            ("PCNUM", tr("PCnum")),
            ("EC_PC", tr("EC(PC), km2 or attribute units")),
            ("PC", tr("PC (with a landscape area)")),
            ("PC_INTRA", tr("PCintra (%)")),
            ("PC_DIRECT", tr("PCdirect (%)")),
            ("PC_STEP", tr("PCstep (%)")),
            ("IICNUM", tr("IICnum")),
            ("EC_IIC", tr("EC(IIC)")),
            ("IIC", tr("IIC (with a landscape area)")),
            ("N_LINKS", tr("Links (PC)")),
            ("N_COMPONENTS", tr("Components (PC)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self._add_scheduler()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        field = self.parameterAsString(parameters, self.ATTRIBUTE, context) or None
        area = parameters.get(self.LANDSCAPE_AREA)
        area = (
            None
            if area in (None, "")
            else self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        )
        area = area if area and area > 0 else None
        iic = parameters.get(self.IIC_DISTANCE)
        iic = (
            None
            if iic in (None, "")
            else self.parameterAsDouble(parameters, self.IIC_DISTANCE, context) * 1000.0
        )
        params = GraphParams(
            distance=DISTANCE_TYPES[self.parameterAsEnum(parameters, self.DISTANCE_TYPE, context)],
            d=self.parameterAsDouble(parameters, self.DISPERSAL_KM, context) * 1000.0,
            p=self.parameterAsDouble(parameters, self.PROBABILITY, context),
            cutoff=_optional_km(self, parameters, self.CUTOFF, context),
            pij_min=self.parameterAsDouble(parameters, self.PIJ_MIN, context),
            iic_distance=iic,
        )
        tolerance = parameters.get(self.TOLERANCE)
        tolerance = (
            0.0
            if tolerance in (None, "")
            else self.parameterAsDouble(parameters, self.TOLERANCE, context)
        )
        with core_errors():
            table = table_from_layer(source, source.sourceName())
            feedback.setProgress(5)
            result, columns = analyse_sites(
                table,
                params,
                attribute_field=field,
                crs=crs_definition(self.parameterAsCrs(parameters, self.CRS, context)),
                landscape_area=area,
                importance=self.parameterAsBool(parameters, self.IMPORTANCE, context),
                should_cancel=feedback.isCanceled,
                progress=_progress(feedback, 10, 95),
                tolerance=tolerance,
            )
        o = result.overall
        summary = [
            tr("{n} sites, {links} links (PC), {comp} components.").format(
                n=o.n_nodes, links=o.n_pc_links, comp=o.n_pc_components
            ),
            localized(
                tr(
                    "PCnum {pcnum:.6g}; EC(PC) {ec:.6g}; intra {intra:.2f} %, direct {direct:.2f} "
                    "%, "
                    "step {step:.2f} %."
                ),
                pcnum=o.pcnum,
                ec=o.ec_pc,
                intra=o.pc_intra,
                direct=o.pc_direct,
                step=o.pc_step,
            ),
            localized(tr("IICnum {num:.6g}; EC(IIC) {ec:.6g}."), num=o.iicnum, ec=o.ec_iic),
        ]
        if o.pc is not None:
            summary.append(
                localized(
                    tr("PC {pc:.6g}; IIC {iic:.6g} (A_L = {area:g} km2)."),
                    pc=o.pc,
                    iic=o.iic,
                    area=o.landscape_area,
                )
            )
        if tolerance > 0:
            for metric, imp in result.importance.items():
                summary.append(
                    localized(
                        tr(
                            "d{metric} with tolerance {tol:g}: largest error bound achieved "
                            "{bound:.3g} percentage points (allowed {allowed:.3g})."
                        ),
                        metric=metric,
                        tol=tolerance,
                        bound=float(imp.d_max_error.max(initial=0.0)),
                        allowed=100.0 * tolerance,
                    )
                )
        for line in summary:
            feedback.pushInfo(line)
        feedback.pushInfo(
            tr("Parameters: {params}").format(
                params="; ".join(f"{k} = {parameter_text(v)}" for k, v in result.params.items())
            )
        )
        # Output: the input fields (minus any that the new columns replace) plus the results.
        new_names = {name.lower() for name in columns}
        out = {
            name: values for name, values in table.columns.items() if name.lower() not in new_names
        }
        importance = self.parameterAsBool(parameters, self.IMPORTANCE, context)
        dest = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            {**out, **columns},
            table.geometry,
            table.crs,
            QgsWkbTypes.MultiPolygon,
            known={f.name(): f for f in source.fields() if f.name() in out},
        )
        finish_output(
            context,
            dest,
            "site_importance" if importance else None,
            Description.of_parameters(
                tr("Connectivity importance of sites"), summary, result.params
            ),
            feedback,
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT: dest,
            "PCNUM": o.pcnum,
            "EC_PC": o.ec_pc,
            "PC": o.pc,
            "PC_INTRA": o.pc_intra,
            "PC_DIRECT": o.pc_direct,
            "PC_STEP": o.pc_step,
            "IICNUM": o.iicnum,
            "EC_IIC": o.ec_iic,
            "IIC": o.iic,
            "N_LINKS": o.n_pc_links,
            "N_COMPONENTS": o.n_pc_components,
        }


# --------------------------------------------------------------------------- ProtConn

ROW_FIELDS = [
    "iso3",
    "name",
    "year",
    "distance_km",
    "probability",
    "pij_min",
    "cutoff_km",
    "transboundary_km",
    "distance_type",
    "area_km2",
    "protected_km2",
    "n_sites",
    "n_pa_nodes",
    "n_foreign_nodes",
    "dropped_overseas_parts",
    "EC_km2",
    "ProtConn",
    "Prot",
    "ProtUnconn",
    "RelConn",
    "Unprotected",
    "ProtConn_Bound",
    "ProtConn_Prot",
    "ProtConn_Trans",
    "ProtConn_Unprot",
    "ProtConn_Within",
    "ProtConn_Contig",
    "ProtConn_Prot_land",
    "ProtConn_Trans_land",
    "ProtConn_Unprot_land",
    "ProtConn_Within_land",
    "ProtConn_Contig_land",
    "target",
    "meets_target",
    "crs",
]
NEIGHBOUR_FIELDS = [
    "iso3",
    "year",
    "distance_km",
    "neighbour",
    "n_nodes",
    "foreign_km2",
    "trans_loss_land",
    "trans_share_land",
    "trans_share",
    "share_method",
]
NODE_FIELDS = [
    "iso3",
    "year",
    "distance_km",
    "kind",
    "neighbour",
    "site_ids",
    "area_km2",
    "attribute_km2",
    "dProtConn",
    "varProtConn",
    "dPC",
    "dPCintra",
    "dPCflux",
    "dPCconnector",
]
SERIES_FIELDS = [
    "iso3",
    "year",
    "distance_km",
    "ProtConn",
    "Prot",
    "ProtConn_Bound",
    "ProtConn_Trans",
    "n_pa_nodes",
    "target",
    "meets_target",
]


def _numbers(text: str, what: str) -> list[float]:
    out = []
    for token in text.replace(";", ",").split(","):
        token = token.strip()
        if not token:
            continue
        try:
            value = float(token)
        except ValueError:
            raise InputError(
                tr("'{token}' in the {what} is not a number: write e.g. 1, 10, 100.").format(
                    token=token, what=what
                )
            ) from None
        if not value > 0:
            raise InputError(
                tr("The {what} must be positive numbers (got {token}).").format(
                    what=what, token=token
                )
            )
        out.append(value)
    return out


def _bound_text(value) -> str:
    return "-" if value is None else f"{value:.2f} %"


class ProtConnAlgorithm(CmsAlgorithm):
    ALG_ID = "protconn"
    GROUP_ID = "connectivity"

    INPUT = "INPUT"
    INCLUDE_PROPOSED = "INCLUDE_PROPOSED"
    INCLUDE_MAB = "INCLUDE_MAB"
    BORDERS = "BORDERS"
    COUNTRIES = "COUNTRIES"
    DISPERSAL_KM = "DISPERSAL_KM"
    PROBABILITY = "PROBABILITY"
    PIJ_MIN = "PIJ_MIN"
    CUTOFF = "CUTOFF"
    BUFFER = "BUFFER"
    YEAR = "YEAR"
    OUTPUT = "OUTPUT"
    NEIGHBOURS = "NEIGHBOURS"
    NODES = "NODES"
    SERIES = "SERIES"

    def displayName(self) -> str:  # noqa: N802
        return tr("ProtConn: protected and connected land (GBF Target 3)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "ProtConn is the percentage of a country's land that is protected and connected "
            "(Saura et al. 2017, 2018), the indicator of GBF Target 3 (30 % by 2030), "
            "computed here as the JRC DOPA computes it.\n\n"
            "Protected areas: a WDPA download (polygons and points) or any site layer. WDPA "
            "layers are filtered as DOPA does: designated, inscribed and established sites; "
            "UNESCO-MAB Biosphere Reserves left out; points drawn as circles of their "
            "reported area; overlaps dissolved.\n\n"
            "Countries: ISO3 codes (e.g. BFA,NER,MLI) in QGIS's world map or your border "
            "layer. Protected areas in neighbouring countries within the transboundary "
            "buffer count as stepping stones (they help movement between your country's "
            "protected areas but add no area).\n\n"
            "Results per country and dispersal distance (1, 10 and 100 km as in DOPA): "
            "ProtConn, Prot (coverage), ProtUnconn, RelConn, ProtConn[Bound] (corrected for "
            "islands and borders), and where the connectivity comes from: [Prot] movement "
            "inside protected land ([Within] single sites, [Contig] adjacent sites), [Unprot] "
            "across unprotected land, [Trans] through foreign protected areas, in % of "
            "ProtConn and (the _land columns) in % of the country. The neighbours table says "
            "which neighbour supplies how much of [Trans]. Optional: each protected area's "
            "dProtConn (connectivity lost without it) and a time series by designation year "
            "(STATUS_YR) against the 30 % line. Every parameter is in the table columns and "
            "the layers' metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT,
                tr("Protected areas (WDPA polygons and points, or any site layer)"),
                QgsProcessing.TypeVectorAnyGeometry,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.COUNTRIES, tr("Country ISO3 codes (comma separated)"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BORDERS,
                tr("Border layer (empty: QGIS's world map)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DISPERSAL_KM, tr("Median dispersal distances (km)"), "1, 10, 100"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BUFFER,
                tr("Transboundary buffer (km)"),
                QgsProcessingParameterNumber.Double,
                100.0,
                minValue=0.0,
            )
        )
        probability = QgsProcessingParameterNumber(
            self.PROBABILITY,
            tr("Dispersal probability at the median distance"),
            QgsProcessingParameterNumber.Double,
            0.5,
            minValue=0.0001,
            maxValue=0.9999,
        )
        pij = QgsProcessingParameterNumber(
            self.PIJ_MIN,
            tr("Drop links with a probability below (pij_min)"),
            QgsProcessingParameterNumber.Double,
            0.001,
            minValue=0.0,
            maxValue=0.9999,
        )
        cutoff = QgsProcessingParameterNumber(
            self.CUTOFF,
            tr("Longest link (km, empty: set by pij_min)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        proposed = QgsProcessingParameterBoolean(
            self.INCLUDE_PROPOSED, tr("Include proposed sites (WDPA)"), False
        )
        mab = QgsProcessingParameterBoolean(
            self.INCLUDE_MAB, tr("Include UNESCO-MAB Biosphere Reserves"), False
        )
        for advanced in (probability, pij, cutoff, proposed, mab):
            advanced.setFlags(advanced.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(advanced)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                tr("Snapshot year (optional: sites designated by then)"),
                QgsProcessingParameterNumber.Integer,
                None,
                True,
                1800,
                2200,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("ProtConn"), QgsProcessing.TypeVector)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NEIGHBOURS, tr("ProtConn[Trans] by neighbour"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NODES,
                tr("Protected areas with dProtConn"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SERIES,
                tr("ProtConn by year (time series)"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PROTCONN", tr("ProtConn of the first row")))
        self.addOutput(QgsProcessingOutputNumber("PROT", tr("Prot of the first row")))
        self._add_scheduler()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        border = self.parameterAsVectorLayer(parameters, self.BORDERS, context)
        year = parameters.get(self.YEAR)
        year = None if year in (None, "") else self.parameterAsInt(parameters, self.YEAR, context)
        statuses = list(DEFAULT_STATUSES)
        if self.parameterAsBool(parameters, self.INCLUDE_PROPOSED, context):
            statuses.append("Proposed")
        want_nodes = bool(self.parameterAsOutputLayer(parameters, self.NODES, context))
        want_series = bool(self.parameterAsOutputLayer(parameters, self.SERIES, context))
        with core_errors():
            if not layers:
                raise InputError(
                    tr("No protected-area layer was given: choose the WDPA or a site layer.")
                )
            codes = [
                c.strip().upper()
                for c in self.parameterAsString(parameters, self.COUNTRIES, context)
                .replace(";", ",")
                .split(",")
                if c.strip()
            ]
            params = ProtConnParams(
                distances_m=tuple(
                    d * 1000.0
                    for d in _numbers(
                        self.parameterAsString(parameters, self.DISPERSAL_KM, context),
                        tr("dispersal distances"),
                    )
                ),
                probability=self.parameterAsDouble(parameters, self.PROBABILITY, context),
                pij_min=self.parameterAsDouble(parameters, self.PIJ_MIN, context),
                cutoff_m=_optional_km(self, parameters, self.CUTOFF, context),
                transboundary_m=self.parameterAsDouble(parameters, self.BUFFER, context) * 1000.0,
                importance=want_nodes,
            ).validate()
            tables = [table_from_layer(layer) for layer in layers]
            sites = prepare_sites(
                tables,
                statuses=statuses,
                include_mab=self.parameterAsBool(parameters, self.INCLUDE_MAB, context),
            )
            for line in sites.report.lines():
                feedback.pushInfo(line)
            for warning in sites.report.warnings:
                feedback.reportError(warning, False)
            countries = read_countries(border)
            feedback.setProgress(15)
            if feedback.isCanceled():
                raise CancelledError(tr("Cancelled by the user; nothing was written."))
            # The core reports every stage (a continent takes minutes); the same callback
            # stops it when the user cancels.
            split = 60 if want_series else 95
            result = protconn(
                sites,
                countries,
                codes,
                params,
                year=year,
                progress=_progress(feedback, 15, split),
                should_cancel=feedback.isCanceled,
            )
            series = []
            if want_series:
                series = protconn_series(
                    sites,
                    countries,
                    codes,
                    params,
                    progress=_progress(feedback, split, 95),
                    should_cancel=feedback.isCanceled,
                )
        for note in result.notes:
            feedback.reportError(note, False)
        for row in result.rows:
            feedback.pushInfo(
                localized(
                    tr(
                        "{iso3}, d = {d:g} km: ProtConn {pc:.2f} % of {area:,.0f} km2 (Prot "
                        "{prot:.2f} "
                        "%, ProtConn[Bound] {bound}); [Prot] {p:.1f} %, [Trans] {t:.1f} %, "
                        "[Unprot] "
                        "{u:.1f} % of ProtConn; target {target:g} % {met}."
                    ),
                    iso3=row["iso3"],
                    d=row["distance_km"],
                    pc=row["ProtConn"],
                    area=row["area_km2"],
                    prot=row["Prot"],
                    bound=_bound_text(row["ProtConn_Bound"]),
                    p=row["ProtConn_Prot"],
                    t=row["ProtConn_Trans"],
                    u=row["ProtConn_Unprot"],
                    target=TARGET_PERCENT,
                    met=tr("met") if row["meets_target"] else tr("not met"),
                )
            )
        record = dict(result.params)
        record["statuses"] = statuses
        record["include_mab"] = self.parameterAsBool(parameters, self.INCLUDE_MAB, context)
        abstract = [tr("ProtConn (Saura et al. 2017, 2018) as the JRC DOPA computes it.")]
        outputs = {}
        typed = {
            "year": QgsField("year", QVariant.LongLong),
            "cutoff_km": QgsField("cutoff_km", QVariant.Double),
            "ProtConn_Bound": QgsField("ProtConn_Bound", QVariant.Double),
        }
        tables = {
            self.OUTPUT: (result.rows, ROW_FIELDS),
            self.NEIGHBOURS: (result.neighbours, NEIGHBOUR_FIELDS),
        }
        if want_series:
            tables[self.SERIES] = (series, SERIES_FIELDS)
        for key, (rows, names) in tables.items():
            outputs[key] = write_table(
                self, parameters, context, key, rows_to_columns(rows, names), None, WGS84,
                QgsWkbTypes.NoGeometry, known=typed,
            )  # fmt: skip
        if want_nodes:
            outputs[self.NODES] = write_table(
                self,
                parameters,
                context,
                self.NODES,
                rows_to_columns(result.nodes, NODE_FIELDS),
                _node_geometry(result.nodes),
                WGS84,
                QgsWkbTypes.MultiPolygon,
                known=typed,
            )
        for key, dest in outputs.items():
            description = Description.of_parameters(f"ProtConn ({key.lower()})", abstract, record)
            finish_output(context, dest, None, description, feedback)
        feedback.setProgress(100)
        first = result.rows[0] if result.rows else {}
        outputs["PROTCONN"] = first.get("ProtConn")
        outputs["PROT"] = first.get("Prot")
        return outputs


def _node_geometry(nodes: list[dict]) -> np.ndarray:
    """The nodes' geometries in WGS84: one transformation per CRS (one per country)."""
    geoms = np.empty(len(nodes), dtype=object)
    crs_of = np.array([row["crs"] for row in nodes], dtype=object)
    for crs in dict.fromkeys(crs_of):
        rows = np.flatnonzero(crs_of == crs)
        src = np.array([nodes[k]["geometry"] for k in rows], dtype=object)
        geoms[rows] = transform(src, crs, WGS84)
    return geoms
