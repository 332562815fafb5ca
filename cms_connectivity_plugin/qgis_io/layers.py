"""Layers <-> plain data: QGIS features to shapely arrays (via WKB) and back.

The core never sees a QGIS object; these adapters copy data in and out, on the main thread
or from a Processing source, and never modify the input layer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.borders import CountryTable, country_table
from ..core.errors import InputError
from ..core.vector import VectorTable, require_crs
from .i18n import tr
from .snapshots import require_own_thread

_QVARIANT = {
    "int": QVariant.LongLong,
    "float": QVariant.Double,
    "str": QVariant.String,
}


def world_map_path() -> Path:
    """QGIS's bundled Natural Earth countries (present on every install)."""
    return Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"


def default_border_layer() -> QgsVectorLayer:
    """The ``countries`` layer of QGIS's ``world_map.gpkg``."""
    path = world_map_path()
    layer = QgsVectorLayer(f"{path}|layername=countries", "countries", "ogr")
    if not layer.isValid():
        raise InputError(
            tr(
                "QGIS's world map ({path}) could not be opened: reinstall QGIS's data "
                "(Debian package qgis-common) or choose a border layer."
            ).format(path=path)
        )
    return layer


def crs_definition(crs) -> str | None:
    """A CRS as text pyproj reads: the authority id when pyproj knows it, else WKT.

    User-defined CRSs ("USER:100000") exist only in the QGIS profile, so they go as WKT.
    """
    if not crs.isValid():
        return None
    authid = crs.authid()
    if authid and authid.split(":")[0].upper() in ("EPSG", "ESRI", "IAU_2015", "IGNF", "OGC"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)


def table_from_layer(source, name: str | None = None) -> VectorTable:
    """Copy a layer (or Processing feature source) into a core :class:`VectorTable`.

    The CRS is ``None`` when the layer has none, so the core can name the layer in its error.
    A layer owned by another thread is refused (see ``snapshots.py``): algorithms read the
    snapshots taken on the main thread.
    """
    if isinstance(source, QgsMapLayer):
        require_own_thread(source)
    names = [f.name() for f in source.fields()]
    columns: dict[str, list] = {n: [] for n in names}
    wkbs: list[bytes | None] = []
    fids: list[int] = []
    null = QVariant()  # built once: this loop runs for every cell of every layer read
    for feature in source.getFeatures():
        for n in names:
            value = feature[n]
            columns[n].append(None if value is None or value == null else value)
        geom = feature.geometry()
        wkbs.append(None if geom.isNull() else bytes(geom.asWkb()))
        fids.append(feature.id())
    crs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
    label = name or (source.name() if hasattr(source, "name") else source.sourceName())
    return VectorTable(
        name=label,
        columns=columns,
        geometry=shapely.from_wkb(np.array(wkbs, dtype=object)),
        crs=crs_definition(crs),
        feature_ids=np.array(fids, dtype=np.int64),
    )


def countries_from_layer(layer) -> CountryTable:
    """Read a border layer into the core's :class:`CountryTable`."""
    table = table_from_layer(layer)
    require_crs(table)
    return country_table(table.columns, table.geometry, crs=table.crs, source=table.name)


def _crs_from_text(crs: str) -> QgsCoordinateReferenceSystem:
    if crs.startswith("+"):
        return QgsCoordinateReferenceSystem.fromProj(crs)
    return QgsCoordinateReferenceSystem(crs)


def writable_crs(
    crs: QgsCoordinateReferenceSystem, definition: str | None = None
) -> QgsCoordinateReferenceSystem:
    """``crs``, rebuilt when QGIS 3.22's CRS cache has lost its PROJ object.

    QGIS keeps one cached CRS per definition, its PROJ object tied to the thread that made
    it. When a Processing worker thread made it and then exited, the cached CRS stays
    "valid" but has no WKT any more, and a layer written with it gets no CRS ("Undefined
    geographic SRS": metres read back as degrees, seen under load in the test suite). Such an
    entry is dropped from the cache and the CRS made again, from ``definition`` when given,
    else from its authority id.
    """
    if not crs.isValid() or crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL):
        return crs
    QgsCoordinateReferenceSystem.invalidateCache()
    if definition:
        return _crs_from_text(definition)
    return QgsCoordinateReferenceSystem(crs.authid()) if crs.authid() else crs


def qgis_crs(crs: str) -> QgsCoordinateReferenceSystem:
    """A QGIS CRS from an authority id, PROJ string or WKT, fit for writing a layer."""
    return writable_crs(_crs_from_text(crs), crs)


#: QGIS field types written as whole numbers.
_INTEGER_TYPES = frozenset({QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong})
_INTEGERS = (bool, int, np.bool_, np.integer)
_NUMBERS = (*_INTEGERS, float, np.floating)


def plain(value):
    """A cell as plain Python: numpy scalars unwrapped, None and NaN as None (NULL)."""
    if value is None:
        return None
    if isinstance(value, _INTEGERS):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.str_):
        return str(value)
    return value


def _as_array(values) -> np.ndarray:
    """A column as an array; a list becomes an object array, typed by its values."""
    if isinstance(values, np.ndarray):
        return values
    items = list(values)
    array = np.empty(len(items), dtype=object)
    for row, value in enumerate(items):  # element-wise: a cell may itself be a sequence
        array[row] = value
    return array


def _kind(values: np.ndarray) -> str:
    """int, float or str: from the dtype, or from the values present (None and NaN left
    out) for an object column."""
    if values.dtype.kind in "iub":
        return "int"
    if values.dtype.kind == "f":
        return "float"
    if values.dtype.kind != "O":
        return "str"
    present = [v for v in values if plain(v) is not None]
    if present and all(isinstance(v, _INTEGERS) for v in present):
        return "int"
    if present and all(isinstance(v, _NUMBERS) for v in present):
        return "float"
    return "str"


def fields_for(
    columns: Mapping[str, Iterable], known: Mapping[str, QgsField] | None = None
) -> tuple[QgsFields, dict[str, np.ndarray]]:
    """QGIS fields for the columns: ``known`` fields (e.g. the input layer's own) kept as they
    are, the others typed as whole numbers, decimals or text by :func:`_kind`."""
    known = known or {}
    arrays = {key: _as_array(values) for key, values in columns.items()}
    fields = QgsFields()
    for key, values in arrays.items():
        if key in known:
            fields.append(QgsField(known[key]))
        else:
            fields.append(QgsField(key, _QVARIANT[_kind(values)]))
    return fields, arrays


def _converter(field: QgsField):
    """How a cell becomes a value of ``field`` (None: written as it is)."""
    kind = field.type()
    if kind in _INTEGER_TYPES:
        return int
    if kind == QVariant.Double:
        return float
    if kind == QVariant.String:
        return str
    return None


def _cell(value, convert):
    value = plain(value)
    return value if value is None or convert is None else convert(value)


def features_for(
    fields: QgsFields, arrays: dict[str, np.ndarray], geoms: np.ndarray | None
) -> list[QgsFeature]:
    """Features from column arrays and shapely geometries; None and NaN cells, and None
    geometries, are written as NULL."""
    converters = [_converter(fields.at(k)) for k in range(fields.count())]
    columns = list(arrays.values())
    n = len(geoms) if geoms is not None else (len(columns[0]) if columns else 0)
    wkbs = (
        shapely.to_wkb(np.asarray(geoms, dtype=object))
        if geoms is not None
        else np.full(n, None, dtype=object)
    )
    features = []
    for row, wkb in enumerate(wkbs):
        feature = QgsFeature(fields)
        if wkb is not None:
            geom = QgsGeometry()
            geom.fromWkb(wkb)
            feature.setGeometry(geom)
        feature.setAttributes(
            [_cell(values[row], convert) for values, convert in zip(columns, converters)]
        )
        features.append(feature)
    return features


def memory_layer(
    name: str,
    geometry_type: str,
    crs: str,
    columns: dict[str, Iterable],
    geoms: np.ndarray,
) -> QgsVectorLayer:
    """A memory layer from columns (typed by :func:`fields_for`) and shapely geoms."""
    layer = QgsVectorLayer(geometry_type, name, "memory")
    layer.setCrs(qgis_crs(crs))
    fields, arrays = fields_for(columns)
    provider = layer.dataProvider()
    provider.addAttributes(fields)
    layer.updateFields()
    provider.addFeatures(features_for(layer.fields(), arrays, geoms))
    layer.updateExtents()
    return layer


def find_layer(ref: str, project: QgsProject | None = None) -> QgsMapLayer | None:
    """The project layer a reference names (id first, then source); main thread only."""
    if not ref:
        return None
    project = project or QgsProject.instance()
    layer = project.mapLayer(ref)
    if layer is not None:
        return layer
    for candidate in project.mapLayers().values():
        if candidate.source() == ref:
            return candidate
    return None
