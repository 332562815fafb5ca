"""Portfolios of near-optimal solutions, selection frequency and irreplaceability.

One optimum hides how many other selections are nearly as good. As in prioritizr's portfolios
(``add_cuts_portfolio``, ``add_gap_portfolio``, ``add_shuffle_portfolio``) and Marxan's summed
solution, :func:`diverse_solutions` returns k distinct near-optimal selections and
:func:`selection_frequency` says how often each unit is chosen among them.
:func:`replacement_cost` (prioritizr ``eval_replacement_importance``, Cabeza & Moilanen 2006)
prices each selected unit by re-solving without it; :func:`ferrier_importance` is a fast
approximation computed from the amounts alone, with no solving.

On a Dask cluster (``client=``, or the choice stored by :func:`.cluster.use`) the independent
solves run on the workers: the shuffle portfolio's perturbed solves (in waves, read in the
order they were drawn, so the portfolio is the one found in-process) and the replacement cost's
one solve per unit. The cuts and gap portfolios are a chain (each cut needs the solution
before it) and stay in-process. ``task_progress(done, total)`` hears of each finished solve
on the cluster and ``should_cancel`` (a solver option) cancels the outstanding ones.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Union

import numpy as np
import scipy.sparse as sp

from . import cluster, solvers
from .errors import InputError
from .i18n import tr
from .problem import (
    InfeasibleError,
    MilpBuilder,
    MilpModel,
    MinSet,
    ModelInfeasibleError,
    Problem,
    Solution,
    build_milp,
    objective_value,
    relative_gap,
    targets_met,
)
from .solvers.greedy import greedy_min_set

LOG = logging.getLogger(__name__)

#: Ways :func:`diverse_solutions` can build a portfolio.
METHODS: tuple[str, ...] = ("cuts", "shuffle", "gap")

#: Shuffled solves tried per missing solution before the shuffle portfolio gives up.
SHUFFLE_TRIES_PER_SOLUTION = 4

Selection = Union[Solution, np.ndarray, Sequence[bool]]


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _as_selection(problem: Problem, selected: Selection) -> np.ndarray:
    """A copy of a selection as one bool per unit, from a Solution or an array."""
    x = selected.selected if isinstance(selected, Solution) else selected
    x = np.array(x, dtype=bool)
    if x.shape != (problem.n_units,):
        raise InputError(
            tr("The selection has shape {shape}; give one flag per planning unit ({n}).").format(
                shape=x.shape, n=problem.n_units
            )
        )
    return x


def _count(value: object, what: str, least: int) -> int:
    """An integer of at least ``least``, or an InputError naming ``what``."""
    number = (
        int(value) if isinstance(value, (int, np.integer)) and not isinstance(value, bool) else None
    )
    if number is None or number < least:
        raise InputError(
            tr("The {what} is {value}; give a whole number of {least} or more.").format(
                what=what, value=value, least=least
            )
        )
    return number


def _is_infeasible(error: InputError) -> bool:
    """Whether a solver error is a proof that no selection satisfies the problem.

    Unreachable targets raise :class:`InfeasibleError` before solving; a solver's proof raises
    :class:`ModelInfeasibleError` (``status == "infeasible"``). Anything else (a time limit
    reached before any selection was found, ...) is not.
    """
    return isinstance(error, (InfeasibleError, ModelInfeasibleError)) or (
        getattr(error, "status", None) == "infeasible"
    )


def require_exact(solve_kw: dict[str, Any], what: str) -> None:
    """Refuse heuristic back ends where constraints or proven optima are needed."""
    solver = solve_kw.get("solver")
    if solver is not None and solver not in solvers.EXACT:
        raise InputError(
            tr(
                "{what} needs an exact solver ({choices}); '{solver}' ignores constraints and "
                "proves nothing."
            ).format(what=what, choices=", ".join(solvers.EXACT), solver=solver)
        )


def _restated(problem: Problem, model: MilpModel, solution: Solution, bound: float) -> Solution:
    """The solution scored on ``problem`` (built as ``model``), its gap taken against ``bound``.

    Portfolio members are solved on narrowed (cuts) or perturbed (shuffle) copies; their true
    value is the original objective, and the proven bound of the original problem says how
    far each one can be from the optimum.
    """
    x = solution.selected
    objective = objective_value(problem, x)
    sense = problem.objective.sense
    return dataclasses.replace(
        solution,
        objective=objective,
        bound=bound,
        gap=relative_gap(objective, bound, sense),
        model_objective=model.objective_of(model.columns_for(x)),
        sense=sense,
    )


# --------------------------------------------------------------------------------------------
# Constraints used by the portfolios
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class NoGoodCut:
    """Exclude the selection S and every selection within ``min_changes - 1`` flips of it.

    sum_{i in S} (1 - x_i) + sum_{i not in S} x_i >= min_changes: the Hamming distance from x to
    S must be at least min_changes. Written as one row over all units,
    sum_{i not in S} x_i - sum_{i in S} x_i >= min_changes - |S|
    (Balas & Jeroslow 1972, canonical cuts on the unit hypercube; prioritizr
    ``add_cuts_portfolio``). Add it with
    ``dataclasses.replace(problem, constraints=problem.constraints + (cut,))``.
    """

    selected: np.ndarray
    min_changes: int = 1

    def __post_init__(self) -> None:
        x = self.selected.selected if isinstance(self.selected, Solution) else self.selected
        x = np.array(x, dtype=bool)
        if x.ndim != 1:
            raise InputError(
                tr("A no-good cut needs one flag per planning unit, not shape {shape}.").format(
                    shape=x.shape
                )
            )
        object.__setattr__(self, "selected", x)
        object.__setattr__(
            self, "min_changes", _count(self.min_changes, tr("minimum number of changes"), 1)
        )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
        n = problem.n_units
        if self.selected.size != n:
            raise InputError(
                tr(
                    "A no-good cut has {count} flags but the problem has {n} planning units."
                ).format(count=self.selected.size, n=n)
            )
        coefficients = np.where(self.selected, -1.0, 1.0)
        lower = float(self.min_changes - np.count_nonzero(self.selected))
        builder.add_rows(
            np.zeros(n, dtype=np.int64), x0 + np.arange(n), coefficients, lower, np.inf, count=1
        )

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """Hamming distance from S of each row of the (k, n) stack X is >= min_changes."""
        return np.count_nonzero(np.asarray(X, dtype=bool) != self.selected, axis=1) >= (
            self.min_changes
        )


@dataclass(frozen=True, eq=False)
class ObjectiveBound:
    """Keep the programme's objective at or below ``limit``: c . v + offset <= limit.

    c and the offset are the minimised objective of the programme built without this
    constraint (every objective term, penalty and auxiliary column), so the bound applies to
    the whole objective, boundary included, in the programme's own (minimising) form. Its
    columns are the builder's first columns; constraints added after this one may only add
    columns with no objective coefficient. Used by the gap portfolio (prioritizr
    ``add_gap_portfolio``: every solution within a relative gap of the optimum).
    """

    limit: float

    def _model(self, problem: Problem) -> MilpModel:
        others = tuple(c for c in problem.constraints if c is not self)
        return build_milp(dataclasses.replace(problem, constraints=others))

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
        model = self._model(problem)
        cols = np.flatnonzero(model.c)
        if cols.size and cols[-1] >= builder.n_cols:
            raise InputError(
                tr(
                    "The objective bound must come after every objective and penalty term; "
                    "add it as the last constraint."
                )
            )
        builder.add_rows(
            np.zeros(cols.size, dtype=np.int64),
            cols,
            model.c[cols],
            -np.inf,
            float(self.limit) - model.offset,
            count=1,
        )

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """Each selection's programme objective (auxiliary columns filled) is <= limit."""
        model = self._model(problem)
        values = np.array([model.objective_of(model.columns_for(x)) for x in X])
        return values <= self.limit + 1e-7 * max(1.0, abs(self.limit))


# --------------------------------------------------------------------------------------------
# Portfolios
# --------------------------------------------------------------------------------------------


class Portfolio(list):
    """Solutions in the order found, plus why fewer than requested were found, if so.

    A plain list of :class:`Solution` to every caller that needs no more; ``note`` is an empty
    string when all ``requested`` solutions were found, else one translated line for the user.
    """

    def __init__(
        self, solutions: Iterable[Solution] = (), *, requested: int, method: str, note: str = ""
    ) -> None:
        super().__init__(solutions)
        self.requested = int(requested)
        self.method = method
        self.note = note


def diverse_solutions(
    problem: Problem,
    k: int,
    *,
    min_changes: int = 1,
    method: str = "cuts",
    gap: float = 0.1,
    seed: int = 0,
    client: Any = None,
    task_progress: cluster.TaskProgress | None = None,
    **solve_kw: Any,
) -> Portfolio:
    """k distinct near-optimal selections, each differing from all others in >= min_changes units.

    The first solution is always the optimum of ``problem`` itself (up to the solver's gap).

    - ``"cuts"`` (prioritizr ``add_cuts_portfolio``): solve, add a :class:`NoGoodCut` around the
      solution, solve again. Solved to optimality (``mip_gap=0``) this enumerates the k best
      selections in order of objective. Stops early, with :attr:`Portfolio.note`, when no
      further selection satisfies the problem.
    - ``"gap"`` (prioritizr ``add_gap_portfolio``): the same cuts plus an
      :class:`ObjectiveBound` z <= z* + gap * |z*| on the programme's minimised objective z
      (z* at the first solution; for the minimum set z is cost + BLM * boundary + penalties),
      so every solution lies within ``gap`` (relative) of the optimum; stops early, with a
      note, when none is left there.
    - ``"shuffle"`` (after prioritizr ``add_shuffle_portfolio``, which reorders the data to
      break ties; here the costs are perturbed instead), minimum-set objective only: re-solve
      with each cost multiplied by an independent u_i ~ U(1 - e, 1 + e), e = gap / (2 + gap),
      drawn from ``numpy.random.default_rng(seed)``. If x' is optimal for the perturbed costs
      c' and x* for c, with penalties P >= 0: c.x' + P(x') <= (c'.x' + P(x')) / (1 - e) <=
      (c'.x* + P(x*)) / (1 - e) <= (1 + e) / (1 - e) (c.x* + P(x*)), and
      (1 + e) / (1 - e) = 1 + gap: every exactly solved shuffle is within ``gap`` of the
      optimum. Selections within ``min_changes - 1`` flips of an earlier one are dropped as
      duplicates; the search gives up, with a note, after
      :data:`SHUFFLE_TRIES_PER_SOLUTION` tries per missing solution.

    Every solution reports its true objective on the original ``problem`` (in its own sense),
    the original problem's proven bound and its gap to that bound. ``solve_kw`` go to
    :func:`~.solvers.solve` for every solve (``mip_gap=0`` for exact enumeration).
    ``client`` runs the shuffle's solves on a Dask cluster (see the module docstring).
    """
    k = _count(k, tr("number of solutions"), 1)
    min_changes = _count(min_changes, tr("minimum number of changes"), 1)
    if method not in METHODS:
        raise InputError(
            tr("Unknown portfolio method '{method}': use one of {choices}.").format(
                method=method, choices=", ".join(METHODS)
            )
        )
    gap = float(gap)
    if not (np.isfinite(gap) and gap >= 0):
        raise InputError(
            tr("The portfolio gap is {value}; give a fraction of 0 or more, e.g. 0.1.").format(
                value=gap
            )
        )
    if method == "shuffle" and not isinstance(problem.objective, MinSet):
        raise InputError(
            tr(
                "The shuffle portfolio perturbs unit costs, which only the minimum-set objective "
                "minimises; use the cuts or gap method with {objective}."
            ).format(objective=type(problem.objective).__name__)
        )
    if method != "shuffle":
        require_exact(solve_kw, tr("The {method} portfolio").format(method=method))
    solve_kw.pop("warm_start", None)

    model = build_milp(problem)
    first = solvers.solve(problem, **solve_kw)
    bound = first.bound
    found = [_restated(problem, model, first, bound)]
    if method == "shuffle":
        note = _shuffle(
            problem, model, found, k, min_changes, gap, seed, solve_kw, client, task_progress
        )
    else:
        limit = None
        if method == "gap":
            best = found[0].model_objective
            limit = best + gap * abs(best)
        note = _cuts(problem, model, found, k, min_changes, limit, gap, solve_kw)
    if note:
        LOG.warning(note)
    return Portfolio(found, requested=k, method=method, note=note)


def _cuts(
    problem: Problem,
    model: MilpModel,
    found: list[Solution],
    k: int,
    min_changes: int,
    limit: float | None,
    gap: float,
    solve_kw: dict[str, Any],
) -> str:
    """Extend ``found`` by no-good cuts (and an objective bound); return the note, if any."""
    tail = () if limit is None else (ObjectiveBound(limit),)
    cuts: list[NoGoodCut] = []
    bound = found[0].bound
    while len(found) < k:
        cuts.append(NoGoodCut(found[-1].selected, min_changes))
        narrowed = dataclasses.replace(
            problem, constraints=problem.constraints + tuple(cuts) + tail
        )
        try:
            solution = solvers.solve(narrowed, **solve_kw)
        except InputError as error:
            if not _is_infeasible(error):
                return tr("Stopped after {found} of {k} solutions: {reason}").format(
                    found=len(found), k=k, reason=error
                )
            if limit is None:
                return tr(
                    "Only {found} of the {k} solutions asked for exist: no other selection "
                    "satisfies the problem and differs from all earlier ones in at least "
                    "{changes} unit(s)."
                ).format(found=len(found), k=k, changes=min_changes)
            return tr(
                "Only {found} of the {k} solutions asked for lie within {gap:.1%} of the "
                "optimum and differ from each other in at least {changes} unit(s)."
            ).format(found=len(found), k=k, gap=gap, changes=min_changes)
        found.append(_restated(problem, model, solution, bound))
    return ""


def _shuffle(
    problem: Problem,
    model: MilpModel,
    found: list[Solution],
    k: int,
    min_changes: int,
    gap: float,
    seed: int,
    solve_kw: dict[str, Any],
    client: Any = None,
    task_progress: cluster.TaskProgress | None = None,
) -> str:
    """Extend ``found`` by cost-perturbed solves; return the note, if any.

    On a cluster the draws are the same, solved in waves of as many tries as solutions are
    missing (at least one per worker) and read in the order drawn, so the same portfolio is
    found; a wave's solves after the k-th solution are wasted, not used.
    """
    rng = np.random.default_rng(seed)
    spread = gap / (2.0 + gap)
    chosen = found[0].selected[None, :]
    bound = found[0].bound
    tries = SHUFFLE_TRIES_PER_SOLUTION * (k - 1)
    solutions = _shuffled_solves(
        problem, rng, spread, tries, k, found, solve_kw, cluster.resolve(client), task_progress
    )
    for solution in solutions:
        if len(found) >= k:
            return ""
        changes = np.count_nonzero(chosen != solution.selected, axis=1)
        if changes.min() < min_changes:
            continue
        chosen = np.vstack([chosen, solution.selected])
        found.append(_restated(problem, model, solution, bound))
    if len(found) >= k:
        return ""
    return tr(
        "Only {found} of the {k} solutions asked for were found in {tries} shuffled solves; "
        "allow a larger gap (now {gap:.1%}) or use the cuts method."
    ).format(found=len(found), k=k, tries=tries, gap=gap)


def _perturbed(problem: Problem, factors: np.ndarray) -> Problem:
    return dataclasses.replace(problem, cost=problem.cost * factors)


def _shuffle_task(problem: Problem, factors: np.ndarray, options: dict[str, Any]) -> Any:
    """On a worker: one shuffled solve (a :class:`~.cluster.Failed` on a solver error)."""
    return cluster.solve_remote(_perturbed(problem, factors), options)


def _shuffled_solves(
    problem: Problem,
    rng: np.random.Generator,
    spread: float,
    tries: int,
    k: int,
    found: list[Solution],
    solve_kw: dict[str, Any],
    client: Any,
    task_progress: cluster.TaskProgress | None,
) -> Iterator[Solution]:
    """The shuffled solves in the order of their draws, here or on ``client``'s workers.

    The caller stops reading when it has k solutions (``found`` grows as it reads).
    """
    if client is None:
        for _ in range(tries):
            if len(found) >= k:
                return
            factors = rng.uniform(1.0 - spread, 1.0 + spread, problem.n_units)
            yield solvers.solve(_perturbed(problem, factors), **solve_kw)
        return
    shared = client.scatter(problem, hash=False)
    options = cluster.remote_options(solve_kw)
    drawn = 0
    while drawn < tries and len(found) < k:
        wave = min(tries - drawn, max(k - len(found), cluster.worker_count(client)))
        items = [
            (shared, rng.uniform(1.0 - spread, 1.0 + spread, problem.n_units), options)
            for _ in range(wave)
        ]
        results = cluster.map_tasks(
            client,
            _shuffle_task,
            items,
            what=tr("solving the shuffled portfolio"),
            should_cancel=solve_kw.get("should_cancel"),
            task_progress=(
                None
                if task_progress is None
                else lambda done, total, before=drawn: task_progress(before + done, before + total)
            ),
        )
        drawn += wave
        for result in results:
            if isinstance(result, cluster.Failed):
                raise result.error()
            yield result
            if len(found) >= k:
                return


def _stack(solutions: Iterable[Selection]) -> np.ndarray:
    """Selections as a (k, n) bool array."""
    rows = [np.asarray(s.selected if isinstance(s, Solution) else s, dtype=bool) for s in solutions]
    if not rows:
        raise InputError(tr("The portfolio is empty: give at least one solution."))
    sizes = {row.shape for row in rows}
    if len(sizes) != 1 or rows[0].ndim != 1:
        raise InputError(
            tr("The solutions have different shapes ({shapes}); give one flag per unit.").format(
                shapes=", ".join(sorted(str(s) for s in sizes))
            )
        )
    return np.vstack(rows)


def summed_solution(solutions: Iterable[Selection]) -> np.ndarray:
    """How many solutions select each unit (Marxan's summed solution, ``_ssoln``)."""
    return _stack(solutions).sum(axis=0, dtype=np.int64)


def selection_frequency(solutions: Iterable[Selection]) -> np.ndarray:
    """Share of the solutions selecting each unit: the summed solution divided by k."""
    return _stack(solutions).mean(axis=0)


# --------------------------------------------------------------------------------------------
# Irreplaceability
# --------------------------------------------------------------------------------------------


def _unit_indices(problem: Problem, units: Sequence[int] | np.ndarray) -> np.ndarray:
    """Unit indices from a bool mask or a list of 0-based indices."""
    given = np.asarray(units)
    n = problem.n_units
    if given.dtype == bool:
        if given.shape != (n,):
            raise InputError(
                tr(
                    "The unit mask has shape {shape}; give one flag per planning unit ({n})."
                ).format(shape=given.shape, n=n)
            )
        return np.flatnonzero(given)
    if given.size and not np.issubdtype(given.dtype, np.integer):
        raise InputError(tr("Give the units to evaluate as 0-based indices or as a mask."))
    index = given.astype(np.intp).ravel()
    bad = index[(index < 0) | (index >= n)]
    if bad.size:
        raise InputError(
            tr("Units {units} are outside 0..{last}.").format(
                units=", ".join(str(b) for b in bad[:5]), last=n - 1
            )
        )
    return np.unique(index)


def sole_suppliers(problem: Problem, units: np.ndarray) -> np.ndarray:
    """For each unit in ``units``: can some target not be met at all without it?

    True when sum_{k not locked out, k != i} r_kj < T_j for a feature j (within the target
    tolerance; locks from fields and constraints): no selection without unit i meets the
    targets, so its replacement cost is infinite. One pass over the units' nonzero amounts.
    """
    units = np.asarray(units, dtype=np.intp)
    _, locked_out = problem.effective_locks()
    available = ~locked_out
    most = np.asarray(problem.amounts.T @ available.astype(float), dtype=float).ravel()
    rows = problem.amounts[units].tocoo()
    without = most[rows.col] - np.where(available[units][rows.row], rows.data, 0.0)
    short = ~targets_met(problem.targets[rows.col], without)
    flag = np.zeros(units.size, dtype=bool)
    flag[rows.row[short]] = True
    return flag


def replacement_cost(
    problem: Problem,
    solution: Selection,
    *,
    units: Sequence[int] | np.ndarray | None = None,
    client: Any = None,
    task_progress: cluster.TaskProgress | None = None,
    **solve_kw: Any,
) -> np.ndarray:
    """Replacement cost of each selected unit (prioritizr ``eval_replacement_importance``).

    RC_i = opt(problem with unit i locked out) - objective(solution) for a minimisation, and
    objective(solution) - opt(...) for a maximisation (prioritizr flips the sign the same
    way), for each selected unit i (Cabeza & Moilanen 2006; prioritizr re-solves the same way
    and subtracts the objective of the given solution). It is what losing unit i would cost
    if the rest of the plan were re-optimised: inf when no selection without i satisfies the
    problem (the unit is irreplaceable), 0 when another selection is as good. Units that are
    not selected get 0; locked-in units get inf, as in prioritizr (they cannot be given up);
    selected units left out of ``units`` get NaN (not evaluated). With an optimal
    ``solution`` RC_i >= 0; a worse solution can give negative values.

    With hard targets (minimum set), units that alone make some target reachable are found
    for all units at once (:func:`sole_suppliers`) and never solved, and each other unit's
    solve is warm-started from the solution without it, completed by the greedy heuristic
    (:func:`~.solvers.greedy.greedy_min_set` with the rest locked in); budget objectives
    start from the solution without the unit.
    ``units`` (indices or mask) limits the work on large problems. ``solve_kw`` go to
    :func:`~.solvers.solve`; the default ``mip_gap`` here is 0, since the scores are
    differences between near-equal objectives. ``client`` runs the one solve per unit on a
    Dask cluster (see the module docstring); the scores are the same.
    """
    x = _as_selection(problem, solution)
    require_exact(solve_kw, tr("Replacement cost"))
    problem.validate()
    n = problem.n_units
    result = np.zeros(n)
    chosen = np.flatnonzero(x)
    if units is not None:
        wanted = _unit_indices(problem, units)
        result[np.setdiff1d(chosen, wanted)] = np.nan
        chosen = np.intersect1d(chosen, wanted)
    locked_in, _ = problem.effective_locks()
    locked = locked_in[chosen]
    result[chosen[locked]] = np.inf
    chosen = chosen[~locked]
    hard_targets = problem.objective.hard_targets
    alone = sole_suppliers(problem, chosen) if hard_targets else np.zeros(chosen.size, bool)
    result[chosen[alone]] = np.inf

    options = {"mip_gap": 0.0, **solve_kw}
    options.pop("warm_start", None)
    sign = 1.0 if problem.objective.sense == "min" else -1.0
    baseline = objective_value(problem, x)
    tolerance = 1e-9 * max(1.0, abs(baseline))
    todo = chosen[~alone]
    client = cluster.resolve(client) if todo.size else None
    if client is None:
        for i in todo:
            result[i] = _replacement_of(
                problem, int(i), x, options, hard_targets, baseline, sign, tolerance
            )
        return result
    shared = client.scatter(problem, hash=False)
    remote = cluster.remote_options(options)
    values = cluster.map_tasks(
        client,
        _replacement_task,
        [(shared, int(i), x, remote, hard_targets, baseline, sign, tolerance) for i in todo],
        what=tr("computing replacement costs"),
        should_cancel=options.get("should_cancel"),
        task_progress=task_progress,
    )
    for i, value in zip(todo, values):
        if isinstance(value, cluster.Failed):
            raise value.error()
        result[i] = value
    return result


def _replacement_of(
    problem: Problem,
    i: int,
    x: np.ndarray,
    options: dict[str, Any],
    hard_targets: bool,
    baseline: float,
    sign: float,
    tolerance: float,
) -> float:
    """Replacement cost of selected unit i (inf when no selection without it is feasible)."""
    locked_out = problem.locked_out.copy()
    locked_out[i] = True
    variant = dataclasses.replace(problem, locked_out=locked_out)
    start = x.copy()
    start[i] = False
    if hard_targets:
        # Complete the rest of the plan greedily: the solution without i, locked in.
        start = greedy_min_set(dataclasses.replace(variant, locked_in=variant.locked_in | start))
    try:
        found = solvers.solve(variant, warm_start=start, **options)
    except InputError as error:
        if not _is_infeasible(error):
            raise
        return np.inf
    value = sign * (objective_value(problem, found.selected) - baseline)
    return 0.0 if abs(value) <= tolerance else value


def _replacement_task(*args: Any) -> Any:
    """On a worker: :func:`_replacement_of`, or a :class:`~.cluster.Failed`."""
    try:
        return _replacement_of(*args)
    except InputError as error:
        return cluster.Failed(str(error), False)


@dataclass(frozen=True, eq=False)
class Importance:
    """Per-unit, per-feature importance scores and their combination.

    ``per_feature`` is units x features (CSR) with p_ij in [0, 1]; ``total`` the combined score
    per unit; ``irreplaceable`` marks units without which some target cannot be met.
    """

    per_feature: sp.csr_matrix
    total: np.ndarray
    irreplaceable: np.ndarray


def ferrier_importance(problem: Problem, solution: Selection) -> Importance:
    """Fast, solver-free importance of each selected unit for each feature's target.

    Ferrier-style in spirit (Ferrier, Pressey & Barrett 2000: how likely a unit is to be
    needed to meet the targets), but NOT the statistical formula of prioritizr's
    ``eval_ferrier_importance``, whose documentation does not state it. This is a documented
    approximation instead, one vectorised pass over the nonzero amounts:

    For the selection S and feature j: spare_j = sum_{k in S} r_kj - T_j (what S holds above
    the target) and outside_j = sum_{k not in S, not locked out} r_kj (what could replace a
    loss). Losing selected unit i leaves a deficit d_ij = r_ij - spare_j, and

        p_ij = 0                    if d_ij <= 0 (S still meets target j without i),
        p_ij = min(1, d_ij / outside_j) otherwise (1 when outside_j = 0),

    the share of the remaining supply of j that replacing i would use up: 1 when it takes all
    of it, and also when d_ij > outside_j, where no replacement exists (``irreplaceable``;
    :func:`replacement_cost` is infinite there). Combined across features as the chance that
    the unit is needed for at least one feature, were the features independent:
    total_i = 1 - prod_j (1 - p_ij). Unselected units score 0. Meant for selections that
    meet their targets; for scores that account for cost, use :func:`replacement_cost`.
    """
    x = _as_selection(problem, solution)
    problem.validate()
    n, m = problem.n_units, problem.n_features
    A = problem.amounts.tocoo()
    _, locked_out = problem.effective_locks()
    available = ~locked_out
    held = np.asarray(problem.amounts.T @ x.astype(float), dtype=float).ravel()
    outside = np.asarray(problem.amounts.T @ (available & ~x).astype(float), dtype=float).ravel()
    spare = held - problem.targets

    keep = x[A.row]
    rows, cols, amount = A.row[keep], A.col[keep], A.data[keep]
    deficit = amount - spare[cols]
    # d_ij > 0 beyond the tolerance used for targets: S would fall short without unit i.
    needed = ~targets_met(problem.targets[cols], problem.targets[cols] - deficit)
    rows, cols, deficit = rows[needed], cols[needed], deficit[needed]
    supply = outside[cols]
    sole = ~targets_met(deficit, supply)
    share = np.where(sole, 1.0, deficit / np.where(supply > 0, supply, 1.0))
    share = np.clip(share, 0.0, 1.0)

    per_feature = sp.csr_matrix((share, (rows, cols)), shape=(n, m))
    full = share >= 1.0
    log_keep = np.bincount(rows, weights=np.log1p(-np.where(full, 0.0, share)), minlength=n)
    total = 1.0 - np.exp(log_keep)
    total[rows[full]] = 1.0
    irreplaceable = np.zeros(n, dtype=bool)
    irreplaceable[rows[sole]] = True
    return Importance(per_feature=per_feature, total=total, irreplaceable=irreplaceable)
