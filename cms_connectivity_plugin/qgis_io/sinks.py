"""Plain data -> a Processing feature sink: one writer and one geometry rule for every output.

Every algorithm writes its tables through :func:`write_table`: fields typed by
:func:`.layers.fields_for` (or kept from the input layer), None and NaN cells as NULL.

Geometries go through :func:`sink_geometry`, one rule for every sink:

* a geometry of the sink's kind (polygons for a polygon sink, lines for a line sink,
  points for a point sink) is written as it is; for a multi-part sink a single part is
  wrapped into a one-part multi-geometry (a GeoPackage layer holds one geometry type);
* anything else, typically a GeometryCollection left by an intersection or a repair, keeps
  only its parts of the sink's kind; the other parts (points, lines, nested empty pieces)
  are dropped, and a feature left with no part is written without geometry (its row and
  attributes are kept). The log says how many features lost parts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

import numpy as np
import shapely
from qgis.core import QgsFeatureSink, QgsField, QgsProcessingException, QgsWkbTypes

from .i18n import tr
from .layers import features_for, fields_for, qgis_crs

LOG = logging.getLogger(__name__)

#: shapely type id of the single part each QGIS geometry type takes.
_PART = {
    QgsWkbTypes.PointGeometry: 0,
    QgsWkbTypes.LineGeometry: 1,
    QgsWkbTypes.PolygonGeometry: 3,
}
#: shapely type id of the multi-part geometry of each single part.
_MULTI_ID = {0: 4, 1: 5, 3: 6}
_MULTI = {0: shapely.multipoints, 1: shapely.multilinestrings, 3: shapely.multipolygons}
#: Multi-part geometries and collections: their parts are looked into.
_CONTAINERS = (4, 5, 6, 7)


def _kind_word(part: int) -> str:
    return {0: tr("points"), 1: tr("lines"), 3: tr("polygons")}[part]


def _flat_parts(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every simple part of ``geoms`` (collections opened to any depth) and its row."""
    parts, owner = shapely.get_parts(geoms, return_index=True)
    while True:
        nested = np.isin(shapely.get_type_id(parts), _CONTAINERS)
        if not nested.any():
            return parts, owner
        sub, index = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], sub])
        owner = np.concatenate([owner[~nested], owner[nested][index]])


def _gather(parts: np.ndarray, owner: np.ndarray, n: int, part: int) -> np.ndarray:
    """One multi-geometry per row from its parts (None for a row without parts)."""
    out = np.full(n, None, dtype=object)
    if len(parts):
        order = np.argsort(owner, kind="stable")
        _MULTI[part](parts[order], indices=owner[order], out=out)
    return out


def _kept_parts(geoms: np.ndarray, part: int, multi: bool) -> tuple[np.ndarray, np.ndarray]:
    """The parts of kind ``part`` of each geometry, and which rows lost other parts."""
    parts, owner = _flat_parts(geoms)
    present = ~shapely.is_empty(parts)
    keep = present & (shapely.get_type_id(parts) == part)
    lost = np.zeros(len(geoms), dtype=bool)
    lost[owner[present & ~keep]] = True
    out = _gather(parts[keep], owner[keep], len(geoms), part)
    if not multi:
        single = shapely.get_num_geometries(out) == 1
        out[single] = shapely.get_geometry(out[single], 0)
    return out, lost


def sink_geometry(geoms, wkb_type) -> tuple[np.ndarray, int, int]:
    """``geoms`` fitted to a sink of ``wkb_type`` by the module's rule.

    Returns the geometries, the number of features that lost parts, and how many of those
    were left without geometry. A sink without geometry gets None for every row.
    """
    geoms = np.asarray(geoms, dtype=object)
    part = _PART.get(QgsWkbTypes.geometryType(wkb_type))
    if part is None:
        return np.full(len(geoms), None, dtype=object), 0, 0
    multi = QgsWkbTypes.isMultiType(wkb_type)
    out = geoms.copy()
    if len(geoms) == 0:
        return out, 0, 0
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    out[missing] = None
    types = shapely.get_type_id(geoms)
    fits = ~missing & ((types == part) | (types == _MULTI_ID[part]))
    single = fits & (types == part)
    if multi and single.any():
        out[single] = _MULTI[part](geoms[single].reshape(-1, 1))
    other = ~missing & ~fits
    if not other.any():
        return out, 0, 0
    kept, lost = _kept_parts(geoms[other], part, multi)
    out[other] = kept
    return out, int(lost.sum()), int((lost & shapely.is_missing(kept)).sum())


def fit_geometry(geoms, wkb_type, output: str) -> np.ndarray:
    """:func:`sink_geometry`, with a log line when features lost parts."""
    fitted, lost, empty = sink_geometry(geoms, wkb_type)
    if lost:
        kind = _kind_word(_PART[QgsWkbTypes.geometryType(wkb_type)])
        LOG.warning(
            tr(
                "{count} feature(s) written to '{output}' held parts that are not {kind} (for "
                "example a geometry collection left by an intersection): only their {kind} "
                "were kept, and {empty} of them, left with none, were written without geometry."
            ).format(count=lost, output=output, kind=kind, empty=empty)
        )
    return fitted


def _label(algorithm, key: str) -> str:
    definition = algorithm.parameterDefinition(key)
    return definition.description() if definition is not None else key


def write_table(
    algorithm,
    parameters: dict,
    context,
    key: str,
    columns: Mapping[str, Iterable],
    geoms,
    crs: str,
    wkb_type=QgsWkbTypes.MultiPolygon,
    *,
    known: Mapping[str, QgsField] | None = None,
) -> str:
    """Write columns and geometries (None: none) to the sink ``key``; return its
    destination id.

    ``known`` keeps fields as they are (e.g. the input layer's own, name -> QgsField).
    """
    fields, arrays = fields_for(columns, known)
    if geoms is None:
        rows = len(next(iter(arrays.values()))) if arrays else 0
        geoms = np.full(rows, None, dtype=object)
    fitted = fit_geometry(geoms, wkb_type, _label(algorithm, key))
    sink, dest_id = algorithm.parameterAsSink(
        parameters, key, context, fields, wkb_type, qgis_crs(crs)
    )
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    for feature in features_for(fields, arrays, fitted):
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    return dest_id


def rows_to_columns(rows: list[dict], names: list[str]) -> dict[str, list]:
    """Dict rows as columns (a missing key is None), in the order of ``names``."""
    return {name: [row.get(name) for row in rows] for name in names}
