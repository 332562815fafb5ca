"""Exact overlap areas between planning units and feature polygons, as a sparse matrix.

STRtree finds candidate pairs; a unit wholly inside a polygon takes its own area without an
intersection; only the units cut by a polygon's edge are intersected, all in vectorised
shapely 2 calls (DESIGN.md section 5).

Two things keep this fast and small on large inputs (100,000 units x 200 ranges of thousands
of vertices, see ``bench/bench_amounts.py``):

- An intersection costs time in proportion to *both* inputs' vertices, so a hexagon cut by a
  range of 5,000 vertices pays for all 5,000. Ranges with many vertices are first cut into
  pieces of at most :data:`PIECE_VERTICES` vertices (recursive halving of their bounding box,
  the idea of PostGIS ``ST_Subdivide``); a cut unit is intersected with the few pieces of the
  range around it and the piece areas are summed. The pieces tile the range without overlap,
  so the sum is the exact area.
- Candidate pairs are handled in chunks of about :data:`MAX_PAIRS`, so the working arrays stay
  bounded and memory follows the non-zeros of the result.

On a Dask cluster (``client=``, or the choice stored by :func:`.cluster.use`), the units are
split into partitions of similar size along a Hilbert curve through their centres; each
partition is a task computing its units against the ranges whose bounding boxes touch it
(an STRtree of the ranges), with the same code as in-process. Units travel as WKB with their
task, the ranges as WKB scattered once to every worker, and the partial matrices are put
together into the same CSR matrix. Every amount depends only on its unit and its range (the
pieces of a cut range are summed in a fixed order), so the result is identical, bit for bit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from scipy import sparse

from . import cluster
from .crs import require_metric, study_area_crs
from .errors import InputError
from .i18n import tr
from .units import resolve_field
from .vector import POLYGONAL, VectorTable, require_crs, require_features, require_geometry

#: Candidate (unit, polygon) pairs handled at once; about 60 bytes of working memory each.
MAX_PAIRS = 500_000
#: Polygons with more vertices are cut into pieces before their edge units are intersected.
PIECE_VERTICES = 256
#: Units per partition on a cluster (at least two partitions per worker).
PART_UNITS = 50_000


def subdivide(
    geoms: np.ndarray, max_vertices: int = PIECE_VERTICES, max_depth: int = 24
) -> tuple[np.ndarray, np.ndarray]:
    """Cut polygons into polygon pieces of at most ``max_vertices`` vertices.

    Each round halves the bounding box of every piece that is still too large (across its
    longer side) and keeps the polygonal parts of both halves. Returns ``(pieces, owner)``
    with ``owner[k]`` the index of the input polygon piece ``k`` comes from. Pieces of one
    polygon do not overlap and their areas add up to the polygon's area.
    """
    pieces = np.asarray(geoms, dtype=object)
    owner = np.arange(len(pieces))
    done_pieces, done_owner = [], []
    for depth in range(max_depth + 1):
        big = shapely.get_num_coordinates(pieces) > max_vertices
        if depth == max_depth:
            big[:] = False
        done_pieces.append(pieces[~big])
        done_owner.append(owner[~big])
        if not big.any():
            break
        split, split_owner = pieces[big], owner[big]
        x0, y0, x1, y1 = shapely.bounds(split).T
        wide = (x1 - x0) >= (y1 - y0)
        mx, my = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        low = shapely.box(x0, y0, np.where(wide, mx, x1), np.where(wide, y1, my))
        high = shapely.box(np.where(wide, mx, x0), np.where(wide, y0, my), x1, y1)
        halves = shapely.intersection(np.concatenate([split, split]), np.concatenate([low, high]))
        pieces, index = _polygons_of(halves)
        owner = np.concatenate([split_owner, split_owner])[index]
    return np.concatenate(done_pieces), np.concatenate(done_owner)


def _polygons_of(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single polygons with positive area in each geometry, and the geometry each came from.

    Overlays can return collections with lines and points where edges touch; they have no
    area and would break later overlays (mixed dimensions), so they are dropped.
    """
    parts, index = shapely.get_parts(geoms, return_index=True)
    parts2, index2 = shapely.get_parts(parts, return_index=True)  # collections in collections
    keep = (shapely.get_type_id(parts2) == 3) & (shapely.area(parts2) > 0)
    return parts2[keep], index[index2[keep]]


def _cut_areas(
    units: np.ndarray, polygons: np.ndarray, unit_idx: np.ndarray, poly_idx: np.ndarray
) -> np.ndarray:
    """Area of ``units[unit_idx] & polygons[poly_idx]`` pair by pair.

    Polygons with at most :data:`PIECE_VERTICES` vertices are intersected directly; larger
    ones through their pieces (see the module docstring).
    """
    out = np.zeros(len(unit_idx))
    if len(unit_idx) == 0:
        return out
    complex_poly = shapely.get_num_coordinates(polygons) > PIECE_VERTICES
    direct = ~complex_poly[poly_idx]
    if direct.any():
        out[direct] = shapely.area(
            shapely.intersection(units[unit_idx[direct]], polygons[poly_idx[direct]])
        )
    rows = np.flatnonzero(~direct)
    if len(rows) == 0:
        return out
    used = np.unique(poly_idx[rows])
    pieces, owner = subdivide(polygons[used])
    owner = used[owner]
    tree = shapely.STRtree(pieces)
    pair, piece = tree.query(units[unit_idx[rows]])  # bounding boxes only
    same = owner[piece] == poly_idx[rows][pair]
    pair, piece = pair[same], piece[same]
    # Sum each pair's pieces in the pieces' own order, not the tree's traversal order (which
    # depends on what else is in the tree), so a unit's amount does not depend on the other
    # units and ranges of the call: partitions computed apart give the same bits.
    order = np.lexsort((piece, pair))
    pair, piece = pair[order], piece[order]
    areas = shapely.area(shapely.intersection(units[unit_idx[rows][pair]], pieces[piece]))
    out[rows] = np.bincount(pair, areas, len(rows))
    return out


def _polygon_chunks(units: np.ndarray, polygons: np.ndarray) -> list[np.ndarray]:
    """Split polygon indices into groups expected to give at most :data:`MAX_PAIRS` pairs.

    The estimate is a polygon's bounding-box area over the mean bounding-box area of a unit,
    which over-counts (a range rarely fills its box), so chunks err on the small side.
    """
    ub = shapely.bounds(units)
    sizes = (ub[:, 2] - ub[:, 0]) * (ub[:, 3] - ub[:, 1])
    sizes = sizes[np.isfinite(sizes) & (sizes > 0)]
    unit_box = float(sizes.mean()) if len(sizes) else 1.0
    pb = shapely.bounds(polygons)
    box = np.nan_to_num((pb[:, 2] - pb[:, 0]) * (pb[:, 3] - pb[:, 1]))
    estimate = box / unit_box + 1.0
    group = (np.cumsum(estimate) // MAX_PAIRS).astype(np.int64)
    bounds = np.flatnonzero(np.diff(group)) + 1
    return np.split(np.arange(len(polygons)), bounds)


def overlap_matrix(
    units: np.ndarray,
    polygons: np.ndarray,
    unit_areas: np.ndarray | None = None,
    scale: float = 1e-6,
    *,
    client: Any = None,
    parts: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
    task_progress: Callable[[int, int], None] | None = None,
) -> sparse.csr_matrix:
    """Area of each polygon inside each unit: a (units x polygons) CSR matrix.

    ``scale`` converts square metres to the matrix's unit (km2 by default). Polygons are
    prepared in place (shapely caches the preparation), which does not change them.

    ``client`` (a ``distributed.Client``; default: the choice stored by :func:`.cluster.use`,
    usually none) computes the matrix on a Dask cluster in ``parts`` spatial partitions
    (default: :data:`PART_UNITS` units each, at least two per worker), with
    ``task_progress(done, total)`` and ``should_cancel()`` as in :func:`.cluster.map_tasks`.
    With no client the call runs here, as before; the result is the same either way.
    """
    client = cluster.resolve(client)
    if client is not None:
        return _overlap_on_cluster(
            client, units, polygons, unit_areas, scale, parts, should_cancel, task_progress
        )
    return _overlap(units, polygons, unit_areas, scale)


def _overlap(
    units: np.ndarray, polygons: np.ndarray, unit_areas: np.ndarray | None, scale: float
) -> sparse.csr_matrix:
    """The in-process computation of :func:`overlap_matrix`."""
    units = np.asarray(units, dtype=object)
    polygons = np.asarray(polygons, dtype=object)
    n, m = len(units), len(polygons)
    if n == 0 or m == 0:
        return sparse.csr_matrix((n, m))
    if unit_areas is None:
        unit_areas = shapely.area(units)
    unit_areas = np.asarray(unit_areas, dtype=float)
    tree = shapely.STRtree(units)
    shapely.prepare(polygons)
    index_type = np.int32 if max(n, m) < 2**31 else np.int64
    rows, cols, vals = [], [], []
    for chunk in _polygon_chunks(units, polygons):
        local, unit_idx = tree.query(polygons[chunk], predicate="intersects")
        poly_idx = chunk[local]
        inside = shapely.contains_properly(polygons[poly_idx], units[unit_idx])
        values = np.where(inside, unit_areas[unit_idx], 0.0)
        cut = ~inside
        values[cut] = _cut_areas(units, polygons, unit_idx[cut], poly_idx[cut])
        keep = values > 0
        rows.append(unit_idx[keep].astype(index_type))
        cols.append(poly_idx[keep].astype(index_type))
        vals.append(values[keep] * scale)
    matrix = sparse.coo_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, m)
    ).tocsr()
    matrix.sum_duplicates()
    return matrix


# --------------------------------------------------------------------------------------------
# On a Dask cluster
# --------------------------------------------------------------------------------------------


def hilbert_index(x: np.ndarray, y: np.ndarray, bits: int = 16) -> np.ndarray:
    """Position of each point along a Hilbert curve over the points' bounding box.

    Points are snapped to a 2**bits x 2**bits grid; near positions are near in space, so
    consecutive runs of the order make compact partitions.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    side = (1 << bits) - 1

    def grid(v: np.ndarray) -> np.ndarray:
        finite = np.isfinite(v)
        if not finite.any():
            return np.zeros(v.shape, dtype=np.int64)
        low, high = v[finite].min(), v[finite].max()
        span = high - low if high > low else 1.0
        return np.round((np.where(finite, v, low) - low) / span * side).astype(np.int64)

    xi, yi = grid(x), grid(y)
    d = np.zeros(x.shape, dtype=np.int64)
    s = 1 << (bits - 1)
    while s > 0:
        rx = (xi & s) > 0
        ry = (yi & s) > 0
        d += s * s * ((3 * rx.astype(np.int64)) ^ ry.astype(np.int64))
        turn = ~ry
        flip = turn & rx
        xi = np.where(flip, side - xi, xi)
        yi = np.where(flip, side - yi, yi)
        xi, yi = np.where(turn, yi, xi), np.where(turn, xi, yi)
        s >>= 1
    return d


def partition_units(units: np.ndarray, parts: int) -> list[np.ndarray]:
    """Unit indices in ``parts`` spatially compact groups of similar size (Hilbert order)."""
    bounds = shapely.bounds(units)
    x = (bounds[:, 0] + bounds[:, 2]) / 2.0
    y = (bounds[:, 1] + bounds[:, 3]) / 2.0
    order = np.argsort(hilbert_index(x, y), kind="stable")
    groups = np.array_split(order, max(1, min(int(parts), len(order))))
    return [np.sort(group) for group in groups if len(group)]


#: Partitions sent ahead per worker: one computing and one waiting keeps every worker busy,
#: while the client (and a local scheduler) holds the WKB of a few partitions, not all.
WINDOW_PER_WORKER = 2


def _part_task(
    unit_wkb: np.ndarray,
    unit_areas: np.ndarray,
    polygon_wkb: np.ndarray,
    polygon_idx: np.ndarray,
    scale: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """On a worker: one partition's (row, column, value) triples, in its own indices."""
    units = shapely.from_wkb(unit_wkb)
    polygons = shapely.from_wkb(polygon_wkb[polygon_idx])
    matrix = _overlap(units, polygons, unit_areas, scale).tocoo()
    return matrix.row, matrix.col, matrix.data


def _overlap_on_cluster(
    client: Any,
    units: np.ndarray,
    polygons: np.ndarray,
    unit_areas: np.ndarray | None,
    scale: float,
    parts: int | None,
    should_cancel: Callable[[], bool] | None,
    task_progress: Callable[[int, int], None] | None,
) -> sparse.csr_matrix:
    """:func:`overlap_matrix` by spatial partitions of the units, one task each."""
    units = np.asarray(units, dtype=object)
    polygons = np.asarray(polygons, dtype=object)
    n, m = len(units), len(polygons)
    if n == 0 or m == 0:
        return sparse.csr_matrix((n, m))
    if unit_areas is None:
        unit_areas = shapely.area(units)
    unit_areas = np.asarray(unit_areas, dtype=float)
    scale = float(scale)
    if parts is None:
        parts = max(2 * cluster.worker_count(client), -(-n // PART_UNITS))
    groups = partition_units(units, parts)
    boxes = []
    for group in groups:
        b = shapely.bounds(units[group])
        boxes.append(
            shapely.box(
                np.nanmin(b[:, 0]), np.nanmin(b[:, 1]), np.nanmax(b[:, 2]), np.nanmax(b[:, 3])
            )
        )
    # Ranges whose bounding box touches each partition's box.
    part_of, poly_of = shapely.STRtree(polygons).query(np.array(boxes, dtype=object))
    touching = np.split(poly_of, np.flatnonzero(np.diff(part_of)) + 1) if len(part_of) else []
    touched = dict(zip(np.unique(part_of).tolist(), touching))
    jobs = [(k, group, np.sort(touched[k])) for k, group in enumerate(groups) if k in touched]
    if not jobs:
        return sparse.csr_matrix((n, m))
    polygon_wkb = client.scatter(shapely.to_wkb(polygons), broadcast=True, hash=False)

    def prepare(job: tuple) -> tuple:  # a partition's WKB is made when it is sent
        _, group, poly_idx = job
        return shapely.to_wkb(units[group]), unit_areas[group], polygon_wkb, poly_idx, scale

    results = cluster.map_tasks(
        client,
        _part_task,
        jobs,
        what=tr("computing the amounts (units x ranges)"),
        should_cancel=should_cancel,
        task_progress=task_progress,
        window=WINDOW_PER_WORKER * cluster.worker_count(client),
        prepare=prepare,
    )
    index_type = np.int32 if max(n, m) < 2**31 else np.int64
    rows, cols, vals = [], [], []
    for (_, group, poly_idx), (row, col, val) in zip(jobs, results):
        rows.append(group[row].astype(index_type))
        cols.append(poly_idx[col].astype(index_type))
        vals.append(val)
    matrix = sparse.coo_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, m)
    ).tocsr()
    matrix.sum_duplicates()
    return matrix


# --------------------------------------------------------------------------------------------
# Amounts of feature tables (one reading for Processing and the GeoDataFrame API)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitAmounts:
    """Area (km2) of every feature in every unit: ``matrix`` (units x features, CSR, rows and
    columns in the tables' orders), one id per unit, one label per feature, and the CRS the
    areas were measured in."""

    matrix: sparse.csr_matrix
    unit_ids: np.ndarray
    labels: np.ndarray
    crs: str

    def triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(unit row, feature column, km2)`` of the non-zero amounts (:func:`puvspr_order`)."""
        return puvspr_order(self.matrix)


def puvspr_order(matrix: sparse.spmatrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(row, column, value)`` of a matrix's non-zeros, by row then column: Marxan's
    puvspr order, the order of every long amounts table."""
    coo = matrix.tocoo()
    order = np.lexsort((coo.col, coo.row))
    return coo.row[order], coo.col[order], coo.data[order]


def feature_labels(table: VectorTable, fields: Sequence[str]) -> np.ndarray:
    """One label per feature: the chosen fields' values joined with " | ", else its feature
    id (a chosen field the table lacks is an error naming the fields it has)."""
    names = [resolve_field(table, name, "") for name in fields if str(name).strip()]
    if not names:
        return np.array([str(i) for i in table.ids], dtype=object)
    columns = [table.column(name) for name in names]
    return np.array([" | ".join(str(v) for v in row) for row in zip(*columns)], dtype=object)


def unique_unit_ids(table: VectorTable, field: str | None) -> np.ndarray:
    """The id field's values (one per unit, else an error naming the duplicates), or the
    feature ids when no field is chosen."""
    if not field:
        return np.asarray(table.ids)
    real = resolve_field(table, field, "")
    ids = table.column(real)
    values, counts = np.unique(ids.astype(str), return_counts=True)
    if (counts > 1).any():
        raise InputError(
            tr(
                "The unit id field '{field}' of '{layer}' has duplicates ({ids}): "
                "choose a field with one value per unit."
            ).format(field=real, layer=table.name, ids=", ".join(values[counts > 1][:5]))
        )
    return ids


def unit_amounts(
    units: VectorTable,
    features: VectorTable,
    *,
    unit_id_field: str | None = None,
    feature_fields: Sequence[str] = (),
    crs: str | None = None,
    client: Any = None,
) -> UnitAmounts:
    """The amounts of ``features`` (polygons) in ``units`` (polygons), both checked, measured
    in ``crs`` (projected in metres; default Lambert azimuthal equal-area centred on the
    units) by :func:`overlap_matrix`."""
    for table in (units, features):
        require_crs(table)
        require_features(table)
        require_geometry(table, POLYGONAL, tr("polygons"))
    target = crs or study_area_crs(units.geometry, units.crs, units.name)
    require_metric(target, tr("species amounts"))
    ids = unique_unit_ids(units, unit_id_field)
    labels = feature_labels(features, feature_fields)
    matrix = overlap_matrix(
        units.to_crs(target).geometry, features.to_crs(target).geometry, client=client
    )
    return UnitAmounts(matrix, np.asarray(ids), labels, target)
