"""The mixed-integer programme: a model for any MILP solver and the builder the pieces write to.

:func:`build_milp` composes a :class:`~.model.Problem`'s objective, penalties and constraints
into a :class:`MilpModel`; it only calls their ``add_to`` methods, so nothing here imports
them. The pair-product linearisations are shared by the penalties.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

if TYPE_CHECKING:
    from .model import Problem


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


def build_milp(problem: Problem) -> MilpModel:
    """The programme for ``problem``, by composition.

    1. the objective's unit columns and own terms (:meth:`Objective.add_to`);
    2. the targets as the objective needs them (:meth:`Objective.add_targets`);
    3. every penalty, the boundary penalty first (:meth:`Problem.all_penalties`), with
       objective terms multiplied by the objective's :meth:`~Objective.penalty_scale` (1 for
       the minimum set);
    4. every constraint.
    """
    problem.validate()
    objective = problem.objective
    builder = MilpBuilder()
    x0 = objective.add_to(builder, problem)
    objective.add_targets(builder, problem, x0)
    penalties = problem.all_penalties()
    if penalties:
        builder.scale = objective.penalty_scale(problem)
        for penalty in penalties:
            penalty.add_to(builder, problem, x0)
        builder.scale = 1.0
    for constraint in problem.constraints:
        constraint.add_to(builder, problem, x0)
    return builder.build(n_x=problem.n_units)
