"""Traps a tester met with real data (issue 14).

A. Country borders with invalid polygons (a self-intersecting ring, as real border layers
   have) made GEOS overlays raise ``TopologyException: side location conflict``: the
   polygons are repaired when the border layer is read.
B. Protected areas that miss the study area (another country, a wrong CRS) locked no unit
   without a word: the run now warns, naming the layer and what to check.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely

from tests.qgis.feedback import Recorder
from tests.qgis.gpkg import write_gpkg

LAEA = "EPSG:3035"
X0, Y0, SIDE = 4_000_000.0, 3_000_000.0, 10_000.0


def square(col: float, row: float, side: float = SIDE) -> str:
    x, y = X0 + col * side, Y0 + row * side
    return f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"


def bowtie_country() -> str:
    """Country AAA over columns 0-1 drawn as a bow tie: its ring crosses itself, so GEOS
    overlays on it raise ``TopologyException`` (invalid, as real border layers can be)."""
    x0, y0, s = X0 - SIDE, Y0 - SIDE, 3 * SIDE
    ring = [(x0, y0), (x0 + s, y0 + s), (x0 + s, y0), (x0, y0 + s), (x0, y0)]
    return "POLYGON((" + ",".join(f"{x} {y}" for x, y in ring) + "))"


@pytest.fixture(scope="module")
def processing_run(processing_ready):
    import processing

    def _run(alg: str, params: dict):
        feedback = Recorder()
        result = processing.run("cmsconnectivity:" + alg, params, feedback=feedback)
        return result, feedback

    return _run


# -- A: invalid country polygons ---------------------------------------------------------


def test_the_border_polygons_are_made_valid_when_read():
    from cms_connectivity_plugin.core.borders import country_table

    geoms = shapely.from_wkt(np.array([bowtie_country(), square(2, 0)], dtype=object))
    assert not shapely.is_valid(geoms[0])
    with pytest.raises(shapely.errors.GEOSException):  # what the tester saw
        shapely.intersection(shapely.box(X0, Y0, X0 + SIDE, Y0 + SIDE), geoms[0])
    table = country_table({"iso_a3": ["AAA", "BBB"]}, geoms, crs=LAEA, source="borders")
    assert shapely.is_valid(table.geometry).all()
    assert set(shapely.get_type_id(table.geometry)) <= {3, 6}  # polygonal parts only
    assert shapely.area(table.geometry[0]) == pytest.approx(2 * (1.5 * SIDE) * (3 * SIDE) / 2)
    assert shapely.intersection(shapely.box(X0, Y0, X0 + SIDE, Y0 + SIDE), table.geometry[0])


def test_tfcacandidates_with_an_invalid_country_polygon_gives_no_geos_error(
    processing_run, tmp_path
):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    cells = [square(c, 0) for c in range(3)]
    units = write_gpkg(
        tmp_path / "units.gpkg",
        "units",
        LAEA,
        {"unit_id": [1, 2, 3], "selected": [1, 1, 1], "country": ["AAA", "AAA", "BBB"]},
        cells,
    )
    ranges = write_gpkg(
        tmp_path / "ranges.gpkg",
        "ranges",
        LAEA,
        {"species": ["Ciconia ciconia"], "seasonal": [2]},
        [square(0, 0, 3 * SIDE)],
    )
    borders = write_gpkg(
        tmp_path / "borders.gpkg",
        "countries",
        LAEA,
        {"iso_a3": ["AAA", "BBB"], "name": ["Aland", "Bland"]},
        [bowtie_country(), square(2, 0)],
    )
    params = {
        "UNITS": units,
        "FEATURES": ranges,
        "COUNTRIES": QgsVectorLayer(borders, "borders", "ogr"),
        "OUTPUT": str(tmp_path / "tfca.gpkg"),
        "HABITATS": str(tmp_path / "habitats.gpkg"),
    }
    try:
        result, feedback = processing_run("tfcacandidates", params)
    except QgsProcessingException as exc:  # pragma: no cover - the failure this test catches
        pytest.fail(f"tfcacandidates refused valid-after-repair borders: {exc}")
    text = "\n".join(feedback.infos + feedback.errors + feedback.warnings)
    assert "GEOS" not in text and "TopologyException" not in text and "Traceback" not in text
    layer = QgsVectorLayer(result["OUTPUT"], "tfca", "ogr")
    assert layer.featureCount() == 1  # one candidate over AAA and BBB


def test_tfcacandidates_with_qgis_world_map_as_borders(processing_run, tmp_path):
    """The tester's run: the world map given explicitly (not filtered) as border layer."""
    from qgis.core import QgsApplication, QgsVectorLayer

    world = QgsApplication.pkgDataPath() + "/resources/data/world_map.gpkg|layername=countries"
    # Two 10 km cells on each side of the French-German border on the Rhine near Strasbourg.
    lon_lat = [(7.70, 48.58), (7.84, 48.58), (7.98, 48.58), (8.12, 48.58)]
    from pyproj import Transformer

    to_laea = Transformer.from_crs("EPSG:4326", LAEA, always_xy=True)
    half = SIDE / 2
    cells = []
    for lon, lat in lon_lat:
        x, y = to_laea.transform(lon, lat)
        cells.append(shapely.box(x - half, y - half, x + half, y + half).wkt)
    units = write_gpkg(
        tmp_path / "units.gpkg",
        "units",
        LAEA,
        {"unit_id": [1, 2, 3, 4], "selected": [1, 1, 1, 1], "country": ["FRA"] * 2 + ["DEU"] * 2},
        cells,
    )
    ranges = write_gpkg(
        tmp_path / "ranges.gpkg",
        "ranges",
        LAEA,
        {"species": ["Ciconia ciconia"], "seasonal": [2]},
        [shapely.union_all(shapely.from_wkt(cells)).buffer(1000).wkt],
    )
    params = {
        "UNITS": units,
        "FEATURES": ranges,
        "COUNTRIES": QgsVectorLayer(world, "world", "ogr"),
        "OUTPUT": str(tmp_path / "tfca.gpkg"),
        "HABITATS": str(tmp_path / "habitats.gpkg"),
    }
    result, feedback = processing_run("tfcacandidates", params)
    text = "\n".join(feedback.infos + feedback.errors + feedback.warnings)
    assert "GEOS" not in text and "TopologyException" not in text
    layer = QgsVectorLayer(result["OUTPUT"], "tfca", "ogr")
    assert layer.featureCount() == 1


# -- B: protected areas that miss the study area -----------------------------------------


def _study_area(tmp_path: Path) -> str:
    return write_gpkg(
        tmp_path / "area.gpkg", "area", LAEA, {"name": ["area"]}, [square(0, 0, 3 * SIDE)]
    )


@pytest.mark.parametrize("key", ["PROTECTED", "LOCK_IN_LAYERS"])
def test_planningunits_warns_when_no_site_overlaps_the_study_area(processing_run, tmp_path, key):
    # Sites 2 000 km away (another country, or coordinates read in the wrong CRS).
    sites = write_gpkg(
        tmp_path / "far_sites.gpkg",
        "far_sites",
        LAEA,
        {"name": ["a", "b", "c"]},
        [square(200 + k, 0) for k in range(3)],
    )
    params = {
        "STUDY_AREA": _study_area(tmp_path),
        "GRID_TYPE": 1,
        "CELL_AREA": 100.0,
        key: [sites] if key == "LOCK_IN_LAYERS" else sites,
        "OUTPUT": str(tmp_path / "units.gpkg"),
    }
    result, feedback = processing_run("planningunits", params)
    assert result["UNIT_COUNT"] > 0
    warnings = "\n".join(feedback.warnings)
    assert "far_sites" in warnings, feedback.warnings
    assert "3" in warnings and "CRS" in warnings and "countr" in warnings.lower(), warnings
    # The summary says it again, so a user who only reads the last line sees it.
    summary = [line for line in feedback.infos if "planning units," in line]
    assert summary and "far_sites" in summary[-1], feedback.infos


def test_planningunits_does_not_warn_when_sites_overlap(processing_run, tmp_path):
    sites = write_gpkg(
        tmp_path / "near_sites.gpkg",
        "near_sites",
        LAEA,
        {"name": ["a", "b"]},
        [square(0, 0), square(200, 0)],
    )
    params = {
        "STUDY_AREA": _study_area(tmp_path),
        "GRID_TYPE": 1,
        "CELL_AREA": 100.0,
        "PROTECTED": sites,
        "OUTPUT": str(tmp_path / "units.gpkg"),
    }
    result, feedback = processing_run("planningunits", params)
    assert not feedback.warnings, feedback.warnings
    assert not any("near_sites" in line for line in feedback.infos), feedback.infos
