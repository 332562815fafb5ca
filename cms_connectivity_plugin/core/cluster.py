"""Parallel and distributed runs through Dask (``dask.distributed``): one client, or none.

Nothing needs setting up: with no cluster chosen every computation runs in this process, as it
always has, and ``dask`` is not even imported. A cluster is chosen in one of three ways:

- explicitly: ``overlap_matrix(..., client=client)``, ``diverse_solutions(..., client=client)``,
  ``replacement_cost``, ``blm_tradeoff``; a client comes from :func:`cluster_client`
  (``with cluster_client(scheduler="tcp://host:8786") as client: ...``) or from Dask itself;
- for a whole run: :func:`use` (``use(scheduler=..., workers=...)``) stores the choice in this
  module; every function above consults it when no client is passed. The command line's
  ``--scheduler ADDRESS`` / ``--workers N`` (``run`` and ``marxan``) call :func:`session`,
  which is :func:`use` for the length of the command: the ``run`` command goes through QGIS
  Processing, whose algorithms call the core with no client, so the choice has to live here;
- ``scheduler``: the address of a running Dask scheduler (``tcp://host:8786``; start one with
  ``dask scheduler`` and workers with ``dask worker tcp://host:8786``); ``workers``: a
  ``LocalCluster`` of that many single-threaded worker processes on this machine, started when
  first needed and closed at the end of the run (:func:`session`) or of the ``with`` block.

What goes to the workers: the amounts matrix (:func:`.amounts.overlap_matrix`, units split
into spatial partitions along a Hilbert curve, each with the ranges that touch it; whatever
the problem size once a cluster is chosen), the node loops of site importance
(:func:`.connectivity.indices.node_importance`: dPC, dProtConn, the TFCA scores; groups of
sources, or of nodes with a tolerance), the independent solves of a portfolio (the shuffle
method's solves and :func:`.portfolio.replacement_cost`'s one solve per unit), of the BLM
trade-off (:func:`.calibration.blm_tradeoff`, one solve per BLM) and the two ends of
Cohon's BLM (:func:`.calibration.cohon_blm`). Results are the same as in-process: the
amounts and dPC bit for bit, the solves as the same solver gives them. Chains of solves
stay here: the cuts and gap portfolios and Marxan's NUMREPS runs (no-good cuts, each needing
the run before it). Local workers start under this installation's Python even when the
host program is QGIS (:func:`_python_for_workers`).

Workers import this package as it is installed on them, so every worker's Python needs it:
``pip install -e /path/to/this/repo --no-deps`` plus ``pip install -r requirements.txt``
(numpy, scipy, shapely, highspy; the ``dask[distributed]`` version pinned there), or the
plugin's parent folder on ``PYTHONPATH`` (e.g. ``PYTHONPATH=~/.local/share/QGIS/QGIS3/
profiles/default/python/plugins dask worker tcp://host:8786``). For amounts identical to the
ones computed here, workers need the same shapely and GEOS versions as this machine.

Failures: a task that raises is retried (:data:`RETRIES`); a worker that dies mid-task is
replaced by its nanny and the task rescheduled, up to the scheduler's
``distributed.scheduler.allowed-failures`` (3 by default); past that, or when the scheduler
cannot be reached, the run stops with a :class:`ClusterError` naming the scheduler and what to
check. The core writes nothing, so a failed run leaves no partial output. Cancelling
(``should_cancel()`` turning true) cancels the outstanding futures and raises
:class:`~.errors.CancelledError`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .errors import CancelledError, InputError
from .i18n import tr

#: Times a task that raised is run again before the run fails (``Client.submit(retries=)``).
RETRIES = 1
#: Seconds between checks of ``should_cancel`` while waiting for workers.
POLL_S = 0.1
#: Seconds allowed to connect to a scheduler.
CONNECT_TIMEOUT_S = 10.0

TaskProgress = Callable[[int, int], None]


class ClusterError(InputError):
    """The Dask cluster failed: unreachable, or its workers died or failed on a task.

    An :class:`~.errors.InputError`, so every entry point shows its one line as it is.
    """


# --------------------------------------------------------------------------------------------
# Getting a client
# --------------------------------------------------------------------------------------------


def check_choice(scheduler: str | None, workers: int | None) -> tuple[str | None, int | None]:
    if scheduler is not None and not str(scheduler).strip():
        scheduler = None
    if scheduler is not None and workers is not None:
        raise InputError(
            tr(
                "Give either a Dask scheduler address ({scheduler}) or a number of local "
                "workers ({workers}), not both."
            ).format(scheduler=scheduler, workers=workers)
        )
    if workers is not None:
        number = workers if isinstance(workers, int) and not isinstance(workers, bool) else None
        if number is None or number < 1:
            raise InputError(
                tr("The number of workers is {value}; give a whole number of 1 or more.").format(
                    value=workers
                )
            )
    return (str(scheduler).strip() if scheduler is not None else None), workers


def _import_distributed():
    try:
        import distributed
    except ImportError as error:
        raise InputError(
            tr(
                "Running on a Dask cluster needs the dask[distributed] package: install it "
                "with pip ({reason})."
            ).format(reason=error)
        ) from error
    return distributed


@contextlib.contextmanager
def cluster_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` for the run, closed afterwards; None when neither is given.

    ``scheduler``: the address of a running scheduler (``tcp://host:8786``); ``workers``: a
    ``LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)`` started now and
    closed on leaving. The client is not made Dask's global default.
    """
    scheduler, workers = check_choice(scheduler, workers)
    if scheduler is None and workers is None:
        yield None
        return
    distributed = _import_distributed()
    if scheduler is not None:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise ClusterError(
                tr(
                    "Cannot reach the Dask scheduler at {address} ({reason}); check the "
                    "address, that 'dask scheduler' runs there and that its port is open."
                ).format(address=scheduler, reason=error)
            ) from error
        with client:
            yield client
        return
    _python_for_workers()
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        with distributed.Client(cluster, set_as_default=False) as client:
            yield client
    finally:
        cluster.close()


def _python_for_workers() -> None:
    """Make local workers start under this very Python, not under the host program.

    Worker processes are spawned with multiprocessing's executable, ``sys.executable``.
    Inside the QGIS desktop that is QGIS's binary (``qgis-bin.exe``), or whatever
    ``python3`` comes first on the PATH (seen here: a pyenv shim, another Python without
    the plugin's packages): the workers then fail to start. The interpreter of this
    installation is the one under ``sys.exec_prefix`` (in a venv, the venv's); the spawned
    Python gets this process's ``sys.path``, so it finds the plugin and its packages.
    """
    from multiprocessing import spawn

    current = os.fsdecode(spawn.get_executable() or "")
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    candidates = [
        os.path.join(sys.exec_prefix, "bin", f"python{version}"),
        os.path.join(sys.exec_prefix, "python.exe"),
        os.path.join(sys.base_exec_prefix, "bin", f"python{version}"),
        os.path.join(sys.base_exec_prefix, "python.exe"),
    ]
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            if candidate != current:
                spawn.set_executable(candidate)
            return
    if os.path.basename(current).lower().startswith("python") and os.path.exists(current):
        return
    raise InputError(
        tr(
            "Cannot start local Dask workers: no Python interpreter was found next to "
            "{program}; start a scheduler and workers yourself and give its address instead."
        ).format(program=current or "?")
    )


_lock = threading.RLock()
_choice: tuple[str | None, int | None] = (None, None)
_open: tuple[contextlib.ExitStack, Any] | None = None


def use(scheduler: str | None = None, workers: int | None = None) -> None:
    """Make ``scheduler`` or ``workers`` the cluster of every later call given no client.

    ``use()`` (neither) goes back to in-process and closes a local cluster started for the
    previous choice. The cluster itself is reached or started when first needed.
    """
    global _choice
    choice = check_choice(scheduler, workers)
    with _lock:
        release()
        _choice = choice


def chosen() -> tuple[str | None, int | None]:
    """The ``(scheduler, workers)`` stored by :func:`use`; ``(None, None)``: in-process."""
    return _choice


def release() -> None:
    """Close the client (and local cluster) opened for the stored choice, if any."""
    global _open
    with _lock:
        if _open is not None:
            stack, _ = _open
            _open = None
            stack.close()


@contextlib.contextmanager
def session(scheduler: str | None = None, workers: int | None = None) -> Iterator[None]:
    """:func:`use` for the length of a ``with`` block, then back to the previous choice."""
    previous = _choice
    use(scheduler, workers)
    try:
        yield
    finally:
        use(*previous)


def default_client() -> Any:
    """The client for the stored choice (connected or started on first call), or None."""
    global _open
    if _choice == (None, None):
        return None
    with _lock:
        if _open is None:
            stack = contextlib.ExitStack()
            client = stack.enter_context(cluster_client(*_choice))
            _open = (stack, client)
        return _open[1]


def resolve(client: Any = None) -> Any:
    """``client`` when given, else the stored choice's client, else None (in-process)."""
    return client if client is not None else default_client()


def address(client: Any) -> str:
    """The scheduler's address, for messages."""
    with contextlib.suppress(Exception):
        return str(client.scheduler.address)
    return "?"


def worker_count(client: Any) -> int:
    """Workers connected now (at least 1, so a partition count is never 0)."""
    with contextlib.suppress(Exception):
        return max(1, len(client.scheduler_info().get("workers", {})))
    return 1


# --------------------------------------------------------------------------------------------
# Running tasks
# --------------------------------------------------------------------------------------------


def cancelled() -> CancelledError:
    return CancelledError(tr("Cancelled by the user; nothing was written."))


def _failure(client: Any, future: Any, what: str) -> Exception:
    """The error to raise for a future that failed (the others are cancelled by the caller)."""
    distributed = _import_distributed()
    where = address(client)
    if future.status == "cancelled":
        return ClusterError(
            tr(
                "Lost the Dask scheduler at {address} while {what}; check that it still runs "
                "and is reachable, then run again."
            ).format(address=where, what=what)
        )
    error = future.exception()
    if isinstance(error, distributed.KilledWorker):
        return ClusterError(
            tr(
                "Dask workers of the cluster at {address} died repeatedly while {what}; check "
                "that every worker has enough memory and runs this plugin with the same "
                "shapely and numpy, then run again."
            ).format(address=where, what=what)
        )
    if isinstance(error, InputError):
        return error
    return ClusterError(
        tr(
            "A Dask worker of the cluster at {address} failed while {what}: {kind}: {reason}; "
            "check that the workers have this plugin installed (see core/cluster.py), then run "
            "again."
        ).format(address=where, what=what, kind=type(error).__name__, reason=error)
    )


def _collect(
    client: Any,
    total: int,
    start: Callable[[int], Any],
    window: int,
    what: str,
    should_cancel: Callable[[], bool] | None,
    task_progress: TaskProgress | None,
) -> list:
    """Run ``start(i)`` (a future) for i < total, at most ``window`` unfinished at a time,
    and return the results in order.

    ``task_progress(done, total)`` hears of every finished task; ``should_cancel()`` is
    polled every :data:`POLL_S`, and a True answer cancels every task not finished
    (``client.cancel``) and raises :class:`~.errors.CancelledError`. A failed task cancels
    the rest and raises (:class:`ClusterError` for dead workers and foreign errors). Each
    result is fetched as soon as its task finishes and the task is then released, so a
    worker holds only the results not yet fetched.
    """
    results: list = [None] * total
    running: dict[int, Any] = {}
    started = 0
    reported = -1
    changed = threading.Event()

    def launch() -> None:
        nonlocal started
        while started < total and len(running) < window:
            future = start(started)
            future.add_done_callback(lambda _: changed.set())
            running[started] = future
            started += 1

    try:
        launch()
        while True:
            if should_cancel is not None and should_cancel():
                raise cancelled()
            changed.clear()
            for index, future in [(i, f) for i, f in running.items() if f.done()]:
                if future.status != "finished":
                    raise _failure(client, future, what)
                results[index] = future.result()
                future.release()
                del running[index]
            launch()
            done = started - len(running)
            if task_progress is not None and done != reported:
                reported = done
                task_progress(done, total)
            if done == total:
                return results
            changed.wait(POLL_S)
    except BaseException:
        with contextlib.suppress(Exception):
            client.cancel(list(running.values()))
        raise


def map_tasks(
    client: Any,
    function: Callable,
    items: Sequence[Any],
    *,
    what: str,
    should_cancel: Callable[[], bool] | None = None,
    task_progress: TaskProgress | None = None,
    window: int | None = None,
    prepare: Callable[[Any], tuple] | None = None,
    **kwargs: Any,
) -> list:
    """``[function(*item, **kwargs) for item in items]`` on the cluster, in order, each task
    retried :data:`RETRIES` times; progress, cancel and errors as :func:`_collect` says.

    ``window``: at most that many tasks submitted and unfinished at a time (default: all at
    once); with ``prepare(item) -> args``, each task's arguments are made only when it is
    submitted. Together they bound what waits in this process and in the scheduler's memory
    (e.g. the WKB of a few partitions of units, not of all of them).
    """
    if should_cancel is not None and should_cancel():
        raise cancelled()
    items = list(items)

    def start(index: int) -> Any:
        args = items[index] if prepare is None else prepare(items[index])
        return client.submit(function, *args, **kwargs, retries=RETRIES, pure=False)

    size = len(items) if window is None else max(1, int(window))
    return _collect(client, len(items), start, size, what, should_cancel, task_progress)


# --------------------------------------------------------------------------------------------
# Solves on workers
# --------------------------------------------------------------------------------------------

#: Solver options that are callbacks of this process: never sent to a worker.
LOCAL_OPTIONS = ("progress", "should_cancel", "should_stop")


def remote_options(solve_kw: dict[str, Any]) -> dict[str, Any]:
    """``solve_kw`` without this process's callbacks (cancel is handled by :func:`map_tasks`)."""
    return {k: v for k, v in solve_kw.items() if k not in LOCAL_OPTIONS}


class Failed:
    """A solve's :class:`~.errors.InputError`, sent back as text (the exception classes of
    the solvers take other arguments than their message, so they do not survive pickling)."""

    def __init__(self, message: str, infeasible: bool) -> None:
        self.message = message
        self.infeasible = infeasible
        self.status = "infeasible" if infeasible else None

    def error(self) -> InputError:
        error = InputError(self.message)
        error.status = self.status
        return error


def solve_remote(problem: Any, options: dict[str, Any]) -> Any:
    """On a worker: ``solvers.solve(problem, **options)``, or :class:`Failed`.

    Expected failures (infeasible, a time limit with no solution) come back as values, so
    the scheduler does not retry them.
    """
    from . import solvers
    from .portfolio import _is_infeasible

    try:
        return solvers.solve(problem, **options)
    except InputError as error:
        return Failed(str(error), _is_infeasible(error))
