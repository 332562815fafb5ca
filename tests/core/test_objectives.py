"""Objectives and penalties against brute force over every subset of small random problems.

The brute force here is independent of the code under test: every objective, penalty and
feasibility rule is recomputed from the raw arrays of the case. ``objective_value`` and
``is_feasible`` are then checked to agree with it on *every* subset, and the MILP optimum
(mip_gap=0) to equal the best feasible subset. Budget objectives carry a documented tie-break
of at most ``tie_break_bound``, which is the only slack allowed.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.spatial import Delaunay

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.evaluate import summary
from cms_connectivity_plugin.core.problem import (
    FORMULATIONS,
    Boundary,
    ConnectivityPenalty,
    CrossBorderBonus,
    InfeasibleError,
    MaxCoverage,
    MinSet,
    MinShortfall,
    Problem,
    WeakestLink,
    infeasible_features,
    is_feasible,
    min_shortfall_alternative,
    objective_value,
)
from cms_connectivity_plugin.core.solvers.greedy import greedy_min_set

COUNTRIES = np.array(["AA", "BB", "CC"])


# --------------------------------------------------------------------------------------------
# Random cases and an independent brute force
# --------------------------------------------------------------------------------------------


def make_case(seed: int, n_range: tuple[int, int] = (7, 15)) -> dict:
    """A random problem of n <= 14 units: Delaunay adjacency, countries, areas, species."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(*n_range))
    m = int(rng.integers(2, 6))
    points = rng.random((n, 2))
    simplices = Delaunay(points).simplices
    edges = np.concatenate([simplices[:, [0, 1]], simplices[:, [1, 2]], simplices[:, [0, 2]]])
    edges = np.unique(np.sort(edges, axis=1), axis=0)
    edges = edges[rng.random(len(edges)) < 0.85]
    amounts = np.where(rng.random((n, m)) < 0.6, rng.uniform(0.0, 5.0, (n, m)), 0.0)
    amounts[rng.integers(0, n, m), np.arange(m)] += 1.0  # every feature somewhere
    locked_in = np.zeros(n, bool)
    locked_out = np.zeros(n, bool)
    order = rng.permutation(n)
    locked_in[order[: rng.integers(0, 2)]] = True
    locked_out[order[2 : 2 + rng.integers(0, 3)]] = True
    attainable = amounts[~locked_out].sum(axis=0)
    targets = attainable * rng.uniform(0.2, 0.7, m)
    return {
        "seed": seed,
        "n": n,
        "m": m,
        "points": points,
        "cost": rng.uniform(0.5, 5.0, n),
        "area": rng.uniform(0.5, 2.0, n),
        "amounts": amounts,
        "targets": targets,
        "locked_in": locked_in,
        "locked_out": locked_out,
        "pairs": edges,
        "length": rng.uniform(0.2, 2.0, len(edges)),
        "exposed": np.where(rng.random(n) < 0.6, rng.uniform(0.1, 2.0, n), 0.0),
        "blm": float(rng.choice([0.0, rng.uniform(0.05, 1.5)])),
        "edge_factor": float(rng.choice([1.0, 0.5])),
        "country": COUNTRIES[rng.integers(0, 3, n)],
        "species": rng.integers(0, max(1, m - 1), m),
        "rng": rng,
    }


def boundary_of_case(case: dict) -> Boundary:
    return Boundary.from_pairs(
        case["n"], case["pairs"][:, 0], case["pairs"][:, 1], case["length"], case["exposed"]
    )


def make_problem(case: dict, **changes) -> Problem:
    base = {
        "cost": case["cost"],
        "amounts": sp.csr_matrix(case["amounts"]),
        "targets": case["targets"],
        "locked_in": case["locked_in"],
        "locked_out": case["locked_out"],
        "boundary": boundary_of_case(case),
        "blm": case["blm"],
        "edge_factor": case["edge_factor"],
    }
    base.update(changes)
    return Problem(**base)


def all_subsets(n: int) -> np.ndarray:
    return ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)


def held_of(case: dict, X: np.ndarray) -> np.ndarray:
    return X.astype(float) @ case["amounts"]


def boundary_length(case: dict, X: np.ndarray) -> np.ndarray:
    i, j = case["pairs"][:, 0], case["pairs"][:, 1]
    cut = X[:, i] != X[:, j]
    return cut @ case["length"] + case["edge_factor"] * (X @ case["exposed"])


def locks_ok(case: dict, X: np.ndarray) -> np.ndarray:
    return np.all(X[:, case["locked_in"]], axis=1) & ~np.any(X[:, case["locked_out"]], axis=1)


def met(case: dict, X: np.ndarray) -> np.ndarray:
    return held_of(case, X) >= case["targets"] * (1 - 1e-9)


def symmetric_penalty(X, i, j, value, weight) -> np.ndarray:
    """- w * sum over unordered pairs (each once) of c_ij x_i x_j; self pairs give c_ii x_i."""
    total = np.zeros(X.shape[0])
    seen: dict[tuple[int, int], float] = {}
    for a, b, v in zip(i, j, value):  # plain loop: an independent reading of the edge list
        key = (min(a, b), max(a, b))
        if key not in seen or abs(v) > abs(seen[key]):
            seen[key] = v
    for (a, b), v in seen.items():
        total += v * (X[:, a] & X[:, b])
    return -weight * total


def asymmetric_penalty(X, i, j, value, weight) -> np.ndarray:
    """w * sum over ordered pairs (each once) of D_ij x_i (1 - x_j)."""
    total = np.zeros(X.shape[0])
    seen: dict[tuple[int, int], float] = {}
    for a, b, v in zip(i, j, value):
        if a != b and ((a, b) not in seen or abs(v) > abs(seen[(a, b)])):
            seen[(a, b)] = v
    for (a, b), v in seen.items():
        total += v * (X[:, a] & ~X[:, b])
    return weight * total


def best_of(values: np.ndarray, feasible: np.ndarray, sense: str) -> float:
    assert feasible.any()
    chosen = values[feasible]
    return float(chosen.min() if sense == "min" else chosen.max())


def check_against_brute_force(
    problem: Problem, values: np.ndarray, feasible: np.ndarray, solver_names=("highs",)
) -> None:
    """objective_value / is_feasible agree with the brute force on every subset, and each
    solver's optimum (both boundary formulations) equals the best feasible subset."""
    X = all_subsets(problem.n_units)
    np.testing.assert_allclose(objective_value(problem, X), values, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(is_feasible(problem, X), feasible)
    sense = problem.objective.sense
    best = best_of(values, feasible, sense)
    slack = problem.objective.tie_break_bound(problem) + 1e-6 * max(1.0, abs(best))
    formulations = FORMULATIONS if problem.blm > 0 else ("knapsack",)
    found_values = []
    for formulation in formulations:
        for name in solver_names:
            variant = dataclasses.replace(problem, boundary_formulation=formulation)
            solution = solvers.solve(variant, solver=name, mip_gap=0.0)
            row = np.flatnonzero((X == solution.selected).all(axis=1))[0]
            assert feasible[row], (formulation, name)
            found = values[row]
            assert solution.objective == pytest.approx(found, rel=1e-9, abs=1e-9)
            assert solution.status == "optimal" and solution.sense == sense
            if sense == "min":
                assert best - 1e-9 <= found <= best + slack, (formulation, name)
                assert solution.bound <= solution.objective + 1e-6
            else:
                assert best - slack <= found <= best + 1e-9, (formulation, name)
                assert solution.bound >= solution.objective - 1e-6
            assert solution.model_objective is not None
            found_values.append(found)
    # Knapsack and simple linearisations (and both solvers) agree.
    assert max(found_values) - min(found_values) <= slack


def auto_scale(case: dict, weight_total: float, budget: float, on: str) -> float:
    """The documented default penalty scale W / B_c, recomputed."""
    if on == "area":
        budget = budget / case["area"].sum() * case["cost"].sum()
    return weight_total / budget


def penalty_part(case: dict, X: np.ndarray) -> np.ndarray:
    return case["blm"] * boundary_length(case, X)


# --------------------------------------------------------------------------------------------
# Objectives: brute force
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(8))
def test_max_coverage_matches_brute_force(seed: int) -> None:
    case = make_case(1000 + seed)
    rng = case["rng"]
    X = all_subsets(case["n"])
    weights = rng.uniform(0.5, 2.0, case["m"])
    on = "area" if seed % 2 else "cost"
    measure = case["area"] if on == "area" else case["cost"]
    budget = float(measure[case["locked_in"]].sum() + rng.uniform(0.2, 0.5) * measure.sum())
    objective = MaxCoverage(budget=budget, weights=weights, budget_on=on, area=case["area"])
    problem = make_problem(case, objective=objective)
    represented = np.minimum(1.0, held_of(case, X) / case["targets"]) @ weights
    scale = auto_scale(case, weights.sum(), budget, on)
    values = represented - scale * penalty_part(case, X)
    feasible = locks_ok(case, X) & (X @ measure <= budget * (1 + 1e-9))
    check_against_brute_force(
        problem, values, feasible, ("highs", "scipy") if seed < 3 else ("highs",)
    )


@pytest.mark.parametrize("seed", range(8))
def test_min_shortfall_matches_brute_force(seed: int) -> None:
    case = make_case(2000 + seed)
    rng = case["rng"]
    X = all_subsets(case["n"])
    weights = None if seed % 3 == 0 else rng.uniform(0.5, 2.0, case["m"])
    w = np.ones(case["m"]) if weights is None else weights
    budget = float(case["cost"][case["locked_in"]].sum() + 0.3 * case["cost"].sum())
    problem = make_problem(case, objective=MinShortfall(budget=budget, weights=weights))
    held = held_of(case, X)
    short = np.maximum(0.0, case["targets"] - held) / case["targets"]
    scale = auto_scale(case, w.sum(), budget, "cost")
    values = short @ w + scale * penalty_part(case, X)
    feasible = locks_ok(case, X) & (X @ case["cost"] <= budget * (1 + 1e-9))
    check_against_brute_force(problem, values, feasible)


@pytest.mark.parametrize("seed", range(8))
def test_weakest_link_matches_brute_force(seed: int) -> None:
    case = make_case(3000 + seed)
    rng = case["rng"]
    X = all_subsets(case["n"])
    species = case["species"]
    labels = np.unique(species)
    weights = None if seed % 2 == 0 else rng.uniform(0.5, 3.0, labels.size)
    w = np.ones(labels.size) if weights is None else weights
    budget = float(case["cost"][case["locked_in"]].sum() + 0.45 * case["cost"].sum())
    problem = make_problem(
        case, objective=WeakestLink(budget=budget, species=species, weights=weights)
    )
    ok = met(case, X)
    secured = np.stack([ok[:, species == s].all(axis=1) for s in labels], axis=1)
    scale = auto_scale(case, w.sum(), budget, "cost")
    values = secured @ w - scale * penalty_part(case, X)
    feasible = locks_ok(case, X) & (X @ case["cost"] <= budget * (1 + 1e-9))
    check_against_brute_force(problem, values, feasible)
    if case["blm"] == 0:
        # The tie-break picks the cheapest plan among those securing the most species.
        solution = solvers.solve(problem, mip_gap=0.0)
        best = values[feasible].max()
        cheapest = (X @ case["cost"])[feasible & (values >= best - 1e-9)].min()
        assert solution.selected @ case["cost"] == pytest.approx(cheapest, rel=1e-6)


# --------------------------------------------------------------------------------------------
# Penalties: brute force
# --------------------------------------------------------------------------------------------


def random_links(case: dict, count: int, signed: bool) -> tuple[np.ndarray, ...]:
    rng = case["rng"]
    i = rng.integers(0, case["n"], count)
    j = rng.integers(0, case["n"], count)
    low = -1.0 if signed else 0.0
    value = rng.uniform(low, 2.0, count)
    # Repeat some rows (reversed, with a smaller value): they must count once.
    repeat = rng.random(count) < 0.3
    return (
        np.concatenate([i, j[repeat]]),
        np.concatenate([j, i[repeat]]),
        np.concatenate([value, 0.5 * value[repeat]]),
    )


def objective_for(case: dict, kind: str):
    """(objective, value function of X before penalties, feasibility, sense, weight total)."""
    X = all_subsets(case["n"])
    if kind == "minset":
        return MinSet(), X @ case["cost"], locks_ok(case, X) & np.all(met(case, X), axis=1), None
    budget = float(case["cost"][case["locked_in"]].sum() + 0.4 * case["cost"].sum())
    represented = np.minimum(1.0, held_of(case, X) / case["targets"]).sum(axis=1)
    feasible = locks_ok(case, X) & (X @ case["cost"] <= budget * (1 + 1e-9))
    return MaxCoverage(budget=budget), represented, feasible, case["m"] / budget


def combine(sense_scale, base: np.ndarray, penalty: np.ndarray) -> np.ndarray:
    return base + penalty if sense_scale is None else base - sense_scale * penalty


@pytest.mark.parametrize("seed", range(7))
def test_symmetric_connectivity_matches_brute_force(seed: int) -> None:
    case = make_case(4000 + seed)
    X = all_subsets(case["n"])
    i, j, value = random_links(case, 3 * case["n"], signed=seed % 2 == 1)
    kind = "maxcov" if seed % 3 == 2 else "minset"
    objective, base, feasible, scale = objective_for(case, kind)
    weight = float(case["rng"].uniform(0.2, 1.5))
    penalty = ConnectivityPenalty(i, j, value, symmetric=True, weight=weight)
    problem = make_problem(case, objective=objective, penalties=(penalty,))
    pen = symmetric_penalty(X, i, j, value, weight) + penalty_part(case, X)
    check_against_brute_force(problem, combine(scale, base, pen), feasible)


@pytest.mark.parametrize("seed", range(7))
def test_asymmetric_connectivity_matches_brute_force(seed: int) -> None:
    case = make_case(5000 + seed)
    X = all_subsets(case["n"])
    i, j, value = random_links(case, 3 * case["n"], signed=seed % 2 == 1)
    kind = "maxcov" if seed % 3 == 2 else "minset"
    objective, base, feasible, scale = objective_for(case, kind)
    weight = float(case["rng"].uniform(0.2, 1.5))
    penalty = ConnectivityPenalty(i, j, value, symmetric=False, weight=weight)
    problem = make_problem(case, objective=objective, penalties=(penalty,))
    pen = asymmetric_penalty(X, i, j, value, weight) + penalty_part(case, X)
    check_against_brute_force(problem, combine(scale, base, pen), feasible)


@pytest.mark.parametrize("seed", range(7))
def test_cross_border_bonus_matches_brute_force(seed: int) -> None:
    case = make_case(6000 + seed)
    X = all_subsets(case["n"])
    kind = "maxcov" if seed % 3 == 2 else "minset"
    objective, base, feasible, scale = objective_for(case, kind)
    weight = float(case["rng"].uniform(0.3, 2.0))
    country = case["country"].astype(object)
    country[case["rng"].random(case["n"]) < 0.1] = None  # no country: never cross-border
    bonus = CrossBorderBonus(country, weight=weight)
    problem = make_problem(case, objective=objective, penalties=(bonus,))
    i, j, length = case["pairs"][:, 0], case["pairs"][:, 1], case["length"]
    known = np.array([c is not None for c in country])
    across = known[i] & known[j] & (case["country"][i] != case["country"][j])
    reward = (X[:, i[across]] & X[:, j[across]]) @ length[across]
    pen = -weight * reward + penalty_part(case, X)
    check_against_brute_force(problem, combine(scale, base, pen), feasible)


# --------------------------------------------------------------------------------------------
# Hand-checkable behaviour
# --------------------------------------------------------------------------------------------


def three_unit_row(**changes) -> Problem:
    # Units 0-1-2 in a row (shared edges of 1), costs 1, 2, 3; features a (2, 0, 1), b (0, 3, 1).
    base = {
        "cost": [1.0, 2.0, 3.0],
        "amounts": np.array([[2.0, 0.0], [0.0, 3.0], [1.0, 1.0]]),
        "targets": [2.0, 3.0],
        "feature_names": ["a", "b"],
        "boundary": Boundary.from_pairs(3, [0, 1], [1, 2], [1.0, 1.0]),
    }
    base.update(changes)
    return Problem(**base)


def test_max_coverage_by_hand() -> None:
    # Budget 3: {0, 1} meets both (2 of 2, 3 of 3) -> representation 2 at cost 3; {2} alone
    # gives 1/2 + 1/3. Budget 2.5: {0} and {1} both give 1 and nothing else fits; the
    # tie-break picks the cheaper {0} (cost 1, not 2).
    problem = three_unit_row(objective=MaxCoverage(budget=3.0))
    solution = solvers.solve(problem, mip_gap=0.0)
    assert solution.selected.tolist() == [True, True, False]
    assert solution.objective == pytest.approx(2.0)
    tight = solvers.solve(three_unit_row(objective=MaxCoverage(budget=2.5)), mip_gap=0.0)
    assert tight.selected.tolist() == [True, False, False]
    assert tight.objective == pytest.approx(1.0)
    # Weighting b three times makes {1} (b fully) worth 3 > {0} (a fully) worth 1.
    weighted = three_unit_row(objective=MaxCoverage(budget=2.5, weights=[1.0, 3.0]))
    assert solvers.solve(weighted, mip_gap=0.0).selected.tolist() == [False, True, False]


def test_max_coverage_is_total_weight_minus_min_shortfall() -> None:
    case = make_case(77)
    X = all_subsets(case["n"])
    budget = 0.4 * case["cost"].sum()
    weights = case["rng"].uniform(0.5, 2.0, case["m"])
    cover = make_problem(case, blm=0.0, objective=MaxCoverage(budget, weights))
    short = make_problem(case, blm=0.0, objective=MinShortfall(budget, weights))
    np.testing.assert_allclose(
        objective_value(cover, X), weights.sum() - objective_value(short, X), atol=1e-12
    )


def test_area_budget_share_of_study_area() -> None:
    # Four units of area 1, 1, 2, 4 (total 8); 30 % is 2.4 of area.
    area = np.array([1.0, 1.0, 2.0, 4.0])
    objective = MaxCoverage.share_of_area(0.3, area)
    assert objective.budget == pytest.approx(2.4) and objective.budget_on == "area"
    problem = Problem(
        cost=[5.0, 5.0, 1.0, 1.0],
        amounts=np.array([[1.0], [1.0], [1.0], [3.0]]),
        targets=[2.0],
        objective=objective,
    )
    solution = solvers.solve(problem, mip_gap=0.0)
    # Unit 3 (area 4) does not fit; two of units 0-2 reach the target within area 2.4:
    # {0, 1} (area 2) or {0, 2}/{1, 2} (area 3: too much). So {0, 1}, whatever it costs.
    assert solution.selected.tolist() == [True, True, False, False]
    assert solution.objective == pytest.approx(1.0)


def test_weakest_link_by_hand() -> None:
    # Species "stork" has a breeding and a wintering feature, "crane" one feature. Unit 0
    # holds stork breeding, 1 stork wintering, 2 crane (cost 1 each); unit 3 (cost 1.5) holds
    # both stork seasons. Budget 2: {3} (1.5) or {0, 1} (2) secure the stork, {2} (1) the
    # crane; both species need 2.5. So one species at best, and the cheapest plan is {2}.
    # A wintering site alone ({1}) secures nothing: the weakest link decides.
    problem = Problem(
        cost=[1.0, 1.0, 1.0, 1.5],
        amounts=np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]], dtype=float),
        targets=[1.0, 1.0, 1.0],
        feature_names=["stork breeding", "stork wintering", "crane"],
        objective=WeakestLink(budget=2.0, species=["stork", "stork", "crane"]),
    )
    solution = solvers.solve(problem, mip_gap=0.0)
    assert solution.objective == pytest.approx(1.0)
    assert solution.selected.tolist() == [False, False, True, False]
    # Weighting the stork 2 makes {3} (cost 1.5) the answer; budget 2.5 secures both.
    stork = dataclasses.replace(
        problem,
        objective=WeakestLink(
            budget=2.0, species=["stork", "stork", "crane"], weights={"stork": 2.0, "crane": 1.0}
        ),
    )
    assert solvers.solve(stork, mip_gap=0.0).selected.tolist() == [False, False, False, True]
    both = dataclasses.replace(
        problem, objective=WeakestLink(budget=2.5, species=["stork", "stork", "crane"])
    )
    solution = solvers.solve(both, mip_gap=0.0)
    assert solution.objective == pytest.approx(2.0)
    assert solution.selected.tolist() == [False, False, True, True]


def test_penalty_scale_can_be_literal() -> None:
    # With scale=1, the boundary is subtracted as is (prioritizr's convention).
    problem = three_unit_row(blm=0.5, objective=MaxCoverage(budget=3.0, scale=1.0))
    x = np.array([True, True, False])
    # Representation 2, boundary of {0, 1}: edge 1-2 = 1 (no exposed edges) -> 2 - 0.5.
    assert objective_value(problem, x) == pytest.approx(1.5)
    auto = three_unit_row(blm=0.5, objective=MaxCoverage(budget=3.0))
    # Default scale W / B = 2 / 3.
    assert objective_value(auto, x) == pytest.approx(2.0 - 0.5 * 2.0 / 3.0)


def test_connectivity_from_ids_and_duplicates() -> None:
    ids = ["p10", "p11", "p12"]
    penalty = ConnectivityPenalty.from_ids(
        ["p10", "p11", "p12", "p12"], ["p11", "p10", "p12", "p10"], [2.0, 1.0, 0.5, 4.0], ids
    )
    problem = three_unit_row(penalties=(penalty,))
    pi, pj, value, diagonal = penalty.edges(problem)
    # (0, 1) listed both ways counts once with 2; (2, 2) is a unit term; (2, 0) -> (0, 2).
    assert sorted(zip(pi.tolist(), pj.tolist(), value.tolist())) == [(0, 1, 2.0), (0, 2, 4.0)]
    assert diagonal.tolist() == [0.0, 0.0, 0.5]
    assert penalty.evaluate(problem, np.array([[True, True, True]])) == pytest.approx(-6.5)
    with pytest.raises(InputError, match="p99"):
        ConnectivityPenalty.from_ids(["p10"], ["p99"], [1.0], ids)
    with pytest.raises(InputError, match="outside 0..2"):
        three_unit_row(penalties=(ConnectivityPenalty([0], [5], [1.0]),)).validate()


@pytest.mark.parametrize(
    "symmetric, strength, expected, value",
    [
        # Feature a (target 1) is in unit 0 (cost 1) and unit 2 (cost 3). A tracking link
        # from 0 to 2 of strength D: selecting 0 without 2 costs D. D = 4: {0} = 5,
        # {0, 2} = 4, {2} = 3 -> {2}. D = 0.5: {0} = 1.5 wins.
        (False, 4.0, [False, False, True], 3.0),
        (False, 0.5, [True, False, False], 1.5),
        # Symmetric reward 3.5 for 0 and 2 together: {0, 2} = 4 - 3.5 = 0.5 beats {0} = 1.
        (True, 3.5, [True, False, True], 0.5),
        (True, 2.5, [True, False, False], 1.0),
    ],
)
def test_connectivity_by_hand(symmetric: bool, strength: float, expected, value) -> None:
    link = ConnectivityPenalty([0], [2], [strength], symmetric=symmetric)
    problem = three_unit_row(targets=[1.0, 0.0], penalties=(link,))
    for name in ("highs", "scipy"):
        solution = solvers.solve(problem, solver=name, mip_gap=0.0)
        assert solution.selected.tolist() == expected
        assert solution.objective == pytest.approx(value)


def test_dataclasses_replace_keeps_pieces() -> None:
    problem = three_unit_row()
    penalty = ConnectivityPenalty([0], [1], [1.0])
    changed = dataclasses.replace(
        problem, cost=np.array([2.0, 2.0, 2.0]), penalties=problem.penalties + (penalty,)
    )
    assert changed.penalties == (penalty,) and isinstance(changed.objective, MinSet)
    assert changed.cost.tolist() == [2.0, 2.0, 2.0]
    assert problem.penalties == ()


def test_foreign_pieces_are_evaluated_through_their_rows() -> None:
    """A constraint or penalty with only add_to (e.g. a portfolio's no-good cut) still works
    with is_feasible and objective_value."""

    class AtMostOne:
        def add_to(self, builder, problem, x0):
            n = problem.n_units
            builder.add_rows(np.zeros(n), x0 + np.arange(n), np.ones(n), -np.inf, 1.0, count=1)

    class UnitCharge:
        def add_to(self, builder, problem, x0):
            builder.add_objective(x0 + np.arange(problem.n_units), np.full(problem.n_units, 10.0))

    problem = three_unit_row(targets=[1.0, 1.0], constraints=(AtMostOne(),))
    X = all_subsets(3)
    np.testing.assert_array_equal(is_feasible(problem, X), (X.sum(axis=1) == 1) & X[:, 2])
    charged = dataclasses.replace(problem, penalties=(UnitCharge(),))
    np.testing.assert_allclose(
        objective_value(charged, X), X @ np.array([11.0, 12.0, 13.0]), atol=1e-12
    )
    assert solvers.solve(charged, mip_gap=0.0).selected.tolist() == [False, False, True]


def test_budget_objective_validation() -> None:
    with pytest.raises(InputError, match="locked-in units already use"):
        three_unit_row(locked_in=[False, False, True], objective=MaxCoverage(2.0)).validate()
    with pytest.raises(InputError, match="'volume'"):
        three_unit_row(objective=MaxCoverage(2.0, budget_on="volume")).validate()
    with pytest.raises(InputError, match="area"):
        three_unit_row(objective=MinShortfall(2.0, budget_on="area")).validate()
    with pytest.raises(InputError, match="weights"):
        three_unit_row(objective=MaxCoverage(2.0, weights=[1.0])).validate()
    with pytest.raises(InputError, match="species labels"):
        three_unit_row(objective=WeakestLink(2.0, species=["a"])).validate()
    with pytest.raises(InputError, match="no weight for species"):
        three_unit_row(objective=WeakestLink(2.0, species=["s", "t"], weights={"s": 1})).validate()
    with pytest.raises(InputError, match="not an objective"):
        three_unit_row(objective="minset").validate()


# --------------------------------------------------------------------------------------------
# Knapsack and simple boundary on a hexagon-like grid, every objective
# --------------------------------------------------------------------------------------------


def grid_problem(objective, blm: float) -> Problem:
    rng = np.random.default_rng(5)
    side = 5
    n = side * side
    index = np.arange(n).reshape(side, side)
    i = np.concatenate([index[:, :-1].ravel(), index[:-1, :].ravel(), index[:-1, :-1].ravel()])
    j = np.concatenate([index[:, 1:].ravel(), index[1:, :].ravel(), index[1:, 1:].ravel()])
    amounts = np.where(rng.random((n, 4)) < 0.5, rng.uniform(0, 10, (n, 4)), 0.0)
    return Problem(
        cost=rng.uniform(1, 3, n),
        amounts=amounts,
        targets=0.3 * amounts.sum(axis=0),
        boundary=Boundary.from_pairs(n, i, j, np.ones(i.size), exposed=np.full(n, 0.5)),
        blm=blm,
        objective=objective,
    )


@pytest.mark.parametrize(
    "objective",
    [
        MinSet(),
        MaxCoverage(budget=12.0),
        MinShortfall(budget=10.0),
        WeakestLink(budget=12.0, species=[0, 0, 1, 1]),
    ],
    ids=["minset", "maxcov", "shortfall", "weakest"],
)
def test_knapsack_and_simple_agree_on_every_objective(objective) -> None:
    problem = grid_problem(objective, blm=0.4)
    results = [
        solvers.solve(dataclasses.replace(problem, boundary_formulation=f), mip_gap=0.0)
        for f in FORMULATIONS
    ]
    slack = objective.tie_break_bound(problem) + 1e-6
    assert abs(results[0].objective - results[1].objective) <= slack
    assert all(r.status == "optimal" for r in results)


# --------------------------------------------------------------------------------------------
# Greedy warm start, greedy solver
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_greedy_is_feasible_and_the_optimum_no_worse(seed: int) -> None:
    case = make_case(7000 + seed)
    problem = make_problem(case)
    start = greedy_min_set(problem)
    X = start[None, :]
    assert locks_ok(case, X)[0] and np.all(met(case, X))
    assert is_feasible(problem, start)
    greedy_value = objective_value(problem, start)
    optimum = solvers.solve(problem, mip_gap=0.0)
    assert optimum.objective <= greedy_value + 1e-9
    heuristic = solvers.solve(problem, solver="greedy")
    assert heuristic.status == "heuristic" and heuristic.objective == pytest.approx(greedy_value)
    assert heuristic.selected.tolist() == start.tolist()


def test_greedy_warm_start_on_a_larger_problem() -> None:
    rng = np.random.default_rng(0)
    n, m = 400, 30
    amounts = sp.random(n, m, density=0.1, random_state=2, format="csr")
    side = 20
    index = np.arange(n).reshape(side, side)
    i = np.concatenate([index[:, :-1].ravel(), index[:-1, :].ravel()])
    j = np.concatenate([index[:, 1:].ravel(), index[1:, :].ravel()])
    problem = Problem(
        cost=rng.uniform(1, 10, n),
        amounts=amounts,
        targets=0.3 * np.asarray(amounts.sum(axis=0)).ravel(),
        boundary=Boundary.from_pairs(n, i, j, np.ones(i.size)),
        blm=0.5,
    )
    start = greedy_min_set(problem)
    assert is_feasible(problem, start)
    reports: list[dict] = []
    solution = solvers.solve(problem, mip_gap=0.0, time_limit=1.0, progress=reports.append)
    assert is_feasible(problem, solution.selected)
    assert solution.objective <= objective_value(problem, start) + 1e-9
    first = [r for r in reports if r["event"] == "solution"]
    # HiGHS's first incumbent is the greedy start (or better).
    assert first and first[0]["objective"] <= objective_value(problem, start) + 1e-6
    with pytest.raises(InputError, match="minimum-set"):
        solvers.solve(dataclasses.replace(problem, objective=MaxCoverage(10.0)), solver="greedy")


# --------------------------------------------------------------------------------------------
# Infeasibility and the minimum-shortfall alternative
# --------------------------------------------------------------------------------------------


def test_infeasible_names_features_and_alternative_solves() -> None:
    case = make_case(8000, n_range=(9, 10))
    targets = case["targets"].copy()
    attainable = case["amounts"][~case["locked_out"]].sum(axis=0)
    targets[0] = attainable[0] + 2.5  # 2.5 short
    targets[1] = attainable[1] * 1.5
    problem = make_problem(case, targets=targets, feature_names=[f"f{k}" for k in range(case["m"])])
    found = infeasible_features(problem)
    assert [s.name for s in found] == ["f0", "f1"]
    assert found[0].shortfall == pytest.approx(2.5)
    assert found[1].shortfall == pytest.approx(0.5 * attainable[1])
    for name in ("highs", "scipy", "greedy"):
        with pytest.raises(InfeasibleError) as raised:
            solvers.solve(problem, solver=name)
        message = str(raised.value)
        assert "f0" in message and "f1" in message and "minimum-shortfall" in message
    alternative = raised.value.alternative
    assert isinstance(alternative.objective, MinShortfall)
    assert alternative.objective.budget == pytest.approx(case["cost"][~case["locked_out"]].sum())
    assert min_shortfall_alternative(problem).objective.budget == alternative.objective.budget
    solution = solvers.solve(alternative, mip_gap=0.0)
    X = all_subsets(case["n"])
    short = np.maximum(0, targets - held_of(case, X)) / targets
    values = short.sum(axis=1) + alternative.objective.penalty_scale(alternative) * penalty_part(
        case, X
    )
    best = values[locks_ok(case, X)].min()
    assert solution.objective == pytest.approx(
        best, abs=alternative.objective.tie_break_bound(alternative) + 1e-6
    )
    assert summary(alternative, solution)["sense"] == "min"
