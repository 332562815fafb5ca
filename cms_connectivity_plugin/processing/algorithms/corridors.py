"""``cmsconnectivity:corridors`` and ``cmsconnectivity:flywaynetwork``.

Thin adapters: layers and rasters -> ``core.connectivity.corridors`` / ``flyway`` -> sinks and
GeoTIFFs. Every parameter that changes the results is reported in the log, written into the
GeoTIFF metadata and into the abstract of each output layer loaded in the project.
"""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core.connectivity.corridors import corridors, read_resistance, write_geotiff
from ...core.connectivity.flyway import (
    DISTANCES,
    analyse_flyway,
    flyway_network,
    sites_from_tracks,
    sites_or_tracks,
)
from ...core.crs import WGS84
from ...core.errors import CancelledError, InputError
from ...core.i18n import localized
from ...core.tracks import read_movebank_csv
from ...core.vector import POLYGONAL, repair, require_crs, require_features, require_geometry
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer
from ...qgis_io.postprocess import Description, finish_output
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm

GROUP = "connectivity"


def _description(title: str, params: dict) -> Description:
    """The run's parameters, as the loaded layers' metadata (abstract and keywords)."""
    return Description.of_parameters(title, [title], params, separator=": ", text=str)


def _distance_in_km(params: dict) -> dict:
    """The core's parameters as the user gave them: the maximum distance in km."""
    shown = {}
    for key, value in params.items():
        if key == "max_distance":
            shown["max_distance_km"] = None if value is None else value / 1000.0
        else:
            shown[key] = value
    return shown


def _push_params(feedback, params: dict) -> None:
    feedback.pushInfo(tr("Parameters that shape these results:"))
    for key, value in params.items():
        feedback.pushInfo(f"  {key}: {value}")


class _ConnectivityAlgorithm(CmsAlgorithm):
    GROUP_ID = GROUP

    def _advanced(self, parameter) -> None:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)


class CorridorsAlgorithm(_ConnectivityAlgorithm):
    ALG_ID = "corridors"
    CORES = "CORES"
    CORE_ID = "CORE_ID"
    RESISTANCE = "RESISTANCE"
    BAND = "BAND"
    WIDTH = "WIDTH"
    K_NEAREST = "K_NEAREST"
    MAX_DISTANCE_KM = "MAX_DISTANCE_KM"
    MAX_COST = "MAX_COST"
    DROP_THROUGH = "DROP_THROUGH"
    CURRENT = "CURRENT"
    NEIGHBOURS = "NEIGHBOURS"
    OUTPUT = "OUTPUT"
    CORRIDORS = "CORRIDORS"
    POLYGONS = "POLYGONS"
    CURRENT_MAP = "CURRENT_MAP"

    def displayName(self) -> str:
        return tr("Least-cost corridors between core areas")

    def shortHelpString(self) -> str:
        return tr(
            "Maps where animals can move most easily between core areas (for example "
            "protected areas), as Linkage Mapper does (McRae & Kavanagh 2011).\n\n"
            "Resistance raster: the cost of crossing one metre of each cell (1 for the best "
            "habitat, higher for harder ground, nodata for impassable). It must be in a "
            "projected CRS in metres; warp a raster in degrees first (Raster > Projections > "
            "Warp). Costs are in resistance x metres: 1 km of resistance 1 costs 1,000.\n\n"
            "Pairs: each core is linked to its k nearest cores (by straight-line distance "
            "between edges; 0 links every pair) closer than the maximum distance (km; 0: "
            "no limit). Links costing more than the maximum cost distance, and links whose "
            "best route crosses a third core, are dropped (advanced options).\n\n"
            "Corridor width (cost units): a cell is in the corridor of cores A and B when the "
            "best route from A to B through it costs at most this much more than the best "
            "route overall (normalised least-cost corridor, CWD_A + CWD_B - LCD). Try 5 to "
            "20 times the cell size for resistance 1; a larger width gives wider corridors.\n\n"
            "Outputs: the least-cost path of every link with its length, cost (lcd), the "
            "cost-weighted distance to Euclidean distance ratio and the cores it links; a "
            "corridor raster (lowest value over all links, empty beyond the width); "
            "optionally corridor polygons. Current flow (optional, Circuitscape-style) runs "
            "an electric current from core to core inside each corridor: its raster shows "
            "pinch points, where movement funnels through a narrow gap, and each link gets "
            "its effective resistance.\n\n"
            "Pitfalls: large rasters take time (up to 1.5 s per core per 4 million cells); "
            "results depend entirely on the resistance values, which are expert judgements "
            "for one species."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CORES, tr("Core areas (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CORE_ID,
                tr("Core id field (empty: feature id)"),
                parentLayerParameterName=self.CORES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance raster"))
        )
        self.addParameter(
            QgsProcessingParameterBand(
                self.BAND, tr("Band"), 1, parentLayerParameterName=self.RESISTANCE, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.WIDTH,
                tr("Corridor width (cost units: resistance x metres)"),
                QgsProcessingParameterNumber.Double,
                10000.0,
                False,
                0.000001,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.K_NEAREST,
                tr("Link each core to its k nearest cores (0: all)"),
                QgsProcessingParameterNumber.Integer,
                3,
                False,
                0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_DISTANCE_KM,
                tr("Maximum distance between cores (km, 0: no limit)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                False,
                0.0,
            )
        )
        self._advanced(
            QgsProcessingParameterNumber(
                self.MAX_COST,
                tr("Maximum cost distance of a link (cost units, 0: no limit)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                False,
                0.0,
            )
        )
        self._advanced(
            QgsProcessingParameterBoolean(
                self.DROP_THROUGH, tr("Drop links whose path crosses another core"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CURRENT, tr("Current flow in the corridors (pinch points)"), False
            )
        )
        self._advanced(
            QgsProcessingParameterEnum(
                self.NEIGHBOURS,
                tr("Current flow between"),
                [tr("8 neighbouring cells"), tr("4 neighbouring cells")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Corridor links (least-cost paths)"), QgsProcessing.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.CORRIDORS, tr("Corridor raster"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.POLYGONS,
                tr("Corridor polygons"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.CURRENT_MAP,
                tr("Current density (pinch points)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("N_LINKS", tr("Corridor links")))

    def processAlgorithm(self, parameters, context, feedback):
        cores = self.parameterAsSource(parameters, self.CORES, context)
        raster = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        if cores is None or raster is None:
            raise QgsProcessingException(tr("Choose a core-area layer and a resistance raster."))
        id_field = self.parameterAsString(parameters, self.CORE_ID, context) or None
        k = self.parameterAsInt(parameters, self.K_NEAREST, context)
        # km for the user, metres in the core: converted here, once.
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE_KM, context) * 1000.0
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        current = self.parameterAsBoolean(parameters, self.CURRENT, context)
        want_polygons = bool(parameters.get(self.POLYGONS))

        def cancelled() -> bool:
            return feedback.isCanceled()

        try:
            table = table_from_layer(cores, cores.sourceName())
            require_crs(table)
            require_features(table)
            require_geometry(table, POLYGONAL, tr("polygons"))
            table, _ = repair(table)
            ids = table.column(id_field) if id_field else table.ids
            grid = read_resistance(
                raster.source().split("|")[0],
                self.parameterAsInt(parameters, self.BAND, context) or 1,
                name=raster.name(),
            )
            feedback.pushInfo(
                tr("Resistance raster '{name}': {rows} x {cols} cells.").format(
                    name=grid.name, rows=grid.shape[0], cols=grid.shape[1]
                )
            )
            result = corridors(
                grid,
                table.geometry,
                table.crs,
                ids,
                width=self.parameterAsDouble(parameters, self.WIDTH, context),
                k_nearest=k if k > 0 else None,
                max_distance=max_distance if max_distance > 0 else None,
                max_cost=max_cost if max_cost > 0 else None,
                drop_through_cores=self.parameterAsBoolean(parameters, self.DROP_THROUGH, context),
                polygons=want_polygons,
                current=current,
                eight_neighbours=self.parameterAsEnum(parameters, self.NEIGHBOURS, context) == 0,
                layer=table.name,
                progress=lambda f: feedback.setProgress(100.0 * f),
                cancelled=cancelled,
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        except CancelledError:
            raise QgsProcessingException(
                tr("Cancelled by the user; nothing was written.")
            ) from None
        params = _distance_in_km(result.params)
        _push_params(feedback, params)
        feedback.pushInfo(
            tr(
                "{links} links kept of {pairs} pairs considered ({unreachable} unreachable, "
                "{costly} over the maximum cost, {through} through another core)."
            ).format(
                links=len(result),
                pairs=params["pairs_considered"],
                unreachable=result.dropped["unreachable"],
                costly=result.dropped["over_max_cost"],
                through=result.dropped["through_core"],
            )
        )
        text = _description(tr("Least-cost corridors (cmsconnectivity:corridors)"), params)
        results = {"N_LINKS": len(result)}
        results[self.OUTPUT] = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            result.links,
            result.paths,
            result.crs,
            QgsWkbTypes.LineString,
        )
        finish_output(context, results[self.OUTPUT], "corridors", text, feedback)
        path = self.parameterAsOutputLayer(parameters, self.CORRIDORS, context)
        results[self.CORRIDORS] = write_geotiff(
            path, result.corridor, result.geotransform, result.crs, metadata=params
        )
        finish_output(context, path, None, text, feedback)
        if want_polygons:
            results[self.POLYGONS] = write_table(
                self,
                parameters,
                context,
                self.POLYGONS,
                result.polygons,
                result.polygon_geometry,
                result.crs,
                QgsWkbTypes.MultiPolygon,
            )
            finish_output(context, results[self.POLYGONS], None, text, feedback)
        current_path = self.parameterAsOutputLayer(parameters, self.CURRENT_MAP, context)
        if current_path and parameters.get(self.CURRENT_MAP):
            if result.current is None:
                feedback.reportError(
                    tr(
                        "No current-density raster: tick 'Current flow in the corridors' to "
                        "compute it."
                    ),
                    fatalError=False,
                )
            else:
                results[self.CURRENT_MAP] = write_geotiff(
                    current_path, result.current, result.geotransform, result.crs, metadata=params
                )
                finish_output(context, current_path, None, text, feedback)
        return results


class FlywayNetworkAlgorithm(_ConnectivityAlgorithm):
    ALG_ID = "flywaynetwork"
    SITES = "SITES"
    ROLE_FIELD = "ROLE_FIELD"
    ID_FIELD = "ID_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CSV = "CSV"
    RADIUS = "RADIUS"
    DURATION = "DURATION"
    MAX_HOP = "MAX_HOP"
    DISTANCE = "DISTANCE"
    MIN_PROGRESS = "MIN_PROGRESS"
    WEIGHTED = "WEIGHTED"
    PROTECTED = "PROTECTED"
    THRESHOLD = "THRESHOLD"
    NODES = "NODES"
    LINKS = "LINKS"

    def displayName(self) -> str:
        return tr("Flyway network and critical sites")

    def shortHelpString(self) -> str:
        return tr(
            "Links breeding, stopover and non-breeding sites into a migration network and "
            "finds the sites the flyway cannot lose: if a critical site disappears, some "
            "breeding sites can no longer reach any non-breeding site within the species' "
            "flight range (the stopover-network view of Runge et al. 2014 and Xu et al. "
            "2019).\n\n"
            "Input: a point or polygon layer of sites with a role field (breeding, stopover "
            "or passage, non-breeding or wintering; IUCN codes 2, 4, 3 work too; a field "
            "named role or season is found by itself), or GPS tracks (a Movebank CSV, or a "
            "layer of fixes with an individual id and a timestamp, one migration or several "
            "years): stopovers are found as in 'Tracks to stopover sites', and each bird's "
            "stays at the ends of its range give breeding and non-breeding sites.\n\n"
            "Maximum hop (km): the longest flight between two sites (storks about 300-500 km "
            "a day; waders up to thousands). Links only go towards the non-breeding end: "
            "along the line from the centre of the breeding sites to the centre of the "
            "non-breeding sites, the next site must be further on.\n\n"
            "Outputs: sites (points) with links in and out, whether each reaches a "
            "non-breeding site, routes (separate paths from a breeding site; 1 means a "
            "single site can cut it off), loss (breeding weight cut off if the site is "
            "lost; the weight field, e.g. birds, or 1 per site), critical (loss > 0), "
            "betweenness (share of shortest routes through the site) and, with protected "
            "areas, protected (at least the threshold share of the site covered; 50 % by "
            "default) and unprotected critical. Links: lines with their length.\n\n"
            "Pitfalls: tracks of a few birds show their routes, not the whole flyway; a "
            "hop that is too short leaves breeding sites unconnected, one that is too long "
            "makes no site critical."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                tr("Sites (points or polygons) with a role field"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ROLE_FIELD,
                tr("Role field (breeding / stopover / non-breeding; empty: detect)"),
                parentLayerParameterName=self.SITES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ID_FIELD,
                tr("Site id field (empty: feature id)"),
                parentLayerParameterName=self.SITES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD,
                tr("Weight field, e.g. birds (empty: 1 per site)"),
                parentLayerParameterName=self.SITES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.CSV,
                tr("...or a Movebank CSV of tracks (.csv or .csv.gz)"),
                optional=True,
                fileFilter=tr("CSV files (*.csv *.csv.gz *.gz *.txt);;All files (*.*)"),
            )
        )
        self._advanced(
            QgsProcessingParameterNumber(
                self.RADIUS,
                tr("Stopover radius for tracks (km)"),
                QgsProcessingParameterNumber.Double,
                10.0,
                False,
                0.01,
            )
        )
        self._advanced(
            QgsProcessingParameterNumber(
                self.DURATION,
                tr("Minimum stopover duration for tracks (h)"),
                QgsProcessingParameterNumber.Double,
                24.0,
                False,
                0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_HOP,
                tr("Maximum hop between sites (km)"),
                QgsProcessingParameterNumber.Double,
                400.0,
                False,
                0.001,
            )
        )
        self._advanced(
            QgsProcessingParameterEnum(
                self.DISTANCE,
                tr("Distance"),
                [tr("great-circle"), tr("equal-area (straight line in LAEA)")],
                defaultValue=0,
            )
        )
        self._advanced(
            QgsProcessingParameterNumber(
                self.MIN_PROGRESS,
                tr("Minimum progress per hop (km)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                False,
                0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.WEIGHTED, tr("Weight breeding sites by the weight field"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PROTECTED,
                tr("Protected areas"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self._advanced(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                tr("Share of a site covered to count as protected"),
                QgsProcessingParameterNumber.Double,
                0.5,
                False,
                0.001,
                1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NODES, tr("Flyway sites"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.LINKS, tr("Flyway links"), QgsProcessing.TypeVectorLine
            )
        )
        self.addOutput(QgsProcessingOutputNumber("N_CRITICAL", tr("Critical sites")))

    def _sites(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.SITES, context)
        path = self.parameterAsFile(parameters, self.CSV, context)
        if (source is None) == (not path):
            raise InputError(
                tr(
                    "Give either a site layer with a role field or a Movebank CSV of tracks "
                    "(one of the two)."
                )
            )
        if source is not None:
            table = table_from_layer(source, source.sourceName())
            sites, kind = sites_or_tracks(
                table,
                self.parameterAsString(parameters, self.ROLE_FIELD, context) or None,
                id_field=self.parameterAsString(parameters, self.ID_FIELD, context) or None,
                weight_field=self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None,
                radius_km=self.parameterAsDouble(parameters, self.RADIUS, context),
                min_duration_h=self.parameterAsDouble(parameters, self.DURATION, context),
            )
            if kind == "tracks":
                feedback.pushInfo(
                    tr(
                        "'{layer}' holds GPS fixes (an individual id and a timestamp, no role "
                        "field): its breeding, stopover and non-breeding sites are found from "
                        "the tracks."
                    ).format(layer=table.name)
                )
            return sites
        tracks = read_movebank_csv(path)
        feedback.pushInfo(
            tr("Read {n} fixes of {k} individuals from '{source}'.").format(
                n=len(tracks), k=len(tracks.individuals), source=tracks.source
            )
        )
        return sites_from_tracks(
            tracks,
            radius_km=self.parameterAsDouble(parameters, self.RADIUS, context),
            min_duration_h=self.parameterAsDouble(parameters, self.DURATION, context),
        )

    def processAlgorithm(self, parameters, context, feedback):
        try:
            sites = self._sites(parameters, context, feedback)
            network = flyway_network(
                sites,
                self.parameterAsDouble(parameters, self.MAX_HOP, context),
                distance=DISTANCES[self.parameterAsEnum(parameters, self.DISTANCE, context)],
                min_progress_km=self.parameterAsDouble(parameters, self.MIN_PROGRESS, context),
            )
            protected, protected_crs = None, None
            pa_source = self.parameterAsSource(parameters, self.PROTECTED, context)
            if pa_source is not None:
                pa = table_from_layer(pa_source, pa_source.sourceName())
                require_crs(pa)
                require_geometry(pa, POLYGONAL, tr("polygons"))
                pa, _ = repair(pa)
                protected = pa.geometry[~shapely.is_missing(pa.geometry)]
                protected_crs = pa.crs
            analysis = analyse_flyway(
                network,
                weighted=self.parameterAsBoolean(parameters, self.WEIGHTED, context),
                protected=protected,
                protected_crs=protected_crs,
                threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        summary = dict(analysis.summary)
        summary["source"] = sites.name
        _push_params(feedback, summary)
        critical = sites.site_id[analysis.critical]
        feedback.pushInfo(
            tr(
                "{connected} of {breeding} breeding sites reach a non-breeding site; "
                "{n} critical site(s): {ids}."
            ).format(
                connected=summary["breeding_connected"],
                breeding=summary["breeding_sites"],
                n=len(critical),
                ids=", ".join(critical.tolist()) or "-",
            )
        )
        if summary["breeding_connected"] < summary["breeding_sites"]:
            feedback.reportError(
                localized(
                    tr(
                        "Some breeding sites reach no non-breeding site within {hop:g} km hops: "
                        "increase the maximum hop or add the missing stopovers."
                    ),
                    hop=summary["max_hop_km"],
                ),
                fatalError=False,
            )
        text = _description(tr("Flyway network (cmsconnectivity:flywaynetwork)"), summary)
        nodes = write_table(
            self,
            parameters,
            context,
            self.NODES,
            analysis.node_columns(),
            shapely.points(sites.lon, sites.lat),
            WGS84,
            QgsWkbTypes.Point,
        )
        links = write_table(
            self,
            parameters,
            context,
            self.LINKS,
            analysis.link_columns(),
            np.asarray(analysis.link_geometry(), dtype=object),
            WGS84,
            QgsWkbTypes.LineString,
        )
        finish_output(context, nodes, None, text, feedback)
        finish_output(context, links, None, text, feedback)
        return {self.NODES: nodes, self.LINKS: links, "N_CRITICAL": int(analysis.critical.sum())}
