"""Stepping stones along each species' migration for the plan (DESIGN §6).

A passage range is cut into bands across its migration axis, each no wider than half the
longest gap the user accepts between stopovers, and the plan must keep at least one unit of
the passage range in every band: two consecutive stopovers are then never more than that gap
apart along the axis, so no stretch of the flyway is left without a place to rest.

The axis of a species runs from the centre of its breeding range to the centre of its
non-breeding range (the direction it flies); without both, it is the long axis of the passage
range itself (principal component of the units holding it, weighted by their amounts).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
import shapely

from .errors import InputError
from .i18n import tr
from .problem import SteppingStones, migration_bands
from .ranges import Features

LOG = logging.getLogger(__name__)

#: IUCN seasonal codes used here.
BREEDING, NON_BREEDING, PASSAGE = 2, 3, 4

#: Share of a unit the passage range must cover for the unit to count as a stopover: a unit
#: touched by a sliver of the range is not a place where the species rests.
MIN_COVER = 0.1


@dataclass(frozen=True)
class StoneBands:
    """The bands of one passage feature, for the log and the report."""

    feature: int
    name: str
    bands: np.ndarray  # band id per unit, -1 outside
    axis: str  # "seasons" (breeding -> non-breeding) or "range" (long axis of the range)

    @property
    def count(self) -> int:
        return int(self.bands.max()) + 1 if (self.bands >= 0).any() else 0


def _axis(
    features: Features, k: int, xy: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray, str]:
    """(start, end, source) of the migration axis of passage feature ``k``."""
    species = features.species[k]
    centre: dict[int, np.ndarray] = {}
    for season in (BREEDING, NON_BREEDING):
        rows = np.flatnonzero((features.species == species) & (features.season == season))
        if rows.size:
            point = shapely.centroid(features.geometry[rows[0]])
            if point is not None and not shapely.is_empty(point):
                centre[season] = np.array([point.x, point.y])
    if len(centre) == 2 and np.hypot(*(centre[NON_BREEDING] - centre[BREEDING])) > 0:
        return centre[BREEDING], centre[NON_BREEDING], "seasons"
    mean = np.average(xy, axis=0, weights=weight)
    spread = xy - mean
    cov = (spread * weight[:, None]).T @ spread
    values, vectors = np.linalg.eigh(cov)
    direction = vectors[:, int(np.argmax(values))]
    if not np.all(np.isfinite(direction)) or not np.any(direction):
        direction = np.array([0.0, 1.0])
    # North first (then east): the same range always gets the same band numbers.
    if direction[1] < 0 or (direction[1] == 0 and direction[0] < 0):
        direction = -direction
    return mean, mean + direction, "range"


def passage_bands(
    features: Features,
    amounts: sp.spmatrix,
    centroids_xy: np.ndarray,
    unit_area_m2: np.ndarray,
    max_gap_km: float,
    locked_out: np.ndarray | None = None,
) -> list[StoneBands]:
    """Bands of every passage feature holding any planning unit.

    ``amounts`` is units x features in m2 (the plan's overlap matrix), ``centroids_xy`` unit
    centroids in a CRS in metres. Bands are ``max_gap_km / 2`` wide so that one stopover per
    band keeps every gap within ``max_gap_km``. Units locked out, and units the range covers
    by less than :data:`MIN_COVER`, hold no stopover; in a band where no unit reaches the
    cover, any unit the range touches counts.
    """
    if not (np.isfinite(max_gap_km) and max_gap_km > 0):
        raise InputError(
            tr(
                "The longest gap between stepping stones is {value} km; give a positive "
                "distance, or 0 to plan without stepping stones."
            ).format(value=max_gap_km)
        )
    amounts = sp.csc_matrix(amounts)
    xy = np.asarray(centroids_xy, dtype=float)
    area = np.asarray(unit_area_m2, dtype=float)
    n = xy.shape[0]
    free = np.ones(n, bool) if locked_out is None else ~np.asarray(locked_out, dtype=bool)
    names = features.names
    out: list[StoneBands] = []
    for k in np.flatnonzero(np.asarray(features.season) == PASSAGE):
        held = np.asarray(amounts[:, k].toarray(), dtype=float).ravel()
        touched = (held > 0) & free
        if not touched.any():
            continue
        start, end, source = _axis(features, int(k), xy[touched], held[touched])
        bands = migration_bands(xy, start, end, max_gap_km / 2.0, touched, units_per_km=1000.0)
        covered = touched & (held >= MIN_COVER * area)
        for band in np.unique(bands[bands >= 0]):
            members = bands == band
            if (members & covered).any():
                bands[members & ~covered] = -1
        _, dense = np.unique(bands[bands >= 0], return_inverse=True)
        bands[bands >= 0] = dense
        out.append(StoneBands(int(k), names[k], bands, source))
    return out


def stepping_stone_constraints(found: list[StoneBands]) -> tuple[SteppingStones, ...]:
    """One :class:`SteppingStones` constraint per passage feature: a stopover in each band."""
    for item in found:
        LOG.info(
            tr("Stepping stones for {name}: {count} band(s) along {axis}.").format(
                name=item.name,
                count=item.count,
                axis=tr("the way from the breeding to the non-breeding range")
                if item.axis == "seasons"
                else tr("the long axis of the passage range"),
            )
        )
    return tuple(SteppingStones(feature_index=item.feature, bands=item.bands) for item in found)
