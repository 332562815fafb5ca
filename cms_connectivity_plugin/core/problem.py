"""The minimum-set planning problem and the mixed-integer programme that solves it.

A :class:`Problem` describes what to protect (costs, feature amounts, targets, locks, boundary
penalty); :func:`build_milp` turns it into matrices for any MILP solver. The programme is
assembled by composition, in the spirit of prioritizr's ``problem() %>% add_min_set_objective()
%>% add_absolute_targets() %>% add_boundary_penalties()``: each ``add_*`` function below adds its
own columns, rows and objective terms to a :class:`MilpBuilder` and documents its own maths, so
later objectives and penalties (connectivity, budgets) are new functions, not edits.

Notation: units i = 0..n-1 with decision x_i in {0, 1}, cost c_i; features j with amount r_ij
and absolute target T_j; shared boundary b_ik between units i and k, exposed (outer) edge e_i,
shared total s_i = sum_k b_ik, boundary length modifier BLM and edge factor E.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from .errors import InputError
from .i18n import tr

#: Boundary penalty linearisations accepted by :attr:`Problem.boundary_formulation`.
FORMULATIONS: tuple[str, ...] = ("knapsack", "simple")

#: A target counts as met when held >= target - TARGET_TOLERANCE * max(1, target). Loose enough
#: for solver feasibility tolerances (about 1e-7 on scaled rows), tight enough to be invisible.
TARGET_TOLERANCE = 1e-6

_MAX_NAMED = 5


def _name_items(labels: Sequence[object]) -> str:
    """Name a few offending items and count the rest, so messages stay one line."""
    shown = ", ".join(str(label) for label in labels[:_MAX_NAMED])
    rest = len(labels) - _MAX_NAMED
    if rest > 0:
        return tr("{shown} and {rest} more").format(shown=shown, rest=rest)
    return shown


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
                ).format(rows=_name_items(out_of_range.tolist()), last=n - 1)
            )
        bad_length = np.flatnonzero(~np.isfinite(ll) | (ll < 0))
        if bad_length.size:
            raise InputError(
                tr(
                    "Boundary rows {rows} have a missing or negative length: "
                    "every shared edge length must be zero or more."
                ).format(rows=_name_items(bad_length.tolist()))
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
                    ).format(units=_name_items(bad_outer.tolist()))
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
    """A minimum-set problem: meet every target at least total cost plus boundary penalty.

    minimise sum_i c_i x_i + BLM * boundary(x)
    subject to sum_i r_ij x_i >= T_j for every feature j, x_i = 1 if locked in, x_i = 0 if
    locked out, x_i in {0, 1} (Marxan's objective; prioritizr ``add_min_set_objective``).

    ``amounts`` is units x features (scipy.sparse CSR after construction); ``targets`` are
    absolute amounts. ``unit_ids`` only label units in messages (default: 0-based index).
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

    def __post_init__(self) -> None:
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
                ).format(units=_name_items(self.unit_labels(bad)))
            )
        bad = np.flatnonzero(self.cost < 0)
        if bad.size:
            raise InputError(
                tr(
                    "The cost of planning unit {units} is negative: costs must be zero or more."
                ).format(units=_name_items(self.unit_labels(bad)))
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
                ).format(units=_name_items(self.unit_labels(bad)))
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
        if self.blm > 0 and self.boundary is None:
            raise InputError(
                tr(
                    "A boundary length modifier of {value} is set but no boundary data was "
                    "given: add the boundary table or set the modifier to 0."
                ).format(value=self.blm)
            )
        return self


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
    """Some targets cannot be met even by selecting every unit that is not locked out."""

    def __init__(self, shortfalls: Sequence[Shortfall]):
        self.shortfalls = list(shortfalls)
        super().__init__(
            tr(
                "{count} target(s) cannot be met even by selecting every unit not locked out: "
                "{details}. Lower these targets or unlock units."
            ).format(
                count=len(self.shortfalls),
                details="; ".join(s.describe() for s in self.shortfalls),
            )
        )


def infeasible_features(problem: Problem) -> list[Shortfall]:
    """Every feature whose target is out of reach, with the most that could be held.

    max_attainable_j = sum_{i not locked out} r_ij: selecting every available unit is the best
    any solution can do, so a target above it is infeasible whatever the solver.
    """
    available = (~problem.locked_out).astype(float)
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


def check_reachable(problem: Problem) -> None:
    """Raise :class:`InfeasibleError` naming every unreachable target, before any solving."""
    shortfalls = infeasible_features(problem)
    if shortfalls:
        raise InfeasibleError(shortfalls)


def objective_value(problem: Problem, selected: np.ndarray) -> float:
    """The true objective sum_i c_i x_i + BLM * boundary(x) of a 0/1 selection."""
    x = np.asarray(selected, dtype=bool)
    value = float(problem.cost @ x)
    if problem.boundary is not None and problem.blm > 0:
        value += problem.blm * problem.boundary.boundary_of(x, problem.edge_factor)
    return value


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
        self.n_cols = 0
        self.n_rows = 0
        self.offset = 0.0

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
        self._c.append(cost)
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
        self._extra_vals.append(np.asarray(vals, dtype=float))

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
        return MilpModel(
            c=c,
            A=A,
            row_lower=stack(self._row_lower, float),
            row_upper=stack(self._row_upper, float),
            col_lower=stack(self._col_lower, float),
            col_upper=stack(self._col_upper, float),
            integrality=stack(self._integer, bool),
            n_x=n_x,
            offset=self.offset,
            fills=tuple(self._fills),
        )


def add_min_set_objective(builder: MilpBuilder, problem: Problem) -> int:
    """Binary unit decisions with their cost: minimise sum_i c_i x_i, x_i in {0, 1}.

    Locked-in units get lower bound 1 and locked-out units upper bound 0 (prioritizr
    ``add_locked_in_constraints``/``add_locked_out_constraints``: bounds, not rows). Returns
    the first column, which is 0 because units come first.
    """
    lower = problem.locked_in.astype(float)
    upper = (~problem.locked_out).astype(float)
    return builder.add_columns(
        problem.cost, lower, upper, integer=True, fill=lambda x: x.astype(float)
    )


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


def build_milp(problem: Problem) -> MilpModel:
    """The minimum-set programme for ``problem``: units, targets, then boundary penalty."""
    problem.validate()
    builder = MilpBuilder()
    x0 = add_min_set_objective(builder, problem)
    add_absolute_targets(builder, problem, x0)
    if problem.boundary is not None and problem.blm > 0:
        BOUNDARY_FORMULATIONS[problem.boundary_formulation](builder, problem, x0)
    return builder.build(n_x=problem.n_units)


# --------------------------------------------------------------------------------------------
# Solutions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Solution:
    """What a solver returns: the selection and how good it is known to be.

    ``objective`` is recomputed from the rounded selection with :func:`objective_value`;
    ``bound`` is the solver's proven lower bound and ``gap`` = (objective - bound)/|objective|.
    """

    selected: np.ndarray
    status: str
    objective: float
    bound: float
    gap: float
    runtime_s: float
    solver: str


def relative_gap(objective: float, bound: float) -> float:
    """(objective - bound) / |objective|, 0 when they agree, inf without a bound."""
    if bound is None or not np.isfinite(bound):
        return float("inf")
    diff = max(objective - bound, 0.0)
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

    ``bound`` is the solver's lower bound on the whole objective, offset included.
    """
    selected = np.asarray(values[: model.n_x], dtype=float) > 0.5
    objective = objective_value(problem, selected)
    bound_value = float("-inf") if bound is None else float(bound)
    return Solution(
        selected=selected,
        status=status,
        objective=objective,
        bound=bound_value,
        gap=relative_gap(objective, bound_value),
        runtime_s=float(runtime_s),
        solver=solver,
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
    return (start | problem.locked_in) & ~problem.locked_out


def no_solution_message(solver: str, status: str, time_limit: float | None) -> str:
    """Why a solver returned nothing usable, and what to try next."""
    if time_limit is not None:
        return tr(
            "{solver} stopped ({status}) before finding any selection that meets every target; "
            "allow more than {limit:g} s or a larger optimality gap."
        ).format(solver=solver, status=status, limit=time_limit)
    return tr(
        "{solver} stopped ({status}) before finding any selection that meets every target; "
        "allow a larger optimality gap or simplify the problem."
    ).format(solver=solver, status=status)


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
