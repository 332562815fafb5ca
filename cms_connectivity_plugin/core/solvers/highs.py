"""Solve a :class:`~..problem.Problem` with HiGHS through highspy (Huangfu & Hall 2018).

The model goes in as column-wise arrays (``passModel``), never variable by variable. Progress
and cancellation use highspy's callbacks: ``cbMipImprovingSolution`` reports each better
selection, ``cbMipInterrupt`` (polled by HiGHS during branch and bound) reports the bound now
and then and stops the search when the caller asks. The solver log goes to :mod:`logging`
through ``cbLogging`` rather than to a console nobody sees inside QGIS.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from ..errors import CancelledError, InputError
from ..i18n import tr
from ..problem import (
    MilpModel,
    MinSet,
    ModelInfeasibleError,
    Problem,
    Solution,
    build_milp,
    check_options,
    is_feasible,
    make_solution,
    no_solution_message,
    prepare,
)
from .greedy import greedy_min_set

LOG = logging.getLogger(__name__)

#: Seconds between progress reports from the interrupt callback (new solutions always report).
PROGRESS_INTERVAL_S = 1.0

#: HiGHS warnings that are expected and harmless here: the tie-breaking cost terms of the
#: budget objectives are deliberately tiny (see ``problem._Budgeted``).
_EXPECTED_WARNINGS = ("excessively small costs",)

_STATUS = {
    "kOptimal": "optimal",
    "kTimeLimit": "time limit",
    "kIterationLimit": "iteration limit",
    "kSolutionLimit": "solution limit",
    "kObjectiveBound": "objective bound",
    "kObjectiveTarget": "objective target",
    "kMemoryLimit": "memory limit",
    "kInfeasible": "infeasible",
    "kUnboundedOrInfeasible": "infeasible",
    "kUnbounded": "unbounded",
    "kInterrupt": "interrupted",
    "kHighsInterrupt": "interrupted",
}


def version() -> str:
    """``"HiGHS x.y.z"`` of the installed highspy."""
    import highspy

    h = highspy.Highs()
    return f"HiGHS {h.version()}"


def _greedy_start(problem: Problem) -> np.ndarray | None:
    """The greedy selection when it satisfies every constraint, else None (no warm start)."""
    try:
        start = greedy_min_set(problem)
    except InputError:  # pragma: no cover - validate() already passed in prepare()
        return None
    if not is_feasible(problem, start):
        LOG.debug("greedy warm start violates a constraint; solving without it")
        return None
    return start


def _pass_model(h: Any, model: MilpModel) -> None:
    import highspy

    A = model.A.tocsc()
    status = h.passModel(
        model.n_cols,
        model.n_rows,
        int(A.nnz),
        int(highspy.MatrixFormat.kColwise),
        int(highspy.ObjSense.kMinimize),
        float(model.offset),
        np.ascontiguousarray(model.c, dtype=np.float64),
        np.ascontiguousarray(model.col_lower, dtype=np.float64),
        np.ascontiguousarray(model.col_upper, dtype=np.float64),
        np.ascontiguousarray(model.row_lower, dtype=np.float64),
        np.ascontiguousarray(model.row_upper, dtype=np.float64),
        np.ascontiguousarray(A.indptr, dtype=np.int32),
        np.ascontiguousarray(A.indices, dtype=np.int32),
        np.ascontiguousarray(A.data, dtype=np.float64),
        np.ascontiguousarray(model.integrality, dtype=np.int32),
    )
    if status == highspy.HighsStatus.kError:
        raise InputError(
            tr("HiGHS rejected the model ({status}); check the inputs for huge values.").format(
                status=status
            )
        )


class _Watcher:
    """Callback state: throttled progress reports, cancellation, errors kept for later.

    An exception inside a callback would cross the C++ boundary, so it is stored, the solve is
    interrupted, and :meth:`reraise` raises it on the caller's side.
    """

    def __init__(
        self,
        progress: Callable[[dict], None] | None,
        should_cancel: Callable[[], bool] | None,
        sense: str = "min",
        allowance: float = 0.0,
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.progress = progress
        self.should_cancel = should_cancel
        self.should_stop = should_stop
        self.stopped = False
        # HiGHS minimises; reports are turned into the problem's own sense (see make_solution).
        self.sign = 1.0 if sense == "min" else -1.0
        self.allowance = allowance
        self.cancelled = False
        self.error: BaseException | None = None
        self._last_report = -np.inf

    def _report(self, event: str, data: Any) -> None:
        objective = self.sign * float(data.mip_primal_bound)
        bound = self.sign * (float(data.mip_dual_bound) - self.allowance)
        self.progress(
            {
                "event": event,
                "objective": objective if np.isfinite(objective) else None,
                "bound": bound if np.isfinite(bound) else None,
                "gap": float(data.mip_gap) if np.isfinite(data.mip_gap) else None,
                "runtime_s": float(data.running_time),
                "nodes": int(data.mip_node_count),
            }
        )
        self._last_report = float(data.running_time)

    def on_solution(self, event: Any) -> None:
        if self.error is not None or self.progress is None:
            return
        try:
            self._report("solution", event.data_out)
        except BaseException as exc:  # noqa: BLE001 - kept and re-raised after the solve
            self.error = exc

    def on_interrupt(self, event: Any) -> None:
        try:
            if self.error is None and self.should_cancel is not None and self.should_cancel():
                self.cancelled = True
            if self.error is None and self.should_stop is not None and self.should_stop():
                self.stopped = True  # keep the incumbent: no error, the solve just ends
            if self.error is None and not self.cancelled and self.progress is not None:
                data = event.data_out
                if data.running_time - self._last_report >= PROGRESS_INTERVAL_S:
                    self._report("progress", data)
        except BaseException as exc:  # noqa: BLE001 - kept and re-raised after the solve
            self.error = exc
        if self.cancelled or self.stopped or self.error is not None:
            event.interrupt()

    def reraise(self) -> None:
        if self.error is not None:
            raise self.error
        if self.cancelled:
            raise CancelledError(tr("The solve was cancelled."))


class _Scheduler:
    """HiGHS runs on one process-wide thread pool, created with the first solve's ``threads``.

    A later solve asking for another count fails outright ("global scheduler has already been
    initialized"), so the pool is reset first, but only while no solve of ours is running; if
    one is, the request is dropped and the running pool is shared.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._threads: int | None = None

    def claim(self, threads: int | None) -> int | None:
        """Register a solve; return the thread count to set, or None to use the pool as is."""
        import highspy

        with self._lock:
            if threads is not None and threads != self._threads:
                if self._running == 0:
                    highspy.Highs.resetGlobalScheduler(True)
                    self._threads = threads
                else:
                    LOG.warning(
                        "HiGHS is already solving with another thread count; "
                        "using that pool instead of %s threads",
                        threads,
                    )
                    threads = None
            self._running += 1
        return threads

    def release(self) -> None:
        with self._lock:
            self._running -= 1


_SCHEDULER = _Scheduler()


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
    """Solve the problem (any objective) with HiGHS branch and bound.

    ``mip_gap`` is HiGHS's ``mip_rel_gap``: stop when (objective - bound)/|objective| is at most
    this. ``progress`` receives dicts with event, objective, bound, gap, runtime_s and nodes;
    ``should_cancel`` is polled during the search and a True answer raises
    :class:`CancelledError`; a True answer of ``should_stop`` ends the search with the best
    selection found so far (status "interrupted", its proven bound and gap). Unreachable
    targets raise :class:`InfeasibleError` before solving.
    Without ``warm_start``, a minimum-set problem starts from :func:`greedy_min_set` when that
    selection is feasible. ``threads`` sets HiGHS's thread pool (see :class:`_Scheduler`).
    The HiGHS log always goes to :mod:`logging` (errors and warnings as warnings, the rest at
    INFO with ``verbose``, DEBUG otherwise), never to the console.
    """
    import highspy

    check_options(time_limit, mip_gap, threads)
    start = prepare(problem, warm_start)
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("The solve was cancelled."))
    model = build_milp(problem)
    if start is None and isinstance(problem.objective, MinSet):
        start = _greedy_start(problem)

    h = highspy.Highs()
    h.setOptionValue("output_flag", True)
    h.setOptionValue("log_to_console", False)
    problems: list[str] = []

    def on_log(event: Any) -> None:
        line = event.message.rstrip()
        if any(note in line for note in _EXPECTED_WARNINGS):
            LOG.log(logging.INFO if verbose else logging.DEBUG, line)
        elif line.lstrip().startswith(("ERROR", "WARNING")):
            problems.append(line.strip())
            LOG.warning(line)
        else:
            LOG.log(logging.INFO if verbose else logging.DEBUG, line)

    h.cbLogging.subscribe(on_log)
    h.setOptionValue("mip_rel_gap", float(mip_gap))
    if mip_gap == 0:
        # An exact solve: also drop HiGHS's absolute gap (1e-6), which would otherwise hide
        # the tiny tie-breaking terms of the budget objectives.
        h.setOptionValue("mip_abs_gap", 0.0)
    if time_limit is not None:
        h.setOptionValue("time_limit", float(time_limit))
    _pass_model(h, model)
    if start is not None:
        values = model.columns_for(start)
        h.setSolution(model.n_cols, np.arange(model.n_cols, dtype=np.int32), values)

    watcher = _Watcher(
        progress,
        should_cancel,
        problem.objective.sense,
        problem.objective.tie_break_bound(problem),
        should_stop,
    )
    if progress is not None:
        h.cbMipImprovingSolution.subscribe(watcher.on_solution)
    if progress is not None or should_cancel is not None or should_stop is not None:
        h.cbMipInterrupt.subscribe(watcher.on_interrupt)

    use_threads = _SCHEDULER.claim(None if threads is None else int(threads))
    try:
        if use_threads is not None:
            h.setOptionValue("threads", use_threads)
        began = time.perf_counter()
        run_status = h.run()
        runtime = time.perf_counter() - began
    finally:
        _SCHEDULER.release()
    watcher.reraise()

    if run_status == highspy.HighsStatus.kError:
        raise InputError(
            tr("HiGHS could not solve the model: {reason}").format(
                reason=problems[-1] if problems else h.modelStatusToString(h.getModelStatus())
            )
        )
    model_status = h.getModelStatus()
    status = _STATUS.get(model_status.name, h.modelStatusToString(model_status).lower())
    info = h.getInfo()
    solution = h.getSolution()
    has_solution = bool(solution.value_valid) and int(info.primal_solution_status) == int(
        highspy.SolutionStatus.kSolutionStatusFeasible
    )
    if status == "infeasible":
        raise ModelInfeasibleError("HiGHS")
    if not has_solution:
        raise InputError(no_solution_message("HiGHS", status, time_limit))
    bound = float(info.mip_dual_bound)
    values = np.asarray(solution.col_value, dtype=float)
    return make_solution(
        problem,
        model,
        values,
        status=status,
        bound=bound if np.isfinite(bound) else None,
        runtime_s=runtime,
        solver=f"HiGHS {h.version()}",
    )
