"""A headless QGIS application for the command line and scripts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..plugin import CmsConnectivityPlugin


@contextlib.contextmanager
def headless_qgis() -> Iterator[object]:
    """Start QGIS without a screen (offscreen platform) and stop it cleanly afterwards.

    The platform must be chosen before any ``QgsApplication`` exists, or Qt aborts the
    process on a machine without a display.
    """
    if not os.environ.get("DISPLAY") or os.environ.get("CI"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    existing = QgsApplication.instance()
    if existing is not None:
        yield existing
        return
    app = QgsApplication([], False)
    app.initQgis()
    try:
        yield app
    finally:
        app.exitQgis()


def start_processing() -> CmsConnectivityPlugin:
    """Processing with our provider, as QGIS loads it; returns the plugin (call ``unload``).

    The plugin class comes from ``plugin.py`` directly (what ``classFactory`` returns), so
    this module does not import the package root."""
    import sys

    from qgis.core import QgsApplication

    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if os.path.isdir(plugins) and plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from ..plugin import CmsConnectivityPlugin

    plugin = CmsConnectivityPlugin(None)
    plugin.initProcessing()
    return plugin


@contextlib.contextmanager
def provider_loaded() -> Iterator[None]:
    """Our Processing provider for the duration of a block: the one QGIS has, or one loaded
    here and unloaded after (command line, scripts, tests)."""
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().providerById("cmsconnectivity") is not None:
        yield
        return
    plugin = start_processing()
    try:
        yield
    finally:
        plugin.unload()
