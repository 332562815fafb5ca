"""The planning problem, its checks, the reachability of its targets and the value of any
selection under it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..errors import InputError
from ..i18n import name_items, tr
from .boundary import Boundary
from .inputs import MAX_COEFFICIENT, _tol
from .milp import MilpBuilder, MilpModel
from .objectives import MinSet, MinShortfall, Objective
from .penalties import BoundaryPenalty


def _as_pieces(pieces: Any) -> tuple:
    """A tuple of constraints or penalties; a single piece is wrapped."""
    if pieces is None:
        return ()
    if callable(getattr(pieces, "add_to", None)):
        return (pieces,)
    return tuple(pieces)


def _selection_stack(problem: Problem, selected: np.ndarray) -> tuple[np.ndarray, bool]:
    """A (k, n) boolean stack of selections and whether a single one (1-D) was given."""
    x = np.asarray(selected, dtype=bool)
    single = x.ndim == 1
    X = np.atleast_2d(x)
    if X.ndim != 2 or X.shape[1] != problem.n_units:
        raise InputError(
            tr("The selection has shape {shape}; give one flag per planning unit ({n}).").format(
                shape=x.shape, n=problem.n_units
            )
        )
    return X, single


@dataclass(eq=False)
class Problem:
    """A planning problem: units, features, targets, an objective, constraints and penalties.

    With the default :class:`MinSet` objective this is Marxan's problem (prioritizr
    ``add_min_set_objective``):
    minimise sum_i c_i x_i + BLM * boundary(x) + penalties(x)
    subject to sum_i r_ij x_i >= T_j for every feature j, x_i = 1 if locked in, x_i = 0 if
    locked out, x_i in {0, 1}. Other objectives (:class:`MaxCoverage`, :class:`MinShortfall`,
    :class:`WeakestLink`) use the targets their own way within a budget.

    ``amounts`` is units x features (scipy.sparse CSR after construction); ``targets`` are
    absolute amounts. ``unit_ids`` only label units in messages (default: 0-based index).
    ``constraints`` and ``penalties`` are tuples of objects following the protocol in the
    package docstring; add one with
    ``dataclasses.replace(problem, constraints=problem.constraints + (c,))``.
    """

    cost: np.ndarray
    amounts: sp.csr_matrix
    targets: np.ndarray
    feature_names: Sequence[str] | None = None
    locked_in: np.ndarray | None = None
    locked_out: np.ndarray | None = None
    boundary: Boundary | None = None
    blm: float = 0.0
    edge_factor: float = 1.0
    boundary_formulation: str = "knapsack"
    unit_ids: Sequence[object] | None = None
    objective: Objective = field(default_factory=lambda: MinSet())
    constraints: tuple = ()
    penalties: tuple = ()

    def __post_init__(self) -> None:
        if self.objective is None:
            self.objective = MinSet()
        self.constraints = _as_pieces(self.constraints)
        self.penalties = _as_pieces(self.penalties)
        self.cost = np.asarray(self.cost, dtype=float)
        if sp.issparse(self.amounts):
            self.amounts = sp.csr_matrix(self.amounts, dtype=float)
        else:
            self.amounts = sp.csr_matrix(np.asarray(self.amounts, dtype=float))
        self.targets = np.asarray(self.targets, dtype=float)
        n = self.cost.shape[0] if self.cost.ndim else 0
        if self.feature_names is None:
            self.feature_names = [
                tr("feature {number}").format(number=k + 1) for k in range(self.targets.size)
            ]
        else:
            self.feature_names = [str(name) for name in self.feature_names]
        self.locked_in = (
            np.zeros(n, dtype=bool)
            if self.locked_in is None
            else np.asarray(self.locked_in, dtype=bool)
        )
        self.locked_out = (
            np.zeros(n, dtype=bool)
            if self.locked_out is None
            else np.asarray(self.locked_out, dtype=bool)
        )
        self.blm = float(self.blm)
        self.edge_factor = float(self.edge_factor)

    @property
    def n_units(self) -> int:
        return int(self.cost.size)

    @property
    def n_features(self) -> int:
        return int(self.targets.size)

    def boundary_penalty(self) -> BoundaryPenalty:
        """The boundary length penalty set by :attr:`blm`, :attr:`edge_factor`,
        :attr:`boundary_formulation` and :attr:`boundary`, as a penalty object: users set
        the fields, the programme and the evaluation use the object like any penalty."""
        return BoundaryPenalty(
            blm=self.blm,
            edge_factor=self.edge_factor,
            formulation=self.boundary_formulation,
            boundary=self.boundary,
        )

    def all_penalties(self) -> tuple:
        """The boundary penalty (when it adds anything) followed by :attr:`penalties`: what
        :func:`build_milp` adds and :func:`penalty_values` sums, in that order."""
        boundary = self.boundary_penalty()
        return (boundary, *self.penalties) if boundary.is_active(self) else self.penalties

    def effective_locks(self) -> tuple[np.ndarray, np.ndarray]:
        """(locked in, locked out) from the fields and every :class:`LockedIn`/:class:`LockedOut`
        (any constraint with a ``locks(problem)`` method) together."""
        locked_in = np.array(self.locked_in, dtype=bool, copy=True)
        locked_out = np.array(self.locked_out, dtype=bool, copy=True)
        for constraint in self.constraints:
            locks = getattr(constraint, "locks", None)
            if locks is None:
                continue
            lock_in, lock_out = locks(self)
            if lock_in is not None:
                locked_in |= lock_in
            if lock_out is not None:
                locked_out |= lock_out
        return locked_in, locked_out

    def unit_labels(self, index: np.ndarray) -> list[object]:
        """Labels for unit indices, as users know them."""
        index = np.asarray(index, dtype=np.intp)
        if self.unit_ids is None:
            return index.tolist()
        ids = np.asarray(self.unit_ids, dtype=object)
        return ids[index].tolist()

    def validate(self) -> Problem:
        """Raise :class:`InputError` naming the first problem found; return self when sound."""
        n, m = self.n_units, self.n_features
        if self.cost.ndim != 1:
            raise InputError(
                tr("The cost has shape {shape}; give one cost per planning unit.").format(
                    shape=self.cost.shape
                )
            )
        if self.targets.ndim != 1:
            raise InputError(
                tr("The targets have shape {shape}; give one target per feature.").format(
                    shape=self.targets.shape
                )
            )
        if self.amounts.shape != (n, m):
            raise InputError(
                tr(
                    "The amounts table is {rows} x {cols} but there are {n} planning units and "
                    "{m} targets: give one row per unit and one column per feature."
                ).format(rows=self.amounts.shape[0], cols=self.amounts.shape[1], n=n, m=m)
            )
        if len(self.feature_names) != m:
            raise InputError(
                tr("There are {names} feature names for {m} features.").format(
                    names=len(self.feature_names), m=m
                )
            )
        for mask, what in ((self.locked_in, tr("locked-in")), (self.locked_out, tr("locked-out"))):
            if mask.shape != (n,):
                raise InputError(
                    tr(
                        "The {what} flags have shape {shape}; give one flag per planning unit "
                        "({n})."
                    ).format(what=what, shape=mask.shape, n=n)
                )
        if self.unit_ids is not None and len(self.unit_ids) != n:
            raise InputError(
                tr("There are {count} unit ids for {n} planning units.").format(
                    count=len(self.unit_ids), n=n
                )
            )

        bad = np.flatnonzero(~np.isfinite(self.cost))
        if bad.size:
            raise InputError(
                tr(
                    "The cost of planning unit {units} is missing or not finite: give every "
                    "unit a finite cost, or remove the units that cannot be selected."
                ).format(units=name_items(self.unit_labels(bad)))
            )
        bad = np.flatnonzero(self.cost < 0)
        if bad.size:
            raise InputError(
                tr(
                    "The cost of planning unit {units} is negative: costs must be zero or more."
                ).format(units=name_items(self.unit_labels(bad)))
            )
        bad = np.flatnonzero(self.cost > MAX_COEFFICIENT)
        if bad.size:
            raise InputError(
                tr(
                    "The cost of planning unit {units} is {value:g}, above {limit:g}: the "
                    "solver cannot work with such numbers. Check the cost field, or rescale "
                    "the costs (e.g. to thousands) so that every cost is below {limit:g}."
                ).format(
                    units=name_items(self.unit_labels(bad)),
                    value=float(self.cost[bad].max()),
                    limit=MAX_COEFFICIENT,
                )
            )

        data = self.amounts.data
        bad = np.flatnonzero(~np.isfinite(data) | (data < 0))
        if bad.size:
            rows = np.repeat(np.arange(n), np.diff(self.amounts.indptr))[bad[0]]
            col = self.amounts.indices[bad[0]]
            raise InputError(
                tr(
                    "The amount of feature '{feature}' in planning unit {unit} is {value}: "
                    "amounts must be zero or more ({count} such values in all)."
                ).format(
                    feature=self.feature_names[col],
                    unit=self.unit_labels(np.array([rows]))[0],
                    value=data[bad[0]],
                    count=bad.size,
                )
            )

        bad = np.flatnonzero(~np.isfinite(self.targets) | (self.targets < 0))
        if bad.size:
            raise InputError(
                tr(
                    "The target for feature '{feature}' is {value}: targets are amounts and "
                    "must be zero or more."
                ).format(feature=self.feature_names[bad[0]], value=self.targets[bad[0]])
            )

        bad = np.flatnonzero(self.locked_in & self.locked_out)
        if bad.size:
            raise InputError(
                tr(
                    "Planning unit {units} is both locked in and locked out: remove one of "
                    "the two locks."
                ).format(units=name_items(self.unit_labels(bad)))
            )

        self.boundary_penalty().check(self)
        self._validate_pieces()
        return self

    def _validate_pieces(self) -> None:
        objective = self.objective
        if not isinstance(objective, Objective):
            raise InputError(
                tr(
                    "The objective {name} is not an objective: use MinSet, MaxCoverage, "
                    "MinShortfall or WeakestLink."
                ).format(name=type(objective).__name__)
            )
        for kind, pieces in ((tr("constraint"), self.constraints), (tr("penalty"), self.penalties)):
            for piece in pieces:
                if not callable(getattr(piece, "add_to", None)):
                    raise InputError(
                        tr(
                            "The {kind} {name} has no add_to(builder, problem, x0) method: "
                            "pass constraint and penalty objects from core.problem."
                        ).format(kind=kind, name=type(piece).__name__)
                    )
        # Locks first: other checks (budgets, stepping stones) rely on them being consistent.
        for constraint in self.constraints:
            if hasattr(constraint, "locks"):
                constraint.check(self)
        locked_in, locked_out = self.effective_locks()
        bad = np.flatnonzero(locked_in & locked_out)
        if bad.size:
            raise InputError(
                tr(
                    "Planning unit {units} is both locked in and locked out: remove one of "
                    "the two locks."
                ).format(units=name_items(self.unit_labels(bad)))
            )
        objective.check(self)
        for piece in (*self.constraints, *self.penalties):
            if hasattr(piece, "locks"):
                continue
            check = getattr(piece, "check", None)
            if callable(check):
                check(self)


@dataclass(frozen=True)
class Shortfall:
    """A feature whose target exceeds what all units not locked out hold together."""

    feature: int
    name: str
    target: float
    max_attainable: float
    shortfall: float

    def describe(self) -> str:
        """One translated line: the feature, its target, the most it can get, the gap."""
        return tr(
            "'{name}': target {target:.6g}, at most {max_attainable:.6g} available "
            "({shortfall:.6g} short)"
        ).format(
            name=self.name,
            target=self.target,
            max_attainable=self.max_attainable,
            shortfall=self.shortfall,
        )


class InfeasibleError(InputError):
    """Some targets cannot be met even by selecting every unit that is not locked out.

    ``alternative`` (when known) is the minimum-shortfall problem of
    :func:`min_shortfall_alternative`, which the UI can offer to solve instead.
    """

    def __init__(self, shortfalls: Sequence[Shortfall], alternative: Problem | None = None):
        self.shortfalls = list(shortfalls)
        self.alternative = alternative
        super().__init__(
            tr(
                "{count} target(s) cannot be met even by selecting every unit not locked out: "
                "{details}. Lower these targets, unlock units, or solve the minimum-shortfall "
                "alternative, which gets as close to every target as the available units allow."
            ).format(
                count=len(self.shortfalls),
                details="; ".join(s.describe() for s in self.shortfalls),
            )
        )


def infeasible_features(problem: Problem) -> list[Shortfall]:
    """Every feature whose target is out of reach, with the most that could be held.

    max_attainable_j = sum_{i not locked out} r_ij: selecting every available unit is the best
    any solution can do, so a target above it is infeasible whatever the solver. Locks from
    :class:`LockedOut` constraints count as well as the ``locked_out`` field.
    """
    _, locked_out = problem.effective_locks()
    available = (~locked_out).astype(float)
    most = np.asarray(problem.amounts.T @ available, dtype=float).ravel()
    gap = problem.targets - most
    bad = np.flatnonzero(gap > _tol(problem.targets))
    return [
        Shortfall(
            feature=int(k),
            name=problem.feature_names[k],
            target=float(problem.targets[k]),
            max_attainable=float(most[k]),
            shortfall=float(gap[k]),
        )
        for k in bad
    ]


def min_shortfall_alternative(problem: Problem) -> Problem:
    """The same problem with a :class:`MinShortfall` objective instead of hard targets.

    The budget is the total cost of every unit not locked out, so it never binds on cost: the
    plan gets as close to every target as the units allow (weighted shortfall T_j - held_j
    over T_j minimised), and the tie-break then picks the cheapest such plan. Constraints and
    penalties are kept.
    """
    _, locked_out = problem.effective_locks()
    budget = float(np.asarray(problem.cost, dtype=float)[~locked_out].sum())
    return dataclasses.replace(problem, objective=MinShortfall(budget=budget))


def check_reachable(problem: Problem) -> None:
    """Raise :class:`InfeasibleError` naming every unreachable target, before any solving.

    Only the minimum-set objective makes targets hard; the budget objectives use them as
    yardsticks, so nothing is unreachable for them.
    """
    if not problem.objective.hard_targets:
        return
    shortfalls = infeasible_features(problem)
    if shortfalls:
        raise InfeasibleError(shortfalls, alternative=min_shortfall_alternative(problem))


def penalty_values(problem: Problem, selected: np.ndarray) -> np.ndarray | float:
    """BLM * boundary(x) plus every penalty's value, in cost units (positive = worse).

    This is the penalty part before the objective's :meth:`Objective.penalty_scale`: the sum
    of :meth:`Problem.all_penalties`, the boundary penalty first.
    """
    X, single = _selection_stack(problem, selected)
    total = np.zeros(X.shape[0])
    for penalty in problem.all_penalties():
        evaluate = getattr(penalty, "evaluate", None)
        if callable(evaluate):
            total += np.asarray(evaluate(problem, X), dtype=float)
        else:
            total += _model_value(penalty, problem, X)
    return float(total[0]) if single else total


def objective_value(problem: Problem, selected: np.ndarray) -> float | np.ndarray:
    """The true objective of a 0/1 selection, in the objective's own sense.

    - minimisation objectives (:class:`MinSet`, :class:`MinShortfall`):
      f(x) + s * P(x), lower is better;
    - maximisation objectives (:class:`MaxCoverage`, :class:`WeakestLink`):
      f(x) - s * P(x), higher is better;

    where f is the objective's own term (cost, weighted shortfall or representation, species
    count), P(x) = BLM * boundary(x) + sum of penalties (cost units) and s the objective's
    :meth:`~Objective.penalty_scale` (1 for the minimum set). The tie-breaking cost term of the
    budget objectives is *not* included. ``selected`` may be a (k, n) stack: k values.
    """
    X, single = _selection_stack(problem, selected)
    objective = problem.objective
    value = np.asarray(objective.value(problem, X), dtype=float)
    if problem.all_penalties():
        penalty = objective.penalty_scale(problem) * np.atleast_1d(penalty_values(problem, X))
        value = value + penalty if objective.sense == "min" else value - penalty
    return float(value[0]) if single else value


def is_feasible(problem: Problem, selected: np.ndarray) -> bool | np.ndarray:
    """Whether a selection respects the locks, the objective's requirements (every target for
    the minimum set, the budget for the others) and every constraint.

    ``selected`` may be a (k, n) stack: k answers. Constraints without a ``satisfied`` method
    are checked against their own model rows.
    """
    X, single = _selection_stack(problem, selected)
    locked_in, locked_out = problem.effective_locks()
    ok = np.all(X[:, locked_in], axis=1) & ~np.any(X[:, locked_out], axis=1)
    ok &= np.asarray(problem.objective.satisfied(problem, X), dtype=bool)
    for constraint in problem.constraints:
        satisfied = getattr(constraint, "satisfied", None)
        if callable(satisfied):
            ok &= np.asarray(satisfied(problem, X), dtype=bool)
        else:
            ok &= _model_satisfied(constraint, problem, X)
    return bool(ok[0]) if single else ok


def _piece_model(piece: Any, problem: Problem) -> MilpModel:
    """A model of free unit columns plus one piece's rows and columns (generic evaluation)."""
    builder = MilpBuilder()
    x0 = builder.add_columns(
        np.zeros(problem.n_units), 0.0, 1.0, integer=True, fill=lambda x: x.astype(float)
    )
    piece.add_to(builder, problem, x0)
    return builder.build(n_x=problem.n_units)


def _model_value(piece: Any, problem: Problem, X: np.ndarray) -> np.ndarray:
    model = _piece_model(piece, problem)
    return np.array([model.objective_of(model.columns_for(x)) for x in X])


def _model_satisfied(piece: Any, problem: Problem, X: np.ndarray) -> np.ndarray:
    model = _piece_model(piece, problem)
    V = np.stack([model.columns_for(x) for x in X])
    activity = np.asarray((model.A @ V.T).T).reshape(V.shape[0], -1)
    rows_ok = np.all(activity >= model.row_lower - _tol(model.row_lower), axis=1) & np.all(
        activity <= model.row_upper + _tol(model.row_upper), axis=1
    )
    cols_ok = np.all(V >= model.col_lower - 1e-9, axis=1) & np.all(
        V <= model.col_upper + 1e-9, axis=1
    )
    return rows_ok & cols_ok
