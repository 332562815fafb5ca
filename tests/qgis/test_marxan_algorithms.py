"""``exportmarxan`` -> ``solve`` -> ``importmarxan`` on six 10 km squares (EPSG:3035).

Layout (ids in the ``pu`` field; 56 locked in, 111 locked out through ``status``):

    3   30  56
    84  85  111

Two features from a ``cmsconnectivity:amounts``-style table (unit_id as text, feature,
amount_km2). Areas, edges and targets below are computed by hand.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException

from cms_connectivity_plugin.core.marxan import read_marxan
from cms_connectivity_plugin.processing.algorithms.marxan import (
    ExportMarxanAlgorithm,
    ImportMarxanAlgorithm,
)
from cms_connectivity_plugin.processing.algorithms.solve import SolveAlgorithm
from cms_connectivity_plugin.qgis_io.layers import memory_layer

IDS = [3, 30, 56, 84, 85, 111]
STATUS = [0, 0, 2, 0, 0, 3]
SIDE = 10_000.0
#: Near the projection centre of EPSG:3035 (10 E, 52 N), where it measures lengths truly.
X0, Y0 = 4_321_000.0, 3_210_000.0
AMOUNTS = [  # unit, feature, km2
    ("3", "Ciconia ciconia | breeding", 40.0),
    ("30", "Ciconia ciconia | breeding", 60.0),
    ("85", "Ciconia ciconia | breeding", 100.0),
    ("111", "Ciconia ciconia | breeding", 50.0),
    ("30", "Grus grus | passage", 20.0),
    ("84", "Grus grus | passage", 80.0),
    ("56", "Grus grus | passage", 10.0),
]


@pytest.fixture(scope="module")
def ready(processing_ready):
    from processing.core.Processing import Processing

    Processing.initialize()
    return processing_ready


def _run(algorithm, params):
    import processing

    return processing.run(algorithm.create(), params)


def _units():
    boxes = [
        shapely.box(X0 + c * SIDE, Y0 - r * SIDE, X0 + (c + 1) * SIDE, Y0 + (1 - r) * SIDE)
        for r in range(2)
        for c in range(3)
    ]
    return memory_layer(
        "units",
        "Polygon",
        "EPSG:3035",
        {"pu": np.array(IDS), "status": np.array(STATUS)},
        np.array(boxes, dtype=object),
    )


def _amounts(rows=AMOUNTS):
    columns = {
        "unit_id": np.array([r[0] for r in rows], dtype=object),
        "feature": np.array([r[1] for r in rows], dtype=object),
        "amount_km2": np.array([r[2] for r in rows], dtype=float),
    }
    return memory_layer("amounts", "None", "EPSG:4326", columns, np.full(len(rows), None))


def _export(folder, **extra):
    params = {
        "UNITS": _units(),
        "UNIT_ID": "pu",
        "STATUS": "status",
        "AMOUNTS": _amounts(),
        "TARGET": 30.0,
        "BLM": 0.1,
        "OUTPUT_FOLDER": str(folder),
        **extra,
    }
    return _run(ExportMarxanAlgorithm(), params)


def test_export_writes_a_marxan_project(ready, tmp_path):
    result = _export(tmp_path / "project", NUMREPS=2)
    project = read_marxan(result["INPUT_DAT"])
    p = project.problem
    assert project.pu_ids.tolist() == IDS
    assert p.cost == pytest.approx([100.0] * 6, rel=1e-4)  # area in km2
    assert project.feature_names == ["Ciconia_ciconia_breeding", "Grus_grus_passage"]
    assert p.targets == pytest.approx([0.3 * 250.0, 0.3 * 110.0])
    assert p.locked_in.tolist() == [s == 2 for s in STATUS]
    assert p.locked_out.tolist() == [s == 3 for s in STATUS]
    # 7 shared edges of 10 km; the outline is 100 km, split over the units' own rows.
    assert p.boundary.length.size == 7
    assert p.boundary.length == pytest.approx([10.0] * 7, rel=1e-4)
    assert p.boundary.exposed == pytest.approx([20.0, 10.0, 20.0, 20.0, 10.0, 20.0], rel=1e-4)
    assert p.blm == pytest.approx(0.1)
    assert project.settings.numreps == 2
    assert (tmp_path / "project" / "input" / "bound.dat").is_file()


def test_solve_and_import_round_trip(ready, tmp_path):
    exported = _export(tmp_path / "project")
    solved = _run(SolveAlgorithm(), {"INPUT": exported["INPUT_DAT"], "OUTPUT": "memory:"})
    rows = {f["puid"]: f for f in solved["OUTPUT"].getFeatures()}
    assert sorted(rows) == sorted(IDS)
    chosen = {i for i, f in rows.items() if f["solution"] == 1}
    assert 56 in chosen and 111 not in chosen
    held = {}
    for unit, feature, km2 in AMOUNTS:
        if int(unit) in chosen:
            held[feature] = held.get(feature, 0.0) + km2
    assert held["Ciconia ciconia | breeding"] >= 75.0 - 1e-6
    assert held["Grus grus | passage"] >= 33.0 - 1e-6
    assert solved["TARGETS_MET"] == 2 and solved["STATUS"] == "optimal"
    assert {f["frequency"] for f in rows.values()} <= {0.0, 1.0}
    assert solved["BEST"].endswith("output_best.csv")

    table = _run(
        ImportMarxanAlgorithm(), {"INPUT_DAT": exported["INPUT_DAT"], "OUTPUT": "memory:"}
    )["OUTPUT"]
    names = [f.name() for f in table.fields()]
    assert names == ["puid", "cost", "status", "solution", "number", "frequency"]
    imported = {f["puid"]: f["solution"] for f in table.getFeatures()}
    assert imported == {i: int(f["solution"]) for i, f in rows.items()}

    joined = _run(
        ImportMarxanAlgorithm(),
        {
            "INPUT_DAT": exported["INPUT_DAT"],
            "UNITS": _units(),
            "UNIT_ID": "pu",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    fields = [f.name() for f in joined.fields()]
    assert fields == ["pu", "status", "cost", "status_mx", "solution", "number", "frequency"]
    assert joined.featureCount() == 6 and joined.geometryType() == 2  # polygons
    assert {f["pu"]: f["solution"] for f in joined.getFeatures()} == imported
    assert {f["pu"]: f["status_mx"] for f in joined.getFeatures()} == dict(zip(IDS, STATUS))


def test_import_before_any_run_has_no_solution_fields(ready, tmp_path):
    exported = _export(tmp_path / "project")
    table = _run(
        ImportMarxanAlgorithm(), {"INPUT_DAT": exported["INPUT_DAT"], "OUTPUT": "memory:"}
    )["OUTPUT"]
    assert [f.name() for f in table.fields()] == ["puid", "cost", "status"]


def test_errors_become_processing_exceptions(ready, tmp_path):
    with pytest.raises(QgsProcessingException, match="not among the planning units' ids"):
        _export(tmp_path / "a", AMOUNTS=_amounts(AMOUNTS + [("999", "Grus grus | passage", 1)]))
    with pytest.raises(QgsProcessingException, match="needs the boundary file"):
        _export(tmp_path / "b", BOUNDARY=False)
    with pytest.raises(QgsProcessingException, match="Marxan input file .* not found"):
        _run(SolveAlgorithm(), {"INPUT": str(tmp_path / "none.dat"), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="Choose the id field"):
        exported = _export(tmp_path / "c")
        _run(
            ImportMarxanAlgorithm(),
            {"INPUT_DAT": exported["INPUT_DAT"], "UNITS": _units(), "OUTPUT": "memory:"},
        )


def test_algorithms_describe_themselves(ready):
    for algorithm, name in (
        (ImportMarxanAlgorithm(), "importmarxan"),
        (ExportMarxanAlgorithm(), "exportmarxan"),
        (SolveAlgorithm(), "solve"),
    ):
        assert algorithm.name() == name
        assert len(algorithm.shortHelpString()) > 200
        assert algorithm.groupId() == "marxan"


def test_solve_accepts_the_project_folder(ready, tmp_path):
    _export(tmp_path / "project", NUMREPS=2)
    solved = _run(SolveAlgorithm(), {"FOLDER": str(tmp_path / "project"), "OUTPUT": "memory:"})
    numbers = sorted(f["number"] for f in solved["OUTPUT"].getFeatures())
    assert max(numbers) == 2 and solved["TARGETS_MET"] == 2
    assert (tmp_path / "project" / "output" / "output_r00002.csv").is_file()
    with pytest.raises(QgsProcessingException, match="Give the Marxan input file"):
        _run(SolveAlgorithm(), {"OUTPUT": "memory:"})
