"""``cmsconnectivity:amounts`` on layers with hand-checkable overlaps."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException

from cms_connectivity_plugin.qgis_io.layers import memory_layer


def _units(crs="EPSG:3035", ids=(10, 20, 30)):
    boxes = [shapely.box(x, 0, x + 10_000, 10_000) for x in (0, 10_000, 20_000)]
    return memory_layer(
        "units", "Polygon", crs, {"pu": np.array(ids)}, np.array(boxes, dtype=object)
    )


def _features(crs="EPSG:3035"):
    geoms = [shapely.box(5_000, 0, 15_000, 10_000), shapely.box(0, 0, 30_000, 5_000)]
    return memory_layer(
        "ranges",
        "Polygon",
        crs,
        {
            "species": np.array(["Ciconia ciconia", "Grus grus"], dtype=object),
            "season": np.array(["breeding", "passage"], dtype=object),
        },
        np.array(geoms, dtype=object),
    )


def test_amounts_match_hand_computed_overlaps(processing_ready):
    import processing

    result = processing.run(
        "cmsconnectivity:amounts",
        {
            "UNITS": _units(),
            "UNIT_ID": "pu",
            "FEATURES": _features(),
            "FEATURE_FIELDS": ["species", "season"],
            "CRS": "EPSG:3035",
            "OUTPUT": "memory:",
        },
    )
    rows = {(f["unit_id"], f["feature"]): f["amount_km2"] for f in result["OUTPUT"].getFeatures()}
    stork, crane = "Ciconia ciconia | breeding", "Grus grus | passage"
    assert rows == pytest.approx(
        {
            ("10", stork): 50.0,
            ("20", stork): 50.0,
            ("10", crane): 50.0,
            ("20", crane): 50.0,
            ("30", crane): 50.0,
        }
    )


def test_duplicate_ids_geographic_crs_and_missing_crs_are_named(processing_ready):
    import processing

    with pytest.raises(QgsProcessingException, match="duplicates \\(10\\)"):
        processing.run(
            "cmsconnectivity:amounts",
            {
                "UNITS": _units(ids=(10, 10, 30)),
                "UNIT_ID": "pu",
                "FEATURES": _features(),
                "OUTPUT": "memory:",
            },
        )
    with pytest.raises(QgsProcessingException, match="geographic"):
        processing.run(
            "cmsconnectivity:amounts",
            {"UNITS": _units(), "FEATURES": _features(), "CRS": "EPSG:4326", "OUTPUT": "memory:"},
        )
    no_crs = _units()
    no_crs.setCrs(no_crs.crs().__class__())
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system"):
        processing.run(
            "cmsconnectivity:amounts",
            {"UNITS": no_crs, "FEATURES": _features(), "OUTPUT": "memory:"},
        )
