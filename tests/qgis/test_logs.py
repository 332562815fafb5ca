"""The core's log records reach the user: the QGIS message log, and a run's feedback."""

from __future__ import annotations

import logging
import threading

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingProvider,
)

import cms_connectivity_plugin
from cms_connectivity_plugin.processing.algorithms.base import CmsAlgorithm
from cms_connectivity_plugin.qgis_io import logs

from .feedback import Recorder

#: A logger as the core's modules make theirs (``logging.getLogger(__name__)``).
CORE_LOGGER = "cms_connectivity_plugin.core.solvers.highs"


def _ours() -> list[logging.Handler]:
    return [h for h in logs.package_logger().handlers if h.get_name() == logs._HANDLER_NAME]


@pytest.fixture()
def message_log(qgis_app):
    """The (text, level) of every message logged under our tag while the test runs."""
    received: list[tuple[str, Qgis.MessageLevel]] = []

    def on_message(message, tag, level):
        if tag == logs.LOG_TAG:
            received.append((message, level))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(on_message)
    yield received
    log.messageReceived.disconnect(on_message)


@pytest.fixture()
def plugin(qgis_app):
    """The plugin as QGIS loads it (Processing only, no iface)."""
    loaded = cms_connectivity_plugin.classFactory(None)
    loaded.initProcessing()
    yield loaded
    loaded.unload()


def test_every_module_logs_under_the_package_logger():
    """One handler on the package logger hears every module that logs."""
    from cms_connectivity_plugin.core import portfolio
    from cms_connectivity_plugin.core.solvers import highs
    from cms_connectivity_plugin.qgis_io import postprocess

    for module in (highs, portfolio, postprocess):
        assert module.LOG.name.startswith(logs.LOGGER_NAME + "."), module.__name__
    assert logs.LOGGER_NAME == "cms_connectivity_plugin"


@pytest.mark.parametrize(
    ("levelno", "expected"),
    [
        (logging.DEBUG, Qgis.Info),
        (logging.INFO, Qgis.Info),
        (logging.WARNING, Qgis.Warning),
        (logging.ERROR, Qgis.Critical),
        (logging.CRITICAL, Qgis.Critical),
    ],
)
def test_levels(levelno, expected):
    assert logs.qgis_level(levelno) == expected


def test_core_records_reach_the_message_log(plugin, message_log):
    core = logging.getLogger(CORE_LOGGER)
    core.info("solver started")
    core.warning("portfolio came out short")
    core.error("solver failed")
    core.debug("a detail for developers")
    assert message_log == [
        ("solver started", Qgis.Info),
        ("portfolio came out short", Qgis.Warning),
        ("solver failed", Qgis.Critical),
    ]


def test_scripts_still_print_warnings(plugin, capsys):
    """From a script or the command line (no Log Messages panel) warnings reach stderr."""
    assert QgsApplication.platform() != "desktop"
    logging.getLogger(CORE_LOGGER).warning("printed for the script")
    logging.getLogger(CORE_LOGGER).info("kept for the log panel")
    err = capsys.readouterr().err
    assert "printed for the script" in err
    assert "kept for the log panel" not in err


def test_records_from_a_worker_thread_reach_the_message_log(plugin, message_log, qtbot):
    worker = threading.Thread(target=lambda: logging.getLogger(CORE_LOGGER).warning("from a task"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: ("from a task", Qgis.Warning) in message_log, timeout=2000)


def test_install_is_idempotent_and_unload_removes_the_handler(qgis_app, message_log):
    before = len(_ours())
    first = cms_connectivity_plugin.classFactory(None)
    first.initProcessing()
    first.initGui()  # iface None: calls initProcessing again
    logs.install_log_handler()  # another user (a second plugin instance, qgis_process)
    assert len(_ours()) == 1
    logging.getLogger(CORE_LOGGER).warning("once")
    assert message_log.count(("once", Qgis.Warning)) == 1

    logs.remove_log_handler()  # the plugin still needs the handler
    assert len(_ours()) == 1
    first.unload()
    assert len(_ours()) == before
    if before == 0:
        logging.getLogger(CORE_LOGGER).warning("after unload")
        assert ("after unload", Qgis.Warning) not in message_log

    again = cms_connectivity_plugin.classFactory(None)  # loaded again: still one message
    again.initProcessing()
    try:
        logging.getLogger(CORE_LOGGER).warning("after reinstall")
        assert message_log.count(("after reinstall", Qgis.Warning)) == 1
    finally:
        again.unload()


def test_a_stale_handler_from_a_reload_is_replaced(plugin, message_log):
    """A plugin reload leaves the old module's handler on the logger: one message still."""

    class OldHandler(logging.Handler):  # what an older copy of logs.py attached
        def emit(self, record):
            logs.MessageLogHandler().emit(record)

    stale = OldHandler()
    stale.set_name(logs._HANDLER_NAME)
    logs.package_logger().addHandler(stale)
    logs.install_log_handler()
    try:
        assert stale not in logs.package_logger().handlers
        logging.getLogger(CORE_LOGGER).warning("after reload")
        assert message_log.count(("after reload", Qgis.Warning)) == 1
    finally:
        logs.remove_log_handler()


# --- during a Processing run ---------------------------------------------------------------


class LoggingAlgorithm(CmsAlgorithm):
    """Logs as the core does, from the run's thread and from a helper thread."""

    ALG_ID = "logs"
    GROUP_ID = "workflow"

    def displayName(self) -> str:
        return "Logs"

    def flags(self):
        return QgsProcessingAlgorithm.flags(self)

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        core = logging.getLogger(CORE_LOGGER)
        core.info("reading the inputs")
        core.warning("a feature has no target")
        core.error("one species was left out")
        other = threading.Thread(target=lambda: core.warning("another run's message"))
        other.start()
        other.join()
        return {}


class LoggingProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "cmslogtest"

    def name(self) -> str:
        return "Log test"

    def loadAlgorithms(self) -> None:
        self.addAlgorithm(LoggingAlgorithm())


@pytest.fixture()
def logging_provider(processing_ready):
    provider = LoggingProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_records_during_a_run_reach_its_feedback(logging_provider, message_log, qtbot):
    import processing

    feedback = Recorder()
    processing.run("cmslogtest:logs", {}, feedback=feedback)
    assert "reading the inputs" in feedback.infos
    assert feedback.warnings == ["a feature has no target"]
    assert feedback.errors == ["one species was left out"]
    # Another thread's record is not this run's: message log only (queued from its thread).
    qtbot.waitUntil(lambda: ("another run's message", Qgis.Warning) in message_log)
    assert "another run's message" not in feedback.warnings
    # The run's handler is gone once it ends.
    assert not [h for h in logs.package_logger().handlers if isinstance(h, logs.FeedbackHandler)]
    logging.getLogger(CORE_LOGGER).warning("after the run")
    assert "after the run" not in feedback.warnings


def test_a_failed_run_detaches_its_handler(qgis_app):
    feedback = Recorder()
    with pytest.raises(RuntimeError):
        with logs.feedback_logging(feedback):
            logging.getLogger(CORE_LOGGER).warning("before the failure")
            raise RuntimeError("stop")
    assert feedback.warnings == ["before the failure"]
    assert not [h for h in logs.package_logger().handlers if isinstance(h, logs.FeedbackHandler)]
    with logs.feedback_logging(None):  # processAlgorithm called without a feedback
        logging.getLogger(CORE_LOGGER).warning("no feedback")
