"""Representation targets: how much of each feature a plan must hold (prioritizr style).

Each rule is a small frozen value; :func:`targets_for` turns a rule, the features and their
amounts into absolute targets (same unit as the amounts, km2 for range areas) for
:class:`~.problem.Problem`. The rules follow prioritizr's target functions:

- :class:`RelativeTargets` (prioritizr ``add_relative_targets``): a share of each feature's
  total amount in the study area; 30 % by default, the Kunming-Montreal Global Biodiversity
  Framework's Target 3 ("30 by 30").
- :class:`AbsoluteTargets` (``add_absolute_targets``): an amount per feature, in km2.
- :class:`LogLinearTargets` (``add_loglinear_targets``): Rodrigues et al. (2004) range-size
  scaling, 100 % of small ranges, 10 % of large ones, log-linear in between, with the
  Butchart et al. (2015) cap; optionally computed on a global or flyway range area and
  applied to the part of the range inside the study area.

Every rule takes per-season multipliers (IUCN seasonal codes: 1 resident, 2 breeding,
3 non-breeding, 4 passage, 5 uncertain), e.g. ``{2: 1.0, 3: 1.0, 4: 0.5}`` to ask half as much
of passage ranges as of breeding and non-breeding ranges.

References: Rodrigues A.S.L. et al. (2004) Effectiveness of the global protected area network
in representing species diversity. Nature 428: 640-643. Butchart S.H.M. et al. (2015)
Shortfalls and solutions for meeting national and global conservation area targets.
Conservation Letters 8: 329-337. Hanson J.O. et al. prioritizr (R package), ``add_*_targets``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Union

import numpy as np
import scipy.sparse as sp

from .errors import InputError
from .i18n import tr

#: GBF Target 3: 30 % of every feature.
DEFAULT_PERCENT = 30.0
#: Rodrigues et al. (2004): ranges up to this area (km2) get ``RODRIGUES_LOW_PERCENT``.
RODRIGUES_LOW_KM2 = 1_000.0
RODRIGUES_LOW_PERCENT = 100.0
#: Rodrigues et al. (2004): ranges from this area (km2) on get ``RODRIGUES_HIGH_PERCENT``.
RODRIGUES_HIGH_KM2 = 250_000.0
RODRIGUES_HIGH_PERCENT = 10.0
#: Butchart et al. (2015): no target above 1,000,000 km2 (binds for ranges > 10,000,000 km2
#: at 10 %); prioritizr's ``cap_target``.
RODRIGUES_CAP_KM2 = 1_000_000.0

PerFeature = Union[float, Sequence[float], np.ndarray, Mapping[str, float]]


@dataclass(frozen=True)
class RelativeTargets:
    """T_j = p_j / 100 * m_season(j) * total_j, at most total_j.

    ``percent`` is one number for every feature, a sequence (one per feature) or a mapping of
    feature name to percent; each must lie in (0, 100]. total_j = sum_i r_ij is the amount of
    feature j in the whole study area (locked-out units included, as in Marxan's ``prop``).
    """

    percent: PerFeature = DEFAULT_PERCENT
    season_multipliers: Mapping[int, float] | None = None


@dataclass(frozen=True)
class AbsoluteTargets:
    """T_j = a_j * m_season(j): an amount (km2) per feature, not capped by what is available.

    ``km2`` is one number, a sequence or a mapping of feature name to amount; negative values
    are refused. A target above the amount in the study area is kept as given, so the
    solver's feasibility check names the feature and its shortfall instead of quietly
    lowering it.
    """

    km2: PerFeature
    season_multipliers: Mapping[int, float] | None = None


@dataclass(frozen=True)
class LogLinearTargets:
    """Rodrigues et al. (2004) range-size targets with the Butchart et al. (2015) cap.

    For a range area A (km2) the target share is

        pct(A) = low_percent                      if A <= low_km2,
               = high_percent                     if A >= high_km2,
               = low_percent + (high_percent - low_percent)
                 * (log10 A - log10 low_km2) / (log10 high_km2 - log10 low_km2) otherwise,

    i.e. linear in log10(A) between (1,000 km2, 100 %) and (250,000 km2, 10 %) by default.

    The cap limits the *target*, not the range area: the share actually used is
    f(A) = min(pct(A) / 100, cap_km2 / A), so no feature is asked for more than ``cap_km2``
    (1,000,000 km2) of its reference range. With the defaults this only binds for ranges
    above 10,000,000 km2 (10 % of 10,000,000 = 1,000,000). Capping the range *area* at
    1,000,000 km2 instead would leave pct unchanged (already 10 % from 250,000 km2) and would
    cap every target at 100,000 km2, which is not what Butchart et al. or prioritizr's
    ``cap_target`` do. ``cap_km2=None`` switches the cap off.

    Reference range: by default A_j is the feature's total amount in the study area. With
    ``range_km2`` (a mapping of species name to its global or flyway range area, or one area
    per feature) A is that wider range, and the share is applied to the part inside:

        T_j = f(A_species(j)) * m_season(j) * total_j, at most total_j,

    so a species whose global range is large gets 10 % of what lies inside the study area,
    even when only a sliver of its range is inside. The target never exceeds the amount
    inside the study area (a multiplier above 1 cannot push it past that).
    """

    low_km2: float = RODRIGUES_LOW_KM2
    low_percent: float = RODRIGUES_LOW_PERCENT
    high_km2: float = RODRIGUES_HIGH_KM2
    high_percent: float = RODRIGUES_HIGH_PERCENT
    cap_km2: float | None = RODRIGUES_CAP_KM2
    range_km2: Mapping[str, float] | Sequence[float] | np.ndarray | None = field(default=None)
    season_multipliers: Mapping[int, float] | None = None


TargetRule = Union[RelativeTargets, AbsoluteTargets, LogLinearTargets]


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _feature_table(features: Any, m: int) -> tuple[list[str], list[str], np.ndarray | None]:
    """Names, species and season codes of the features (duck-typed).

    Accepts anything with ``species`` and ``season`` arrays (e.g. ``ranges.Features``; its
    ``names`` are used when present), or a plain sequence of feature names (species = name,
    no seasons).
    """
    species = getattr(features, "species", None)
    if species is not None:
        species_list = [str(s) for s in np.asarray(species, dtype=object)]
        season_values = getattr(features, "season", None)
        seasons = None if season_values is None else np.asarray(season_values, dtype=np.int64)
        names = getattr(features, "names", None)
        name_list = [str(n) for n in names] if names is not None else list(species_list)
    else:
        name_list = [str(n) for n in features]
        species_list = list(name_list)
        seasons = None
    if len(name_list) != m:
        raise InputError(
            tr("There are {names} features but the amounts have {m} columns.").format(
                names=len(name_list), m=m
            )
        )
    return name_list, species_list, seasons


def _totals(amounts: Any) -> np.ndarray:
    """total_j = sum_i r_ij from a units x features matrix, or the totals themselves (1-D)."""
    if sp.issparse(amounts):
        return np.asarray(amounts.sum(axis=0), dtype=float).ravel()
    array = np.asarray(amounts, dtype=float)
    if array.ndim == 1:
        return array
    if array.ndim == 2:
        return array.sum(axis=0)
    raise InputError(
        tr(
            "The amounts have shape {shape}; give units x features or one total per feature."
        ).format(shape=array.shape)
    )


def _per_feature(value: PerFeature, names: list[str], what: str) -> np.ndarray:
    """One float per feature from a scalar, a sequence or a name -> value mapping."""
    m = len(names)
    if isinstance(value, Mapping):
        missing = [name for name in names if name not in value]
        if missing:
            raise InputError(
                tr(
                    "No {what} is given for feature '{feature}': give one for every feature."
                ).format(what=what, feature=missing[0])
            )
        return np.array([float(value[name]) for name in names])
    array = np.asarray(value, dtype=float)
    if array.ndim == 0:
        return np.full(m, float(array))
    array = array.ravel()
    if array.size != m:
        raise InputError(
            tr("There are {count} values of {what} for {m} features; give one per feature.").format(
                count=array.size, what=what, m=m
            )
        )
    return array


def _check_percent(percent: np.ndarray, names: list[str], what: str) -> None:
    bad = np.flatnonzero(~np.isfinite(percent) | (percent <= 0) | (percent > 100))
    if bad.size:
        k = int(bad[0])
        raise InputError(
            tr(
                "The {what} for feature '{feature}' is {value} %: give a percentage above 0 "
                "and at most 100."
            ).format(what=what, feature=names[k], value=percent[k])
        )


def season_factor(
    seasons: np.ndarray | None, multipliers: Mapping[int, float] | None, names: list[str]
) -> np.ndarray:
    """m_season(j) per feature: the multiplier of its season, 1 for seasons not listed."""
    m = len(names)
    if not multipliers:
        return np.ones(m)
    keys = np.array([int(k) for k in multipliers], dtype=np.int64)
    values = np.array([float(multipliers[k]) for k in multipliers], dtype=float)
    bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
    if bad.size:
        raise InputError(
            tr("The multiplier for season {season} is {value}; give a number of 0 or more.").format(
                season=int(keys[bad[0]]), value=values[bad[0]]
            )
        )
    if seasons is None:
        raise InputError(
            tr(
                "Season multipliers were given but the features carry no season: use "
                "features with a season code (1 resident, 2 breeding, 3 non-breeding, "
                "4 passage) or drop the multipliers."
            )
        )
    factor = np.ones(m)
    order = np.argsort(keys)
    pos = np.searchsorted(keys[order], seasons)
    pos = np.clip(pos, 0, keys.size - 1)
    hit = keys[order][pos] == seasons
    factor[hit] = values[order][pos[hit]]
    return factor


def loglinear_percent(
    area_km2: np.ndarray | float,
    low_km2: float = RODRIGUES_LOW_KM2,
    low_percent: float = RODRIGUES_LOW_PERCENT,
    high_km2: float = RODRIGUES_HIGH_KM2,
    high_percent: float = RODRIGUES_HIGH_PERCENT,
) -> np.ndarray:
    """pct(A): ``low_percent`` up to ``low_km2``, ``high_percent`` from ``high_km2``, linear in
    log10(A) between (Rodrigues et al. 2004; prioritizr ``loglinear_interpolation``)."""
    area = np.asarray(area_km2, dtype=float)
    position = (np.log10(np.maximum(area, low_km2)) - np.log10(low_km2)) / (
        np.log10(high_km2) - np.log10(low_km2)
    )
    position = np.clip(position, 0.0, 1.0)
    return low_percent + (high_percent - low_percent) * position


def _check_loglinear(rule: LogLinearTargets) -> None:
    for value, what in ((rule.low_percent, "low"), (rule.high_percent, "high")):
        if not (np.isfinite(value) and 0 < value <= 100):
            raise InputError(
                tr(
                    "The {what} range-size target is {value} %: give a percentage above 0 and "
                    "at most 100."
                ).format(what=what, value=value)
            )
    if not (np.isfinite(rule.low_km2) and np.isfinite(rule.high_km2)) or not (
        0 < rule.low_km2 < rule.high_km2
    ):
        raise InputError(
            tr(
                "The range-size thresholds are {low} and {high} km2: give two positive areas, "
                "the first smaller."
            ).format(low=rule.low_km2, high=rule.high_km2)
        )
    if rule.cap_km2 is not None and not (np.isfinite(rule.cap_km2) and rule.cap_km2 > 0):
        raise InputError(
            tr("The target cap is {value} km2: give a positive area, or no cap.").format(
                value=rule.cap_km2
            )
        )


def _reference_ranges(
    rule: LogLinearTargets, names: list[str], species: list[str], totals: np.ndarray
) -> np.ndarray:
    """A_j: the global/flyway range of the feature's species, else its total amount."""
    if rule.range_km2 is None:
        return totals
    if isinstance(rule.range_km2, Mapping):
        missing = [s for s in species if s not in rule.range_km2]
        if missing:
            raise InputError(
                tr(
                    "No global or flyway range area is given for species '{species}': give "
                    "one for every species, or none to use the areas inside the study area."
                ).format(species=missing[0])
            )
        area = np.array([float(rule.range_km2[s]) for s in species])
    else:
        area = _per_feature(rule.range_km2, names, tr("range area"))
    bad = np.flatnonzero(~np.isfinite(area) | (area <= 0))
    if bad.size:
        k = int(bad[0])
        raise InputError(
            tr(
                "The range area of feature '{feature}' is {value} km2: give a positive area."
            ).format(feature=names[k], value=area[k])
        )
    return area


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def targets_for(features: Any, amounts: Any, rule: TargetRule) -> np.ndarray:
    """Absolute targets, one per feature, for ``rule``.

    ``features``: ``ranges.Features`` (species, season) or a sequence of feature names.
    ``amounts``: units x features (sparse or dense), or one total per feature. The result is
    in the unit of the amounts (km2 for range areas).
    """
    totals = _totals(amounts)
    names, species, seasons = _feature_table(features, totals.size)
    bad = np.flatnonzero(~np.isfinite(totals) | (totals < 0))
    if bad.size:
        k = int(bad[0])
        raise InputError(
            tr(
                "The total amount of feature '{feature}' is {value}; amounts must be 0 or more."
            ).format(feature=names[k], value=totals[k])
        )
    factor = season_factor(seasons, rule.season_multipliers, names)

    if isinstance(rule, RelativeTargets):
        percent = _per_feature(rule.percent, names, tr("target percentage"))
        _check_percent(percent, names, tr("target"))
        return np.minimum(percent / 100.0 * factor * totals, totals)

    if isinstance(rule, AbsoluteTargets):
        km2 = _per_feature(rule.km2, names, tr("target"))
        bad = np.flatnonzero(~np.isfinite(km2) | (km2 < 0))
        if bad.size:
            k = int(bad[0])
            raise InputError(
                tr("The target for feature '{feature}' is {value} km2: give 0 or more.").format(
                    feature=names[k], value=km2[k]
                )
            )
        return km2 * factor

    if isinstance(rule, LogLinearTargets):
        _check_loglinear(rule)
        area = _reference_ranges(rule, names, species, totals)
        share = (
            loglinear_percent(
                area, rule.low_km2, rule.low_percent, rule.high_km2, rule.high_percent
            )
            / 100.0
        )
        if rule.cap_km2 is not None:
            with np.errstate(divide="ignore"):
                share = np.minimum(share, np.where(area > 0, rule.cap_km2 / area, np.inf))
        return np.minimum(share * factor * totals, totals)

    raise InputError(
        tr("Unknown target rule {rule}: use relative, absolute or log-linear targets.").format(
            rule=type(rule).__name__
        )
    )
