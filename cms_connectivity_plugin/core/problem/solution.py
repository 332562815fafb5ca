"""What solvers return and the checks every solver shares before and after solving."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..i18n import tr
from .milp import MilpModel
from .model import Problem, check_reachable, objective_value


@dataclass(frozen=True, eq=False)
class Solution:
    """What a solver returns: the selection and how good it is known to be.

    ``objective`` is recomputed from the rounded selection with :func:`objective_value`, in
    the objective's own sense (``sense`` "min" or "max"); ``bound`` is the solver's proven
    bound on it (lower for "min", upper for "max"; the tie-break allowance of the budget
    objectives included) and ``gap`` = |bound - objective| / |objective|.
    ``model_objective`` is the programme's own (minimised) objective at the solution, tie-break
    terms included; None when no programme was solved (heuristics).
    """

    selected: np.ndarray
    status: str
    objective: float
    bound: float
    gap: float
    runtime_s: float
    solver: str
    model_objective: float | None = None
    sense: str = "min"


def relative_gap(objective: float, bound: float, sense: str = "min") -> float:
    """(objective - bound) / |objective| for "min", (bound - objective) / |objective| for
    "max"; 0 when they agree, inf without a bound."""
    if bound is None or not np.isfinite(bound):
        return float("inf")
    diff = objective - bound if sense == "min" else bound - objective
    diff = max(diff, 0.0)
    if diff <= 1e-9 * max(1.0, abs(objective)):
        return 0.0
    return diff / abs(objective) if objective != 0 else float("inf")


def make_solution(
    problem: Problem,
    model: MilpModel,
    values: np.ndarray,
    *,
    status: str,
    bound: float | None,
    runtime_s: float,
    solver: str,
) -> Solution:
    """Round solver column values to a selection and report it with the true objective.

    ``bound`` is the solver's lower bound on the whole (minimised) programme, offset
    included; it is turned into a bound on the objective in its own sense:
    f >= bound - t for "min" and f <= t - bound for "max", t the tie-break allowance.
    """
    selected = np.asarray(values[: model.n_x], dtype=float) > 0.5
    objective = objective_value(problem, selected)
    sense = problem.objective.sense
    allowance = problem.objective.tie_break_bound(problem)
    if bound is None or not np.isfinite(bound):
        bound_value = float("-inf") if sense == "min" else float("inf")
    elif sense == "min":
        bound_value = float(bound) - allowance
    else:
        bound_value = allowance - float(bound)
    return Solution(
        selected=selected,
        status=status,
        objective=objective,
        bound=bound_value,
        gap=relative_gap(objective, bound_value, sense),
        runtime_s=float(runtime_s),
        solver=solver,
        model_objective=model.objective_of(model.columns_for(selected)),
        sense=sense,
    )


def prepare(problem: Problem, warm_start: np.ndarray | None = None) -> np.ndarray | None:
    """Checks every solver makes first: validate, name unreachable targets, tidy warm start.

    The warm start is forced to respect the locks so the solver does not discard it.
    """
    problem.validate()
    check_reachable(problem)
    if warm_start is None:
        return None
    start = np.asarray(warm_start, dtype=bool)
    if start.shape != (problem.n_units,):
        raise InputError(
            tr("The warm start has shape {shape}; give one flag per planning unit ({n}).").format(
                shape=start.shape, n=problem.n_units
            )
        )
    locked_in, locked_out = problem.effective_locks()
    return (start | locked_in) & ~locked_out


def no_solution_message(solver: str, status: str, time_limit: float | None) -> str:
    """Why a solver returned nothing usable, and what to try next."""
    if time_limit is not None:
        return tr(
            "{solver} stopped ({status}) before finding any selection that meets every target "
            "and constraint; allow more than {limit:g} s or a larger optimality gap."
        ).format(solver=solver, status=status, limit=time_limit)
    return tr(
        "{solver} stopped ({status}) before finding any selection that meets every target and "
        "constraint; allow a larger optimality gap or simplify the problem."
    ).format(solver=solver, status=status)


class ModelInfeasibleError(InputError):
    """The solver proved that no selection satisfies the targets, budget and constraints
    together, although each passed its own check (``status`` is "infeasible")."""

    status = "infeasible"

    def __init__(self, solver: str):
        self.solver = solver
        super().__init__(
            tr(
                "{solver} found no selection that satisfies the targets, budget and "
                "constraints together, although each can be met on its own; relax a "
                "constraint, the budget or a target."
            ).format(solver=solver)
        )


def check_options(time_limit: float | None, mip_gap: float, threads: int | None) -> None:
    """Reject solver settings that would make the run meaningless."""
    if time_limit is not None and not (np.isfinite(time_limit) and time_limit > 0):
        raise InputError(
            tr("The time limit is {value} s; give a positive number of seconds.").format(
                value=time_limit
            )
        )
    if not (np.isfinite(mip_gap) and mip_gap >= 0):
        raise InputError(
            tr("The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01.").format(
                value=mip_gap
            )
        )
    if threads is not None and int(threads) < 1:
        raise InputError(
            tr("The number of threads is {value}; give 1 or more.").format(value=threads)
        )
