"""A greedy heuristic for the minimum-set problem: warm starts, and huge problems.

Marxan-style cost-effectiveness (the "greedy" and "richness/cost" heuristics of Ball,
Possingham & Watts 2009; Pressey et al. 1997):

1. start from the locked-in units; need_j = max(0, T_j - held_j);
2. repeatedly add the available unit with the best
       score_i = sum_j min(r_ij, need_j) / T_j  /  (c_i + BLM * Δboundary_i),
   Δboundary_i = E e_i + s_i - 2 sum_{k selected} b_ik (the change in Marxan's boundary if i
   joins; a non-positive denominator counts as a tiny positive one, since such a unit makes
   the plan cheaper), until every reachable target is met;
3. drop redundant units: in order of decreasing saving c_i + BLM * (E e_i + s_i - 2 sum_{k
   selected} b_ik), remove a unit when every target stays met and the objective falls.

Step 2 is *lazy* (Minoux 1978): contributions only shrink as needs are met, so a stale
contribution is an upper bound; the unit on top of a heap of scores is re-scored and taken
only if it stays on top. Boundary increments are kept exact and updated for the neighbours of
each added unit. The steps are sequential by nature; each one touches one unit's row or
neighbourhood, never all units.

Other constraints (budgets per country, stepping stones, neighbours) are not considered:
callers check the result with :func:`~..problem.is_feasible` before using it.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable

import numpy as np
import scipy.sparse as sp

from ..errors import CancelledError, InputError
from ..i18n import tr
from ..problem import (
    TARGET_TOLERANCE,
    MinSet,
    Problem,
    Solution,
    check_options,
    objective_value,
    prepare,
)

#: Denominator used for units whose cost plus boundary change is not positive.
_TINY = 1e-12


def _boundary_parts(problem: Problem) -> tuple[sp.csr_matrix | None, np.ndarray]:
    """(BLM * adjacency, BLM * (E e_i + s_i)) or (None, zeros) without a boundary penalty."""
    n = problem.n_units
    if problem.boundary is None or problem.blm <= 0:
        return None, np.zeros(n)
    boundary = problem.boundary
    blm = problem.blm
    own = blm * (problem.edge_factor * boundary.exposed + boundary.shared_total())
    return (blm * boundary.adjacency()).tocsr(), own


def greedy_min_set(problem: Problem) -> np.ndarray:
    """A selection meeting every reachable target cheaply (see the module docstring).

    Respects locks (fields and :class:`~..problem.LockedIn`/``LockedOut`` constraints);
    targets out of reach are met as far as possible. Returns a boolean array of length n.
    """
    problem.validate()
    locked_in, locked_out = problem.effective_locks()
    R = problem.amounts.tocsr()
    targets = problem.targets
    weight = np.zeros_like(targets)
    positive = targets > 0
    weight[positive] = 1.0 / targets[positive]
    tolerance = TARGET_TOLERANCE * np.maximum(1.0, np.abs(targets))
    cost = problem.cost
    adjacency, own = _boundary_parts(problem)

    x = locked_in.copy()
    held = np.asarray(R.T @ x.astype(float), dtype=float).ravel()

    def needs() -> np.ndarray:
        gap = targets - held
        return np.where(gap > tolerance, gap, 0.0)

    need = needs()
    # Boundary increment if each unit joined now: own - 2 * BLM * (shared with selected).
    increment = _own_minus_shared(adjacency, own, x)

    candidate = ~x & ~locked_out
    row_of_entry = np.repeat(np.arange(R.shape[0]), np.diff(R.indptr))
    gained = np.minimum(R.data, need[R.indices]) * weight[R.indices]
    contribution = np.bincount(row_of_entry, weights=gained, minlength=R.shape[0])

    def scores(units: np.ndarray | slice) -> np.ndarray:
        denominator = np.maximum(cost[units] + increment[units], _TINY)
        value = contribution[units] / denominator
        return np.where(candidate[units] & (contribution[units] > 0), value, -np.inf)

    def contribution_of(unit: int) -> float:
        row = slice(R.indptr[unit], R.indptr[unit + 1])
        feats = R.indices[row]
        return float(np.minimum(R.data[row], need[feats]) @ weight[feats])

    # A max-heap of (score, unit) entries; an entry is current only while it equals score[unit].
    score = scores(slice(None))
    live = np.flatnonzero(np.isfinite(score))
    heap = list(zip((-score[live]).tolist(), live.tolist()))
    heapq.heapify(heap)
    while heap and need.any():
        negative, unit = heapq.heappop(heap)
        if not candidate[unit] or -negative != score[unit]:
            continue
        # Lazy re-scoring: the stale contribution is an upper bound on the true one.
        contribution[unit] = contribution_of(unit)
        fresh = float(scores(np.array([unit]))[0])
        score[unit] = fresh
        if not np.isfinite(fresh):
            continue
        if heap and fresh < -heap[0][0]:
            heapq.heappush(heap, (-fresh, unit))
            continue
        x[unit] = True
        candidate[unit] = False
        score[unit] = -np.inf
        row = slice(R.indptr[unit], R.indptr[unit + 1])
        held[R.indices[row]] += R.data[row]
        need = needs()
        if adjacency is not None:
            nb = slice(adjacency.indptr[unit], adjacency.indptr[unit + 1])
            neighbours = adjacency.indices[nb]
            increment[neighbours] -= 2.0 * adjacency.data[nb]
            score[neighbours] = scores(neighbours)
            for neighbour in neighbours[np.isfinite(score[neighbours])].tolist():
                heapq.heappush(heap, (-score[neighbour], neighbour))

    # Drop redundant units, the largest savings first.
    removable = np.flatnonzero(x & ~locked_in)
    if removable.size:
        saving = cost + _own_minus_shared(adjacency, own, x)
        for unit in removable[np.argsort(-saving[removable], kind="stable")]:
            change = cost[unit] + own[unit]
            if adjacency is not None:
                nb = slice(adjacency.indptr[unit], adjacency.indptr[unit + 1])
                change -= 2.0 * float(adjacency.data[nb] @ x[adjacency.indices[nb]])
            if change <= 0:
                continue
            col = slice(R.indptr[unit], R.indptr[unit + 1])
            feats = R.indices[col]
            after = held[feats] - R.data[col]
            if np.all(after >= targets[feats] - tolerance[feats]):
                x[unit] = False
                held[feats] = after
    return x


def _own_minus_shared(
    adjacency: sp.csr_matrix | None, own: np.ndarray, x: np.ndarray
) -> np.ndarray:
    """BLM * (E e_i + s_i - 2 sum_{k selected} b_ik): the boundary a unit adds to (or, when
    selected, removes from) the selection."""
    if adjacency is None:
        return own.copy()
    return own - 2.0 * np.asarray(adjacency @ x.astype(float)).ravel()


def version() -> str:
    return "greedy"


def solve(
    problem: Problem,
    *,
    time_limit: float | None = None,
    mip_gap: float = 0.01,
    threads: int | None = None,
    verbose: bool = False,
    progress: Callable[[dict], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    warm_start: np.ndarray | None = None,
) -> Solution:
    """The greedy selection as a :class:`Solution` (status "heuristic", no bound).

    Minimum-set problems only; the solver options are accepted for a uniform signature.
    """
    check_options(time_limit, mip_gap, threads)
    if not isinstance(problem.objective, MinSet):
        raise InputError(
            tr(
                "The greedy heuristic only solves minimum-set problems; use HiGHS or SciPy for "
                "{name}."
            ).format(name=type(problem.objective).__name__)
        )
    prepare(problem, warm_start)
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("The solve was cancelled."))
    began = time.perf_counter()
    selected = greedy_min_set(problem)
    runtime = time.perf_counter() - began
    objective = objective_value(problem, selected)
    if progress is not None:
        progress(
            {
                "event": "finished",
                "objective": objective,
                "bound": None,
                "gap": None,
                "runtime_s": runtime,
                "nodes": None,
            }
        )
    return Solution(
        selected=selected,
        status="heuristic",
        objective=objective,
        bound=float("-inf"),
        gap=float("inf"),
        runtime_s=runtime,
        solver=version(),
    )
