"""The planning problem and the mixed-integer programme that solves it.

A :class:`Problem` describes what to protect (costs, feature amounts, targets, locks, boundary
penalty) and carries an *objective*, *constraints* and *penalties*; :func:`build_milp` turns it
into matrices for any MILP solver. The programme is assembled by composition, in the spirit of
prioritizr's ``problem() %>% add_min_set_objective() %>% add_absolute_targets() %>%
add_boundary_penalties()``: each objective, constraint and penalty below is a small object (or
``add_*`` function) that adds its own columns, rows and objective terms to a
:class:`MilpBuilder` and documents its own maths.

Notation: units i = 0..n-1 with decision x_i in {0, 1}, cost c_i; features j with amount r_ij
and absolute target T_j, held_j = sum_i r_ij x_i; shared boundary b_ik between units i and k,
exposed (outer) edge e_i, shared total s_i = sum_k b_ik, boundary length modifier BLM and edge
factor E.

Every programme is a *minimisation*. Maximisation objectives (:class:`MaxCoverage`,
:class:`WeakestLink`) minimise the negated utility; :func:`objective_value` and
:attr:`Solution.objective` always report the objective in its own sense (utility for them), so
a solver optimum is the max (or min) of :func:`objective_value` over feasible selections.

The protocol for constraints and penalties is duck-typed: any object with
``add_to(builder, problem, x0) -> None`` (x0 is the first unit column, 0) and optionally
``check(problem) -> None`` (raise :class:`InputError`), ``satisfied(problem, X) -> bool array``
and, for penalties, ``evaluate(problem, X) -> float array`` (in cost units, positive =
worse). Objects without ``satisfied``/``evaluate`` are evaluated through their own model rows
and fills.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from .costs import name_items
from .errors import InputError
from .i18n import tr

#: Largest cost or boundary penalty of one unit given to the solver: HiGHS treats 1e20 as
#: infinite and loses exactness well before; real costs (km2, currency) stay far below.
MAX_COEFFICIENT = 1e12

#: Boundary penalty linearisations accepted by :attr:`Problem.boundary_formulation`.
FORMULATIONS: tuple[str, ...] = ("knapsack", "simple")

#: A target counts as met when held >= target - TARGET_TOLERANCE * max(1, target). Loose enough
#: for solver feasibility tolerances (about 1e-7 on scaled rows), tight enough to be invisible.
TARGET_TOLERANCE = 1e-6

#: What budgets may be measured in (:attr:`MaxCoverage.budget_on` and friends).
BUDGET_MEASURES: tuple[str, ...] = ("cost", "area")


#: Country codes read as "no country" by the per-country pieces.
_NO_COUNTRY = ("", "None", "nan", "NaN", "<NA>")


def _as_pieces(pieces: Any) -> tuple:
    """A tuple of constraints or penalties; a single piece is wrapped."""
    if pieces is None:
        return ()
    if callable(getattr(pieces, "add_to", None)):
        return (pieces,)
    return tuple(pieces)


def _tol(value: np.ndarray | float) -> np.ndarray | float:
    return TARGET_TOLERANCE * np.maximum(1.0, np.abs(value))


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


def _unit_array(values: Any, n: int, what: str, *, dtype: Any = float) -> np.ndarray:
    """One value per unit, or an :class:`InputError` naming ``what``."""
    array = np.asarray(values, dtype=dtype).ravel() if values is not None else None
    if array is None or array.size != n:
        raise InputError(
            tr("The {what} has {count} values for {n} planning units; give one per unit.").format(
                what=what, count=0 if array is None else array.size, n=n
            )
        )
    if dtype is float:
        bad = np.flatnonzero(~np.isfinite(array) | (array < 0))
        if bad.size:
            raise InputError(
                tr(
                    "The {what} of planning unit {units} is missing or negative: give every "
                    "unit a value of zero or more."
                ).format(what=what, units=name_items(bad.tolist()))
            )
    return array


def _codes(values: Any, n: int, what: str) -> np.ndarray:
    """Labels (country codes, ...) per unit as a string array."""
    labels = np.asarray(values, dtype=object).ravel()
    if labels.size != n:
        raise InputError(
            tr("The {what} has {count} values for {n} planning units; give one per unit.").format(
                what=what, count=labels.size, n=n
            )
        )
    return labels.astype(str)


def _group_matrix(labels: np.ndarray, keys: Sequence[str]) -> tuple[sp.csr_matrix, list[str]]:
    """Indicator matrix G (n x len(keys)) with G[i, k] = 1 when unit i has label keys[k].

    Also returns the keys no unit carries, so callers can name them.
    """
    keys = [str(k) for k in keys]
    uniq, inverse = np.unique(labels, return_inverse=True)
    key_array = np.asarray(keys, dtype=str)
    pos = np.searchsorted(uniq, key_array)
    pos_c = np.minimum(pos, max(uniq.size - 1, 0))
    found = (uniq.size > 0) & (uniq[pos_c] == key_array) if key_array.size else np.zeros(0, bool)
    missing = [k for k, ok in zip(keys, np.atleast_1d(found)) if not ok]
    column_of_label = np.full(uniq.size, -1, dtype=np.int64)
    column_of_label[pos_c[found]] = np.flatnonzero(found)
    column = column_of_label[inverse] if uniq.size else np.zeros(0, dtype=np.int64)
    rows = np.flatnonzero(column >= 0)
    G = sp.csr_matrix((np.ones(rows.size), (rows, column[rows])), shape=(labels.size, len(keys)))
    return G, missing


# --------------------------------------------------------------------------------------------
# Boundary data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Boundary:
    """Shared and exposed edge lengths of the planning units (Marxan's ``bound.dat``).

    ``i < j`` index each adjacent pair once with its shared ``length``; ``exposed[i]`` is the
    part of unit i's outline shared with no unit (coast, study-area edge). Build it with
    :meth:`from_pairs`, which normalises raw tables.
    """

    i: np.ndarray
    j: np.ndarray
    length: np.ndarray
    exposed: np.ndarray

    @property
    def n_units(self) -> int:
        return int(self.exposed.size)

    @classmethod
    def from_pairs(
        cls,
        n: int,
        i: Sequence[int] | np.ndarray,
        j: Sequence[int] | np.ndarray,
        length: Sequence[float] | np.ndarray,
        exposed: Sequence[float] | np.ndarray | None = None,
    ) -> Boundary:
        """Normalise a raw edge table the way Marxan reads ``bound.dat``.

        - pairs are unordered: (i, j) and (j, i) are the same edge;
        - a pair listed more than once counts once, with the largest length given (the order
          of the rows then does not matter);
        - a row with ``i == j`` is unit i's exposed edge and is added to ``exposed``;
        - pairs of length 0 are dropped, as they cannot change any boundary.
        """
        n = int(n)
        ii = np.asarray(i, dtype=np.int64).ravel()
        jj = np.asarray(j, dtype=np.int64).ravel()
        ll = np.asarray(length, dtype=float).ravel()
        if not (ii.size == jj.size == ll.size):
            raise InputError(
                tr(
                    "The boundary table has {i} first ids, {j} second ids and {length} lengths; "
                    "every row needs all three."
                ).format(i=ii.size, j=jj.size, length=ll.size)
            )
        out_of_range = np.flatnonzero((ii < 0) | (ii >= n) | (jj < 0) | (jj >= n))
        if out_of_range.size:
            raise InputError(
                tr(
                    "Boundary rows {rows} refer to planning units outside 0..{last}: "
                    "check that the boundary table matches the planning units."
                ).format(rows=name_items(out_of_range.tolist()), last=n - 1)
            )
        bad_length = np.flatnonzero(~np.isfinite(ll) | (ll < 0))
        if bad_length.size:
            raise InputError(
                tr(
                    "Boundary rows {rows} have a missing or negative length: "
                    "every shared edge length must be zero or more."
                ).format(rows=name_items(bad_length.tolist()))
            )
        if exposed is None:
            outer = np.zeros(n)
        else:
            outer = np.array(exposed, dtype=float).ravel()
            if outer.size != n:
                raise InputError(
                    tr(
                        "There are {count} exposed edge lengths for {n} planning units; "
                        "give one per unit."
                    ).format(count=outer.size, n=n)
                )
            bad_outer = np.flatnonzero(~np.isfinite(outer) | (outer < 0))
            if bad_outer.size:
                raise InputError(
                    tr(
                        "Planning units {units} have a missing or negative exposed edge: "
                        "exposed edge lengths must be zero or more."
                    ).format(units=name_items(bad_outer.tolist()))
                )

        lo = np.minimum(ii, jj)
        hi = np.maximum(ii, jj)
        key = lo * max(n, 1) + hi
        # Sort by pair, longest first, and keep the first row of each pair.
        order = np.lexsort((-ll, key))
        _, first = np.unique(key[order], return_index=True)
        keep = order[first]
        lo, hi, ll = lo[keep], hi[keep], ll[keep]

        own = lo == hi
        outer = outer + np.bincount(lo[own], weights=ll[own], minlength=n)
        shared = ~own & (ll > 0)
        return cls(
            i=lo[shared].astype(np.intp),
            j=hi[shared].astype(np.intp),
            length=ll[shared],
            exposed=outer,
        )

    def shared_total(self) -> np.ndarray:
        """s_i = sum_k b_ik: each unit's outline shared with other units."""
        n = self.n_units
        return np.bincount(self.i, weights=self.length, minlength=n) + np.bincount(
            self.j, weights=self.length, minlength=n
        )

    def adjacency(self) -> sp.csr_matrix:
        """Symmetric n x n matrix of shared lengths b_ik (zero diagonal)."""
        n = self.n_units
        rows = np.concatenate([self.i, self.j])
        cols = np.concatenate([self.j, self.i])
        data = np.concatenate([self.length, self.length])
        return sp.coo_matrix((data, (rows, cols)), shape=(n, n)).tocsr()

    def boundary_of(self, selected: np.ndarray, edge_factor: float = 1.0) -> float | np.ndarray:
        """Marxan's boundary length of a selection.

        boundary(x) = sum_i E e_i x_i + sum_{i<k} b_ik [x_i != x_k]: exposed edges of selected
        units (scaled by the edge factor E) plus every shared edge with exactly one side
        selected (Ball, Possingham & Watts 2009, Marxan manual). ``selected`` may also be a
        (m, n) stack of selections, giving m lengths.
        """
        x = np.asarray(selected, dtype=bool)
        if x.shape[-1] != self.n_units:
            raise InputError(
                tr("The selection has {count} units but the boundary data has {n}.").format(
                    count=x.shape[-1], n=self.n_units
                )
            )
        cut = x[..., self.i] != x[..., self.j]
        value = cut @ self.length + edge_factor * (x @ self.exposed)
        return float(value) if x.ndim == 1 else np.asarray(value, dtype=float)


# --------------------------------------------------------------------------------------------
# The problem
# --------------------------------------------------------------------------------------------


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
    module docstring; add one with
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

        if self.boundary_formulation not in FORMULATIONS:
            raise InputError(
                tr("Unknown boundary formulation '{name}': use {choices}.").format(
                    name=self.boundary_formulation, choices=" or ".join(FORMULATIONS)
                )
            )
        if not np.isfinite(self.blm) or self.blm < 0:
            raise InputError(
                tr("The boundary length modifier is {value}; it must be zero or more.").format(
                    value=self.blm
                )
            )
        if not np.isfinite(self.edge_factor) or not 0 <= self.edge_factor <= 1:
            raise InputError(
                tr("The edge factor is {value}; it must be between 0 and 1.").format(
                    value=self.edge_factor
                )
            )
        if self.boundary is not None and self.boundary.n_units != n:
            raise InputError(
                tr(
                    "The boundary data covers {count} planning units but there are {n}: "
                    "rebuild the boundary table from the same units."
                ).format(count=self.boundary.n_units, n=n)
            )
        if self.blm > 0 and self.boundary is not None:
            lengths = np.concatenate([self.boundary.length, self.boundary.exposed])
            longest = float(lengths.max()) if lengths.size else 0.0
            if self.blm * longest > MAX_COEFFICIENT:
                raise InputError(
                    tr(
                        "The boundary length modifier {value:g} times the longest boundary "
                        "({length:g}) is above {limit:g}: the solver cannot work with such "
                        "numbers. Use a modifier below {most:g} ('Suggest a boundary length "
                        "modifier' finds a balanced value)."
                    ).format(
                        value=self.blm,
                        length=longest,
                        limit=MAX_COEFFICIENT,
                        most=MAX_COEFFICIENT / longest,
                    )
                )
        if self.blm > 0 and self.boundary is None:
            raise InputError(
                tr(
                    "A boundary length modifier of {value} is set but no boundary data was "
                    "given: add the boundary table or set the modifier to 0."
                ).format(value=self.blm)
            )
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


# --------------------------------------------------------------------------------------------
# Reachability of targets
# --------------------------------------------------------------------------------------------


def _tolerance(targets: np.ndarray) -> np.ndarray:
    return TARGET_TOLERANCE * np.maximum(1.0, np.abs(targets))


def targets_met(targets: np.ndarray, held: np.ndarray) -> np.ndarray:
    """Whether each held amount reaches its target, within :data:`TARGET_TOLERANCE`."""
    return held >= targets - _tolerance(targets)


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
    bad = np.flatnonzero(gap > _tolerance(problem.targets))
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


# --------------------------------------------------------------------------------------------
# Objective value and feasibility of any selection
# --------------------------------------------------------------------------------------------


def penalty_values(problem: Problem, selected: np.ndarray) -> np.ndarray | float:
    """BLM * boundary(x) plus every penalty's value, in cost units (positive = worse).

    This is the penalty part before the objective's :meth:`Objective.penalty_scale`.
    """
    X, single = _selection_stack(problem, selected)
    total = np.zeros(X.shape[0])
    if problem.boundary is not None and problem.blm > 0:
        total += problem.blm * np.atleast_1d(problem.boundary.boundary_of(X, problem.edge_factor))
    for penalty in problem.penalties:
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
    if (problem.boundary is not None and problem.blm > 0) or problem.penalties:
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


# --------------------------------------------------------------------------------------------
# The mixed-integer programme
# --------------------------------------------------------------------------------------------

Fill = Callable[[np.ndarray], np.ndarray]


@dataclass(eq=False)
class MilpModel:
    """minimise c @ v + offset s.t. row_lower <= A v <= row_upper, col_lower <= v <= col_upper,
    v_k integer where ``integrality[k]``. Unit decisions x are the first ``n_x`` columns.

    ``fills`` hold, per auxiliary column block, its start column and a function giving the
    block's values for a 0/1 x; :meth:`columns_for` uses them to turn a selection into a full
    feasible column vector (warm starts, tests).
    """

    c: np.ndarray
    A: sp.csc_matrix
    row_lower: np.ndarray
    row_upper: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    integrality: np.ndarray
    n_x: int
    offset: float = 0.0
    fills: tuple[tuple[int, Fill], ...] = field(default=(), repr=False)

    @property
    def n_cols(self) -> int:
        return int(self.c.size)

    @property
    def n_rows(self) -> int:
        return int(self.row_lower.size)

    def columns_for(self, selected: np.ndarray) -> np.ndarray:
        """All column values matching a 0/1 selection of units."""
        x = np.asarray(selected, dtype=bool)
        values = np.zeros(self.n_cols)
        for start, fill in self.fills:
            block = fill(x)
            values[start : start + block.size] = block
        return values

    def objective_of(self, values: np.ndarray) -> float:
        return float(self.c @ values + self.offset)


class MilpBuilder:
    """Accumulates column blocks, row blocks and objective terms; :meth:`build` stacks them.

    Each ``add_*`` piece appends whole blocks as numpy arrays (COO triplets for rows), so
    nothing is created per variable.

    ``scale`` multiplies every objective coefficient and offset added while it is set:
    :func:`build_milp` sets it to the objective's :meth:`~Objective.penalty_scale` while the
    boundary and the penalties are added, so a penalty always writes its terms in cost units
    of a minimisation and never needs to know which objective it serves.
    """

    def __init__(self) -> None:
        self._c: list[np.ndarray] = []
        self._col_lower: list[np.ndarray] = []
        self._col_upper: list[np.ndarray] = []
        self._integer: list[np.ndarray] = []
        self._fills: list[tuple[int, Fill]] = []
        self._rows: list[np.ndarray] = []
        self._cols: list[np.ndarray] = []
        self._vals: list[np.ndarray] = []
        self._row_lower: list[np.ndarray] = []
        self._row_upper: list[np.ndarray] = []
        self._extra_cols: list[np.ndarray] = []
        self._extra_vals: list[np.ndarray] = []
        self._tight_cols: list[np.ndarray] = []
        self._tight_lower: list[np.ndarray] = []
        self._tight_upper: list[np.ndarray] = []
        self.n_cols = 0
        self.n_rows = 0
        self.offset = 0.0
        self.scale = 1.0

    def add_columns(
        self,
        cost: np.ndarray,
        lower: np.ndarray | float,
        upper: np.ndarray | float,
        integer: bool,
        fill: Fill | None = None,
    ) -> int:
        """Append len(cost) columns; return the index of the first one."""
        cost = np.asarray(cost, dtype=float)
        k = cost.size
        start = self.n_cols
        self._c.append(cost * self.scale)
        self._col_lower.append(np.broadcast_to(np.asarray(lower, dtype=float), (k,)))
        self._col_upper.append(np.broadcast_to(np.asarray(upper, dtype=float), (k,)))
        self._integer.append(np.full(k, bool(integer)))
        if fill is not None:
            self._fills.append((start, fill))
        self.n_cols += k
        return start

    def add_rows(
        self,
        rows: np.ndarray,
        cols: np.ndarray,
        vals: np.ndarray,
        lower: np.ndarray | float,
        upper: np.ndarray | float,
        count: int,
    ) -> int:
        """Append ``count`` rows given as COO triplets with row indices local to the block."""
        start = self.n_rows
        self._rows.append(np.asarray(rows, dtype=np.int64) + start)
        self._cols.append(np.asarray(cols, dtype=np.int64))
        self._vals.append(np.asarray(vals, dtype=float))
        self._row_lower.append(np.broadcast_to(np.asarray(lower, dtype=float), (count,)))
        self._row_upper.append(np.broadcast_to(np.asarray(upper, dtype=float), (count,)))
        self.n_rows += count
        return start

    def add_objective(self, cols: np.ndarray, vals: np.ndarray) -> None:
        """Add vals to the objective coefficients of existing columns (repeats summed)."""
        self._extra_cols.append(np.asarray(cols, dtype=np.int64))
        self._extra_vals.append(np.asarray(vals, dtype=float) * self.scale)

    def add_offset(self, value: float) -> None:
        """Add a constant to the objective (scaled like every other objective term)."""
        self.offset += float(value) * self.scale

    def tighten(
        self,
        cols: np.ndarray,
        lower: np.ndarray | float | None = None,
        upper: np.ndarray | float | None = None,
    ) -> None:
        """Raise lower / lower upper bounds of existing columns (locks as bounds, not rows)."""
        cols = np.asarray(cols, dtype=np.int64).ravel()
        low = -np.inf if lower is None else lower
        up = np.inf if upper is None else upper
        self._tight_cols.append(cols)
        self._tight_lower.append(np.broadcast_to(np.asarray(low, dtype=float), cols.shape))
        self._tight_upper.append(np.broadcast_to(np.asarray(up, dtype=float), cols.shape))

    def build(self, n_x: int) -> MilpModel:
        def stack(parts: list[np.ndarray], dtype: type) -> np.ndarray:
            return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

        c = stack(self._c, float)
        if self._extra_cols:
            c += np.bincount(
                np.concatenate(self._extra_cols),
                weights=np.concatenate(self._extra_vals),
                minlength=self.n_cols,
            )
        A = sp.coo_matrix(
            (stack(self._vals, float), (stack(self._rows, np.int64), stack(self._cols, np.int64))),
            shape=(self.n_rows, self.n_cols),
        ).tocsc()
        A.sum_duplicates()
        col_lower = stack(self._col_lower, float)
        col_upper = stack(self._col_upper, float)
        if self._tight_cols:
            cols = np.concatenate(self._tight_cols)
            np.maximum.at(col_lower, cols, np.concatenate(self._tight_lower))
            np.minimum.at(col_upper, cols, np.concatenate(self._tight_upper))
        return MilpModel(
            c=c,
            A=A,
            row_lower=stack(self._row_lower, float),
            row_upper=stack(self._row_upper, float),
            col_lower=col_lower,
            col_upper=col_upper,
            integrality=stack(self._integer, bool),
            n_x=n_x,
            offset=self.offset,
            fills=tuple(self._fills),
        )


def add_unit_decisions(builder: MilpBuilder, problem: Problem, cost: np.ndarray) -> int:
    """Binary unit decisions x_i in {0, 1} with objective coefficients ``cost``.

    Locked-in units get lower bound 1 and locked-out units upper bound 0 (prioritizr
    ``add_locked_in_constraints``/``add_locked_out_constraints``: bounds, not rows). Returns
    the first column, which is 0 because units come first.
    """
    lower = problem.locked_in.astype(float)
    upper = (~problem.locked_out).astype(float)
    return builder.add_columns(cost, lower, upper, integer=True, fill=lambda x: x.astype(float))


def add_min_set_objective(builder: MilpBuilder, problem: Problem) -> int:
    """Binary unit decisions with their cost: minimise sum_i c_i x_i, x_i in {0, 1}."""
    return add_unit_decisions(builder, problem, problem.cost)


def _held(problem: Problem, X: np.ndarray) -> np.ndarray:
    """held[k, j] = sum_i r_ij X[k, i] for a (k, n) stack of selections."""
    return np.asarray((problem.amounts.T @ X.T.astype(float)).T, dtype=float).reshape(
        X.shape[0], problem.n_features
    )


# --------------------------------------------------------------------------------------------
# Objectives
# --------------------------------------------------------------------------------------------


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


def add_absolute_targets(builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
    """One row per feature: sum_i r_ij x_i >= T_j (prioritizr ``add_absolute_targets``)."""
    coo = problem.amounts.tocoo()
    m = problem.n_features
    builder.add_rows(coo.col, coo.row + x0, coo.data, problem.targets, np.inf, count=m)


def add_boundary_knapsack(builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
    """Boundary penalty, knapsack linearisation (prioritizr 8.1 ``add_boundary_penalties``).

    One continuous b_i in [0, 1] per unit with s_i > 0:
        minimise sum_i (c_i + BLM E e_i) x_i + BLM sum_i s_i b_i
        s.t. s_i x_i - s_i b_i - sum_k b_ik x_k <= 0.
    For selected i, s_i b_i >= s_i - sum_{k selected} b_ik, the edge shared with unselected
    neighbours, and minimisation makes it equal; for unselected i, b_i = 0. Summed over i this
    is sum_{i<k} b_ik [x_i != x_k], Marxan's shared boundary. n extra columns and rows
    instead of one per pair, which is what makes it faster on hexagon grids.
    """
    boundary = problem.boundary
    blm, edge = problem.blm, problem.edge_factor
    n = problem.n_units
    builder.add_objective(x0 + np.arange(n), blm * edge * boundary.exposed)
    positive = boundary.length > 0
    pi, pj, pl = boundary.i[positive], boundary.j[positive], boundary.length[positive]
    s = boundary.shared_total()
    units = np.flatnonzero(s > 0)
    k = units.size
    if k == 0:
        return
    row_of = np.full(n, -1, dtype=np.int64)
    row_of[units] = np.arange(k)
    adjacency = boundary.adjacency()
    s_units = s[units]

    def fill(x: np.ndarray) -> np.ndarray:
        xf = x.astype(float)
        outside = s_units - adjacency[units] @ xf
        return xf[units] * outside / s_units

    b0 = builder.add_columns(blm * s_units, 0.0, 1.0, integer=False, fill=fill)
    local = np.arange(k)
    rows = np.concatenate([local, local, row_of[pi], row_of[pj]])
    cols = np.concatenate([x0 + units, b0 + local, x0 + pj, x0 + pi])
    vals = np.concatenate([s_units, -s_units, -pl, -pl])
    builder.add_rows(rows, cols, vals, -np.inf, 0.0, count=k)


def add_boundary_simple(builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
    """Boundary penalty, one variable per adjacent pair (Beyer et al. 2016, prioritizr).

    boundary(x) = sum_i (s_i + E e_i) x_i - 2 sum_{i<k} b_ik x_i x_k, and the product is
    replaced by z_ik in [0, 1]:
        minimise sum_i (c_i + BLM (s_i + E e_i)) x_i - 2 BLM sum_{i<k} b_ik z_ik
        s.t. z_ik <= x_i, z_ik <= x_k.
    z's objective coefficient is negative, so the optimum pushes z_ik up to min(x_i, x_k) and
    the lower linking row z_ik >= x_i + x_k - 1 is not needed.
    """
    boundary = problem.boundary
    blm, edge = problem.blm, problem.edge_factor
    n = problem.n_units
    builder.add_objective(
        x0 + np.arange(n), blm * (boundary.shared_total() + edge * boundary.exposed)
    )
    positive = boundary.length > 0
    pi, pj, pl = boundary.i[positive], boundary.j[positive], boundary.length[positive]
    p = pl.size
    if p == 0:
        return
    z0 = builder.add_columns(
        -2.0 * blm * pl, 0.0, 1.0, integer=False, fill=lambda x: (x[pi] & x[pj]).astype(float)
    )
    local = np.arange(p)
    rows = np.concatenate([local, local, p + local, p + local])
    cols = np.concatenate([z0 + local, x0 + pi, z0 + local, x0 + pj])
    ones = np.ones(p)
    vals = np.concatenate([ones, -ones, ones, -ones])
    builder.add_rows(rows, cols, vals, -np.inf, 0.0, count=2 * p)


BOUNDARY_FORMULATIONS: dict[str, Callable[[MilpBuilder, Problem, int], None]] = {
    "knapsack": add_boundary_knapsack,
    "simple": add_boundary_simple,
}


# --------------------------------------------------------------------------------------------
# Constraints
# --------------------------------------------------------------------------------------------


def _mask(values: Any, n: int, what: str) -> np.ndarray:
    mask = np.asarray(values, dtype=bool).ravel()
    if mask.size != n:
        raise InputError(
            tr(
                "The {what} mask has {count} flags for {n} planning units; give one per unit."
            ).format(what=what, count=mask.size, n=n)
        )
    return mask


@dataclass(frozen=True, eq=False)
class LockedIn:
    """Units that must be selected: x_i = 1 where ``mask`` (prioritizr
    ``add_locked_in_constraints``), set as column bounds. Same effect as
    :attr:`Problem.locked_in`; both may be used together."""

    mask: Any

    def locks(self, problem: Problem) -> tuple[np.ndarray | None, np.ndarray | None]:
        return _mask(self.mask, problem.n_units, tr("locked-in")), None

    def check(self, problem: Problem) -> None:
        _mask(self.mask, problem.n_units, tr("locked-in"))

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        units = np.flatnonzero(_mask(self.mask, problem.n_units, tr("locked-in")))
        builder.tighten(x0 + units, lower=1.0)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return np.all(X[:, _mask(self.mask, problem.n_units, tr("locked-in"))], axis=1)


@dataclass(frozen=True, eq=False)
class LockedOut:
    """Units that may not be selected: x_i = 0 where ``mask`` (prioritizr
    ``add_locked_out_constraints``), set as column bounds. Same effect as
    :attr:`Problem.locked_out`; both may be used together."""

    mask: Any

    def locks(self, problem: Problem) -> tuple[np.ndarray | None, np.ndarray | None]:
        return None, _mask(self.mask, problem.n_units, tr("locked-out"))

    def check(self, problem: Problem) -> None:
        _mask(self.mask, problem.n_units, tr("locked-out"))

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        units = np.flatnonzero(_mask(self.mask, problem.n_units, tr("locked-out")))
        builder.tighten(x0 + units, upper=0.0)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return ~np.any(X[:, _mask(self.mask, problem.n_units, tr("locked-out"))], axis=1)


def _limits(values: Mapping[Any, float], what: str) -> tuple[list[str], np.ndarray]:
    if not isinstance(values, Mapping) or not values:
        raise InputError(
            tr(
                "The {what} must be a mapping country code -> number with at least one entry."
            ).format(what=what)
        )
    keys = [str(k) for k in values]
    amounts = np.array([float(v) for v in values.values()])
    bad = np.flatnonzero(~np.isfinite(amounts) | (amounts < 0))
    if bad.size:
        raise InputError(
            tr("The {what} for '{code}' is {value}; give a number of zero or more.").format(
                what=what, code=keys[bad[0]], value=amounts[bad[0]]
            )
        )
    return keys, amounts


def _country_groups(country_of_unit: Any, keys: list[str], n: int, what: str) -> sp.csr_matrix:
    G, missing = _group_matrix(_codes(country_of_unit, n, tr("country code")), keys)
    if missing:
        raise InputError(
            tr(
                "The {what} names {codes}, which no planning unit belongs to: check the codes "
                "against the units' country field."
            ).format(what=what, codes=name_items(missing))
        )
    return G


def _group_sums(G: sp.csr_matrix, values: np.ndarray) -> np.ndarray:
    """(k, groups) sums of a (k, n) stack of per-unit values over each group of G."""
    return np.asarray((G.T @ values.T).T, dtype=float).reshape(values.shape[0], G.shape[1])


def _add_group_rows(
    builder: MilpBuilder,
    G: sp.csr_matrix,
    weight: np.ndarray,
    x0: int,
    lower: np.ndarray | float,
    upper: np.ndarray | float,
) -> None:
    """One row per group k: lower_k <= sum_{i in k} weight_i x_i <= upper_k."""
    coo = G.tocoo()
    builder.add_rows(coo.col, x0 + coo.row, weight[coo.row], lower, upper, count=G.shape[1])


@dataclass(frozen=True, eq=False)
class CountryBudget:
    """Per-country spending cap: for each country k in ``limits``,
    sum_{i in k} c_i x_i <= L_k (a zone-free version of prioritizr's
    ``add_linear_constraints`` per country; uses the problem's cost)."""

    country_of_unit: Any
    limits: Mapping[Any, float]

    def _parts(self, problem: Problem) -> tuple[list[str], np.ndarray, sp.csr_matrix]:
        keys, limits = _limits(self.limits, tr("country budget"))
        G = _country_groups(self.country_of_unit, keys, problem.n_units, tr("country budget"))
        return keys, limits, G

    def check(self, problem: Problem) -> None:
        keys, limits, G = self._parts(problem)
        locked_in, _ = problem.effective_locks()
        spent = np.asarray(G.T @ (problem.cost * locked_in), dtype=float).ravel()
        over = np.flatnonzero(spent > limits + _tol(limits))
        if over.size:
            k = over[0]
            raise InputError(
                tr(
                    "The locked-in units of '{code}' already cost {spent:.6g}, more than its "
                    "budget of {limit:.6g}: raise that budget or unlock units."
                ).format(code=keys[k], spent=spent[k], limit=limits[k])
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        _, limits, G = self._parts(problem)
        _add_group_rows(builder, G, problem.cost, x0, -np.inf, limits)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        _, limits, G = self._parts(problem)
        spent = _group_sums(G, X.astype(float) * problem.cost)
        return np.all(spent <= limits + _tol(limits), axis=1)


@dataclass(frozen=True, eq=False)
class CountryMinShare:
    """Per-country minimum share of area: for each country k in ``shares``,
    sum_{i in k} a_i x_i >= f_k * sum_{i in k} a_i (each country contributes at least the
    fraction f_k of its own area, e.g. 0.3 for a national share of the Kunming-Montreal GBF
    Target 3; new here, a linear constraint in prioritizr's ``add_linear_constraints`` form).
    """

    country_of_unit: Any
    area: Any
    shares: Mapping[Any, float]

    def _parts(self, problem: Problem) -> tuple[list[str], np.ndarray, np.ndarray, sp.csr_matrix]:
        keys, shares = _limits(self.shares, tr("country minimum share"))
        over = np.flatnonzero(shares > 1)
        if over.size:
            raise InputError(
                tr(
                    "The minimum share for '{code}' is {value}; give a fraction from 0 to 1."
                ).format(code=keys[over[0]], value=shares[over[0]])
            )
        area = _unit_array(self.area, problem.n_units, tr("area"))
        G = _country_groups(
            self.country_of_unit, keys, problem.n_units, tr("country minimum share")
        )
        required = shares * np.asarray(G.T @ area, dtype=float).ravel()
        return keys, required, area, G

    def check(self, problem: Problem) -> None:
        keys, required, area, G = self._parts(problem)
        _, locked_out = problem.effective_locks()
        available = np.asarray(G.T @ (area * ~locked_out), dtype=float).ravel()
        short = np.flatnonzero(available < required - _tol(required))
        if short.size:
            k = short[0]
            raise InputError(
                tr(
                    "'{code}' must contribute {required:.6g} of area but only {available:.6g} "
                    "is not locked out: lower its share or unlock units."
                ).format(code=keys[k], required=required[k], available=available[k])
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        _, required, area, G = self._parts(problem)
        _add_group_rows(builder, G, area, x0, required, np.inf)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        _, required, area, G = self._parts(problem)
        got = _group_sums(G, X.astype(float) * area)
        return np.all(got >= required - _tol(required), axis=1)


def migration_bands(
    unit_centroids_xy: Any,
    axis_start: Sequence[float],
    axis_end: Sequence[float],
    max_hop_km: float,
    in_range_mask: Any,
    *,
    units_per_km: float = 1000.0,
) -> np.ndarray:
    """Band id per unit (-1 outside the range) along a migration axis (DESIGN §6).

    Each in-range centroid p is projected on the axis: t = (p - a) . (b - a) / |b - a|. The
    span [t_min, t_max] is cut into the fewest equal bands no wider than the maximum hop h:
    B = max(1, ceil((t_max - t_min) / h)), band = floor((t - t_min) / width) (the last edge
    belongs to the last band); bands holding no unit are dropped and the rest numbered 0, 1,
    ... from ``axis_start``. Coordinates are in a projected CRS, ``units_per_km`` map units
    per km (1000 for metres).

    One selected unit per band keeps consecutive stepping stones within 2 h of each other in
    the worst case (the two ends of neighbouring bands); pass half the hop distance when no
    gap may exceed h.
    """
    xy = np.asarray(unit_centroids_xy, dtype=float)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise InputError(
            tr("The unit centroids have shape {shape}; give one (x, y) pair per unit.").format(
                shape=xy.shape
            )
        )
    n = xy.shape[0]
    inside = _mask(in_range_mask, n, tr("passage range"))
    start = np.asarray(axis_start, dtype=float).ravel()
    end = np.asarray(axis_end, dtype=float).ravel()
    if start.size != 2 or end.size != 2 or not np.all(np.isfinite([*start, *end])):
        raise InputError(tr("The migration axis needs a start and an end point, each (x, y)."))
    direction = end - start
    length = float(np.hypot(*direction))
    if length == 0:
        raise InputError(
            tr("The migration axis starts and ends at the same point: give two distinct points.")
        )
    if not (np.isfinite(max_hop_km) and max_hop_km > 0):
        raise InputError(
            tr("The maximum hop distance is {value} km; give a positive distance.").format(
                value=max_hop_km
            )
        )
    if not np.all(np.isfinite(xy[inside])):
        raise InputError(tr("Some unit centroids in the passage range are missing."))
    bands = np.full(n, -1, dtype=np.int64)
    if not inside.any():
        return bands
    t = (xy[inside] - start) @ (direction / length)
    hop = float(max_hop_km) * float(units_per_km)
    low, span = float(t.min()), float(t.max() - t.min())
    count = max(1, int(np.ceil(span / hop - 1e-12)))
    width = span / count if span > 0 else 1.0
    raw = np.minimum(np.floor((t - low) / width).astype(np.int64), count - 1)
    _, dense = np.unique(raw, return_inverse=True)
    bands[inside] = dense
    return bands


@dataclass(frozen=True, eq=False)
class SteppingStones:
    """Representation in every band of a passage feature (DESIGN §6; new here).

    For feature k and each band b (``bands`` maps units to band ids >= 0, -1 = no band; see
    :func:`migration_bands`):
        sum_{i in b} r_ik x_i >= m_b                 (``min_amount``: a number or one per band id)
        sum_{i in b, r_ik > 0} x_i >= u              (``min_units``)
    With neither given, ``min_units=1``: at least one selected unit holding the feature in
    each band, so no stretch of the flyway wider than a band is left without a stopover.
    ``feature_index`` is an index or a feature name.
    """

    feature_index: int | str
    bands: Any
    min_amount: Any = None
    min_units: int | None = None

    def _feature(self, problem: Problem) -> int:
        if isinstance(self.feature_index, str):
            if self.feature_index not in problem.feature_names:
                raise InputError(
                    tr(
                        "Stepping stones name the feature '{name}', which the problem lacks."
                    ).format(name=self.feature_index)
                )
            return problem.feature_names.index(self.feature_index)
        k = int(self.feature_index)
        if not 0 <= k < problem.n_features:
            raise InputError(
                tr("Stepping stones refer to feature {k}; features are 0..{last}.").format(
                    k=k, last=problem.n_features - 1
                )
            )
        return k

    def _parts(self, problem: Problem) -> dict[str, Any]:
        k = self._feature(problem)
        bands = np.asarray(self.bands).ravel()
        if bands.size != problem.n_units or not np.issubdtype(bands.dtype, np.integer):
            raise InputError(
                tr(
                    "The stepping-stone bands for '{name}' need one integer band id per "
                    "planning unit (-1 outside the passage range); got {count} values."
                ).format(name=problem.feature_names[k], count=bands.size)
            )
        ids, band_of = np.unique(bands[bands >= 0], return_inverse=True)
        units = np.flatnonzero(bands >= 0)
        amount = np.asarray(problem.amounts.tocsc()[:, k].toarray(), dtype=float).ravel()
        min_units = self.min_units
        if self.min_amount is None and min_units is None:
            min_units = 1
        if self.min_amount is None:
            need_amount = None
        else:
            given = np.asarray(self.min_amount, dtype=float).ravel()
            if given.size == 1:
                need_amount = np.full(ids.size, float(given[0]))
            elif ids.size and given.size > ids.max():
                need_amount = given[ids]
            else:
                raise InputError(
                    tr(
                        "The stepping-stone minimum amounts for '{name}' need one number, or "
                        "one per band id (0..{last})."
                    ).format(name=problem.feature_names[k], last=int(ids.max()) if ids.size else 0)
                )
            if not np.all(np.isfinite(need_amount) & (need_amount >= 0)):
                raise InputError(
                    tr(
                        "The stepping-stone minimum amounts for '{name}' must be zero or more."
                    ).format(name=problem.feature_names[k])
                )
        if min_units is not None and int(min_units) < 0:
            raise InputError(
                tr("The stepping-stone minimum units for '{name}' must be zero or more.").format(
                    name=problem.feature_names[k]
                )
            )
        G = sp.csr_matrix(
            (np.ones(units.size), (units, band_of)), shape=(problem.n_units, ids.size)
        )
        return {
            "k": k,
            "ids": ids,
            "G": G,
            "amount": amount,
            "need_amount": need_amount,
            "min_units": None if min_units is None else int(min_units),
        }

    def check(self, problem: Problem) -> None:
        parts = self._parts(problem)
        _, locked_out = problem.effective_locks()
        free = (~locked_out).astype(float)
        name = problem.feature_names[parts["k"]]
        G, ids = parts["G"], parts["ids"]
        if parts["need_amount"] is not None:
            most = np.asarray(G.T @ (parts["amount"] * free), dtype=float).ravel()
            short = np.flatnonzero(most < parts["need_amount"] - _tol(parts["need_amount"]))
            if short.size:
                raise InputError(
                    tr(
                        "Stepping stones for '{name}': band(s) {bands} cannot reach the minimum "
                        "amount even with every available unit; lower it or widen the bands."
                    ).format(name=name, bands=name_items(ids[short].tolist()))
                )
        if parts["min_units"] is not None:
            holders = np.asarray(G.T @ ((parts["amount"] > 0) * free), dtype=float).ravel()
            short = np.flatnonzero(holders < parts["min_units"])
            if short.size:
                raise InputError(
                    tr(
                        "Stepping stones for '{name}': band(s) {bands} have fewer than {count} "
                        "available unit(s) holding the feature; lower the minimum or widen the "
                        "bands."
                    ).format(
                        name=name, bands=name_items(ids[short].tolist()), count=parts["min_units"]
                    )
                )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        parts = self._parts(problem)
        G, amount = parts["G"], parts["amount"]
        if parts["need_amount"] is not None:
            _add_group_rows(builder, G, amount, x0, parts["need_amount"], np.inf)
        if parts["min_units"] is not None:
            _add_group_rows(
                builder, G, (amount > 0).astype(float), x0, float(parts["min_units"]), np.inf
            )

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        parts = self._parts(problem)
        G, amount = parts["G"], parts["amount"]
        Xf = X.astype(float)
        ok = np.ones(X.shape[0], dtype=bool)
        if parts["need_amount"] is not None:
            need = parts["need_amount"]
            ok &= np.all(_group_sums(G, Xf * amount) >= need - _tol(need), axis=1)
        if parts["min_units"] is not None:
            ok &= np.all(_group_sums(G, Xf * (amount > 0)) >= parts["min_units"], axis=1)
        return ok


@dataclass(frozen=True, eq=False)
class NeighbourConstraint:
    """Every selected unit has at least k selected neighbours (prioritizr
    ``add_neighbors_constraints``; Billionnet 2013, Beyer et al. 2016):

        sum_{j in N(i)} x_j >= k_i x_i for every unit i,

    N(i) the units sharing an edge with i in ``boundary`` (default: the problem's). With
    ``clamp`` (default, as prioritizr) k_i = min(k, |N(i)|): a unit with fewer than k
    neighbours may still be chosen if all its neighbours are, and a unit with none is free;
    without it such units can never be selected.
    """

    min_neighbours: int
    boundary: Boundary | None = None
    clamp: bool = True

    def _parts(self, problem: Problem) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        boundary = self.boundary if self.boundary is not None else problem.boundary
        if boundary is None:
            raise InputError(
                tr("Neighbour constraints need the boundary table to know which units touch.")
            )
        if boundary.n_units != problem.n_units:
            raise InputError(
                tr(
                    "The neighbour constraint's boundary covers {count} planning units but "
                    "there are {n}."
                ).format(count=boundary.n_units, n=problem.n_units)
            )
        k = int(self.min_neighbours)
        if k < 0:
            raise InputError(
                tr("The minimum number of neighbours is {k}; give 0 or more.").format(k=k)
            )
        i, j = boundary.i, boundary.j
        degree = np.bincount(np.concatenate([i, j]), minlength=problem.n_units)
        need = np.minimum(k, degree) if self.clamp else np.full(problem.n_units, k)
        return i, j, need

    def check(self, problem: Problem) -> None:
        i, j, need = self._parts(problem)
        locked_in, locked_out = problem.effective_locks()
        free = ~locked_out
        available = np.bincount(i, weights=free[j], minlength=problem.n_units) + np.bincount(
            j, weights=free[i], minlength=problem.n_units
        )
        bad = np.flatnonzero(locked_in & (available < need))
        if bad.size:
            raise InputError(
                tr(
                    "Locked-in planning unit {units} cannot have {k} selected neighbours "
                    "because too many of its neighbours are locked out: unlock them or lower "
                    "the minimum."
                ).format(units=name_items(problem.unit_labels(bad)), k=int(self.min_neighbours))
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        i, j, need = self._parts(problem)
        units = np.flatnonzero(need > 0)
        if units.size == 0:
            return
        row_of = np.full(problem.n_units, -1, dtype=np.int64)
        row_of[units] = np.arange(units.size)
        # k_i x_i - sum_{j in N(i)} x_j <= 0, for each direction of every edge.
        fwd = row_of[i] >= 0
        bwd = row_of[j] >= 0
        rows = np.concatenate([np.arange(units.size), row_of[i[fwd]], row_of[j[bwd]]])
        cols = np.concatenate([x0 + units, x0 + j[fwd], x0 + i[bwd]])
        vals = np.concatenate([need[units].astype(float), -np.ones(fwd.sum() + bwd.sum())])
        builder.add_rows(rows, cols, vals, -np.inf, 0.0, count=units.size)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        i, j, need = self._parts(problem)
        n = problem.n_units
        A = sp.coo_matrix(
            (np.ones(2 * i.size), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)
        ).tocsr()
        selected_neighbours = np.asarray((A @ X.T.astype(float)).T)
        return np.all(~X | (selected_neighbours >= need), axis=1)


# --------------------------------------------------------------------------------------------
# Penalties
# --------------------------------------------------------------------------------------------


def _add_pair_products(
    builder: MilpBuilder,
    x0: int,
    pi: np.ndarray,
    pj: np.ndarray,
    coef: np.ndarray,
) -> None:
    """Objective terms coef_p * x_i x_j (minimisation) with one z_p in [0, 1] per pair.

    coef < 0 (a reward): z <= x_i, z <= x_j; minimisation pushes z up to x_i x_j.
    coef > 0 (a cost):   z >= x_i + x_j - 1; minimisation pushes z down to x_i x_j.
    """
    keep = coef != 0
    pi, pj, coef = pi[keep], pj[keep], coef[keep]
    p = coef.size
    if p == 0:
        return
    z0 = builder.add_columns(
        coef, 0.0, 1.0, integer=False, fill=lambda x: (x[pi] & x[pj]).astype(float)
    )
    reward = np.flatnonzero(coef < 0)
    cost = np.flatnonzero(coef > 0)
    r, c = reward.size, cost.size
    local_r, local_c = np.arange(r), np.arange(c)
    ones_r = np.ones(r)
    if r:
        builder.add_rows(
            np.concatenate([local_r, local_r, r + local_r, r + local_r]),
            np.concatenate([z0 + reward, x0 + pi[reward], z0 + reward, x0 + pj[reward]]),
            np.concatenate([ones_r, -ones_r, ones_r, -ones_r]),
            -np.inf,
            0.0,
            count=2 * r,
        )
    if c:
        ones_c = np.ones(c)
        builder.add_rows(
            np.concatenate([local_c, local_c, local_c]),
            np.concatenate([z0 + cost, x0 + pi[cost], x0 + pj[cost]]),
            np.concatenate([ones_c, -ones_c, -ones_c]),
            -1.0,
            np.inf,
            count=c,
        )


def _add_one_sided(
    builder: MilpBuilder,
    x0: int,
    pi: np.ndarray,
    pj: np.ndarray,
    coef: np.ndarray,
) -> None:
    """Objective terms coef_p * x_i (1 - x_j) (minimisation) with one z_p in [0, 1] per pair.

    coef > 0: z >= x_i - x_j; minimisation pushes z down to x_i (1 - x_j).
    coef < 0: z <= x_i, z <= 1 - x_j; minimisation pushes z up to it.
    """
    keep = coef != 0
    pi, pj, coef = pi[keep], pj[keep], coef[keep]
    p = coef.size
    if p == 0:
        return
    z0 = builder.add_columns(
        coef, 0.0, 1.0, integer=False, fill=lambda x: (x[pi] & ~x[pj]).astype(float)
    )
    cost = np.flatnonzero(coef > 0)
    reward = np.flatnonzero(coef < 0)
    c, r = cost.size, reward.size
    if c:
        local, ones = np.arange(c), np.ones(c)
        builder.add_rows(
            np.concatenate([local, local, local]),
            np.concatenate([z0 + cost, x0 + pi[cost], x0 + pj[cost]]),
            np.concatenate([ones, -ones, ones]),
            0.0,
            np.inf,
            count=c,
        )
    if r:
        local, ones = np.arange(r), np.ones(r)
        builder.add_rows(
            np.concatenate([local, local, r + local, r + local]),
            np.concatenate([z0 + reward, x0 + pi[reward], z0 + reward, x0 + pj[reward]]),
            np.concatenate([ones, -ones, ones, ones]),
            -np.inf,
            np.concatenate([np.zeros(r), np.ones(r)]),
            count=2 * r,
        )


@dataclass(frozen=True, eq=False)
class ConnectivityPenalty:
    """Connectivity between pairs of units from an edge list (Marxan Connect ``id1, id2,
    value``; here 0-based unit indices, see :meth:`from_ids` for ids).

    Symmetric (prioritizr ``add_connectivity_penalties``; Önal & Briers 2002), each unordered
    pair once:
        penalty(x) = - w * ( sum_{i<j} c_ij x_i x_j + sum_i c_ii x_i )
    so positive c_ij reward selecting both units (negative ones discourage it); linearised
    with z_ij <= x_i, z_ij <= x_j for rewards and z_ij >= x_i + x_j - 1 for costs.

    Asymmetric (Marxan's asymmetric connectivity; prioritizr
    ``add_asym_connectivity_penalties``; Beger et al. 2010), each ordered pair once:
        penalty(x) = w * sum_{i != j} D_ij x_i (1 - x_j)
    i.e. selecting i without j costs D_ij (a link from i to j left unprotected, e.g.
    tracking-derived breeding -> non-breeding links); linearised with z_ij >= x_i - x_j,
    z >= 0 (and z <= x_i, z <= 1 - x_j for negative D).

    A pair listed more than once counts once, with the value of largest magnitude (as
    :meth:`Boundary.from_pairs` does for edges). The penalty is in cost units and is added to
    minimisation objectives, subtracted (times the objective's scale) from maximisation ones.
    """

    i: Any
    j: Any
    value: Any
    symmetric: bool = True
    weight: float = 1.0

    @classmethod
    def from_ids(
        cls,
        id1: Sequence[object],
        id2: Sequence[object],
        value: Sequence[float],
        unit_ids: Sequence[object],
        **kwargs: Any,
    ) -> ConnectivityPenalty:
        """Map user unit ids (e.g. Marxan PUIDs) to indices; unknown ids are an error."""
        ids = np.asarray(unit_ids, dtype=object).astype(str)
        order = np.argsort(ids)
        sorted_ids = ids[order]
        index = []
        for column in (id1, id2):
            wanted = np.asarray(column, dtype=object).astype(str)
            pos = np.minimum(np.searchsorted(sorted_ids, wanted), max(ids.size - 1, 0))
            found = (ids.size > 0) & (sorted_ids[pos] == wanted)
            if not np.all(found):
                unknown = wanted[~found]
                raise InputError(
                    tr(
                        "The connectivity table refers to unit id(s) {ids} that are not "
                        "planning units: check that it matches the planning units."
                    ).format(ids=name_items(np.unique(unknown).tolist()))
                )
            index.append(order[pos])
        return cls(i=index[0], j=index[1], value=value, **kwargs)

    def edges(self, problem: Problem) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(pair i, pair j, pair value, per-unit value) after normalisation and checks."""
        n = problem.n_units
        ii = np.asarray(self.i, dtype=np.int64).ravel()
        jj = np.asarray(self.j, dtype=np.int64).ravel()
        vv = np.asarray(self.value, dtype=float).ravel()
        if not (ii.size == jj.size == vv.size):
            raise InputError(
                tr(
                    "The connectivity table has {i} first ids, {j} second ids and {v} values; "
                    "every row needs all three."
                ).format(i=ii.size, j=jj.size, v=vv.size)
            )
        bad = np.flatnonzero((ii < 0) | (ii >= n) | (jj < 0) | (jj >= n))
        if bad.size:
            raise InputError(
                tr(
                    "Connectivity rows {rows} refer to planning units outside 0..{last}: check "
                    "that the connectivity table matches the planning units."
                ).format(rows=name_items(bad.tolist()), last=n - 1)
            )
        bad = np.flatnonzero(~np.isfinite(vv))
        if bad.size:
            raise InputError(
                tr(
                    "Connectivity rows {rows} have a missing value: give every link a number."
                ).format(rows=name_items(bad.tolist()))
            )
        if not np.isfinite(self.weight):
            raise InputError(
                tr("The connectivity weight is {value}; give a finite number.").format(
                    value=self.weight
                )
            )
        if self.symmetric:
            lo, hi = np.minimum(ii, jj), np.maximum(ii, jj)
        else:
            lo, hi = ii, jj
        key = lo * max(n, 1) + hi
        order = np.lexsort((-np.abs(vv), key))
        _, first = np.unique(key[order], return_index=True)
        keep = order[first]
        lo, hi, vv = lo[keep], hi[keep], vv[keep]
        own = lo == hi
        diagonal = np.zeros(n)
        if self.symmetric:
            diagonal = np.bincount(lo[own], weights=vv[own], minlength=n)
        return lo[~own], hi[~own], vv[~own], diagonal

    def check(self, problem: Problem) -> None:
        self.edges(problem)

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        pi, pj, values, diagonal = self.edges(problem)
        w = float(self.weight)
        if self.symmetric:
            units = np.flatnonzero(diagonal)
            builder.add_objective(x0 + units, -w * diagonal[units])
            _add_pair_products(builder, x0, pi, pj, -w * values)
        else:
            _add_one_sided(builder, x0, pi, pj, w * values)

    def evaluate(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """The penalty of each selection in a (k, n) stack (cost units, positive = worse)."""
        X = np.atleast_2d(np.asarray(X, dtype=bool))
        pi, pj, values, diagonal = self.edges(problem)
        w = float(self.weight)
        if self.symmetric:
            both = (X[:, pi] & X[:, pj]).astype(float)
            return -w * (both @ values + X.astype(float) @ diagonal)
        one_sided = (X[:, pi] & ~X[:, pj]).astype(float)
        return w * (one_sided @ values)


@dataclass(frozen=True, eq=False)
class CrossBorderBonus:
    """Reward for selected neighbours in different countries (new here, for transboundary
    conservation areas):

        penalty(x) = - w * sum_{i<j, country_i != country_j} b_ij x_i x_j

    with b_ij the shared edge length from ``boundary`` (default: the problem's). It is a
    symmetric :class:`ConnectivityPenalty` on the cross-border pairs (z_ij <= x_i,
    z_ij <= x_j). Units with no country code ("" or None) never count as cross-border.
    """

    country_of_unit: Any
    boundary: Boundary | None = None
    weight: float = 1.0

    def connectivity(self, problem: Problem) -> ConnectivityPenalty:
        """The equivalent symmetric connectivity penalty on cross-border pairs."""
        boundary = self.boundary if self.boundary is not None else problem.boundary
        if boundary is None:
            raise InputError(
                tr("The cross-border bonus needs the boundary table to know which units touch.")
            )
        if boundary.n_units != problem.n_units:
            raise InputError(
                tr(
                    "The cross-border boundary covers {count} planning units but there are {n}."
                ).format(count=boundary.n_units, n=problem.n_units)
            )
        codes = _codes(self.country_of_unit, problem.n_units, tr("country code"))
        known = ~np.isin(codes, _NO_COUNTRY)
        across = known[boundary.i] & known[boundary.j] & (codes[boundary.i] != codes[boundary.j])
        return ConnectivityPenalty(
            i=boundary.i[across],
            j=boundary.j[across],
            value=boundary.length[across],
            symmetric=True,
            weight=self.weight,
        )

    def check(self, problem: Problem) -> None:
        self.connectivity(problem).check(problem)

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        self.connectivity(problem).add_to(builder, problem, x0)

    def evaluate(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """The (negative) bonus of each selection in a (k, n) stack, in cost units."""
        return self.connectivity(problem).evaluate(problem, X)


def build_milp(problem: Problem) -> MilpModel:
    """The programme for ``problem``, by composition.

    1. the objective's unit columns and own terms (:meth:`Objective.add_to`);
    2. the targets as the objective needs them (:meth:`Objective.add_targets`);
    3. the boundary penalty, then every penalty, with objective terms multiplied by the
       objective's :meth:`~Objective.penalty_scale` (1 for the minimum set);
    4. every constraint.
    """
    problem.validate()
    objective = problem.objective
    builder = MilpBuilder()
    x0 = objective.add_to(builder, problem)
    objective.add_targets(builder, problem, x0)
    has_boundary = problem.boundary is not None and problem.blm > 0
    if has_boundary or problem.penalties:
        builder.scale = objective.penalty_scale(problem)
        if has_boundary:
            BOUNDARY_FORMULATIONS[problem.boundary_formulation](builder, problem, x0)
        for penalty in problem.penalties:
            penalty.add_to(builder, problem, x0)
        builder.scale = 1.0
    for constraint in problem.constraints:
        constraint.add_to(builder, problem, x0)
    return builder.build(n_x=problem.n_units)


# --------------------------------------------------------------------------------------------
# Solutions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Solution:
    """What a solver returns: the selection and how good it is known to be.

    ``objective`` is recomputed from the rounded selection with :func:`objective_value`, in
    the objective's own sense (``sense`` "min" or "max"); ``bound`` is the solver's proven
    bound on it (lower for "min", upper for "max"; the tie-break allowance of the budget
    objectives included) and ``gap`` = |bound - objective| / |objective|.
    ``model_objective`` is the programme's own (minimised) objective at the solution, tie-break
    terms included; None when no programme was solved (heuristics).
    """

    selected: np.ndarray
    status: str
    objective: float
    bound: float
    gap: float
    runtime_s: float
    solver: str
    model_objective: float | None = None
    sense: str = "min"


def relative_gap(objective: float, bound: float, sense: str = "min") -> float:
    """(objective - bound) / |objective| for "min", (bound - objective) / |objective| for
    "max"; 0 when they agree, inf without a bound."""
    if bound is None or not np.isfinite(bound):
        return float("inf")
    diff = objective - bound if sense == "min" else bound - objective
    diff = max(diff, 0.0)
    if diff <= 1e-9 * max(1.0, abs(objective)):
        return 0.0
    return diff / abs(objective) if objective != 0 else float("inf")


def make_solution(
    problem: Problem,
    model: MilpModel,
    values: np.ndarray,
    *,
    status: str,
    bound: float | None,
    runtime_s: float,
    solver: str,
) -> Solution:
    """Round solver column values to a selection and report it with the true objective.

    ``bound`` is the solver's lower bound on the whole (minimised) programme, offset
    included; it is turned into a bound on the objective in its own sense:
    f >= bound - t for "min" and f <= t - bound for "max", t the tie-break allowance.
    """
    selected = np.asarray(values[: model.n_x], dtype=float) > 0.5
    objective = objective_value(problem, selected)
    sense = problem.objective.sense
    allowance = problem.objective.tie_break_bound(problem)
    if bound is None or not np.isfinite(bound):
        bound_value = float("-inf") if sense == "min" else float("inf")
    elif sense == "min":
        bound_value = float(bound) - allowance
    else:
        bound_value = allowance - float(bound)
    return Solution(
        selected=selected,
        status=status,
        objective=objective,
        bound=bound_value,
        gap=relative_gap(objective, bound_value, sense),
        runtime_s=float(runtime_s),
        solver=solver,
        model_objective=model.objective_of(model.columns_for(selected)),
        sense=sense,
    )


def prepare(problem: Problem, warm_start: np.ndarray | None = None) -> np.ndarray | None:
    """Checks every solver makes first: validate, name unreachable targets, tidy warm start.

    The warm start is forced to respect the locks so the solver does not discard it.
    """
    problem.validate()
    check_reachable(problem)
    if warm_start is None:
        return None
    start = np.asarray(warm_start, dtype=bool)
    if start.shape != (problem.n_units,):
        raise InputError(
            tr("The warm start has shape {shape}; give one flag per planning unit ({n}).").format(
                shape=start.shape, n=problem.n_units
            )
        )
    locked_in, locked_out = problem.effective_locks()
    return (start | locked_in) & ~locked_out


def no_solution_message(solver: str, status: str, time_limit: float | None) -> str:
    """Why a solver returned nothing usable, and what to try next."""
    if time_limit is not None:
        return tr(
            "{solver} stopped ({status}) before finding any selection that meets every target "
            "and constraint; allow more than {limit:g} s or a larger optimality gap."
        ).format(solver=solver, status=status, limit=time_limit)
    return tr(
        "{solver} stopped ({status}) before finding any selection that meets every target and "
        "constraint; allow a larger optimality gap or simplify the problem."
    ).format(solver=solver, status=status)


class ModelInfeasibleError(InputError):
    """The solver proved that no selection satisfies the targets, budget and constraints
    together, although each passed its own check (``status`` is "infeasible")."""

    status = "infeasible"

    def __init__(self, solver: str):
        self.solver = solver
        super().__init__(
            tr(
                "{solver} found no selection that satisfies the targets, budget and "
                "constraints together, although each can be met on its own; relax a "
                "constraint, the budget or a target."
            ).format(solver=solver)
        )


def check_options(time_limit: float | None, mip_gap: float, threads: int | None) -> None:
    """Reject solver settings that would make the run meaningless."""
    if time_limit is not None and not (np.isfinite(time_limit) and time_limit > 0):
        raise InputError(
            tr("The time limit is {value} s; give a positive number of seconds.").format(
                value=time_limit
            )
        )
    if not (np.isfinite(mip_gap) and mip_gap >= 0):
        raise InputError(
            tr("The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01.").format(
                value=mip_gap
            )
        )
    if threads is not None and int(threads) < 1:
        raise InputError(
            tr("The number of threads is {value}; give 1 or more.").format(value=threads)
        )
