"""Nothing a user feeds the Processing algorithms crashes QGIS, prints a traceback or quietly
gives garbage.

Each test feeds one kind of bad input (invalid or empty geometry, a missing field, a text
number, an overflowing value, an output equal to an input, a damaged GeoPackage, an
unwritable folder) and asserts the message (its key words), that the input files are
unchanged and that no partial output is left. Runs that could crash QGIS (invalid
geometries) go through a fresh Python process, so a segfault fails the test instead of
killing pytest.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
LAEA = "EPSG:3035"
X0, Y0, SIDE = 4_000_000.0, 3_000_000.0, 10_000.0

# -- small inputs on disk ------------------------------------------------------------------


def write_gpkg(path: Path, layer: str, crs: str, columns: dict, wkts: list, kind=None) -> str:
    """A GeoPackage layer written with OGR straight from WKT (invalid geometries kept)."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path.parent.mkdir(parents=True, exist_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer, srs, kind if kind is not None else ogr.wkbUnknown)
    types = {int: ogr.OFTInteger64, float: ogr.OFTReal, str: ogr.OFTString}
    for name, values in columns.items():
        lyr.CreateField(ogr.FieldDefn(name, types[type(values[0])]))
    for row, wkt in enumerate(wkts):
        feature = ogr.Feature(lyr.GetLayerDefn())
        for name, values in columns.items():
            feature.SetField(name, values[row])
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feature)
    ds = None
    return f"{path}|layername={layer}"


def square(col: int, row: int, side: float = SIDE) -> str:
    x, y = X0 + col * side, Y0 + row * side
    return f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"


def grid_units(path: Path, cols=3, rows=2, cost=None, wkts=None) -> str:
    cells = [square(c, r) for r in range(rows) for c in range(cols)]
    n = len(cells)
    columns = {
        "unit_id": list(range(1, n + 1)),
        "cost": list(cost) if cost is not None else [100.0] * n,
    }
    return write_gpkg(path, "units", LAEA, columns, wkts or cells)


def ranges(path: Path, wkts=None) -> str:
    wkts = wkts or [
        square(0, 0, 2 * SIDE),
        f"POLYGON(({X0 + SIDE} {Y0},{X0 + 3 * SIDE} {Y0},{X0 + 3 * SIDE} {Y0 + SIDE},"
        f"{X0 + SIDE} {Y0 + SIDE},{X0 + SIDE} {Y0}))",
    ]
    columns = {
        "species": ["Ciconia ciconia", "Grus grus"][: len(wkts)],
        "seasonal": [2, 4][: len(wkts)],
    }
    return write_gpkg(path, "ranges", LAEA, columns, wkts)


BOWTIE = (
    f"POLYGON(({X0} {Y0},{X0 + 2 * SIDE} {Y0 + 2 * SIDE},{X0 + 2 * SIDE} {Y0},"
    f"{X0} {Y0 + 2 * SIDE},{X0} {Y0}))"
)
ZERO_AREA = f"POLYGON(({X0} {Y0},{X0 + SIDE} {Y0},{X0 + 2 * SIDE} {Y0},{X0} {Y0}))"


def folder_hash(folder: Path) -> dict[str, str]:
    """Every file of a folder (names and contents): inputs must come out unchanged."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# -- running an algorithm ------------------------------------------------------------------

RUNNER = textwrap.dedent(
    """
    import json, os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, {root!r})
    for p in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if os.path.isdir(p):
            sys.path.append(p)
    from cms_connectivity_plugin.qgis_io.app import headless_qgis, start_processing
    with headless_qgis():
        plugin = start_processing()
        import processing
        from qgis.core import QgsProcessingException
        alg, params = json.loads(sys.argv[1])
        try:
            result = processing.run("cmsconnectivity:" + alg, params)
            answer = {{"ok": True, "result": {{k: str(v) for k, v in result.items()}}}}
        except QgsProcessingException as exc:
            answer = {{"ok": False, "error": str(exc)}}
        print("RESULT " + json.dumps(answer), flush=True)
        plugin.unload()
    """
).format(root=str(ROOT))


def run_isolated(alg: str, params: dict) -> dict:
    """Run ``cmsconnectivity:<alg>`` in a fresh process; a crash fails the test."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, json.dumps([alg, params])],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    assert done.returncode == 0 and lines, (
        f"{alg} crashed (exit {done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT ") :])


@pytest.fixture(scope="module")
def run(processing_ready):
    """``processing.run`` in this process: the message of the QgsProcessingException, or the
    result. Anything else than a QgsProcessingException fails the test (a traceback)."""
    import processing
    from qgis.core import QgsProcessingException

    def _run(alg: str, params: dict) -> dict:
        try:
            result = processing.run("cmsconnectivity:" + alg, params)
        except QgsProcessingException as exc:
            return {"ok": False, "error": str(exc)}
        return {"ok": True, "result": result}

    return _run


def refused(answer: dict, *words: str) -> str:
    assert not answer["ok"], f"expected a refusal, got {answer}"
    message = answer["error"]
    assert "Traceback" not in message
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    return message


def no_output_left(folder: Path) -> None:
    left = sorted(p.name for p in folder.rglob("*")) if folder.exists() else []
    assert not left, f"partial output left behind: {left}"


@pytest.fixture()
def io(tmp_path):
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    return inputs, outputs


# -- geometries that crashed QGIS ----------------------------------------------------------


def test_bowtie_range_into_plan_is_repaired_or_named(io):
    inputs, outputs = io
    params = {
        "UNITS": grid_units(inputs / "units.gpkg"),
        "FEATURES": ranges(inputs / "ranges.gpkg", [BOWTIE, square(1, 0)]),
        "BLM": 0.0,
        "OUTPUT": str(outputs / "plan.gpkg"),
        "TARGETS_OUTPUT": str(outputs / "targets.csv"),
    }
    before = folder_hash(inputs)
    answer = run_isolated("plan", params)
    assert folder_hash(inputs) == before
    if not answer["ok"]:
        refused(answer, "ranges")
        no_output_left(outputs)


def test_zero_area_unit_into_planningunits_is_named_or_dropped(io):
    inputs, outputs = io
    wkts = [square(0, 0), ZERO_AREA, square(2, 0)]
    units = write_gpkg(inputs / "units.gpkg", "units", LAEA, {"pu": [1, 2, 3]}, wkts)
    study = write_gpkg(inputs / "study.gpkg", "study", LAEA, {"k": [1]}, [square(0, 0, 3 * SIDE)])
    params = {
        "STUDY_AREA": study,
        "GRID_TYPE": 2,
        "UNITS": units,
        "UNIT_ID": "pu",
        "OUTPUT": str(outputs / "units.gpkg"),
    }
    before = folder_hash(inputs)
    answer = run_isolated("planningunits", params)
    assert folder_hash(inputs) == before
    if not answer["ok"]:
        refused(answer, "units")
        no_output_left(outputs)


def test_empty_geometry_into_connectivity_is_named(io):
    inputs, outputs = io
    sites = write_gpkg(
        inputs / "sites.gpkg",
        "sites",
        LAEA,
        {"name": ["a", "b", "c"]},
        [square(0, 0), "POLYGON EMPTY", square(3, 0)],
    )
    params = {"INPUT": sites, "OUTPUT": str(outputs / "nodes.gpkg")}
    before = folder_hash(inputs)
    answer = run_isolated("connectivity", params)
    assert folder_hash(inputs) == before
    if not answer["ok"]:
        refused(answer, "sites")
        no_output_left(outputs)


# -- tracebacks ----------------------------------------------------------------------------


def test_amounts_with_a_missing_unit_id_field_names_it(run, io):
    inputs, outputs = io
    params = {
        "UNITS": grid_units(inputs / "units.gpkg"),
        "UNIT_ID": "no_such_field",
        "FEATURES": ranges(inputs / "ranges.gpkg"),
        "FEATURE_FIELDS": ["species"],
        "OUTPUT": str(outputs / "amounts.gpkg"),
    }
    before = folder_hash(inputs)
    refused(run("amounts", params), "no_such_field")
    assert folder_hash(inputs) == before
    no_output_left(outputs)


# -- silent garbage ------------------------------------------------------------------------


def test_an_output_equal_to_an_input_is_refused(run, io):
    inputs, _ = io
    units = grid_units(inputs / "units.gpkg")
    params = {
        "UNITS": units,
        "FEATURES": ranges(inputs / "ranges.gpkg"),
        "BLM": 0.0,
        "OUTPUT": str(inputs / "units.gpkg"),
        "TARGETS_OUTPUT": "TEMPORARY_OUTPUT",
    }
    before = folder_hash(inputs)
    refused(run("plan", params), "overwrite", "units.gpkg")
    assert folder_hash(inputs) == before


def _resistance(path: Path, value: float = 1.0) -> str:
    from cms_connectivity_plugin.core.connectivity.corridors import write_geotiff

    values = np.ones((30, 40))
    values[10:20, 20] = value
    gt = (X0, 100.0, 0.0, Y0 + 3_000.0, 0.0, -100.0)
    return str(write_geotiff(path, values, gt, LAEA))


def _cores(path: Path) -> str:
    def cell(col, row):
        x, y = X0 + col * 100.0, Y0 + 3_000.0 - row * 100.0
        return f"POLYGON(({x} {y - 300},{x + 300} {y - 300},{x + 300} {y},{x} {y},{x} {y - 300}))"

    return write_gpkg(path, "cores", LAEA, {"name": ["w", "e"]}, [cell(3, 12), cell(33, 12)])


def _corridors(inputs: Path, outputs: Path, value: float = 1.0, **extra) -> dict:
    return {
        "CORES": _cores(inputs / "cores.gpkg"),
        "CORE_ID": "name",
        "RESISTANCE": _resistance(inputs / "resistance.tif", value),
        "WIDTH": 500.0,
        "OUTPUT": str(outputs / "links.gpkg"),
        "CORRIDORS": str(outputs / "corridors.tif"),
        **extra,
    }


def test_corridors_leave_no_sidecar_beside_the_input_raster(run, io):
    inputs, outputs = io
    params = _corridors(inputs, outputs)
    before = folder_hash(inputs)
    answer = run("corridors", params)
    assert answer["ok"], answer
    assert folder_hash(inputs) == before, "the input folder changed (e.g. an .aux.xml)"


def test_corridors_refuse_an_overflowing_resistance(run, io):
    inputs, outputs = io
    params = _corridors(inputs, outputs, value=3e38)
    before = folder_hash(inputs)
    refused(run("corridors", params), "resistance", "3e+38", "nodata")
    assert folder_hash(inputs) == before
    no_output_left(outputs)


def test_corridors_into_a_missing_folder_name_it_and_write_nothing(run, io):
    inputs, outputs = io
    params = _corridors(inputs, outputs, CORRIDORS=str(outputs / "missing" / "c.tif"))
    before = folder_hash(inputs)
    refused(run("corridors", params), str(outputs / "missing"), "does not exist")
    assert folder_hash(inputs) == before
    no_output_left(outputs)


def test_an_unwritable_folder_is_named_before_any_work(run, io):
    inputs, outputs = io
    params = _corridors(inputs, outputs, CORRIDORS="/proc/corridors.tif")
    refused(run("corridors", params), "/proc", "not writable")
    no_output_left(outputs)


def test_exportmarxan_with_a_text_amount_names_the_row(run, io):
    inputs, outputs = io
    amounts = write_gpkg(
        inputs / "amounts.gpkg",
        "amounts",
        LAEA,
        {"unit_id": ["1", "2"], "feature": ["a", "a"], "amount_km2": ["12.5", "lots"]},
        [None, None],
        kind=100,  # wkbNone
    )
    params = {
        "UNITS": grid_units(inputs / "units.gpkg"),
        "UNIT_ID": "unit_id",
        "AMOUNTS": amounts,
        "OUTPUT_FOLDER": str(outputs / "marxan"),
    }
    before = folder_hash(inputs)
    refused(run("exportmarxan", params), "lots", "amount_km2")
    assert folder_hash(inputs) == before
    no_output_left(outputs)


def test_exportmaps_into_a_file_path_is_refused(run, io):
    inputs, outputs = io
    target = outputs / "maps.pdf"
    target.write_text("not a folder")
    params = {
        "GPKG": grid_units(inputs / "units.gpkg").split("|")[0],
        "ADD_TO_PROJECT": False,
        "OUTPUT_FOLDER": str(target),
    }
    refused(run("exportmaps", params), "maps.pdf", "folder")
    assert target.read_text() == "not a folder"


def test_points_as_borders_are_named(run, io):
    inputs, outputs = io
    borders = write_gpkg(
        inputs / "borders.gpkg",
        "borders",
        "EPSG:4326",
        {"iso3": ["FRA", "ESP"]},
        ["POINT(2 46)", "POINT(-3 40)"],
    )
    params = {"BORDERS": borders, "COUNTRIES": "FRA,ESP", "OUTPUT": str(outputs / "b.gpkg")}
    before = folder_hash(inputs)
    refused(run("sharedborders", params), "borders", "polygon")
    assert folder_hash(inputs) == before
    no_output_left(outputs)


def test_huge_coordinates_are_named_not_a_crs_error(run, io):
    inputs, outputs = io
    sites = write_gpkg(
        inputs / "sites.gpkg",
        "sites",
        "EPSG:4326",
        {"name": ["a", "b"]},
        ["POLYGON((0 0,1 0,1 1,0 1,0 0))", "POLYGON((1e308 1e308,1e308 0,0 1e308,1e308 1e308))"],
    )
    params = {"INPUT": sites, "OUTPUT": str(outputs / "nodes.gpkg")}
    before = folder_hash(inputs)
    message = refused(run("connectivity", params), "sites")
    assert len(message) < 600 and "0000000000" not in message, message
    assert folder_hash(inputs) == before
    no_output_left(outputs)


@pytest.mark.parametrize("what", ["cost", "blm"])
def test_plan_refuses_an_overflowing_cost_or_blm_before_solving(run, io, what):
    inputs, outputs = io
    cost = [1e308, 100, 100, 100, 100, 100] if what == "cost" else None
    params = {
        "UNITS": grid_units(inputs / "units.gpkg", cost=cost),
        "FEATURES": ranges(inputs / "ranges.gpkg"),
        "BLM": 1e308 if what == "blm" else 0.0,
        "OUTPUT": str(outputs / "plan.gpkg"),
        "TARGETS_OUTPUT": str(outputs / "targets.gpkg"),
    }
    before = folder_hash(inputs)
    message = refused(run("plan", params), what if what == "cost" else "boundary")
    assert "HiGHS" not in message and "30 s" not in message, message
    assert folder_hash(inputs) == before
    no_output_left(outputs)


def test_a_truncated_geopackage_is_named_as_damaged(run, io):
    inputs, outputs = io
    units = grid_units(inputs / "units.gpkg")
    path = inputs / "units.gpkg"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    params = {
        "UNITS": units,
        "FEATURES": ranges(inputs / "ranges.gpkg"),
        "OUTPUT": str(outputs / "plan.gpkg"),
        "TARGETS_OUTPUT": str(outputs / "targets.gpkg"),
    }
    before = folder_hash(inputs)
    refused(run("plan", params), "units.gpkg", "damaged")
    assert folder_hash(inputs) == before
    no_output_left(outputs)


@pytest.mark.parametrize("field", ["binomial", "sci_name", "SCINAME"])
def test_tfcacandidates_accepts_the_iucn_species_fields(run, io, field):
    inputs, outputs = io
    cells = [square(c, 0) for c in range(3)]
    units = write_gpkg(
        inputs / "units.gpkg",
        "units",
        LAEA,
        {"unit_id": [1, 2, 3], "selected": [1, 1, 0], "country": ["AAA", "BBB", "BBB"]},
        cells,
    )
    features = write_gpkg(
        inputs / "ranges.gpkg",
        "ranges",
        LAEA,
        {field: ["Ciconia ciconia"], "seasonal": [2]},
        [square(0, 0, 2 * SIDE)],
    )
    params = {"UNITS": units, "FEATURES": features, "OUTPUT": str(outputs / "tfca.gpkg")}
    before = folder_hash(inputs)
    answer = run("tfcacandidates", params)
    assert folder_hash(inputs) == before
    if not answer["ok"]:
        message = answer["error"]
        assert "species field" not in message.lower() and field not in message, message
        assert "Traceback" not in message


def test_an_unexpected_error_is_one_message_and_removes_partial_outputs(processing_ready, io):
    """The shared guard: a failure after writing started leaves nothing, and a Python error
    becomes one message naming the algorithm (no traceback)."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination

    from cms_connectivity_plugin.processing.algorithms.base import CmsAlgorithm

    class Failing(CmsAlgorithm):
        ALG_ID = "failing"

        def displayName(self):  # noqa: N802
            return "Failing"

        def initAlgorithm(self, config=None):  # noqa: N802
            self.addParameter(QgsProcessingParameterFileDestination("OUT", "Out"))

        def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
            Path(self.parameterAsFileOutput(parameters, "OUT", context)).write_text("half")
            raise KeyError("x" * 500 + "1" * 200)

    _, outputs = io
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(Failing(), {"OUT": str(outputs / "table.csv")})
    message = str(caught.value)
    assert "Failing" in message and "KeyError" in message and "Traceback" not in message
    assert len(message) < 600
    no_output_left(outputs)
