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
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace

import numpy as np
import shapely

from ..borders import CountryTable, build_study_area
from ..crs import WGS84, transform
from ..errors import InputError
from ..i18n import tr
from ..sites import Sites, dissolve_sites, snapshot
from ..vector import polygon_parts
from .graph import GraphParams, add_nodes, build_graph
from .indices import node_importance, pc_numerator

#: DOPA's median dispersal distances (km).
DOPA_DISTANCES_KM = (1.0, 10.0, 100.0)
#: GBF Target 3: 30 % of land protected (and well connected) by 2030.
TARGET_PERCENT = 30.0
#: Neighbours up to this many get exact Shapley shares of [Trans] (2^m ProtConn runs).
MAX_EXACT_SHAPLEY = 8
#: Beyond, about this many ProtConn runs over sampled orders.
SHAPLEY_SAMPLE_BUDGET = 256


@dataclass(frozen=True)
class ProtConnParams:
    """Every setting that changes ProtConn (kept in the outputs).

    Distances in metres. ``cutoff_m`` limits link length (None: links while
    ``p_ij >= pij_min``); ``transboundary_m`` how far into neighbouring countries foreign
    protected areas are taken as stepping stones; ``max_offshore_km`` drops a country's
    parts farther than this from its mainland (overseas territories) from ``A_L`` and the
    analysis; ``bound`` computes ProtConn[Bound]; ``importance`` computes dProtConn per node.
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
    """Polygon pieces of ``geoms`` inside ``region`` (prepared) and their owners."""
    shapely.prepare(region)
    inside = shapely.within(geoms, region)
    touching = ~inside & shapely.intersects(geoms, region)
    pieces = np.empty(len(geoms), dtype=object)
    pieces[inside] = geoms[inside]
    pieces[touching] = shapely.intersection(geoms[touching], region)
    keep = inside | touching
    parts, owner = _polygons(pieces[keep])
    return parts, np.flatnonzero(keep)[owner]


def _outside(geoms: np.ndarray, region: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Polygon pieces of ``geoms`` outside ``region`` and their owners."""
    inside = shapely.within(geoms, region)
    crossing = ~inside & shapely.intersects(geoms, region)
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
    within = shapely.within(geoms[piece_idx], countries[country_idx])
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
    reach = shapely.buffer(area_geom, buffer_m, quad_segs=4) if buffer_m > 0 else area_geom
    # A densified envelope, so its curved image in the sites' CRS still holds the region.
    envelope = shapely.envelope(reach)
    envelope = shapely.segmentize(envelope, max(shapely.length(envelope) / 400.0, 1.0))
    envelope = transform(np.array([envelope], dtype=object), crs, sites.crs)[0]
    tree = shapely.STRtree(np.asarray(sites.geometry, dtype=object))
    candidates = np.sort(tree.query(shapely.envelope(envelope)))
    if len(candidates) == 0:
        return sites.subset(np.zeros(len(sites), dtype=bool))
    projected = transform(np.asarray(sites.geometry, dtype=object)[candidates], sites.crs, crs)
    shapely.prepare(area_geom)
    keep = (
        shapely.dwithin(projected, area_geom, buffer_m)
        if buffer_m > 0
        else shapely.intersects(projected, area_geom)
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


def _prepare_country(
    sites: Sites, table: CountryTable, code: str, params: ProtConnParams
) -> _Country:
    area = build_study_area(table, (code,), max_offshore_km=params.max_offshore_km)
    crs, geom = area.crs, area.geometry
    shapely.prepare(geom)
    near = _sites_near(sites, geom, crs, params.transboundary_m)
    empty = np.zeros(0, dtype=object)
    land = shapely.get_parts(geom)
    if len(near) == 0:
        return _Country(
            code,
            area.names[0],
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
    rows, near_wgs = _near_countries(
        table,
        code,
        transform(np.array([geom], dtype=object), crs, WGS84)[0],
        params.transboundary_m,
    )
    neighbour_geoms = transform(near_wgs, WGS84, crs)
    neighbour_geoms = shapely.make_valid(neighbour_geoms)
    foreign, foreign_owner, foreign_code = _neighbour_pieces(
        outside_pieces, neighbour_geoms, table.iso3[rows]
    )
    if len(foreign) and params.transboundary_m >= 0:
        close = shapely.dwithin(foreign, geom, params.transboundary_m)
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
        area.names[0],
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


def _ec(net, mask: np.ndarray | None = None) -> float:
    sub = net if mask is None else net.subnetwork(mask)
    return math.sqrt(max(pc_numerator(sub), 0.0))


def _country_tables(country: _Country, params: ProtConnParams, year: int | None):
    """Rows, neighbour rows and node rows of one country for every distance."""
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
            country.nodes, params.graph_params(widest), attribute=a, layer=country.code
        )
        if params.bound:
            land = np.asarray(country.land_parts, dtype=object)
            bound_graph = add_nodes(graph, country.nodes, land, np.zeros(len(land)))
    for d in params.distances_m:
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
            continue
        net = graph.with_params(params.graph_params(d)).network()
        imp = node_importance(net, "PC") if params.importance else None
        pcnum = imp.num if imp is not None else pc_numerator(net)
        ec = math.sqrt(pcnum)
        protconn = 100.0 * ec / a_l
        ec_own = _ec(net, country.inside)
        trans_land = max(protconn - 100.0 * ec_own / a_l, 0.0)
        bound = None
        if bound_graph is not None:
            bnet = bound_graph.with_params(params.graph_params(d)).network()
            ec_bound = _ec(bnet)
            bound = protconn + prot - 100.0 * ec_bound / a_l
            bound = min(max(bound, protconn), prot)
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
        neighbour_rows += _trans_breakdown(
            net, country, codes, base, protconn, trans_land, ec_own, a_l
        )
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


def _trans_breakdown(net, country, codes, base, protconn, trans_land, ec_own, a_l) -> list[dict]:
    """Share of [Trans] per neighbour (see the module docstring)."""
    if not codes:
        return []
    neighbour = country.neighbour
    own = country.inside
    member = [neighbour == c for c in codes]
    loss = np.array([protconn - 100.0 * _ec(net, neighbour != c) / a_l for c in codes])
    loss = np.maximum(loss, 0.0)

    def gain(mask: int) -> float:
        keep = own.copy()
        for n in range(len(codes)):
            if mask & (1 << n):
                keep |= member[n]
        return 100.0 * (_ec(net, keep) - ec_own) / a_l

    if trans_land > 0:
        share, method = _shapley(gain, len(codes))
        share = np.maximum(share, 0.0)
        share = trans_land * share / share.sum() if share.sum() > 0 else share
    else:
        share, method = np.zeros(len(codes)), "none"
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
) -> ProtConnResult:
    """ProtConn and its fractions for each country in ``codes`` and each dispersal distance.

    ``sites`` as prepared by :func:`~..sites.prepare_sites` (any CRS); ``countries`` the
    border layer (QGIS's world map by default on the QGIS side); ``year`` a STATUS_YR
    snapshot taken first (sites without a year are kept, as :func:`~..sites.snapshot`).
    """
    params = (params or ProtConnParams()).validate()
    codes = tuple(str(c).strip().upper() for c in codes if str(c).strip())
    if not codes:
        raise InputError(
            tr("The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.")
        )
    notes: list[str] = []
    if year is not None:
        try:
            sites = snapshot(sites, year)
        except InputError:
            sites = sites.subset(np.zeros(len(sites), dtype=bool))
    rows, neighbours, nodes = [], [], []
    for code in codes:
        country = _prepare_country(sites, countries, code, params)
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
        r, nb, nd = _country_tables(country, params, year)
        rows += r
        neighbours += nb
        nodes += nd
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
) -> list[dict]:
    """ProtConn per STATUS_YR snapshot, against the ``target`` line (GBF: 30 %).

    One row per country, distance and year with ProtConn, Prot, ProtConn[Bound] and whether
    the target is met ("monitoring the evolution of networks", Saura et al. 2018). Node
    importance is not computed for the series.
    """
    params = replace((params or ProtConnParams()).validate(), importance=False)
    years = list(years) if years else default_years(sites)
    out = []
    for year in years:
        result = protconn(sites, countries, codes, params, year=int(year))
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
