"""``cmsconnectivity:places`` through processing.run with the plugin's own provider: memory
layers whose overlaps are known, the designations table, the roles, the real Ramsar and
North Sea layers, and the messages bad input gets."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from shapely import Point, box

from cms_connectivity_plugin.qgis_io.layers import memory_layer

ALG = "cmsconnectivity:places"
LAEA = "EPSG:3035"
KM = 1000.0


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)


@pytest.fixture(scope="module")
def run(processing_ready):
    import processing

    def _run(params: dict):
        feedback = Recorder()
        results = processing.run(ALG, {"OUTPUT": "memory:", **params}, feedback=feedback)
        return results, feedback

    return _run


def square(x0, y0, x1, y1):
    return box(x0 * KM, y0 * KM, x1 * KM, y1 * KM)


def polygons(name: str, columns: dict, geoms: list, crs: str = LAEA) -> QgsVectorLayer:
    return memory_layer(name, "Polygon", crs, columns, np.array(geoms, dtype=object))


def site_layers() -> list[QgsVectorLayer]:
    park = polygons(
        "wdpa",
        {
            "WDPAID": [555],
            "NAME": ["Lake Foo"],
            "DESIG_ENG": ["National Park"],
            "DESIG_TYPE": ["National"],
            "STATUS_YR": [1990],
        },
        [square(0, 0, 10, 10)],
    )
    ramsar = polygons(
        "ramsar_sites",
        {"ramsar_id": [1402], "name_en": ["Lake Foo Wetlands"]},
        [square(0, 0, 10, 9)],
    )
    natura = polygons(
        "natura2000",
        {"SITECODE": ["DE1234"], "SITENAME": ["Lake Foo"], "SITETYPE": ["C"]},
        [square(0, 0, 10, 10)],
    )
    kba = polygons("kba", {"SitRecID": [77], "IntName": ["Bar Hills"]}, [square(8, 0, 18, 10)])
    return [park, ramsar, natura, kba]


def rows(layer: QgsVectorLayer) -> list[dict]:
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def test_the_algorithm_is_registered_and_described(processing_ready):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None and alg.groupId() == "inputs"
    assert alg.displayName() == "Places across designations"
    assert len(alg.shortHelpString()) > 500


def test_one_place_with_three_designations_and_a_partial_overlap(run):
    layers = site_layers()
    results, feedback = run(
        {"INPUT": layers, "FLAGS": "Montreux Record=1402", "DESIGNATIONS": "memory:"}
    )
    places = rows(results["OUTPUT"])
    assert len(places) == 2
    first, second = places
    assert first["name"] == "Lake Foo" and first["n_designations"] == 3
    assert first["designations"].startswith("National Park (national, 1990); Natura 2000")
    assert first["overlaps"] == "Bar Hills (Key Biodiversity Area; place 2): 20 %"
    assert first["flags"] == "Montreux Record"
    assert first["area_km2"] == pytest.approx(100.0)
    assert first["first_year"] == 1990 and second["first_year"] == 0
    assert results["OUTPUT"].featureCount() == 2
    assert results["OUTPUT"].getFeature(1).geometry().area() == pytest.approx(100 * KM * KM)
    table = rows(results["DESIGNATIONS"])
    assert len(table) == 4
    ramsar = next(r for r in table if r["source_layer"] == "ramsar_sites")
    assert ramsar["place_id"] == 1 and ramsar["share_of_place"] == pytest.approx(0.9)
    assert any("2 place(s); 1 with two or more designations" in i for i in feedback.infos)


def test_network_roles_from_optional_layers(run):
    plan = polygons(
        "planning_units",
        {"selected": [1, 0], "locked_in": [0, 0]},
        [square(0, 0, 10, 10), square(10, 0, 20, 10)],
    )
    ranges = polygons(
        "ranges", {"species": ["Ciconia ciconia"], "seasonal": [2]}, [square(1, 1, 2, 2)]
    )
    dpc = polygons("sites", {"dPC": [7.5]}, [square(0, 0, 10, 10)])
    tfca = polygons("tfca", {"tfca_id": [2]}, [square(-1, -1, 11, 11)])
    stopovers = memory_layer(
        "flyway_nodes", "Point", LAEA, {"critical": [1]}, np.array([Point(KM, KM)], dtype=object)
    )
    results, _ = run(
        {
            "INPUT": site_layers(),
            "PLAN": plan,
            "FEATURES": ranges,
            "DPC": dpc,
            "STOPOVERS": stopovers,
            "TFCA": tfca,
        }
    )
    first, second = rows(results["OUTPUT"])
    assert first["network_status"] == "selected" and first["network_share"] == pytest.approx(1)
    assert second["network_share"] == pytest.approx(0.2)
    assert first["species_seasons"] == "Ciconia ciconia (breeding)"
    assert first["dpc_max"] == pytest.approx(7.5)
    assert (first["critical_stopover"], second["critical_stopover"]) == (1, 0)
    assert (first["tfca_ids"], second["tfca_ids"]) == ("2", "")


def test_bad_input_names_the_layer_and_the_field(run):
    nameless = polygons("my sites", {"area": [1.0]}, [square(0, 0, 1, 1)])
    with pytest.raises(QgsProcessingException) as err:
        run({"INPUT": [nameless]})
    assert "'my sites'" in str(err.value) and "NAME" in str(err.value)
    twice = polygons(
        "wdpa twice",
        {"WDPAID": [7, 7], "NAME": ["A", "B"], "DESIG_ENG": ["NP", "NP"]},
        [square(0, 0, 1, 1), square(2, 0, 3, 1)],
    )
    with pytest.raises(QgsProcessingException, match="'wdpa twice' has the id 7"):
        run({"INPUT": [twice]})
    with pytest.raises(QgsProcessingException, match="'DESIG_X' is in none"):
        run({"INPUT": site_layers(), "DESIGNATION_FIELD": "DESIG_X"})
    with pytest.raises(QgsProcessingException, match="Montreux Record=1402"):
        run({"INPUT": site_layers(), "FLAGS": "Montreux"})


def test_real_ramsar_and_north_sea_layers_in_two_crss(run, shared_data: Path):
    ramsar = sorted((shared_data / "ramsar_ukraine").glob("*.shp"))
    mpas = shared_data / "north_sea_mpas" / "MPA_NorthSea_Shapes.shp"
    if len(ramsar) != 7 or not mpas.exists():
        pytest.skip("the Ramsar shapefiles or the North Sea MPAs are not present")
    layers = [QgsVectorLayer(str(p), p.stem, "ogr") for p in [*ramsar, mpas]]
    assert all(layer.isValid() for layer in layers)
    results, feedback = run({"INPUT": layers})
    places = rows(results["OUTPUT"])
    assert len(places) == 11
    assert any("different CRSs" in info for info in feedback.infos)
    by_name = {p["name"]: p for p in places}
    assert by_name["Perebrody Peatlands"]["conventions"] == "Ramsar Convention on Wetlands"
    assert by_name["Borkum Riff"]["first_year"] == 2010
    assert by_name["Doggerbank"]["area_km2"] == pytest.approx(1692, rel=0.01)


def test_the_place_layer_gets_its_style(run):
    from cms_connectivity_plugin.qgis_io.postprocess import style_layer
    from cms_connectivity_plugin.qgis_io.styles import ROLE_PROPERTY

    results, _ = run({"INPUT": site_layers()})
    layer = results["OUTPUT"]
    style_layer(layer, "places")
    assert layer.customProperty(ROLE_PROPERTY) == "places"
    assert layer.renderer().symbol().color().name() == "#3182bd"
