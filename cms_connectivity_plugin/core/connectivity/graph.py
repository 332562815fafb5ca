"""A graph of sites: nodes with an attribute, links with a distance and a dispersal probability.

Nodes are site polygons (protected areas, habitat patches, selected planning-unit clusters)
with an attribute ``a_i``: the area in km2 by default, or any non-negative field (habitat
quality x area, carrying capacity). Links join pairs closer than a cut-off, measured as

* ``"edge"``: edge-to-edge Euclidean distance between the polygons (0 when they touch or
  overlap), found with an STRtree ``dwithin`` query and ``shapely.distance`` on those pairs
  only, so no dense n x n matrix is ever built (Conefor's and Makurhini's "edge" distance);
* ``"centroid"``: distance between representative points, the centroid of each site's largest
  polygon part, or a point on its surface when that centroid falls outside the part (a
  crescent, a ring); Makurhini's "centroid" distance uses the plain centroid;
* ``"table"``: a distance table given by the user (least-cost distances from
  :mod:`.corridors`, a Conefor connection file, distances measured elsewhere).

The dispersal kernel is the negative exponential used by Conefor's ``-confProb d p`` and by
the PC index (Saura & Pascual-Hortal 2007, *Landscape and Urban Planning* 83: 91)::

    p_ij = p ** (d_ij / d) = exp(-k d_ij),   k = -ln(p) / d

so that ``p_ij = p`` (default 0.5) at the median dispersal distance ``d``. Links are pruned
where ``p_ij < pij_min``, i.e. beyond ``d * ln(pij_min) / ln(p)`` (about 10 d for the
default ``pij_min = 0.001`` and p = 0.5: the JRC DOPA ProtConn runs list pairs up to 100 km
for d = 10 km), and beyond the explicit ``cutoff`` if one is given. Pruning changes results
slightly (a long direct link is lost where no stepping-stone path does better), so every
setting that changes the graph is kept in :class:`GraphParams` and reported. With
``cutoff=None`` and ``pij_min=0`` nothing is pruned (Conefor's default "all pairs" mode).

IIC uses binary links: ``i`` and ``j`` are linked when ``d_ij <= iic_distance`` (Conefor's
``-confAdj``), by default the median dispersal distance ``d``.

All distances are in metres (the geometry must be in a projected CRS) or in the unit of the
distance table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace

import numpy as np
import shapely

from ..errors import InputError
from ..i18n import tr

DISTANCE_TYPES = ("edge", "centroid", "table")
KERNELS = ("exponential",)
#: Without any cut-off, all pairs are links; refuse beyond this many nodes (n^2 / 2 pairs).
MAX_NODES_ALL_PAIRS = 5000
#: Candidate pairs measured per step (between progress reports).
DISTANCE_STEP = 50_000
_SHOWN = 10


@dataclass(frozen=True)
class GraphParams:
    """Every setting that changes a connectivity result (recorded in outputs and reports).

    ``d`` median dispersal distance (metres, or the distance table's unit), ``p`` the
    dispersal probability at ``d``; ``cutoff`` the longest link (None: only ``pij_min``
    prunes); ``pij_min`` the smallest direct probability kept as a link (0 keeps all);
    ``iic_distance`` the binary link threshold of IIC (None: ``d``); ``attribute`` what
    ``a_i`` is ("area_km2" or a field name); ``kernel`` the dispersal kernel (only the
    negative exponential ``p ** (d_ij / d)``).
    """

    distance: str = "edge"
    d: float = 10_000.0
    p: float = 0.5
    cutoff: float | None = None
    pij_min: float = 0.001
    kernel: str = "exponential"
    iic_distance: float | None = None
    attribute: str = "area_km2"

    def validate(self) -> GraphParams:
        if self.distance not in DISTANCE_TYPES:
            raise InputError(
                tr("The distance type '{value}' is unknown: use one of {types}.").format(
                    value=self.distance, types=", ".join(DISTANCE_TYPES)
                )
            )
        if self.kernel not in KERNELS:
            raise InputError(
                tr("The dispersal kernel '{value}' is unknown: use 'exponential'.").format(
                    value=self.kernel
                )
            )
        if not (math.isfinite(self.d) and self.d > 0):
            raise InputError(
                tr(
                    "The median dispersal distance must be a positive number (got {value}): "
                    "give the distance at which half of the dispersers arrive, e.g. 10 km."
                ).format(value=self.d)
            )
        if not (0.0 < self.p < 1.0):
            raise InputError(
                tr(
                    "The dispersal probability at the median distance must be between 0 and 1, "
                    "exclusive (got {value}): use 0.5 for a median dispersal distance."
                ).format(value=self.p)
            )
        if not (0.0 <= self.pij_min < 1.0):
            raise InputError(
                tr(
                    "The link pruning threshold pij_min must be in [0, 1) (got {value}): use "
                    "0.001, or 0 to keep every link."
                ).format(value=self.pij_min)
            )
        if self.cutoff is not None and not (self.cutoff >= 0 and not math.isnan(self.cutoff)):
            raise InputError(
                tr("The link cut-off distance must be 0 or more (got {value}).").format(
                    value=self.cutoff
                )
            )
        if self.iic_distance is not None and not (self.iic_distance >= 0):
            raise InputError(
                tr("The IIC link distance must be 0 or more (got {value}).").format(
                    value=self.iic_distance
                )
            )
        return self

    @property
    def k(self) -> float:
        """Decay rate of the kernel, ``k = -ln(p) / d``."""
        return -math.log(self.p) / self.d

    @property
    def pruning_distance(self) -> float:
        """Distance beyond which ``p_ij < pij_min`` (inf when ``pij_min`` is 0)."""
        if self.pij_min <= 0:
            return math.inf
        return self.d * math.log(self.pij_min) / math.log(self.p)

    @property
    def iic_threshold(self) -> float:
        return self.d if self.iic_distance is None else float(self.iic_distance)

    @property
    def pc_limit(self) -> float:
        """Longest PC link: the smaller of ``cutoff`` and :attr:`pruning_distance`."""
        return (
            self.pruning_distance
            if self.cutoff is None
            else min(self.cutoff, self.pruning_distance)
        )

    @property
    def iic_limit(self) -> float:
        """Longest IIC link: the IIC threshold, within ``cutoff``."""
        return self.iic_threshold if self.cutoff is None else min(self.cutoff, self.iic_threshold)

    @property
    def link_limit(self) -> float:
        """Longest pair the graph must measure (PC or IIC link)."""
        return max(self.pc_limit, self.iic_limit)

    def probability(self, distance: np.ndarray) -> np.ndarray:
        """Direct dispersal probability ``p ** (d_ij / d)``."""
        return np.exp(-self.k * np.asarray(distance, dtype=float))

    def as_dict(self) -> dict:
        """The parameters with derived values, for layer metadata and reports."""
        out = asdict(self)
        out["k_per_unit"] = self.k
        out["pruning_distance"] = self.pruning_distance
        out["pc_link_limit"] = self.pc_limit
        out["iic_link_limit"] = self.iic_limit
        return out


@dataclass(frozen=True)
class Network:
    """Node attributes and undirected links ``i < j`` (unique pairs).

    ``p`` is the direct dispersal probability of each link for PC (0: not a PC link);
    ``adjacent`` marks the binary links of IIC. Build with :func:`.indices.network` to
    normalise arbitrary pair lists. It lives here, next to :meth:`SiteGraph.network` that
    makes it, so that :mod:`.indices` imports this module and not the other way round.
    """

    attribute: np.ndarray
    i: np.ndarray
    j: np.ndarray
    p: np.ndarray
    adjacent: np.ndarray

    @property
    def n(self) -> int:
        return len(self.attribute)

    def subnetwork(self, rows: np.ndarray) -> Network:
        """The network on the selected nodes (mask or indices), renumbered in order."""
        rows = np.asarray(rows)
        idx = np.flatnonzero(rows) if rows.dtype == bool else np.asarray(rows, dtype=np.int64)
        new = np.full(self.n, -1, dtype=np.int64)
        new[idx] = np.arange(len(idx))
        keep = (new[self.i] >= 0) & (new[self.j] >= 0)
        return Network(
            self.attribute[idx],
            new[self.i[keep]],
            new[self.j[keep]],
            self.p[keep],
            self.adjacent[keep],
        )

    def with_attribute(self, attribute: np.ndarray) -> Network:
        return Network(np.asarray(attribute, float), self.i, self.j, self.p, self.adjacent)


@dataclass(frozen=True)
class SiteGraph:
    """Nodes and candidate links (``i < j``, distance ``<= limit``) of a set of sites.

    ``links`` are all pairs within ``limit`` (the widest cut-off the graph was built for);
    :meth:`network` applies the parameters (pruning, kernel, IIC threshold). Changing only
    ``d``, ``p`` or ``pij_min`` (a series of dispersal distances) reuses the distances as
    long as the new link limit is within ``limit``.
    """

    ids: np.ndarray
    attribute: np.ndarray
    i: np.ndarray
    j: np.ndarray
    distance: np.ndarray
    params: GraphParams
    limit: float
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def n(self) -> int:
        return len(self.attribute)

    def with_params(self, params: GraphParams) -> SiteGraph:
        """The same distances under other parameters (must not need longer links)."""
        params = params.validate()
        if params.link_limit > self.limit * (1 + 1e-12):
            raise InputError(
                tr(
                    "The graph was built with links up to {built:g} but the parameters need "
                    "links up to {needed:g}: rebuild it with the larger cut-off."
                ).format(built=self.limit, needed=params.link_limit)
            )
        return replace(self, params=params)

    def network(self) -> Network:
        """The :class:`Network` (probabilities, binary links) under ``params``."""
        params = self.params
        prob = params.probability(self.distance)
        keep = (self.distance <= params.pc_limit) & (prob >= params.pij_min) & (prob > 0)
        adjacent = self.distance <= params.iic_limit
        both = keep | adjacent
        return Network(
            attribute=self.attribute,
            i=self.i[both],
            j=self.j[both],
            p=np.where(keep, prob, 0.0)[both],
            adjacent=adjacent[both],
        )

    def subgraph(self, rows: np.ndarray) -> SiteGraph:
        """The graph on the selected nodes (mask or indices), renumbered."""
        rows = np.asarray(rows)
        idx = np.flatnonzero(rows) if rows.dtype == bool else np.asarray(rows, dtype=np.int64)
        new = np.full(self.n, -1, dtype=np.int64)
        new[idx] = np.arange(len(idx))
        keep = (new[self.i] >= 0) & (new[self.j] >= 0)
        return replace(
            self,
            ids=self.ids[idx],
            attribute=self.attribute[idx],
            i=new[self.i[keep]],
            j=new[self.j[keep]],
            distance=self.distance[keep],
        )


# --------------------------------------------------------------------------- geometry


def _require_geometry(geometry: np.ndarray, ids: np.ndarray, layer: str) -> None:
    bad = shapely.is_missing(geometry) | shapely.is_empty(geometry)
    if bad.any():
        raise InputError(
            tr(
                "The layer '{layer}' has {n} site(s) without geometry (feature ids {ids}): "
                "remove them or repair their geometry."
            ).format(layer=layer, n=int(bad.sum()), ids=_show(ids[bad]))
        )


def _show(values: np.ndarray) -> str:
    shown = ", ".join(str(v) for v in list(values)[:_SHOWN])
    return shown + (", ..." if len(values) > _SHOWN else "")


def representative_points(geometry: np.ndarray) -> np.ndarray:
    """Centroid of each geometry's largest polygon part, or a point on that part's surface
    when the centroid falls outside it."""
    geometry = np.asarray(geometry, dtype=object)
    parts, owner = shapely.get_parts(geometry, return_index=True)
    area = shapely.area(parts)
    # Largest part per owner: sort by (owner, -area) and take the first of each owner.
    order = np.lexsort((-area, owner))
    first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
    largest = np.empty(len(geometry), dtype=object)
    largest[owner[first]] = parts[first]
    points = shapely.centroid(largest)
    outside = ~shapely.within(points, largest) & (shapely.area(largest) > 0)
    if outside.any():
        points[outside] = shapely.point_on_surface(largest[outside])
    return points


def _pairs_within(geoms: np.ndarray, limit: float) -> tuple[np.ndarray, np.ndarray]:
    """All pairs ``i < j`` whose geometries are within ``limit`` (STRtree; no dense matrix)."""
    n = len(geoms)
    if n < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if math.isinf(limit):
        if n > MAX_NODES_ALL_PAIRS:
            raise InputError(
                tr(
                    "Without a cut-off every pair of the {n} sites would be a link "
                    "({pairs:,} pairs): give a cut-off distance or a pruning threshold "
                    "pij_min above 0 (0.001 is usual)."
                ).format(n=n, pairs=n * (n - 1) // 2)
            )
        left, right = np.triu_indices(n, k=1)
        return left.astype(np.int64), right.astype(np.int64)
    left, right = shapely.STRtree(geoms).query(geoms, predicate="dwithin", distance=limit)
    keep = left < right
    return left[keep].astype(np.int64), right[keep].astype(np.int64)


def build_graph(
    geometry: Sequence,
    params: GraphParams,
    *,
    attribute: Sequence[float] | None = None,
    ids: Sequence | None = None,
    layer: str = "sites",
    progress: Callable[[float], None] | None = None,
) -> SiteGraph:
    """Build the site graph from polygons in a projected CRS (metres).

    ``attribute`` defaults to the area in km2; negative or missing values are refused with
    the feature named. ``params.distance`` is "edge" or "centroid" ("table" goes through
    :func:`graph_from_table`). ``progress(fraction)`` hears as the candidate pairs are
    measured (hundreds of thousands at continent scale with long links).
    """
    params = params.validate()
    geoms = np.asarray(geometry, dtype=object)
    n = len(geoms)
    ids = np.arange(1, n + 1) if ids is None else np.asarray(ids)
    if params.distance == "table":
        raise InputError(
            tr(
                "A distance table is needed for the distance type 'table': give the table, or "
                "choose edge-to-edge or centroid distances."
            )
        )
    if n == 0:
        raise InputError(
            tr("The layer '{layer}' has no sites: choose a layer with polygons.").format(
                layer=layer
            )
        )
    _require_geometry(geoms, ids, layer)
    if attribute is None:
        values = shapely.area(geoms) / 1e6
    else:
        values = _attribute_values(attribute, ids, layer, params.attribute)
    limit = params.link_limit
    shapes = geoms if params.distance == "edge" else representative_points(geoms)
    left, right = _pairs_within(shapes, limit)
    dist = np.zeros(len(left))
    for start in range(0, len(left), DISTANCE_STEP):
        if progress is not None:
            progress(0.1 + 0.9 * start / len(left))
        done = slice(start, start + DISTANCE_STEP)
        dist[done] = shapely.distance(shapes[left[done]], shapes[right[done]])
    if progress is not None:
        progress(1.0)
    keep = dist <= limit
    return SiteGraph(
        ids=ids,
        attribute=values,
        i=left[keep],
        j=right[keep],
        distance=np.asarray(dist[keep], dtype=float),
        params=params,
        limit=limit,
    )


def add_nodes(
    graph: SiteGraph,
    geometry: Sequence,
    extra: Sequence,
    attribute: Sequence[float],
) -> SiteGraph:
    """``graph`` (built from ``geometry``) with the polygons ``extra`` appended as nodes of
    the given attributes, measuring only the new pairs (edge-to-edge distances)."""
    old = np.asarray(geometry, dtype=object)
    new = np.asarray(extra, dtype=object)
    if graph.params.distance != "edge":
        raise InputError(tr("Nodes can be added only to a graph of edge-to-edge distances."))
    every = np.concatenate([old, new])
    n_old = len(old)
    left, right = shapely.STRtree(every).query(new, predicate="dwithin", distance=graph.limit)
    left = left + n_old
    keep = right < left  # each new pair once: with old nodes, and new-new with i < j
    left, right = left[keep], right[keep]
    dist = shapely.distance(every[left], every[right]) if len(left) else np.zeros(0)
    ok = dist <= graph.limit
    return replace(
        graph,
        ids=np.concatenate([graph.ids, np.arange(n_old + 1, n_old + len(new) + 1)]),
        attribute=np.concatenate([graph.attribute, np.asarray(attribute, dtype=float)]),
        i=np.concatenate([graph.i, right[ok]]),
        j=np.concatenate([graph.j, left[ok]]),
        distance=np.concatenate([graph.distance, np.asarray(dist[ok], dtype=float)]),
    )


def _attribute_values(values: Sequence, ids: np.ndarray, layer: str, name: str) -> np.ndarray:
    out = np.full(len(ids), np.nan)
    for row, value in enumerate(values):
        try:
            out[row] = float(value)
        except (TypeError, ValueError):
            pass
    bad = ~np.isfinite(out) | (out < 0)
    if bad.any():
        raise InputError(
            tr(
                "The attribute '{field}' of layer '{layer}' is missing, not a number or "
                "negative for {n} site(s) (feature ids {ids}): fill in values of 0 or more, "
                "or use the area."
            ).format(field=name, layer=layer, n=int(bad.sum()), ids=_show(ids[bad]))
        )
    return out


def graph_from_table(
    ids: Sequence,
    attribute: Sequence[float],
    pairs: Sequence[tuple[object, object, float]],
    params: GraphParams,
    *,
    source: str = "distance table",
) -> SiteGraph:
    """A graph from node ids, attributes and a distance table ``(id1, id2, distance)``.

    Pairs naming unknown ids, negative or non-numeric distances are refused with the line
    (1-based row of ``pairs``) named; a pair listed twice keeps its shorter distance; pairs
    of a node with itself are ignored. Pairs missing from the table are not linked.
    """
    params = replace(params, distance="table").validate()
    ids = np.asarray(ids)
    values = _attribute_values(attribute, ids, source, params.attribute)
    index = {str(v): k for k, v in enumerate(ids.tolist())}
    if len(index) < len(ids):
        seen: set[str] = set()
        dup = next(str(v) for v in ids.tolist() if str(v) in seen or seen.add(str(v)))
        raise InputError(
            tr("The node id {id} appears twice in {source}: give each node one id.").format(
                id=dup, source=source
            )
        )
    left, right, dist = [], [], []
    for line, row in enumerate(pairs, start=1):
        a, b, value = row
        ia, ib = index.get(str(a)), index.get(str(b))
        if ia is None or ib is None:
            raise InputError(
                tr(
                    "Line {line} of {source} names node {id}, which is not among the nodes: "
                    "fix the id or add the node."
                ).format(line=line, source=source, id=a if ia is None else b)
            )
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = math.nan
        if not (value >= 0):
            raise InputError(
                tr(
                    "Line {line} of {source} has the distance '{value}': distances must be "
                    "numbers of 0 or more."
                ).format(line=line, source=source, value=row[2])
            )
        if ia == ib:
            continue
        left.append(min(ia, ib))
        right.append(max(ia, ib))
        dist.append(value)
    left_a = np.asarray(left, dtype=np.int64)
    right_a = np.asarray(right, dtype=np.int64)
    dist_a = np.asarray(dist, dtype=float)
    if len(left_a):
        order = np.lexsort((dist_a, right_a, left_a))
        left_a, right_a, dist_a = left_a[order], right_a[order], dist_a[order]
        first = np.r_[True, (left_a[1:] != left_a[:-1]) | (right_a[1:] != right_a[:-1])]
        left_a, right_a, dist_a = left_a[first], right_a[first], dist_a[first]
    limit = params.link_limit
    keep = dist_a <= limit
    return SiteGraph(
        ids=ids,
        attribute=values,
        i=left_a[keep],
        j=right_a[keep],
        distance=dist_a[keep],
        params=params,
        limit=limit,
    )
