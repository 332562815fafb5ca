"""The core's ``logging`` records, shown where a QGIS user looks.

``core/`` logs through :mod:`logging` (it must not import QGIS), but QGIS installs no
handler, so its warnings (a solver note, a portfolio that came out short) were lost. Here:

* :func:`install_log_handler` sends every record of the package's loggers to the QGIS
  *Log Messages* panel (:class:`QgsMessageLog`), under :data:`LOG_TAG`; the plugin installs
  it in ``initProcessing``/``initGui`` and removes it in ``unload``;
* :func:`feedback_logging` also forwards, during one Processing run, the records of the
  thread running it to that run's feedback (the algorithm dialog's log).

Both are safe from worker threads: ``QgsMessageLog.logMessage`` and the feedback's push
methods may be called from any thread, and nothing here touches a layer or a widget.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingFeedback

#: The package's top logger: ``core.solvers.highs``, ``core.portfolio``, ... are below it.
LOGGER_NAME = __name__.split(".")[0]
#: The *Log Messages* tab the records go to (the dock's notifications use the same tab).
LOG_TAG = "CMS Connectivity Planner"
#: Marks our handler on the logger, whichever copy of this module made it (plugin reload).
_HANDLER_NAME = f"{LOGGER_NAME}.message_log"

_lock = threading.Lock()
_users = 0
_level_set = False


def qgis_level(levelno: int) -> Qgis.MessageLevel:
    """The QgsMessageLog level of a logging level: INFO and below -> Info, WARNING ->
    Warning, ERROR and above -> Critical."""
    if levelno >= logging.ERROR:
        return Qgis.Critical
    if levelno >= logging.WARNING:
        return Qgis.Warning
    return Qgis.Info


class MessageLogHandler(logging.Handler):
    """Writes each record to the QGIS message log under :data:`LOG_TAG`.

    Outside the QGIS desktop (a script, the command line, ``qgis_process``) nobody reads
    that log, so warnings also go to stderr, as Python prints them with no handler.
    """

    def __init__(self, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.set_name(_HANDLER_NAME)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, qgis_level(record.levelno))
            stderr = logging.lastResort
            if (
                stderr is not None
                and record.levelno >= stderr.level
                and QgsApplication.platform() != "desktop"
            ):
                stderr.handle(record)
        except Exception:  # noqa: BLE001 - a log line must never break the run
            self.handleError(record)


def package_logger() -> logging.Logger:
    """The logger every module of the package logs below."""
    return logging.getLogger(LOGGER_NAME)


def install_log_handler() -> MessageLogHandler:
    """Route the package's records to the message log; returns the handler.

    Counted: each call needs one :func:`remove_log_handler`, so two plugin instances (a
    test, ``qgis_process``) do not take the handler from each other. Only one handler is
    ever attached, even after the plugin's modules were reloaded. The package logger is set
    to INFO while installed (Python's default, WARNING, would drop the solver's log).
    """
    global _users, _level_set
    logger = package_logger()
    with _lock:
        handler = _attached(logger)
        if handler is None:
            handler = MessageLogHandler()
            logger.addHandler(handler)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
            _level_set = True
        _users += 1
    return handler


def remove_log_handler() -> None:
    """Undo one :func:`install_log_handler`; the last one detaches the handler."""
    global _users, _level_set
    logger = package_logger()
    with _lock:
        _users = max(0, _users - 1)
        if _users:
            return
        for handler in list(logger.handlers):
            if handler.get_name() == _HANDLER_NAME:
                logger.removeHandler(handler)
        if _level_set:
            logger.setLevel(logging.NOTSET)
            _level_set = False


def _attached(logger: logging.Logger) -> logging.Handler | None:
    """Our handler on ``logger``, keeping one: copies left by a reload are removed."""
    ours = [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]
    for stale in ours[:-1]:
        logger.removeHandler(stale)
    if ours and not isinstance(ours[-1], MessageLogHandler):
        logger.removeHandler(ours[-1])  # made by an older copy of this module
        return None
    return ours[-1] if ours else None


class FeedbackHandler(logging.Handler):
    """Forwards the records of one thread to a Processing feedback.

    Only the thread that runs the algorithm: two algorithms running at once each see their
    own messages. INFO -> ``pushInfo``, WARNING -> ``pushWarning``, ERROR ->
    ``reportError(fatalError=False)`` (the run goes on; a fatal error is an exception).
    """

    def __init__(self, feedback: QgsProcessingFeedback, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.feedback = feedback
        self.thread = threading.get_ident()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.thread == self.thread and super().filter(record)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
            if record.levelno >= logging.ERROR:
                self.feedback.reportError(text, False)
            elif record.levelno >= logging.WARNING:
                self.feedback.pushWarning(text)
            else:
                self.feedback.pushInfo(text)
        except Exception:  # noqa: BLE001 - a log line must never break the run
            self.handleError(record)


@contextlib.contextmanager
def feedback_logging(feedback: QgsProcessingFeedback | None) -> Iterator[None]:
    """For the block, the package's records of this thread also go to ``feedback``."""
    if feedback is None:
        yield
        return
    logger = package_logger()
    handler = FeedbackHandler(feedback)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
