"""QGIS 3.22 loses a cached CRS's PROJ object when the thread that made it exits.

A Processing worker thread makes the study area's CRS, exits, and the next layer written
with that CRS on the main thread got no CRS at all (metres read back as degrees). The
sequence is reproduced here with a plain thread; ``qgis_crs`` must still give a CRS that
writes its WKT.
"""

from __future__ import annotations

import threading
import time

import pytest
from qgis.core import QgsCoordinateReferenceSystem

from cms_connectivity_plugin.qgis_io.layers import qgis_crs, writable_crs

GDAL = QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL


def _poison(definition: str) -> None:
    """Make the CRS first on a thread, use it on the main thread, let the thread end."""
    made, release = threading.Event(), threading.Event()

    def worker():
        QgsCoordinateReferenceSystem.fromProj(definition)
        made.set()
        release.wait()

    thread = threading.Thread(target=worker)
    thread.start()
    made.wait()
    QgsCoordinateReferenceSystem.fromProj(definition).toWkt(GDAL)
    release.set()
    thread.join()
    time.sleep(0.5)


def test_a_crs_made_on_an_ended_thread_still_writes_its_wkt(qgis_app):
    definition = (
        "+proj=laea +lat_0=11.7531 +lon_0=2.1345 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )
    _poison(definition)
    if QgsCoordinateReferenceSystem.fromProj(definition).toWkt(GDAL):
        pytest.skip("this QGIS keeps the CRS when its thread ends: nothing to work around")
    crs = qgis_crs(definition)
    assert crs.isValid() and "Lambert" in crs.toWkt(GDAL)
    assert writable_crs(crs).toWkt(GDAL)
