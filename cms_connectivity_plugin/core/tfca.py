"""Transfrontier Conservation Area (TFCA) candidates and transboundary habitats.

CMS: an area straddling the borders of two or more countries, which may include protected
areas and multiple resource-use areas (DESIGN.md section 8; CMS Res. 12.7 para 19 asks
Parties to identify the transboundary habitats of listed species). A candidate is a cluster
of chosen planning units (selected or locked in) and existing sites, joined where they share
an edge or lie within ``gap_m`` of each other (so a river or a road does not split them),
whose area lies in at least two countries.

Ranking score (weights configurable through :class:`RankWeights`)::

    score_c = sum_k w_k * x_ck / max_c' x_c'k  /  sum_k w_k

with the criteria ``x``: number of transboundary species, area (km2), unprotected share
(1 - protected share) and network importance (dPC of the candidate, Saura & Rubio 2010).
Each criterion is divided by its largest value over the candidates (0 when all are 0, and a
NaN importance counts 0), so the score lies in [0, 1]. Rank 1 is the highest score; ties go
to more species, then larger area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np
import shapely
from scipy import sparse
from scipy.sparse import csgraph

from .borders import shared_borders
from .errors import InputError
from .i18n import tr
from .planning_units import PlanningUnits
from .ranges import SEASON_LABELS, season_code
from .vector import flag_column, require_fields

#: Default median dispersal distance (km) for the candidates' dPC, as GraphParams' default.
DEFAULT_DISPERSAL_KM = 10.0
#: Smallest area (km2) that counts as "positive" when a range meets a country's part.
MIN_AREA_KM2 = 1e-6
OUTSIDE = "-"  # area of a candidate in none of the countries (sea, other countries)


@dataclass(frozen=True)
class RankWeights:
    """Weights of the ranking score (see the module docstring); any non-negative numbers."""

    transboundary: float = 0.4
    area: float = 0.2
    unprotected: float = 0.2
    importance: float = 0.2

    def validate(self) -> RankWeights:
        values = [getattr(self, f.name) for f in fields(self)]
        if any(not (math.isfinite(v) and v >= 0) for v in values) or sum(values) <= 0:
            raise InputError(
                tr(
                    "The TFCA ranking weights must be 0 or more and not all 0 (got {values})."
                ).format(values=", ".join(f"{v:g}" for v in values))
            )
        return self


@dataclass(frozen=True)
class TfcaCandidates:
    """One row per candidate, ranked (1 = first).

    ``country_area`` is the long table (candidate row, country code, km2) whose areas sum to
    ``area_km2`` exactly, including :data:`OUTSIDE` for any part in none of the countries.
    ``importance`` is the candidate's dPC (%) in the network of all clusters; NaN when the
    connectivity module is missing or ``dispersal_km`` is None.
    """

    tfca_id: np.ndarray
    countries: np.ndarray  # "ESP;FRA"
    n_countries: np.ndarray
    area_km2: np.ndarray
    area_by_country: np.ndarray  # "ESP:1234.5;FRA:678.9"
    protected_km2: np.ndarray
    n_units: np.ndarray
    n_species: np.ndarray
    n_features: np.ndarray
    rank: np.ndarray
    geometry: np.ndarray
    members: list[np.ndarray]  # unit indices of each candidate
    protected_share: np.ndarray | None = None
    n_sites: np.ndarray | None = None
    n_transboundary: np.ndarray | None = None
    transboundary_species: np.ndarray | None = None  # "Sp a;Sp b"
    species: np.ndarray | None = None
    importance: np.ndarray | None = None
    mean_frequency: np.ndarray | None = None
    mean_irreplaceability: np.ndarray | None = None
    score: np.ndarray | None = None
    country_area: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    weights: RankWeights = RankWeights()
    dispersal_km: float | None = DEFAULT_DISPERSAL_KM

    def __len__(self) -> int:
        return len(self.geometry)

    def _or(self, value: np.ndarray | None, fill, dtype) -> np.ndarray:
        return np.full(len(self), fill, dtype=dtype) if value is None else value

    def columns(self) -> dict[str, np.ndarray]:
        """The output layer's attribute table."""
        return {
            "tfca_id": self.tfca_id,
            "rank": self.rank,
            "score": np.round(self._or(self.score, np.nan, float), 4),
            "countries": self.countries,
            "n_countries": self.n_countries,
            "area_km2": np.round(self.area_km2, 3),
            "area_by_country": self.area_by_country,
            "protected_km2": np.round(self.protected_km2, 3),
            "protected_share": np.round(self._or(self.protected_share, np.nan, float), 4),
            "n_units": self.n_units,
            "n_sites": self._or(self.n_sites, 0, np.int64),
            "n_species": self.n_species,
            "n_features": self.n_features,
            "n_transboundary": self._or(self.n_transboundary, 0, np.int64),
            "transboundary_species": self._or(self.transboundary_species, "", object),
            "species": self._or(self.species, "", object),
            "importance_dpc": np.round(self._or(self.importance, np.nan, float), 4),
            "mean_frequency": np.round(self._or(self.mean_frequency, np.nan, float), 4),
            "mean_irreplaceability": np.round(
                self._or(self.mean_irreplaceability, np.nan, float), 4
            ),
        }


# --------------------------------------------------------------------------------------------
# Clusters
# --------------------------------------------------------------------------------------------


#: A candidate's area outside its countries below this is a floating-point leftover, not a
#: part at sea (it made "5 | - | 0.000" rows in the report).
_ROUNDING_KM2 = 0.05


def _clusters(
    units: PlanningUnits, chosen: np.ndarray, sites: np.ndarray, gap_m: float
) -> tuple[np.ndarray, np.ndarray]:
    """Component label of every node (chosen units first, then sites) and the node geometry.

    Units are linked through shared edges (the boundary table); with a gap or with sites,
    also every pair of nodes within ``gap_m`` (STRtree ``dwithin``).
    """
    idx = np.flatnonzero(chosen)
    geoms = np.concatenate([units.geometry[idx], sites]).astype(object)
    m = len(geoms)
    pos = np.full(len(units), -1, dtype=np.int64)
    pos[idx] = np.arange(len(idx))
    b = units.boundary
    both = chosen[b.i] & chosen[b.j]
    left, right = [pos[b.i[both]]], [pos[b.j[both]]]
    if m and (gap_m > 0 or len(sites)):
        li, lj = shapely.STRtree(geoms).query(geoms, predicate="dwithin", distance=gap_m)
        keep = li < lj
        left.append(li[keep])
        right.append(lj[keep])
    li, lj = np.concatenate(left), np.concatenate(right)
    graph = sparse.coo_matrix((np.ones(len(li)), (li, lj)), shape=(m, m)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    return labels, geoms


def _importance(geoms: np.ndarray, dispersal_km: float | None) -> np.ndarray:
    """dPC (%) of each cluster as a node of the network of all clusters (NaN if unavailable)."""
    if dispersal_km is None or len(geoms) == 0:
        return np.full(len(geoms), np.nan)
    from .connectivity.graph import GraphParams, build_graph
    from .connectivity.indices import node_importance

    # km in the API, metres in the graph: converted here, where the graph is built.
    d_m = float(dispersal_km) * 1000.0
    graph = build_graph(geoms, GraphParams(d=d_m), layer="TFCA clusters")
    return np.asarray(node_importance(graph.network(), "PC").d, dtype=float)


def _normalised(values: np.ndarray) -> np.ndarray:
    v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
    top = v.max() if len(v) else 0.0
    return v / top if top > 0 else np.zeros_like(v)


def rank_scores(
    n_transboundary: np.ndarray,
    area_km2: np.ndarray,
    protected_share: np.ndarray,
    importance: np.ndarray,
    weights: RankWeights = RankWeights(),
) -> np.ndarray:
    """The ranking score of the module docstring, in [0, 1]."""
    w = weights.validate()
    total = w.transboundary + w.area + w.unprotected + w.importance
    return (
        w.transboundary * _normalised(n_transboundary)
        + w.area * _normalised(area_km2)
        + w.unprotected * _normalised(1.0 - np.asarray(protected_share, float))
        + w.importance * _normalised(importance)
    ) / total


def _per_unit(values: np.ndarray | None, n: int, what: str) -> np.ndarray | None:
    if values is None:
        return None
    values = np.asarray(values, dtype=float).ravel()
    if values.shape != (n,):
        raise InputError(
            tr("There are {count} {what} values for {n} planning units; give one per unit.").format(
                count=values.size, what=what, n=n
            )
        )
    return values


def find_candidates(
    units: PlanningUnits,
    chosen: np.ndarray,
    amounts: sparse.spmatrix,
    feature_species: np.ndarray,
    min_country_share: float = 0.01,
    *,
    gap_m: float = 0.0,
    sites: np.ndarray | None = None,
    country_geometry: np.ndarray | None = None,
    feature_geometry: np.ndarray | None = None,
    frequency: np.ndarray | None = None,
    irreplaceability: np.ndarray | None = None,
    dispersal_km: float | None = DEFAULT_DISPERSAL_KM,
    weights: RankWeights = RankWeights(),
    areas_from_shares: bool = False,
) -> TfcaCandidates:
    """Clusters of ``chosen`` units (and ``sites``) that span two or more countries.

    A country counts for a cluster when it holds at least ``min_country_share`` of the
    cluster's area (so generalisation slivers along a border do not make a TFCA).

    ``country_geometry`` (one polygon per ``units.country_codes``, same CRS): areas per
    country are measured on the dissolved candidate. Without it, or with
    ``areas_from_shares``, the units' parts come from their country shares (measured when
    the units were built, with a site's own ISO3 code where it overrode coarse borders), and
    the parts of sites outside every member unit from ``country_geometry`` (in no country
    without it). ``feature_geometry`` (one range per feature):
    a feature is represented when its range meets the candidate with positive area, and a
    species is *transboundary* when its range inside the candidate has positive area in at
    least two countries' parts of it. Without geometries both come from ``amounts``:
    represented when a member unit holds it, transboundary when member units of two
    countries do. ``frequency`` / ``irreplaceability`` per unit (a portfolio's selection
    frequency, Ferrier importance) are averaged over member units. ``dispersal_km``: the
    median dispersal distance (km) of the candidates' importance (dPC); None skips it.
    """
    chosen = np.asarray(chosen, dtype=bool)
    n = len(units)
    if not (math.isfinite(gap_m) and gap_m >= 0):
        raise InputError(
            tr("The gap distance must be 0 or more metres (got {value}).").format(value=gap_m)
        )
    weights = weights.validate()
    frequency = _per_unit(frequency, n, tr("selection frequency"))
    irreplaceability = _per_unit(irreplaceability, n, tr("irreplaceability"))
    sites = np.zeros(0, dtype=object) if sites is None else np.asarray(sites, dtype=object)
    sites = sites[~(shapely.is_missing(sites) | shapely.is_empty(sites))]
    labels, geoms = _clusters(units, chosen, sites, float(gap_m))
    if len(geoms) == 0:
        return _empty(weights, dispersal_km)
    unit_idx = np.flatnonzero(chosen)
    n_units_chosen = len(unit_idx)
    k = int(labels.max()) + 1
    groups = [np.flatnonzero(labels == c) for c in range(k)]
    cluster_geom = np.array([shapely.union_all(geoms[g]) for g in groups], dtype=object)
    cluster_area = shapely.area(cluster_geom) / 1e6
    codes = np.array(units.country_codes, dtype=object)
    if country_geometry is not None:
        country_geometry = np.asarray(country_geometry, dtype=object)
        if len(country_geometry) != len(codes):
            raise InputError(
                tr("There are {count} country polygons for {n} country codes.").format(
                    count=len(country_geometry), n=len(codes)
                )
            )
    if country_geometry is not None and not areas_from_shares:
        # GEOS raises the floating-point "invalid" flag inside valid overlays; numpy turned it
        # into a RuntimeWarning every run printed ("invalid value encountered").
        with np.errstate(invalid="ignore"):
            parts = shapely.intersection(cluster_geom[:, None], country_geometry[None, :])
        by_country = shapely.area(parts) / 1e6
    else:
        member_of = sparse.coo_matrix(
            (
                np.ones(n_units_chosen),
                (labels[:n_units_chosen], unit_idx),
            ),
            shape=(k, n),
        ).tocsr()
        by_country = np.asarray((member_of @ units.country_shares).todense()).reshape(k, -1)
        # Unit areas sum to the dissolved area up to rounding; keep the units' own total,
        # plus the part of the member sites outside every member unit (no double count).
        extra = np.array(
            [
                shapely.difference(
                    shapely.union_all(geoms[g[g >= n_units_chosen]]),
                    shapely.union_all(geoms[g[g < n_units_chosen]]),
                )
                if (g >= n_units_chosen).any()
                else None
                for g in groups
            ],
            dtype=object,
        )
        has_extra = ~shapely.is_missing(extra)
        site_extra = np.zeros(k)
        site_extra[has_extra] = shapely.area(extra[has_extra]) / 1e6
        if country_geometry is not None and has_extra.any() and len(codes):
            with np.errstate(invalid="ignore"):  # GEOS's harmless flag, as above
                pieces = shapely.intersection(extra[has_extra][:, None], country_geometry[None, :])
            by_country[has_extra] += shapely.area(pieces) / 1e6
        cluster_area = np.asarray(member_of @ units.area_km2).ravel() + site_extra
    by_country = np.minimum(by_country, cluster_area[:, None])
    present_mask = (by_country >= min_country_share * cluster_area[:, None]) & (by_country > 0)
    spans = present_mask.sum(axis=1) >= 2
    importance_all = _importance(cluster_geom, dispersal_km)
    keep = np.flatnonzero(spans)
    if len(keep) == 0:
        return _empty(weights, dispersal_km)

    species_of = np.asarray(feature_species, dtype=object)
    amounts = sparse.csr_matrix(amounts)
    rows = []
    for c in keep:
        g = groups[c]
        members = unit_idx[g[g < n_units_chosen]]
        member_sites = g[g >= n_units_chosen] - n_units_chosen
        present = np.flatnonzero(present_mask[c])
        order = np.argsort(codes[present])
        names, areas = codes[present][order], by_country[c, present][order]
        geom = cluster_geom[c]
        feats, trans = _features_from_amounts(amounts, members, units, species_of)
        if feature_geometry is not None:
            feats, geo_trans = _features_geometric(
                geom,
                np.asarray(feature_geometry, dtype=object),
                species_of,
                country_geometry,
                present,
            )
            trans = trans if geo_trans is None else geo_trans
        unit_prot = float((units.protected_share[members] * units.area_km2[members]).sum())
        site_prot = 0.0
        if len(member_sites):
            site_prot = float(shapely.area(shapely.union_all(sites[member_sites])) / 1e6)
        protected = min(max(unit_prot, site_prot), float(cluster_area[c]))
        rows.append(
            dict(
                members=members,
                n_sites=len(member_sites),
                countries=";".join(names),
                n_countries=len(names),
                area_km2=float(cluster_area[c]),
                country_names=names,
                country_areas=areas,
                area_by_country=";".join(f"{a}:{v:.1f}" for a, v in zip(names, areas)),
                protected_km2=protected,
                n_species=len(np.unique(species_of[feats].astype(str))) if len(feats) else 0,
                species=";".join(sorted(set(species_of[feats].astype(str)))),
                n_features=len(feats),
                transboundary=sorted(trans),
                importance=float(importance_all[c]),
                frequency=float(frequency[members].mean())
                if frequency is not None and len(members)
                else np.nan,
                irreplaceability=float(irreplaceability[members].mean())
                if irreplaceability is not None and len(members)
                else np.nan,
                geometry=geom,
            )
        )
    area = np.array([r["area_km2"] for r in rows])
    protected_km2 = np.array([r["protected_km2"] for r in rows])
    share = np.divide(protected_km2, area, out=np.zeros_like(area), where=area > 0)
    n_trans = np.array([len(r["transboundary"]) for r in rows], dtype=np.int64)
    importance = np.array([r["importance"] for r in rows])
    score = rank_scores(n_trans, area, share, importance, weights)
    n_species = np.array([r["n_species"] for r in rows], dtype=np.int64)
    order = np.lexsort((-area, -n_species, -score))
    rows = [rows[i] for i in order]
    m = len(rows)
    # Long table: every candidate's country areas plus the part in none of them.
    ca_row, ca_code, ca_area = [], [], []
    for i, r in enumerate(rows):
        rest = r["area_km2"] - float(np.sum(r["country_areas"]))
        names = list(r["country_names"])
        areas = list(r["country_areas"])
        if rest > _ROUNDING_KM2:  # not a floating-point leftover (2e-13 km2 made a row)
            names.append(OUTSIDE)
            areas.append(rest)
        elif rest < 0:  # dropped slivers below min_country_share: fold into the largest
            areas[int(np.argmax(areas))] += rest
        ca_row += [i] * len(names)
        ca_code += names
        ca_area += areas
    return TfcaCandidates(
        tfca_id=np.arange(1, m + 1, dtype=np.int64),
        countries=np.array([r["countries"] for r in rows], dtype=object),
        n_countries=np.array([r["n_countries"] for r in rows], dtype=np.int64),
        area_km2=area[order],
        area_by_country=np.array([r["area_by_country"] for r in rows], dtype=object),
        protected_km2=protected_km2[order],
        n_units=np.array([len(r["members"]) for r in rows], dtype=np.int64),
        n_species=n_species[order],
        n_features=np.array([r["n_features"] for r in rows], dtype=np.int64),
        rank=np.arange(1, m + 1, dtype=np.int64),
        geometry=np.array([r["geometry"] for r in rows], dtype=object),
        members=[r["members"] for r in rows],
        protected_share=share[order],
        n_sites=np.array([r["n_sites"] for r in rows], dtype=np.int64),
        n_transboundary=n_trans[order],
        transboundary_species=np.array([";".join(r["transboundary"]) for r in rows], dtype=object),
        species=np.array([r["species"] for r in rows], dtype=object),
        importance=importance[order],
        mean_frequency=np.array([r["frequency"] for r in rows]),
        mean_irreplaceability=np.array([r["irreplaceability"] for r in rows]),
        score=score[order],
        country_area=(
            np.array(ca_row, dtype=np.int64),
            np.array(ca_code, dtype=object),
            np.array(ca_area, dtype=float),
        ),
        weights=weights,
        dispersal_km=dispersal_km,
    )


def _features_geometric(
    geom, ranges, species_of, country_geometry, present
) -> tuple[np.ndarray, set | None]:
    """Features whose range meets the candidate with positive area, and (with country
    polygons) the species whose range inside it has positive area in two countries' parts."""
    with np.errstate(invalid="ignore"):  # GEOS's harmless flag, as in find_candidates
        inside = shapely.area(shapely.intersection(ranges, geom)) / 1e6
    feats = np.flatnonzero(inside > MIN_AREA_KM2)
    if country_geometry is None:
        return feats, None
    if len(feats) == 0:
        return feats, set()
    with np.errstate(invalid="ignore"):
        parts = shapely.intersection(geom, country_geometry[present])
        area = shapely.area(shapely.intersection(ranges[feats][:, None], parts[None, :])) / 1e6
    return feats, _species_in_two(species_of[feats], area > MIN_AREA_KM2)


def _features_from_amounts(
    amounts: sparse.csr_matrix, members: np.ndarray, units: PlanningUnits, species_of: np.ndarray
) -> tuple[np.ndarray, set]:
    """Features held by member units; transboundary when units of two countries hold them."""
    sub = amounts[members]
    feats = np.flatnonzero(np.asarray((sub > 0).sum(axis=0)).ravel() > 0)
    country = np.asarray(units.country, dtype=object)[members].astype(str)
    uniq, inv = np.unique(country, return_inverse=True)
    valid = uniq != ""
    held = sparse.csr_matrix(
        (np.ones(len(members)), (inv, np.arange(len(members)))), shape=(len(uniq), len(members))
    ) @ (sub > 0).astype(float)
    held = np.asarray(held.todense()) > 0
    return feats, _species_in_two(species_of, held[valid].T)


def _species_in_two(species: np.ndarray, hit: np.ndarray) -> set:
    """Species whose features (rows of ``hit``, features x country parts) together touch
    at least two parts: the species' whole range counts, not one season's."""
    if hit.size == 0:
        return set()
    names, inv = np.unique(np.asarray(species, dtype=object).astype(str), return_inverse=True)
    per_species = np.zeros((len(names), hit.shape[1]), dtype=bool)
    np.logical_or.at(per_species, inv, hit)
    return set(names[per_species.sum(axis=1) >= 2].tolist())


def _empty(
    weights: RankWeights = RankWeights(), dispersal_km: float | None = DEFAULT_DISPERSAL_KM
) -> TfcaCandidates:
    z = np.zeros(0, dtype=np.int64)
    s = np.zeros(0, dtype=object)
    f = np.zeros(0)
    return TfcaCandidates(
        z,
        s,
        z,
        f,
        s,
        f,
        z,
        z,
        z,
        z,
        s,
        [],
        protected_share=f,
        n_sites=z,
        n_transboundary=z,
        transboundary_species=s,
        species=s,
        importance=f,
        mean_frequency=f,
        mean_irreplaceability=f,
        score=f,
        country_area=(z, s, f),
        weights=weights,
        dispersal_km=dispersal_km,
    )


# --------------------------------------------------------------------------------------------
# Transboundary habitats (CMS Res. 12.7 para 19)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransboundaryHabitats:
    """One row per (feature, shared border) where the range straddles the border.

    ``geometry`` is the range within ``buffer_m`` of the border; ``area_a_km2`` /
    ``area_b_km2`` its parts in each of the two countries (both positive by construction).
    """

    species: np.ndarray
    season: np.ndarray  # label
    iso3_a: np.ndarray
    iso3_b: np.ndarray
    area_km2: np.ndarray
    area_a_km2: np.ndarray
    area_b_km2: np.ndarray
    geometry: np.ndarray

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "species": self.species,
            "season": self.season,
            "iso3_a": self.iso3_a,
            "iso3_b": self.iso3_b,
            "area_km2": np.round(self.area_km2, 3),
            "area_a_km2": np.round(self.area_a_km2, 3),
            "area_b_km2": np.round(self.area_b_km2, 3),
        }


def transboundary_habitats(
    species: np.ndarray,
    season: np.ndarray,
    ranges: np.ndarray,
    countries: np.ndarray,
    codes: tuple[str, ...],
    buffer_m: float = 25_000.0,
    tolerance_m: float = 100.0,
) -> TransboundaryHabitats:
    """Range parts of each feature that straddle a shared land border, candidate or not.

    For every pair of countries sharing a border (:func:`~.borders.shared_borders`), the
    zone within ``buffer_m`` of the border line; a feature's range straddles it when its
    part in the zone has positive area on both sides. Geometries in a metric CRS.
    """
    if not (math.isfinite(buffer_m) and buffer_m > 0):
        raise InputError(
            tr("The border buffer must be a positive distance in metres (got {value}).").format(
                value=buffer_m
            )
        )
    ranges = np.asarray(ranges, dtype=object)
    countries = np.asarray(countries, dtype=object)
    species = np.asarray(species, dtype=object)
    season = np.asarray(season)
    a, b, lines = shared_borders(countries, tuple(codes), tolerance_m)
    empty = np.zeros(0, dtype=object)
    if len(lines) == 0 or len(ranges) == 0:
        z = np.zeros(0)
        return TransboundaryHabitats(empty, empty, empty, empty, z, z, z, empty)
    index = {code: k for k, code in enumerate(codes)}
    zones = shapely.buffer(lines, buffer_m)
    fi, zi = shapely.STRtree(zones).query(ranges, predicate="intersects")
    pieces = shapely.intersection(ranges[fi], zones[zi])
    ca = countries[[index[c] for c in a[zi]]] if len(zi) else empty
    cb = countries[[index[c] for c in b[zi]]] if len(zi) else empty
    area_a = shapely.area(shapely.intersection(pieces, ca)) / 1e6 if len(zi) else np.zeros(0)
    area_b = shapely.area(shapely.intersection(pieces, cb)) / 1e6 if len(zi) else np.zeros(0)
    keep = (area_a > MIN_AREA_KM2) & (area_b > MIN_AREA_KM2)
    fi, zi, pieces = fi[keep], zi[keep], pieces[keep]
    labels = np.array([SEASON_LABELS.get(int(k), str(k)) for k in season[fi]], dtype=object)
    return TransboundaryHabitats(
        species=species[fi].astype(object),
        season=labels,
        iso3_a=np.asarray(a, dtype=object)[zi],
        iso3_b=np.asarray(b, dtype=object)[zi],
        area_km2=area_a[keep] + area_b[keep],
        area_a_km2=area_a[keep],
        area_b_km2=area_b[keep],
        geometry=pieces,
    )


# --------------------------------------------------------------------------------------------
# From plain tables (the Processing algorithm and the command line)
# --------------------------------------------------------------------------------------------


def _season_codes(values: np.ndarray, layer: str) -> np.ndarray:
    out = np.zeros(len(values), dtype=np.int64)
    for k, value in enumerate(values):
        code = season_code(value)
        if code is not None:
            out[k] = code
        else:
            raise InputError(
                tr(
                    "The season '{value}' of feature {row} in '{layer}' is not an IUCN seasonal "
                    "code (1-5) or label (e.g. breeding)."
                ).format(value=value, row=k + 1, layer=layer)
            )
    return out


#: Species fields tried when none is named: 'Prepare species ranges' writes ``species``,
#: IUCN files say ``binomial``, BirdLife ``sci_name`` / ``SCINAME``, eBird
#: ``scientific_name``. The first two were the defaults of the toolbox: naming either also
#: finds the other, so the steps chain without edits.
SPECIES_FIELDS = ("species", "binomial", "sci_name", "scientific_name")
#: Season fields tried when the one named is absent (codes or labels both read).
SEASON_FIELDS = ("seasonal", "season")
#: Where a candidate's areas per country come from (:attr:`TfcaInputs.country_source`).
SOURCE_SHARES, SOURCE_BORDERS, SOURCE_UNITS = "shares", "borders", "units"


@dataclass(frozen=True)
class TfcaInputs:
    """What :func:`read_tfca_inputs` read: units, features and country polygons.

    ``country_source``: the units' areas per country come from their ``country_shares``
    field (:data:`SOURCE_SHARES`), from the border layer (:data:`SOURCE_BORDERS`), or, for
    units written without shares and no border layer, whole from their ``country`` field
    (:data:`SOURCE_UNITS`).
    """

    units: PlanningUnits
    amounts: sparse.csr_matrix
    species: np.ndarray
    season: np.ndarray
    ranges: np.ndarray
    country_geometry: np.ndarray
    chosen: np.ndarray
    country_source: str = SOURCE_BORDERS

    @property
    def areas_from_shares(self) -> bool:
        """Whether :func:`find_candidates` must take the units' areas from their shares."""
        return self.country_source != SOURCE_BORDERS


def _species_field(table, species_field: str | None) -> str:
    """The species field: the one named, else the first of :data:`SPECIES_FIELDS`.

    A named default (``species`` or ``binomial``) that the layer lacks falls back to the
    others too; any other name must exist (the error lists what was looked for).
    """
    name = (species_field or "").strip()
    if name and table.field(name):
        return table.field(name)
    default = not name or name.lower() in SPECIES_FIELDS[:2]
    if default and table.field(*SPECIES_FIELDS):
        return table.field(*SPECIES_FIELDS)
    spellings = SPECIES_FIELDS if default else (name,)
    return require_fields(table, {"species": spellings})["species"]


def _season_field(table, season_field: str | None) -> str | None:
    if not season_field:
        return None
    if table.field(season_field):
        return table.field(season_field)
    if season_field.strip().lower() in SEASON_FIELDS:
        found = table.field(*SEASON_FIELDS)
        if found:
            return found
    return require_fields(table, {"season": (season_field,)})["season"]


def _borders_near_units(table, geoms: np.ndarray, crs: str) -> np.ndarray:
    """The border layer's polygons cut to the units' neighbourhood, repaired, in ``crs``.

    The whole world projected to the units' local equal-area CRS folds far countries over
    the projection's antipode, and real border layers hold self-intersecting rings: either
    made GEOS raise ``TopologyException: side location conflict`` on QGIS's own world map.
    Only the neighbourhood (the units' extent and 10 %, at least 50 km, around) is kept.
    """
    from .borders import valid_polygons
    from .crs import transform
    from .vector import polygon_parts

    cgeom = valid_polygons(np.asarray(table.geometry, dtype=object))
    present = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    if len(present):
        x0, y0, x1, y1 = shapely.total_bounds(present)
        pad = max(0.1 * max(x1 - x0, y1 - y0), 50_000.0)
        box = shapely.segmentize(shapely.box(x0 - pad, y0 - pad, x1 + pad, y1 + pad), pad / 4)
        there = transform(np.array([box], dtype=object), crs, table.crs)[0]
        bounds = np.asarray(shapely.bounds(there), dtype=float)
        if np.isfinite(bounds).all():
            with np.errstate(invalid="ignore"):
                cgeom = shapely.clip_by_rect(cgeom, *bounds)
            cgeom = polygon_parts(shapely.make_valid(cgeom))
    projected = transform(cgeom, table.crs, crs)
    fixed = valid_polygons(np.asarray(projected, dtype=object))
    return np.asarray(polygon_parts(fixed), dtype=object)


def _union_by_code(geoms: np.ndarray, owner: np.ndarray, codes: tuple[str, ...]) -> np.ndarray:
    """One (multi)polygon per code: the union of the geometries it owns (empty when none)."""
    out = []
    for code in codes:
        mine = geoms[(owner == code) & ~shapely.is_missing(geoms)]
        out.append(shapely.union_all(mine) if len(mine) else shapely.Polygon())
    return np.array(out, dtype=object)


def _align_codes(
    shares: sparse.csr_matrix, share_codes: tuple[str, ...], border_codes: tuple[str, ...]
) -> tuple[sparse.csr_matrix, tuple[str, ...]]:
    """Shares re-indexed on the union of their codes and the border layer's, the units'
    codes written as the border layer writes the same country (XKX, KOS or KSV)."""
    from .countries import equivalent_code

    mapped = [equivalent_code(c, border_codes) or c for c in share_codes]
    codes = tuple(sorted(set(border_codes) | set(mapped)))
    index = {c: k for k, c in enumerate(codes)}
    coo = shares.tocoo()
    col = np.array([index[mapped[c]] for c in coo.col], dtype=np.int64)
    out = sparse.csr_matrix((coo.data, (coo.row, col)), shape=(shares.shape[0], len(codes)))
    out.sum_duplicates()
    return out, codes


def read_tfca_inputs(
    units_table,
    features_table,
    *,
    species_field: str | None = None,
    season_field: str | None = "seasonal",
    countries_table=None,
    iso3_field: str = "iso3",
) -> TfcaInputs:
    """Planning units (fields ``selected``, ``locked_in``, ``country``, optionally
    ``country_shares`` and ``protected_share``, as planningunits and plan write them) and
    range polygons, in the units' CRS.

    Areas per country: from the units' ``country_shares`` field when present (it was
    measured on the borders the units were built with, a unit across a border counting in
    each country); else from ``countries_table`` (an ISO3 field); else each unit counts
    whole in its ``country`` (layers written before the shares field). Country polygons
    (transboundary species and habitats, parts of sites outside the units) come from
    ``countries_table``, cut to the units' neighbourhood and repaired, or without it from
    the units dissolved by their ``country``. The species field defaults to the first of
    :data:`SPECIES_FIELDS` present.
    """
    from .amounts import overlap_matrix
    from .crs import transform
    from .planning_units import SHARES_FIELD, boundary_table, require_metric_crs
    from .ranges import dissolve_features
    from .unit_countries import SOURCE_SHARES as SHARES_SOURCE
    from .unit_countries import UnitCountries, read_unit_countries
    from .vector import POLYGONAL, require_crs, require_features, require_geometry

    for table in (units_table, features_table):
        require_features(table)
        require_crs(table)
        require_geometry(table, POLYGONAL, tr("polygons"))
    crs = units_table.crs
    require_metric_crs(crs, units_table.name)
    shares_field = units_table.field(SHARES_FIELD)
    country_field = units_table.field("country", "iso3")
    needed = {"selected": ("selected",)}
    if shares_field is None:  # the country field is needed only without the shares
        needed["country"] = ("country", "iso3")
    selected_field = require_fields(units_table, needed)["selected"]
    geoms = np.asarray(units_table.geometry, dtype=object)
    area = shapely.area(geoms) / 1e6
    selected = flag_column(units_table, selected_field)
    locked_field = units_table.field("locked_in")
    locked = flag_column(units_table, locked_field) if locked_field else np.zeros(len(geoms), bool)
    prot_field = units_table.field("protected_share")
    protected = (
        np.array([float(v or 0.0) for v in units_table.column(prot_field)])
        if prot_field
        else locked.astype(float)
    )
    # The units' own record of their countries: the shares field, else the country field.
    read = read_unit_countries(units_table, area)
    field_shares = read.shares if read.source == SHARES_SOURCE else None
    field_codes = read.codes
    if country_field is not None:
        unit_country = UnitCountries.from_labels(units_table.column(country_field), area).country
    else:
        unit_country = read.country
    if countries_table is not None:
        require_crs(countries_table)
        field_name = require_fields(countries_table, {"iso3": (iso3_field, "iso3", "ISO_A3")})
        codes_all = np.array(
            [str(v or "").strip().upper() for v in countries_table.column(field_name["iso3"])],
            dtype=object,
        )
        cgeom = _borders_near_units(countries_table, geoms, crs)
        border_codes = tuple(sorted(set(codes_all[~shapely.is_missing(cgeom)]) - {""}))
        if field_shares is not None:
            shares, codes = _align_codes(field_shares, field_codes, border_codes)
            source = SOURCE_SHARES
        else:
            codes, source = border_codes, SOURCE_BORDERS
        country_geometry = _union_by_code(cgeom, codes_all, codes)
        if field_shares is None:
            shares = overlap_matrix(geoms, country_geometry, area * 1e6)
    else:
        shares, codes = read.shares, read.codes
        source = SOURCE_SHARES if field_shares is not None else SOURCE_UNITS
        country_geometry = _union_by_code(geoms, unit_country, codes)
    species_name = _species_field(features_table, species_field)
    season_name = _season_field(features_table, season_field)
    binomial = np.array([str(v) for v in features_table.column(species_name)], dtype=object)
    seasonal = (
        _season_codes(features_table.column(season_name), features_table.name)
        if season_name
        else np.ones(len(binomial), dtype=np.int64)
    )
    rgeom = transform(np.asarray(features_table.geometry, dtype=object), features_table.crs, crs)
    keep = ~(shapely.is_missing(rgeom) | shapely.is_empty(rgeom))
    features = dissolve_features(binomial[keep], seasonal[keep], shapely.make_valid(rgeom[keep]))
    units = PlanningUnits(
        geometry=geoms,
        area_km2=area,
        cost=area,
        country=unit_country,
        country_shares=sparse.csr_matrix(shares),
        country_codes=codes,
        protected_share=np.clip(protected, 0.0, 1.0),
        locked_in=locked,
        boundary=boundary_table(geoms, tolerance=1.0),
        crs=crs,
    )
    amounts = overlap_matrix(geoms, features.geometry, area * 1e6)
    return TfcaInputs(
        units=units,
        amounts=sparse.csr_matrix(amounts),
        species=np.asarray(features.species, dtype=object),
        season=np.asarray(features.season),
        ranges=np.asarray(features.geometry, dtype=object),
        country_geometry=country_geometry,
        chosen=selected | locked,
        country_source=source,
    )
