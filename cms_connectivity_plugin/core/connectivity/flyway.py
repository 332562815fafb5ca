"""Flyway networks: stopover sites linked by a species' maximum hop, and the sites it cannot lose.

A migratory bird needs a chain of sites from its breeding to its non-breeding grounds, each
within one flight of the next (the site-network view of flyways: Xu et al. 2019, *Ecology
Letters* 22: 1046, "Stopover network of migratory waterbirds"; Runge et al. 2014, *Frontiers
in Ecology and the Environment* 12: 395, "Conserving mobile species"; Iwamura et al. 2013,
*Proc. R. Soc. B* 280: 20130325, on how losing a few stopovers collapses flyway populations).

**Network.** Nodes are sites with a role: breeding, stopover or non-breeding. The migration
axis runs from the centroid of the breeding sites to the centroid of the non-breeding sites
(in Lambert azimuthal equal-area centred on the sites); the *progress* of a site is its
position along that axis, ``progress_i = (p_i - c_B) . u`` in km, with ``u`` the unit vector
of the axis. A directed link i -> j exists when

    d_ij <= max_hop_km   and   progress_j - progress_i > min_progress_km (default 0),

with d_ij the great-circle distance (haversine, R = 6371.0088 km) or the Euclidean distance
in the equal-area CRS. So links only move towards the non-breeding end, the network is
acyclic, and any site (a breeding colony further south, a non-breeding site in Spain for
birds bound for Morocco) may be a stepping stone on the way.

**Connectivity and critical sites.** A breeding site is *connected* when a directed path
leads from it to any non-breeding site. With w_b the weight of breeding site b (e.g. the
number of tracked birds; 1 when unweighted), the connected weight is
``R = sum_b w_b [b reaches N]``. Removing site k leaves ``R_-k``; its loss counts the other
breeding sites only, ``loss_k = sum_{b != k} w_b ([b reaches N] - [b reaches N without k])``,
and k is **critical** when ``loss_k > 0``. All losses come from one dominator tree
(Lengauer-Tarjan via networkx) of the reversed network rooted at a super-sink joined from
every non-breeding site: k cuts b off exactly when k dominates b there, so
``loss_k = sum of w_b over the breeding sites below k in the tree``; the test suite checks
this against removing each site in turn. For each breeding site, **routes** counts its
paths to the non-breeding sites that share no stopover (the maximum flow with unit capacities
on sites and links, non-breeding sites unlimited; Menger's theorem): 1 means all its routes
pass through one stopover or one link. **Betweenness** is the share of
shortest (by distance) breeding -> non-breeding routes that pass through a site
(Brandes' subset betweenness divided by the number of connected breeding / non-breeding
pairs).

**Protection.** A polygon site is protected when at least ``threshold`` (default 50 %) of its
area lies inside the protected areas; a point site when it lies inside one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import shapely

from ..crs import WGS84, Transformer, laea_for, transform
from ..errors import InputError
from ..i18n import name_items, tr
from ..tracks import DEFAULT_MIGRATION_KM, Tracks, classify_by_movement, stopovers
from ..tracks import NON_BREEDING as _NB_CODE
from ..vector import POINTS, POLYGONAL, VectorTable, require_crs, require_features

EARTH_RADIUS_KM = 6371.0088
BREEDING, STOPOVER, NON_BREEDING = "breeding", "stopover", "non-breeding"
ROLES = (BREEDING, STOPOVER, NON_BREEDING)
DISTANCES = ("great-circle", "equal-area")

#: Accepted role values (compared lower-case, '-' and '_' read as spaces); IUCN seasonal
#: codes 2 / 4 / 3 pass as such.
ROLE_WORDS: dict[str, str] = {
    "breeding": BREEDING,
    "breed": BREEDING,
    "b": BREEDING,
    "2": BREEDING,
    "nesting": BREEDING,
    "colony": BREEDING,
    "summer": BREEDING,
    "stopover": STOPOVER,
    "stop over": STOPOVER,
    "s": STOPOVER,
    "passage": STOPOVER,
    "4": STOPOVER,
    "staging": STOPOVER,
    "migration": STOPOVER,
    "transit": STOPOVER,
    "non breeding": NON_BREEDING,
    "nonbreeding": NON_BREEDING,
    "nb": NON_BREEDING,
    "3": NON_BREEDING,
    "wintering": NON_BREEDING,
    "winter": NON_BREEDING,
    "w": NON_BREEDING,
}


# --------------------------------------------------------------------------------------------
# Sites


@dataclass(frozen=True)
class FlywaySites:
    """Sites with a role; ``lon``/``lat`` (WGS84) place them, ``geometry`` (points or polygons
    in ``crs``, optional) is used for protection."""

    site_id: np.ndarray  # text
    role: np.ndarray  # one of ROLES
    lon: np.ndarray
    lat: np.ndarray
    weight: np.ndarray
    geometry: np.ndarray | None = None
    crs: str | None = None
    name: str = "sites"

    def __len__(self) -> int:
        return len(self.site_id)


def _role_key(value) -> str:
    text = str(value).strip().lower().replace("-", " ").replace("_", " ")
    try:
        number = float(text)
        if number == int(number):
            text = str(int(number))
    except ValueError:
        pass
    return " ".join(text.split())


def parse_roles(
    values, layer: str, field: str, extra: Mapping[str, str] | None = None
) -> np.ndarray:
    """Role of each value (see :data:`ROLE_WORDS`); ``extra`` maps more values to roles."""
    words = dict(ROLE_WORDS)
    for key, role in (extra or {}).items():
        if role not in ROLES:
            raise InputError(
                tr("The role '{role}' is unknown: use one of {roles}.").format(
                    role=role, roles=", ".join(ROLES)
                )
            )
        words[_role_key(key)] = role
    values = np.asarray(list(values), dtype=object)
    keys = np.array([_role_key(v) if v is not None else "" for v in values], dtype=object)
    roles = np.array([words.get(k, "") for k in keys], dtype=object)
    unknown = sorted({str(v) for v in values[roles == ""]})
    if unknown:
        raise InputError(
            tr(
                "The field '{field}' of '{layer}' has values that are not a site role: {values}. "
                "Use breeding, stopover (or passage) and non-breeding (or wintering), or IUCN "
                "codes 2, 4, 3."
            ).format(field=field, layer=layer, values=name_items([repr(u) for u in unknown]))
        )
    return roles


def _lonlat(geoms: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    points = shapely.point_on_surface(geoms)
    polys = np.isin(shapely.get_type_id(geoms), POLYGONAL)
    points[polys] = shapely.centroid(geoms[polys])
    inside = shapely.contains(geoms[polys], points[polys])
    fallback = np.flatnonzero(polys)[~inside]
    points[fallback] = shapely.point_on_surface(geoms[fallback])
    lonlat = transform(points, crs, WGS84)
    return shapely.get_x(lonlat), shapely.get_y(lonlat)


LON_FIELDS = ("lon", "longitude", "long", "location-long", "location_long", "x")
LAT_FIELDS = ("lat", "latitude", "location-lat", "location_lat", "y")


def _points_from_columns(table: VectorTable) -> VectorTable:
    """Points from lon / lat columns when the table has no geometry at all."""
    geoms = np.asarray(table.geometry, dtype=object)
    if len(geoms) and not (shapely.is_missing(geoms) | shapely.is_empty(geoms)).all():
        return table
    lon_field, lat_field = table.field(*LON_FIELDS), table.field(*LAT_FIELDS)
    if lon_field is None or lat_field is None:
        return table
    try:
        lon = np.array([float(v) for v in table.column(lon_field)])
        lat = np.array([float(v) for v in table.column(lat_field)])
    except (TypeError, ValueError):
        lon = lat = np.full(len(table), np.nan)
    bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 360))
    if bad.any():
        raise InputError(
            tr(
                "The columns '{lon}' / '{lat}' of '{layer}' are not valid longitudes / "
                "latitudes in degrees for site(s) {ids}: fix those values."
            ).format(lon=lon_field, lat=lat_field, layer=table.name, ids=name_items(table.ids[bad]))
        )
    return VectorTable(table.name, table.columns, shapely.points(lon, lat), WGS84, table.ids)


#: Field names read as the sites' role when none is chosen.
ROLE_FIELDS = ("role", "site_role", "flyway_role", "seasonal", "season")


def sites_or_tracks(
    table: VectorTable,
    role_field: str | None = None,
    *,
    id_field: str | None = None,
    weight_field: str | None = None,
    radius_km: float = 10.0,
    min_duration_h: float = 24.0,
) -> tuple[FlywaySites, str]:
    """Sites from a layer, and how it was read: ``"sites"`` (a role field, chosen or found
    by name) or ``"tracks"`` (GPS fixes: an individual id and a timestamp, as a CSV of
    tracks opened as a layer has). A table of fixes has no role field, so asking for one
    was a dead end."""
    from ..tracks import ID_FIELDS, TIME_FIELDS, tracks_from_table

    role = role_field or table.field(*ROLE_FIELDS)
    if role:
        return flyway_sites(table, role, id_field=id_field, weight_field=weight_field), "sites"
    if table.field(*ID_FIELDS) and table.field(*TIME_FIELDS):
        tracks = tracks_from_table(_points_from_columns(table))
        found = sites_from_tracks(tracks, radius_km=radius_km, min_duration_h=min_duration_h)
        return found, "tracks"
    raise InputError(
        tr(
            "'{layer}' has no role field ({names}) and no individual id and timestamp of GPS "
            "fixes: choose its role field (breeding / stopover / non-breeding), or give GPS "
            "tracks."
        ).format(layer=table.name, names=", ".join(ROLE_FIELDS))
    )


def flyway_sites(
    table: VectorTable,
    role_field: str,
    *,
    id_field: str | None = None,
    weight_field: str | None = None,
    roles: Mapping[str, str] | None = None,
) -> FlywaySites:
    """Sites from a point or polygon layer with a role field (and optional id and weight).

    A table without geometries (a CSV) is read from its lon / lat columns, in WGS84.
    """
    require_features(table)
    table = _points_from_columns(table)
    require_crs(table)
    for name in (role_field, id_field, weight_field):
        if name and name not in table.columns:
            raise InputError(
                tr("The layer '{layer}' has no field '{field}': choose one of {fields}.").format(
                    layer=table.name, field=name, fields=", ".join(table.columns)
                )
            )
    geoms = np.asarray(table.geometry, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        raise InputError(
            tr("Site(s) {ids} of '{layer}' have no geometry: fix or delete those features.").format(
                ids=name_items(table.ids[missing]), layer=table.name
            )
        )
    kinds = shapely.get_type_id(geoms)
    if not np.isin(kinds, POINTS + POLYGONAL).all():
        raise InputError(
            tr(
                "The layer '{layer}' has line geometries: flyway sites must be points or polygons."
            ).format(layer=table.name)
        )
    role = parse_roles(table.column(role_field), table.name, role_field, roles)
    ids = table.column(id_field) if id_field else table.ids
    site_id = np.array([str(v) for v in ids], dtype=object)
    if len(np.unique(site_id)) != len(site_id):
        raise InputError(
            tr(
                "The id field '{field}' of '{layer}' has duplicates: choose a field with one "
                "value per site."
            ).format(field=id_field, layer=table.name)
        )
    weight = np.ones(len(table))
    if weight_field:
        raw = table.column(weight_field)
        try:
            weight = np.array([np.nan if v is None else float(v) for v in raw])
        except (TypeError, ValueError):
            weight = np.full(len(table), np.nan)
        bad = ~np.isfinite(weight) | (weight < 0)
        if bad.any():
            raise InputError(
                tr(
                    "The weight field '{field}' of '{layer}' is empty, negative or not a number "
                    "for site(s) {ids}: fill it with counts (e.g. birds) or leave it empty."
                ).format(field=weight_field, layer=table.name, ids=name_items(site_id[bad]))
            )
    lon, lat = _lonlat(geoms, table.crs)
    return FlywaySites(site_id, role, lon, lat, weight, geoms, table.crs, table.name)


def _merge_points(x: np.ndarray, y: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Discs of ``radius`` around points, overlapping discs merged: (label per point, discs)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    n = len(x)
    pairs = cKDTree(np.column_stack([x, y])).query_pairs(2 * radius, output_type="ndarray")
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    discs = shapely.buffer(shapely.points(x, y), radius, quad_segs=8)
    merged = np.array(
        [shapely.union_all(discs[label == k]) for k in range(label.max() + 1)], dtype=object
    )
    return label, merged


def sites_from_tracks(
    tracks: Tracks,
    *,
    radius_km: float = 10.0,
    min_duration_h: float = 24.0,
    min_migration_km: float = DEFAULT_MIGRATION_KM,
    crs: str | None = None,
) -> FlywaySites:
    """Breeding, stopover and non-breeding sites from GPS tracks (one migration or years).

    Stopovers are :func:`core.tracks.stopovers` sites (weight: individuals). Each bird's fixes
    before and after its migration (:func:`core.tracks.classify_by_movement`, no minimum
    settled time) give its breeding and non-breeding location (the median of those fixes);
    locations of different birds whose ``radius_km`` discs overlap form one site (weight:
    birds). Birds that never migrate add no breeding or non-breeding site.
    """
    found = stopovers(
        tracks,
        radius_km=radius_km,
        min_duration_h=min_duration_h,
        crs=crs,
        min_migration_km=min_migration_km,
    )
    crs = found.crs
    season = classify_by_movement(
        tracks, min_migration_km=min_migration_km, min_settled_days=0.0, crs=crs
    )
    x, y = Transformer.from_crs(WGS84, crs, always_xy=True).transform(tracks.lon, tracks.lat)
    x, y = np.asarray(x), np.asarray(y)
    sites = found.sites
    ids = [np.array([f"stopover-{k}" for k in sites.site_id], dtype=object)]
    roles = [np.full(len(sites), STOPOVER, dtype=object)]
    weights = [sites.n_individuals.astype(np.float64)]
    geoms = [sites.geometry]
    for code, role in ((2, BREEDING), (_NB_CODE, NON_BREEDING)):
        bx, by = [], []
        for _, sl in tracks.runs():  # one median per bird
            sel = season[sl] == code
            if sel.any():
                bx.append(float(np.median(x[sl][sel])))
                by.append(float(np.median(y[sl][sel])))
        if not bx:
            continue
        label, discs = _merge_points(np.array(bx), np.array(by), radius_km * 1000.0)
        ids.append(np.array([f"{role}-{k + 1}" for k in range(len(discs))], dtype=object))
        roles.append(np.full(len(discs), role, dtype=object))
        weights.append(np.bincount(label).astype(np.float64))
        geoms.append(discs)
    geometry = np.concatenate(geoms)
    lon, lat = _lonlat(geometry, crs)
    return FlywaySites(
        np.concatenate(ids),
        np.concatenate(roles),
        lon,
        lat,
        np.concatenate(weights),
        geometry,
        crs,
        tracks.source or "tracks",
    )


# --------------------------------------------------------------------------------------------
# Network


@dataclass(frozen=True)
class FlywayNetwork:
    """Directed links (``source`` -> ``target``, indices into ``sites``) and site progress."""

    sites: FlywaySites
    source: np.ndarray
    target: np.ndarray
    length_km: np.ndarray
    progress_km: np.ndarray
    params: dict[str, object] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.source)


def great_circle_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Haversine distance in km on a sphere of radius :data:`EARTH_RADIUS_KM`."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def _unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lam, phi = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def flyway_network(
    sites: FlywaySites,
    max_hop_km: float,
    *,
    distance: str = "great-circle",
    min_progress_km: float = 0.0,
) -> FlywayNetwork:
    """Links of at most ``max_hop_km`` that make progress towards the non-breeding end (the
    rule is in the module docstring). Candidate pairs come from a k-d tree, never an n x n
    matrix."""
    from scipy.spatial import cKDTree

    if not (np.isfinite(max_hop_km) and max_hop_km > 0):
        raise InputError(
            tr("The maximum hop distance must be greater than 0 km (got {value}).").format(
                value=max_hop_km
            )
        )
    if distance not in DISTANCES:
        raise InputError(
            tr("Unknown distance '{value}': use one of {values}.").format(
                value=distance, values=", ".join(DISTANCES)
            )
        )
    if not np.isfinite(min_progress_km) or min_progress_km < 0:
        raise InputError(
            tr("The minimum progress per hop must be 0 km or more (got {value}).").format(
                value=min_progress_km
            )
        )
    role = np.asarray(sites.role)
    names = {BREEDING: tr("breeding"), NON_BREEDING: tr("non-breeding")}
    for needed in (BREEDING, NON_BREEDING):
        if not (role == needed).any():
            raise InputError(
                tr(
                    "'{layer}' has no {role} site: a flyway network needs breeding and "
                    "non-breeding sites (check the role field)."
                ).format(layer=sites.name, role=names[needed])
            )
    lon, lat = np.asarray(sites.lon, dtype=float), np.asarray(sites.lat, dtype=float)
    # lon wrap is not handled; a centre that is not degrees names the layer
    laea = laea_for(float(np.mean(lon)), float(np.mean(lat)), sites.name)
    x, y = Transformer.from_crs(WGS84, laea, always_xy=True).transform(lon, lat)
    xy = np.column_stack([x, y]) / 1000.0
    start = xy[role == BREEDING].mean(axis=0)
    axis = xy[role == NON_BREEDING].mean(axis=0) - start
    span = float(np.hypot(*axis))
    if span < 1e-6:
        raise InputError(
            tr(
                "The breeding and non-breeding sites of '{layer}' have the same centre, so "
                "there is no migration direction: check the role field."
            ).format(layer=sites.name)
        )
    progress = (xy - start) @ (axis / span)
    if distance == "great-circle":
        chord = 2 * np.sin(min(max_hop_km / (2 * EARTH_RADIUS_KM), np.pi / 2))
        pairs = cKDTree(_unit_vectors(lon, lat)).query_pairs(
            chord * 1.000001, output_type="ndarray"
        )
        i, j = pairs[:, 0], pairs[:, 1]
        d = great_circle_km(lon[i], lat[i], lon[j], lat[j])
    else:
        pairs = cKDTree(xy).query_pairs(max_hop_km, output_type="ndarray")
        i, j = pairs[:, 0], pairs[:, 1]
        d = np.hypot(*(xy[i] - xy[j]).T)
    keep = d <= max_hop_km
    i, j, d = i[keep], j[keep], d[keep]
    step = progress[j] - progress[i]
    forward = step > min_progress_km
    backward = -step > min_progress_km
    source = np.concatenate([i[forward], j[backward]])
    target = np.concatenate([j[forward], i[backward]])
    length = np.concatenate([d[forward], d[backward]])
    order = np.lexsort((target, source))
    params = {
        "max_hop_km": float(max_hop_km),
        "distance": distance,
        "min_progress_km": float(min_progress_km),
        "axis_km": round(span, 1),
        "sites": len(sites),
    }
    return FlywayNetwork(sites, source[order], target[order], length[order], progress, params)


# --------------------------------------------------------------------------------------------
# Critical sites


@dataclass(frozen=True)
class FlywayAnalysis:
    """Per site: whether it reaches a non-breeding site, its loss when removed, criticality,
    betweenness, routes (breeding sites) and protection."""

    network: FlywayNetwork
    reaches: np.ndarray
    loss: np.ndarray
    loss_share: np.ndarray
    critical: np.ndarray
    betweenness: np.ndarray
    routes: np.ndarray  # -1 for sites that are not breeding sites
    protected_share: np.ndarray  # NaN without protected areas
    protected: np.ndarray
    unprotected_critical: np.ndarray
    summary: dict[str, object] = field(default_factory=dict)

    def node_columns(self) -> dict[str, np.ndarray]:
        net = self.network
        sites = net.sites
        n = len(sites)
        return {
            "site_id": sites.site_id,
            "role": sites.role,
            "lon": np.round(sites.lon, 6),
            "lat": np.round(sites.lat, 6),
            "weight": sites.weight.astype(np.float64),
            "progress_km": np.round(net.progress_km, 3),
            "links_out": np.bincount(net.source, minlength=n).astype(np.int64),
            "links_in": np.bincount(net.target, minlength=n).astype(np.int64),
            "reaches_nb": self.reaches.astype(np.int64),
            "routes": self.routes.astype(np.int64),
            "loss": np.round(self.loss, 6),
            "loss_share": np.round(self.loss_share, 6),
            "critical": self.critical.astype(np.int64),
            "betweenness": np.round(self.betweenness, 6),
            "protected_share": np.round(self.protected_share, 4),
            "protected": self.protected.astype(np.int64),
            "unprot_crit": self.unprotected_critical.astype(np.int64),
        }

    def link_columns(self) -> dict[str, np.ndarray]:
        net = self.network
        sid = net.sites.site_id
        return {
            "from_site": sid[net.source],
            "to_site": sid[net.target],
            "length_km": np.round(net.length_km, 3),
            "progress_km": np.round(net.progress_km[net.target] - net.progress_km[net.source], 3),
            "max_hop_km": np.full(len(net), float(net.params["max_hop_km"])),
        }

    def link_geometry(self) -> np.ndarray:
        """Straight lines in lon/lat (WGS84) from site to site."""
        net = self.network
        s = net.sites
        coords = np.stack(
            [
                np.column_stack([s.lon[net.source], s.lat[net.source]]),
                np.column_stack([s.lon[net.target], s.lat[net.target]]),
            ],
            axis=1,
        )
        return shapely.linestrings(coords) if len(net) else np.array([], dtype=object)


def _digraph(network: FlywayNetwork):
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(network.sites)))
    graph.add_weighted_edges_from(
        zip(network.source.tolist(), network.target.tolist(), network.length_km.tolist()),
        weight="length_km",
    )
    return graph


def reach_loss(network: FlywayNetwork, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(reaches a non-breeding site, loss when removed) of every site, by dominators."""
    import networkx as nx

    n = len(network.sites)
    role = np.asarray(network.sites.role)
    sink = n
    reverse = nx.DiGraph()
    reverse.add_nodes_from(range(n + 1))
    reverse.add_edges_from(zip(network.target.tolist(), network.source.tolist()))
    reverse.add_edges_from((sink, k) for k in np.flatnonzero(role == NON_BREEDING).tolist())
    idom_map = nx.immediate_dominators(reverse, sink)
    idom = np.full(n + 1, -1, dtype=np.int64)
    for node, parent in idom_map.items():
        idom[node] = parent
    reaches = idom[:n] >= 0
    loss = np.zeros(n + 1)
    breeding = np.flatnonzero((role == BREEDING) & reaches)
    weight = np.asarray(weights, dtype=np.float64)[breeding]
    current = idom[breeding]
    while True:  # walk all chains up the dominator tree at once, one level per pass
        active = current != sink
        if not active.any():
            break
        np.add.at(loss, current[active], weight[active])
        current = np.where(active, idom[current], sink)
    return reaches, loss[:n]


def _routes(network: FlywayNetwork) -> np.ndarray:
    """Routes from each breeding site to the non-breeding sites that share no stopover.

    A maximum flow on the node-split network: every site other than a non-breeding one
    carries at most one route (in -> out capacity 1), every link at most one, and the
    non-breeding sites drain into a super-sink without limit, so routes may end at the same
    non-breeding site (its own loss is counted by :func:`reach_loss`).
    """
    import networkx as nx

    role = np.asarray(network.sites.role)
    n = len(role)
    flow = nx.DiGraph()
    for v in range(n):
        if role[v] == NON_BREEDING:
            flow.add_edge(("in", v), ("out", v))  # no capacity attribute: unlimited
            flow.add_edge(("out", v), "sink")
        else:
            flow.add_edge(("in", v), ("out", v), capacity=1)
    flow.add_edges_from(
        (("out", u), ("in", v), {"capacity": 1})
        for u, v in zip(network.source.tolist(), network.target.tolist())
    )
    routes = np.full(n, -1, dtype=np.int64)
    for b in np.flatnonzero(role == BREEDING).tolist():
        routes[b] = int(nx.maximum_flow_value(flow, ("out", b), "sink"))
    return routes


def protection_share(
    geoms: np.ndarray, crs: str, protected: np.ndarray, protected_crs: str
) -> np.ndarray:
    """Share of each site's area inside the protected areas (points: 1 inside, 0 outside),
    measured in an equal-area CRS centred on the sites; overlapping areas count once."""
    geoms = np.asarray(geoms, dtype=object)
    lonlat = transform(geoms, crs, WGS84)
    centre = shapely.centroid(shapely.union_all(shapely.envelope(lonlat)))
    laea = laea_for(centre.x, centre.y)
    sites = transform(geoms, crs, laea)
    pas = np.asarray(protected, dtype=object)
    pas = pas[~(shapely.is_missing(pas) | shapely.is_empty(pas))]
    share = np.zeros(len(sites))
    if len(pas) == 0:
        return share
    pas = shapely.make_valid(transform(pas, protected_crs, laea))
    hit_site, hit_pa = shapely.STRtree(pas).query(sites, predicate="intersects")
    if len(hit_site) == 0:
        return share
    cover = shapely.union_all(pas[np.unique(hit_pa)])
    touched = np.unique(hit_site)
    polys = np.isin(shapely.get_type_id(sites[touched]), POLYGONAL)
    area = shapely.area(sites[touched])
    inter = shapely.area(shapely.intersection(sites[touched], cover))
    with np.errstate(invalid="ignore", divide="ignore"):
        share[touched] = np.where(
            polys & (area > 0), inter / area, shapely.intersects(sites[touched], cover) * 1.0
        )
    return np.clip(share, 0.0, 1.0)


def analyse_flyway(
    network: FlywayNetwork,
    *,
    weighted: bool = True,
    protected: np.ndarray | None = None,
    protected_crs: str | None = None,
    threshold: float = 0.5,
) -> FlywayAnalysis:
    """Connectivity, critical sites, betweenness, routes and protection of a flyway network.

    ``weighted`` counts breeding sites by their weight (e.g. birds), else each as 1;
    ``protected`` are protected-area geometries in ``protected_crs``; a site is protected
    when at least ``threshold`` of it is covered. Formulas: module docstring.
    """
    import networkx as nx

    if not 0 < threshold <= 1:
        raise InputError(
            tr("The protected share must be between 0 and 1 (got {value}).").format(value=threshold)
        )
    sites = network.sites
    n = len(sites)
    role = np.asarray(sites.role)
    weights = sites.weight if weighted else np.ones(n)
    reaches, loss = reach_loss(network, weights)
    breeding = role == BREEDING
    total = float(np.sum(np.asarray(weights)[breeding & reaches]))
    loss_share = loss / total if total > 0 else np.zeros(n)
    critical = loss > 0
    graph = _digraph(network)
    sources = np.flatnonzero(breeding).tolist()
    targets = np.flatnonzero(role == NON_BREEDING).tolist()
    between = nx.betweenness_centrality_subset(
        graph, sources, targets, normalized=False, weight="length_km"
    )
    connected_pairs = 0
    for b in sources:
        connected_pairs += len(set(nx.descendants(graph, b)).intersection(targets))
    betweenness = np.array([between[k] for k in range(n)], dtype=np.float64)
    if connected_pairs:
        betweenness /= connected_pairs
    routes = _routes(network)
    if protected is not None:
        if sites.geometry is None or not sites.crs:
            geoms = shapely.points(sites.lon, sites.lat)
            site_crs = WGS84
        else:
            geoms, site_crs = sites.geometry, sites.crs
        if not protected_crs:
            raise InputError(
                tr(
                    "The protected-area layer has no coordinate reference system: set one in "
                    "its properties (Layer > Set CRS)."
                )
            )
        share = protection_share(geoms, site_crs, protected, protected_crs)
        is_protected = share >= threshold
    else:
        share = np.full(n, np.nan)
        is_protected = np.zeros(n, dtype=bool)
    unprotected_critical = critical & ~is_protected if protected is not None else critical & False
    connected = float(np.sum(np.asarray(weights)[breeding & reaches]))
    summary = {
        **network.params,
        "weighted": weighted,
        "protected_threshold": threshold if protected is not None else None,
        "links": len(network),
        "breeding_sites": int(breeding.sum()),
        "breeding_connected": int((breeding & reaches).sum()),
        "breeding_weight": float(np.sum(np.asarray(weights)[breeding])),
        "connected_weight": connected,
        "critical_sites": int(critical.sum()),
        "unprotected_critical_sites": int(unprotected_critical.sum()),
    }
    return FlywayAnalysis(
        network=network,
        reaches=reaches,
        loss=loss,
        loss_share=loss_share,
        critical=critical,
        betweenness=betweenness,
        routes=routes,
        protected_share=share,
        protected=is_protected,
        unprotected_critical=unprotected_critical,
        summary=summary,
    )
