"""Constraints against brute force, migration bands and stepping stones, validation.

The random cases and the independent brute force come from ``test_objectives``; each
constraint's rule is recomputed here from the raw arrays.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import scipy.sparse as sp

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.evaluate import (
    boundary_length,
    country_contribution,
    patches,
    species_coverage,
)
from cms_connectivity_plugin.core.problem import (
    Boundary,
    CountryBudget,
    CountryMinShare,
    LockedIn,
    LockedOut,
    MaxCoverage,
    NeighbourConstraint,
    Problem,
    SteppingStones,
    is_feasible,
    migration_bands,
)
from tests.core.test_objectives import (
    all_subsets,
    check_against_brute_force,
    locks_ok,
    make_case,
    make_problem,
    met,
    penalty_part,
)


def min_set_values(case: dict, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    values = X @ case["cost"] + penalty_part(case, X)
    return values, locks_ok(case, X) & np.all(met(case, X), axis=1)


def free_case(seed: int) -> dict:
    """A case without field locks, so constraint locks can be tested on their own."""
    case = make_case(seed)
    case["locked_in"] = np.zeros(case["n"], bool)
    case["locked_out"] = np.zeros(case["n"], bool)
    return case


# --------------------------------------------------------------------------------------------
# Brute force
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_lock_constraints_match_brute_force(seed: int) -> None:
    case = free_case(10_000 + seed)
    rng = case["rng"]
    n = case["n"]
    X = all_subsets(n)
    order = rng.permutation(n)
    lock_in = np.zeros(n, bool)
    lock_out = np.zeros(n, bool)
    lock_in[order[:2]] = True
    lock_out[order[2:4]] = True
    # Keep the targets reachable without the locked-out units.
    case["targets"] = case["amounts"][~lock_out].sum(axis=0) * 0.5
    values, feasible = min_set_values(case, X)
    feasible &= np.all(X[:, lock_in], axis=1) & ~np.any(X[:, lock_out], axis=1)
    problem = make_problem(case, constraints=(LockedIn(lock_in), LockedOut(lock_out)))
    check_against_brute_force(problem, values, feasible, ("highs", "scipy"))
    # The same as the Problem fields.
    fields = make_problem(case, locked_in=lock_in, locked_out=lock_out)
    assert solvers.solve(fields, mip_gap=0.0).objective == pytest.approx(
        solvers.solve(problem, mip_gap=0.0).objective, rel=1e-9
    )


@pytest.mark.parametrize("seed", range(5))
def test_country_budget_matches_brute_force(seed: int) -> None:
    case = make_case(11_000 + seed)
    X = all_subsets(case["n"])
    country = case["country"]
    cost = case["cost"]
    locked = case["locked_in"]
    # A limit that binds: 60 % of what the country's units cost, at least its locked-in cost.
    limits = {}
    for code in ("AA", "BB"):
        inside = country == code
        if inside.any():
            limits[code] = max(0.6 * cost[inside].sum(), cost[inside & locked].sum())
    values, feasible = min_set_values(case, X)
    for code, limit in limits.items():
        feasible &= X[:, country == code] @ cost[country == code] <= limit * (1 + 1e-9)
    if not feasible.any():
        pytest.skip("no subset meets the targets within these budgets")
    problem = make_problem(case, constraints=(CountryBudget(country, limits),))
    check_against_brute_force(problem, values, feasible)


@pytest.mark.parametrize("seed", range(5))
def test_country_min_share_matches_brute_force(seed: int) -> None:
    case = make_case(12_000 + seed)
    X = all_subsets(case["n"])
    country, area = case["country"], case["area"]
    available = ~case["locked_out"]
    shares = {}
    for code in ("AA", "CC"):
        inside = country == code
        if inside.any():
            shares[code] = min(0.5, (area[inside & available].sum() / area[inside].sum()))
    values, feasible = min_set_values(case, X)
    for code, share in shares.items():
        inside = country == code
        feasible &= X[:, inside] @ area[inside] >= share * area[inside].sum() * (1 - 1e-9)
    problem = make_problem(case, constraints=(CountryMinShare(country, area, shares),))
    check_against_brute_force(problem, values, feasible)


@pytest.mark.parametrize("seed", range(4))
def test_country_min_share_of_units_across_borders_matches_brute_force(seed: int) -> None:
    # Each unit split between two countries in random parts: a_ik, not one label per unit.
    case = make_case(12_500 + seed)
    rng = case["rng"]
    n = case["n"]
    X = all_subsets(n)
    codes = ("AA", "BB", "CC")
    part = rng.uniform(0.0, 1.0, n)
    first = rng.integers(0, 3, n)
    second = (first + 1 + rng.integers(0, 2, n)) % 3
    A = np.zeros((n, 3))
    A[np.arange(n), first] += part * case["area"]
    A[np.arange(n), second] += (1 - part) * case["area"]
    available = ~case["locked_out"]
    shares = {code: min(0.4, A[available, k].sum() / A[:, k].sum()) for k, code in enumerate(codes)}
    values, feasible = min_set_values(case, X)
    for k, code in enumerate(codes):
        feasible &= X @ A[:, k] >= shares[code] * A[:, k].sum() * (1 - 1e-9)
    share = CountryMinShare(country_area=sp.csr_matrix(A), codes=codes, shares=shares)
    check_against_brute_force(make_problem(case, constraints=(share,)), values, feasible)


@pytest.mark.parametrize("seed", range(5))
def test_stepping_stones_match_brute_force(seed: int) -> None:
    case = make_case(13_000 + seed)
    rng = case["rng"]
    n = case["n"]
    X = all_subsets(n)
    feature = int(rng.integers(0, case["m"]))
    holds = case["amounts"][:, feature] > 0
    usable = holds & ~case["locked_out"]
    bands = migration_bands(case["points"], (0.0, 0.0), (1.0, 1.0), 0.35, usable, units_per_km=1.0)
    values, feasible = min_set_values(case, X)
    amount = case["amounts"][:, feature]
    per_band = np.stack([X[:, bands == b] @ amount[bands == b] for b in range(bands.max() + 1)], 1)
    if seed % 2:
        # At least a fifth of each band's amount.
        need = np.array([0.2 * amount[bands == b].sum() for b in range(bands.max() + 1)])
        stones = SteppingStones(feature, bands, min_amount=need)
        feasible &= np.all(per_band >= need * (1 - 1e-9), axis=1)
    else:
        stones = SteppingStones(feature, bands)  # one holding unit per band
        feasible &= np.all(per_band > 0, axis=1)
    problem = make_problem(case, constraints=(stones,))
    check_against_brute_force(problem, values, feasible)


@pytest.mark.parametrize("seed", range(5))
def test_neighbour_constraint_matches_brute_force(seed: int) -> None:
    case = free_case(14_000 + seed)
    X = all_subsets(case["n"])
    k = 1 + seed % 3
    i, j = case["pairs"][:, 0], case["pairs"][:, 1]
    adjacency = np.zeros((case["n"], case["n"]), bool)
    adjacency[i, j] = adjacency[j, i] = True
    need = np.minimum(k, adjacency.sum(axis=1))  # clamped, as prioritizr
    values, feasible = min_set_values(case, X)
    feasible &= np.all(~X | (X.astype(int) @ adjacency.astype(int) >= need), axis=1)
    problem = make_problem(case, constraints=(NeighbourConstraint(k),))
    check_against_brute_force(problem, values, feasible)


def test_constraints_with_a_budget_objective() -> None:
    case = make_case(15_000)
    X = all_subsets(case["n"])
    cost, country = case["cost"], case["country"]
    budget = float(cost[case["locked_in"]].sum() + 0.5 * cost.sum())
    limit = {
        "BB": max(
            0.3 * cost[country == "BB"].sum(), cost[(country == "BB") & case["locked_in"]].sum()
        )
    }
    represented = np.minimum(1.0, (X.astype(float) @ case["amounts"]) / case["targets"]).sum(1)
    scale = case["m"] / budget
    values = represented - scale * penalty_part(case, X)
    feasible = locks_ok(case, X) & (X @ cost <= budget * (1 + 1e-9))
    feasible &= X[:, country == "BB"] @ cost[country == "BB"] <= limit["BB"] * (1 + 1e-9)
    problem = make_problem(
        case,
        objective=MaxCoverage(budget=budget),
        constraints=(CountryBudget(country, limit), NeighbourConstraint(1)),
    )
    i, j = case["pairs"][:, 0], case["pairs"][:, 1]
    adjacency = np.zeros((case["n"], case["n"]), int)
    adjacency[i, j] = adjacency[j, i] = 1
    need = np.minimum(1, adjacency.sum(axis=1))
    feasible &= np.all(~X | (X.astype(int) @ adjacency >= need), axis=1)
    check_against_brute_force(problem, values, feasible)


# --------------------------------------------------------------------------------------------
# Migration bands and stepping stones on a flyway
# --------------------------------------------------------------------------------------------


def test_migration_bands_by_hand() -> None:
    # Centroids along x (metres) at 0, 40, 90, 160, 210 km, axis west -> east, hop 100 km:
    # span 210 km -> 3 bands of 70 km: [0, 70) [70, 140) [140, 210].
    xy = np.array([[0, 5], [40e3, -3], [90e3, 0], [160e3, 1], [210e3, 0], [500e3, 0]], float)
    inside = np.array([True, True, True, True, True, False])
    bands = migration_bands(xy, (0, 0), (1000e3, 0), 100.0, inside)
    assert bands.tolist() == [0, 0, 1, 2, 2, -1]
    # Reversed axis: numbered from its start (east).
    back = migration_bands(xy, (1000e3, 0), (0, 0), 100.0, inside)
    assert back.tolist() == [2, 2, 1, 0, 0, -1]
    # Empty bands are dropped: 0, 10 and 300 km with a 100 km hop -> bands 0 and 2 of 3.
    gap = migration_bands(
        np.array([[0, 0], [10e3, 0], [300e3, 0]]), (0, 0), (1, 0), 100.0, [True, True, True]
    )
    assert gap.tolist() == [0, 0, 1]
    with pytest.raises(InputError, match="same point"):
        migration_bands(xy, (0, 0), (0, 0), 100.0, inside)
    with pytest.raises(InputError, match="hop"):
        migration_bands(xy, (0, 0), (1, 0), 0.0, inside)


def test_migration_bands_are_no_wider_than_the_hop() -> None:
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 1000e3, (400, 2))
    inside = rng.random(400) < 0.7
    start, end = np.array([0.0, 0.0]), np.array([800e3, 600e3])
    bands = migration_bands(xy, start, end, 120.0, inside)
    assert np.all((bands >= 0) == inside)
    t = (xy - start) @ ((end - start) / np.linalg.norm(end - start))
    ids = np.unique(bands[inside])
    assert ids.tolist() == list(range(ids.size))
    spans = [np.ptp(t[bands == b]) for b in ids]
    assert max(spans) <= 120e3 + 1e-6
    # Band order follows the axis.
    means = [t[bands == b].mean() for b in ids]
    assert means == sorted(means)


def flyway_problem() -> tuple[Problem, list[SteppingStones]]:
    """A 12 x 6 grid (10 km cells) with two passage features along a diagonal flyway."""
    rng = np.random.default_rng(21)
    cols, rows = 12, 6
    n = cols * rows
    x, y = np.meshgrid(np.arange(cols) * 10e3, np.arange(rows) * 10e3)
    xy = np.stack([x.ravel(), y.ravel()], axis=1)
    index = np.arange(n).reshape(rows, cols)
    i = np.concatenate([index[:, :-1].ravel(), index[:-1, :].ravel()])
    j = np.concatenate([index[:, 1:].ravel(), index[1:, :].ravel()])
    passage = np.zeros((n, 2))
    near_axis = np.abs(xy[:, 1] - xy[:, 0] * 0.4) < 15e3
    passage[near_axis, 0] = rng.uniform(1, 3, near_axis.sum())
    scattered = rng.random(n) < 0.5
    passage[scattered, 1] = rng.uniform(1, 3, scattered.sum())
    breeding = np.where(rng.random((n, 2)) < 0.3, rng.uniform(1, 5, (n, 2)), 0.0)
    amounts = np.hstack([passage, breeding])
    problem = Problem(
        cost=rng.uniform(1, 3, n),
        amounts=sp.csr_matrix(amounts),
        targets=0.1 * amounts.sum(axis=0),
        feature_names=["wader passage", "stork passage", "wader breeding", "stork breeding"],
        boundary=Boundary.from_pairs(n, i, j, np.full(i.size, 10.0)),
        blm=0.05,
    )
    stones = []
    for k, hop in ((0, 25.0), (1, 30.0)):
        holds = amounts[:, k] > 0
        bands = migration_bands(xy, (0, 0), (110e3, 50e3), hop, holds)
        stones.append(SteppingStones(problem.feature_names[k], bands))
    return problem, stones


def test_stepping_stones_cover_every_band() -> None:
    problem, stones = flyway_problem()
    plain = solvers.solve(problem, mip_gap=0.0, time_limit=20)
    constrained = dataclasses.replace(problem, constraints=tuple(stones))
    solution = solvers.solve(constrained, mip_gap=0.0, time_limit=20)
    x = solution.selected
    amounts = problem.amounts.toarray()
    missed_before = 0
    for stone in stones:
        k = problem.feature_names.index(stone.feature_index)
        for band in np.unique(stone.bands[stone.bands >= 0]):
            in_band = stone.bands == band
            assert (amounts[in_band, k] * x[in_band]).sum() > 0, (stone.feature_index, band)
            missed_before += (amounts[in_band, k] * plain.selected[in_band]).sum() == 0
    assert is_feasible(constrained, x) and not is_feasible(constrained, plain.selected)
    assert missed_before > 0  # the constraint changed something
    assert solution.objective >= plain.objective - 1e-9


# --------------------------------------------------------------------------------------------
# Hand-checkable fixtures and validation
# --------------------------------------------------------------------------------------------


def row_problem(**changes) -> Problem:
    # Five units in a row 0-1-2-3-4 (edges of 1); feature a only in units 0 and 4.
    base = {
        "cost": [1.0, 1.0, 1.0, 1.0, 1.0],
        "amounts": np.array([[1.0], [0.0], [0.0], [0.0], [1.0]]),
        "targets": [1.0],
        "boundary": Boundary.from_pairs(5, [0, 1, 2, 3], [1, 2, 3, 4], np.ones(4)),
    }
    base.update(changes)
    return Problem(**base)


def test_neighbour_constraint_by_hand() -> None:
    # k = 1: unit 0 needs unit 1 -> {0, 1} or {3, 4} (cost 2). k = 2 clamped: unit 0 has one
    # neighbour, so it needs unit 1, which needs 0 and 2, which needs 1 and 3, ...: the
    # whole row (cost 5).
    one = solvers.solve(row_problem(constraints=(NeighbourConstraint(1),)), mip_gap=0.0)
    assert one.selected.tolist() in (
        [True, True, False, False, False],
        [False, False, False, True, True],
    )
    two = solvers.solve(row_problem(constraints=(NeighbourConstraint(2),)), mip_gap=0.0)
    assert two.objective == pytest.approx(5.0) and two.selected.all()
    # Without clamping, units 0 and 4 (one neighbour each) can never be selected.
    with pytest.raises(InputError):
        solvers.solve(row_problem(constraints=(NeighbourConstraint(2, clamp=False),)))


def test_country_pieces_by_hand() -> None:
    country = ["AA", "AA", "BB", "BB", "BB"]
    # Feature a is only in units 0 (AA) and 4 (BB). A budget of 0.5 in AA leaves unit 4.
    budget = solvers.solve(
        row_problem(constraints=(CountryBudget(country, {"AA": 0.5}),)), mip_gap=0.0
    )
    assert budget.selected.tolist() == [False, False, False, False, True]
    # BB must give half its area (units of area 1, 1, 1 -> 1.5): unit 4 plus one more.
    share = solvers.solve(
        row_problem(constraints=(CountryMinShare(country, np.ones(5), {"BB": 0.5}),)),
        mip_gap=0.0,
    )
    assert share.selected[2:].sum() == 2 and share.objective == pytest.approx(2.0)


@pytest.mark.parametrize(
    "constraint, expected",
    [
        (CountryBudget(["AA"] * 5, {"ZZ": 1.0}), "ZZ"),
        (CountryBudget(["AA"] * 5, {"AA": -1.0}), "'AA'"),
        (CountryBudget(["AA"] * 4, {"AA": 1.0}), "4 values for 5"),
        (CountryMinShare(["AA"] * 5, np.ones(5), {"AA": 1.5}), "from 0 to 1"),
        (SteppingStones("nothing", np.zeros(5, int)), "'nothing'"),
        (SteppingStones(0, np.array([0, 0, 1, 1, 0])), "band(s) 1"),
        (SteppingStones(0, np.array([0, 0, 0, 0, 0]), min_amount=3.0), "band(s) 0"),
        (SteppingStones(0, np.zeros(5)), "integer band id"),
        (NeighbourConstraint(-1), "0 or more"),
        (LockedIn([True, False]), "2 flags for 5"),
    ],
)
def test_constraint_validation(constraint, expected: str) -> None:
    with pytest.raises(InputError) as raised:
        row_problem(constraints=(constraint,)).validate()
    assert expected in str(raised.value)


def test_lock_conflicts_and_unreachable_checks() -> None:
    with pytest.raises(InputError, match="both locked in and locked out"):
        row_problem(
            locked_in=[True, False, False, False, False],
            constraints=(LockedOut([True, False, False, False, False]),),
        ).validate()
    with pytest.raises(InputError, match="'AA' already cost"):
        row_problem(
            locked_in=[True, True, False, False, False],
            constraints=(CountryBudget(["AA", "AA", "BB", "BB", "BB"], {"AA": 1.5}),),
        ).validate()
    with pytest.raises(InputError, match="only 1 is not locked out"):
        row_problem(
            locked_out=[False, False, True, True, False],
            constraints=(CountryMinShare(["AA", "AA", "BB", "BB", "BB"], np.ones(5), {"BB": 0.5}),),
        ).validate()
    # A LockedOut constraint makes a target unreachable: reported like the field.
    with pytest.raises(InputError, match="cannot be met"):
        solvers.solve(
            row_problem(
                targets=[2.0],
                constraints=(LockedOut([True, False, False, False, False]),),
            )
        )


# --------------------------------------------------------------------------------------------
# Evaluation of any selection
# --------------------------------------------------------------------------------------------


def test_evaluators_by_hand() -> None:
    problem = row_problem(
        amounts=np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [0.0, 1.0], [1.0, 0.0]]),
        targets=[1.0, 2.0],
        feature_names=["breeding", "wintering"],
    )
    x = np.array([True, True, False, False, True])
    # Patches: {0, 1} and {4}. Boundary: edges 1-2 and 3-4 -> 2.
    found = patches(problem, x, area=[1, 1, 1, 1, 3])
    assert found.n_patches == 2
    assert found.sizes.tolist() == [1, 2] and found.areas.tolist() == [3.0, 2.0]
    assert found.label.tolist() == [1, 1, -1, -1, 0]
    assert boundary_length(problem, x) == pytest.approx(2.0)
    # Species "crane" = both features; held: breeding 2 >= 1, wintering 2 >= 2 -> secured.
    crane = species_coverage(problem, x, ["crane", "crane"])
    assert crane[0].all_met and crane[0].n_met == 2 and crane[0].weakest == "wintering"
    thin = species_coverage(problem, np.array([True, False, False, True, False]), ["c", "c"])
    assert not thin[0].all_met and thin[0].weakest == "wintering"
    assert thin[0].weakest_ratio == pytest.approx(0.5)
    # Countries: AA = units 0, 1; BB = 2, 3, 4.
    per_country = country_contribution(
        problem, x, ["AA", "AA", "BB", "BB", "BB"], area=[1, 1, 1, 1, 3]
    )
    aa, bb = per_country
    assert (aa.country, aa.n_selected, aa.selected_area, aa.selected_cost) == ("AA", 2, 2.0, 2.0)
    assert (bb.n_units, bb.n_selected, bb.selected_area, bb.area) == (3, 1, 3.0, 5.0)
    assert aa.held.tolist() == [1.0, 2.0] and bb.held.tolist() == [1.0, 0.0]
    assert aa.held_share.tolist() == [0.5, 1.0]
    assert bb.selected_area_share == pytest.approx(0.6)
