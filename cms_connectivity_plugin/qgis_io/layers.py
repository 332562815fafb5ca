"""Layers <-> plain data: QGIS features to shapely arrays (via WKB) and back.

The core never sees a QGIS object; these adapters copy data in and out, on the main thread
or from a Processing source, and never modify the input layer.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.borders import CountryTable, country_table
from ..core.errors import InputError
from ..core.vector import VectorTable, require_crs
from .i18n import tr

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


def table_from_layer(source, name: str | None = None) -> VectorTable:
    """Copy a layer (or Processing feature source) into a core :class:`VectorTable`.

    The CRS is ``None`` when the layer has none, so the core can name the layer in its error.
    """
    names = [f.name() for f in source.fields()]
    columns: dict[str, list] = {n: [] for n in names}
    wkbs: list[bytes | None] = []
    fids: list[int] = []
    for feature in source.getFeatures():
        for n in names:
            value = feature[n]
            columns[n].append(None if value is None or value == QVariant() else value)
        geom = feature.geometry()
        wkbs.append(None if geom.isNull() else bytes(geom.asWkb()))
        fids.append(feature.id())
    crs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
    label = name or (source.name() if hasattr(source, "name") else source.sourceName())
    return VectorTable(
        name=label,
        columns=columns,
        geometry=shapely.from_wkb(np.array(wkbs, dtype=object)),
        crs=(crs.authid() or crs.toWkt()) if crs.isValid() else None,
        feature_ids=np.array(fids, dtype=np.int64),
    )


def countries_from_layer(layer) -> CountryTable:
    """Read a border layer into the core's :class:`CountryTable`."""
    table = table_from_layer(layer)
    require_crs(table)
    return country_table(table.columns, table.geometry, crs=table.crs, source=table.name)


def qgis_crs(crs: str) -> QgsCoordinateReferenceSystem:
    """A QGIS CRS from an authority id, PROJ string or WKT."""
    if crs.startswith("+"):
        return QgsCoordinateReferenceSystem.fromProj(crs)
    return QgsCoordinateReferenceSystem(crs)


def memory_layer(
    name: str,
    geometry_type: str,
    crs: str,
    columns: dict[str, Iterable],
    geoms: np.ndarray,
) -> QgsVectorLayer:
    """A memory layer from columns (types taken from the numpy dtype) and shapely geoms."""
    layer = QgsVectorLayer(geometry_type, name, "memory")
    layer.setCrs(qgis_crs(crs))
    fields = QgsFields()
    arrays = {
        key: np.asarray(list(values) if not isinstance(values, np.ndarray) else values)
        for key, values in columns.items()
    }
    kinds = {}
    for key, values in arrays.items():
        if values.dtype.kind in "iub":
            kinds[key] = "int"
        elif values.dtype.kind == "f":
            kinds[key] = "float"
        else:
            kinds[key] = "str"
        fields.append(QgsField(key, _QVARIANT[kinds[key]]))
    provider = layer.dataProvider()
    provider.addAttributes(fields)
    layer.updateFields()
    wkbs = shapely.to_wkb(np.asarray(geoms, dtype=object))
    features = []
    converters = {"int": int, "float": float, "str": str}
    for row, wkb in enumerate(wkbs):
        feature = QgsFeature(layer.fields())
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        feature.setGeometry(geom)
        feature.setAttributes([converters[kinds[key]](arrays[key][row]) for key in arrays])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer
