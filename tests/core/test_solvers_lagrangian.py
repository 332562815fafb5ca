"""The Lagrangian route for minimum set with a boundary penalty (core/solvers/lagrangian.py and
cuts.py), checked against brute force over every subset of small random problems.

The bound must hold for the problem exactly as ``objective_value`` defines it (edge factor,
locked units, Marxan's boundary), with either minimum-cut back end; plans must meet every
target; a gap of 0 must mean the optimum. Small problems only: timings live in bench/.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import scipy.sparse as sp

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import CancelledError
from cms_connectivity_plugin.core.problem import (
    Boundary,
    LockedIn,
    LockedOut,
    MaxCoverage,
    NeighbourConstraint,
    Problem,
    is_feasible,
    objective_value,
)
from cms_connectivity_plugin.core.solvers import cuts, lagrangian

BACKENDS = [
    pytest.param(
        True,
        id="pymaxflow",
        marks=pytest.mark.skipif(
            cuts._maxflow_module() is None, reason="PyMaxflow is not installed"
        ),
    ),
    pytest.param(False, id="scipy"),
]


def random_problem(seed: int, n: int | None = None) -> Problem:
    """Up to 14 units on a jittered grid with diagonal-free 4-neighbour edges of random
    length, some exposed edges, 1-4 features, locks in both fields and constraint objects,
    a random BLM and edge factor."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4, 15)) if n is None else n
    width = int(np.ceil(np.sqrt(n)))
    index = np.arange(n)
    right = index[(index % width < width - 1) & (index + 1 < n)]
    down = index[index + width < n]
    i = np.concatenate([right, down])
    j = np.concatenate([right + 1, down + width])
    keep = rng.random(i.size) < 0.9
    length = rng.uniform(0.1, 2.0, i.size)
    exposed = np.where(rng.random(n) < 0.5, rng.uniform(0.0, 2.0, n), 0.0)
    m = int(rng.integers(1, 5))
    amounts = np.where(rng.random((n, m)) < 0.6, rng.uniform(0.0, 4.0, (n, m)), 0.0)
    order = rng.permutation(n)
    locked_in = np.zeros(n, bool)
    locked_out = np.zeros(n, bool)
    locked_in[order[: rng.integers(0, 3)]] = True
    locked_out[order[3 : 3 + rng.integers(0, 3)]] = True
    more_in = np.zeros(n, bool)
    more_out = np.zeros(n, bool)
    spare = np.flatnonzero(~locked_in & ~locked_out)
    if spare.size > 4 and rng.random() < 0.5:
        more_in[spare[0]] = True
        more_out[spare[1]] = True
    attainable = amounts[~(locked_out | more_out)].sum(axis=0)
    return Problem(
        cost=rng.uniform(0.0, 5.0, n),
        amounts=sp.csr_matrix(amounts),
        targets=attainable * rng.uniform(0.1, 0.8, m),
        locked_in=locked_in,
        locked_out=locked_out,
        boundary=Boundary.from_pairs(n, i[keep], j[keep], length[keep], exposed),
        blm=float(rng.choice([0.05, 0.5, 2.0, 10.0])),
        edge_factor=float(rng.choice([0.0, 0.5, 1.0])),
        constraints=(LockedIn(mask=more_in), LockedOut(mask=more_out)),
    )


def brute_force(problem: Problem) -> float:
    """The optimum over every subset, by ``objective_value`` and ``is_feasible`` themselves."""
    n = problem.n_units
    X = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)
    ok = np.asarray(is_feasible(problem, X))
    return float(np.min(np.asarray(objective_value(problem, X))[ok]))


@pytest.mark.parametrize("seed", range(20))
def test_split_energy_is_the_objective(seed: int) -> None:
    """Substituting the locks keeps f(x) = constant + E(y) for every selection with the locks
    honoured, so a bound on E is a bound on f."""
    problem = random_problem(seed)
    part = lagrangian.split(problem)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        y = rng.random(part.n) < 0.5
        x = part.full(y)
        expected = objective_value(problem, x)
        assert part.constant + part.energy(y) == pytest.approx(expected, rel=1e-12, abs=1e-9)


@pytest.mark.parametrize("use_maxflow", BACKENDS)
def test_min_cut_against_brute_force(use_maxflow: bool) -> None:
    rng = np.random.default_rng(7)
    for _ in range(60):
        n = int(rng.integers(1, 10))
        pairs = np.array([(i, k) for i in range(n) for k in range(i + 1, n) if rng.random() < 0.4])
        pairs = pairs.reshape(-1, 2).astype(np.int64)
        w = rng.uniform(0.0, 2.0, len(pairs))
        cut = cuts.MinCut(n, pairs[:, 0], pairs[:, 1], w, use_maxflow=use_maxflow)
        X = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)
        for _ in range(3):  # the same graph with new unary terms (reused trees)
            a = rng.normal(0.0, 2.0, n)
            energies = X @ a + (X[:, pairs[:, 0]] != X[:, pairs[:, 1]]) @ w
            y, low = cut.minimise(a)
            assert low <= energies.min()
            assert cut.energy(a, y) == pytest.approx(energies.min(), rel=1e-9, abs=1e-9)
            assert energies.min() - low <= 1e-6 * (1.0 + np.abs(a).sum())


@pytest.mark.parametrize("use_maxflow", BACKENDS)
@pytest.mark.parametrize("seed", range(25))
def test_bound_below_optimum_below_plan(seed: int, use_maxflow: bool) -> None:
    problem = random_problem(seed)
    best = brute_force(problem)
    bound, plan, dual = lagrangian.relax(problem, use_maxflow=use_maxflow)
    assert bound <= best + 1e-9 * max(1.0, abs(best))
    # Every multiplier vector gives a valid bound, not only the best one.
    for mu in (np.zeros(dual.m), dual.best_mu * 0.5, dual.best_mu * 3.0 + 1.0):
        value, _, _ = dual.evaluate(mu)
        assert value <= best + 1e-9 * max(1.0, abs(best))
    if plan is not None:
        assert is_feasible(problem, plan)
        assert objective_value(problem, plan) >= best - 1e-9 * max(1.0, abs(best))


@pytest.mark.parametrize("seed", range(20))
def test_solve_is_exact_on_small_problems(seed: int) -> None:
    problem = random_problem(seed)
    best = brute_force(problem)
    solution = solvers.solve(problem, solver="lagrangian", mip_gap=0.0)
    assert is_feasible(problem, solution.selected)
    assert solution.objective == pytest.approx(objective_value(problem, solution.selected))
    assert solution.bound <= best + 1e-9 * max(1.0, abs(best))
    assert solution.objective == pytest.approx(best, rel=1e-7, abs=1e-7)
    assert solution.status == "optimal"
    assert solution.bound <= solution.objective


@pytest.mark.parametrize("seed", range(30))
def test_a_gap_of_zero_is_the_optimum(seed: int) -> None:
    """Whenever the bound proves the plan (gap 0, no HiGHS), the plan is the optimum."""
    problem = random_problem(seed)
    best = brute_force(problem)
    bound, plan, _ = lagrangian.relax(problem)
    if plan is not None and objective_value(problem, plan) - bound <= 1e-9 * max(1.0, abs(best)):
        assert objective_value(problem, plan) == pytest.approx(best, rel=1e-9, abs=1e-9)


def test_no_target_left_is_one_cut() -> None:
    """Targets met by the locked-in units alone: the single cut is the optimum, proven."""
    problem = random_problem(3)
    problem = dataclasses.replace(problem, targets=np.zeros(problem.n_features))
    solution = lagrangian.solve(problem, mip_gap=0.0)
    assert solution.gap == 0.0 and solution.status == "optimal"
    assert solution.objective == pytest.approx(brute_force(problem), rel=1e-9, abs=1e-9)
    assert solution.solver.startswith("Lagrangian")


def grid_problem(side: int, blm: float, seed: int = 0) -> Problem:
    """A side x side grid with smooth-ish random amounts: large enough for cores."""
    rng = np.random.default_rng(seed)
    n = side * side
    index = np.arange(n).reshape(side, side)
    i = np.concatenate([index[:, :-1].ravel(), index[:-1, :].ravel()])
    j = np.concatenate([index[:, 1:].ravel(), index[1:, :].ravel()])
    amounts = np.where(rng.random((n, 3)) < 0.4, rng.uniform(0.1, 1.0, (n, 3)), 0.0)
    return Problem(
        cost=rng.uniform(1.0, 10.0, n),
        amounts=sp.csr_matrix(amounts),
        targets=0.3 * amounts.sum(axis=0),
        boundary=Boundary.from_pairs(n, i, j, np.ones(i.size)),
        blm=blm,
    )


def test_progress_reports_valid_bounds_and_improving_plans() -> None:
    problem = grid_problem(8, 0.5)
    reports: list[dict] = []
    solution = lagrangian.solve(problem, mip_gap=0.0, progress=reports.append)
    assert reports
    assert set(reports[0]) == {"event", "objective", "bound", "gap", "runtime_s", "nodes"}
    found = [r["objective"] for r in reports if r["event"] == "solution"]
    assert found == sorted(found, reverse=True)
    bounds = [r["bound"] for r in reports if r["bound"] is not None]
    assert max(bounds) <= solution.objective + 1e-9
    assert solution.bound <= solution.objective


def test_cancel_and_stop() -> None:
    problem = grid_problem(10, 0.5)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CancelledError):
        lagrangian.solve(problem, mip_gap=0.0, should_cancel=cancel)

    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 30

    solution = lagrangian.solve(problem, mip_gap=0.0, should_stop=stop)
    assert is_feasible(problem, solution.selected)
    assert solution.status in ("interrupted", "optimal")
    assert solution.bound <= solution.objective


def test_cores_keep_the_objective_up_to_a_constant() -> None:
    """The restricted problem of a core differs from the whole by a constant, for every
    selection equal to the plan outside the core."""
    problem = grid_problem(6, 0.7, seed=2)
    rng = np.random.default_rng(0)
    plan = rng.random(problem.n_units) < 0.5
    core = rng.random(problem.n_units) < 0.3
    sub, units = lagrangian.restricted(problem, plan, core)
    offsets = []
    for _ in range(10):
        x = plan.copy()
        flips = core & (rng.random(problem.n_units) < 0.5)
        x[flips] = ~x[flips]
        offsets.append(objective_value(problem, x) - objective_value(sub, x[units]))
        assert np.all(sub.locked_in | sub.locked_out | core[units])
    assert np.ptp(offsets) == pytest.approx(0.0, abs=1e-9)


def test_default_route_and_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = grid_problem(6, 0.5)
    assert solvers.default_solver(problem) is None  # small: HiGHS
    monkeypatch.setattr(lagrangian, "MIN_UNITS", 10)
    assert solvers.default_solver(problem) == "lagrangian"
    solution = solvers.solve(problem, mip_gap=0.0)
    assert solution.solver.startswith("Lagrangian")
    assert solution.objective == pytest.approx(
        solvers.solve(problem, solver="highs", mip_gap=0.0).objective, rel=1e-9
    )
    # Not this method's problems: HiGHS, with or without the name asked for.
    no_blm = dataclasses.replace(problem, blm=0.0)
    budget = dataclasses.replace(problem, objective=MaxCoverage(budget=10.0))
    neighbours = dataclasses.replace(problem, constraints=(NeighbourConstraint(min_neighbours=1),))
    for other in (no_blm, budget, neighbours):
        assert not lagrangian.applicable(other)
        assert solvers.default_solver(other) is None
        assert solvers.solve(other, solver="lagrangian", mip_gap=0.0).solver.startswith("HiGHS")


def test_scipy_cuts_when_pymaxflow_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cuts, "_maxflow_module", lambda: None)
    assert cuts.backend_name() == "SciPy maximum_flow"
    problem = random_problem(11)
    solution = lagrangian.solve(problem, mip_gap=0.0)
    assert solution.objective == pytest.approx(brute_force(problem), rel=1e-7, abs=1e-7)
    assert "SciPy" in solution.solver


def test_the_method_name_is_translated_for_readers_product_names_are_not() -> None:
    from cms_connectivity_plugin.core import i18n

    problem = random_problem(12)
    name = lagrangian.solve(problem, mip_gap=0.0).solver
    assert name.startswith("Lagrangian cuts (")
    i18n.set_translator(
        lambda context, text: {"Lagrangian cuts": "Coupes lagrangiennes"}.get(text, text)
    )
    try:
        shown = solvers.solver_label(name)
    finally:
        i18n.set_translator(None)
    assert shown == name.replace("Lagrangian cuts", "Coupes lagrangiennes")
    assert solvers.solver_label("HiGHS 1.15.1") == "HiGHS 1.15.1"
