"""BLM calibration: trade-off curve against brute force, Cohon's BLM by hand, the PNG plot."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from cms_connectivity_plugin.core.calibration import (
    BoundaryCap,
    CostCap,
    TradeoffPoint,
    blm_tradeoff,
    cohon_blm,
    plot_tradeoff,
)
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.problem import Boundary, MaxCoverage, Problem, is_feasible

EXACT = {"mip_gap": 0.0}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def grid_problem(seed: int) -> Problem:
    """A 3 x 3 rook grid with random costs, amounts, shared and exposed edges."""
    rng = np.random.default_rng(seed)
    index = np.arange(9).reshape(3, 3)
    pairs = np.concatenate(
        [
            np.column_stack([index[:, :-1].ravel(), index[:, 1:].ravel()]),
            np.column_stack([index[:-1, :].ravel(), index[1:, :].ravel()]),
        ]
    )
    amounts = np.where(rng.random((9, 2)) < 0.7, rng.uniform(0.5, 3.0, (9, 2)), 0.0)
    return Problem(
        cost=rng.uniform(1.0, 5.0, 9),
        amounts=sp.csr_matrix(amounts),
        targets=amounts.sum(axis=0) * 0.45,
        boundary=Boundary.from_pairs(
            9, pairs[:, 0], pairs[:, 1], rng.uniform(0.5, 2.0, len(pairs)), np.full(9, 1.0)
        ),
    )


def brute_force(problem: Problem, blm: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cost, boundary and objective at ``blm`` of every feasible selection."""
    n = problem.n_units
    X = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)
    X = X[np.all(X.astype(float) @ problem.amounts.toarray() >= problem.targets, axis=1)]
    b = problem.boundary
    boundary = (X[:, b.i] != X[:, b.j]) @ b.length + problem.edge_factor * (X @ b.exposed)
    cost = X @ problem.cost
    return cost, boundary, cost + blm * boundary


def test_tradeoff_points_are_optimal_at_each_blm() -> None:
    problem = grid_problem(1)
    blms = [0.0, 0.3, 1.0, 3.0, 10.0]
    points = blm_tradeoff(problem, blms, **EXACT)
    assert [p.blm for p in points] == blms
    for point in points:
        cost, boundary, objective = brute_force(problem, point.blm)
        assert point.objective == pytest.approx(objective.min(), rel=1e-9)
        assert point.objective == pytest.approx(point.cost + point.blm * point.boundary)
        assert point.cost == pytest.approx(problem.cost @ point.selected)
        assert is_feasible(problem, point.selected)
    # A larger BLM never buys a longer boundary or a cheaper plan (weighted-sum optima).
    assert np.all(np.diff([p.boundary for p in points]) <= 1e-9)
    assert np.all(np.diff([p.cost for p in points]) >= -1e-9)
    assert points[0].boundary > points[-1].boundary


def test_tradeoff_rejects_bad_input() -> None:
    problem = grid_problem(1)
    with pytest.raises(InputError, match="finite number of 0 or more"):
        blm_tradeoff(problem, [1.0, -1.0])
    with pytest.raises(InputError, match="at least one BLM"):
        blm_tradeoff(problem, [])
    with pytest.raises(InputError, match="needs boundary data"):
        blm_tradeoff(dataclasses.replace(problem, boundary=None), [1.0])


def options_problem() -> Problem:
    """One feature (target 1) and seven ways to hold it, worked out by hand.

    unit  cost  exposed edge  holds   alone: (cost, boundary)
    0     1     10            1       (1, 10)   cheapest
    1     1     12            1       (1, 12)   as cheap, longer: the tie-break must skip it
    2     5     2             1       (5, 2)    shortest boundary
    3     7     2             1       (7, 2)    as short, dearer: the tie-break must skip it
    4     2     5             1       (2, 5)    the compromise
    5, 6  1.5   3 each,       0.5     together (3, 6): the shared edge of 3 is interior
                shared 3

    Cheapest: a = 1 with boundary b = 10 (unit 0). Shortest: c = 2 at cost d = 5 (unit 2).
    BLM* = (d - a) / (b - c) = (5 - 1) / (10 - 2) = 0.5. At BLM 0.5 the two ends tie
    (1 + 5 = 5 + 1 = 6) and the compromise wins: 2 + 0.5 * 5 = 4.5 (units 5 + 6: 3 + 3 = 6).
    """
    amounts = np.array([[1.0], [1.0], [1.0], [1.0], [1.0], [0.5], [0.5]])
    return Problem(
        cost=[1.0, 1.0, 5.0, 7.0, 2.0, 1.5, 1.5],
        amounts=amounts,
        targets=[1.0],
        boundary=Boundary.from_pairs(
            7, [5, 5], [6, 6], [3.0, 3.0], exposed=[10.0, 12.0, 2.0, 2.0, 5.0, 6.0, 6.0]
        ),
        blm=123.0,  # ignored by the calibration
    )


def test_cohon_blm_by_hand() -> None:
    problem = options_problem()
    result = cohon_blm(problem)
    assert not result.degenerate and result.note == ""
    assert result.min_cost.cost == pytest.approx(1.0)
    assert result.min_cost.boundary == pytest.approx(10.0)
    assert result.min_boundary.boundary == pytest.approx(2.0)
    assert result.min_boundary.cost == pytest.approx(5.0)
    assert result.blm == pytest.approx(0.5)
    assert np.flatnonzero(result.min_cost.selected).tolist() == [0]
    assert np.flatnonzero(result.min_boundary.selected).tolist() == [2]
    (point,) = blm_tradeoff(problem, [result.blm], **EXACT)
    assert np.flatnonzero(point.selected).tolist() == [4]
    assert point.objective == pytest.approx(4.5)


def test_cohon_degenerate_when_cheapest_is_also_shortest() -> None:
    problem = options_problem()
    exposed = problem.boundary.exposed.copy()
    exposed[0] = 1.0  # unit 0: cheapest and shortest at once
    problem = dataclasses.replace(
        problem, boundary=Boundary.from_pairs(7, [5], [6], [3.0], exposed=exposed)
    )
    result = cohon_blm(problem)
    assert result.degenerate and result.blm == 0.0
    assert "do not conflict" in result.note
    assert result.min_cost.boundary == pytest.approx(result.min_boundary.boundary)


def test_cohon_needs_the_minimum_set_and_boundary() -> None:
    problem = options_problem()
    with pytest.raises(InputError, match="needs boundary data"):
        cohon_blm(dataclasses.replace(problem, boundary=None, blm=0.0))
    with pytest.raises(InputError, match="minimum-set objective"):
        cohon_blm(dataclasses.replace(problem, objective=MaxCoverage(budget=3.0)))


def test_caps_as_constraints() -> None:
    problem = dataclasses.replace(options_problem(), blm=0.0)
    X = np.eye(7, dtype=bool)
    np.testing.assert_array_equal(
        CostCap(problem.cost, 1.5).satisfied(problem, X),
        [True, True, False, False, False, True, True],
    )
    np.testing.assert_array_equal(
        BoundaryCap(5.0).satisfied(problem, X), [False, False, True, True, True, False, False]
    )
    # As constraints, the caps bind in the solver as they do in the check.
    from cms_connectivity_plugin.core import solvers

    capped = dataclasses.replace(problem, constraints=(BoundaryCap(5.0),))
    chosen = solvers.solve(capped, **EXACT).selected
    assert np.flatnonzero(chosen).tolist() == [4] and is_feasible(capped, chosen)


# --------------------------------------------------------------------------------------------
# Plot
# --------------------------------------------------------------------------------------------


def test_plot_tradeoff_writes_a_png(tmp_path: Path) -> None:
    problem = grid_problem(2)
    points = blm_tradeoff(problem, [0.0, 0.1, 0.3, 1.0, 3.0, 10.0], **EXACT)
    target = tmp_path / "tradeoff.png"
    target.write_bytes(b"old")  # replaced atomically
    written = plot_tradeoff(points, target, chosen_blm=1.0, title="Trade-off test")
    assert written == target
    data = target.read_bytes()
    assert data[:8] == PNG_SIGNATURE and len(data) > 5000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tradeoff.png"]  # no temp files left


def test_plot_tradeoff_labels_and_errors(tmp_path: Path) -> None:
    selected = np.zeros(3, bool)
    points = [
        TradeoffPoint(0.0, 10.0, 8.0, 10.0, selected),
        TradeoffPoint(0.5, 10.0, 8.0, 14.0, selected),  # same point: one shared label
        TradeoffPoint(2.0, 14.0, 3.0, 20.0, selected),
    ]
    path = plot_tradeoff(points, str(tmp_path / "plot.png"), chosen_blm=0.7)
    assert path.read_bytes()[:8] == PNG_SIGNATURE
    with pytest.raises(InputError, match="does not exist"):
        plot_tradeoff(points, tmp_path / "missing" / "plot.png")
    with pytest.raises(InputError, match="no trade-off points"):
        plot_tradeoff([], tmp_path / "empty.png")
