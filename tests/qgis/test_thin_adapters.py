"""The shared paths under the algorithms: one sink writer and geometry rule
(``qgis_io/sinks.py``), one unit reader (``qgis_io/units.py``), one post-processor that styles
and describes (``qgis_io/postprocess.py``), and the distances users give in km."""

from __future__ import annotations

import gc
import logging

import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGraduatedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant
from shapely import box

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.workflow import WorkflowSettings, step_calls
from cms_connectivity_plugin.processing.algorithms.corridors import CorridorsAlgorithm
from cms_connectivity_plugin.qgis_io import postprocess
from cms_connectivity_plugin.qgis_io.layers import fields_for, memory_layer
from cms_connectivity_plugin.qgis_io.sinks import sink_geometry, write_table
from cms_connectivity_plugin.qgis_io.styles import ROLE_PROPERTY
from cms_connectivity_plugin.qgis_io.units import read_units
from tests.qgis.test_corridor_algorithms import _cores, resistance  # noqa: F401 - fixture

LAEA = "EPSG:3035"
SQUARE = box(0, 0, 1000, 1000)
LINE = shapely.LineString([(0, 0), (1000, 1000)])
POINT = shapely.Point(5, 5)
MIXED = shapely.GeometryCollection([SQUARE, LINE, shapely.MultiPolygon([box(2000, 0, 3000, 1000)])])


# --- one geometry rule ---------------------------------------------------------------------


def _types(geoms) -> list:
    return [None if g is None else g.geom_type for g in geoms]


def test_a_geometry_collection_keeps_the_parts_of_the_sinks_kind(qgis_app):
    geoms = np.array([SQUARE, MIXED, POINT, None], dtype=object)
    polygons, lost, empty = sink_geometry(geoms, QgsWkbTypes.MultiPolygon)
    assert _types(polygons) == ["MultiPolygon", "MultiPolygon", None, None]
    assert shapely.area(polygons[1]) == pytest.approx(2e6)  # both squares, the line dropped
    assert (lost, empty) == (2, 1)  # the collection lost its line; the point lost everything
    lines, lost, empty = sink_geometry(geoms, QgsWkbTypes.MultiLineString)
    assert _types(lines) == [None, "MultiLineString", None, None] and (lost, empty) == (3, 2)
    single, _, _ = sink_geometry(np.array([MIXED], dtype=object), QgsWkbTypes.LineString)
    assert _types(single) == ["LineString"]
    points, _, _ = sink_geometry(geoms, QgsWkbTypes.Point)
    assert _types(points) == [None, None, "Point", None]
    none, lost, _ = sink_geometry(geoms, QgsWkbTypes.NoGeometry)
    assert _types(none) == [None] * 4 and lost == 0


def test_writing_a_collection_says_so_in_the_log(qgis_app, caplog):
    from cms_connectivity_plugin.qgis_io.sinks import fit_geometry

    with caplog.at_level(logging.WARNING):
        fit_geometry(np.array([MIXED, SQUARE], dtype=object), QgsWkbTypes.MultiPolygon, "Out")
    assert "1 feature(s) written to 'Out'" in caplog.text and "polygons" in caplog.text


def test_field_types_come_from_the_values_present(qgis_app):
    fields, _ = fields_for(
        {
            "ints": [1, None, 3],
            "floats": [1, 2.5, float("nan")],
            "text": ["a", None, "c"],
            "flags": np.array([True, False]),
            "empty": [None, None],
        }
    )
    kinds = {f.name(): f.type() for f in fields}
    assert kinds == {
        "ints": QVariant.LongLong,
        "floats": QVariant.Double,
        "text": QVariant.String,
        "flags": QVariant.LongLong,
        "empty": QVariant.String,
    }


class _Sink:
    """The part of an algorithm write_table uses, writing to a memory sink."""

    def __init__(self, wkb_type):
        from qgis.core import QgsProcessingParameterFeatureSink

        self.definition = QgsProcessingParameterFeatureSink("OUT", "Out")
        self.wkb_type = wkb_type

    def parameterDefinition(self, key):  # noqa: N802
        return self.definition

    def parameterAsSink(self, parameters, key, context, fields, wkb_type, crs):  # noqa: N802
        from qgis.core import QgsProcessingUtils

        return QgsProcessingUtils.createFeatureSink("memory:", context, fields, wkb_type, crs)

    def invalidSinkError(self, parameters, key):  # noqa: N802
        return "invalid"


def test_write_table_writes_null_for_none_and_nan_and_keeps_rows(qgis_app):
    context = QgsProcessingContext()
    dest = write_table(
        _Sink(QgsWkbTypes.MultiPolygon),
        {},
        context,
        "OUT",
        {"id": [1, 2, 3], "value": [1.5, float("nan"), None]},
        np.array([SQUARE, MIXED, POINT], dtype=object),
        LAEA,
    )
    layer = context.getMapLayer(dest)
    rows = [(f["id"], f["value"], f.geometry().isNull()) for f in layer.getFeatures()]
    assert [r[0] for r in rows] == [1, 2, 3]  # every row kept, the point's without geometry
    assert rows[0][1] == 1.5 and rows[1][1] == QVariant() and rows[2][1] == QVariant()
    assert [r[2] for r in rows] == [False, False, True]
    assert layer.wkbType() == QgsWkbTypes.MultiPolygon


# --- one unit reader -----------------------------------------------------------------------


def _units(columns: dict, crs: str = LAEA):
    geoms = np.array([box(k * 1000, 0, (k + 1) * 1000, 1000) for k in range(3)], dtype=object)
    return memory_layer("units", "Polygon", crs, columns, geoms)


def test_read_units_takes_the_default_fields_and_feature_ids(qgis_app):
    units = read_units(_units({"unit_id": [10, None, 12], "COST": [1.0, 2.0, 3.0]}))
    assert units.ids.tolist() == [10, 2, 12]  # the feature id where the id is empty
    assert units.cost.tolist() == [1.0, 2.0, 3.0]
    assert units.fields == {"unit_id": "unit_id", "cost": "COST", "locked_in": None,
                            "locked_out": None}  # fmt: skip
    plain = read_units(_units({"name": ["a", "b", "c"]}), locked_in="")
    assert plain.cost is None and plain.ids.tolist() == [1, 2, 3]


@pytest.mark.parametrize(
    ("cost", "words"),
    [
        ([1.0, None, 3.0], "is empty (NULL) for unit(s) 2"),
        (["1", "x", "3"], "is not a finite number for unit(s) 2"),
        ([1.0, -2.0, 3.0], "is negative for unit(s) 2"),
    ],
)
def test_read_units_names_the_units_without_a_usable_cost(qgis_app, cost, words):
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_units(_units({"cost": cost}))


def test_read_units_refuses_a_missing_field_a_crs_less_or_empty_layer(qgis_app):
    with pytest.raises(InputError, match="has no field 'price'"):
        read_units(_units({"cost": [1.0, 2.0, 3.0]}), cost="price")
    empty = memory_layer("none", "Polygon", LAEA, {"cost": []}, np.array([], dtype=object))
    with pytest.raises(InputError, match="has no features"):
        read_units(empty)
    no_crs = QgsVectorLayer("Polygon", "nocrs", "memory")
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(InputError, match="no coordinate reference system"):
        read_units(no_crs)


# --- one post-processor --------------------------------------------------------------------


def _loading(layer, project):
    context = QgsProcessingContext()
    context.setProject(project)
    context.temporaryLayerStore().addMapLayer(layer)
    context.addLayerToLoadOnCompletion(
        layer.id(), QgsProcessingContext.LayerDetails(layer.name(), project, layer.name())
    )
    return context


def _sites(geometry: str = "Polygon"):
    layer = memory_layer(
        "sites",
        geometry,
        LAEA,
        {"dPC": [1.0, 5.0, 20.0, 60.0]},
        np.array(
            [box(k * 10, 0, k * 10 + 5, 5) if geometry == "Polygon" else shapely.Point(k, 0)
             for k in range(4)],
            dtype=object,
        ),
    )  # fmt: skip
    return layer


@pytest.mark.parametrize("geometry", ["Polygon", "Point"])
def test_one_postprocessor_styles_and_describes(qgis_app, geometry):
    project = QgsProject()
    layer = _sites(geometry)
    context = _loading(layer, project)
    description = postprocess.Description.of_parameters("Sites", ["Why"], {"d": 10000.0})
    assert postprocess.finish_output(context, layer.id(), "site_importance", description)
    processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    assert processor is postprocess.postprocessor("site_importance", description)
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "dPC"
    assert renderer.ranges()[0].lowerValue() == 1.0 and renderer.ranges()[-1].upperValue() == 60
    assert layer.customProperty(ROLE_PROPERTY) == "site_importance"
    metadata = layer.metadata()
    assert metadata.title() == "Sites" and "d = 10000" in metadata.abstract()
    assert metadata.keywords()["cms_connectivity"] == ["d=10000"]


def test_each_output_gets_its_own_postprocessor_and_qgis_deletes_them(qgis_app):
    project = QgsProject()
    first, second = _sites(), _sites()
    context = _loading(first, project)
    context.temporaryLayerStore().addMapLayer(second)
    context.addLayerToLoadOnCompletion(
        second.id(), QgsProcessingContext.LayerDetails("b", project, "b")
    )
    description = postprocess.Description("same text")
    for layer in (first, second):
        postprocess.finish_output(context, layer.id(), "corridors", description)
    a = context.layerToLoadOnCompletionDetails(first.id()).postProcessor()
    b = context.layerToLoadOnCompletionDetails(second.id()).postProcessor()
    assert a is not b  # one shared by two outputs would be deleted twice by the context
    del context
    gc.collect()
    assert sip.isdeleted(a) and sip.isdeleted(b)
    fresh = postprocess.postprocessor("corridors", description)
    assert fresh is not a and fresh is not b and not sip.isdeleted(fresh)
    assert all(not sip.isdeleted(kept) for kept in postprocess._alive())


def test_a_description_is_written_into_the_sinks_memory_layer_at_once(qgis_app):
    layer = _sites()
    context = QgsProcessingContext()
    context.temporaryLayerStore().addMapLayer(layer)
    description = postprocess.Description("abstract", "Title", ("k=v",))
    assert not postprocess.finish_output(context, layer.id(), None, description)
    assert layer.metadata().abstract() == "abstract" and layer.metadata().title() == "Title"


# --- distances in km -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def run(qgis_app):
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    return lambda algorithm, params: processing.run(algorithm.create(), params)


def test_corridors_take_the_maximum_distance_in_km(run, resistance):  # noqa: F811
    path, gt = resistance
    params = {
        "CORES": _cores(gt),
        "CORE_ID": "name",
        "RESISTANCE": path,
        "WIDTH": 800.0,
        "K_NEAREST": 0,
        "OUTPUT": "memory:",
        "CORRIDORS": "TEMPORARY_OUTPUT",
    }
    # Edge to edge: east-north 2.5 km, west-east 4.4 km, west-north farther.
    assert run(CorridorsAlgorithm(), {**params, "MAX_DISTANCE_KM": 3.0})["N_LINKS"] == 1
    assert run(CorridorsAlgorithm(), {**params, "MAX_DISTANCE_KM": 0.0})["N_LINKS"] >= 2
    with pytest.raises(QgsProcessingException, match="maximum distance"):
        run(CorridorsAlgorithm(), {**params, "MAX_DISTANCE_KM": 1.0})


def test_the_connectivity_calls_pass_only_parameters_the_algorithms_have(
    processing_ready,
    resistance,  # noqa: F811
    tmp_path,
):
    from qgis.core import QgsApplication

    settings = WorkflowSettings(
        output_folder=str(tmp_path),
        protconn=True,
        dpc=True,
        corridors=True,
        resistance_raster=str(resistance[0]),
    )
    registry = QgsApplication.processingRegistry()
    seen = set()
    calls = step_calls(settings, "connectivity") + step_calls(settings, "tfca")
    for call in calls:
        algorithm = registry.algorithmById(call.alg)
        assert algorithm is not None, call.alg
        names = {d.name() for d in algorithm.parameterDefinitions()}
        assert set(call.params) <= names, (call.alg, set(call.params) - names)
        seen.add(call.alg)
    assert {"cmsconnectivity:protconn", "cmsconnectivity:connectivity"} <= seen
    assert "cmsconnectivity:corridors" in seen


# --- styled AND described when loaded --------------------------------------------------------


def _run_and_load(algorithm, params: dict) -> dict:
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    return processing.runAndLoadResults(algorithm.create(), params)


def _loaded(result: dict, key: str):
    """The project layer of an output (by id, or by source for a file output)."""
    project = QgsProject.instance()
    layer = project.mapLayer(result[key]) or next(
        (lyr for lyr in project.mapLayers().values() if lyr.source() == result[key]), None
    )
    assert layer is not None, result
    return layer


def test_site_importance_is_styled_and_described_when_loaded(qgis_app):
    from cms_connectivity_plugin.processing.algorithms.connectivity import (
        ConnectivityIndicesAlgorithm,
    )
    from cms_connectivity_plugin.qgis_io.layers import qgis_crs
    from tests.qgis.test_connectivity_algorithms import LAEA as SITES_CRS
    from tests.qgis.test_connectivity_algorithms import three_sites

    result = _run_and_load(
        ConnectivityIndicesAlgorithm(),
        {
            "INPUT": three_sites(),
            "DISPERSAL_KM": 10.0,
            "CRS": qgis_crs(SITES_CRS),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    layer = _loaded(result, "OUTPUT")
    try:
        assert layer.customProperty(ROLE_PROPERTY) == "site_importance"
        assert layer.renderer().classAttribute() == "dPC"
        assert "d = 10000" in layer.metadata().abstract()
        assert "cms_connectivity" in layer.metadata().keywords()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_corridors_are_styled_and_described_when_loaded(qgis_app, resistance):  # noqa: F811
    path, gt = resistance
    result = _run_and_load(
        CorridorsAlgorithm(),
        {
            "CORES": _cores(gt),
            "CORE_ID": "name",
            "RESISTANCE": path,
            "WIDTH": 800.0,
            "K_NEAREST": 1,
            "MAX_DISTANCE_KM": 10.0,
            "OUTPUT": "memory:",
            "CORRIDORS": "TEMPORARY_OUTPUT",
        },
    )
    links = _loaded(result, "OUTPUT")
    raster = _loaded(result, "CORRIDORS")
    try:
        assert links.customProperty(ROLE_PROPERTY) == "corridors"
        assert links.renderer().classAttribute() == "lcd"
        for layer in (links, raster):
            abstract = layer.metadata().abstract()
            assert "width: 800.0" in abstract and "max_distance_km: 10.0" in abstract
    finally:
        QgsProject.instance().removeMapLayers([links.id(), raster.id()])
