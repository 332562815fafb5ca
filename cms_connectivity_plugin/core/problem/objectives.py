"""Objectives: what the programme minimises or maximises (prioritizr's ``add_*_objective``).

Each objective adds the unit decisions and its own terms (:meth:`Objective.add_to`), uses the
targets its own way (:meth:`Objective.add_targets`) and evaluates any selection
(:meth:`Objective.value`, :meth:`Objective.satisfied`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import scipy.sparse as sp

from ..errors import InputError
from ..i18n import name_items, tr
from .inputs import _tol, _unit_array, targets_met
from .milp import MilpBuilder, add_unit_decisions

if TYPE_CHECKING:
    from .model import Problem


#: What budgets may be measured in (:attr:`MaxCoverage.budget_on` and friends).
BUDGET_MEASURES: tuple[str, ...] = ("cost", "area")


def add_min_set_objective(builder: MilpBuilder, problem: Problem) -> int:
    """Binary unit decisions with their cost: minimise sum_i c_i x_i, x_i in {0, 1}."""
    return add_unit_decisions(builder, problem, problem.cost)


def add_absolute_targets(builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
    """One row per feature: sum_i r_ij x_i >= T_j (prioritizr ``add_absolute_targets``)."""
    coo = problem.amounts.tocoo()
    m = problem.n_features
    builder.add_rows(coo.col, coo.row + x0, coo.data, problem.targets, np.inf, count=m)


def _held(problem: Problem, X: np.ndarray) -> np.ndarray:
    """held[k, j] = sum_i r_ij X[k, i] for a (k, n) stack of selections."""
    return np.asarray((problem.amounts.T @ X.T.astype(float)).T, dtype=float).reshape(
        X.shape[0], problem.n_features
    )


class Objective:
    """What :func:`build_milp` asks of an objective.

    ``sense`` is "min" or "max" (the programme itself always minimises; a maximisation adds
    its negated utility). ``hard_targets`` says whether targets are constraints (minimum set)
    or yardsticks (budget objectives). :meth:`add_to` adds the unit columns and the
    objective's own terms and returns the first unit column; :meth:`add_targets` adds what the
    objective needs from the targets; :meth:`value` is the objective's own term f(x) for a
    (k, n) stack; :meth:`satisfied` its own feasibility (targets or budget).
    """

    sense: ClassVar[str] = "min"
    hard_targets: ClassVar[bool] = False

    def check(self, problem: Problem) -> None:
        """Raise :class:`InputError` if the objective does not fit the problem."""

    def add_to(self, builder: MilpBuilder, problem: Problem) -> int:
        raise NotImplementedError

    def add_targets(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        """Rows and columns the objective builds from the targets (none by default)."""

    def value(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return np.ones(X.shape[0], dtype=bool)

    def penalty_scale(self, problem: Problem) -> float:
        """Factor converting penalties (cost units) into the objective's units."""
        return 1.0

    def tie_break_bound(self, problem: Problem) -> float:
        """Largest total of the tie-breaking terms the programme adds (0 for none)."""
        return 0.0


@dataclass(frozen=True)
class MinSet(Objective):
    """Minimum set (Marxan; prioritizr ``add_min_set_objective``; Ball, Possingham & Watts 2009).

    minimise sum_i c_i x_i + BLM * boundary(x) + penalties(x)
    subject to sum_i r_ij x_i >= T_j for every feature j, x_i in {0, 1}.
    """

    hard_targets: ClassVar[bool] = True

    def add_to(self, builder: MilpBuilder, problem: Problem) -> int:
        return add_min_set_objective(builder, problem)

    def add_targets(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        add_absolute_targets(builder, problem, x0)

    def value(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return X.astype(float) @ problem.cost

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return np.all(targets_met(problem.targets, _held(problem, X)), axis=1)


class _Budgeted(Objective):
    """Shared parts of the budget objectives: the budget row, penalty scale and tie-break.

    Budget: sum_i d_i x_i <= B with d = cost (``budget_on="cost"``) or the per-unit ``area``
    (``budget_on="area"``, e.g. B = 30 % of the study area, see :meth:`share_of_area`).
    Locked-in units count against it.

    Penalty scale s (boundary and penalties are in cost units; these objectives are not): by
    default s = W / B_c, with W the total weight the objective can earn and B_c the budget in
    cost units (B itself, or B / total area * total cost for an area budget): a unit of
    penalty is priced at the utility a unit of budget buys on average, so a BLM calibrated on
    the minimum set keeps roughly its meaning. Give ``scale=1.0`` for prioritizr's plain
    subtraction (maximise utility - BLM * boundary).

    Tie-break: many selections often share the best utility, so each unit also carries
    eps_i = tie_break * w_min * c_i / C_max in the minimisation, w_min the smallest positive
    weight and C_max the most any feasible selection can cost (the budget when it is on cost,
    else the total cost). Its total never exceeds tie_break * w_min (default 1e-3 * w_min),
    so the optimum is the cheapest among the selections within that much of the best
    utility; ``tie_break=0`` turns it off. Like any objective term it is only honoured within
    the solver's gap: ask for ``mip_gap=0`` to get the cheapest plan, not just a best one.
    """

    budget: float
    budget_on: str
    area: Any
    scale: float | None
    tie_break: float

    @classmethod
    def share_of_area(cls, share: float, area: Any, **kwargs: Any) -> _Budgeted:
        """The objective with budget = ``share`` of the total ``area`` (e.g. 0.3 for 30 %)."""
        area_values = np.asarray(area, dtype=float).ravel()
        return cls(
            budget=float(share) * float(area_values.sum()),
            budget_on="area",
            area=area_values,
            **kwargs,
        )

    # -- per-objective weights ----------------------------------------------------------------

    def _weights(self, problem: Problem) -> np.ndarray:
        raise NotImplementedError

    # -- budget ---------------------------------------------------------------------------------

    def _measure(self, problem: Problem) -> np.ndarray:
        if self.budget_on == "area":
            return _unit_array(self.area, problem.n_units, tr("area"))
        return problem.cost

    def _check_budget(self, problem: Problem) -> None:
        name = type(self).__name__
        if self.budget_on not in BUDGET_MEASURES:
            raise InputError(
                tr("The {name} budget is on '{measure}': use {choices}.").format(
                    name=name, measure=self.budget_on, choices=" or ".join(BUDGET_MEASURES)
                )
            )
        budget = float(self.budget)
        if not np.isfinite(budget) or budget < 0:
            raise InputError(
                tr("The {name} budget is {value}; give a finite amount of zero or more.").format(
                    name=name, value=self.budget
                )
            )
        measure = self._measure(problem)
        locked_in, _ = problem.effective_locks()
        used = float(measure[locked_in].sum())
        if used > budget + _tol(budget):
            raise InputError(
                tr(
                    "The locked-in units already use {used:.6g} of the {name} budget of "
                    "{budget:.6g} ({measure}): raise the budget or unlock units."
                ).format(used=used, name=name, budget=budget, measure=self.budget_on)
            )
        if self.scale is not None and not (np.isfinite(self.scale) and self.scale >= 0):
            raise InputError(
                tr("The {name} penalty scale is {value}; give a number of zero or more.").format(
                    name=name, value=self.scale
                )
            )
        if not (np.isfinite(self.tie_break) and 0 <= self.tie_break < 1):
            raise InputError(
                tr("The {name} tie-break is {value}; give a small fraction, e.g. 1e-3.").format(
                    name=name, value=self.tie_break
                )
            )

    def _add_budget(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        measure = self._measure(problem)
        used = np.flatnonzero(measure != 0)
        builder.add_rows(
            np.zeros(used.size), x0 + used, measure[used], -np.inf, float(self.budget), count=1
        )

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        budget = float(self.budget)
        return X.astype(float) @ self._measure(problem) <= budget + _tol(budget)

    # -- scale and tie-break --------------------------------------------------------------------

    def penalty_scale(self, problem: Problem) -> float:
        if self.scale is not None:
            return float(self.scale)
        total_weight = float(self._weights(problem).sum())
        total_cost = float(problem.cost.sum())
        if self.budget_on == "area":
            total_area = float(self._measure(problem).sum())
            budget_cost = float(self.budget) / total_area * total_cost if total_area > 0 else 0.0
        else:
            budget_cost = float(self.budget)
        denominator = budget_cost if budget_cost > 0 else total_cost
        if total_weight <= 0 or denominator <= 0:
            return 1.0
        return total_weight / denominator

    def tie_break_bound(self, problem: Problem) -> float:
        weights = self._weights(problem)
        positive = weights[weights > 0]
        if positive.size == 0 or float(problem.cost.sum()) <= 0:
            return 0.0
        return float(self.tie_break) * float(positive.min())

    def add_to(self, builder: MilpBuilder, problem: Problem) -> int:
        most = float(problem.cost.sum())
        if self.budget_on == "cost" and float(self.budget) > 0:
            most = min(most, float(self.budget))
        bound = self.tie_break_bound(problem)
        eps = problem.cost * (bound / most) if bound > 0 else np.zeros(problem.n_units)
        x0 = add_unit_decisions(builder, problem, eps)
        self._add_budget(builder, problem, x0)
        return x0


def _feature_weights(weights: Any, problem: Problem, name: str) -> np.ndarray:
    m = problem.n_features
    if weights is None:
        return np.ones(m)
    values = np.asarray(weights, dtype=float).ravel()
    if values.size != m:
        raise InputError(
            tr(
                "The {name} weights have {count} values for {m} features; give one per feature."
            ).format(name=name, count=values.size, m=m)
        )
    bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
    if bad.size:
        raise InputError(
            tr(
                "The {name} weight of feature '{feature}' is {value}; weights must be zero or more."
            ).format(name=name, feature=problem.feature_names[bad[0]], value=values[bad[0]])
        )
    return values


@dataclass(frozen=True, eq=False)
class MaxCoverage(_Budgeted):
    """Maximum representation within a budget: the linear "maximum utility" variant of
    prioritizr's ``add_max_features_objective`` / ``add_max_utility_objective``, with each
    feature's credit capped at its target (DESIGN §6).

    maximise sum_j w_j y_j - s * penalties(x)
    subject to T_j y_j <= sum_i r_ij x_i, 0 <= y_j <= 1 (features with T_j > 0),
               sum_i d_i x_i <= B (budget), x_i in {0, 1}.
    At the optimum y_j = min(1, held_j / T_j); a feature with T_j = 0 always counts fully.
    Since min(1, h/T) = 1 - max(0, T - h)/T, this has the same optimal selections as
    :class:`MinShortfall` with the same weights and budget, its value being W minus theirs.
    :func:`objective_value` reports sum_j w_j min(1, held_j / T_j) - s * P(x) (higher is
    better). Budget, penalty scale s and tie-break: see :class:`_Budgeted`.
    """

    budget: float
    weights: Any = None
    budget_on: str = "cost"
    area: Any = None
    scale: float | None = None
    tie_break: float = 1e-3

    sense: ClassVar[str] = "max"

    def _weights(self, problem: Problem) -> np.ndarray:
        return _feature_weights(self.weights, problem, "MaxCoverage")

    def check(self, problem: Problem) -> None:
        self._weights(problem)
        self._check_budget(problem)

    def add_targets(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        targets, weights = problem.targets, self._weights(problem)
        builder.add_offset(-float(weights[(targets <= 0)].sum()))
        feats = np.flatnonzero((targets > 0) & (weights > 0))
        k = feats.size
        if k == 0:
            return
        part = problem.amounts.tocsc()[:, feats]
        goal = targets[feats]

        def fill(x: np.ndarray) -> np.ndarray:
            held = np.asarray(part.T @ x.astype(float), dtype=float).ravel()
            return np.minimum(1.0, held / goal)

        y0 = builder.add_columns(-weights[feats], 0.0, 1.0, integer=False, fill=fill)
        coo = part.tocoo()
        local = np.arange(k)
        builder.add_rows(
            np.concatenate([local, coo.col]),
            np.concatenate([y0 + local, x0 + coo.row]),
            np.concatenate([goal, -coo.data]),
            -np.inf,
            0.0,
            count=k,
        )

    def value(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        targets = problem.targets
        held = _held(problem, X)
        share = np.ones_like(held)
        positive = targets > 0
        share[:, positive] = np.minimum(1.0, held[:, positive] / targets[positive])
        return share @ self._weights(problem)


@dataclass(frozen=True, eq=False)
class MinShortfall(_Budgeted):
    """Minimum shortfall within a budget (prioritizr ``add_min_shortfall_objective``).

    minimise sum_j w_j u_j / T_j + s * penalties(x)
    subject to u_j >= T_j - sum_i r_ij x_i, 0 <= u_j <= T_j (features with T_j > 0),
               sum_i d_i x_i <= B (budget), x_i in {0, 1}.
    At the optimum u_j = max(0, T_j - held_j): the relative shortfall, weighted.
    :func:`objective_value` reports sum_j w_j max(0, T_j - held_j) / T_j + s * P(x) (lower is
    better). Budget, penalty scale s and tie-break: see :class:`_Budgeted`.
    """

    budget: float
    weights: Any = None
    budget_on: str = "cost"
    area: Any = None
    scale: float | None = None
    tie_break: float = 1e-3

    sense: ClassVar[str] = "min"

    def _weights(self, problem: Problem) -> np.ndarray:
        return _feature_weights(self.weights, problem, "MinShortfall")

    def check(self, problem: Problem) -> None:
        self._weights(problem)
        self._check_budget(problem)

    def add_targets(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        targets, weights = problem.targets, self._weights(problem)
        feats = np.flatnonzero((targets > 0) & (weights > 0))
        k = feats.size
        if k == 0:
            return
        part = problem.amounts.tocsc()[:, feats]
        goal = targets[feats]

        def fill(x: np.ndarray) -> np.ndarray:
            held = np.asarray(part.T @ x.astype(float), dtype=float).ravel()
            return np.maximum(0.0, goal - held)

        u0 = builder.add_columns(weights[feats] / goal, 0.0, goal, integer=False, fill=fill)
        coo = part.tocoo()
        local = np.arange(k)
        builder.add_rows(
            np.concatenate([local, coo.col]),
            np.concatenate([u0 + local, x0 + coo.row]),
            np.concatenate([np.ones(k), coo.data]),
            goal,
            np.inf,
            count=k,
        )

    def value(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        targets = problem.targets
        held = _held(problem, X)
        short = np.zeros_like(held)
        positive = targets > 0
        short[:, positive] = (
            np.maximum(0.0, targets[positive] - held[:, positive]) / targets[positive]
        )
        return short @ self._weights(problem)


@dataclass(frozen=True, eq=False)
class WeakestLink(_Budgeted):
    """Weakest-link species coverage within a budget (new here, for migratory species).

    A migratory species is only safe if *every* seasonal feature (breeding, passage,
    non-breeding) meets its target, so the credit is per species, not per feature:

    maximise sum_s w_s z_s - s * penalties(x)
    subject to sum_i r_ij x_i >= T_j y_j for every feature j with T_j > 0, y_j in {0, 1},
               z_s <= y_k for every such feature k of species s, 0 <= z_s <= 1,
               sum_i d_i x_i <= B (budget), x_i in {0, 1}.
    y_j may be 1 only when feature j meets its target; z_s (continuous, integral at the
    optimum because the y are) only when all of species s's features do. A species whose
    targets are all 0 always counts.

    ``species`` maps each feature to a species label; ``weights`` is None (every species 1),
    a mapping label -> weight, or a sequence aligned with the sorted unique labels
    (:meth:`species_labels`). :func:`objective_value` reports sum_s w_s [every feature of s
    met] - s * P(x) (higher is better). The tie-break (see :class:`_Budgeted`, here at most
    tie_break * the smallest species weight) makes the optimum the cheapest plan securing the
    most species.
    """

    budget: float
    species: Any
    weights: Any = None
    budget_on: str = "cost"
    area: Any = None
    scale: float | None = None
    tie_break: float = 1e-3

    sense: ClassVar[str] = "max"

    def _groups(self, problem: Problem) -> tuple[np.ndarray, np.ndarray]:
        labels = np.asarray(self.species, dtype=object).ravel()
        if labels.size != problem.n_features:
            raise InputError(
                tr(
                    "WeakestLink has {count} species labels for {m} features; give the species "
                    "of every feature."
                ).format(count=labels.size, m=problem.n_features)
            )
        uniq, inverse = np.unique(labels.astype(str), return_inverse=True)
        return uniq, inverse

    def species_labels(self, problem: Problem) -> list[str]:
        """The species, sorted, in the order weights sequences are read."""
        return self._groups(problem)[0].tolist()

    def _weights(self, problem: Problem) -> np.ndarray:
        uniq, _ = self._groups(problem)
        if self.weights is None:
            return np.ones(uniq.size)
        if isinstance(self.weights, Mapping):
            given = {str(k): v for k, v in self.weights.items()}
            missing = [label for label in uniq.tolist() if label not in given]
            if missing:
                raise InputError(
                    tr(
                        "WeakestLink has no weight for species {names}: give one per species."
                    ).format(names=name_items(missing))
                )
            values = np.array([float(given[label]) for label in uniq.tolist()])
        else:
            values = np.asarray(self.weights, dtype=float).ravel()
            if values.size != uniq.size:
                raise InputError(
                    tr(
                        "WeakestLink has {count} weights for {s} species; give one per species "
                        "in sorted order, or a mapping species -> weight."
                    ).format(count=values.size, s=uniq.size)
                )
        bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
        if bad.size:
            raise InputError(
                tr(
                    "The weight of species '{name}' is {value}; weights must be zero or more."
                ).format(name=uniq[bad[0]], value=values[bad[0]])
            )
        return values

    def check(self, problem: Problem) -> None:
        self._weights(problem)
        self._check_budget(problem)

    def add_targets(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        targets = problem.targets
        uniq, inverse = self._groups(problem)
        weights = self._weights(problem)
        needs = targets > 0
        count = np.bincount(inverse[needs], minlength=uniq.size)
        builder.add_offset(-float(weights[(count == 0)].sum()))
        active = (count > 0) & (weights > 0)
        feats = np.flatnonzero(needs & active[inverse])
        species = np.flatnonzero(active)
        k, s = feats.size, species.size
        if k == 0:
            return
        part = problem.amounts.tocsc()[:, feats]
        goal = targets[feats]
        z_of_species = np.full(uniq.size, -1, dtype=np.int64)
        z_of_species[species] = np.arange(s)
        z_of_feat = z_of_species[inverse[feats]]

        def met(x: np.ndarray) -> np.ndarray:
            held = np.asarray(part.T @ x.astype(float), dtype=float).ravel()
            return held >= goal - 1e-9

        def fill_z(x: np.ndarray) -> np.ndarray:
            unmet = np.bincount(z_of_feat, weights=~met(x), minlength=s)
            return (unmet == 0).astype(float)

        y0 = builder.add_columns(
            np.zeros(k), 0.0, 1.0, integer=True, fill=lambda x: met(x).astype(float)
        )
        z0 = builder.add_columns(-weights[species], 0.0, 1.0, integer=False, fill=fill_z)
        coo = part.tocoo()
        local = np.arange(k)
        # held_j - T_j y_j >= 0
        builder.add_rows(
            np.concatenate([local, coo.col]),
            np.concatenate([y0 + local, x0 + coo.row]),
            np.concatenate([-goal, coo.data]),
            0.0,
            np.inf,
            count=k,
        )
        # z_s - y_k <= 0
        builder.add_rows(
            np.concatenate([local, local]),
            np.concatenate([z0 + z_of_feat, y0 + local]),
            np.concatenate([np.ones(k), -np.ones(k)]),
            -np.inf,
            0.0,
            count=k,
        )

    def value(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        uniq, inverse = self._groups(problem)
        unmet = ~targets_met(problem.targets, _held(problem, X))
        m = problem.n_features
        G = sp.csr_matrix((np.ones(m), (np.arange(m), inverse)), shape=(m, uniq.size))
        per_species = np.asarray((G.T @ unmet.T.astype(float)).T)
        return (per_species == 0).astype(float) @ self._weights(problem)
