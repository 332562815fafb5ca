"""Solver back ends behind one call: HiGHS through highspy, else SciPy's ``milp``; the greedy
heuristic (minimum set only, no optimality bound) on request with ``solver="greedy"``.

Large minimum-set problems with a boundary penalty (and no constraint but locks) go by default
to ``"lagrangian"`` (:mod:`.lagrangian`: a Lagrangian bound from minimum cuts, repaired cut
solutions, HiGHS on cores and, with time left on smaller problems, on the whole problem):
from :data:`.lagrangian.MIN_UNITS` free units on, it reaches a far smaller proven gap than
HiGHS alone in the same time (bench/RESULTS.md). Back ends are imported only when used, so
loading the plugin stays cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache

import numpy as np

from ..errors import InputError
from ..i18n import tr
from ..problem import Problem, Solution

#: Back ends in order of preference: name -> (module, import that must succeed).
_BACKENDS: dict[str, tuple[str, str]] = {
    "highs": (".highs", "highspy"),
    "scipy": (".scipy_milp", "scipy.optimize"),
    "lagrangian": (".lagrangian", "highspy"),
    "greedy": (".greedy", "numpy"),
}


#: Back ends that prove optimality; the default is the first available of these (but see
#: :func:`solve` for large problems with a boundary penalty).
EXACT: tuple[str, ...] = ("highs", "scipy", "lagrangian")


@cache
def _importable(module: str) -> bool:
    try:
        imported = importlib.import_module(module)
    except Exception:  # noqa: BLE001 - a broken binary counts as missing
        return False
    # scipy.optimize.milp arrived in SciPy 1.9.
    return module != "scipy.optimize" or hasattr(imported, "milp")


def available_solvers() -> list[str]:
    """Names of the usable back ends, preferred first (``"highs"``, ``"scipy"``,
    ``"lagrangian"``, ``"greedy"``)."""
    return [name for name, (_, needs) in _BACKENDS.items() if _importable(needs)]


def backend(name: str | None = None) -> Callable[..., Solution]:
    """The ``solve`` function of back end ``name``, or of the preferred one when None."""
    names = available_solvers()
    if name is None:
        exact = [found for found in names if found in EXACT]
        if not exact:
            raise InputError(
                tr("No MILP solver is available: install highspy, or SciPy 1.9 or newer.")
            )
        name = exact[0]
    if name not in _BACKENDS:
        raise InputError(
            tr("Unknown solver '{name}': use one of {choices}.").format(
                name=name, choices=", ".join(_BACKENDS)
            )
        )
    if name not in names:
        raise InputError(
            tr("The solver '{name}' is not installed; available: {choices}.").format(
                name=name, choices=", ".join(names) or "none"
            )
        )
    module = importlib.import_module(_BACKENDS[name][0], __name__)
    return module.solve


def solve(
    problem: Problem,
    *,
    solver: str | None = None,
    time_limit: float | None = None,
    mip_gap: float = 0.01,
    threads: int | None = None,
    verbose: bool = False,
    progress: Callable[[dict], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    warm_start: np.ndarray | None = None,
) -> Solution:
    """Solve with ``solver`` (default: :func:`default_solver`), any objective.

    time_limit (s), mip_gap (relative), threads, verbose, progress, should_cancel,
    warm_start (bool per unit) mean the same for every back end. ``should_stop`` asks to stop
    early and keep the best selection found so far (status "interrupted", with its gap), as a
    user who presses "Stop and keep" expects; back ends that cannot stop early ignore it.
    ``progress`` gets dicts with
    keys event ("solution", "progress" or "finished"), objective, bound, gap, runtime_s and
    nodes, objective and bound in the objective's own sense (higher is better for
    maximisation objectives); values the solver does not know yet are None. In the middle of
    a search the objective is the programme's (tie-break terms included), the final
    :attr:`Solution.objective` the problem's own.
    """
    if solver is None:
        solver = default_solver(problem)
    return backend(solver)(
        problem,
        time_limit=time_limit,
        mip_gap=mip_gap,
        threads=threads,
        verbose=verbose,
        progress=progress,
        should_cancel=should_cancel,
        should_stop=should_stop,
        warm_start=warm_start,
    )


def default_solver(problem: Problem) -> str | None:
    """``"lagrangian"`` for large minimum-set problems with a boundary penalty when highspy is
    there (:func:`.lagrangian.preferred`), else None (the first available of :data:`EXACT`)."""
    if "lagrangian" not in available_solvers():
        return None
    from .lagrangian import preferred

    return "lagrangian" if preferred(problem) else None


def progress_mapper(
    report: Callable[[float, str], None], start: float, end: float, time_limit: float
) -> Callable[[dict], None]:
    """Solver reports mapped onto ``start..end`` of a run, by elapsed share of the time limit."""

    def on_progress(info: dict) -> None:
        elapsed = float(info.get("runtime_s") or 0.0)
        share = min(elapsed / time_limit, 1.0) if time_limit > 0 else 0.0
        gap = info.get("gap")
        if gap is None or not np.isfinite(gap):
            report(start + (end - start) * share, tr("Solving: searching for a first solution"))
        else:
            report(start + (end - start) * share, tr("Solving: gap {gap:.2%}").format(gap=gap))

    return on_progress


def solver_label(name: str) -> str:
    """A solver's name as recorded ("Lagrangian cuts (PyMaxflow) + HiGHS 1.15.1") in the
    reader's language: the method is translated, product names stay as they are."""
    return str(name).replace("Lagrangian cuts", tr("Lagrangian cuts"))


def status_label(status: str) -> str:
    """A solver status ("optimal", "time limit", ...) in the reader's language."""
    labels = {
        "optimal": tr("optimal"),
        "time limit": tr("time limit reached"),
        "iteration limit": tr("iteration limit reached"),
        "solution limit": tr("solution limit reached"),
        "objective bound": tr("objective bound reached"),
        "objective target": tr("objective target reached"),
        "memory limit": tr("out of memory"),
        "infeasible": tr("infeasible"),
        "unbounded": tr("unbounded"),
        "interrupted": tr("stopped by the user"),
        "feasible": tr("feasible"),
        "heuristic": tr("heuristic"),
    }
    return labels.get(str(status), str(status))
