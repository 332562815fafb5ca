"""The minimum-set problem, its two boundary linearisations and both solver back ends.

Exactness is checked against brute force over every subset of small random problems; the
expected values in fixtures are worked out by hand in the comments next to them.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.spatial import Delaunay

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import CancelledError, InputError
from cms_connectivity_plugin.core.problem import (
    FORMULATIONS,
    Boundary,
    InfeasibleError,
    Problem,
    build_milp,
    infeasible_features,
    objective_value,
)

SOLVERS = ["highs", "scipy"]


# --------------------------------------------------------------------------------------------
# Random problems and an independent brute force
# --------------------------------------------------------------------------------------------


def random_case(seed: int) -> dict:
    """A small random problem: planar adjacency from a Delaunay triangulation of points."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(6, 13))
    m = int(rng.integers(2, 5))
    points = rng.random((n, 2))
    simplices = Delaunay(points).simplices
    edges = np.concatenate([simplices[:, [0, 1]], simplices[:, [1, 2]], simplices[:, [0, 2]]])
    edges = np.unique(np.sort(edges, axis=1), axis=0)
    edges = edges[rng.random(len(edges)) < 0.8]  # some neighbours only touch at a corner
    length = rng.uniform(0.2, 2.0, len(edges))
    exposed = np.where(rng.random(n) < 0.6, rng.uniform(0.1, 2.0, n), 0.0)

    amounts = np.where(rng.random((n, m)) < 0.6, rng.uniform(0.0, 5.0, (n, m)), 0.0)
    cost = rng.uniform(0.5, 5.0, n)
    order = rng.permutation(n)
    locked_in = np.zeros(n, bool)
    locked_out = np.zeros(n, bool)
    locked_in[order[: rng.integers(0, 3)]] = True
    locked_out[order[3 : 3 + rng.integers(0, 3)]] = True
    attainable = amounts[~locked_out].sum(axis=0)
    targets = attainable * rng.uniform(0.2, 0.7, m)
    return {
        "n": n,
        "cost": cost,
        "amounts": amounts,
        "targets": targets,
        "locked_in": locked_in,
        "locked_out": locked_out,
        "pairs": edges,
        "length": length,
        "exposed": exposed,
        "blm": float(rng.uniform(0.1, 3.0)),
        "edge_factor": float(rng.choice([1.0, rng.uniform(0.0, 1.0)])),
        "rng": rng,
    }


def raw_boundary_table(case: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The case's edges as a messy Marxan-like table: reversed rows, repeats, self rows."""
    rng = case["rng"]
    i, j = case["pairs"][:, 0].copy(), case["pairs"][:, 1].copy()
    flip = rng.random(i.size) < 0.5
    i[flip], j[flip] = j[flip], i[flip]
    length = case["length"]
    repeat = rng.random(i.size) < 0.3
    # Half of the exposed edges arrive as id1 == id2 rows, the rest through `exposed`.
    as_rows = (case["exposed"] > 0) & (rng.random(case["n"]) < 0.5)
    own = np.flatnonzero(as_rows)
    rows_i = np.concatenate([i, j[repeat], own])
    rows_j = np.concatenate([j, i[repeat], own])
    rows_l = np.concatenate([length, length[repeat], case["exposed"][own]])
    rest = np.where(as_rows, 0.0, case["exposed"])
    return rows_i, rows_j, rows_l, rest


def make_problem(case: dict, formulation: str) -> Problem:
    rows_i, rows_j, rows_l, rest = raw_boundary_table(case)
    boundary = Boundary.from_pairs(case["n"], rows_i, rows_j, rows_l, exposed=rest)
    return Problem(
        cost=case["cost"],
        amounts=sp.csr_matrix(case["amounts"]),
        targets=case["targets"],
        feature_names=[f"sp{k}" for k in range(len(case["targets"]))],
        locked_in=case["locked_in"],
        locked_out=case["locked_out"],
        boundary=boundary,
        blm=case["blm"],
        edge_factor=case["edge_factor"],
        boundary_formulation=formulation,
    )


def all_subsets(n: int) -> np.ndarray:
    return ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)


def true_objective(case: dict, X: np.ndarray) -> np.ndarray:
    """cost + BLM * (E * exposed of selected + shared edges with exactly one side selected)."""
    i, j = case["pairs"][:, 0], case["pairs"][:, 1]
    cut = X[:, i] != X[:, j]
    boundary = cut @ case["length"] + case["edge_factor"] * (X @ case["exposed"])
    return X @ case["cost"] + case["blm"] * boundary


def feasible(case: dict, X: np.ndarray) -> np.ndarray:
    held = X.astype(float) @ case["amounts"]
    return (
        np.all(held >= case["targets"] * (1 - 1e-9), axis=1)
        & np.all(X[:, case["locked_in"]], axis=1)
        & ~np.any(X[:, case["locked_out"]], axis=1)
    )


def brute_force(case: dict) -> float:
    X = all_subsets(case["n"])
    values = true_objective(case, X)
    return float(values[feasible(case, X)].min())


# --------------------------------------------------------------------------------------------
# Exactness
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(30))
def test_milp_matches_brute_force(seed: int) -> None:
    case = random_case(seed)
    best = brute_force(case)
    for formulation in FORMULATIONS:
        for name in SOLVERS:
            solution = solvers.solve(make_problem(case, formulation), solver=name, mip_gap=0.0)
            X = solution.selected[None, :]
            assert feasible(case, X)[0], (formulation, name)
            found = float(true_objective(case, X)[0])
            assert found == pytest.approx(best, rel=1e-7, abs=1e-7), (formulation, name)
            assert solution.objective == pytest.approx(found, rel=1e-9, abs=1e-9)
            assert solution.status == "optimal"
            assert solution.bound <= solution.objective + 1e-6


@pytest.mark.parametrize("seed", range(5))
def test_formulations_encode_the_true_objective(seed: int) -> None:
    """For every subset, the auxiliary columns built from it satisfy the model's rows on the
    boundary part and price it at exactly the true objective (not just at the optimum)."""
    case = random_case(100 + seed)
    X = all_subsets(case["n"])
    X = X[:: max(1, len(X) // 256)]
    expected = true_objective(case, X)
    n_targets = len(case["targets"])
    for formulation in FORMULATIONS:
        model = build_milp(make_problem(case, formulation))
        V = np.stack([model.columns_for(x) for x in X])
        activity = (model.A @ V.T).T
        assert np.all(activity[:, n_targets:] <= model.row_upper[n_targets:] + 1e-9)
        assert np.all(activity[:, n_targets:] >= model.row_lower[n_targets:] - 1e-9)
        aux = slice(model.n_x, model.n_cols)
        assert np.all(V[:, aux] >= model.col_lower[aux] - 1e-12)
        assert np.all(V[:, aux] <= model.col_upper[aux] + 1e-12)
        np.testing.assert_allclose(V @ model.c + model.offset, expected, atol=1e-9)


def hex_grid(rows: int, cols: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Odd-row offset hexagons: each cell touches up to 6 neighbours with edges of length 1."""
    index = np.arange(rows * cols).reshape(rows, cols)
    r, c = np.divmod(np.arange(rows * cols), cols)
    pairs = []
    east = c < cols - 1
    pairs.append(np.stack([index[r[east], c[east]], index[r[east], c[east] + 1]], axis=1))
    down = r < rows - 1
    shift = np.where(r % 2 == 1, 1, -1)  # the second lower neighbour
    pairs.append(np.stack([index[r[down], c[down]], index[r[down] + 1, c[down]]], axis=1))
    diag = down & (c + shift >= 0) & (c + shift < cols)
    pairs.append(
        np.stack([index[r[diag], c[diag]], index[r[diag] + 1, c[diag] + shift[diag]]], axis=1)
    )
    pairs = np.concatenate(pairs)
    degree = np.bincount(pairs.ravel(), minlength=rows * cols)
    return pairs[:, 0], pairs[:, 1], 6.0 - degree


@pytest.mark.parametrize("blm", [0.3, 1.0, 4.0])
def test_knapsack_and_simple_agree_on_hexagons(blm: float) -> None:
    rng = np.random.default_rng(7)
    i, j, exposed = hex_grid(6, 6)
    n = 36
    assert exposed.min() >= 0 and exposed.max() <= 4
    amounts = np.where(rng.random((n, 3)) < 0.5, rng.uniform(0, 10, (n, 3)), 0.0)
    base = {
        "cost": rng.uniform(1, 3, n),
        "amounts": amounts,
        "targets": 0.3 * amounts.sum(axis=0),
        "boundary": Boundary.from_pairs(n, i, j, np.ones(i.size), exposed=exposed),
        "blm": blm,
        "edge_factor": 0.5,
    }
    results = {
        f: solvers.solve(Problem(**base, boundary_formulation=f), solver="highs", mip_gap=0.0)
        for f in FORMULATIONS
    }
    knapsack, simple = results["knapsack"], results["simple"]
    assert knapsack.objective == pytest.approx(simple.objective, rel=1e-7)
    assert knapsack.status == simple.status == "optimal"
    scipy_simple = solvers.solve(
        Problem(**base, boundary_formulation="simple"), solver="scipy", mip_gap=0.0
    )
    assert scipy_simple.objective == pytest.approx(knapsack.objective, rel=1e-7)


# --------------------------------------------------------------------------------------------
# Hand-checkable fixtures
# --------------------------------------------------------------------------------------------


def prioritizr_fixture(**locks) -> Problem:
    """prioritizr's test_add_min_set_objective.R problem: costs (1, 2, 2, NA), features
    (2, 1, 1, 0) and (10, 10, 10, 10), absolute targets (2, 10). Our costs cannot be NA, so the
    4th unit costs 5 and is locked out where prioritizr's NA would exclude it."""
    return Problem(
        cost=[1.0, 2.0, 2.0, 5.0],
        amounts=np.array([[2.0, 10.0], [1.0, 10.0], [1.0, 10.0], [0.0, 10.0]]),
        targets=[2.0, 10.0],
        feature_names=["a", "b"],
        **locks,
    )


@pytest.mark.parametrize("name", SOLVERS)
def test_prioritizr_fixture(name: str) -> None:
    # As in prioritizr: unit 1 locked out, unit 2 locked in, unit 4 has no cost (NA), so it is
    # not available (locked out here). Feature a then needs units 2 and 3 (1 + 1 = 2): cost 4.
    problem = prioritizr_fixture(
        locked_in=[False, True, False, False], locked_out=[True, False, False, True]
    )
    solution = solvers.solve(problem, solver=name, mip_gap=0.0)
    assert solution.selected.tolist() == [False, True, True, False]
    assert solution.objective == pytest.approx(4.0)
    # Without the locks unit 1 alone holds (2, 10) at cost 1.
    free = solvers.solve(prioritizr_fixture(), solver=name, mip_gap=0.0)
    assert free.selected.tolist() == [True, False, False, False]
    assert free.objective == pytest.approx(1.0)


def test_boundary_penalty_by_hand() -> None:
    # A row of 3 units, shared edges 0-1 of length 2 and 1-2 of length 1, unit 2 has an exposed
    # edge of 5 (given as Marxan's id1 == id2 row). Units 0 and 2 hold feature a (1 each,
    # target 1) at cost 1 and 1.5; unit 1 costs 10.
    boundary = Boundary.from_pairs(3, [0, 1, 2], [1, 2, 2], [2.0, 1.0, 5.0])
    problem = Problem(
        cost=[1.0, 10.0, 1.5],
        amounts=np.array([[1.0], [0.0], [1.0]]),
        targets=[1.0],
        boundary=boundary,
        blm=1.0,
        edge_factor=1.0,
    )
    # {0}: 1 + 2 = 3; {2}: 1.5 + (1 + 5) = 7.5, so unit 0 wins.
    assert objective_value(problem, [True, False, False]) == pytest.approx(3.0)
    assert objective_value(problem, [False, False, True]) == pytest.approx(7.5)
    for formulation in FORMULATIONS:
        problem.boundary_formulation = formulation
        for name in SOLVERS:
            solution = solvers.solve(problem, solver=name, mip_gap=0.0)
            assert solution.selected.tolist() == [True, False, False]
            assert solution.objective == pytest.approx(3.0)
    # With a half edge factor, {2} costs 1.5 + 1 + 2.5 = 5: still worse than 3.
    problem.edge_factor = 0.5
    assert objective_value(problem, [False, False, True]) == pytest.approx(5.0)


def test_targets_really_met_on_a_larger_problem() -> None:
    rng = np.random.default_rng(11)
    i, j, exposed = hex_grid(10, 15)
    n, m = 150, 10
    amounts = sp.random(n, m, density=0.3, random_state=3, format="csr") * 100
    dense = amounts.toarray()
    targets = 0.3 * dense.sum(axis=0)
    locked_in = rng.random(n) < 0.03
    locked_out = (rng.random(n) < 0.05) & ~locked_in
    problem = Problem(
        cost=rng.uniform(1, 2, n),
        amounts=amounts,
        targets=targets,
        locked_in=locked_in,
        locked_out=locked_out,
        boundary=Boundary.from_pairs(n, i, j, np.full(i.size, 0.7), exposed=exposed),
        blm=0.2,
    )
    # Boundary penalties on hexagons are hard: allow a short run and check whatever comes back.
    solution = solvers.solve(problem, solver="highs", mip_gap=0.02, time_limit=1.5)
    x = solution.selected
    held = dense[x].sum(axis=0)
    assert np.all(held >= targets * (1 - 1e-9))
    assert np.all(x[locked_in]) and not np.any(x[locked_out])
    # The reported objective is the true one, recomputed here from the raw edges.
    cut = x[i] != x[j]
    expected = problem.cost[x].sum() + 0.2 * (0.7 * cut.sum() + exposed[x].sum())
    assert solution.objective == pytest.approx(expected, rel=1e-12)
    assert solution.bound <= solution.objective * (1 + 1e-9)
    if solution.status == "optimal":
        assert 0 <= solution.gap <= 0.02 + 1e-9
    else:
        assert solution.status == "time limit" and solution.gap > 0


# --------------------------------------------------------------------------------------------
# Infeasibility and validation
# --------------------------------------------------------------------------------------------


def test_infeasible_features_named_with_shortfall() -> None:
    # Feature "wader" has 3 + 4 available (unit 2 is locked out), target 10: 3 short.
    # Feature "stork" has 5 available, target 5: reachable. Feature "crane": 0 of 1.
    problem = Problem(
        cost=[1.0, 1.0, 1.0],
        amounts=np.array([[3.0, 5.0, 0.0], [4.0, 0.0, 0.0], [9.0, 0.0, 0.0]]),
        targets=[10.0, 5.0, 1.0],
        feature_names=["wader", "stork", "crane"],
        locked_out=[False, False, True],
    )
    found = infeasible_features(problem)
    assert [(s.feature, s.name) for s in found] == [(0, "wader"), (2, "crane")]
    assert found[0].max_attainable == pytest.approx(7.0)
    assert found[0].shortfall == pytest.approx(3.0)
    assert found[1].max_attainable == 0.0 and found[1].shortfall == pytest.approx(1.0)
    assert "wader" in found[0].describe() and "3" in found[0].describe()
    for name in SOLVERS:
        with pytest.raises(InfeasibleError) as raised:
            solvers.solve(problem, solver=name)
        message = str(raised.value)
        assert "wader" in message and "crane" in message and "stork" not in message
        assert "10" in message and "7" in message
        assert len(raised.value.shortfalls) == 2
        assert isinstance(raised.value, InputError)


def valid_kwargs() -> dict:
    return {
        "cost": [1.0, 2.0, 3.0],
        "amounts": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
        "targets": [1.0, 1.0],
        "feature_names": ["a", "b"],
    }


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"cost": [1.0, np.nan, 3.0]}, "unit 1 "),
        ({"cost": [1.0, 2.0, -3.0]}, "unit 2 "),
        ({"locked_in": [False, True, True], "locked_out": [False, False, True]}, "unit 2 "),
        ({"targets": [1.0, -1.0]}, "'b'"),
        ({"targets": [np.nan, 1.0]}, "'a'"),
        ({"amounts": np.array([[1.0, 0.0], [0.0, -1.0], [1.0, 1.0]])}, "'b' in planning unit 1"),
        ({"targets": [1.0, 1.0, 1.0]}, "3 targets"),
        ({"cost": [1.0, 2.0]}, "2 planning units"),
        ({"boundary_formulation": "fancy"}, "'fancy'"),
        ({"blm": 1.0}, "no boundary data"),
        ({"edge_factor": 2.0}, "between 0 and 1"),
    ],
)
def test_validation_messages(change: dict, expected: str) -> None:
    with pytest.raises(InputError) as raised:
        Problem(**{**valid_kwargs(), **change}).validate()
    assert expected in str(raised.value)


def test_unit_ids_label_messages() -> None:
    kwargs = {**valid_kwargs(), "cost": [1.0, np.nan, 3.0], "unit_ids": ["h10", "h11", "h12"]}
    with pytest.raises(InputError, match="h11"):
        Problem(**kwargs).validate()


# --------------------------------------------------------------------------------------------
# Boundary table normalisation
# --------------------------------------------------------------------------------------------


def test_from_pairs_counts_duplicates_once_and_reads_exposed_rows() -> None:
    # (0, 1) appears as (0, 1) and (1, 0): one edge of length 2. (1, 2) twice with lengths
    # 1 and 1.5: one edge, the longer. (2, 2) is unit 2's exposed edge, listed twice: 4 once.
    b = Boundary.from_pairs(
        4,
        i=[0, 1, 1, 2, 2, 2, 3],
        j=[1, 0, 2, 1, 2, 2, 0],
        length=[2.0, 2.0, 1.0, 1.5, 4.0, 4.0, 0.0],
        exposed=[0.5, 0.0, 1.0, 0.0],
    )
    assert list(zip(b.i.tolist(), b.j.tolist(), b.length.tolist())) == [(0, 1, 2.0), (1, 2, 1.5)]
    assert b.exposed.tolist() == [0.5, 0.0, 5.0, 0.0]  # 1 given + 4 from the (2, 2) row
    # Unit 0 alone: its exposed 0.5 + shared edge 2 with unit 1.
    assert b.boundary_of(np.array([True, False, False, False])) == pytest.approx(2.5)
    assert b.boundary_of(np.array([True, False, False, False]), 0.0) == pytest.approx(2.0)
    # Units 0 and 1: the edge between them is inside; 0.5 + 1.5 to unit 2.
    assert b.boundary_of(np.array([True, True, False, False])) == pytest.approx(2.0)
    stacked = b.boundary_of(np.array([[True, False, False, False], [True, True, False, False]]))
    np.testing.assert_allclose(stacked, [2.5, 2.0])
    np.testing.assert_allclose(b.shared_total(), [2.0, 3.5, 1.5, 0.0])


def test_from_pairs_rejects_bad_rows() -> None:
    with pytest.raises(InputError, match="outside 0..2"):
        Boundary.from_pairs(3, [0, 3], [1, 1], [1.0, 1.0])
    with pytest.raises(InputError, match="negative length"):
        Boundary.from_pairs(3, [0], [1], [-1.0])
    with pytest.raises(InputError, match="every row needs all three"):
        Boundary.from_pairs(3, [0, 1], [1], [1.0])


# --------------------------------------------------------------------------------------------
# Solver behaviour: warm start, progress, time limit, cancel, dispatch
# --------------------------------------------------------------------------------------------


def hard_problem() -> Problem:
    """A set-cover-like problem HiGHS cannot close at gap 0 within a second or so."""
    rng = np.random.default_rng(0)
    n, m = 400, 60
    amounts = sp.random(n, m, density=0.1, random_state=1, format="csr")
    return Problem(
        cost=rng.uniform(1, 10, n),
        amounts=amounts,
        targets=0.3 * np.asarray(amounts.sum(axis=0)).ravel(),
    )


def test_warm_start_gives_the_same_optimum() -> None:
    case = random_case(3)
    problem = make_problem(case, "knapsack")
    cold = solvers.solve(problem, solver="highs", mip_gap=0.0)
    everything = np.ones(case["n"], bool)  # feasible; locks are applied by the solver
    warm = solvers.solve(problem, solver="highs", mip_gap=0.0, warm_start=everything)
    assert warm.objective == pytest.approx(cold.objective, rel=1e-9)
    with pytest.raises(InputError, match="warm start"):
        solvers.solve(problem, solver="highs", warm_start=np.ones(2, bool))


def test_highs_progress_and_time_limit() -> None:
    reports: list[dict] = []
    solution = solvers.solve(
        hard_problem(), solver="highs", mip_gap=0.0, time_limit=1.0, progress=reports.append
    )
    assert solution.status == "time limit"
    assert solution.gap > 0 and solution.bound < solution.objective
    found = [r for r in reports if r["event"] == "solution"]
    assert found, reports
    assert set(found[0]) == {"event", "objective", "bound", "gap", "runtime_s", "nodes"}
    # Each improving solution is better than the last, and the final one is what we return.
    objectives = [r["objective"] for r in found]
    assert objectives == sorted(objectives, reverse=True)
    assert solution.objective == pytest.approx(objectives[-1], rel=1e-9)


def test_highs_cancel_raises() -> None:
    calls = []

    def should_cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the solve start, then cancel at the first poll

    with pytest.raises(CancelledError):
        solvers.solve(hard_problem(), solver="highs", mip_gap=0.0, should_cancel=should_cancel)
    assert len(calls) == 2


def test_highs_progress_error_is_reraised() -> None:
    def broken(report: dict) -> None:
        raise RuntimeError("listener failed")

    with pytest.raises(RuntimeError, match="listener failed"):
        solvers.solve(hard_problem(), solver="highs", mip_gap=0.0, progress=broken)


def test_dispatch() -> None:
    assert solvers.available_solvers()[:2] == ["highs", "scipy"]
    problem = prioritizr_fixture()
    assert solvers.solve(problem, mip_gap=0.0).solver.startswith("HiGHS 1.")
    with pytest.raises(InputError, match="Unknown solver 'cplex'"):
        solvers.solve(problem, solver="cplex")
    with pytest.raises(InputError, match="time limit"):
        solvers.solve(problem, time_limit=-1)
    with pytest.raises(InputError, match="gap"):
        solvers.solve(problem, solver="scipy", mip_gap=np.nan)


def test_highs_thread_count_can_change_between_solves() -> None:
    # HiGHS keeps one process-wide thread pool; a new count used to fail with "global
    # scheduler has already been initialized".
    problem = make_problem(random_case(1), "knapsack")
    values = [
        solvers.solve(problem, solver="highs", mip_gap=0.0, threads=t).objective
        for t in (1, 2, None, 1)
    ]
    assert values == pytest.approx([values[0]] * 4, rel=1e-9)


def test_highs_log_goes_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    problem = make_problem(random_case(2), "simple")
    with caplog.at_level("INFO", logger="cms_connectivity_plugin.core.solvers.highs"):
        solvers.solve(problem, solver="highs", verbose=True)
    assert any("MIP" in record.getMessage() for record in caplog.records)
