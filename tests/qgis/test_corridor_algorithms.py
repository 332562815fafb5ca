"""``corridors`` and ``flywaynetwork`` through processing.run: memory layers and GeoTIFFs with
known answers, the White Stork CSV, and the errors a workshop will meet."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsWkbTypes

from cms_connectivity_plugin.core.connectivity.corridors import write_geotiff
from cms_connectivity_plugin.processing.algorithms.corridors import (
    CorridorsAlgorithm,
    FlywayNetworkAlgorithm,
)
from cms_connectivity_plugin.qgis_io.layers import memory_layer

CRS = "EPSG:3035"


@pytest.fixture(scope="module")
def run(qgis_app):
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()

    def _run(algorithm, params: dict):
        return processing.run(algorithm.create(), params)

    return _run


@pytest.fixture()
def resistance(tmp_path):
    """40 x 60 cells of 100 m, resistance 1, a wall of 1000 in column 30 with a gap in rows
    5-7; top-left corner at (4,000,000, 3,004,000) in ETRS89-LAEA."""
    values = np.ones((40, 60))
    values[:, 30] = 1000.0
    values[5:8, 30] = 1.0
    gt = (4_000_000.0, 100.0, 0.0, 3_004_000.0, 0.0, -100.0)
    path = write_geotiff(tmp_path / "resistance.tif", values, gt, CRS)
    return path, gt


def _cores(gt, crs=CRS):
    def cell_box(row, col, size=3):
        x0, y0 = gt[0] + col * gt[1], gt[3] + row * gt[5]
        return shapely.box(x0, y0 + size * gt[5], x0 + size * gt[1], y0)

    geoms = np.array([cell_box(30, 5), cell_box(30, 52), cell_box(2, 52)], dtype=object)
    return memory_layer(
        "cores", "Polygon", crs, {"name": np.array(["west", "east", "north"], dtype=object)}, geoms
    )


def test_corridors_writes_links_raster_polygons_and_pinch_points(run, resistance, tmp_path):
    path, gt = resistance
    result = run(
        CorridorsAlgorithm(),
        {
            "CORES": _cores(gt),
            "CORE_ID": "name",
            "RESISTANCE": path,
            "WIDTH": 800.0,
            "K_NEAREST": 1,
            "CURRENT": True,
            "OUTPUT": "memory:",
            "CORRIDORS": str(tmp_path / "corridors.tif"),
            "POLYGONS": "memory:",
            "CURRENT_MAP": str(tmp_path / "current.tif"),
        },
    )
    links = result["OUTPUT"]
    assert QgsWkbTypes.geometryType(links.wkbType()) == QgsWkbTypes.LineGeometry
    rows = {(f["core_a"], f["core_b"]): f for f in links.getFeatures()}
    assert set(rows) == {("west", "east"), ("east", "north")}  # each core's nearest
    west_east = rows[("west", "east")]
    assert west_east["lcd"] > west_east["euc_dist"]  # the detour through the gap
    assert west_east["width"] == 800.0 and west_east["eff_resist"] > 0
    assert result["N_LINKS"] == 2
    raster = QgsRasterLayer(result["CORRIDORS"], "corridors")
    assert raster.isValid() and raster.crs().authid() == CRS
    stats = raster.dataProvider().bandStatistics(1)
    assert stats.minimumValue == pytest.approx(0.0, abs=1e-3) and stats.maximumValue <= 800.0
    assert result["POLYGONS"].featureCount() == 2
    assert QgsRasterLayer(result["CURRENT_MAP"], "current").isValid()
    from osgeo import gdal

    assert gdal.Open(result["CORRIDORS"]).GetMetadata()["width"] == "800.0"


def test_corridors_accepts_cores_in_degrees_and_refuses_a_raster_in_degrees(
    run, resistance, tmp_path
):
    from cms_connectivity_plugin.core.crs import transform

    path, gt = resistance
    layer = _cores(gt)
    lonlat = transform(
        np.array([shapely.from_wkt(f.geometry().asWkt()) for f in layer.getFeatures()]),
        CRS,
        "EPSG:4326",
    )
    cores = memory_layer("cores", "Polygon", "EPSG:4326", {"k": np.arange(3)}, lonlat)
    result = run(
        CorridorsAlgorithm(),
        {
            "CORES": cores,
            "RESISTANCE": path,
            "WIDTH": 500.0,
            "OUTPUT": "memory:",
            "CORRIDORS": str(tmp_path / "c.tif"),
        },
    )
    assert result["OUTPUT"].featureCount() >= 2
    degrees = write_geotiff(
        tmp_path / "degrees.tif", np.ones((10, 10)), (10.0, 0.01, 0, 50.0, 0, -0.01), "EPSG:4326"
    )
    with pytest.raises(QgsProcessingException, match="geographic.*Warp"):
        run(
            CorridorsAlgorithm(),
            {
                "CORES": cores,
                "RESISTANCE": degrees,
                "WIDTH": 500.0,
                "OUTPUT": "memory:",
                "CORRIDORS": str(tmp_path / "d.tif"),
            },
        )


def test_corridors_reports_cores_outside_the_raster(run, resistance, tmp_path):
    path, gt = resistance
    far = memory_layer(
        "far",
        "Polygon",
        CRS,
        {"k": np.arange(2)},
        np.array([shapely.box(0, 0, 100, 100), shapely.box(200, 0, 300, 100)]),
    )
    with pytest.raises(QgsProcessingException, match="lie outside the resistance raster"):
        run(
            CorridorsAlgorithm(),
            {
                "CORES": far,
                "RESISTANCE": path,
                "WIDTH": 500.0,
                "OUTPUT": "memory:",
                "CORRIDORS": str(tmp_path / "c.tif"),
            },
        )


def _site_layer():
    rows = [
        ("B", "breeding", 10.0, 50.0, 5),
        ("S1", "stopover", 10.0, 48.0, 2),
        ("S2", "stopover", 10.0, 46.0, 2),
        ("N", "wintering", 10.0, 44.0, 5),
    ]
    return memory_layer(
        "sites",
        "Point",
        "EPSG:4326",
        {
            "site": np.array([r[0] for r in rows], dtype=object),
            "season": np.array([r[1] for r in rows], dtype=object),
            "birds": np.array([r[4] for r in rows]),
        },
        shapely.points([r[2] for r in rows], [r[3] for r in rows]),
    )


def test_flyway_network_from_a_site_layer_flags_unprotected_critical_sites(run):
    protected = memory_layer(
        "pa", "Polygon", "EPSG:4326", {"k": np.arange(1)}, np.array([shapely.box(9, 47, 11, 49)])
    )
    result = run(
        FlywayNetworkAlgorithm(),
        {
            "SITES": _site_layer(),
            "ROLE_FIELD": "season",
            "ID_FIELD": "site",
            "WEIGHT_FIELD": "birds",
            "MAX_HOP": 250.0,
            "PROTECTED": protected,
            "NODES": "memory:",
            "LINKS": "memory:",
        },
    )
    nodes = {f["site_id"]: f for f in result["NODES"].getFeatures()}
    assert {k: nodes[k]["critical"] for k in nodes} == {"B": 0, "S1": 1, "S2": 1, "N": 1}
    assert nodes["S1"]["protected"] == 1 and nodes["S2"]["unprot_crit"] == 1
    assert nodes["S1"]["loss"] == 5.0 and nodes["B"]["routes"] == 1
    links = sorted((f["from_site"], f["to_site"]) for f in result["LINKS"].getFeatures())
    assert links == [("B", "S1"), ("S1", "S2"), ("S2", "N")]
    assert {f["max_hop_km"] for f in result["LINKS"].getFeatures()} == {250.0}
    assert result["N_CRITICAL"] == 3


def test_flyway_network_messages(run):
    with pytest.raises(QgsProcessingException, match="either a site layer"):
        run(FlywayNetworkAlgorithm(), {"MAX_HOP": 250.0, "NODES": "memory:", "LINKS": "memory:"})
    # No role field chosen: the field named 'season' is found by itself.
    found = run(
        FlywayNetworkAlgorithm(),
        {"SITES": _site_layer(), "MAX_HOP": 250.0, "NODES": "memory:", "LINKS": "memory:"},
    )
    assert found["N_CRITICAL"] == 3
    unnamed = _site_layer()
    unnamed.startEditing()
    unnamed.renameAttribute(unnamed.fields().indexOf("season"), "kind")
    unnamed.commitChanges()
    with pytest.raises(QgsProcessingException, match="no role field"):
        run(
            FlywayNetworkAlgorithm(),
            {"SITES": unnamed, "MAX_HOP": 250.0, "NODES": "memory:", "LINKS": "memory:"},
        )
    with pytest.raises(QgsProcessingException, match="'site' of 'sites'.*'S1'"):
        run(
            FlywayNetworkAlgorithm(),
            {
                "SITES": _site_layer(),
                "ROLE_FIELD": "site",
                "MAX_HOP": 250.0,
                "NODES": "memory:",
                "LINKS": "memory:",
            },
        )


def test_flyway_network_from_the_stork_tracks(run, shared_data):
    path = shared_data / "white_stork_tracks" / "whitestork_lifetrack_2018.csv.gz"
    if not path.exists():
        pytest.skip("the White Stork tracks are not present")
    result = run(
        FlywayNetworkAlgorithm(),
        {"CSV": str(path), "MAX_HOP": 400.0, "NODES": "memory:", "LINKS": "memory:"},
    )
    nodes = list(result["NODES"].getFeatures())
    breeding = [f for f in nodes if f["role"] == "breeding"]
    assert breeding and all(f["reaches_nb"] == 1 for f in breeding)
    assert result["N_CRITICAL"] >= 1
    assert result["LINKS"].featureCount() > len(nodes)


def test_parameters_go_into_the_metadata_of_loaded_layers(qgis_app):
    import processing
    from processing.core.Processing import Processing
    from qgis.core import QgsProject

    Processing.initialize()
    result = processing.runAndLoadResults(
        FlywayNetworkAlgorithm().create(),
        {
            "SITES": _site_layer(),
            "ROLE_FIELD": "season",
            "MAX_HOP": 250.0,
            "NODES": "memory:",
            "LINKS": "memory:",
        },
    )
    layer = QgsProject.instance().mapLayer(result["NODES"])
    try:
        abstract = layer.metadata().abstract()
        assert "max_hop_km: 250.0" in abstract and "distance: great-circle" in abstract
    finally:
        QgsProject.instance().removeMapLayers([result["NODES"], result["LINKS"]])
