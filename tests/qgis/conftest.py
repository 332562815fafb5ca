"""QGIS fixtures: the plugin loaded as QGIS loads it, and Processing initialised."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def processing_ready(qgis_app):
    """QGIS's Processing framework with our provider registered through classFactory.

    Module scope: the provider is removed again after each module, so lifecycle tests start
    from a registry without it.
    """
    from cms_connectivity_plugin.qgis_io.app import start_processing

    plugin = start_processing()
    yield plugin
    plugin.unload()


def rasterise_pdf(pdf: Path, out_dir: Path, dpi: int = 40) -> Path:
    """First page of a PDF as PNG through pdftoppm (as a person would look at it)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = out_dir / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)],
        check=True,
        capture_output=True,
    )
    pages = sorted(out_dir.glob("page*.png"))
    assert pages, "pdftoppm wrote no page"
    return pages[0]
