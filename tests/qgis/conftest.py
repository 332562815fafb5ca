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


#: What every run writes, whatever started it (dock, runworkflow, command line).
PACKAGE_FILES = (
    "cms_connectivity.gpkg",
    "targets.csv",
    "scenario.json",
    "summary.json",
    "report.html",
    "national_summary.json",
    "tfca_map.pdf",
    "tfca_map.png",
    "indicators.csv",
    "indicators.json",
    "report.docx",
)


def check_package(folder: Path) -> dict:
    """Assert that ``folder`` holds one complete, consistent package; return its summary.

    Every file is there and readable by others (0644 under the usual umask), the GeoPackage
    is closed (no -wal/-shm left), and the figures agree between the summary, the
    GeoPackage, the report and the national summary.
    """
    import json

    from qgis.core import QgsVectorLayer

    folder = Path(folder)
    for name in PACKAGE_FILES:
        path = folder / name
        assert path.is_file(), f"{name} missing in {sorted(p.name for p in folder.iterdir())}"
        assert path.stat().st_mode & 0o044 == 0o044, f"{name} is not readable by others"
    gpkg = folder / "cms_connectivity.gpkg"
    assert not (folder / "cms_connectivity.gpkg-wal").exists()
    assert not (folder / "cms_connectivity.gpkg-shm").exists()
    assert not list(folder.glob(".staging-*")), "a staging folder was left behind"
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    tfca = QgsVectorLayer(f"{gpkg}|layername=tfca_candidates", "t", "ogr")
    units = QgsVectorLayer(f"{gpkg}|layername=planning_units", "u", "ogr")
    assert tfca.isValid() and units.isValid()
    assert summary["tfca_candidates"] == tfca.featureCount()
    assert summary["units"] == units.featureCount()
    chosen = sum(1 for f in units.getFeatures() if int(f["selected"]))
    assert summary["selected_units"] == chosen
    national = json.loads((folder / "national_summary.json").read_text(encoding="utf-8"))
    assert set(national["countries"]) == set(summary["countries"].split(","))
    report = (folder / "report.html").read_text(encoding="utf-8")
    for code in summary["countries"].split(","):
        assert code in report
    import re

    # The first page is for a decision-maker: the map, then GBF Target 3 per country.
    first = report.split("Details", 1)[0]
    assert '<figure class="map"><img' in first and "GBF Target 3" in first
    headers = re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", report)
    assert headers and not [h for h in headers if "_" in h], "raw field names as headers"
    atlas = folder / "candidates"
    pages = sorted(atlas.glob("*.png")) if atlas.is_dir() else []
    assert len(pages) == tfca.featureCount(), "atlas pages do not match the candidates"
    del tfca, units
    return summary
