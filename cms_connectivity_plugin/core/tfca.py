"""Transfrontier Conservation Area (TFCA) candidates.

CMS: an area straddling the borders of two or more countries. A candidate is a connected
cluster of chosen planning units (selected or locked in, adjacent through a shared edge)
whose area lies in at least two countries (DESIGN.md section 8).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy import sparse
from scipy.sparse import csgraph

from .planning_units import PlanningUnits


@dataclass(frozen=True)
class TfcaCandidates:
    """One row per candidate, ranked (1 = first)."""

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

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "tfca_id": self.tfca_id,
            "countries": self.countries,
            "n_countries": self.n_countries,
            "area_km2": self.area_km2,
            "area_by_country": self.area_by_country,
            "protected_km2": self.protected_km2,
            "n_units": self.n_units,
            "n_species": self.n_species,
            "n_features": self.n_features,
            "rank": self.rank,
        }


def find_candidates(
    units: PlanningUnits,
    chosen: np.ndarray,
    amounts: sparse.spmatrix,
    feature_species: np.ndarray,
    min_country_share: float = 0.01,
) -> TfcaCandidates:
    """Clusters of ``chosen`` units that span two or more countries.

    A country counts for a cluster when it holds at least ``min_country_share`` of the
    cluster's area (so generalisation slivers along a border do not make a TFCA). Ranked by
    number of species, then area.
    """
    chosen = np.asarray(chosen, dtype=bool)
    n = len(units)
    b = units.boundary
    both = chosen[b.i] & chosen[b.j]
    graph = sparse.coo_matrix((np.ones(both.sum()), (b.i[both], b.j[both])), shape=(n, n)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    labels = np.where(chosen, labels, -1)
    clusters = np.unique(labels[labels >= 0])
    if len(clusters) == 0:
        return _empty()
    # Area per (cluster, country), summed over member units: one sparse product.
    member_of = sparse.coo_matrix(
        (
            np.ones(chosen.sum()),
            (np.searchsorted(clusters, labels[chosen]), np.flatnonzero(chosen)),
        ),
        shape=(len(clusters), n),
    ).tocsr()
    by_country = np.asarray((member_of @ units.country_shares).todense())
    cluster_area = np.asarray(member_of @ units.area_km2).ravel()
    spans = (by_country >= min_country_share * cluster_area[:, None]).sum(axis=1) >= 2
    held = (member_of @ sparse.csr_matrix(amounts)) > 0
    species_codes = np.unique(feature_species, return_inverse=True)[1]
    rows = []
    codes = np.array(units.country_codes, dtype=object)
    for c in np.flatnonzero(spans):
        members = np.flatnonzero(labels == clusters[c])
        present = by_country[c] >= min_country_share * cluster_area[c]
        order = np.argsort(codes[present])
        names = codes[present][order]
        areas = by_country[c][present][order]
        feats = held[c].indices if sparse.issparse(held) else np.flatnonzero(held[c])
        rows.append(
            dict(
                members=members,
                countries=";".join(names),
                n_countries=len(names),
                area_km2=float(units.area_km2[members].sum()),
                area_by_country=";".join(f"{k}:{a:.1f}" for k, a in zip(names, areas)),
                protected_km2=float(
                    (units.protected_share[members] * units.area_km2[members]).sum()
                ),
                n_species=len(np.unique(species_codes[feats])),
                n_features=len(feats),
            )
        )
    rows.sort(key=lambda r: (-r["n_species"], -r["area_km2"]))
    m = len(rows)
    if m == 0:
        return _empty()
    geometry = np.array(
        [shapely.union_all(units.geometry[r["members"]]) for r in rows], dtype=object
    )
    return TfcaCandidates(
        tfca_id=np.arange(1, m + 1, dtype=np.int64),
        countries=np.array([r["countries"] for r in rows], dtype=object),
        n_countries=np.array([r["n_countries"] for r in rows], dtype=np.int64),
        area_km2=np.array([r["area_km2"] for r in rows]),
        area_by_country=np.array([r["area_by_country"] for r in rows], dtype=object),
        protected_km2=np.array([r["protected_km2"] for r in rows]),
        n_units=np.array([len(r["members"]) for r in rows], dtype=np.int64),
        n_species=np.array([r["n_species"] for r in rows], dtype=np.int64),
        n_features=np.array([r["n_features"] for r in rows], dtype=np.int64),
        rank=np.arange(1, m + 1, dtype=np.int64),
        geometry=geometry,
        members=[r["members"] for r in rows],
    )


def _empty() -> TfcaCandidates:
    z = np.zeros(0, dtype=np.int64)
    s = np.zeros(0, dtype=object)
    return TfcaCandidates(z, s, z, np.zeros(0), s, np.zeros(0), z, z, z, z, s, [])
