"""Plan a network straight from unit and range geometries: targets, objective, solve.

The direct route the dock and ``cmsconnectivity:plan`` take instead of chaining
planning units -> amounts -> Marxan files -> solve:

1. range rows are grouped into one feature per (species, season) with
   :func:`~.ranges.dissolve_features` (a resident range counts in every season);
2. the area of every feature in every unit (km2) with :func:`~.amounts.overlap_matrix`;
3. the shared and exposed edges of the units with :func:`~.planning_units.boundary_table`
   (within a tolerance, because units read from a layer match only approximately);
4. targets by :func:`~.targets.targets_for` (relative, or Rodrigues et al. 2004 log-linear),
   with per-feature overrides keyed ``"<species>|<season code>"``;
5. a :class:`~.problem.Problem` with the chosen objective, solved by
   :func:`~.solvers.solve` with progress and cancel callbacks.

:func:`suggest_blm` builds the same problem (minimum set) and calibrates the boundary length
modifier with :func:`~.calibration.cohon_blm`. Everything here is plain data in, plain data
out; no QGIS.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely

from . import solvers
from .amounts import overlap_matrix
from .calibration import CohonResult, TradeoffPoint, blm_tradeoff, cohon_blm
from .crs import is_metric, study_area_crs, transform
from .errors import CancelledError, InputError
from .evaluate import target_coverage
from .i18n import name_items, tr
from .planning_units import LAYER_EDGE_TOLERANCE_M, boundary_table
from .problem import (
    Boundary,
    ConnectivityPenalty,
    CountryMinShare,
    CrossBorderBonus,
    MaxCoverage,
    MinSet,
    MinShortfall,
    Problem,
    WeakestLink,
)
from .ranges import Features, dissolve_features, season_code
from .stepping_stones import passage_bands, stepping_stone_constraints
from .tables import ConnectivityTable
from .targets import LogLinearTargets, RelativeTargets, targets_for
from .unit_countries import UnitCountries
from .vector import POLYGONAL, flag_value, polygon_parts

#: Objectives accepted by :attr:`PlanSettings.objective`, in the order the dock lists them.
OBJECTIVES: tuple[str, ...] = ("minset", "maxcoverage", "minshortfall", "weakestlink")
#: Objectives that need a budget.
BUDGETED: tuple[str, ...] = ("maxcoverage", "minshortfall", "weakestlink")
#: Target rules accepted by :attr:`PlanSettings.target_rule`.
TARGET_RULES: tuple[str, ...] = ("relative", "loglinear")
#: Values of the unit status written to layers (data values, kept in English so filters and
#: styles can rely on them).
STATUS_LOCKED = "locked in"
STATUS_LOCKED_OUT = "locked out"
STATUS_SELECTED = "selected"
STATUS_NOT_SELECTED = "not selected"
#: Multiples of Cohon's BLM solved by :func:`suggest_blm` for the trade-off points.
BLM_MULTIPLES: tuple[float, ...] = (0.5, 1.0, 2.0)

Progress = Callable[[float, str], None]


# --------------------------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanSettings:
    """Everything a plan needs besides the layers.

    - ``target_percent``: share (%) of each feature's area inside the units to hold, for the
      relative rule (30 % = GBF Target 3). 0 asks nothing.
    - ``target_rule``: ``"relative"`` (the same percentage of every feature) or
      ``"loglinear"`` (Rodrigues et al. 2004: 100 % of features up to 1,000 km2, 10 % from
      250,000 km2, log-linear between, capped at 1,000,000 km2; ``target_percent`` unused).
    - ``targets``: per-feature overrides in percent, keyed ``"<species>|<season code>"``
      (1 resident, 2 breeding, 3 non-breeding, 4 passage, 5 uncertain), e.g.
      ``{"Ciconia ciconia|2": 50}``; they replace the rule's target for that feature.
    - ``objective``: ``"minset"`` (meet every target at least cost), ``"maxcoverage"``
      (represent as much as the budget allows), ``"minshortfall"`` (smallest total relative
      shortfall within the budget) or ``"weakestlink"`` (most species with *every* season's
      target met within the budget).
    - ``budget``: in cost units; required (> 0) for the three budget objectives. Locked-in
      units count against it.
    - ``blm``: boundary length modifier (cost units per km of boundary); 0 ignores shape.
    - ``edge_factor``: share of a unit's exposed outer edge counted in the boundary (Marxan's
      and prioritizr's edge factor); the entry points pass :data:`.defaults.EDGE_FACTOR`.
    - ``time_limit_s``, ``mip_gap``: solver limits (seconds, relative gap).
    - ``lock_in``: whether units flagged locked in (existing protected areas) must be kept.
      Units flagged locked out (the ``locked_out`` argument of :func:`plan_network`) are
      always kept out.

    Advanced (all off at 0; see the user guide, "Solve: advanced"):

    - ``stepping_stones_km``: the longest gap (km) allowed between stopovers along each
      passage range's migration axis; the plan keeps a unit of the passage range in every
      band half that wide (:mod:`.stepping_stones`).
    - ``country_share_percent``: every country keeps at least this share (%) of its own area
      in the planning units (a national share of GBF Target 3); needs the units' countries.
    - ``cross_border_bonus``: cost units earned per km of edge shared by two selected units
      of different countries, to favour networks that meet across borders (TFCAs).
    - ``connectivity_weight``: weight of a connectivity table between units (Marxan Connect
      ``id1, id2, value``, the ``connectivity`` argument); ``connectivity_symmetric``: the
      table rewards keeping both units of a link (True) or charges keeping one without the
      other, from id1 to id2 (False, e.g. links from tracking data).
    """

    target_percent: float = 30.0
    target_rule: str = "relative"
    targets: dict[str, float] = field(default_factory=dict)
    objective: str = "minset"
    budget: float | None = None
    blm: float = 0.0
    time_limit_s: float = 60.0
    mip_gap: float = 0.01
    lock_in: bool = True
    edge_factor: float = 1.0
    stepping_stones_km: float = 0.0
    country_share_percent: float = 0.0
    cross_border_bonus: float = 0.0
    connectivity_weight: float = 0.0
    connectivity_symmetric: bool = True

    def validate(self) -> PlanSettings:
        """Raise :class:`InputError` naming the first unusable setting; return self."""
        if self.objective not in OBJECTIVES:
            raise InputError(
                tr("Unknown objective '{name}': use one of {choices}.").format(
                    name=self.objective, choices=", ".join(OBJECTIVES)
                )
            )
        if _rule_name(self.target_rule) not in TARGET_RULES:
            raise InputError(
                tr("Unknown target rule '{name}': use one of {choices}.").format(
                    name=self.target_rule, choices=", ".join(TARGET_RULES)
                )
            )
        if not _finite(self.target_percent) or not 0 <= float(self.target_percent) <= 100:
            raise InputError(
                tr("The target is {value} %: give a percentage from 0 to 100.").format(
                    value=self.target_percent
                )
            )
        if not isinstance(self.targets, Mapping):
            raise InputError(
                tr(
                    "The target overrides must be a mapping of '<species>|<season code>' to a "
                    "percentage, e.g. {example}."
                ).format(example='{"Ciconia ciconia|2": 50}')
            )
        for key, value in self.targets.items():
            if not _finite(value) or not 0 <= float(value) <= 100:
                raise InputError(
                    tr(
                        "The target override for '{key}' is {value}: give a percentage from 0 "
                        "to 100."
                    ).format(key=key, value=value)
                )
        if self.objective in BUDGETED:
            if self.budget is None or not _finite(self.budget) or float(self.budget) <= 0:
                raise InputError(
                    tr(
                        "The objective '{name}' needs a budget above 0, in the units of the "
                        "cost (e.g. km2 when the cost is the area); it is {value}."
                    ).format(name=self.objective, value=self.budget)
                )
        if not _finite(self.blm) or float(self.blm) < 0:
            raise InputError(
                tr("The boundary length modifier is {value}; it must be zero or more.").format(
                    value=self.blm
                )
            )
        if not _finite(self.time_limit_s) or float(self.time_limit_s) <= 0:
            raise InputError(
                tr("The time limit is {value} s; give a positive number of seconds.").format(
                    value=self.time_limit_s
                )
            )
        if not _finite(self.mip_gap) or float(self.mip_gap) < 0:
            raise InputError(
                tr(
                    "The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01."
                ).format(value=self.mip_gap)
            )
        for label, value in (
            (tr("The longest gap between stepping stones (km)"), self.stepping_stones_km),
            (tr("The share of each country (%)"), self.country_share_percent),
            (tr("The cross-border bonus"), self.cross_border_bonus),
            (tr("The connectivity weight"), self.connectivity_weight),
        ):
            if not _finite(value) or float(value) < 0:
                raise InputError(
                    tr("{setting} is {value}: give 0 (off) or a positive number.").format(
                        setting=label, value=value
                    )
                )
        if float(self.country_share_percent) > 100:
            raise InputError(
                tr(
                    "The share of each country is {value} %: give a percentage from 0 to 100."
                ).format(value=self.country_share_percent)
            )
        return self


def _finite(value: Any) -> bool:
    try:
        return bool(np.isfinite(float(value)))
    except (TypeError, ValueError):
        return False


def _rule_name(rule: str) -> str:
    return str(rule).strip().lower().replace("-", "").replace("_", "")


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeatureResult:
    """One row of the target table: a (species, season) feature and how the plan covers it.

    Areas in km2, measured inside the planning units. ``key`` is the override key.
    """

    feature: str
    species: str
    season: int
    total_km2: float
    target_km2: float
    held_km2: float
    met: bool
    shortfall_km2: float

    @property
    def key(self) -> str:
        return feature_key(self.species, self.season)


@dataclass(eq=False)
class PlanResult:
    """What :func:`plan_network` found, as plain data (one entry per unit, in input order).

    ``selected`` is the network: chosen units, locked-in ones included. ``locked_in`` are the
    locks that were applied (all False when locking was off), ``locked_out`` the units kept
    out of the network (never selected). ``objective`` is in the
    objective's own sense (cost + BLM x boundary for the minimum set; represented share,
    shortfall or species count for the others), ``gap`` the proven relative gap.
    """

    selected: np.ndarray
    locked_in: np.ndarray
    status: str
    objective: float
    gap: float
    cost: float
    boundary_km: float
    runtime_s: float
    solver: str
    features: list[FeatureResult]
    problem: Problem
    warnings: list[str] = field(default_factory=list)
    locked_out: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.locked_out is None:
            self.locked_out = np.zeros(np.asarray(self.selected).size, dtype=bool)

    @property
    def n_selected(self) -> int:
        return int(np.count_nonzero(self.selected))

    @property
    def targets_met(self) -> int:
        return sum(1 for row in self.features if row.met)

    def unit_status(self) -> np.ndarray:
        """Per unit: ``"locked in"``, ``"selected"``, ``"locked out"`` or ``"not selected"``."""
        status = np.full(self.selected.size, STATUS_NOT_SELECTED, dtype=object)
        status[self.selected] = STATUS_SELECTED
        status[self.locked_in & self.selected] = STATUS_LOCKED
        status[self.locked_out & ~self.selected] = STATUS_LOCKED_OUT
        return status


def solver_summary(result: PlanResult) -> dict[str, Any]:
    """What the report says of the solve (JSON-ready): status, objective, proven bound, gap.

    The bound follows from the gap (``objective - gap * |objective|`` for the minimised
    objectives, ``+`` for the maximised ones), so the report states what the solver proved.
    """
    objective = float(result.objective)
    gap = float(result.gap) if result.gap is not None and np.isfinite(result.gap) else None
    sense = getattr(result.problem.objective, "sense", "min")
    bound = None
    if gap is not None:
        bound = objective + (1 if sense == "max" else -1) * gap * abs(objective)
    return {
        "solver": str(result.solver),
        "status": str(result.status),
        "objective": objective,
        "bound": bound,
        "gap": gap,
        "runtime_s": float(result.runtime_s),
        "cost": float(result.cost),
        "boundary_km": float(result.boundary_km),
        "n_selected": int(result.n_selected),
        "targets_met": int(result.targets_met),
        "features": len(result.features),
    }


@dataclass(eq=False)
class PlanInputs:
    """The problem built from the layers, before solving (geometries in ``crs``)."""

    problem: Problem
    features: Features
    totals_km2: np.ndarray
    unit_ids: np.ndarray
    area_km2: np.ndarray
    locked_in: np.ndarray
    crs: str
    warnings: list[str] = field(default_factory=list)
    locked_out: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.locked_out is None:
            self.locked_out = np.zeros(len(self.unit_ids), dtype=bool)


@dataclass(eq=False)
class BlmSuggestion:
    """Cohon's BLM and the cost-boundary trade-off around it.

    ``points`` are minimum-set solves at BLM 0 (the cheapest plan) and at each multiple of
    the suggestion, in increasing BLM; cost and boundary (km) are measured on each selection.
    ``cohon`` holds both ends of the trade-off (its ``min_boundary`` end has BLM infinity).
    """

    blm: float
    degenerate: bool
    note: str
    points: list[TradeoffPoint]
    cohon: CohonResult
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Reading the inputs
# --------------------------------------------------------------------------------------------


def feature_key(species: str, season: int) -> str:
    """The override key of a feature: ``"<species>|<season code>"``."""
    return f"{species}|{int(season)}"


def _polygons(geoms: np.ndarray) -> np.ndarray:
    """Valid polygonal geometries: invalid ones repaired, stray lines and points dropped."""
    geoms = np.asarray(geoms, dtype=object).copy()
    present = ~shapely.is_missing(geoms)
    invalid = present & ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    odd = present & ~np.isin(shapely.get_type_id(geoms), POLYGONAL)
    if odd.any():
        geoms[odd] = polygon_parts(geoms[odd])
    return geoms


def _flags(values: Any, n: int, what: str) -> np.ndarray:
    if values is None:
        return np.zeros(n, dtype=bool)
    flags = np.array([flag_value(v) for v in np.ravel(np.asarray(values, dtype=object))], bool)
    if flags.size != n:
        raise InputError(
            tr("There are {count} {what} flags for {n} planning units; give one per unit.").format(
                count=flags.size, what=what, n=n
            )
        )
    return flags


def _features(
    species: Any, seasonal: Any, geometry: Any, crs: str, feature_crs: str | None
) -> tuple[Features, list[str]]:
    """One feature per (species, season) from range rows; rows that cannot be read dropped."""
    geoms = np.asarray(geometry, dtype=object)
    n = len(geoms)
    names = np.array(
        ["" if s is None else str(s).strip() for s in np.ravel(np.asarray(species, dtype=object))],
        dtype=object,
    )
    if seasonal is None:
        codes = np.ones(n, dtype=np.int64)
        unknown = np.zeros(n, dtype=bool)
    else:
        parsed = [season_code(v) for v in np.ravel(np.asarray(seasonal, dtype=object))]
        unknown = np.array([c is None for c in parsed], dtype=bool)
        codes = np.array([1 if c is None else c for c in parsed], dtype=np.int64)
    if not (names.size == codes.size == n):
        raise InputError(
            tr(
                "There are {species} species names, {seasons} seasons and {n} range polygons: "
                "give one of each per range."
            ).format(species=names.size, seasons=codes.size, n=n)
        )
    if n == 0:
        raise InputError(tr("There are no species ranges: choose a layer with range polygons."))
    geoms = _polygons(geoms)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    nameless = names == ""
    keep = ~(missing | nameless | unknown)
    warnings = []
    for mask, message in (
        (nameless, tr("{n} range polygon(s) without a species name were left out.")),
        (unknown, tr("{n} range polygon(s) with an unknown season were left out.")),
        (missing & ~nameless & ~unknown, tr("{n} range polygon(s) without area were left out.")),
    ):
        if mask.any():
            warnings.append(message.format(n=int(mask.sum())))
    if not keep.any():
        raise InputError(
            tr(
                "None of the {n} range polygons has a species name, a known season (1 resident, "
                "2 breeding, 3 non-breeding, 4 passage, 5 uncertain) and a polygon: check the "
                "species and season fields."
            ).format(n=n)
        )
    kept = geoms[keep]
    if feature_crs is not None:
        kept = transform(kept, feature_crs, crs)
        coords = shapely.get_coordinates(kept)
        if not np.isfinite(coords).all():
            raise InputError(
                tr(
                    "The species ranges cannot be placed in the CRS of the planning units: "
                    "some of their coordinates fall outside it. Check that the range layer "
                    "carries its true CRS (Layer > Set CRS)."
                )
            )
    return dissolve_features(names[keep], codes[keep], kept), warnings


def _override_index(
    overrides: Mapping[str, float], features: Features
) -> tuple[np.ndarray, np.ndarray]:
    """(feature indices, percentages) of the overrides; unknown keys raise InputError."""
    keys = [feature_key(s, k) for s, k in zip(features.species, features.season)]
    position = {key: j for j, key in enumerate(keys)}
    index, percent = [], []
    for raw_key, value in overrides.items():
        species, sep, season = str(raw_key).rpartition("|")
        code = season_code(season) if sep else None
        key = feature_key(species.strip(), code) if code is not None else str(raw_key)
        j = position.get(key)
        if j is None:
            raise InputError(
                tr(
                    "The target override '{key}' matches no feature: write "
                    "'<species>|<season code>' (1 resident, 2 breeding, 3 non-breeding, "
                    "4 passage) for a species and season of the ranges, e.g. {examples}."
                ).format(key=raw_key, examples=name_items([f"'{k}'" for k in keys]))
            )
        if j in index and percent[index.index(j)] != float(value):
            raise InputError(
                tr("The feature '{key}' has two different target overrides: keep one.").format(
                    key=key
                )
            )
        index.append(j)
        percent.append(float(value))
    return np.array(index, dtype=np.int64), np.array(percent, dtype=float)


def _targets(features: Features, amounts: Any, settings: PlanSettings) -> np.ndarray:
    """Absolute targets (km2) by the rule, then the overrides (percent of each total)."""
    m = len(features)
    if _rule_name(settings.target_rule) == "loglinear":
        targets = targets_for(features, amounts, LogLinearTargets())
    else:
        percent = float(settings.target_percent)
        if percent > 0:
            targets = targets_for(features, amounts, RelativeTargets(percent=percent))
        else:
            targets = np.zeros(m)
    index, percent = _override_index(settings.targets, features)
    if index.size:
        # targets_for refuses 0 %; an override of 0 asks nothing of its feature.
        asked = np.full(m, 100.0)
        asked[index] = np.where(percent > 0, percent, 100.0)
        relative = targets_for(features, amounts, RelativeTargets(percent=asked))
        targets = targets.copy()
        targets[index] = np.where(percent > 0, relative[index], 0.0)
    return targets


def _objective(settings: PlanSettings, features: Features) -> Any:
    budget = None if settings.budget is None else float(settings.budget)
    if settings.objective == "maxcoverage":
        return MaxCoverage(budget=budget)
    if settings.objective == "minshortfall":
        return MinShortfall(budget=budget)
    if settings.objective == "weakestlink":
        return WeakestLink(budget=budget, species=np.asarray(features.species, dtype=object))
    return MinSet()


def _advanced(
    settings: PlanSettings,
    *,
    units: np.ndarray,
    area_km2: np.ndarray,
    ids: np.ndarray,
    features: Features,
    amounts: Any,
    boundary: Boundary,
    countries: UnitCountries | None,
    connectivity: ConnectivityTable | None,
    locked_out: np.ndarray,
    warnings: list[str],
) -> tuple[tuple, tuple]:
    """The constraints and penalties of the settings' advanced group (all off at 0)."""
    constraints: list = []
    penalties: list = []
    if settings.stepping_stones_km > 0:
        xy = shapely.get_coordinates(shapely.centroid(units))
        found = passage_bands(
            features, amounts, xy, area_km2 * 1e6, float(settings.stepping_stones_km), locked_out
        )
        if not found:
            warnings.append(
                tr(
                    "Stepping stones were asked for, but no passage range overlaps the planning "
                    "units: the plan has none. Passage ranges have season 4 (passage)."
                )
            )
        constraints += stepping_stone_constraints(found)
    share = float(settings.country_share_percent) / 100.0
    bonus = float(settings.cross_border_bonus)
    if (share > 0 or bonus > 0) and countries is None:
        raise InputError(
            tr(
                "The share of each country and the cross-border bonus need each planning "
                "unit's country: use planning units made by the plugin (field "
                "'country_shares'), or add a 'country' field with ISO3 codes to the unit layer."
            )
        )
    if countries is not None and countries.shares.shape[0] != len(units):
        raise InputError(
            tr(
                "The countries cover {count} planning units but there are {n}: read them from "
                "the same unit layer."
            ).format(count=countries.shares.shape[0], n=len(units))
        )
    if share > 0:
        if not countries.codes:
            raise InputError(
                tr(
                    "No planning unit has a country, so no country can keep a share: check the "
                    "unit layer's 'country_shares' or 'country' field."
                )
            )
        constraints.append(
            CountryMinShare(
                country_area=countries.shares,
                codes=countries.codes,
                shares={code: share for code in countries.codes},
            )
        )
    if bonus > 0:
        penalties.append(CrossBorderBonus(countries.country, boundary, weight=bonus))
    weight = float(settings.connectivity_weight)
    if weight > 0:
        if connectivity is None:
            raise InputError(
                tr(
                    "A connectivity weight is set but no connectivity table was given: choose "
                    "the table (id1, id2, value) or set the weight to 0."
                )
            )
        penalties.append(
            ConnectivityPenalty.from_ids(
                connectivity.id1,
                connectivity.id2,
                connectivity.value,
                ids.tolist(),
                symmetric=bool(settings.connectivity_symmetric),
                weight=weight,
            )
        )
    elif connectivity is not None:
        warnings.append(
            tr(
                "The connectivity table {name} was not used: its weight is 0. Give a weight "
                "above 0 to use it."
            ).format(name=connectivity.source)
        )
    return tuple(constraints), tuple(penalties)


def prepare_plan(
    unit_geometry: Any,
    unit_ids: Any,
    cost: Any,
    locked_in: Any,
    species: Any,
    seasonal: Any,
    feature_geometry: Any,
    crs: str,
    settings: PlanSettings | None = None,
    *,
    feature_crs: str | None = None,
    boundary: Boundary | None = None,
    edge_tolerance_m: float = LAYER_EDGE_TOLERANCE_M,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    locked_out: Any = None,
    countries: UnitCountries | None = None,
    connectivity: ConnectivityTable | None = None,
) -> PlanInputs:
    """Build the planning problem from geometries (see :func:`plan_network` for arguments)."""
    settings = (settings or PlanSettings()).validate()
    report = progress or (lambda fraction, message: None)

    def step(fraction: float, message: str) -> None:
        if should_cancel is not None and should_cancel():
            raise CancelledError(tr("Cancelled by the user; nothing was written."))
        report(fraction, message)

    step(0.0, tr("Reading the planning units"))
    units = np.asarray(unit_geometry, dtype=object)
    n = len(units)
    if n == 0:
        raise InputError(tr("There are no planning units: choose a layer with unit polygons."))
    ids = np.arange(1, n + 1) if unit_ids is None else np.asarray(unit_ids, dtype=object)
    if ids.size != n:
        raise InputError(
            tr("There are {count} unit ids for {n} planning units; give one per unit.").format(
                count=ids.size, n=n
            )
        )
    units = _polygons(units)
    empty = shapely.is_missing(units) | shapely.is_empty(units)
    if empty.any():
        raise InputError(
            tr(
                "Planning unit(s) {units} have no polygon: delete them from the unit layer or "
                "draw their polygons."
            ).format(units=name_items(ids[empty].tolist()))
        )
    warnings: list[str] = []
    work = crs
    if not is_metric(crs):
        work = study_area_crs(units, crs)
        units = transform(units, crs, work)
        warnings.append(
            tr(
                "The planning units are not in a projected CRS in metres; areas and edges were "
                "measured in Lambert azimuthal equal-area centred on them."
            )
        )
    area_km2 = shapely.area(units) / 1e6
    if cost is None:
        cost_values = area_km2.copy()
    else:
        cost_values = np.array(
            [np.nan if v is None else v for v in np.ravel(np.asarray(cost, dtype=object))],
            dtype=float,
        )
    locks = _flags(locked_in, n, tr("locked-in")) if settings.lock_in else np.zeros(n, bool)
    kept_out = _flags(locked_out, n, tr("locked-out"))

    step(0.05, tr("Grouping the ranges by species and season"))
    features, feature_warnings = _features(
        species, seasonal, feature_geometry, work, feature_crs or crs
    )
    warnings += feature_warnings

    step(0.15, tr("Computing the area of each feature in each unit"))
    amounts = overlap_matrix(units, features.geometry, area_km2 * 1e6)
    totals = np.asarray(amounts.sum(axis=0), dtype=float).ravel()
    names = features.names
    if not (totals > 0).any():
        raise InputError(
            tr(
                "None of the {m} species-season ranges overlaps the planning units: check "
                "that both layers cover the same area and carry the right CRS."
            ).format(m=len(features))
        )
    absent = np.flatnonzero(totals <= 0)
    if absent.size:
        warnings.append(
            tr(
                "{n} feature(s) have no range inside the planning units and get no target: {names}."
            ).format(n=absent.size, names=name_items([names[k] for k in absent]))
        )

    step(0.3, tr("Measuring the edges between units"))
    if boundary is None:
        boundary = boundary_table(units, tolerance=float(edge_tolerance_m))

    step(0.35, tr("Setting the targets"))
    targets = _targets(features, amounts, settings)
    constraints, penalties = _advanced(
        settings,
        units=units,
        area_km2=area_km2,
        ids=ids,
        features=features,
        amounts=amounts,
        boundary=boundary,
        countries=countries,
        connectivity=connectivity,
        locked_out=kept_out,
        warnings=warnings,
    )
    problem = Problem(
        cost=cost_values,
        amounts=amounts,
        targets=targets,
        feature_names=names,
        locked_in=locks,
        locked_out=kept_out,
        boundary=boundary,
        blm=float(settings.blm),
        edge_factor=float(settings.edge_factor),
        unit_ids=ids.tolist(),
        objective=_objective(settings, features),
        constraints=constraints,
        penalties=penalties,
    )
    problem.validate()
    return PlanInputs(
        problem=problem,
        features=features,
        totals_km2=totals,
        unit_ids=ids,
        area_km2=area_km2,
        locked_in=locks,
        crs=work,
        warnings=warnings,
        locked_out=kept_out,
    )


def plan_network(
    unit_geometry: Any,
    unit_ids: Any,
    cost: Any,
    locked_in: Any,
    species: Any,
    seasonal: Any,
    feature_geometry: Any,
    crs: str,
    settings: PlanSettings | None = None,
    *,
    feature_crs: str | None = None,
    boundary: Boundary | None = None,
    edge_tolerance_m: float = LAYER_EDGE_TOLERANCE_M,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    locked_out: Any = None,
    countries: UnitCountries | None = None,
    connectivity: ConnectivityTable | None = None,
) -> PlanResult:
    """Choose the planning units of a network that meets the settings' targets and objective.

    ``unit_geometry``: unit polygons (shapely array) in ``crs``; ``unit_ids`` (None: 1..n)
    label units in messages; ``cost`` per unit (None: the unit's area in km2);
    ``locked_in``: flags of units to keep (existing protected areas; None: none), applied
    when ``settings.lock_in``; ``locked_out``: flags of units never to select (cities,
    concessions; None: none), always applied. A unit flagged both is refused, and targets
    out of reach without the locked-out units stop the run with
    :class:`~.problem.InfeasibleError` naming each feature. ``species``, ``seasonal``
    (IUCN codes or season words; None: resident) and ``feature_geometry``: one entry per
    range polygon, grouped into one feature per species and season; in ``feature_crs``
    (default ``crs``). Areas and edges are measured in ``crs`` when it is projected in
    metres (use an equal-area CRS), else in Lambert azimuthal equal-area centred on the
    units. ``boundary``: the units' edges when known; otherwise measured with
    ``edge_tolerance_m``. ``countries``: the units' countries (:mod:`.unit_countries`), for
    the per-country share and the cross-border bonus; ``connectivity``: the table weighted
    by ``settings.connectivity_weight``. ``progress(fraction, message)`` and
    ``should_cancel()`` are called throughout; cancelling raises
    :class:`~.errors.CancelledError`.
    """
    settings = (settings or PlanSettings()).validate()
    report = progress or (lambda fraction, message: None)
    inputs = prepare_plan(
        unit_geometry,
        unit_ids,
        cost,
        locked_in,
        species,
        seasonal,
        feature_geometry,
        crs,
        settings,
        feature_crs=feature_crs,
        boundary=boundary,
        edge_tolerance_m=edge_tolerance_m,
        progress=progress,
        should_cancel=should_cancel,
        locked_out=locked_out,
        countries=countries,
        connectivity=connectivity,
    )
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("Cancelled by the user; nothing was written."))
    report(0.4, tr("Solving the integer programme"))
    problem = inputs.problem
    limit = float(settings.time_limit_s)
    started = time.perf_counter()
    solution = solvers.solve(
        problem,
        time_limit=limit,
        mip_gap=float(settings.mip_gap),
        progress=solvers.progress_mapper(report, 0.4, 0.95, limit) if progress else None,
        should_cancel=should_cancel,
        should_stop=should_stop,
    )
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("Cancelled by the user; nothing was written."))
    report(0.95, tr("Checking the targets"))
    selected = np.asarray(solution.selected, dtype=bool)
    coverage = target_coverage(problem, selected)
    features = inputs.features
    rows = [
        FeatureResult(
            feature=c.name,
            species=str(features.species[c.feature]),
            season=int(features.season[c.feature]),
            total_km2=float(inputs.totals_km2[c.feature]),
            target_km2=c.target,
            held_km2=c.held,
            met=c.met,
            shortfall_km2=c.shortfall,
        )
        for c in coverage
    ]
    result = PlanResult(
        selected=selected,
        locked_in=inputs.locked_in,
        status=solution.status,
        objective=float(solution.objective),
        gap=float(solution.gap),
        cost=float(problem.cost[selected].sum()),
        boundary_km=float(problem.boundary.boundary_of(selected, problem.edge_factor)),
        runtime_s=float(time.perf_counter() - started),
        solver=solution.solver,
        features=rows,
        problem=problem,
        warnings=list(inputs.warnings),
        locked_out=inputs.locked_out,
    )
    report(1.0, tr("Done"))
    return result


def suggest_blm(
    unit_geometry: Any,
    unit_ids: Any,
    cost: Any,
    locked_in: Any,
    species: Any,
    seasonal: Any,
    feature_geometry: Any,
    crs: str,
    settings: PlanSettings | None = None,
    *,
    multiples: Sequence[float] = BLM_MULTIPLES,
    feature_crs: str | None = None,
    boundary: Boundary | None = None,
    edge_tolerance_m: float = LAYER_EDGE_TOLERANCE_M,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    locked_out: Any = None,
) -> BlmSuggestion:
    """Cohon's BLM for the minimum-set plan of these layers, and trade-off points around it.

    Same arguments as :func:`plan_network`; the settings' targets, locks and time limit are
    used (per solve), their objective, budget and BLM are not: Cohon's method weighs cost
    against boundary for the minimum set (Cohon et al. 1979, prioritizr's
    ``calibrate_cohon_penalty``). Its four solves ask for a zero gap, as prioritizr
    recommends; the trade-off points use the settings' gap. Each multiple of the suggested BLM
    in ``multiples`` adds one solve.
    """
    base = settings or PlanSettings()
    settings = dataclasses.replace(base, objective="minset", budget=None, blm=0.0).validate()
    report = progress or (lambda fraction, message: None)
    factors = np.asarray(list(multiples), dtype=float).ravel()
    if factors.size and (~np.isfinite(factors) | (factors <= 0)).any():
        raise InputError(
            tr("The BLM multiples must be positive numbers; got {values}.").format(
                values=", ".join(f"{v:g}" for v in factors)
            )
        )
    inputs = prepare_plan(
        unit_geometry,
        unit_ids,
        cost,
        locked_in,
        species,
        seasonal,
        feature_geometry,
        crs,
        settings,
        feature_crs=feature_crs,
        boundary=boundary,
        edge_tolerance_m=edge_tolerance_m,
        progress=progress,
        should_cancel=should_cancel,
        locked_out=locked_out,
    )
    problem = inputs.problem
    solve_kw = {"time_limit": float(settings.time_limit_s), "should_cancel": should_cancel}
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("Cancelled by the user; nothing was written."))
    report(0.4, tr("Finding the cheapest and the most compact plans (Cohon's method)"))
    cohon = cohon_blm(problem, stage=lambda k, text: report(0.4 + 0.075 * k, text), **solve_kw)
    points = [cohon.min_cost]
    if not cohon.degenerate:
        start = cohon.min_cost.selected
        for k, factor in enumerate(sorted(factors)):
            if should_cancel is not None and should_cancel():
                raise CancelledError(tr("Cancelled by the user; nothing was written."))
            value = float(factor * cohon.blm)
            report(
                0.7 + 0.25 * k / max(len(factors), 1),
                tr("Solving with BLM {blm:.6g}").format(blm=value),
            )
            point = blm_tradeoff(
                problem, [value], mip_gap=float(settings.mip_gap), warm_start=start, **solve_kw
            )[0]
            start = point.selected
            points.append(point)
    report(1.0, tr("Done"))
    return BlmSuggestion(
        blm=float(cohon.blm),
        degenerate=bool(cohon.degenerate),
        note=cohon.note,
        points=points,
        cohon=cohon,
        warnings=list(inputs.warnings),
    )
