"""Evaluators recompute everything from the inputs; fixtures are checked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.evaluate import (
    boundary_length,
    country_contribution,
    held_amounts,
    patches,
    species_coverage,
    summary,
    target_coverage,
)
from cms_connectivity_plugin.core.problem import Boundary, Problem


def row_of_three() -> Problem:
    # Units 0-1-2 in a row: shared edges 0-1 (2) and 1-2 (1); unit 2 exposed edge 5.
    return Problem(
        cost=[1.0, 10.0, 1.5],
        amounts=np.array([[1.0, 0.0], [0.0, 3.0], [1.0, 1.0]]),
        targets=[1.0, 2.5],
        feature_names=["stork", "crane"],
        boundary=Boundary.from_pairs(3, [0, 1, 2], [1, 2, 2], [2.0, 1.0, 5.0]),
        blm=0.5,
        edge_factor=1.0,
    )


def test_target_coverage_by_hand() -> None:
    problem = row_of_three()
    coverage = target_coverage(problem, np.array([True, False, True]))
    # stork: 1 + 1 = 2 >= 1 met; crane: 0 + 1 = 1 < 2.5, 1.5 short.
    assert [c.name for c in coverage] == ["stork", "crane"]
    assert [c.held for c in coverage] == [2.0, 1.0]
    assert [c.met for c in coverage] == [True, False]
    assert coverage[0].shortfall == 0.0
    assert coverage[1].shortfall == pytest.approx(1.5)
    assert coverage[1].target == 2.5 and coverage[1].feature == 1


def test_summary_by_hand() -> None:
    problem = row_of_three()
    result = summary(problem, np.array([True, False, True]))
    # cost 2.5; boundary: edge 0-1 (2) + edge 1-2 (1) + exposed 5 = 8; objective 2.5 + 0.5 * 8.
    assert result["cost"] == pytest.approx(2.5)
    assert result["boundary"] == pytest.approx(8.0)
    assert result["objective"] == pytest.approx(6.5)
    assert result["n_selected"] == 2
    assert result["n_targets_met"] == 1
    assert result["n_features"] == 2


def test_summary_of_a_solution_agrees_with_the_solver() -> None:
    problem = row_of_three()
    solution = solvers.solve(problem, mip_gap=0.0)
    result = summary(problem, solution)
    assert result["objective"] == pytest.approx(solution.objective)
    assert result["n_targets_met"] == 2
    assert result["status"] == "optimal" and result["solver"] == solution.solver
    held = problem.amounts.toarray()[solution.selected].sum(axis=0)
    np.testing.assert_allclose(held_amounts(problem, solution), held)


def test_selection_shape_is_checked() -> None:
    with pytest.raises(InputError, match="one flag per planning unit"):
        target_coverage(row_of_three(), np.array([True, False]))


def test_summary_counts_patches() -> None:
    # {0, 2}: two patches of one unit each (unit 1 between them is not selected).
    result = summary(row_of_three(), np.array([True, False, True]))
    assert result["n_patches"] == 2 and result["largest_patch"] == 1
    assert result["sense"] == "min"
    assert "n_patches" not in summary(
        Problem(cost=[1.0], amounts=np.array([[1.0]]), targets=[1.0]), np.array([True])
    )


def test_evaluators_take_a_marxan_style_selection() -> None:
    # A Marxan _best file gives SOLUTION as 0/1 integers per PUID.
    problem = row_of_three()
    marxan = [1, 1, 0]
    assert boundary_length(problem, marxan) == pytest.approx(1.0)  # edge 1-2 only
    assert patches(problem, marxan).sizes.tolist() == [2]
    rows = country_contribution(problem, marxan, ["AA", "BB", "BB"])
    assert [(r.country, r.n_selected, r.selected_cost) for r in rows] == [
        ("AA", 1, 1.0),
        ("BB", 1, 10.0),
    ]
    species = species_coverage(problem, marxan, ["stork", "crane"])
    assert [(s.species, s.all_met) for s in species] == [("crane", True), ("stork", True)]


def test_evaluator_inputs_are_checked() -> None:
    problem = row_of_three()
    with pytest.raises(InputError, match="species labels"):
        species_coverage(problem, [1, 0, 0], ["only one"])
    with pytest.raises(InputError, match="country codes"):
        country_contribution(problem, [1, 0, 0], ["AA"])
    no_boundary = Problem(cost=[1.0, 2.0], amounts=np.eye(2), targets=[1.0, 1.0])
    with pytest.raises(InputError, match="boundary table"):
        patches(no_boundary, [1, 1])
