"""Portfolios, selection frequency and irreplaceability, checked against brute force.

Problems have at most 9 units, so every one of the 2**n selections is scored independently of
the MILP (held amounts, locks, cost + BLM * Marxan boundary written out here).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import scipy.sparse as sp

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.portfolio import (
    NoGoodCut,
    Portfolio,
    diverse_solutions,
    ferrier_importance,
    replacement_cost,
    selection_frequency,
    sole_suppliers,
    summed_solution,
)
from cms_connectivity_plugin.core.problem import (
    Boundary,
    MaxCoverage,
    Problem,
    build_milp,
    is_feasible,
    objective_value,
)

EXACT = {"mip_gap": 0.0}


# --------------------------------------------------------------------------------------------
# Small problems and an independent brute force
# --------------------------------------------------------------------------------------------


def grid_problem(seed: int, blm: float = 0.0, rows: int = 2, cols: int = 4) -> Problem:
    """Units on a rows x cols grid with rook adjacency; random costs, amounts and edges."""
    rng = np.random.default_rng(seed)
    n = rows * cols
    index = np.arange(n).reshape(rows, cols)
    pairs = np.concatenate(
        [
            np.column_stack([index[:, :-1].ravel(), index[:, 1:].ravel()]),
            np.column_stack([index[:-1, :].ravel(), index[1:, :].ravel()]),
        ]
    )
    m = 3
    amounts = np.where(rng.random((n, m)) < 0.6, rng.uniform(0.5, 4.0, (n, m)), 0.0)
    amounts[rng.integers(0, n, m), np.arange(m)] += 1.0  # every feature occurs somewhere
    return Problem(
        cost=rng.uniform(1.0, 6.0, n),
        amounts=sp.csr_matrix(amounts),
        targets=amounts.sum(axis=0) * rng.uniform(0.3, 0.5, m),
        boundary=Boundary.from_pairs(
            n, pairs[:, 0], pairs[:, 1], rng.uniform(0.5, 2.0, len(pairs)), rng.uniform(0, 2, n)
        ),
        blm=blm,
    )


def all_subsets(n: int) -> np.ndarray:
    return ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)


def brute_force(problem: Problem) -> tuple[np.ndarray, np.ndarray]:
    """Every feasible selection (rows) and its objective, cheapest first."""
    X = all_subsets(problem.n_units)
    held = X.astype(float) @ problem.amounts.toarray()
    ok = (
        np.all(held >= problem.targets * (1 - 1e-9), axis=1)
        & np.all(X[:, problem.locked_in], axis=1)
        & ~np.any(X[:, problem.locked_out], axis=1)
    )
    value = X @ problem.cost
    if problem.boundary is not None and problem.blm > 0:
        b = problem.boundary
        cut = X[:, b.i] != X[:, b.j]
        value = value + problem.blm * (cut @ b.length + problem.edge_factor * (X @ b.exposed))
    X, value = X[ok], value[ok]
    order = np.argsort(value, kind="stable")
    return X[order], value[order]


def as_keys(X: np.ndarray) -> set[bytes]:
    return {np.packbits(row).tobytes() for row in np.atleast_2d(X)}


def check_portfolio(problem: Problem, portfolio: list, min_changes: int) -> np.ndarray:
    """Every solution feasible, with its true objective, and far enough from all earlier ones."""
    X = np.array([s.selected for s in portfolio])
    for k, solution in enumerate(portfolio):
        assert is_feasible(problem, solution.selected)
        assert solution.objective == pytest.approx(objective_value(problem, solution.selected))
        if k:
            changes = np.count_nonzero(X[:k] != solution.selected, axis=1)
            assert changes.min() >= min_changes
    return X


# --------------------------------------------------------------------------------------------
# Portfolios
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed,blm", [(0, 0.0), (1, 0.0), (2, 0.8), (3, 1.5)])
def test_cuts_enumerate_the_k_best_selections(seed: int, blm: float) -> None:
    problem = grid_problem(seed, blm)
    X, value = brute_force(problem)
    k = 6
    portfolio = diverse_solutions(problem, k, method="cuts", **EXACT)
    assert isinstance(portfolio, Portfolio) and portfolio.note == ""
    found = check_portfolio(problem, portfolio, 1)
    objectives = np.array([s.objective for s in portfolio])
    np.testing.assert_allclose(objectives, value[:k], rtol=1e-7)
    assert as_keys(found) == as_keys(X[:k])
    # Each later solution's gap is measured against the original problem's optimum.
    assert portfolio[0].gap == pytest.approx(0.0, abs=1e-9)
    assert all(s.gap >= 0 for s in portfolio)


@pytest.mark.parametrize("min_changes", [2, 3])
def test_cuts_keep_min_changes_between_all_solutions(min_changes: int) -> None:
    problem = grid_problem(5, blm=0.5, rows=3, cols=3)
    portfolio = diverse_solutions(problem, 5, min_changes=min_changes, **EXACT)
    X = check_portfolio(problem, portfolio, min_changes)
    assert len(as_keys(X)) == len(portfolio) == 5
    # The second solution is the best selection at least min_changes flips from the first.
    Y, value = brute_force(problem)
    far = np.count_nonzero(Y != X[0], axis=1) >= min_changes
    assert portfolio[1].objective == pytest.approx(value[far][0], rel=1e-7)


def test_cuts_stop_with_a_note_when_no_selection_is_left() -> None:
    # Three units each hold 1 of a feature with target 2: exactly four feasible selections.
    problem = Problem(cost=[1.0, 2.0, 4.0], amounts=[[1.0], [1.0], [1.0]], targets=[2.0])
    portfolio = diverse_solutions(problem, 10, **EXACT)
    assert len(portfolio) == 4 and portfolio.requested == 10
    assert "Only 4 of the 10" in portfolio.note
    assert as_keys(np.array([s.selected for s in portfolio])) == as_keys(brute_force(problem)[0])
    assert [s.objective for s in portfolio] == pytest.approx([3.0, 5.0, 6.0, 7.0])


@pytest.mark.parametrize("seed,blm", [(6, 0.0), (7, 0.6)])
def test_gap_portfolio_is_every_selection_within_the_gap(seed: int, blm: float) -> None:
    problem = grid_problem(seed, blm)
    X, value = brute_force(problem)
    gap = 0.12
    inside = value <= value[0] * (1 + gap) * (1 + 1e-9)
    assert 1 < inside.sum() < 30  # the fixture must exercise both the cuts and the bound
    portfolio = diverse_solutions(problem, 30, method="gap", gap=gap, **EXACT)
    found = check_portfolio(problem, portfolio, 1)
    assert as_keys(found) == as_keys(X[inside])
    assert "within 12.0%" in portfolio.note


def test_shuffle_gives_distinct_near_optimal_selections() -> None:
    # Near ties: the second and third best cost 1.5 % and 8.4 % more than the optimum.
    problem = grid_problem(9, blm=0.4, rows=3, cols=3)
    _, value = brute_force(problem)
    gap = 0.6
    portfolio = diverse_solutions(problem, 3, method="shuffle", gap=gap, seed=3, **EXACT)
    X = check_portfolio(problem, portfolio, 1)
    assert len(as_keys(X)) == len(portfolio) == 3 and portfolio.note == ""
    assert portfolio[0].objective == pytest.approx(value[0])
    # e = gap / (2 + gap) keeps every exactly solved shuffle within the gap of the optimum.
    assert max(s.objective for s in portfolio) <= value[0] * (1 + gap) + 1e-9
    assert all(s.bound == portfolio[0].bound for s in portfolio)
    again = diverse_solutions(problem, 3, method="shuffle", gap=gap, seed=3, **EXACT)
    assert [s.selected.tolist() for s in again] == X.tolist()


def test_shuffle_with_min_changes_and_a_note() -> None:
    problem = grid_problem(9, rows=3, cols=3)
    portfolio = diverse_solutions(
        problem, 30, method="shuffle", gap=0.05, min_changes=2, seed=0, **EXACT
    )
    check_portfolio(problem, portfolio, 2)
    assert len(portfolio) < 30 and "shuffled solves" in portfolio.note


def test_selection_frequency_is_the_mean_selection() -> None:
    problem = grid_problem(10, blm=0.3)
    portfolio = diverse_solutions(problem, 5, **EXACT)
    X = np.array([s.selected for s in portfolio])
    np.testing.assert_allclose(selection_frequency(portfolio), X.mean(axis=0))
    np.testing.assert_array_equal(summed_solution(portfolio), X.sum(axis=0))
    assert summed_solution(portfolio).dtype == np.int64
    np.testing.assert_allclose(selection_frequency(list(X)), X.mean(axis=0))
    with pytest.raises(InputError, match="empty"):
        selection_frequency([])
    with pytest.raises(InputError, match="different shapes"):
        summed_solution([np.ones(3, bool), np.ones(4, bool)])


def test_no_good_cut_row() -> None:
    problem = grid_problem(11)
    S = np.zeros(problem.n_units, bool)
    S[[0, 3, 5]] = True
    cut = NoGoodCut(S, min_changes=2)
    model = build_milp(dataclasses.replace(problem, constraints=(cut,)))
    plain = build_milp(problem)
    assert model.n_rows == plain.n_rows + 1
    row = model.A.tocsr()[model.n_rows - 1].toarray().ravel()

    def satisfied(x: np.ndarray) -> bool:
        return row @ x >= model.row_lower[-1] - 1e-9

    one_flip = S.copy()
    one_flip[1] = True
    two_flips = one_flip.copy()
    two_flips[0] = False
    assert not satisfied(S) and not satisfied(one_flip) and satisfied(two_flips)
    with pytest.raises(InputError, match="minimum number of changes"):
        NoGoodCut(S, min_changes=0)
    with pytest.raises(InputError, match="has 3 flags"):
        build_milp(dataclasses.replace(problem, constraints=(NoGoodCut(S[:3]),)))


@pytest.mark.parametrize(
    "kwargs,match",
    [
        ({"k": 0}, "number of solutions"),
        ({"k": 2, "method": "pool"}, "Unknown portfolio method"),
        ({"k": 2, "gap": -0.1}, "portfolio gap"),
        ({"k": 2, "min_changes": 1.5}, "minimum number of changes"),
    ],
)
def test_diverse_solutions_rejects_bad_settings(kwargs: dict, match: str) -> None:
    with pytest.raises(InputError, match=match):
        diverse_solutions(grid_problem(0), **kwargs)


# --------------------------------------------------------------------------------------------
# Irreplaceability
# --------------------------------------------------------------------------------------------


def brute_replacement(problem: Problem, selected: np.ndarray) -> np.ndarray:
    X, value = brute_force(problem)
    base = objective_value(problem, selected)
    result = np.zeros(problem.n_units)
    for i in np.flatnonzero(selected):
        without = ~X[:, i]
        result[i] = value[without].min() - base if without.any() else np.inf
    return result


@pytest.mark.parametrize("seed,blm", [(12, 0.0), (13, 0.7), (14, 0.0), (15, 1.2)])
def test_replacement_cost_equals_brute_force(seed: int, blm: float) -> None:
    problem = grid_problem(seed, blm)
    solution = solvers.solve(problem, **EXACT)
    expected = brute_replacement(problem, solution.selected)
    got = replacement_cost(problem, solution)
    np.testing.assert_array_equal(np.isinf(got), np.isinf(expected))
    finite = np.isfinite(expected)
    np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-7, atol=1e-9)
    assert np.all(got[~solution.selected] == 0)


def hand_problem() -> Problem:
    """Unit 0 alone holds feature 'rare'; units 1 and 2 are identical twins holding 'common'
    (target 2: one twin is enough); unit 3 is free and holds a little of 'common' too."""
    return Problem(
        cost=[3.0, 2.0, 2.0, 0.0, 5.0],
        amounts=[[1.0, 0.0], [0.0, 2.0], [0.0, 2.0], [0.0, 0.5], [0.0, 0.0]],
        targets=[1.0, 2.0],
        feature_names=["rare", "common"],
    )


def test_replacement_cost_inf_for_sole_holder_zero_for_a_twin() -> None:
    problem = hand_problem()
    solution = solvers.solve(problem, **EXACT)
    x = solution.selected
    assert x[0] and x[1] != x[2] and not x[4]
    twin = 1 if x[1] else 2
    rc = replacement_cost(problem, solution)
    assert rc[0] == np.inf
    assert rc[twin] == 0.0
    assert rc[4] == 0.0
    # Unit 3 (free, selected or not) never costs anything to replace.
    assert rc[3] == 0.0
    np.testing.assert_array_equal(sole_suppliers(problem, np.arange(5)), [1, 0, 0, 0, 0])


def test_replacement_cost_units_locks_and_warm_start() -> None:
    problem = dataclasses.replace(hand_problem(), locked_in=[False, False, False, False, True])
    x = np.array([True, True, False, False, True])
    rc = replacement_cost(problem, x, units=[0, 4])
    assert rc[0] == np.inf and rc[4] == np.inf  # alone holds 'rare'; locked in
    assert np.isnan(rc[1]) and rc[2] == 0  # selected but not evaluated; not selected
    rc = replacement_cost(problem, x, units=np.array([0, 1, 0, 0, 0], bool))
    assert rc[1] == 0.0 and np.isnan(rc[0])
    with pytest.raises(InputError, match="outside 0..4"):
        replacement_cost(problem, x, units=[7])
    # Heuristic back ends ignore constraints and prove nothing: refused where that matters.
    with pytest.raises(InputError, match="needs an exact solver"):
        replacement_cost(problem, x, solver="greedy")
    with pytest.raises(InputError, match="needs an exact solver"):
        diverse_solutions(problem, 2, solver="greedy")


def test_ferrier_importance() -> None:
    problem = hand_problem()
    x = np.array([True, True, False, True, False])  # unit 3 adds 0.5 spare of 'common'
    result = ferrier_importance(problem, x)
    p = result.per_feature.toarray()
    assert p.shape == (5, 2) and np.all((p >= 0) & (p <= 1))
    assert p[0, 0] == 1.0 and result.irreplaceable[0] and result.total[0] == 1.0
    # Losing twin 1 leaves a deficit of 2 - 0.5 = 1.5 against the 2 held by twin 2 outside.
    assert p[1, 1] == pytest.approx(0.75) and not result.irreplaceable[1]
    assert result.total[1] == pytest.approx(0.75)
    # Unit 3's 0.5 is covered by the 0.5 spare: not needed; unselected units score 0.
    assert result.total[3] == 0.0 and result.total[2] == 0.0 and result.total[4] == 0.0
    # Combination across features: 1 - (1 - p1)(1 - p2).
    two = Problem(cost=[1, 1, 1], amounts=[[1, 1], [1, 0], [0, 2]], targets=[1, 1])
    combined = ferrier_importance(two, [True, False, False])
    assert combined.per_feature[0, 0] == pytest.approx(1.0)
    assert combined.per_feature[0, 1] == pytest.approx(0.5)
    assert combined.total[0] == 1.0 and not combined.irreplaceable[0]


# --------------------------------------------------------------------------------------------
# A maximisation objective
# --------------------------------------------------------------------------------------------


def coverage_problem(seed: int) -> Problem:
    """Maximum coverage within a budget of 40 % of the total cost, with a boundary penalty."""
    problem = grid_problem(seed, blm=0.2)
    return dataclasses.replace(problem, objective=MaxCoverage(budget=0.4 * problem.cost.sum()))


def test_gap_portfolio_for_a_maximisation() -> None:
    problem = coverage_problem(16)
    X = all_subsets(problem.n_units)
    X = X[is_feasible(problem, X)]
    model = build_milp(problem)
    z = np.array([model.objective_of(model.columns_for(x)) for x in X])  # minimised form
    gap = 0.05
    best = z.min()
    inside = z <= best + gap * abs(best) + 1e-9
    assert 1 < inside.sum() < 25
    portfolio = diverse_solutions(problem, 25, method="gap", gap=gap, **EXACT)
    found = check_portfolio(problem, portfolio, 1)
    assert as_keys(found) == as_keys(X[inside])
    utility = np.array([s.objective for s in portfolio])
    assert utility[0] == pytest.approx(objective_value(problem, X).max(), abs=1e-3)
    assert all(s.sense == "max" and s.gap >= 0 for s in portfolio)
    with pytest.raises(InputError, match="only the minimum-set objective"):
        diverse_solutions(problem, 2, method="shuffle")


def test_replacement_cost_for_a_maximisation_is_a_loss() -> None:
    problem = coverage_problem(17)
    X = all_subsets(problem.n_units)
    X = X[is_feasible(problem, X)]
    utility = objective_value(problem, X)
    solution = solvers.solve(problem, **EXACT)
    rc = replacement_cost(problem, solution)
    base = solution.objective
    for i in np.flatnonzero(solution.selected):
        # Losing unit i costs the utility the best plan without it gives up (tie-break 1e-4).
        assert rc[i] == pytest.approx(base - utility[~X[:, i]].max(), abs=1e-3)
    assert np.all(rc >= -1e-3) and np.all(rc[~solution.selected] == 0)
