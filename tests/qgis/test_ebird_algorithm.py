"""``prepareranges`` on eBird Status & Trends range packages, through processing.run: the
whole GeoPackage or its two layers give the range only, and the log says what was done."""

from __future__ import annotations

import hashlib

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from cms_connectivity_plugin.processing.algorithms.inputs import PrepareRangesAlgorithm
from tests.core.test_ebird_ranges import REDSTART, expected_areas, write_ebird_package
from tests.qgis.feedback import Recorder

SPECIES = REDSTART[1]


@pytest.fixture(scope="module")
def run(qgis_app):
    """``run(inputs, **params) -> (results, feedback)`` of prepareranges via processing.run."""
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()

    def _run(inputs: list, **params):
        feedback = Recorder()
        results = processing.run(
            PrepareRangesAlgorithm().create(),
            {"INPUT": inputs, "OUTPUT": "TEMPORARY_OUTPUT", **params},
            feedback=feedback,
        )
        return results, feedback

    return _run


def areas(layer: QgsVectorLayer) -> dict[str, float]:
    got = {}
    for feature in layer.getFeatures():
        assert feature["species"] == SPECIES
        got[feature["season"]] = feature["area_km2"]
    return got


def assert_range_only(results, feedback, prediction_layer: str) -> None:
    """Breeding, non-breeding and passage of the range layer; the log says why."""
    expected = expected_areas()
    got = areas(results["OUTPUT"])
    assert sorted(got) == ["breeding", "non-breeding", "passage"]
    for season, area in got.items():
        assert area == pytest.approx(expected[season], rel=1e-3)
    assert results["SPECIES"] == 1 and results["FEATURES"] == 3
    log = "\n".join(feedback.infos)
    assert (
        f"Layer '{prediction_layer}' is the eBird prediction area (where the model made "
        "predictions, not the species' range): its 4 feature(s) were left out." in log
    )
    assert "Ranges were read from '" in log and "' only." in log
    assert f"{SPECIES}: the eBird prebreeding_migration (854,574 km2) and " in log
    assert "passage range (1,281,861 km2)" in log
    assert "4 input features: 4 kept" in log
    assert feedback.errors == []


@pytest.mark.parametrize("order", [("prediction_area", "range"), ("range", "prediction_area")])
def test_a_whole_geopackage_is_read_from_its_range_layer(run, tmp_path, order):
    """QGIS opens a path without ``layername`` at its first layer: maybe the prediction area."""
    path = write_ebird_package(tmp_path, order=order)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    results, feedback = run([str(path)])
    assert_range_only(results, feedback, f"{path.name}|layername=prediction_area")
    assert feedback.infos[0] == (
        f"'{path.name}' was given whole: its layers "
        + ", ".join(f"'{name}'" for name in order)
        + " were read as an eBird Status & Trends range package."
    )
    assert f"Range layers: {path.name}|layername=range (eBird)." in feedback.infos
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_both_layers_from_the_project_give_the_range_only(run, tmp_path):
    path = write_ebird_package(tmp_path)
    prediction = QgsVectorLayer(f"{path}|layername=prediction_area", "prediction_area", "ogr")
    ranges = QgsVectorLayer(f"{path}|layername=range", "range", "ogr")
    assert prediction.isValid() and ranges.isValid()
    results, feedback = run([prediction, ranges])
    assert_range_only(results, feedback, "prediction_area")
    assert prediction.featureCount() == 4 and not prediction.isModified()


def test_a_renamed_prediction_area_is_named_with_its_geopackage_layer(run, tmp_path):
    path = write_ebird_package(tmp_path)
    prediction = QgsVectorLayer(f"{path}|layername=prediction_area", "amered extent", "ogr")
    ranges = QgsVectorLayer(f"{path}|layername=range", "amered", "ogr")
    results, feedback = run([ranges, prediction])
    assert_range_only(results, feedback, "amered extent|layername=prediction_area")


def test_the_prediction_area_alone_fails_with_the_fix(run, tmp_path):
    path = write_ebird_package(tmp_path)
    prediction = QgsVectorLayer(f"{path}|layername=prediction_area", "prediction_area", "ogr")
    with pytest.raises(QgsProcessingException) as excinfo:
        run([prediction])
    text = str(excinfo.value)
    assert "Only eBird prediction areas were given ('prediction_area')" in text
    assert "Choose the 'range' layer of the same eBird GeoPackage." in text


def test_another_multi_layer_geopackage_says_which_layer_was_read(run, tmp_path):
    """Not an eBird package: QGIS's first layer is read, and the log names the others."""
    from osgeo import ogr, osr

    path = tmp_path / "atlas.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    for name, binomial in (("storks", "Ciconia ciconia"), ("cranes", "Grus grus")):
        layer = source.CreateLayer(name, srs, ogr.wkbPolygon)
        for field in ("binomial", "presence", "origin", "seasonal"):
            kind = ogr.OFTString if field == "binomial" else ogr.OFTInteger
            layer.CreateField(ogr.FieldDefn(field, kind))
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in (("binomial", binomial), ("presence", 1), ("origin", 1)):
            feature.SetField(field, value)
        feature.SetField("seasonal", 2)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 40,4 40,4 44,0 44,0 40))"))
        layer.CreateFeature(feature)
    source = None  # flush
    results, feedback = run([str(path)])
    assert results["FEATURES"] == 1
    assert feedback.infos[0] == (
        "'atlas.gpkg' holds 2 layers ('storks', 'cranes') and only its first, 'storks', was "
        "read: add the others as layers of their own to use them."
    )


def test_memory_layers_with_a_long_crs_definition_are_read_as_before(run):
    """A memory layer's source is its definition ("MultiPolygon?crs=wkt:..."), not a file."""
    from qgis.core import QgsFeature, QgsGeometry

    from cms_connectivity_plugin.core.crs import CRS, laea_for

    wkt = CRS.from_user_input(laea_for(10.0, 50.0)).to_wkt()
    uri = f"MultiPolygon?crs=wkt:{wkt}&field=scientific_name:string&field=season:string"
    layer = QgsVectorLayer(uri, "drawn", "memory")
    assert layer.isValid() and len(layer.source()) > 255
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Ciconia ciconia", "breeding"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,100000 0,100000 100000,0 100000,0 0))"))
    assert layer.dataProvider().addFeatures([feature])[0]
    results, feedback = run([layer])
    assert areas_of(results["OUTPUT"]) == {("Ciconia ciconia", "breeding"): 10_000.0}
    assert not any("prediction area" in line for line in feedback.infos)


def areas_of(layer: QgsVectorLayer) -> dict[tuple[str, str], float]:
    return {(f["species"], f["season"]): f["area_km2"] for f in layer.getFeatures()}
