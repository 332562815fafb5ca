"""``prepareranges`` and ``preparesites`` through processing.run, on memory layers, files at
non-ASCII paths and the real Ramsar shapefiles."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely import box

from cms_connectivity_plugin.processing.algorithms.inputs import (
    PrepareRangesAlgorithm,
    PrepareSitesAlgorithm,
)
from cms_connectivity_plugin.qgis_io.layers import memory_layer
from tests.qgis.feedback import Recorder

STORK = "Ciconia ciconia — лелека білий"
CRANE = "Grus grus"


@pytest.fixture(scope="module")
def run(qgis_app):
    """``run(AlgorithmClass, params) -> (results, feedback)`` through processing.run."""
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()

    def _run(algorithm_class, params):
        feedback = Recorder()
        results = processing.run(algorithm_class().create(), params, feedback=feedback)
        return results, feedback

    return _run


def ranges_layer(name="ranges", crs="EPSG:4326", **overrides) -> QgsVectorLayer:
    columns = {
        "binomial": [STORK, STORK, STORK, CRANE],
        "presence": [1, 1, 1, 1],
        "origin": [1, 1, 1, 1],
        "seasonal": [2, 3, 1, 1],
    }
    columns.update(overrides)
    geoms = np.array(
        [box(0, 50, 4, 54), box(0, 40, 4, 44), box(1, 46, 3, 48), box(10, 40, 12, 42)],
        dtype=object,
    )
    return memory_layer(name, "Polygon", crs, columns, geoms)


def rows(layer: QgsVectorLayer) -> list[dict]:
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


# --------------------------------------------------------------------------- ranges


def test_algorithms_describe_themselves():
    for cls, name in (
        (PrepareRangesAlgorithm, "prepareranges"),
        (PrepareSitesAlgorithm, "preparesites"),
    ):
        alg = cls().create()
        assert alg.name() == name and alg.groupId() == "inputs" and alg.group() == "Inputs"
        assert len(alg.shortHelpString()) > 300 and alg.displayName()


def test_prepare_ranges_writes_one_feature_per_species_and_season(run):
    results, feedback = run(
        PrepareRangesAlgorithm, {"INPUT": [ranges_layer()], "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    out = results["OUTPUT"]
    assert out.fields().names() == ["species", "season", "seasonal", "area_km2"]
    assert out.wkbType() == QgsWkbTypes.MultiPolygon and out.crs().authid() == "EPSG:4326"
    got = [(r["species"], r["season"], r["seasonal"]) for r in rows(out)]
    assert got == [(STORK, "breeding", 2), (STORK, "non-breeding", 3), (CRANE, "resident", 1)]
    assert all(r["area_km2"] > 30_000 for r in rows(out))
    assert results["SPECIES"] == 2 and results["FEATURES"] == 3
    assert any("4 input features: 4 kept" in line for line in feedback.infos)
    assert feedback.errors == []


def test_unknown_codes_and_species_outside_are_reported_as_warnings(run):
    layer = ranges_layer(presence=["1", "9", "1", "1"])  # a text field, as some files have
    study = memory_layer(
        "study", "Polygon", "EPSG:4326", {"name": ["north"]}, np.array([box(-1, 45, 5, 55)])
    )
    results, feedback = run(
        PrepareRangesAlgorithm,
        {"INPUT": [layer], "STUDY_AREA": study, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert results["FEATURES"] == 2  # the stork breeding, the crane resident
    unknown, outside = feedback.errors
    assert "'presence'" in unknown and "'9'" in unknown and "feature ids 2" in unknown
    assert outside.startswith("1 species have no range inside the study area")
    assert CRANE in outside and "Ciconia" not in outside


def test_field_mapping_target_crs_and_code_filters(run):
    layer = memory_layer(
        "drawn",
        "Polygon",
        "EPSG:4326",
        {"Taxon": [CRANE, CRANE], "Saison": ["breeding", "passage"]},
        np.array([box(0, 40, 1, 41), box(1, 40, 2, 41)], dtype=object),
    )
    with pytest.raises(QgsProcessingException) as excinfo:
        run(PrepareRangesAlgorithm, {"INPUT": [layer], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "'drawn' is in no known range schema" in str(excinfo.value)
    assert "Taxon, Saison" in str(excinfo.value)
    results, _ = run(
        PrepareRangesAlgorithm,
        {
            "INPUT": [layer],
            "SPECIES_FIELD": "taxon",
            "SEASONAL_FIELD": "saison",
            "SEASONAL": "2",
            "TARGET_CRS": "EPSG:3035",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = results["OUTPUT"]
    assert out.crs().authid() == "EPSG:3035"
    assert [(r["species"], r["seasonal"]) for r in rows(out)] == [(CRANE, 2)]
    assert out.extent().xMinimum() > 1e6


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"PRESENCE": "3"}, "removed by the presence filter"),
        ({"ORIGIN": "1,x"}, "The origin filter '1,x' is not a list of codes"),
        ({"SEASONAL": "0"}, "not IUCN seasonal codes"),
        ({"PRESENCE_FIELD": "etat"}, "has no field for presence = 'etat'"),
    ],
)
def test_bad_parameters_fail_with_the_fix(run, params, expected):
    with pytest.raises(QgsProcessingException, match=expected):
        run(
            PrepareRangesAlgorithm,
            {"INPUT": [ranges_layer()], "OUTPUT": "TEMPORARY_OUTPUT", **params},
        )


def test_layer_problems_fail_with_the_layer_named(run):
    no_crs = ranges_layer(name="sans SCR", crs="")
    assert not no_crs.crs().isValid()
    with pytest.raises(QgsProcessingException, match="'sans SCR' has no coordinate reference"):
        run(PrepareRangesAlgorithm, {"INPUT": [no_crs], "OUTPUT": "TEMPORARY_OUTPUT"})
    empty = QgsVectorLayer("Polygon?crs=EPSG:4326&field=binomial:string", "порожній", "memory")
    with pytest.raises(QgsProcessingException, match="'порожній' has no features"):
        run(PrepareRangesAlgorithm, {"INPUT": [empty], "OUTPUT": "TEMPORARY_OUTPUT"})


def test_non_ascii_paths_in_and_out(run, tmp_path):
    from tests.core.test_ranges import write_shapefile

    folder = tmp_path / "дані é"
    folder.mkdir()
    source = folder / "ареали.shp"
    write_shapefile(
        source,
        {
            "binomial": [STORK, CRANE],
            "presence": [1, 1],
            "origin": [1, 1],
            "seasonal": [2, 1],
        },
        [box(0, 50, 4, 54), box(10, 40, 12, 42)],
    )
    layer = QgsVectorLayer(str(source), "ареали", "ogr")
    assert layer.isValid()
    target = folder / "вихід.gpkg"
    results, _ = run(PrepareRangesAlgorithm, {"INPUT": [layer], "OUTPUT": str(target)})
    out = QgsVectorLayer(str(target), "out", "ogr")
    assert out.isValid() and target.exists()
    assert sorted(r["species"] for r in rows(out)) == sorted([STORK, CRANE])


# --------------------------------------------------------------------------- sites


def wdpa_layers():
    polygons = memory_layer(
        "WDPA_poly",
        "Polygon",
        "EPSG:4326",
        {
            "WDPAID": [1, 2, 3, 4],
            "NAME": ["Parc", "Proposé", "MAB", "Réserve"],
            "DESIG_ENG": ["National Park", "Nature Reserve", "UNESCO-MAB Biosphere Reserve", "X"],
            "STATUS": ["Designated", "Proposed", "Designated", "Designated"],
            "STATUS_YR": [1990, 2020, 1985, 2015],
            "ISO3": ["FRA", "FRA", "FRA", "FRA"],
        },
        np.array([box(0, 45, 1, 46), box(3, 45, 4, 46), box(5, 45, 6, 46), box(0.5, 45.5, 2, 47)]),
    )
    points = memory_layer(
        "WDPA_point",
        "Point",
        "EPSG:4326",
        {
            "WDPAID": [10, 11],
            "NAME": ["Point site", "No area"],
            "STATUS": ["Designated", "Designated"],
            "STATUS_YR": [0, 2000],
            "REP_AREA": [25.0, 0.0],
        },
        np.array([shapely.Point(8, 45), shapely.Point(9, 45)]),
    )
    return polygons, points


def test_prepare_sites_applies_wdpa_semantics_and_writes_the_network(run):
    polygons, points = wdpa_layers()
    results, feedback = run(
        PrepareSitesAlgorithm,
        {
            "INPUT": [polygons, points],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "NETWORK": "TEMPORARY_OUTPUT",
        },
    )
    sites = results["OUTPUT"]
    assert sites.fields().names() == [
        "site_id",
        "name",
        "source",
        "designation",
        "iso3",
        "status",
        "status_yr",
        "area_km2",
    ]
    got = {r["name"]: r for r in rows(sites)}
    assert set(got) == {"Parc", "Réserve", "Point site"}
    assert got["Point site"]["area_km2"] == pytest.approx(25.0, rel=1e-6)
    assert got["Point site"]["source"] == "WDPA_point" and got["Parc"]["iso3"] == "FRA"
    assert results["SITES"] == 3
    network = results["NETWORK"]
    parts = rows(network)
    assert len(parts) == 2 and sorted(p["n_sites"] for p in parts) == [1, 2]
    assert any("REP_AREA 0 or NULL (feature ids 2)" in e for e in feedback.errors)
    assert any("Dissolved network: 2 parts" in line for line in feedback.infos)

    results, feedback = run(
        PrepareSitesAlgorithm,
        {
            "INPUT": [polygons, points],
            "INCLUDE_PROPOSED": True,
            "INCLUDE_MAB": True,
            "YEAR": 2016,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    names = {r["name"] for r in rows(results["OUTPUT"])}
    assert names == {"Parc", "MAB", "Réserve", "Point site"}  # "Proposé" is from 2020
    assert "NETWORK" not in results
    assert any("1 site(s) have no status year" in e for e in feedback.errors)


def test_site_errors_name_the_layer_and_the_fix(run):
    points = memory_layer(
        "observations", "Point", "EPSG:4326", {"name": ["a"]}, np.array([shapely.Point(0, 0)])
    )
    with pytest.raises(QgsProcessingException, match="'observations' has point sites but no"):
        run(PrepareSitesAlgorithm, {"INPUT": [points], "OUTPUT": "TEMPORARY_OUTPUT"})
    polygons, _ = wdpa_layers()
    with pytest.raises(QgsProcessingException, match="No site had been designated by 1950"):
        run(
            PrepareSitesAlgorithm,
            {"INPUT": [polygons], "YEAR": 1950, "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_ramsar_sites_of_ukraine_with_ukrainian_names(run, shared_data):
    paths = sorted((shared_data / "ramsar_ukraine").glob("*.shp"))
    if len(paths) != 7:
        pytest.skip("the 7 Ramsar shapefiles are not present")
    layers = [QgsVectorLayer(str(p), p.stem, "ogr") for p in paths]
    assert all(layer.isValid() for layer in layers)
    results, feedback = run(
        PrepareSitesAlgorithm,
        {
            "INPUT": layers,
            "NAME_FIELD": "name_uk",
            "TARGET_CRS": "EPSG:3035",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "NETWORK": "TEMPORARY_OUTPUT",
        },
    )
    sites = {r["site_id"]: r for r in rows(results["OUTPUT"])}
    assert len(sites) == 7 and results["OUTPUT"].crs().authid() == "EPSG:3035"
    assert sites["1402"]["name"] == "Торфово-болотний масив Переброди"
    assert 100 < sites["1402"]["area_km2"] < 160
    assert any("11 input features -> 7 sites" in line for line in feedback.infos)
    assert any("1 geometries repaired" in line for line in feedback.infos)
    network = results["NETWORK"]
    assert sum(p["area_km2"] for p in rows(network)) == pytest.approx(
        sum(r["area_km2"] for r in sites.values()), rel=1e-4
    )
