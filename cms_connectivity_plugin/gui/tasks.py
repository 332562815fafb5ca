"""Background runs of workflow calls: each call a ``QgsProcessingAlgRunnerTask``.

The dock never touches layers from a worker thread: a task gets the algorithm, its
parameters (file paths and plain values) and its own context; when it ends, ``executed``
arrives on the main thread, where the outputs are recorded and the next call starts.
Algorithms flagged ``FlagNoThreading`` (print layouts) run on the main thread. The runner
keeps references to the task, its context and feedback until the task has ended.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.errors import InputError
from ..core.workflow import Call, resolve
from ..qgis_io.i18n import tr
from ..qgis_io.workflow import algorithm, record_outputs


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the error messages, to show them with the fix in the message bar.

    ``text_changed`` relays the progress text (QGIS 3.22 has no such signal of its own); it
    is emitted from the worker thread and delivered on the main thread.
    """

    text_changed = pyqtSignal(str)

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []
        #: Read by the plan algorithm: stop the solver and keep the best network so far.
        self.keep_best = False

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def setProgressText(self, text: str) -> None:  # noqa: N802
        super().setProgressText(text)
        self.text_changed.emit(text)


def fresh_destination(value):
    """A file destination that does not exist yet (``solution.gpkg`` -> ``solution_2.gpkg``).

    Overwriting a GeoPackage that the project still shows would break that layer; the old
    file stays until the new result has replaced its layer.
    """
    if not isinstance(value, str) or value == "TEMPORARY_OUTPUT":
        return value
    path = Path(value)
    if path.suffix.lower() not in (".gpkg", ".tif") or not path.exists():
        return value
    stem = path.stem.rsplit("_", 1)[0] if path.stem.rsplit("_", 1)[-1].isdigit() else path.stem
    number = 2
    while (candidate := path.with_name(f"{stem}_{number}{path.suffix}")).exists():
        number += 1
    return str(candidate)


class StepRunner(QObject):
    """Run a list of calls one after another in the background.

    Signals: ``progress(percent, text)``, ``call_done(call, new_outputs)`` after each call
    (main thread: load layers there), ``finished(status, message)`` once, with status
    ``"ok"``, ``"cancelled"`` or ``"failed"``.
    """

    progress = pyqtSignal(float, str)
    call_done = pyqtSignal(object, dict)
    finished = pyqtSignal(str, str)

    def __init__(self, calls: list[Call], outputs: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.calls = list(calls)
        self.outputs = outputs
        self.results: list[dict] = []
        self.status = ""
        self._index = -1
        self._cancelled = False
        self._task: QgsProcessingAlgRunnerTask | None = None
        self._context: QgsProcessingContext | None = None
        self._feedback: RecordingFeedback | None = None

    # -- control ----------------------------------------------------------------------------
    def start(self) -> None:
        self._next()

    def cancel(self) -> None:
        self._cancelled = True
        if self._feedback is not None:
            self._feedback.cancel()
        if self._task is not None:
            self._task.cancel()

    def stop_and_keep(self) -> None:
        """Ask the running solve to stop and write the best network found so far."""
        if self._feedback is not None:
            self._feedback.keep_best = True

    def is_running(self) -> bool:
        return self.status == "" and self._index >= 0

    # -- internals --------------------------------------------------------------------------
    def _end(self, status: str, message: str = "") -> None:
        if self.status:
            return
        self.status = status
        self._task = None
        self.finished.emit(status, message)

    def _next(self) -> None:
        try:
            self._start_next()
        except Exception as exc:  # noqa: BLE001 - a slot must never raise into Qt
            self._end("failed", str(exc))

    def _start_next(self) -> None:
        self._index += 1
        if self._cancelled:
            self._end("cancelled", tr("Cancelled: nothing of this step was kept."))
            return
        if self._index >= len(self.calls):
            self._end("ok")
            return
        call = self.calls[self._index]
        try:
            alg = algorithm(call.alg)
            params = resolve(call.params, self.outputs)
            for key, value in params.items():
                definition = alg.parameterDefinition(key)
                if definition is not None and definition.isDestination():
                    params[key] = fresh_destination(value)
        except InputError as exc:
            self._end("failed", str(exc))
            return
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = RecordingFeedback()
        self._feedback.progressChanged.connect(self._on_progress)
        self._feedback.text_changed.connect(self._on_text)
        self._on_progress(0.0)
        if alg.flags() & QgsProcessingAlgorithm.FlagNoThreading:
            # Print layouts: must run on the main thread (short).
            try:
                results, ok = alg.run(params, self._context, self._feedback)
            except Exception as exc:  # noqa: BLE001 - reported, never raised into Qt
                results, ok = {}, False
                self._feedback.errors.append(str(exc))
            self._executed(ok, results or {})
            return
        task = QgsProcessingAlgRunnerTask(alg, params, self._context, self._feedback)
        task.executed.connect(self._executed)
        self._task = task
        QgsApplication.taskManager().addTask(task)

    def _on_progress(self, value: float) -> None:
        n = max(len(self.calls), 1)
        overall = 100.0 * (max(self._index, 0) + value / 100.0) / n
        self.progress.emit(overall, "")

    def _on_text(self, text: str) -> None:
        self.progress.emit(-1.0, text)

    def _executed(self, ok: bool, results: dict) -> None:
        call = self.calls[self._index]
        feedback = self._feedback
        if self._cancelled or (feedback is not None and feedback.isCanceled()):
            self._end("cancelled", tr("Cancelled: nothing of this step was kept."))
            return
        if not ok:
            errors = [e for e in (feedback.errors if feedback else []) if e.strip()]
            message = (
                errors[-1] if errors else tr("The algorithm {alg} failed.").format(alg=call.alg)
            )
            self._end("failed", message)
            return
        results = dict(results)
        self.results.append(results)
        new = record_outputs(call, results, self.outputs)
        self.call_done.emit(call, new)
        self._next()
