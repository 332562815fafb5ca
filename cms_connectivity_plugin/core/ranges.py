"""Species ranges as planning features: one (multi)polygon per species and season."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

SEASON_LABELS = {1: "resident", 2: "breeding", 3: "non-breeding", 4: "passage", 5: "uncertain"}
#: Seasons a resident range (IUCN seasonal 1) counts in.
MIGRATORY_SEASONS = (2, 3, 4)


@dataclass(frozen=True)
class Features:
    """Planning features; ``name`` is ``"<species> (<season>)"``."""

    species: np.ndarray
    season: np.ndarray  # IUCN seasonal code
    geometry: np.ndarray

    @property
    def names(self) -> list[str]:
        return [f"{s} ({SEASON_LABELS.get(int(k), k)})" for s, k in zip(self.species, self.season)]

    def __len__(self) -> int:
        return len(self.geometry)


def dissolve_features(binomial: np.ndarray, seasonal: np.ndarray, geometry: np.ndarray) -> Features:
    """Dissolve range polygons to one geometry per (species, season), sorted by both.

    A resident range (seasonal 1) counts in every season in which the species has another
    range, and on its own when it has none (Red List practice).
    """
    binomial = np.asarray(binomial, dtype=object)
    seasonal = np.asarray(seasonal, dtype=np.int64)
    geometry = np.asarray(geometry, dtype=object)
    groups: dict[tuple[str, int], list] = {}
    for species in sorted(set(binomial)):
        rows = binomial == species
        seasons = sorted(set(seasonal[rows]) - {1})
        resident = geometry[rows & (seasonal == 1)]
        for season in seasons or [1]:
            parts = list(geometry[rows & (seasonal == season)]) + list(resident)
            groups[(species, season)] = parts
    species = np.array([k[0] for k in groups], dtype=object)
    season = np.array([k[1] for k in groups], dtype=np.int64)
    geoms = np.array(
        [shapely.make_valid(shapely.union_all(parts)) for parts in groups.values()], dtype=object
    )
    return Features(species, season, geoms)
