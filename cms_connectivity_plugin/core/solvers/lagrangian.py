"""Minimum set with Marxan's boundary penalty on large problems: a Lagrangian bound from
minimum cuts, repaired cut solutions as plans, HiGHS on small cores of the plan.

The problem (``objective_value`` with :class:`~..problem.MinSet` and the boundary penalty):

    f(x) = sum_i c_i x_i + BLM (E sum_i e_i x_i + sum_{i<k} b_ik [x_i != x_k])
    s.t.   held_j(x) = sum_i r_ij x_i >= T_j for every feature j, x_i fixed where locked.

**Bound.** With the locks substituted (locked-in units and their edges to free units become a
constant and unary terms, see :func:`split`) the free units y carry a unary a_i and pair
weights w_ik = BLM b_ik >= 0. For any multipliers lambda >= 0 and any y meeting the targets,
f = K + E(y) >= K + E(y) - sum_j lambda_j (held_j(y) - T'_j), so

    L(lambda) = K + lambda . T' + min_y [ sum_i (a_i - sum_j lambda_j r_ij) y_i
                                          + sum_{i<k} w_ik [y_i != y_k] ]

is a lower bound on the optimum for every lambda >= 0 (weak duality; T'_j is T_j less the
locked-in amount and less the target tolerance, so the bound holds for every selection
:func:`~..problem.is_feasible` accepts). The inner minimum is a minimum s-t cut, because the
pair term is submodular (:mod:`.cuts`, which also makes the cut value safe against rounding).
Each bound is valid on its own; the best one found is reported. max L is the value of the LP
relaxation of the pairwise ("simple") formulation, since a cut function's relaxation is
integral; that is tighter than the knapsack formulation's LP, whose boundary term
sum_i max(0, sum_k b_ik (x_i - x_k)) undercounts fractional selections. It is reached here
without solving any LP: a proximal bundle method (Kiwiel 1990; Frangioni 2002) on the
multipliers, each step one cut, its small quadratic programme solved in numpy
(:func:`prox_point`).

**Plans.** A cut solution near the best multipliers misses a few targets by a little or meets
them with room to spare; :func:`repair` completes it greedily (cost-effectiveness with the
boundary change, as :mod:`.greedy`) until every target is met in full, then drops units that
the targets do not need while that lowers f, and adds units that lower f by closing holes.
The remaining time goes to a large-neighbourhood search: HiGHS solves the problem restricted
to a core of units (where the cut solutions disagree, then windows around the plan's edges),
every other unit fixed at the plan's value, the plan as its warm start; a better plan is kept.
Without a time limit, or on problems small enough, HiGHS finally solves the whole problem
from the best plan, so the method stays exact: its bound is the larger of the two.
"""

from __future__ import annotations

import heapq
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from ..errors import CancelledError, InputError
from ..i18n import tr
from ..problem import (
    MinSet,
    Problem,
    Solution,
    check_options,
    is_feasible,
    no_solution_message,
    objective_value,
    prepare,
    relative_gap,
)
from ..problem.inputs import _tol
from .cuts import MinCut

LOG = logging.getLogger(__name__)

#: Default route from this many free units on (min set, boundary penalty, locks only). At
#: 1,000 units HiGHS alone does as well and from 2,500 on this does better (bench/RESULTS.md),
#: but this search shares its time by the clock, so two runs can return different (equally
#: proven) plans; HiGHS stopping at its gap returns the same plan every time. Workshop-size
#: problems (a class must get identical results) therefore stay with HiGHS up to here.
MIN_UNITS = 5_000

#: Problems up to this many free units get a final HiGHS solve of the whole problem when the
#: search stops short of the gap with time left; larger ones spend it on cores.
FULL_HIGHS_UNITS = 30_000

#: Units of a core handed to HiGHS (half of them free, the rest their fixed neighbours).
CORE_UNITS = 800

#: Longest HiGHS solve of one core, in seconds.
CORE_SECONDS = 10.0

#: Without a time limit, cores in a row without a better plan before the final HiGHS solve.
MAX_IDLE_CORES = 8

#: Seconds between progress reports during the bound search.
PROGRESS_INTERVAL_S = 1.0

#: Relative improvement of the bound below which the multiplier search has converged.
DUAL_TOLERANCE = 1e-7

#: Most cuts of one bound search.
MAX_EVALUATIONS = 3_000

#: Most bundle cuts kept.
MAX_CUTS = 80

_TINY = 1e-12


def applicable(problem: Problem) -> bool:
    """Whether the problem is one this method solves: minimum set, a boundary penalty, no other
    penalty, and no constraint but locks."""
    if not isinstance(problem.objective, MinSet) or problem.penalties:
        return False
    if not problem.boundary_penalty().is_active(problem):
        return False
    return all(hasattr(constraint, "locks") for constraint in problem.constraints)


def preferred(problem: Problem) -> bool:
    """Whether the default solve path should use this method (large applicable problems)."""
    try:
        if not applicable(problem):
            return False
        locked_in, locked_out = problem.effective_locks()
        free = np.count_nonzero(~(locked_in | locked_out))
    except Exception:  # noqa: BLE001 - a malformed problem: HiGHS's path reports it
        return False
    return int(free) >= MIN_UNITS


def version() -> str:
    from .cuts import backend_name

    return f"Lagrangian cuts ({backend_name()})"


# --------------------------------------------------------------------------------------------
# The problem seen by the cuts
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Split:
    """The problem with its locks substituted: f(x) = constant + E(y), y the free units.

    ``unary`` a_i and ``pi``/``pk``/``w`` (local indices, w = BLM b) define E;
    ``R`` is free units x relaxed features, ``relaxed`` their indices in the problem,
    ``bound_target`` T' (target less locked-in amount and tolerance, for the bound) and
    ``plan_target`` (target less locked-in amount, what repaired plans meet in full).
    """

    free: np.ndarray
    locked_in: np.ndarray
    unary: np.ndarray
    pi: np.ndarray
    pk: np.ndarray
    w: np.ndarray
    constant: float
    R: sp.csr_matrix
    relaxed: np.ndarray
    bound_target: np.ndarray
    plan_target: np.ndarray
    neighbours: sp.csr_matrix

    @property
    def n(self) -> int:
        return int(self.free.size)

    def full(self, y: np.ndarray) -> np.ndarray:
        """The whole selection from the free units' y."""
        x = self.locked_in.copy()
        x[self.free] = y
        return x

    def energy(self, y: np.ndarray) -> float:
        cut = y[self.pi] != y[self.pk]
        return float(self.unary @ y.astype(float) + self.w @ cut.astype(float))


def split(problem: Problem) -> Split:
    """Substitute the locks (see the module docstring); f(x) = constant + E(x[free])."""
    locked_in, locked_out = problem.effective_locks()
    n = problem.n_units
    free = np.flatnonzero(~(locked_in | locked_out))
    local = np.full(n, -1, dtype=np.int64)
    local[free] = np.arange(free.size)
    boundary = problem.boundary
    blm = problem.blm
    cost = problem.cost
    own = cost + blm * problem.edge_factor * boundary.exposed
    constant = float(own[locked_in].sum())
    unary = own[free].copy()

    bi, bk, bl = boundary.i, boundary.j, blm * boundary.length
    fi, fk = local[bi] >= 0, local[bk] >= 0
    # Both free: a pair of the cut.
    both = fi & fk
    # One free, the other locked: unary terms (and a constant for locked-in neighbours).
    for mine, other, lock_mask in ((bi, bk, fi & ~fk), (bk, bi, fk & ~fi)):
        into = lock_mask & locked_in[other]
        np.add.at(unary, local[mine[into]], -bl[into])
        constant += float(bl[into].sum())
        out = lock_mask & locked_out[other]
        np.add.at(unary, local[mine[out]], bl[out])
    # Both locked: in against out is a cut edge.
    neither = ~fi & ~fk
    constant += float(bl[neither & (locked_in[bi] != locked_in[bk])].sum())

    amounts = problem.amounts.tocsr()
    held_in = np.asarray(amounts.T @ locked_in.astype(float), dtype=float).ravel()
    plan_target = problem.targets - held_in
    bound_target = plan_target - _tol(problem.targets)
    relaxed = np.flatnonzero(bound_target > 0)
    R = amounts[free][:, relaxed].tocsr()
    pi, pk, w = local[bi[both]], local[bk[both]], bl[both]
    adjacency = sp.coo_matrix(
        (np.concatenate([w, w]), (np.concatenate([pi, pk]), np.concatenate([pk, pi]))),
        shape=(free.size, free.size),
    ).tocsr()
    return Split(
        free=free,
        locked_in=locked_in,
        unary=unary,
        pi=pi,
        pk=pk,
        w=w,
        constant=constant,
        R=R,
        relaxed=relaxed,
        bound_target=bound_target[relaxed],
        plan_target=plan_target[relaxed],
        neighbours=adjacency,
    )


# --------------------------------------------------------------------------------------------
# The bound: multipliers by a proximal bundle method, one minimum cut per step
# --------------------------------------------------------------------------------------------


def _onto_simplex(v: np.ndarray) -> np.ndarray:
    """Euclidean projection onto {a >= 0, sum a = 1} (Held, Wolfe & Crowder 1974)."""
    u = np.sort(v)[::-1]
    cumulative = np.cumsum(u) - 1.0
    index = np.arange(1, v.size + 1)
    rho = np.flatnonzero(u - cumulative / index > 0)[-1]
    return np.maximum(v - cumulative[rho] / (rho + 1.0), 0.0)


def prox_point(
    center: np.ndarray,
    t: float,
    offsets: np.ndarray,
    grads: np.ndarray,
    *,
    floor_value: float = -np.inf,
    start: np.ndarray | None = None,
    iterations: int = 500,
) -> tuple[np.ndarray, np.ndarray]:
    """argmax over mu >= 0 of min_k (offsets_k + grads_k . mu) - |mu - center|^2 / (2 t).

    Solved through its dual over the simplex, min_a offsets . a + sum_j h_j((G^T a)_j) with
    mu(a) = max(center + t G^T a, 0), by accelerated projected gradient (Beck & Teboulle
    2009) from ``start`` (weights) until the duality gap is below 10 % of the predicted rise
    over ``floor_value`` (the value at the centre), or negligible. Returns (mu, a); a weighs
    the cuts (the bundle's convex combination). Plain numpy: at most :data:`MAX_CUTS` cuts.
    """
    k = offsets.size
    scale = max(float(np.abs(offsets).max()), float(np.abs(center).max(initial=0.0)), 1.0)
    lipschitz = t * float(np.linalg.norm(grads, 2)) ** 2 + 1e-300
    step = 1.0 / lipschitz
    floor = -center / t

    def mu_of(a: np.ndarray) -> np.ndarray:
        return np.maximum(center + t * (grads.T @ a), 0.0)

    def converged(a: np.ndarray) -> bool:
        z = np.maximum(grads.T @ a, floor)
        dual = float(offsets @ a + center @ z + 0.5 * t * z @ z)
        mu = center + t * z
        primal = float(np.min(offsets + grads @ mu) - (mu - center) @ (mu - center) / (2 * t))
        rise = primal - floor_value if np.isfinite(floor_value) else 0.0
        return dual - primal <= max(0.1 * rise, 1e-10 * scale)

    if start is not None and start.size == k and start.sum() > 0:
        a = _onto_simplex(np.asarray(start, dtype=float))
    else:
        a = np.zeros(k)
        a[int(np.argmin(offsets + grads @ center))] = 1.0
    y, momentum = a.copy(), 1.0
    for iteration in range(iterations):
        following = _onto_simplex(y - step * (offsets + grads @ mu_of(y)))
        after = 0.5 * (1.0 + np.sqrt(1.0 + 4.0 * momentum * momentum))
        y = following + ((momentum - 1.0) / after) * (following - a)
        a, momentum = following, after
        if iteration % 10 == 9 and converged(a):
            break
    return mu_of(a), a


class Dual:
    """L(lambda) of a :class:`Split` and its maximisation.

    Multipliers are searched as mu_j = lambda_j T'_j (the price of meeting target j in full),
    so that every coordinate has the scale of a cost. :meth:`evaluate` gives a valid bound
    for any mu >= 0; :meth:`step` is one iteration of the bundle method.
    """

    def __init__(
        self, part: Split, cut: MinCut, price: float, tolerance: float = DUAL_TOLERANCE
    ) -> None:
        self.tolerance = tolerance
        self.part = part
        self.cut = cut
        self.m = part.relaxed.size
        self.scale = 1.0 / part.bound_target if self.m else np.zeros(0)
        self.best = -np.inf
        self.best_mu = np.zeros(self.m)
        self.center = np.zeros(self.m)
        self.center_value = -np.inf
        self.t = max(price, 1e-9) / max(self.m, 1)
        self.cuts: list[tuple[np.ndarray, float, np.ndarray]] = []
        self.solutions: list[np.ndarray] = []
        self.weights = np.zeros(0)
        self.predicted = np.inf
        self.converged = self.m == 0
        self.evaluations = 0

    def evaluate(self, mu: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        """(L, subgradient in mu, the cut solution y) at mu >= 0."""
        part = self.part
        lam = mu * self.scale
        a = part.unary - (part.R @ lam if self.m else 0.0)
        y, low = self.cut.minimise(np.asarray(a, dtype=float))
        value = part.constant + float(lam @ part.bound_target) + low
        value -= 1e-12 * abs(value)  # rounding in the two sums above
        held = np.asarray(part.R.T @ y.astype(float)).ravel() if self.m else np.zeros(0)
        gradient = (part.bound_target - held) * self.scale
        self.evaluations += 1
        if value > self.best:
            self.best, self.best_mu = value, mu.copy()
        return value, gradient, y

    def start(self) -> np.ndarray:
        value, gradient, y = self.evaluate(self.center)
        self.center_value = value
        self._add(self.center, value, gradient, y)
        return y

    def _add(self, mu: np.ndarray, value: float, gradient: np.ndarray, y: np.ndarray) -> None:
        """Keep a cut (and its solution); ``weights`` stays aligned with ``cuts``."""
        self.cuts.append((mu.copy(), value, gradient))
        self.solutions.append(y)
        self.weights = np.append(self.weights, 0.0)
        if len(self.cuts) > MAX_CUTS:
            # Drop the oldest cut without weight in the last programme (else the oldest).
            inactive = np.flatnonzero(self.weights[:-1] <= 1e-12)
            drop = int(inactive[0]) if inactive.size else 0
            del self.cuts[drop]
            del self.solutions[drop]
            self.weights = np.delete(self.weights, drop)

    def step(self) -> np.ndarray:
        """One bundle iteration; returns the cut solution of the trial point."""
        mu, predicted = self._trial()
        self.predicted = predicted - self.center_value
        value, gradient, y = self.evaluate(mu)
        self._add(mu, value, gradient, y)
        gain = value - self.center_value
        if gain >= 0.1 * self.predicted:
            if gain >= 0.5 * self.predicted:
                self.t *= 2.0
            self.center, self.center_value = mu, value
        else:
            self.t /= 1.5
        scale = max(abs(self.center_value), 1.0)
        self.converged = self.predicted <= self.tolerance * scale
        if self.evaluations >= MAX_EVALUATIONS:
            self.converged = True
        return y

    def _trial(self) -> tuple[np.ndarray, float]:
        """The bundle's trial point and its model value (see :func:`prox_point`)."""
        mus = np.array([cut[0] for cut in self.cuts])
        values = np.array([cut[1] for cut in self.cuts])
        grads = np.array([cut[2] for cut in self.cuts])
        offsets = values - np.einsum("kj,kj->k", grads, mus)
        mu, weights = prox_point(
            self.center,
            self.t,
            offsets,
            grads,
            floor_value=self.center_value,
            start=self.weights,
        )
        self.weights = weights
        return mu, float(np.min(offsets + grads @ mu))

    def fractional(self) -> np.ndarray | None:
        """The convex combination of cut solutions weighted as in the last programme: an
        estimate of the LP relaxation's solution (None before the first programme)."""
        if not self.weights.size or self.weights.sum() <= 0:
            return None
        total = np.zeros(self.part.n)
        for weight, y in zip(self.weights.tolist(), self.solutions):
            if weight > 0:
                total += weight * y
        return total / self.weights.sum()


# --------------------------------------------------------------------------------------------
# Plans: repair a cut solution, then improve it locally
# --------------------------------------------------------------------------------------------


class _Plan:
    """A selection y of the free units, what it holds, and ``add`` = a_i + sum_k w_ik (1 - 2 y_k)
    for every unit: what adding it costs in E when unselected, what removing it saves when
    selected (the number does not depend on y_i itself)."""

    def __init__(self, part: Split, y: np.ndarray) -> None:
        self.part = part
        self.y = np.array(y, dtype=bool, copy=True)
        self.held = np.asarray(part.R.T @ self.y.astype(float)).ravel()
        nb = part.neighbours
        shared = np.asarray(nb @ self.y.astype(float)).ravel()
        total = np.asarray(nb.sum(axis=1)).ravel()
        # add[i]: E(y + i) - E(y) for unselected i; E(y) - E(y - i) for selected i.
        self.add = part.unary + total - 2.0 * shared

    def flip(self, unit: int, on: bool) -> None:
        part = self.part
        R, nb = part.R, part.neighbours
        self.y[unit] = on
        row = slice(R.indptr[unit], R.indptr[unit + 1])
        sign = 1.0 if on else -1.0
        self.held[R.indices[row]] += sign * R.data[row]
        span = slice(nb.indptr[unit], nb.indptr[unit + 1])
        self.add[nb.indices[span]] -= sign * 2.0 * nb.data[span]

    def gain(self, unit: int, need: np.ndarray, weight: np.ndarray) -> float:
        """Weighted amount of the unmet targets that ``unit`` would bring."""
        R = self.part.R
        row = slice(R.indptr[unit], R.indptr[unit + 1])
        feats = R.indices[row]
        return float(np.minimum(R.data[row], need[feats]) @ weight[feats])


def repair(part: Split, y: np.ndarray) -> np.ndarray:
    """A selection of the free units meeting every relaxed target in full, made from ``y``:
    greedy additions by weighted amount gained per change of E (lazy scores, as
    :mod:`.greedy`), then :func:`improve`."""
    plan = _Plan(part, y)
    R = part.R
    target = part.plan_target
    weight = 1.0 / np.maximum(np.abs(target), _TINY)
    need = np.maximum(target - plan.held, 0.0)
    if np.any(need > 0):
        rows = np.repeat(np.arange(R.shape[0]), np.diff(R.indptr))
        gained = np.minimum(R.data, need[R.indices]) * weight[R.indices]
        gain = np.bincount(rows, weights=gained, minlength=R.shape[0])
        candidates = np.flatnonzero(~plan.y & (gain > 0))
        score = gain[candidates] / np.maximum(plan.add[candidates], _TINY)
        heap = list(zip((-score).tolist(), candidates.tolist()))
        heapq.heapify(heap)
        nb = part.neighbours
        while heap and np.any(need > 0):
            _, unit = heapq.heappop(heap)
            if plan.y[unit]:
                continue
            fresh_gain = plan.gain(unit, need, weight)
            if fresh_gain <= 0:
                continue
            fresh = fresh_gain / max(plan.add[unit], _TINY)
            if heap and fresh < -heap[0][0]:
                heapq.heappush(heap, (-fresh, unit))
                continue
            plan.flip(unit, True)
            need = np.maximum(target - plan.held, 0.0)
            # The neighbours' change of E moved (their scores may have risen): re-queue them.
            for other in nb.indices[nb.indptr[unit] : nb.indptr[unit + 1]].tolist():
                if not plan.y[other]:
                    g = plan.gain(other, need, weight)
                    if g > 0:
                        heapq.heappush(heap, (-g / max(plan.add[other], _TINY), other))
    return improve(plan)


def improve(plan: _Plan) -> np.ndarray:
    """Remove selected units whose removal lowers E and keeps every target met, and add units
    whose addition lowers E, until neither helps; returns the selection."""
    R = plan.part.R
    target = plan.part.plan_target
    for _ in range(50):
        moved = 0
        # Removals, the largest saving first.
        selected = np.flatnonzero(plan.y & (plan.add > _TINY))
        for unit in selected[np.argsort(-plan.add[selected], kind="stable")].tolist():
            if plan.add[unit] <= _TINY:
                continue
            row = slice(R.indptr[unit], R.indptr[unit + 1])
            feats = R.indices[row]
            if np.all(plan.held[feats] - R.data[row] >= target[feats]):
                plan.flip(unit, False)
                moved += 1
        # Additions that lower E by themselves (holes, notches).
        adding = np.flatnonzero(~plan.y & (plan.add < -_TINY))
        for unit in adding[np.argsort(plan.add[adding], kind="stable")].tolist():
            if plan.add[unit] < -_TINY:
                plan.flip(unit, True)
                moved += 1
        if not moved:
            break
    return plan.y


# --------------------------------------------------------------------------------------------
# Cores for HiGHS
# --------------------------------------------------------------------------------------------


def restricted(problem: Problem, x: np.ndarray, core: np.ndarray) -> tuple[Problem, np.ndarray]:
    """The problem on ``core`` units (bool mask) with everything else fixed at ``x``.

    Returns (sub-problem, its units in the problem): the core and its neighbours, these locked
    at x; targets less what x holds outside; the boundary between them. For every selection
    equal to x outside the core, f differs from the sub-problem's objective by a constant, so
    optimising one optimises the other.
    """
    boundary = problem.boundary
    locked_in, locked_out = problem.effective_locks()
    core = core & ~(locked_in | locked_out)
    touching = np.zeros(problem.n_units, dtype=bool)
    touching[boundary.j[core[boundary.i]]] = True
    touching[boundary.i[core[boundary.j]]] = True
    units = np.flatnonzero(core | touching)
    local = np.full(problem.n_units, -1, dtype=np.int64)
    local[units] = np.arange(units.size)
    inside = (local[boundary.i] >= 0) & (local[boundary.j] >= 0)
    from ..problem import Boundary

    sub_boundary = Boundary(
        i=local[boundary.i[inside]],
        j=local[boundary.j[inside]],
        length=boundary.length[inside],
        exposed=boundary.exposed[units],
    )
    outside = x.copy()
    outside[units] = False
    amounts = problem.amounts.tocsr()
    held_out = np.asarray(amounts.T @ outside.astype(float)).ravel()
    target = np.maximum(problem.targets - held_out, 0.0)
    fixed = ~core[units]
    sub = Problem(
        cost=problem.cost[units],
        amounts=amounts[units],
        targets=target,
        feature_names=list(problem.feature_names),
        locked_in=fixed & x[units],
        locked_out=fixed & ~x[units],
        boundary=sub_boundary,
        blm=problem.blm,
        edge_factor=problem.edge_factor,
        boundary_formulation=problem.boundary_formulation,
    )
    return sub, units


def _ball(part: Split, seed: int, size: int) -> np.ndarray:
    """About ``size`` free units nearest ``seed`` along the shared edges (breadth first)."""
    nb = part.neighbours
    seen = np.zeros(part.n, dtype=bool)
    seen[seed] = True
    frontier = np.array([seed])
    count = 1
    while frontier.size and count < size:
        nxt = np.unique(
            np.concatenate([nb.indices[nb.indptr[u] : nb.indptr[u + 1]] for u in frontier])
        )
        nxt = nxt[~seen[nxt]]
        seen[nxt] = True
        count += nxt.size
        frontier = nxt
    return seen


# --------------------------------------------------------------------------------------------
# The solver
# --------------------------------------------------------------------------------------------


class _Run:
    """Book-keeping of one solve: incumbent, bound, progress, cancel and the clock."""

    def __init__(
        self,
        problem: Problem,
        time_limit: float | None,
        progress: Callable[[dict], None] | None,
        should_cancel: Callable[[], bool] | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        self.problem = problem
        self.began = time.perf_counter()
        self.deadline = None if time_limit is None else self.began + float(time_limit)
        self.progress = progress
        self.should_cancel = should_cancel
        self.should_stop = should_stop
        self.x: np.ndarray | None = None
        self.objective = np.inf
        self.bound = -np.inf
        self.stopped = False
        self.timed_out = False
        self._last = -np.inf

    def elapsed(self) -> float:
        return time.perf_counter() - self.began

    def left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.perf_counter()

    def out_of_time(self) -> bool:
        if self.deadline is not None and time.perf_counter() >= self.deadline:
            self.timed_out = True
        return self.timed_out

    def check(self) -> bool:
        """Raise on cancel; True when the search must end (stop asked or time is up)."""
        if self.should_cancel is not None and self.should_cancel():
            raise CancelledError(tr("The solve was cancelled."))
        if self.should_stop is not None and self.should_stop():
            self.stopped = True
        return self.stopped or self.out_of_time()

    def gap(self) -> float:
        if not np.isfinite(self.objective):
            return float("inf")
        return relative_gap(self.objective, self.bound)

    def offer(self, x: np.ndarray) -> bool:
        """Keep ``x`` when it is feasible and better; report it."""
        value = float(objective_value(self.problem, x))
        if value < self.objective - 1e-9 * max(1.0, abs(value)) and is_feasible(self.problem, x):
            self.x, self.objective = x.copy(), value
            self.report("solution")
            return True
        return False

    def raise_bound(self, value: float) -> None:
        if value > self.bound:
            self.bound = float(value)
            if time.perf_counter() - self._last >= PROGRESS_INTERVAL_S:
                self.report("progress")

    def report(self, event: str, objective: float | None = None) -> None:
        self._last = time.perf_counter()
        if self.progress is None:
            return
        objective = self.objective if objective is None else objective
        gap = relative_gap(objective, self.bound) if np.isfinite(objective) else np.inf
        self.progress(
            {
                "event": event,
                "objective": objective if np.isfinite(objective) else None,
                "bound": self.bound if np.isfinite(self.bound) else None,
                "gap": gap if np.isfinite(gap) else None,
                "runtime_s": self.elapsed(),
                "nodes": None,
            }
        )


def _price(part: Split) -> float:
    """A rough cost of meeting the targets: each relaxed target bought at its median cost per
    unit of amount. Sets the first step of the multipliers."""
    R = part.R.tocsc()
    cost = np.maximum(part.unary, _TINY)
    total = 0.0
    for j in range(R.shape[1]):
        rows = R.indices[R.indptr[j] : R.indptr[j + 1]]
        data = R.data[R.indptr[j] : R.indptr[j + 1]]
        positive = data > 0
        if positive.any():
            total += float(np.median(cost[rows[positive]] / data[positive])) * part.bound_target[j]
    return max(total, 1.0)


def relax(
    problem: Problem,
    *,
    run: _Run | None = None,
    repairs: bool = True,
    use_maxflow: bool | None = None,
    tolerance: float = DUAL_TOLERANCE,
    mip_gap: float = 0.0,
) -> tuple[float, np.ndarray | None, Dual]:
    """The Lagrangian bound and the best repaired plan (bound, plan or None, the search).

    Runs the bundle method until it converges or ``run`` says stop; with ``repairs``, cut
    solutions are repaired into plans as the bound settles.
    """
    if run is None:
        run = _Run(problem, None, None, None, None)
    part = split(problem)
    cut = MinCut(part.n, part.pi, part.pk, part.w, use_maxflow=use_maxflow)
    dual = Dual(part, cut, _price(part), tolerance)
    y = dual.start()
    run.raise_bound(dual.best)
    if part.relaxed.size == 0:
        # No target left to relax: the cut is the optimum.
        run.offer(part.full(y))
        return dual.best, run.x, dual
    repaired = 0
    repairing = 0.0  # seconds spent repairing
    began = time.perf_counter()
    while not dual.converged and not run.check():
        y = dual.step()
        run.raise_bound(dual.best)
        # Repair once the bound has settled to within a few per cent of the plan.
        settled = dual.predicted <= 0.02 * max(abs(dual.center_value), 1.0)
        # Repairs cost far more than cuts on large problems: at most a third of the time.
        spent = time.perf_counter() - began
        if repairs and settled and (repaired < 3 or repairing <= spent / 3):
            started = time.perf_counter()
            run.offer(part.full(repair(part, y)))
            repairing += time.perf_counter() - started
            repaired += 1
        if run.gap() <= mip_gap:
            break
    if repairs and not run.stopped:
        # The solutions of the best multipliers and of the last cuts with weight.
        _, _, y = dual.evaluate(dual.best_mu)
        run.offer(part.full(repair(part, y)))
        order = np.argsort(-dual.weights) if dual.weights.size else np.arange(0)
        for index in order[:8].tolist():
            if dual.weights[index] <= 1e-6 or run.check():
                break
            run.offer(part.full(repair(part, dual.solutions[index])))
    return dual.best, run.x, dual


def _highs_phase(
    problem: Problem,
    run: _Run,
    start: np.ndarray | None,
    time_limit: float | None,
    mip_gap: float,
    threads: int | None,
    verbose: bool,
    *,
    forward: bool,
) -> Solution | None:
    """HiGHS on ``problem`` from ``start``. With ``forward`` (``problem`` is the run's own),
    its reports go on with the best objective and bound of the whole run and raise the
    run's bound. None when HiGHS found nothing usable."""
    from . import highs

    def on_progress(info: dict) -> None:
        bound = info.get("bound")
        if bound is not None:
            run.bound = max(run.bound, float(bound))
        objective = info.get("objective")
        best = run.objective if objective is None else min(run.objective, float(objective))
        run.report(info.get("event") or "progress", objective=best)

    try:
        return highs.solve(
            problem,
            time_limit=time_limit,
            mip_gap=mip_gap,
            threads=threads,
            verbose=verbose,
            progress=on_progress if forward and run.progress is not None else None,
            should_cancel=run.should_cancel,
            should_stop=run.should_stop,
            warm_start=start,
        )
    except CancelledError:
        raise
    except InputError as error:
        LOG.debug("HiGHS found nothing usable after %.1f s: %s", run.elapsed(), error)
        return None


def _core(part: Split, dual: Dual, y: np.ndarray, first: bool, rng: np.random.Generator):
    """Free units of the next core (bool mask), or None when there is none to try.

    First, the units where the weighted cut solutions (the LP estimate) are fractional or
    differ from the plan, the most fractional first; then windows around a random unit on
    the plan's edge.
    """
    size = CORE_UNITS // 2
    if first:
        fractional = dual.fractional()
        if fractional is None:
            return None
        uncertain = ((fractional > 1e-3) & (fractional < 1 - 1e-3)) | (np.abs(fractional - y) > 0.5)
        chosen = np.flatnonzero(uncertain)
        if not chosen.size:
            return None
        closeness = np.abs(fractional[chosen] - 0.5)
        core = np.zeros(part.n, dtype=bool)
        core[chosen[np.argsort(closeness, kind="stable")][:size]] = True
        return core
    edges = y[part.pi] != y[part.pk]
    pool = np.unique(np.concatenate([part.pi[edges], part.pk[edges]]))
    if not pool.size:
        pool = np.arange(part.n)
    return _ball(part, int(rng.choice(pool)), size)


def _core_rounds(
    problem: Problem,
    part: Split,
    dual: Dual,
    run: _Run,
    mip_gap: float,
    threads: int | None,
    verbose: bool,
    until: float | None,
) -> None:
    """Large-neighbourhood search: HiGHS on cores of the plan (:func:`_core`), everything else
    fixed, until the gap is reached, the clock passes ``until`` (perf_counter seconds) or,
    without it, :data:`MAX_IDLE_CORES` cores in a row bring nothing."""
    rng = np.random.default_rng(0)
    rounds = idle = 0
    while run.gap() > mip_gap and not run.check():
        left = None if until is None else until - time.perf_counter()
        if left is not None and left < 1.0:
            break
        core = _core(part, dual, run.x[part.free], rounds == 0, rng)
        rounds += 1
        if core is None:
            continue
        mask = np.zeros(problem.n_units, dtype=bool)
        mask[part.free[core]] = True
        sub, units = restricted(problem, run.x, mask)
        limit = CORE_SECONDS if left is None else min(CORE_SECONDS, left)
        found = _highs_phase(
            sub, run, run.x[units], limit, mip_gap / 4, threads, verbose, forward=False
        )
        better = False
        if found is not None:
            x = run.x.copy()
            x[units] = found.selected
            better = run.offer(x)
            if found.status == "interrupted":
                run.stopped = True
        run.report("progress")
        idle = 0 if better else idle + 1
        if until is None and idle >= MAX_IDLE_CORES:
            break


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
    use_maxflow: bool | None = None,
) -> Solution:
    """Solve a minimum-set problem with a boundary penalty (module docstring); other problems
    go to HiGHS unchanged.

    Options mean what they mean for :func:`~.highs.solve`. The status is "optimal" when the
    gap reaches ``mip_gap``, "time limit" when the time ran out first and "interrupted" when
    ``should_stop`` ended the search; the bound is the best of the Lagrangian bound and
    HiGHS's.
    """
    from . import highs

    check_options(time_limit, mip_gap, threads)
    if not applicable(problem):
        return highs.solve(
            problem,
            time_limit=time_limit,
            mip_gap=mip_gap,
            threads=threads,
            verbose=verbose,
            progress=progress,
            should_cancel=should_cancel,
            should_stop=should_stop,
            warm_start=warm_start,
        )
    start = prepare(problem, warm_start)
    run = _Run(problem, time_limit, progress, should_cancel, should_stop)
    run.check()
    if start is not None:
        run.offer(start)

    bound, _, dual = relax(problem, run=run, use_maxflow=use_maxflow, mip_gap=mip_gap)
    part = dual.part
    LOG.log(
        logging.INFO if verbose else logging.DEBUG,
        "Lagrangian bound %.10g after %d cuts (%s), plan %.10g, %.1f s",
        bound,
        dual.evaluations,
        dual.cut.backend,
        run.objective,
        run.elapsed(),
    )
    if run.x is None:
        # No repaired plan yet (stopped early): the greedy heuristic gives one.
        from .greedy import greedy_min_set

        run.offer(greedy_min_set(problem))

    used_highs = highs_optimal = False
    if run.gap() > mip_gap and not run.check() and run.x is not None:
        # Cores first; on problems HiGHS can take whole, it gets the second half of the time
        # left (all of it without a time limit, once the cores stop paying).
        whole = part.n <= FULL_HIGHS_UNITS
        left = run.left()
        until = None if left is None else time.perf_counter() + (0.5 * left if whole else left)
        _core_rounds(problem, part, dual, run, mip_gap, threads, verbose, until)
        used_highs = True
        if (whole or run.deadline is None) and run.gap() > mip_gap and not run.check():
            found = _highs_phase(
                problem, run, run.x, run.left(), mip_gap, threads, verbose, forward=True
            )
            if found is not None:
                run.offer(found.selected)
                if np.isfinite(found.bound):
                    run.bound = max(run.bound, float(found.bound))
                highs_optimal = found.status == "optimal"
                if found.status == "interrupted":
                    run.stopped = True
    if run.x is None:  # pragma: no cover - the greedy selection meets every reachable target
        raise InputError(no_solution_message(version(), "time limit", time_limit))
    # A plan no worse than the bound proves the bound; never report a bound above the plan.
    bound = min(run.bound, run.objective)
    gap = relative_gap(run.objective, bound)
    if gap <= mip_gap or highs_optimal:
        status = "optimal"
    elif run.stopped:
        status = "interrupted"
    else:
        status = "time limit"
    name = f"Lagrangian cuts ({dual.cut.backend})"
    if used_highs:
        from .highs import version as highs_version

        name = f"{name} + {highs_version()}"
    return Solution(
        selected=run.x,
        status=status,
        objective=run.objective,
        bound=bound,
        gap=gap,
        runtime_s=run.elapsed(),
        solver=name,
        model_objective=run.objective,
        sense="min",
    )
