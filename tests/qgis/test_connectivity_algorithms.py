"""``connectivity`` and ``protconn`` through processing.run: the analytic three-site case
(A 100, B a stepping stone, C 100), metadata carrying the parameters, ProtConn with a
neighbouring country, the per-neighbour [Trans] table, dProtConn and the time series."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from shapely import box

from cms_connectivity_plugin.processing.algorithms.connectivity import (
    ConnectivityIndicesAlgorithm,
    ProtConnAlgorithm,
)
from cms_connectivity_plugin.qgis_io.layers import memory_layer, qgis_crs

LAEA = "+proj=laea +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
KM = 1000.0
EC_WITH = 173.20508075688772
EC_WITHOUT_B = 169.42699204365650
TRANS = 100 * (EC_WITH - EC_WITHOUT_B) / EC_WITH  # 2.181 %


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)


@pytest.fixture(scope="module")
def run(qgis_app):
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()

    def _run(algorithm_class, params):
        feedback = Recorder()
        return processing.run(algorithm_class().create(), params, feedback=feedback), feedback

    return _run


def rows(layer: QgsVectorLayer) -> list[dict]:
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def three_sites(crs: str = LAEA) -> QgsVectorLayer:
    """A [0,10]x[0,10] km, B [15,17]x[0,10] km, C [22,32]x[0,10] km: edge distances A-B 5,
    B-C 5, A-C 12 km."""
    geoms = np.array(
        [
            box(0, 0, 10 * KM, 10 * KM),
            box(15 * KM, 0, 17 * KM, 10 * KM),
            box(22 * KM, 0, 32 * KM, 10 * KM),
        ],
        dtype=object,
    )
    return memory_layer(
        "sites", "Polygon", crs, {"name": ["A", "B", "C"], "a": [100.0, 0.0, 100.0]}, geoms
    )


def test_connectivity_analytic_case(run):
    results, feedback = run(
        ConnectivityIndicesAlgorithm,
        {
            "INPUT": three_sites(),
            "ATTRIBUTE": "a",
            "DISTANCE_TYPE": 0,
            "DISPERSAL_KM": 10.0,
            "PROBABILITY": 0.5,
            "PIJ_MIN": 0.0,
            "CRS": qgis_crs(LAEA),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert results["PCNUM"] == pytest.approx(30000.0)
    assert results["EC_PC"] == pytest.approx(EC_WITH)
    assert results["PC"] is None  # no landscape area given
    assert results["N_LINKS"] == 3
    out = {row["name"]: row for row in rows(results["OUTPUT"])}
    assert out["A"]["dPC"] == pytest.approx(100 * 20000 / 30000)
    assert out["B"]["dPCconnector"] == pytest.approx(100 * (30000 - EC_WITHOUT_B**2) / 30000)
    assert out["B"]["dPCintra"] == 0 and out["B"]["dPCflux"] == 0
    assert out["A"]["dPCintra"] + out["A"]["dPCflux"] + out["A"]["dPCconnector"] == pytest.approx(
        out["A"]["dPC"]
    )
    # IIC links at d = 10 km: A-B and B-C, not A-C (12 km): nl_AC = 2.
    assert results["IICNUM"] == pytest.approx(20000 + 20000 / 3)
    assert out["B"]["dIICconnector"] == pytest.approx(25.0)
    assert out["A"]["a_value"] == 100.0 and out["A"]["dA"] == 50.0
    abstract = results["OUTPUT"].metadata().abstract()
    assert "d = 10000" in abstract and "pij_min = 0" in abstract and "distance = edge" in abstract
    assert any("EC(PC) 173.205" in line for line in feedback.infos)


def test_connectivity_area_attribute_and_landscape_area(run):
    results, _ = run(
        ConnectivityIndicesAlgorithm,
        {
            "INPUT": three_sites(),
            "DISPERSAL_KM": 10.0,
            "LANDSCAPE_AREA": 1000.0,
            "CRS": qgis_crs(LAEA),
            "IMPORTANCE": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    # Areas 100, 20, 100 km2 with the default pruning (pij_min 0.001: links up to ~100 km).
    assert results["PC"] == pytest.approx(results["PCNUM"] / 1000.0**2)
    out = rows(results["OUTPUT"])
    assert [round(r["a_value"], 3) for r in out] == [100.0, 20.0, 100.0]
    assert "dPC" not in out[0] and "component" in out[0]


def test_connectivity_refuses_a_bad_field(run):
    with pytest.raises(QgsProcessingException, match="negative"):
        layer = memory_layer(
            "sites",
            "Polygon",
            LAEA,
            {"a": [1.0, -2.0]},
            np.array([box(0, 0, 1, 1), box(3, 0, 4, 1)], dtype=object),
        )
        run(
            ConnectivityIndicesAlgorithm,
            {"INPUT": layer, "ATTRIBUTE": "a", "CRS": qgis_crs(LAEA), "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def borders() -> QgsVectorLayer:
    """Country XXX in two parts on either side of a strip YYY (x in [12, 20] km)."""
    x = shapely.union_all(
        [box(-50 * KM, -50 * KM, 12 * KM, 60 * KM), box(20 * KM, -50 * KM, 80 * KM, 60 * KM)]
    )
    y = box(12 * KM, -50 * KM, 20 * KM, 60 * KM)
    return memory_layer(
        "countries",
        "MultiPolygon",
        LAEA,
        {"iso_a3": ["XXX", "YYY"], "name": ["Xland", "Yland"]},
        np.array(
            [shapely.multipolygons(shapely.get_parts(x)), shapely.multipolygons([y])], dtype=object
        ),
    )


def protected_areas() -> QgsVectorLayer:
    geoms = np.array(
        [
            box(0, 0, 10 * KM, 10 * KM),
            box(15 * KM, 0, 17 * KM, 10 * KM),
            box(22 * KM, 0, 32 * KM, 10 * KM),
        ],
        dtype=object,
    )
    return memory_layer(
        "WDPA_poly",
        "Polygon",
        LAEA,
        {
            "WDPAID": [1, 2, 3],
            "NAME": ["A", "B", "C"],
            "STATUS": ["Designated"] * 3,
            "STATUS_YR": [1990, 2000, 2010],
            "DESIG_ENG": ["National Park"] * 3,
            "ISO3": ["XXX", "YYY", "XXX"],
        },
        geoms,
    )


def test_protconn_with_a_neighbour(run):
    results, feedback = run(
        ProtConnAlgorithm,
        {
            "INPUT": [protected_areas()],
            "COUNTRIES": "xxx",
            "BORDERS": borders(),
            "DISPERSAL_KM": "10",
            "BUFFER": 50.0,
            "PIJ_MIN": 0.0,
            "CUTOFF": 50.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "NEIGHBOURS": "TEMPORARY_OUTPUT",
            "NODES": "TEMPORARY_OUTPUT",
            "SERIES": "TEMPORARY_OUTPUT",
        },
    )
    (row,) = rows(results["OUTPUT"])
    area = row["area_km2"]
    assert row["iso3"] == "XXX" and row["distance_km"] == 10.0
    assert row["EC_km2"] == pytest.approx(EC_WITH, rel=1e-5)
    assert row["ProtConn"] == pytest.approx(100 * EC_WITH / area, rel=1e-5)
    assert row["ProtConn_Trans"] == pytest.approx(TRANS, rel=1e-4)
    assert row["ProtConn_Prot"] + row["ProtConn_Trans"] + row["ProtConn_Unprot"] == pytest.approx(
        100.0
    )
    assert row["ProtConn"] <= row["ProtConn_Bound"] <= row["Prot"]
    assert row["meets_target"] == 0 and row["transboundary_km"] == 50.0
    (nb,) = rows(results["NEIGHBOURS"])
    assert nb["neighbour"] == "YYY" and nb["trans_share"] == pytest.approx(TRANS, rel=1e-4)
    nodes = {r["kind"]: r for r in rows(results["NODES"])}
    assert nodes["foreign"]["neighbour"] == "YYY"
    assert nodes["foreign"]["dProtConn"] == pytest.approx(TRANS, rel=1e-4)
    assert results["NODES"].crs().authid() == "EPSG:4326"
    series = rows(results["SERIES"])
    assert [r["year"] for r in series] == [1990, 2000, 2010]
    assert series[0]["ProtConn"] == pytest.approx(series[0]["Prot"])  # one site: all within
    assert series[-1]["ProtConn"] == pytest.approx(row["ProtConn"])
    assert "transboundary_km = 50" in results["OUTPUT"].metadata().abstract()
    assert any("XXX, d = 10 km" in line for line in feedback.infos)


def test_protconn_unknown_country(run):
    with pytest.raises(QgsProcessingException, match="ZZZ"):
        run(
            ProtConnAlgorithm,
            {
                "INPUT": [protected_areas()],
                "COUNTRIES": "ZZZ",
                "BORDERS": borders(),
                "DISPERSAL_KM": "10",
                "OUTPUT": "TEMPORARY_OUTPUT",
                "NEIGHBOURS": "TEMPORARY_OUTPUT",
            },
        )


def test_protconn_bad_distances(run):
    with pytest.raises(QgsProcessingException, match="not a number"):
        run(
            ProtConnAlgorithm,
            {
                "INPUT": [protected_areas()],
                "COUNTRIES": "XXX",
                "BORDERS": borders(),
                "DISPERSAL_KM": "10, ten",
                "OUTPUT": "TEMPORARY_OUTPUT",
                "NEIGHBOURS": "TEMPORARY_OUTPUT",
            },
        )


def test_protconn_real_ramsar_sites_on_the_world_map(run, shared_data):
    """Seven Ramsar sites of Ukraine (OpenStreetMap) on QGIS's own world map; Perebrody
    Peatlands touches the Belarus border."""
    folder = shared_data / "ramsar_ukraine"
    layers = [QgsVectorLayer(str(path), path.stem, "ogr") for path in sorted(folder.glob("*.shp"))]
    assert len(layers) == 7 and all(layer.isValid() for layer in layers)
    results, feedback = run(
        ProtConnAlgorithm,
        {
            "INPUT": layers,
            "COUNTRIES": "UKR, BLR",
            "DISPERSAL_KM": "10, 100",
            "BUFFER": 100.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "NEIGHBOURS": "TEMPORARY_OUTPUT",
            "NODES": "TEMPORARY_OUTPUT",
        },
    )
    table = {(r["iso3"], r["distance_km"]): r for r in rows(results["OUTPUT"])}
    assert set(table) == {("UKR", 10.0), ("UKR", 100.0), ("BLR", 10.0), ("BLR", 100.0)}
    ukr = table[("UKR", 10.0)]
    assert 500_000 < ukr["area_km2"] < 650_000  # Ukraine, Crimea included on NE 1:10m
    assert 0 < ukr["ProtConn"] <= ukr["Prot"] < 1.0
    assert ukr["ProtConn"] < table[("UKR", 100.0)]["ProtConn"]
    for row in table.values():
        if row["ProtConn"] > 0:
            total = row["ProtConn_Prot"] + row["ProtConn_Trans"] + row["ProtConn_Unprot"]
            assert total == pytest.approx(100.0)
    # Perebrody Peatlands (1402) crosses into Belarus on the world map: its Belarusian piece
    # is Belarus's only protected land, and a foreign node of Ukraine's graph (and back).
    blr = table[("BLR", 10.0)]
    assert blr["n_pa_nodes"] == 1 and blr["ProtConn"] == pytest.approx(blr["Prot"])
    assert ukr["ProtConn_Bound"] == pytest.approx(ukr["ProtConn"])  # all on one landmass
    nodes = rows(results["NODES"])
    foreign = [r for r in nodes if r["iso3"] == "UKR" and r["kind"] == "foreign"]
    assert {(r["neighbour"], r["site_ids"]) for r in foreign} == {("BLR", "1402")}
    assert all(r["dProtConn"] >= -1e-9 for r in nodes)
    assert {r["neighbour"] for r in rows(results["NEIGHBOURS"])} == {"BLR", "UKR"}
    assert any("UKR, d = 10 km" in line for line in feedback.infos)


def test_connectivity_geopackage_keeps_the_parameters(run, tmp_path):
    out = tmp_path / "sites_dpc.gpkg"
    results, _ = run(
        ConnectivityIndicesAlgorithm,
        {
            "INPUT": three_sites(),
            "ATTRIBUTE": "a",
            "DISPERSAL_KM": 10.0,
            "PIJ_MIN": 0.0,
            "CRS": qgis_crs(LAEA),
            "OUTPUT": str(out),
        },
    )
    layer = QgsVectorLayer(results["OUTPUT"], "reopened", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    abstract = layer.metadata().abstract()
    assert "d = 10000" in abstract and "cutoff = none" in abstract
    assert "cms_connectivity" in layer.metadata().keywords()


def test_connectivity_tolerance_is_recorded(run):
    params = {
        "INPUT": three_sites(),
        "ATTRIBUTE": "a",
        "DISPERSAL_KM": 10.0,
        "PIJ_MIN": 0.0,
        "CRS": qgis_crs(LAEA),
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    exact, _ = run(ConnectivityIndicesAlgorithm, params)
    results, feedback = run(ConnectivityIndicesAlgorithm, {**params, "TOLERANCE": 1e-3})
    got = {row["name"]: row for row in rows(results["OUTPUT"])}
    for row in rows(exact["OUTPUT"]):
        assert abs(got[row["name"]]["dPC"] - row["dPC"]) <= 0.1 + 1e-12  # 1e-3 x 100 points
    abstract = results["OUTPUT"].metadata().abstract()
    assert "importance_tolerance = 0.001" in abstract
    assert "importance_tolerance = 0" in exact["OUTPUT"].metadata().abstract()
    assert any("tolerance 0.001: largest error bound achieved" in line for line in feedback.infos)
