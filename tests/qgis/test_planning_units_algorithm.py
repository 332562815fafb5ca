"""``cmsconnectivity:planningunits`` through processing.run, on QGIS's own world map."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from qgis.core import (
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRenderContext,
    QgsVectorLayer,
)

from cms_connectivity_plugin.processing.algorithms.planning_units import (
    BuildPlanningUnitsAlgorithm,
)
from cms_connectivity_plugin.qgis_io.styles import apply_style

BASE = {"COUNTRIES": "BEL,LUX", "GRID_TYPE": 0, "CELL_AREA": 400.0, "OUTPUT": "TEMPORARY_OUTPUT"}


def _run(params: dict) -> dict:
    import processing

    algorithm = BuildPlanningUnitsAlgorithm().create()
    return processing.run(algorithm, params)


def _layer(geometry_type: str, crs: str, wkts: list[str], fields: dict | None = None):
    """A memory layer from WKT; ``fields`` maps name -> (type, values)."""
    spec = "&".join(f"field={name}:{kind}" for name, (kind, _) in (fields or {}).items())
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}&{spec}", "input", "memory")
    features = []
    for row, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([values[row] for _, values in (fields or {}).values()])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _features(layer) -> list[QgsFeature]:
    return list(layer.getFeatures())


def test_metadata(processing_ready):
    algorithm = BuildPlanningUnitsAlgorithm().create()
    assert algorithm.name() == "planningunits"
    assert algorithm.groupId() == "inputs" and algorithm.group() == "Inputs"
    assert "bound.dat" in algorithm.shortHelpString()


def test_hexagons_over_belgium_and_luxembourg_with_boundary_csv(processing_ready, tmp_path):
    bound = tmp_path / "bound.csv"
    result = _run({**BASE, "BOUNDARY": str(bound)})
    layer = result["OUTPUT"]
    assert layer.isValid() and result["UNIT_COUNT"] == layer.featureCount() > 60
    names = layer.fields().names()
    assert names == [
        "unit_id",
        "area_km2",
        "cost",
        "country",
        "country_shares",
        "protected_share",
        "lockin_share",
        "lockout_share",
        "locked_in",
        "locked_out",
        "exposed_km",
    ]
    assert "+proj=laea" in layer.crs().toProj()
    features = _features(layer)
    ids = [f["unit_id"] for f in features]
    assert ids == list(range(1, len(features) + 1))
    assert {f["country"] for f in features} == {"BEL", "LUX"}
    area = sum(f["area_km2"] for f in features)
    assert 31_000 < area < 34_000  # Belgium 30,500 + Luxembourg 2,600 km2
    for f in features:
        assert f["cost"] == pytest.approx(f["area_km2"], rel=1e-5)
        assert f["area_km2"] <= 400.0 + 1e-6 and f["locked_in"] == 0 and f["locked_out"] == 0
        assert f["lockin_share"] == 0 and f["lockout_share"] == 0
    with open(bound, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["id1", "id2", "boundary"]
    pairs = [r for r in rows if r["id1"] != r["id2"]]
    exposed = {int(r["id1"]): float(r["boundary"]) for r in rows if r["id1"] == r["id2"]}
    assert pairs and all(int(r["id1"]) < int(r["id2"]) for r in pairs)
    by_id = {f["unit_id"]: f for f in features}
    for unit_id, length in exposed.items():
        assert by_id[unit_id]["exposed_km"] == pytest.approx(length, abs=1e-5)
    # Shared + exposed = perimeter for every unit.
    shared = dict.fromkeys(by_id, 0.0)
    for r in pairs:
        shared[int(r["id1"])] += float(r["boundary"])
        shared[int(r["id2"])] += float(r["boundary"])
    for unit_id, feature in by_id.items():
        perimeter = feature.geometry().length() / 1000.0
        total = shared[unit_id] + exposed.get(unit_id, 0.0)
        assert total == pytest.approx(perimeter, rel=1e-6, abs=1e-5)


def test_squares_in_a_user_polygon_with_protected_areas_and_a_cost_raster(
    processing_ready, tmp_path
):
    from osgeo import gdal, osr

    # A lon/lat cost raster: value = 100 x the column number (0.01 degree cells).
    path = tmp_path / "cost.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 200, 100, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((5.0, 0.01, 0.0, 51.0, 0.0, -0.01))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.tile(np.arange(200, dtype=np.float32) * 100.0, (100, 1)))
    ds = None
    area = _layer("Polygon", "EPSG:4326", [_box(5.2, 50.2, 6.6, 50.8)])
    protected = _layer("Polygon", "EPSG:4326", [_box(5.2, 50.2, 5.6, 50.8)])
    result = _run(
        {
            "STUDY_AREA": area,
            "GRID_TYPE": 1,
            "CELL_AREA": 25.0,
            "PROTECTED": protected,
            "LOCK_IN": 0.5,
            "COST_RASTER": str(path),
            "TARGET_CRS": "EPSG:3035",
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
    )
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:3035"
    features = _features(layer)
    assert len(features) > 150
    # The polygon lies in Belgium, Luxembourg and Germany: units carry those countries.
    assert {f["country"] for f in features} <= {"BEL", "LUX", "DEU", "NLD", ""}
    assert {"BEL", "DEU"} <= {f["country"] for f in features}
    for f in features:
        assert f["locked_in"] == int(f["protected_share"] >= 0.5)
        assert 2_000.0 <= f["cost"] <= 16_100.0
    west = [f for f in features if f["locked_in"] == 1]
    east = [f for f in features if f["protected_share"] == 0]
    assert west and east
    # Cost grows eastwards with the raster's columns.
    assert max(f["cost"] for f in west) < min(f["cost"] for f in east)


def test_units_from_a_layer_keep_their_ids_and_cost_field(processing_ready):
    crs = "EPSG:3035"
    x0, y0 = 4_000_000, 3_050_000  # inside Belgium
    wkts = [_box(x0 + k * 5_000, y0, x0 + (k + 1) * 5_000, y0 + 5_000) for k in range(3)]
    units = _layer(
        "Polygon", crs, wkts, {"code": ("integer", [7, 8, 9]), "price": ("double", [1.5, 2.5, 3.5])}
    )
    result = _run(
        {
            **BASE,
            "COUNTRIES": "BEL",
            "GRID_TYPE": 2,
            "UNITS": units,
            "UNIT_ID": "code",
            "COST_FIELD": "price",
            "TARGET_CRS": crs,
        }
    )
    features = _features(result["OUTPUT"])
    assert [f["unit_id"] for f in features] == [7, 8, 9]
    assert [f["cost"] for f in features] == pytest.approx([1.5, 2.5, 3.5])
    assert {f["country"] for f in features} == {"BEL"}
    # Three squares in a row: the middle one shares 5 km with each neighbour.
    exposed = [f["exposed_km"] for f in features]
    assert exposed == pytest.approx([15.0, 10.0, 15.0], abs=0.01)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"COUNTRIES": ""}, "No study area"),
        ({"COUNTRIES": "BEL,XYZ"}, "Unknown ISO3 code"),
        ({"GRID_TYPE": 2}, "need the unit layer"),
        ({"CELL_AREA": 50_000.0}, "not smaller than the study area"),
        ({"TARGET_CRS": "EPSG:4326"}, "not a projected CRS in metres"),
    ],
)
def test_bad_input_is_one_clear_line(processing_ready, changes, message):
    with pytest.raises(QgsProcessingException, match=message) as info:
        _run({**BASE, **changes})
    assert "\n" not in str(info.value) and "Traceback" not in str(info.value)


def test_duplicate_unit_ids_are_named(processing_ready):
    crs = "EPSG:3035"
    x0, y0 = 4_000_000, 3_050_000
    wkts = [_box(x0 + k * 5_000, y0, x0 + (k + 1) * 5_000, y0 + 5_000) for k in range(3)]
    units = _layer("Polygon", crs, wkts, {"code": ("string", ["a", "b", "a"])})
    with pytest.raises(QgsProcessingException, match=r"repeats the id\(s\) a:"):
        _run({**BASE, "COUNTRIES": "BEL", "GRID_TYPE": 2, "UNITS": units, "UNIT_ID": "code"})


def test_a_cost_raster_and_a_cost_field_together_are_refused(processing_ready, tmp_path):
    from osgeo import gdal, osr

    path = tmp_path / "cost.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((4.0, 0.5, 0.0, 52.0, 0.0, -0.5))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    with pytest.raises(QgsProcessingException, match="Both a cost raster and a cost field"):
        _run({**BASE, "COST_RASTER": str(path), "COST_FIELD": "price"})


# --------------------------------------------------------------------------------------------
# Areas to keep in and to keep out
# --------------------------------------------------------------------------------------------

X0, Y0 = 4_000_000, 3_050_000  # EPSG:3035, inside Belgium
SIDE = 5_000  # 25 km2 squares


def _cell(col: float, row: float, cols: float = 1, rows: float = 1) -> str:
    """A box on the 5 km grid whose origin is the study area's lower-left corner."""
    return _box(
        X0 + col * SIDE, Y0 + row * SIDE, X0 + (col + cols) * SIDE, Y0 + (row + rows) * SIDE
    )


def _lock_run(**extra) -> dict:
    """Squares over a 4 x 2 cell study area: unit ids 1-4 on the bottom row, 5-8 on top."""
    area = _layer("Polygon", "EPSG:3035", [_cell(0, 0, 4, 2)])
    return _run(
        {
            "STUDY_AREA": area,
            "GRID_TYPE": 1,
            "CELL_AREA": 25.0,
            "TARGET_CRS": "EPSG:3035",
            "OUTPUT": "TEMPORARY_OUTPUT",
            **extra,
        }
    )


def _by_id(layer, name: str) -> dict:
    return {f["unit_id"]: f[name] for f in layer.getFeatures()}


def test_lock_parameters_and_defaults(processing_ready):
    algorithm = BuildPlanningUnitsAlgorithm().create()
    names = [p.name() for p in algorithm.parameterDefinitions()]
    at = names.index("LOCK_IN")
    assert names[at : at + 4] == ["LOCK_IN", "LOCK_IN_LAYERS", "LOCK_OUT_LAYERS", "LOCK_OUT"]
    for key in ("LOCK_IN_LAYERS", "LOCK_OUT_LAYERS"):
        parameter = algorithm.parameterDefinition(key)
        assert parameter.type() == "multilayer" and parameter.flags() & parameter.FlagOptional
    assert algorithm.parameterDefinition("LOCK_OUT").defaultValue() == 0.5
    assert algorithm.parameterDefinition("LOCK_IN_LAYERS").description() == (
        "Also keep in the network (locked in)"
    )
    assert algorithm.parameterDefinition("LOCK_OUT_LAYERS").description() == (
        "Keep out of the network (locked out)"
    )
    help_text = algorithm.shortHelpString()
    assert "lockout_share" in help_text and "locked_out" in help_text


def test_lock_in_and_lock_out_layers_give_shares_and_flags(processing_ready):
    # Two lock-out layers: all of unit 1 and half of unit 2 (overlapping polygons count
    # once), a quarter of unit 7. To keep in: all of unit 8 and 40 % of unit 4.
    city = _layer("Polygon", "EPSG:3035", [_cell(0, 0, 1.5, 1), _cell(0.5, 0, 1, 1)])
    mine = _layer("Polygon", "EPSG:3035", [_cell(2, 1, 0.5, 0.5)])
    agreed = _layer("Polygon", "EPSG:3035", [_cell(3, 1), _cell(3, 0.6, 1, 0.4)])
    protected = _layer("Polygon", "EPSG:3035", [_cell(1, 1, 0.3, 1)])
    result = _lock_run(LOCK_OUT_LAYERS=[city, mine], LOCK_IN_LAYERS=[agreed], PROTECTED=protected)
    layer = result["OUTPUT"]
    assert result["UNIT_COUNT"] == 8
    lockout = _by_id(layer, "lockout_share")
    lockin = _by_id(layer, "lockin_share")
    assert [lockout[k] for k in range(1, 9)] == pytest.approx([1, 0.5, 0, 0, 0, 0, 0.25, 0])
    assert [lockin[k] for k in range(1, 9)] == pytest.approx([0, 0, 0, 0.4, 0, 0, 0, 1])
    assert _by_id(layer, "protected_share")[6] == pytest.approx(0.3)
    assert [k for k, v in _by_id(layer, "locked_out").items() if v == 1] == [1, 2]
    assert [k for k, v in _by_id(layer, "locked_in").items() if v == 1] == [8]

    strict = _lock_run(
        LOCK_OUT_LAYERS=[city, mine], LOCK_OUT=0.2, LOCK_IN=0.3, LOCK_IN_LAYERS=[agreed]
    )["OUTPUT"]
    assert [k for k, v in _by_id(strict, "locked_out").items() if v == 1] == [1, 2, 7]
    assert [k for k, v in _by_id(strict, "locked_in").items() if v == 1] == [4, 8]


def test_units_both_locked_in_and_out_stop_the_run(processing_ready):
    protected = _layer("Polygon", "EPSG:3035", [_cell(0, 0)])
    everywhere = _layer("Polygon", "EPSG:3035", [_cell(0, 0, 4, 2)])
    with pytest.raises(QgsProcessingException) as info:
        _lock_run(PROTECTED=protected, LOCK_IN_LAYERS=[everywhere], LOCK_OUT_LAYERS=[everywhere])
    message = str(info.value)
    assert "8 planning unit(s) would be both locked in and locked out" in message
    assert "units 1, 2, 3, 4, 5 and 3 more" in message
    assert "Raise the lock-in or the lock-out threshold" in message
    assert "\n" not in message and "Traceback" not in message


def test_bad_lock_out_layer_is_named(processing_ready):
    points = _layer("Point", "EPSG:3035", [f"POINT({X0 + 100} {Y0 + 100})"])
    with pytest.raises(QgsProcessingException, match="polygons are needed"):
        _lock_run(LOCK_OUT_LAYERS=[points])
    with pytest.raises(QgsProcessingException, match="lock-out threshold"):
        _lock_run(LOCK_OUT=0.0)


def _style_labels(layer) -> dict:
    """unit_id -> legend labels of the planning-unit style rules the unit falls in."""
    apply_style(layer, "planning_units")
    renderer = layer.renderer()
    labels = {rule.ruleKey(): rule.label() for rule in renderer.rootRule().children()}
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer)
    )
    renderer.startRender(context, layer.fields())
    out = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        keys = renderer.legendKeysForFeature(feature, context)
        out[feature["unit_id"]] = sorted(labels[k] for k in keys if k in labels)
    renderer.stopRender(context)
    return out


def test_style_shows_locked_out_units(processing_ready):
    city = _layer("Polygon", "EPSG:3035", [_cell(0, 0)])
    protected = _layer("Polygon", "EPSG:3035", [_cell(3, 1)])
    layer = _lock_run(LOCK_OUT_LAYERS=[city], PROTECTED=protected)["OUTPUT"]
    labels = _style_labels(layer)
    assert labels[1] == ["Kept out (locked out)"]
    assert labels[8] == ["Existing protected (locked in)"]
    assert all(labels[k] == ["Not selected"] for k in range(2, 8))
