"""ProtConn: the protected and connected share of a country, with its fractions.

The indicator of Saura et al. (2017, *Ecological Indicators* 76: 144; 2018, *Biological
Conservation* 219: 53), used for GBF Target 3 and computed by the JRC DOPA with Conefor::

    ProtConn = 100 EC / A_L,   EC = sqrt(sum_i sum_j a_i a_j p*_ij)

``A_L`` the country's land area (km2), ``a_i`` the area (km2) of each protected-area piece
inside the country, ``p*_ij`` the best-path dispersal probability (:mod:`.indices`) with
``p_ij = p ** (d_ij / d)`` on edge-to-edge distances, ``p = 0.5`` at the median dispersal
distance ``d`` (DOPA reports d = 1, 10 and 100 km).

**Nodes**, built as the JRC DOPA builds them: the site layer prepared by
:func:`~..sites.prepare_sites` (WDPA status filter, UNESCO-MAB Biosphere Reserves out, point
sites as circles of their reported area) is dissolved (:func:`~..sites.dissolve_sites`) so
overlapping designations count once; each dissolved part is split by the country boundary.
Pieces inside the country are nodes with their area. Pieces in a **neighbouring country**
(foreign protected areas, and the foreign side of cross-border ones) within the
transboundary buffer are nodes with attribute 0: stepping stones that carry movement
between the country's own protected areas but are neither origin nor destination
(Saura et al. 2017, section 2.3). Pieces in no country polygon (the sea) are dropped: the
indicator is terrestrial. Country membership comes from the border layer's geometry, not
from the WDPA ``ISO3`` field.

**Fractions** (Saura et al. 2017, Table 1; the ``[land]`` variants in % of ``A_L``, the
plain ones in % of ProtConn, as Makurhini's ``MK_ProtConn`` reports them)::

    Prot          = 100 sum_i a_i / A_L
    ProtUnconn    = Prot - ProtConn;   RelConn = 100 ProtConn / Prot
    [Prot]_land   = 100 sqrt(sum_i a_i^2) / A_L           movement within single units of
                                                          (dissolved, contiguous) protected land
    [Trans]_land  = ProtConn - ProtConn(no foreign nodes)  what foreign stepping stones add
    [Unprot]_land = ProtConn - [Prot]_land - [Trans]_land  movement between units across
                                                          unprotected land of the country
    [Within]_land = 100 sqrt(sum_s a_s^2) / A_L * sqrt(sum_i a_i / sum_s a_s)
                    a_s the pieces of the individual sites *before* dissolving; the second
                    factor (Makurhini's) removes double counting of overlapping sites
    [Contig]_land = [Prot]_land - [Within]_land            movement across adjacent sites
    [X]           = 100 [X]_land / ProtConn

so ``ProtConn = [Prot] + [Trans] + [Unprot]`` and ``[Prot] = [Within] + [Contig]``. What is
computed exactly and what is a convention: ProtConn, Prot, [Trans] and ProtConn[Bound] are
exact for the graph; the split of the rest into [Prot] and [Unprot] is the published
convention: EC is a square root, so contributions of pairs are not additive, and Saura et
al. define the parts as the *differences* of EC values above ("with no links between
units", "without foreign stepping stones"), not as sums over pairs. Paths that cross
unprotected land *outside* any protected area cannot be told apart from paths across
unprotected land in general without a landscape (resistance) matrix, so [Unprot] is the
residual, as in Saura et al. and Makurhini. Where implementations differ: Makurhini clips
foreign pieces only to a buffer, not to neighbouring land; DOPA's [Within] uses the WDPA
polygons without the overlap factor; DOPA country runs list foreign protected areas up to
300 km away (``transboundary_m``, 100 km here by default).

**Which neighbour supplies [Trans]** (no existing tool reports it). [Trans] is what all
foreign stepping stones add together: ``T = v(N)``, with ``v(S) = ProtConn(own + pieces of
the neighbours in S) - ProtConn(own only)``. Neighbours' contributions overlap (two may offer
alternative routes) and interact (a route may need both), so a neighbour's share is its
Shapley value: the gain ``v(S + n) - v(S)`` from adding n's protected areas, averaged over
every order in which the neighbours could be added. Shares are >= 0 (stepping stones never
lower ProtConn) and add up exactly to [Trans]; a neighbour whose areas are fully replaced
by another's gets half, not all or nothing. Exact up to :data:`MAX_EXACT_SHAPLEY` neighbours
(2^m ProtConn runs), else averaged over sampled orders (fixed seed, about
:data:`SHAPLEY_SAMPLE_BUDGET` runs; the method is reported). Beside the share, the table
gives the leave-one-out loss ``ProtConn - ProtConn(without n's pieces)``: what [Trans] would
lose if only n's protected areas disappeared. With one neighbour both equal [Trans].

**ProtConn[Bound]** (Saura et al. 2018; DOPA's bound correction): a country of islands or
with a narrow shape cannot reach ``ProtConn = Prot`` however well its protected areas are
placed. With the country's land parts added as stepping stones of attribute 0 (p = 1 to
every piece inside them), ``EC_bound`` is the best EC the boundary allows, and::

    ProtConn[Bound] = ProtConn + Prot - 100 EC_bound / A_L     (between ProtConn and Prot)

**dProtConn** of each node (Makurhini's ``delta_ProtConn``)::

    dProtConn_k = 100 (ProtConn - ProtConn_without_k) / ProtConn

from the exact dPC machinery of :mod:`.indices`, with dPC and its fractions beside it.

**Speed at continent scale** (``bench/bench_protconn_continent.py``, figures in
``bench/RESULTS.md``): a few thousand protected areas over a dozen countries, one of them
with ten neighbours. The geometry tests put the prepared country outline first (GEOS speeds
up only that side). [Trans] and its shares need PCnum for up to a few hundred sets of
neighbours; :class:`_StoneGame` computes them on one graph, recomputing only the pairs of
own areas that a set's stepping stones can improve, with its own stones only, and following
best paths only while they could still matter (all pairs left out together are below
:data:`NEGLIGIBLE` x PCnum). ProtConn, ProtConn[Bound] and dProtConn stay the full
computation. ``progress`` hears from every stage and ``should_cancel`` stops the run
between them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace

import numpy as np
import shapely
from scipy.sparse.csgraph import dijkstra

from ..borders import CountryTable, build_study_area
from ..crs import WGS84, transform
from ..errors import CancelledError, InputError
from ..i18n import tr
from ..sites import Sites, dissolve_sites, snapshot
from ..vector import polygon_parts
from .graph import GraphParams, add_nodes, build_graph
from .indices import _edges, _prune_dominated, _sym_csr, node_importance, pc_numerator

#: DOPA's median dispersal distances (km).
DOPA_DISTANCES_KM = (1.0, 10.0, 100.0)
#: GBF Target 3: 30 % of land protected (and well connected) by 2030.
TARGET_PERCENT = 30.0
#: Neighbours up to this many get exact Shapley shares of [Trans] (2^m ProtConn runs).
MAX_EXACT_SHAPLEY = 8
#: Beyond, about this many ProtConn runs over sampled orders.
SHAPLEY_SAMPLE_BUDGET = 256
#: Share of the progress bar for building every country's nodes (the geometry work).
PREPARE_SHARE = 0.3
#: Share of a country's part of the bar for its graph (links up to 10 d: at d = 100 km,
#: hundreds of thousands of pairs to measure).
GRAPH_SHARE = 0.1


@dataclass(frozen=True)
class ProtConnParams:
    """Every setting that changes ProtConn (kept in the outputs).

    Distances in metres. ``cutoff_m`` limits link length (None: links while
    ``p_ij >= pij_min``); ``transboundary_m`` how far into neighbouring countries foreign
    protected areas are taken as stepping stones; ``max_offshore_km`` drops a country's
    parts farther than this from its mainland (overseas territories) from ``A_L`` and the
    analysis; ``bound`` computes ProtConn[Bound]; ``importance`` computes dProtConn per node;
    ``shares`` the per-neighbour [Trans] table (Shapley shares: up to a few hundred PCnum
    runs per country; [Trans] itself is always computed).
    """

    distances_m: tuple[float, ...] = tuple(d * 1000.0 for d in DOPA_DISTANCES_KM)
    probability: float = 0.5
    pij_min: float = 0.001
    cutoff_m: float | None = None
    transboundary_m: float = 100_000.0
    distance: str = "edge"
    max_offshore_km: float = 1000.0
    bound: bool = True
    importance: bool = True
    shares: bool = True

    def validate(self) -> ProtConnParams:
        if not self.distances_m:
            raise InputError(
                tr("No dispersal distance was given: give at least one, e.g. 1, 10, 100 km.")
            )
        for d in self.distances_m:
            GraphParams(
                distance=self.distance,
                d=d,
                p=self.probability,
                pij_min=self.pij_min,
                cutoff=self.cutoff_m,
            ).validate()
        if self.distance not in ("edge", "centroid"):
            raise InputError(
                tr("ProtConn needs edge-to-edge or centroid distances (got '{value}').").format(
                    value=self.distance
                )
            )
        if not (self.transboundary_m >= 0):
            raise InputError(
                tr("The transboundary buffer must be 0 km or more (got {value}).").format(
                    value=self.transboundary_m / 1000.0
                )
            )
        return self

    def graph_params(self, d: float) -> GraphParams:
        return GraphParams(
            distance=self.distance,
            d=d,
            p=self.probability,
            cutoff=self.cutoff_m,
            pij_min=self.pij_min,
            iic_distance=0.0,
            attribute="area_km2",
        )

    def as_dict(self) -> dict:
        out = asdict(self)
        out["distances_km"] = [d / 1000.0 for d in self.distances_m]
        out["transboundary_km"] = self.transboundary_m / 1000.0
        out["kernel"] = "p_ij = p ** (d_ij / d)"
        return out


@dataclass(frozen=True)
class ProtConnResult:
    """Tables of a ProtConn run: one row per country and distance, the per-neighbour
    [Trans] breakdown, the per-node importance (each row with its geometry in the
    country's equal-area CRS, named in its ``crs``), the parameters and notes."""

    rows: list[dict]
    neighbours: list[dict]
    nodes: list[dict]
    params: dict
    notes: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- geometry


def _polygons(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single polygons of each geometry (non-polygon debris dropped) and their owners."""
    clean = polygon_parts(np.asarray(geoms, dtype=object))
    parts, owner = shapely.get_parts(clean, return_index=True)
    keep = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > 0)
    return parts[keep], owner[keep]


def _clip(geoms: np.ndarray, region: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Polygon pieces of ``geoms`` inside ``region`` (prepared) and their owners.

    The prepared region is the predicates' first argument: GEOS accelerates only that side
    (``within(geoms, region)`` cost a full test against a country's outline per site).
    """
    shapely.prepare(region)
    inside = shapely.contains(region, geoms)
    touching = ~inside & shapely.intersects(region, geoms)
    pieces = np.empty(len(geoms), dtype=object)
    pieces[inside] = geoms[inside]
    pieces[touching] = shapely.intersection(geoms[touching], region)
    keep = inside | touching
    parts, owner = _polygons(pieces[keep])
    return parts, np.flatnonzero(keep)[owner]


def _outside(geoms: np.ndarray, region: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Polygon pieces of ``geoms`` outside ``region`` (prepared first, as in :func:`_clip`)
    and their owners."""
    shapely.prepare(region)
    inside = shapely.contains(region, geoms)
    crossing = ~inside & shapely.intersects(region, geoms)
    pieces = np.array(geoms, dtype=object)
    pieces[crossing] = shapely.difference(geoms[crossing], region)
    keep = ~inside
    parts, owner = _polygons(pieces[keep])
    return parts, np.flatnonzero(keep)[owner]


def _neighbour_pieces(
    geoms: np.ndarray, countries: np.ndarray, codes: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split pieces by the neighbouring countries' land: (pieces, owner piece, ISO3)."""
    if len(geoms) == 0 or len(countries) == 0:
        return np.zeros(0, dtype=object), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    piece_idx, country_idx = shapely.STRtree(countries).query(geoms, predicate="intersects")
    if len(piece_idx) == 0:
        return np.zeros(0, dtype=object), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    shapely.prepare(countries)  # the prepared side first, as in _clip
    within = shapely.contains(countries[country_idx], geoms[piece_idx])
    cut = np.array(geoms[piece_idx], dtype=object)
    cut[~within] = shapely.intersection(geoms[piece_idx[~within]], countries[country_idx[~within]])
    parts, owner = _polygons(cut)
    return parts, piece_idx[owner], codes[country_idx[owner]]


def _near_countries(
    table: CountryTable, code: str, focal_wgs: shapely.Geometry, buffer_m: float
) -> tuple[np.ndarray, np.ndarray]:
    """Rows of other countries near the focal one (coarse test in degrees), WGS84 geometry."""
    geoms = transform(table.geometry, table.crs, WGS84)
    minx, miny, maxx, maxy = shapely.bounds(focal_wgs)
    lat = max(abs(miny), abs(maxy))
    pad = buffer_m / 111_000.0 / max(math.cos(math.radians(min(lat, 80.0))), 0.15) + 1.0
    box = shapely.box(minx - pad, miny - pad, maxx + pad, maxy + pad)
    near = shapely.intersects(geoms, box) & (table.iso3 != code) & (table.iso3 != "")
    rows = np.flatnonzero(near)
    return rows, geoms[rows]


def _sites_near(sites: Sites, area_geom: shapely.Geometry, crs: str, buffer_m: float) -> Sites:
    """Sites within ``buffer_m`` of the country, projected to the country's CRS."""
    if len(sites) == 0:
        return sites
    # The envelope of the region buffered by ``buffer_m`` is its bounds widened by it
    # (buffering a country's outline only to take its envelope cost seconds).
    minx, miny, maxx, maxy = shapely.bounds(area_geom)
    pad = max(buffer_m, 0.0)
    envelope = shapely.box(minx - pad, miny - pad, maxx + pad, maxy + pad)
    # Densified, so its curved image in the sites' CRS still holds the region.
    envelope = shapely.segmentize(envelope, max(shapely.length(envelope) / 400.0, 1.0))
    envelope = transform(np.array([envelope], dtype=object), crs, sites.crs)[0]
    tree = shapely.STRtree(np.asarray(sites.geometry, dtype=object))
    candidates = np.sort(tree.query(shapely.envelope(envelope)))
    if len(candidates) == 0:
        return sites.subset(np.zeros(len(sites), dtype=bool))
    projected = transform(np.asarray(sites.geometry, dtype=object)[candidates], sites.crs, crs)
    shapely.prepare(area_geom)
    keep = (
        shapely.dwithin(area_geom, projected, buffer_m)
        if buffer_m > 0
        else shapely.intersects(area_geom, projected)
    )
    chosen = sites.subset(candidates[keep])
    return replace(chosen, geometry=projected[keep], crs=crs)


# --------------------------------------------------------------------------- one country


@dataclass
class _Country:
    code: str
    name: str
    crs: str
    area_km2: float
    geometry: shapely.Geometry
    nodes: np.ndarray  # geometries (inside pieces first, then foreign pieces)
    attribute: np.ndarray  # km2 inside, 0 foreign
    inside: np.ndarray  # bool
    neighbour: np.ndarray  # ISO3 of foreign pieces ("" for inside)
    site_ids: np.ndarray
    within_km2: np.ndarray  # undissolved site pieces inside (for [Within])
    land_parts: np.ndarray
    dropped_parts: int
    n_sites: int


@dataclass(frozen=True)
class _Frame:
    """What a country's ProtConn needs that no protected area changes: its land in its own
    equal-area CRS and its neighbours' land near it. A time series builds it once per
    country, not once per year."""

    code: str
    name: str
    crs: str
    area_km2: float
    geometry: shapely.Geometry
    land_parts: np.ndarray
    dropped_parts: int
    neighbour_codes: np.ndarray
    neighbour_geoms: np.ndarray


def _country_frame(table: CountryTable, code: str, params: ProtConnParams) -> _Frame:
    area = build_study_area(table, (code,), max_offshore_km=params.max_offshore_km)
    crs, geom = area.crs, area.geometry
    shapely.prepare(geom)
    rows, near_wgs = _near_countries(
        table,
        code,
        transform(np.array([geom], dtype=object), crs, WGS84)[0],
        params.transboundary_m,
    )
    neighbour_geoms = shapely.make_valid(transform(near_wgs, WGS84, crs))
    return _Frame(
        code,
        area.names[0],
        crs,
        area.area_km2,
        geom,
        shapely.get_parts(geom),
        area.dropped_parts,
        table.iso3[rows],
        neighbour_geoms,
    )


def _prepare_country(
    sites: Sites,
    table: CountryTable,
    code: str,
    params: ProtConnParams,
    frame: _Frame | None = None,
) -> _Country:
    if frame is None:
        frame = _country_frame(table, code, params)
    crs, geom = frame.crs, frame.geometry
    near = _sites_near(sites, geom, crs, params.transboundary_m)
    empty = np.zeros(0, dtype=object)
    land = frame.land_parts
    area = frame
    if len(near) == 0:
        return _Country(
            code,
            area.name,
            crs,
            area.area_km2,
            geom,
            empty,
            np.zeros(0),
            np.zeros(0, dtype=bool),
            empty,
            empty,
            np.zeros(0),
            land,
            area.dropped_parts,
            0,
        )
    network = dissolve_sites(near)
    parts = np.asarray(network.geometry, dtype=object)
    inside_pieces, inside_owner = _clip(parts, geom)
    outside_pieces, outside_owner = _outside(parts, geom)
    # Foreign pieces: on neighbouring land within the buffer, split by neighbour.
    foreign, foreign_owner, foreign_code = _neighbour_pieces(
        outside_pieces, frame.neighbour_geoms, frame.neighbour_codes
    )
    if len(foreign) and params.transboundary_m >= 0:
        close = shapely.dwithin(geom, foreign, params.transboundary_m)
        foreign, foreign_owner, foreign_code = (
            foreign[close],
            foreign_owner[close],
            foreign_code[close],
        )
    nodes = np.concatenate([inside_pieces, foreign])
    attribute = np.concatenate([shapely.area(inside_pieces) / 1e6, np.zeros(len(foreign))])
    inside = np.r_[np.ones(len(inside_pieces), bool), np.zeros(len(foreign), bool)]
    neighbour = np.concatenate(
        [np.full(len(inside_pieces), "", dtype=object), foreign_code.astype(object)]
    )
    site_ids = np.concatenate(
        [network.site_ids[inside_owner], network.site_ids[outside_owner[foreign_owner]]]
    ).astype(object)
    within_pieces, _ = _clip(np.asarray(near.geometry, dtype=object), geom)
    return _Country(
        code,
        area.name,
        crs,
        area.area_km2,
        geom,
        nodes,
        attribute,
        inside,
        neighbour,
        site_ids,
        shapely.area(within_pieces) / 1e6,
        land,
        area.dropped_parts,
        len(near),
    )


def _ec(net, mask: np.ndarray | None = None, progress=None) -> float:
    sub = net if mask is None else net.subnetwork(mask)
    return math.sqrt(max(pc_numerator(sub, progress), 0.0))


# --------------------------------------------------------------------------- progress


class _Steps:
    """A range of the progress bar, reported step by step and never backwards, with
    cancellation polled at every step (ProtConn of a continent runs for minutes)."""

    def __init__(self, progress, should_cancel, start: float = 0.0, end: float = 1.0, last=None):
        self.progress = progress
        self.should_cancel = should_cancel
        self.start, self.end = start, end
        self.last = last if last is not None else [0.0]

    def poll(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise CancelledError(tr("Cancelled."))

    def at(self, fraction: float) -> None:
        """Report ``fraction`` (0-1) of this range done."""
        self.poll()
        value = self.start + (self.end - self.start) * min(max(float(fraction), 0.0), 1.0)
        if value >= self.last[0]:
            self.last[0] = value
            if self.progress is not None:
                self.progress(value)

    def part(self, lo: float, hi: float) -> _Steps:
        """The sub-range ``lo..hi`` (fractions of this range)."""
        span = self.end - self.start
        return _Steps(
            self.progress,
            self.should_cancel,
            self.start + span * lo,
            self.start + span * hi,
            self.last,
        )


# --------------------------------------------------------------------------- [Trans] game

#: Best paths are followed in the [Trans] game only as long as all the pairs beyond could
#: change PCnum by more than this share of it (far below the rounding of the figures).
NEGLIGIBLE = 1e-12


class _StoneGame:
    """PCnum of a country's own protected areas with the stepping stones of any set of
    neighbours ("players"): [Trans], its Shapley shares and the leave-one-out losses ask for
    up to a few hundred sets on one graph, which at continent scale (thousands of nodes)
    took minutes as a full PCnum per set.

    Values are exact up to a bound fixed in advance: best paths longer than ``L``
    (``p* < e^-L``) are not followed, so a value is low by at most ``e^-L (sum a)^2``,
    and ``L = ln((sum a)^2 / (NEGLIGIBLE sum a^2))`` makes that ``NEGLIGIBLE x sum a^2``, at
    most :data:`NEGLIGIBLE` x PCnum (for d = 10 km and a thousand areas, L is about 500 km
    of gaps). Within that, a set S costs little because:

    1. the links that a path through own nodes beats are dropped once (own nodes are in
       every set; :meth:`_drop_beaten`);
    2. only pairs that can gain are recomputed, and only with the stones they can use.
       A pair (s, t) of own nodes gains from S only along a path through stones of S, and
       for each stone f on it the path is no shorter than ``D(s, f) + D(f, t)`` in the
       graph with every stone; unless that is below the own-only ``D0(s, t)`` and within
       L, no better path runs through f. So the players each pair can gain from
       (``P_st``) are found once, and the pair's value under S is its value under
       ``S & P_st``. Pairs are grouped by ``P_st`` ("keys"), and a key's part of PCnum is
       computed once per ``S & P_st``: most pairs can use one or two neighbours' stones
       (those near them), so most sets reuse what earlier sets computed;
    3. those parts come from Dijkstra runs from the key's sources only, stopped at L
       (``limit``), on the graph of own nodes and S's stones, and replace the pairs'
       own-only values: ``PCnum(S) = PCnum(none) + sum a_s a_t (p*_st(S) - p*_st(none))``.
    """

    #: Largest (source x node) block of one Dijkstra call or pair test.
    BLOCK = 4_000_000

    def __init__(self, net, inside: np.ndarray, player: np.ndarray, n_players: int) -> None:
        a = np.asarray(net.attribute, dtype=float)
        self.n = net.n
        self.m = int(n_players)
        self.player = np.asarray(player, dtype=np.int64)
        self.inside = np.asarray(inside, dtype=bool)
        self.own = np.flatnonzero(self.inside)
        self.rows = np.flatnonzero(self.inside & (a > 0))
        self.a_rows = a[self.rows]
        self.a_own = a[self.own]
        self.i, self.j, self.w = _edges(net, "PC")
        total = float(self.a_rows.sum())
        intra = float(np.sum(self.a_rows**2))
        self.limit = math.log(total * total / (NEGLIGIBLE * intra)) if intra > 0 else 0.0
        self.cache: dict[int, float] = {}
        self.parts: dict[tuple[int, int], float] = {}
        #: Per key: (players, cell sources, cell targets, a_s a_t, own-only p*).
        self.keys: list[tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self.none = 0.0
        if len(self.rows) == 0:
            return
        own_edge = self.inside[self.i] & self.inside[self.j]
        # No own node is ever left out, so the own graph may lose the links that two-link
        # paths beat (indices._prune_dominated keeps every distance).
        own_graph = _sym_csr(
            self.n, *_prune_dominated(self.n, self.i[own_edge], self.j[own_edge], self.w[own_edge])
        )
        d0 = self._distances(own_graph, self.rows)
        self.none = float(self.a_rows @ (np.exp(-d0) @ self.a_own))
        stones = np.flatnonzero(self.player >= 0)
        if len(stones) == 0:
            return
        row_of = np.full(self.n, -1, dtype=np.int64)
        row_of[self.rows] = np.arange(len(self.rows))
        col_of = np.full(self.n, -1, dtype=np.int64)
        col_of[self.own] = np.arange(len(self.own))
        self._drop_beaten(d0, row_of, col_of, stones)
        self._find_keys(d0, row_of, col_of, stones)

    def _find_keys(self, d0, row_of, col_of, stones) -> None:
        """``P_st`` for every pair (see the class docstring), grouped into keys."""
        full = _sym_csr(self.n, self.i, self.j, self.w)
        q, n_own = d0.shape
        # One bit per player (Python integers beyond 64 neighbours, which no country has).
        dtype = next(
            (t for t in (np.uint8, np.uint16, np.uint32, np.uint64) if np.iinfo(t).bits >= self.m),
            object,
        )
        mask = np.zeros((q, n_own), dtype=dtype)
        # The shortest way through a player's stones, in float32: the test keeps a margin
        # far above float32 rounding, so a pair that can gain is never missed (a pair kept
        # in vain costs time, not accuracy).
        best = np.empty((q, n_own), dtype=np.float32)
        margin = 1e-4 + 1e-6 * self.limit
        for p in range(self.m):
            mine = stones[self.player[stones] == p]
            if len(mine) == 0:
                continue
            best.fill(np.inf)
            for part in _blocks(mine, self.n, self.BLOCK):
                reach = dijkstra(full, directed=True, indices=part, limit=self.limit)
                for dist in reach:
                    near = dist <= self.limit
                    src = np.flatnonzero(near & (row_of >= 0))
                    dst = np.flatnonzero(near & (col_of >= 0))
                    if len(src) == 0 or len(dst) == 0:
                        continue
                    to_src = dist[src].astype(np.float32)
                    to_dst = dist[dst].astype(np.float32)
                    if len(src) == q and len(dst) == n_own:  # no cut: whole rows
                        np.minimum(best, to_src[:, None] + to_dst[None, :], out=best)
                        continue
                    for some in _blocks(np.arange(len(src)), len(dst), self.BLOCK):
                        cells = np.ix_(row_of[src[some]], col_of[dst])
                        best[cells] = np.minimum(best[cells], to_src[some][:, None] + to_dst)
            for some in _blocks(np.arange(q), n_own, self.BLOCK):
                near = best[some] <= np.minimum(d0[some], self.limit) + margin
                mask[some] |= near.astype(dtype) * np.array(1 << p, dtype=dtype)[()]
        del best
        flat = np.flatnonzero(mask)
        value = mask.ravel()[flat]
        del mask
        order = np.argsort(value, kind="stable")
        flat, value = flat[order], value[order]
        starts = np.flatnonzero(np.r_[True, value[1:] != value[:-1]]) if len(flat) else []
        for lo, hi in zip(list(starts), [*list(starts)[1:], len(flat)]):
            cell = flat[lo:hi]
            src, dst = cell // n_own, cell % n_own
            self.keys.append(
                (
                    int(value[lo]),
                    src,
                    dst,
                    self.a_rows[src] * self.a_own[dst],
                    np.exp(-d0[src, dst]),
                )
            )

    def _drop_beaten(self, d0, row_of, col_of, stones) -> None:
        """Drop the links that a path through own nodes beats, in every set at once.

        Own nodes are always there, so a link u-v longer than a path between u and v
        whose inner nodes are own is never on a best path (each link of that path is
        shorter than u-v, and is itself kept or beaten by a still shorter path). With
        ``D0`` the own-only lengths from the sources and ``E(s, f) = min_x D0(s, x) +
        w(x, f)`` over f's own neighbours x: an own link loses to ``D0(u, v)``, an
        own-stone link to ``E(u, f)``, a stone-stone link to ``min_y E(y, f) + w(y, g)``.
        At continent scale with d = 100 km (links up to 1,000 km) most links go.
        """
        i, j, w = self.i, self.j, self.w
        shorter = w * (1.0 - 1e-12) - 1e-12
        drop = np.zeros(len(i), dtype=bool)
        ri, cj = row_of[i], col_of[j]
        both = (ri >= 0) & (cj >= 0)
        drop[both] = d0[ri[both], cj[both]] < shorter[both]
        rj, ci = row_of[j], col_of[i]
        both = ~drop & (rj >= 0) & (ci >= 0)
        drop[both] = d0[rj[both], ci[both]] < shorter[both]
        # E(s, f) for every source s and stone f, from f's links to own nodes.
        stone_of = np.full(self.n, -1, dtype=np.int64)
        stone_of[stones] = np.arange(len(stones))
        ends = np.concatenate([i, j])
        other = np.concatenate([j, i])
        weight = np.concatenate([w, w])
        link = (stone_of[ends] >= 0) & (col_of[other] >= 0)
        ends, other, weight = stone_of[ends[link]], col_of[other[link]], weight[link]
        order = np.argsort(ends, kind="stable")
        ends, other, weight = ends[order], other[order], weight[order]
        bounds = np.searchsorted(ends, np.arange(len(stones) + 1))
        reach = np.full((len(self.rows), len(stones)), np.inf)
        for f in range(len(stones)):
            lo, hi = bounds[f], bounds[f + 1]
            if hi > lo:
                reach[:, f] = np.min(d0[:, other[lo:hi]] + weight[lo:hi], axis=1)
        # own-stone links
        for u, f in ((i, j), (j, i)):
            pick = ~drop & (row_of[u] >= 0) & (stone_of[f] >= 0)
            drop[pick] = reach[row_of[u[pick]], stone_of[f[pick]]] < shorter[pick]
        # stone-stone links: min over g's own neighbours y of E(y, f) + w(y, g)
        pairs = np.flatnonzero(~drop & (stone_of[i] >= 0) & (stone_of[j] >= 0))
        if len(pairs):
            rows_of_col = np.full(len(self.own), -1, dtype=np.int64)
            rows_of_col[col_of[self.rows]] = np.arange(len(self.rows))
            via = np.full((len(stones), len(stones)), np.inf)  # via[f, g]
            for g in range(len(stones)):
                lo, hi = bounds[g], bounds[g + 1]
                y = rows_of_col[other[lo:hi]]
                ok = y >= 0
                if ok.any():
                    via[:, g] = np.min(reach[y[ok]] + weight[lo:hi][ok][:, None], axis=0)
            f, g = stone_of[i[pairs]], stone_of[j[pairs]]
            drop[pairs] = np.minimum(via[f, g], via[g, f]) < shorter[pairs]
        keep = ~drop
        self.i, self.j, self.w = i[keep], j[keep], w[keep]

    def _distances(self, graph, sources: np.ndarray) -> np.ndarray:
        """Best-path lengths (``-ln p*``) from ``sources`` to the own nodes, cut at L."""
        out = np.empty((len(sources), len(self.own)))
        done = 0
        for part in _blocks(sources, self.n, self.BLOCK):
            dist = dijkstra(graph, directed=True, indices=part, limit=self.limit)
            out[done : done + len(part)] = dist[:, self.own]
            done += len(part)
        return out

    def value(self, mask: int) -> float:
        """PCnum with the stones of the players in the bit ``mask`` (0: own nodes only)."""
        if mask in self.cache:
            return self.cache[mask]
        found = self.none
        pending: dict[int, list[int]] = {}
        for k, key in enumerate(self.keys):
            used = mask & key[0]
            if used == 0:
                continue
            known = self.parts.get((k, used))
            if known is None:
                pending.setdefault(used, []).append(k)
            else:
                found += known
        if pending:
            # A pair's value under ``mask`` is its value under ``mask & P_st``, so one run
            # on the graph of ``mask`` serves every key still missing.
            chosen = [p for p in range(self.m) if mask >> p & 1]
            present = self.inside | np.isin(self.player, chosen)
            edge = present[self.i] & present[self.j]
            graph = _sym_csr(self.n, self.i[edge], self.j[edge], self.w[edge])
            members = [(used, k) for used, ks in pending.items() for k in ks]
            src = np.unique(np.concatenate([self.keys[k][1] for _, k in members]))
            where = np.full(len(self.rows), -1, dtype=np.int64)
            where[src] = np.arange(len(src))
            dist = self._distances(graph, self.rows[src])
            for used, k in members:
                _, cell_src, cell_dst, weight, old = self.keys[k]
                part = float(weight @ (np.exp(-dist[where[cell_src], cell_dst]) - old))
                self.parts[(k, used)] = part
                found += part
        self.cache[mask] = found
        return found


def _blocks(items: np.ndarray, width: int, budget: int):
    """Consecutive slices of ``items`` of at most ``budget / width`` each."""
    size = max(1, budget // max(width, 1))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _sets(m: int) -> int:
    """How many neighbour sets the [Trans] breakdown evaluates (for the progress bar)."""
    if m == 0:
        return 1
    if m <= MAX_EXACT_SHAPLEY:
        return (1 << m) + m
    return max(8, SHAPLEY_SAMPLE_BUDGET // m) * m + m


def _weights(country: _Country, params: ProtConnParams) -> tuple[float, float, float, float]:
    """Rough costs of PCnum (or dProtConn), ProtConn[Bound] and the [Trans] game at one
    distance, in (own areas x nodes) runs: they only need to keep the bar moving evenly."""
    m = len({c for c in country.neighbour.tolist() if c})
    pcnum = 6.0 if params.importance else 1.0
    bound = 1.0 if params.bound else 0.0
    game = 1.0 + 0.05 * (_sets(m) if params.shares else 1)
    scale = float(country.inside.sum()) * len(country.nodes) + len(country.nodes) + 1.0
    return scale * pcnum, scale * bound, scale * game, scale * (pcnum + bound + game)


def _country_tables(
    country: _Country, params: ProtConnParams, year: int | None, steps: _Steps | None = None
):
    """Rows, neighbour rows and node rows of one country for every distance."""
    steps = steps or _Steps(None, None)
    rows: list[dict] = []
    neighbour_rows: list[dict] = []
    node_rows: list[dict] = []
    a_l = country.area_km2
    a = country.attribute
    prot_km2 = float(a.sum())
    prot = 100.0 * prot_km2 / a_l if a_l > 0 else 0.0
    prot_land_units = 100.0 * math.sqrt(float(np.sum(a**2))) / a_l if a_l > 0 else 0.0
    within_sum = float(country.within_km2.sum())
    within_land = 0.0
    if within_sum > 0:
        within_land = 100.0 * math.sqrt(float(np.sum(country.within_km2**2))) / a_l
        within_land *= math.sqrt(prot_km2 / within_sum)
    within_land = min(within_land, prot_land_units)
    codes = sorted({c for c in country.neighbour.tolist() if c})
    has_nodes = len(country.nodes) > 0
    graph = bound_graph = None
    if has_nodes:
        widest = max(params.distances_m)
        graph = build_graph(
            country.nodes,
            params.graph_params(widest),
            attribute=a,
            layer=country.code,
            progress=steps.part(0.0, 0.8 * GRAPH_SHARE).at,
        )
        if params.bound:
            land = np.asarray(country.land_parts, dtype=object)
            bound_graph = add_nodes(graph, country.nodes, land, np.zeros(len(land)))
    w_pc, w_bound, w_game, w_all = _weights(country, params)
    player = np.array([codes.index(c) if c else -1 for c in country.neighbour.tolist()], int)
    steps.at(GRAPH_SHARE)
    n_d = len(params.distances_m)
    for step, d in enumerate(params.distances_m):
        span = 1.0 - GRAPH_SHARE
        here = steps.part(GRAPH_SHARE + span * step / n_d, GRAPH_SHARE + span * (step + 1) / n_d)
        cut_pc, cut_bound = w_pc / w_all, (w_pc + w_bound) / w_all
        base = {
            "iso3": country.code,
            "name": country.name,
            "year": year,
            "distance_km": d / 1000.0,
            "probability": params.probability,
            "pij_min": params.pij_min,
            "cutoff_km": None if params.cutoff_m is None else params.cutoff_m / 1000.0,
            "transboundary_km": params.transboundary_m / 1000.0,
            "distance_type": params.distance,
            "crs": country.crs,
        }
        if not has_nodes or prot_km2 <= 0:
            rows.append(_row(base, country, a_l, prot_km2, 0, 0.0, 0.0, 0.0, 0.0, 0.0, prot))
            here.at(1.0)
            continue
        net = graph.with_params(params.graph_params(d)).network()
        imp = None
        if params.importance:
            imp = node_importance(
                net,
                "PC",
                should_cancel=steps.should_cancel,
                progress=here.part(0.0, cut_pc).at,
            )
        pcnum = imp.num if imp is not None else pc_numerator(net, here.part(0.0, cut_pc).at)
        here.at(cut_pc)
        ec = math.sqrt(pcnum)
        protconn = 100.0 * ec / a_l
        bound = None
        if bound_graph is not None:
            bnet = bound_graph.with_params(params.graph_params(d)).network()
            ec_bound = _ec(bnet, progress=here.part(cut_pc, cut_bound).at)
            bound = protconn + prot - 100.0 * ec_bound / a_l
            bound = min(max(bound, protconn), prot)
        here.at(cut_bound)
        game = _StoneGame(net, country.inside, player, len(codes))
        here.at(cut_bound + 0.1 * (1.0 - cut_bound))
        ec_own = math.sqrt(max(game.none, 0.0))
        ec_all = math.sqrt(max(game.value((1 << len(codes)) - 1), 0.0))
        trans_land = max(100.0 * (ec_all - ec_own) / a_l, 0.0)
        rows.append(
            _row(
                base,
                country,
                a_l,
                prot_km2,
                int(country.inside.sum()),
                ec,
                protconn,
                trans_land,
                prot_land_units,
                within_land,
                prot,
                bound,
            )
        )
        if params.shares:
            neighbour_rows += _trans_breakdown(
                game,
                country,
                codes,
                base,
                protconn,
                trans_land,
                a_l,
                here.part(cut_bound + 0.1 * (1.0 - cut_bound), 1.0),
            )
        here.at(1.0)
        if imp is not None:
            with np.errstate(invalid="ignore", divide="ignore"):
                without = 100.0 * np.sqrt(np.maximum(imp.num_without, 0.0)) / a_l
            d_protconn = 100.0 * (protconn - without) / protconn if protconn > 0 else without * 0
            cols = imp.columns()
            for k in range(len(country.nodes)):
                node_rows.append(
                    {
                        "iso3": country.code,
                        "year": year,
                        "distance_km": d / 1000.0,
                        "kind": "protected" if country.inside[k] else "foreign",
                        "neighbour": country.neighbour[k],
                        "site_ids": country.site_ids[k],
                        "area_km2": float(shapely.area(country.nodes[k]) / 1e6),
                        "attribute_km2": float(a[k]),
                        "dProtConn": float(d_protconn[k]),
                        "varProtConn": float(protconn - without[k]),
                        "dPC": float(cols["dPC"][k]),
                        "dPCintra": float(cols["dPCintra"][k]),
                        "dPCflux": float(cols["dPCflux"][k]),
                        "dPCconnector": float(cols["dPCconnector"][k]),
                        "geometry": country.nodes[k],
                        "crs": country.crs,
                    }
                )
    return rows, neighbour_rows, node_rows


def _row(
    base,
    country,
    a_l,
    prot_km2,
    n_pa,
    ec,
    protconn,
    trans_land,
    prot_land,
    within_land,
    prot,
    bound=None,
) -> dict:
    prot_land = min(prot_land, protconn) if protconn > 0 else 0.0
    within_land = min(within_land, prot_land)
    unprot_land = max(protconn - prot_land - trans_land, 0.0)
    contig_land = max(prot_land - within_land, 0.0)

    def pct(x):
        return 100.0 * x / protconn if protconn > 0 else 0.0

    row = dict(base)
    row.update(
        {
            "area_km2": a_l,
            "protected_km2": prot_km2,
            "n_sites": country.n_sites,
            "n_pa_nodes": n_pa,
            "n_foreign_nodes": int((~country.inside).sum()),
            "dropped_overseas_parts": country.dropped_parts,
            "EC_km2": ec,
            "ProtConn": protconn,
            "Prot": prot,
            "ProtUnconn": max(prot - protconn, 0.0),
            "RelConn": 100.0 * protconn / prot if prot > 0 else 0.0,
            "Unprotected": max(100.0 - prot, 0.0),
            "ProtConn_Bound": protconn if bound is None and protconn == 0 else bound,
            "ProtConn_Prot": pct(prot_land),
            "ProtConn_Trans": pct(trans_land),
            "ProtConn_Unprot": pct(unprot_land),
            "ProtConn_Within": pct(within_land),
            "ProtConn_Contig": pct(contig_land),
            "ProtConn_Prot_land": prot_land,
            "ProtConn_Trans_land": trans_land,
            "ProtConn_Unprot_land": unprot_land,
            "ProtConn_Within_land": within_land,
            "ProtConn_Contig_land": contig_land,
            "target": TARGET_PERCENT,
            "meets_target": bool(protconn >= TARGET_PERCENT),
        }
    )
    return row


def _shapley(value, m: int, seed: int = 0) -> tuple[np.ndarray, str]:
    """Shapley values of ``m`` players for ``value(bitmask)`` (``value(0)`` = 0): exact up
    to :data:`MAX_EXACT_SHAPLEY` players, else averaged over sampled orders (each order's
    marginal gains add up to ``value(all)``, so the shares always sum exactly)."""
    cache: dict[int, float] = {0: 0.0}

    def v(mask: int) -> float:
        if mask not in cache:
            cache[mask] = value(mask)
        return cache[mask]

    phi = np.zeros(m)
    if m <= MAX_EXACT_SHAPLEY:
        weight = [
            math.factorial(k) * math.factorial(m - k - 1) / math.factorial(m) for k in range(m)
        ]
        for mask in range(1 << m):
            size = bin(mask).count("1")
            for n in range(m):
                if not mask & (1 << n):
                    phi[n] += weight[size] * (v(mask | (1 << n)) - v(mask))
        return phi, "shapley"
    rng = np.random.default_rng(seed)
    orders = max(8, SHAPLEY_SAMPLE_BUDGET // m)
    for _ in range(orders):
        mask = 0
        for n in rng.permutation(m):
            gain = v(mask | (1 << int(n))) - v(mask)
            phi[n] += gain
            mask |= 1 << int(n)
    return phi / orders, f"shapley ({orders} sampled orders)"


def _trans_breakdown(
    game: _StoneGame,
    country: _Country,
    codes: list[str],
    base: dict,
    protconn: float,
    trans_land: float,
    a_l: float,
    steps: _Steps,
) -> list[dict]:
    """Share of [Trans] per neighbour (see the module docstring), from the neighbour sets'
    PCnum in ``game`` (player n: the stones of ``codes[n]``)."""
    if not codes:
        return []
    m = len(codes)
    member = [country.neighbour == c for c in codes]
    full = (1 << m) - 1
    planned = _sets(m)

    def ec(mask: int) -> float:
        before = len(game.cache)
        found = math.sqrt(max(game.value(mask), 0.0))
        if len(game.cache) > before:
            steps.at(len(game.cache) / planned)
        return found

    ec_all, ec_own = ec(full), ec(0)
    loss = np.array([100.0 * (ec_all - ec(full & ~(1 << n))) / a_l for n in range(m)])
    loss = np.maximum(loss, 0.0)

    def gain(mask: int) -> float:
        return 100.0 * (ec(mask) - ec_own) / a_l

    if trans_land > 0:
        share, method = _shapley(gain, m)
        share = np.maximum(share, 0.0)
        share = trans_land * share / share.sum() if share.sum() > 0 else share
    else:
        share, method = np.zeros(m), "none"
    out = []
    for n, code in enumerate(codes):
        mine = member[n]
        out.append(
            {
                "iso3": base["iso3"],
                "year": base["year"],
                "distance_km": base["distance_km"],
                "neighbour": code,
                "n_nodes": int(mine.sum()),
                "foreign_km2": float(shapely.area(country.nodes[mine]).sum() / 1e6),
                "trans_loss_land": float(loss[n]),
                "trans_share_land": float(share[n]),
                "trans_share": float(100.0 * share[n] / protconn) if protconn > 0 else 0.0,
                "share_method": method,
            }
        )
    return out


# --------------------------------------------------------------------------- public API


def protconn(
    sites: Sites,
    countries: CountryTable,
    codes: Sequence[str],
    params: ProtConnParams | None = None,
    *,
    year: int | None = None,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    frames: Mapping[str, _Frame] | None = None,
) -> ProtConnResult:
    """ProtConn and its fractions for each country in ``codes`` and each dispersal distance.

    ``sites`` as prepared by :func:`~..sites.prepare_sites` (any CRS); ``countries`` the
    border layer (QGIS's world map by default on the QGIS side); ``year`` a STATUS_YR
    snapshot taken first (sites without a year are kept, as :func:`~..sites.snapshot`).
    ``progress(fraction)`` hears from every stage (all countries' nodes first, then each
    country's graph, PCnum, ProtConn[Bound] and [Trans] sets) and ``should_cancel()`` is
    polled between them (:class:`CancelledError`). ``frames``: countries' land already
    built (:func:`protconn_series` passes them so each is built once).
    """
    params = (params or ProtConnParams()).validate()
    codes = tuple(str(c).strip().upper() for c in codes if str(c).strip())
    if not codes:
        raise InputError(
            tr("The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.")
        )
    steps = _Steps(progress, should_cancel)
    steps.at(0.0)
    notes: list[str] = []
    if year is not None:
        try:
            sites = snapshot(sites, year)
        except InputError:
            sites = sites.subset(np.zeros(len(sites), dtype=bool))
    # The nodes of every country first (a share of the bar per country), so that the
    # analysis that follows can be shared out by its expected cost.
    prepared = []
    for k, code in enumerate(codes):
        steps.poll()
        frame = None if frames is None else frames.get(code)
        country = _prepare_country(sites, countries, code, params, frame)
        if country.dropped_parts:
            notes.append(
                tr(
                    "{code}: {n} part(s) farther than {km:g} km from the mainland (overseas "
                    "territories) were left out of the country's area."
                ).format(code=code, n=country.dropped_parts, km=params.max_offshore_km)
            )
        if not country.inside.any():
            notes.append(
                tr("{code}: no protected area inside the country; ProtConn is 0.").format(code=code)
            )
        prepared.append(country)
        steps.at(PREPARE_SHARE * (k + 1) / len(codes))
    work = np.array([_weights(c, params)[3] * len(params.distances_m) for c in prepared])
    ends = PREPARE_SHARE + (1.0 - PREPARE_SHARE) * np.cumsum(work) / work.sum()
    rows, neighbours, nodes = [], [], []
    start = PREPARE_SHARE
    for country, end in zip(prepared, ends.tolist()):
        r, nb, nd = _country_tables(country, params, year, steps.part(start, end))
        rows += r
        neighbours += nb
        nodes += nd
        start = end
    steps.at(1.0)
    record = params.as_dict()
    record.update({"codes": list(codes), "year": year, "countries_source": countries.source})
    return ProtConnResult(rows, neighbours, nodes, record, tuple(notes))


def default_years(sites: Sites, count: int = 10) -> list[int]:
    """Snapshot years for a time series: up to ``count`` status years spread over the
    record, always with the latest (sites without a year are in every snapshot)."""
    years = np.unique(sites.status_yr[sites.status_yr > 0])
    if len(years) == 0:
        return []
    if len(years) <= count:
        return [int(y) for y in years]
    picks = np.unique(np.round(np.linspace(0, len(years) - 1, count)).astype(int))
    return [int(years[i]) for i in picks]


def protconn_series(
    sites: Sites,
    countries: CountryTable,
    codes: Sequence[str],
    params: ProtConnParams | None = None,
    years: Sequence[int] | None = None,
    target: float = TARGET_PERCENT,
    *,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[dict]:
    """ProtConn per STATUS_YR snapshot, against the ``target`` line (GBF: 30 %).

    One row per country, distance and year with ProtConn, Prot, ProtConn[Bound] and whether
    the target is met ("monitoring the evolution of networks", Saura et al. 2018). Node
    importance and the per-neighbour shares are not computed for the series (its rows do
    not use them; [Trans] is). ``progress`` and ``should_cancel`` as in :func:`protconn`,
    over all years.
    """
    params = replace((params or ProtConnParams()).validate(), importance=False, shares=False)
    years = list(years) if years else default_years(sites)
    steps = _Steps(progress, should_cancel)
    wanted = tuple(str(c).strip().upper() for c in codes if str(c).strip())
    frames: dict[str, _Frame] = {}
    if years:
        for code in wanted:
            steps.poll()
            frames[code] = _country_frame(countries, code, params)
    out = []
    for k, year in enumerate(years):
        part = steps.part(k / len(years), (k + 1) / len(years))
        result = protconn(
            sites,
            countries,
            codes,
            params,
            year=int(year),
            progress=part.at,
            should_cancel=should_cancel,
            frames=frames,
        )
        for row in result.rows:
            out.append(
                {
                    "iso3": row["iso3"],
                    "year": int(year),
                    "distance_km": row["distance_km"],
                    "ProtConn": row["ProtConn"],
                    "Prot": row["Prot"],
                    "ProtConn_Bound": row["ProtConn_Bound"],
                    "ProtConn_Trans": row["ProtConn_Trans"],
                    "n_pa_nodes": row["n_pa_nodes"],
                    "target": float(target),
                    "meets_target": bool(row["ProtConn"] >= target),
                }
            )
    return out
