"""Fallback solver: :func:`scipy.optimize.milp` (HiGHS bundled with SciPy >= 1.9).

Used when highspy is missing. SciPy offers no callback and no warm start, so ``progress`` gets
one report at the end, ``should_cancel`` is only checked before and after the solve, and
``warm_start`` and ``threads`` are accepted for a uniform signature but ignored.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from ..errors import CancelledError, InputError
from ..i18n import tr
from ..problem import (
    ModelInfeasibleError,
    Problem,
    Solution,
    build_milp,
    check_options,
    make_solution,
    no_solution_message,
    prepare,
)

_STATUS = {0: "optimal", 1: "time limit", 2: "infeasible", 3: "unbounded", 4: "other"}


def version() -> str:
    """``"scipy.optimize.milp x.y.z"`` of the installed SciPy."""
    import scipy

    return f"scipy.optimize.milp {scipy.__version__}"


def solve(
    problem: Problem,
    *,
    time_limit: float | None = None,
    mip_gap: float = 0.01,
    threads: int | None = None,
    verbose: bool = False,
    progress: Callable[[dict], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    warm_start: np.ndarray | None = None,
) -> Solution:
    """Solve the problem (any objective) with SciPy's MILP interface (same meaning as HiGHS's).

    Unlike the HiGHS back end there is no greedy warm start: SciPy cannot take one.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    check_options(time_limit, mip_gap, threads)
    prepare(problem, warm_start)
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("The solve was cancelled."))
    model = build_milp(problem)

    options: dict[str, object] = {"disp": bool(verbose), "mip_rel_gap": float(mip_gap)}
    if time_limit is not None:
        options["time_limit"] = float(time_limit)
    constraints = []
    if model.n_rows:
        constraints.append(LinearConstraint(model.A, model.row_lower, model.row_upper))

    began = time.perf_counter()
    result = milp(
        model.c,
        integrality=model.integrality.astype(np.int8),
        bounds=Bounds(model.col_lower, model.col_upper),
        constraints=constraints,
        options=options,
    )
    runtime = time.perf_counter() - began
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("The solve was cancelled."))

    status = _STATUS.get(int(result.status), "other")
    if status == "time limit" and "time" not in str(result.message).lower():
        status = "iteration limit"
    if status == "infeasible":
        raise ModelInfeasibleError("SciPy")
    if result.x is None:
        raise InputError(no_solution_message("SciPy", status, time_limit))
    bound = getattr(result, "mip_dual_bound", None)
    if bound is not None and np.isfinite(bound):
        bound = float(bound) + model.offset
    else:
        bound = None
    solution = make_solution(
        problem,
        model,
        np.asarray(result.x, dtype=float),
        status=status,
        bound=bound,
        runtime_s=runtime,
        solver=version(),
    )
    if progress is not None:
        progress(
            {
                "event": "finished",
                "objective": solution.objective,
                "bound": bound,
                "gap": solution.gap,
                "runtime_s": runtime,
                "nodes": getattr(result, "mip_node_count", None),
            }
        )
    return solution
