"""Score any selection, ours or from elsewhere (Marxan, a user's sketch), against a problem.

Separate from the solvers on purpose, like prioritizr's ``eval_target_coverage_summary`` and
``eval_boundary_summary``: every number is recomputed from the inputs, never taken from a
solver's own report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import InputError
from .i18n import tr
from .problem import Problem, Solution, objective_value, targets_met


@dataclass(frozen=True)
class Coverage:
    """How much of one feature a selection holds against its target.

    held_j = sum_i r_ij x_i; shortfall_j = max(0, T_j - held_j); met within
    :data:`~.problem.TARGET_TOLERANCE`.
    """

    feature: int
    name: str
    target: float
    held: float
    met: bool
    shortfall: float


def _selection(problem: Problem, selected: Solution | np.ndarray) -> np.ndarray:
    x = selected.selected if isinstance(selected, Solution) else selected
    x = np.asarray(x, dtype=bool)
    if x.shape != (problem.n_units,):
        raise InputError(
            tr("The selection has shape {shape}; give one flag per planning unit ({n}).").format(
                shape=x.shape, n=problem.n_units
            )
        )
    return x


def held_amounts(problem: Problem, selected: Solution | np.ndarray) -> np.ndarray:
    """held_j = sum_i r_ij x_i for every feature, as one sparse product."""
    x = _selection(problem, selected)
    return np.asarray(problem.amounts.T @ x.astype(float), dtype=float).ravel()


def target_coverage(problem: Problem, selected: Solution | np.ndarray) -> list[Coverage]:
    """Per-feature target, amount held, whether it is met and by how much it falls short."""
    held = held_amounts(problem, selected)
    met = targets_met(problem.targets, held)
    short = np.where(met, 0.0, np.maximum(problem.targets - held, 0.0))
    return [
        Coverage(
            feature=k,
            name=name,
            target=float(target),
            held=float(h),
            met=bool(ok),
            shortfall=float(s),
        )
        for k, (name, target, h, ok, s) in enumerate(
            zip(problem.feature_names, problem.targets, held, met, short)
        )
    ]


def summary(problem: Problem, solution: Solution | np.ndarray) -> dict[str, Any]:
    """Headline numbers of a selection: cost, boundary, objective, units, targets met.

    ``boundary`` is Marxan's boundary length (with the edge factor), before the BLM;
    ``objective`` = cost + BLM * boundary. Solver fields are added when given a Solution.
    """
    x = _selection(problem, solution)
    held = held_amounts(problem, x)
    met = targets_met(problem.targets, held)
    boundary = (
        problem.boundary.boundary_of(x, problem.edge_factor)
        if problem.boundary is not None
        else 0.0
    )
    result: dict[str, Any] = {
        "cost": float(problem.cost @ x),
        "boundary": float(boundary),
        "objective": objective_value(problem, x),
        "n_selected": int(x.sum()),
        "n_units": problem.n_units,
        "n_features": problem.n_features,
        "n_targets_met": int(met.sum()),
    }
    if isinstance(solution, Solution):
        result.update(
            status=solution.status,
            bound=solution.bound,
            gap=solution.gap,
            runtime_s=solution.runtime_s,
            solver=solution.solver,
        )
    return result
