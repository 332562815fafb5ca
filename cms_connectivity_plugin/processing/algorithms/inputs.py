"""``cmsconnectivity:prepareranges`` and ``cmsconnectivity:preparesites``: the Inputs group.

Thin adapters: layers -> :class:`VectorTable` -> ``core.ranges`` / ``core.sites`` -> sinks.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ...core.errors import InputError
from ...core.i18n import localized
from ...core.ranges import (
    DEFAULT_ORIGIN,
    DEFAULT_PRESENCE,
    DEFAULT_SEASONAL,
    EBIRD_RANGE_LAYER,
    FieldMapping,
    is_prediction_area_layer,
    prepare_ranges,
    read_range_layers,
    species_outside,
    species_outside_warning,
)
from ...core.sites import DEFAULT_STATUSES, dissolve_sites, prepare_sites
from ...core.vector import VectorTable, require_crs
from ...qgis_io.i18n import tr
from ...qgis_io.layers import crs_definition, table_from_layer
from ...qgis_io.postprocess import style_output
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm


def _codes_text(codes: tuple[int, ...]) -> str:
    return ",".join(str(c) for c in codes)


def _report(feedback, lines: list[str], warnings: tuple[str, ...]) -> None:
    for line in lines:
        feedback.pushInfo(line)
    for message in warnings:
        feedback.reportError(message, fatalError=False)


def _is_file(path: str) -> bool:
    """True for a file on disk; False for a memory layer's definition or any other text."""
    try:
        return bool(path) and Path(path).is_file()
    except (OSError, ValueError):  # e.g. "MultiPolygon?crs=wkt:..." longer than a file name
        return False


def _sublayer_names(path: str) -> list[str]:
    """Names of the layers in the file at ``path`` (one for most formats).

    Read with GDAL, not with a QgsVectorLayer: this runs on the worker thread, and a QGIS
    OGR layer opened there waits for the provider's connection pool while the canvas draws
    the same GeoPackage on the main thread (a deadlock seen under load).
    """
    from osgeo import gdal  # GDAL's binding, shipped with QGIS

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            source = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        except RuntimeError:
            source = None
    finally:
        gdal.PopErrorHandler()
    if source is None:
        return []
    return [source.GetLayer(i).GetName() for i in range(source.GetLayerCount())]


def _range_tables(layer) -> tuple[list[VectorTable], list[str]]:
    """The tables to read from one input layer (or its snapshot), and notes on how.

    QGIS opens a GeoPackage given whole (a path without ``layername``) at its first layer,
    which in an eBird package may be the prediction area; such a package is read as its
    range and prediction-area layers, so the core keeps the range and says so. A layer
    taken from an eBird package keeps its GeoPackage layer name in the table's name, so a
    renamed prediction area is still recognised. Only the source text is used: the worker
    reads snapshots, and opens files itself.
    """
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", layer.source())
    path = str(parts.get("path") or "")
    if not _is_file(path):  # memory, database or web layers
        return [table_from_layer(layer)], []
    sublayer = parts.get("layerName") or None
    layer_id = parts.get("layerId")
    names = _sublayer_names(path) if sublayer is None else []
    if sublayer is None and isinstance(layer_id, int) and 0 <= layer_id < len(names):
        sublayer = names[layer_id]
    if sublayer is not None or len(names) < 2:
        name = layer.name()
        if sublayer and is_prediction_area_layer(sublayer) and not is_prediction_area_layer(name):
            name = f"{name}|layername={sublayer}"
        return [table_from_layer(layer, name)], []
    file = Path(path).name
    if not any(n.lower() == EBIRD_RANGE_LAYER for n in names):
        note = tr(
            "'{file}' holds {n} layers ({layers}) and only its first, '{layer}', was read: "
            "add the others as layers of their own to use them."
        ).format(file=file, n=len(names), layers=", ".join(f"'{n}'" for n in names), layer=names[0])
        return [table_from_layer(layer)], [note]
    wanted = [n for n in names if n.lower() == EBIRD_RANGE_LAYER or is_prediction_area_layer(n)]
    # GDAL again, not QgsVectorLayer, on this worker thread (see _sublayer_names).
    tables = [
        table
        for table in read_range_layers(path)
        if table.name.rpartition("|layername=")[2] in wanted
    ]
    note = tr(
        "'{file}' was given whole: its layers {layers} were read as an eBird Status & Trends "
        "range package."
    ).format(file=file, layers=", ".join(f"'{n}'" for n in wanted))
    return tables, [note]


class PrepareRangesAlgorithm(CmsAlgorithm):
    ALG_ID = "prepareranges"
    GROUP_ID = "inputs"

    INPUT = "INPUT"
    SPECIES_FIELD = "SPECIES_FIELD"
    PRESENCE_FIELD = "PRESENCE_FIELD"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    SEASONAL_FIELD = "SEASONAL_FIELD"
    PRESENCE = "PRESENCE"
    ORIGIN = "ORIGIN"
    SEASONAL = "SEASONAL"
    TARGET_CRS = "TARGET_CRS"
    STUDY_AREA = "STUDY_AREA"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return tr("Prepare species ranges")

    def shortHelpString(self) -> str:  # noqa: N802
        return (
            tr(
                "Turns species range maps into planning features: one polygon per species and "
                "season.\n\n"
                "Layers: one or several polygon layers, each with one species or many. The "
                "fields are recognised automatically for IUCN Red List (binomial, presence, "
                "origin, seasonal), BirdLife (SCINAME, PRESENCE, ORIGIN, SEASONAL), NatureServe "
                "(SCI_NAME, ORIGIN) and eBird Status & Trends (scientific_name, season) files. "
                "For any other layer, type the name of the species field (and, if the layer has "
                "them, the presence, origin and seasonal fields).\n\n"
                "Codes to keep follow the IUCN Red List: presence 1 extant, 2 probably extant "
                "(3 possibly extant, 4 possibly extinct, 5 extinct, 6 uncertain); origin 1 "
                "native, 2 reintroduced (3 introduced, 4 vagrant, 5 uncertain, 6 assisted "
                "colonisation); seasonal 1 resident, 2 breeding, 3 non-breeding, 4 passage "
                "(5 uncertain). Write them separated by commas, e.g. 1,2 or 1-4. A resident "
                "range counts in every season of its species.\n\n"
                "Invalid geometries are repaired; features with unknown codes are dropped and "
                "listed in the log. Give a study area to be warned about species that do not "
                "occur in it."
            )
            + "\n\n"
            + tr(
                "eBird Status & Trends range GeoPackages (from the ebirdst R package) hold a "
                "'range' layer and a 'prediction_area' layer. Give the whole file or its layers: "
                "only the range is used, because the prediction area shows where the model made "
                "predictions, not where the species occurs. The pre-breeding and post-breeding "
                "migration seasons become one passage feature per species (IUCN has one passage "
                "code); the log gives the areas of both and of the merged range."
            )
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, tr("Range layers"), QgsProcessing.TypeVectorPolygon
            )
        )
        for key, label in (
            (self.SPECIES_FIELD, tr("Species field (only if not recognised)")),
            (self.PRESENCE_FIELD, tr("Presence field (optional)")),
            (self.ORIGIN_FIELD, tr("Origin field (optional)")),
            (self.SEASONAL_FIELD, tr("Seasonal field (optional)")),
        ):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        for key, label, default in (
            (self.PRESENCE, tr("Presence codes to keep"), DEFAULT_PRESENCE),
            (self.ORIGIN, tr("Origin codes to keep"), DEFAULT_ORIGIN),
            (self.SEASONAL, tr("Seasonal codes to keep"), DEFAULT_SEASONAL),
        ):
            self.addParameter(QgsProcessingParameterString(key, label, _codes_text(default)))
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS, tr("Target CRS (default: the first layer's)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.STUDY_AREA,
                tr("Study area (optional, to warn about species outside it)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Species-season ranges"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("SPECIES", tr("Species")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Species-season features")))

    def _mapping(self, parameters, context) -> FieldMapping | None:
        names = [
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.SPECIES_FIELD, self.PRESENCE_FIELD, self.ORIGIN_FIELD)
            + (self.SEASONAL_FIELD,)
        ]
        if not any(names):
            return None
        species, presence, origin, seasonal = (name or None for name in names)
        return FieldMapping(species or "", presence, origin, seasonal)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        study_layer = self.parameterAsVectorLayer(parameters, self.STUDY_AREA, context)
        target = crs_definition(self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        try:
            if not layers:
                raise InputError(tr("No range layer was given: choose at least one polygon layer."))
            tables: list[VectorTable] = []
            notes: list[str] = []
            for layer in layers:
                found, said = _range_tables(layer)
                tables += found
                notes += said
            feedback.setProgress(20)
            prepared = prepare_ranges(
                tables,
                mapping=self._mapping(parameters, context),
                presence=self.parameterAsString(parameters, self.PRESENCE, context),
                origin=self.parameterAsString(parameters, self.ORIGIN, context),
                seasonal=self.parameterAsString(parameters, self.SEASONAL, context),
                crs=target,
            )
            warnings = prepared.report.warnings
            if study_layer is not None:
                study = table_from_layer(study_layer)
                require_crs(study)
                study = study.to_crs(prepared.crs)
                outside = species_outside(prepared.features, study.geometry)
                message = species_outside_warning(outside)
                if message:
                    warnings = warnings + (message,)
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.setProgress(80)
        _report(feedback, notes + prepared.report.lines(), warnings)
        dest = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            prepared.columns(),
            prepared.features.geometry,
            prepared.crs,
        )
        style_output(context, dest, "species_ranges")
        feedback.setProgress(100)
        return {
            self.OUTPUT: dest,
            "SPECIES": prepared.report.species,
            "FEATURES": prepared.report.features,
        }


class PrepareSitesAlgorithm(CmsAlgorithm):
    ALG_ID = "preparesites"
    GROUP_ID = "inputs"

    INPUT = "INPUT"
    NAME_FIELD = "NAME_FIELD"
    INCLUDE_PROPOSED = "INCLUDE_PROPOSED"
    INCLUDE_NOT_REPORTED = "INCLUDE_NOT_REPORTED"
    INCLUDE_MAB = "INCLUDE_MAB"
    YEAR = "YEAR"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    NETWORK = "NETWORK"

    def displayName(self) -> str:  # noqa: N802
        return tr("Prepare sites (protected areas, KBAs, Ramsar sites)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Combines site layers into one table of sites, ready for planning and "
            "connectivity.\n\n"
            "WDPA layers (from protectedplanet.net, polygons or points) are read as the JRC "
            "DOPA prepares them for ProtConn: only designated, inscribed and established "
            "sites are kept (tick the boxes to add proposed or not-reported ones); UNESCO-MAB "
            "Biosphere Reserves are left out unless ticked; a point site becomes a circle with "
            "its reported area (REP_AREA, km2), and points without an area are dropped. "
            "Parcels sharing a WDPAID become one site.\n\n"
            "Any other polygon layer (Key Biodiversity Areas, Ramsar sites, Important Bird "
            "Areas, your own drawing) works too: the site name is taken from a field such "
            "as NAME or name_en, or from the field you type.\n\n"
            "Snapshot year: keep only sites designated in or before that year (STATUS_YR); "
            "sites without a year are kept and counted. The optional network output "
            "dissolves overlapping sites so that no area counts twice."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT,
                tr("Site layers (polygons or points)"),
                QgsProcessing.TypeVectorAnyGeometry,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.NAME_FIELD, tr("Name field (optional, default: detected)"), optional=True
            )
        )
        for key, label in (
            (self.INCLUDE_PROPOSED, tr("Include proposed sites (WDPA)")),
            (self.INCLUDE_NOT_REPORTED, tr("Include sites with status 'Not Reported' (WDPA)")),
            (self.INCLUDE_MAB, tr("Include UNESCO-MAB Biosphere Reserves")),
        ):
            self.addParameter(QgsProcessingParameterBoolean(key, label, False))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                tr("Snapshot year (optional)"),
                QgsProcessingParameterNumber.Integer,
                None,
                True,
                1800,
                2200,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS, tr("Target CRS (default: the first layer's)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Sites"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NETWORK,
                tr("Dissolved network"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("SITES", tr("Sites")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        statuses = list(DEFAULT_STATUSES)
        if self.parameterAsBool(parameters, self.INCLUDE_PROPOSED, context):
            statuses.append("Proposed")
        if self.parameterAsBool(parameters, self.INCLUDE_NOT_REPORTED, context):
            statuses.append("Not Reported")
        year = parameters.get(self.YEAR)
        year = None if year in (None, "") else self.parameterAsInt(parameters, self.YEAR, context)
        try:
            if not layers:
                raise InputError(
                    tr("No site layer was given: choose at least one polygon or point layer.")
                )
            tables = [table_from_layer(layer) for layer in layers]
            feedback.setProgress(20)
            sites = prepare_sites(
                tables,
                statuses=statuses,
                include_mab=self.parameterAsBool(parameters, self.INCLUDE_MAB, context),
                year=year,
                crs=crs_definition(self.parameterAsCrs(parameters, self.TARGET_CRS, context)),
                name_field=self.parameterAsString(parameters, self.NAME_FIELD, context).strip()
                or None,
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.setProgress(70)
        _report(feedback, sites.report.lines(), sites.report.warnings)
        results = {
            self.OUTPUT: write_table(
                self, parameters, context, self.OUTPUT, sites.columns(), sites.geometry, sites.crs
            ),
            "SITES": len(sites),
        }
        style_output(context, results[self.OUTPUT], "protected_areas")
        if self.parameterAsOutputLayer(parameters, self.NETWORK, context):
            network = dissolve_sites(sites)
            feedback.pushInfo(
                localized(
                    tr("Dissolved network: {n} parts, {area:.1f} km2."),
                    n=len(network),
                    area=float(network.area_km2.sum()),
                )
            )
            results[self.NETWORK] = write_table(
                self,
                parameters,
                context,
                self.NETWORK,
                network.columns(),
                network.geometry,
                network.crs,
                wkb_type=QgsWkbTypes.Polygon,
            )
        feedback.setProgress(100)
        return results
