""" "Stop and keep": a solve asked to stop early returns its best network, marked as such."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import sparse

from cms_connectivity_plugin.core import solvers
from cms_connectivity_plugin.core.errors import CancelledError
from cms_connectivity_plugin.core.evaluate import target_coverage
from cms_connectivity_plugin.core.planning_units import boundary_table
from cms_connectivity_plugin.core.problem import Problem

pytest.importorskip("highspy")


def hard_problem() -> Problem:
    """1,600 square units, 15 features, a strong boundary penalty: not solved at the root."""
    xs, ys = np.meshgrid(np.arange(40), np.arange(40))
    x, y = xs.ravel() * 1000.0, ys.ravel() * 1000.0
    boxes = shapely.box(x, y, x + 1000.0, y + 1000.0)
    rng = np.random.default_rng(1)
    values = rng.random((len(boxes), 15)) * (rng.random((len(boxes), 15)) < 0.2)
    amounts = sparse.csr_matrix(values)
    return Problem(
        cost=rng.uniform(1, 10, len(boxes)),
        amounts=amounts,
        targets=np.asarray(amounts.sum(axis=0)).ravel() * 0.3,
        boundary=boundary_table(boxes, tolerance=1.0),
        blm=2.0,
    )


def _after(n: int):
    calls = [0]

    def ask() -> bool:
        calls[0] += 1
        return calls[0] > n

    return ask


def test_stop_keeps_the_best_network_with_its_gap():
    problem = hard_problem()
    solution = solvers.solve(problem, time_limit=120, mip_gap=0.0, should_stop=_after(3))
    assert solution.status == "interrupted"
    assert solution.gap > 0  # not proven optimal, and says by how much
    assert solution.bound < solution.objective
    # The network kept is a real one: every target met.
    assert all(c.met for c in target_coverage(problem, solution.selected))


def test_cancel_still_keeps_nothing():
    with pytest.raises(CancelledError):
        solvers.solve(hard_problem(), time_limit=120, mip_gap=0.0, should_cancel=_after(3))
