"""``cmsconnectivity:plan`` and ``cmsconnectivity:calibrateblm`` through processing.run.

Units are a grid of 10 km squares written as 'Build planning units' writes them; ranges are
in EPSG:4326 with the fields of 'Prepare species ranges'. Every check recomputes what it
needs from the geometry with shapely (union of the selected units intersected with each
dissolved range), independently of the plugin's overlap matrix.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from shapely import box

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.processing.algorithms.plan import (
    CalibrateBlmAlgorithm,
    PlanNetworkAlgorithm,
)
from cms_connectivity_plugin.qgis_io.layers import memory_layer
from tests.qgis.feedback import Recorder
from tests.qgis.test_planning_units_algorithm import _style_labels

LAEA = "+proj=laea +lat_0=50 +lon_0=10 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
KM = 1000.0
COLS, ROWS, SIDE = 6, 4, 10 * KM
LOCKED_UNIT = 1  # unit_id of the locked-in unit (bottom-left corner)

# Ranges in the grid's metres; each (species, season) below is one feature, the resident
# range of Anser anser joins its passage range.
RANGES = [
    ("Ciconia ciconia", 2, box(5 * KM, 0, 32 * KM, 27 * KM)),
    ("Ciconia ciconia", 3, box(35 * KM, 12 * KM, 60 * KM, 40 * KM)),
    ("Anser anser", 1, shapely.Point(30 * KM, 20 * KM).buffer(12 * KM)),
    ("Anser anser", 4, box(10 * KM, 25 * KM, 50 * KM, 38 * KM)),
]
FEATURES = {
    "Ciconia ciconia|2": RANGES[0][2],
    "Ciconia ciconia|3": RANGES[1][2],
    "Anser anser|4": shapely.union(RANGES[2][2], RANGES[3][2]),
}


class AlwaysCancelled(QgsProcessingFeedback):
    def isCanceled(self):  # noqa: N802
        return True


class CancelWhenSolving(Recorder):
    """Cancels once the run reports 40 % (the start of the solve)."""

    def isCanceled(self):  # noqa: N802
        return bool(self.progress) and max(self.progress) >= 40.0


@pytest.fixture(scope="module")
def run(qgis_app):
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()

    def _run(algorithm_class, params, feedback=None):
        feedback = feedback or Recorder()
        return processing.run(algorithm_class().create(), params, feedback=feedback), feedback

    return _run


def grid_cells() -> np.ndarray:
    return np.array(
        [
            box(c * SIDE, r * SIDE, (c + 1) * SIDE, (r + 1) * SIDE)
            for r in range(ROWS)
            for c in range(COLS)
        ],
        dtype=object,
    )


def grid_costs() -> np.ndarray:
    """Checkerboard: cells with even (row + col) cost 100, the others 160."""
    return np.array(
        [100.0 if (k // COLS + k % COLS) % 2 == 0 else 160.0 for k in range(COLS * ROWS)]
    )


@pytest.fixture(scope="module")
def units(qgis_app):
    cells = grid_cells()
    n = len(cells)
    ids = np.arange(1, n + 1, dtype=np.int64)
    return memory_layer(
        "units",
        "MultiPolygon",
        LAEA,
        {
            "unit_id": ids,
            "area_km2": np.full(n, 100.0),
            "cost": grid_costs(),
            "country": np.array(
                ["AAA"] * 3 + ["BBB"] * 3 + ["AAA"] * 3 + ["BBB"] * 3 + ["AAA"] * 12, dtype=object
            ),
            "locked_in": (ids == LOCKED_UNIT).astype(np.int64),
        },
        shapely.multipolygons(cells.reshape(-1, 1)),
    )


@pytest.fixture(scope="module")
def ranges(qgis_app):
    geoms = transform(np.array([g for _, _, g in RANGES], dtype=object), LAEA, "EPSG:4326")
    labels = {1: "resident", 2: "breeding", 3: "non-breeding", 4: "passage"}
    return memory_layer(
        "ranges",
        "MultiPolygon",
        "EPSG:4326",
        {
            "species": np.array([s for s, _, _ in RANGES], dtype=object),
            "season": np.array([labels[k] for _, k, _ in RANGES], dtype=object),
            "seasonal": np.array([k for _, k, _ in RANGES], dtype=np.int64),
        },
        shapely.multipolygons([[g] for g in geoms]),
    )


def base(units, ranges, **extra) -> dict:
    """No boundary penalty unless a test asks: these tests check targets and costs."""
    return {
        "UNITS": units,
        "FEATURES": ranges,
        "BLM": 0.0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "TARGETS_OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }


def selected_geometry(layer: QgsVectorLayer) -> tuple[np.ndarray, list]:
    """Selection flags and features of the output, with geometry back in the grid's metres."""
    features = list(layer.getFeatures())
    flags = np.array([f["selected"] == 1 for f in features], dtype=bool)
    geoms = shapely.from_wkb([bytes(f.geometry().asWkb()) for f in features])
    return flags, features, geoms


def held_by_hand(geoms: np.ndarray, flags: np.ndarray, feature) -> float:
    if not flags.any():
        return 0.0
    return float(shapely.area(shapely.intersection(shapely.union_all(geoms[flags]), feature))) / 1e6


def total_by_hand(geoms: np.ndarray, feature) -> float:
    return float(shapely.area(shapely.intersection(shapely.union_all(geoms), feature))) / 1e6


def target_rows(layer: QgsVectorLayer) -> dict[str, dict]:
    return {
        f"{f['species']}|{f['season']}": {name: f[name] for name in layer.fields().names()}
        for f in layer.getFeatures()
    }


# --------------------------------------------------------------------------------------------


def test_metadata_and_parameter_names(qgis_app):
    algorithm = PlanNetworkAlgorithm().create()
    assert algorithm.name() == "plan" and algorithm.groupId() == "planning"
    assert algorithm.displayName() == "Plan the network (targets, objective, solve)"
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == [
        "UNITS",
        "UNIT_ID",
        "COST_FIELD",
        "LOCKED_FIELD",
        "LOCKED_OUT_FIELD",
        "FEATURES",
        "SPECIES_FIELD",
        "SEASON_FIELD",
        "TARGET",
        "TARGET_RULE",
        "TARGETS",
        "OBJECTIVE",
        "BUDGET",
        "BLM",
        "LOCK_IN",
        "TIME_LIMIT",
        "EDGE_FACTOR",
        "GAP",
        "STEPPING_STONES_KM",
        "COUNTRY_SHARE",
        "CROSS_BORDER_BONUS",
        "CONNECTIVITY",
        "CONNECTIVITY_WEIGHT",
        "CONNECTIVITY_SYMMETRIC",
        "SCHEDULER",
        "OUTPUT",
        "TARGETS_OUTPUT",
        "SUMMARY",
    ]
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert {"STATUS", "OBJECTIVE", "GAP", "COST", "N_SELECTED", "TARGETS_MET"} <= outputs
    objective = algorithm.parameterDefinition("OBJECTIVE").options()
    assert [o.split(":")[0].split(" within")[0].lower() for o in objective] == [
        "minimum set",
        "maximum coverage",
        "minimum shortfall",
        "weakest link",
    ]
    assert len(algorithm.parameterDefinition("TARGET_RULE").options()) == 2
    help_text = algorithm.shortHelpString()
    for word in ("Target", "Budget", "BLM", "Gap", "Time limit", "Ciconia ciconia|2"):
        assert word in help_text
    calibrate = CalibrateBlmAlgorithm().create()
    assert calibrate.name() == "calibrateblm" and calibrate.groupId() == "planning"
    assert "BLM" in {o.name() for o in calibrate.outputDefinitions()}


def test_minimum_set_meets_every_target_recomputed_from_geometry(run, units, ranges):
    result, feedback = run(PlanNetworkAlgorithm, base(units, ranges, GAP=0.0))
    layer, table = result["OUTPUT"], result["TARGETS_OUTPUT"]
    assert layer.fields().names() == [
        "unit_id",
        "area_km2",
        "cost",
        "country",
        "locked_in",
        "selected",
        "status",
    ]
    assert layer.featureCount() == COLS * ROWS
    flags, features, geoms = selected_geometry(layer)
    # Defaults read the planning-unit fields and fall back from binomial to species.
    costs = np.array([f["cost"] for f in features])
    assert result["COST"] == pytest.approx(costs[flags].sum())
    assert result["N_SELECTED"] == flags.sum()
    assert result["STATUS"] == "optimal" and result["GAP"] == pytest.approx(0.0, abs=1e-9)
    assert result["OBJECTIVE"] == pytest.approx(result["COST"])
    statuses = {f["unit_id"]: f["status"] for f in features}
    assert statuses[LOCKED_UNIT] == "locked in"
    assert {statuses[f["unit_id"]] for f, s in zip(features, flags) if s} <= {
        "selected",
        "locked in",
    }
    assert {statuses[f["unit_id"]] for f, s in zip(features, flags) if not s} == {"not selected"}

    assert table.fields().names() == [
        "feature",
        "species",
        "season",
        "total_km2",
        "target_km2",
        "held_km2",
        "met",
        "shortfall_km2",
    ]
    rows = target_rows(table)
    assert set(rows) == set(FEATURES)
    for key, feature in FEATURES.items():
        total = total_by_hand(geoms, feature)
        held = held_by_hand(geoms, flags, feature)
        row = rows[key]
        assert row["total_km2"] == pytest.approx(total, rel=1e-5)
        assert row["target_km2"] == pytest.approx(0.3 * total, rel=1e-5)
        assert row["held_km2"] == pytest.approx(held, rel=1e-5)
        assert held >= 0.3 * total * (1 - 1e-6)
        assert row["met"] == 1 and row["shortfall_km2"] == pytest.approx(0.0, abs=1e-6)
    assert rows["Ciconia ciconia|2"]["feature"] == "Ciconia ciconia (breeding)"
    assert result["TARGETS_MET"] == 3
    # Minimum set: no selected unit (other than the locked one) can be dropped.
    for k in np.flatnonzero(flags):
        if features[k]["unit_id"] == LOCKED_UNIT:
            continue
        fewer = flags.copy()
        fewer[k] = False
        assert any(
            held_by_hand(geoms, fewer, f) < 0.3 * total_by_hand(geoms, f) * (1 - 1e-6)
            for f in FEATURES.values()
        )
    assert feedback.progress and max(feedback.progress) == pytest.approx(100.0)


def test_overrides_and_unlocking(run, units, ranges):
    overrides = json.dumps({"Ciconia ciconia|3": 100, "Anser anser|4": 10})
    result, _ = run(
        PlanNetworkAlgorithm, base(units, ranges, TARGETS=overrides, LOCK_IN=False, GAP=0.0)
    )
    flags, features, geoms = selected_geometry(result["OUTPUT"])
    rows = target_rows(result["TARGETS_OUTPUT"])
    # 100 %: every unit that holds part of the non-breeding range is in the network.
    nonbreeding = FEATURES["Ciconia ciconia|3"]
    touching = shapely.area(shapely.intersection(geoms, nonbreeding)) > 0
    assert flags[touching].all()
    assert rows["Ciconia ciconia|3"]["target_km2"] == pytest.approx(
        total_by_hand(geoms, nonbreeding), rel=1e-5
    )
    passage = FEATURES["Anser anser|4"]
    assert rows["Anser anser|4"]["target_km2"] == pytest.approx(
        0.1 * total_by_hand(geoms, passage), rel=1e-5
    )
    for key, feature in FEATURES.items():
        assert held_by_hand(geoms, flags, feature) >= rows[key]["target_km2"] * (1 - 1e-6)
    # Without locking the locked unit is only chosen on merit, and never labelled locked in.
    assert "locked in" not in {f["status"] for f in features}


def test_unknown_override_key_stops_with_the_valid_keys(run, units, ranges):
    with pytest.raises(QgsProcessingException) as info:
        run(PlanNetworkAlgorithm, base(units, ranges, TARGETS='{"Ciconia nigra|2": 30}'))
    message = str(info.value)
    assert "Ciconia nigra|2" in message and "Ciconia ciconia|2" in message
    with pytest.raises(QgsProcessingException, match="JSON"):
        run(PlanNetworkAlgorithm, base(units, ranges, TARGETS="Ciconia ciconia: 30"))


def test_maximum_coverage_stays_within_budget(run, units, ranges):
    budget = 500.0
    result, _ = run(PlanNetworkAlgorithm, base(units, ranges, OBJECTIVE=1, BUDGET=budget))
    flags, features, geoms = selected_geometry(result["OUTPUT"])
    costs = np.array([f["cost"] for f in features])
    assert costs[flags].sum() <= budget + 1e-6
    assert result["COST"] == pytest.approx(costs[flags].sum())
    # The objective is the represented share of the targets, recomputed here.
    share = sum(
        min(1.0, held_by_hand(geoms, flags, f) / (0.3 * total_by_hand(geoms, f)))
        for f in FEATURES.values()
    )
    assert result["OBJECTIVE"] == pytest.approx(share, rel=1e-5)
    assert 0 < share <= 3.0


def test_budget_objective_without_budget_is_refused(run, units, ranges):
    with pytest.raises(QgsProcessingException, match="budget"):
        run(PlanNetworkAlgorithm, base(units, ranges, OBJECTIVE=3, BUDGET=0))


def test_explicit_missing_field_is_named(run, units, ranges):
    with pytest.raises(QgsProcessingException, match="'price'"):
        run(PlanNetworkAlgorithm, base(units, ranges, COST_FIELD="price"))


def test_cancelled_before_solving_writes_nothing(run, units, ranges, tmp_path):
    out = tmp_path / "network.gpkg"
    params = base(units, ranges, OUTPUT=str(out), TARGETS_OUTPUT=str(tmp_path / "t.gpkg"))
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run(PlanNetworkAlgorithm, params, AlwaysCancelled())
    assert not out.exists() and not (tmp_path / "t.gpkg").exists()


def test_cancelled_when_the_solve_starts_writes_nothing(run, units, ranges, tmp_path):
    out = tmp_path / "network.gpkg"
    feedback = CancelWhenSolving()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run(PlanNetworkAlgorithm, base(units, ranges, OUTPUT=str(out)), feedback)
    assert max(feedback.progress) >= 40.0  # got as far as the solve
    assert not out.exists()


def test_calibrate_blm_returns_a_positive_blm_and_a_tradeoff(run, units, ranges):
    result, _ = run(
        CalibrateBlmAlgorithm,
        {"UNITS": units, "FEATURES": ranges, "TRADEOFF": "TEMPORARY_OUTPUT"},
    )
    assert result["BLM"] > 0
    table = result["TRADEOFF"]
    assert table.fields().names() == ["blm", "cost", "boundary"]
    rows = [(f["blm"], f["cost"], f["boundary"]) for f in table.getFeatures()]
    assert rows[0][0] == 0.0
    assert [b for b, _, _ in rows[1:]] == pytest.approx(
        [0.5 * result["BLM"], result["BLM"], 2.0 * result["BLM"]]
    )
    # BLM 0 is the exact cheapest plan: nothing on the curve is cheaper, and the checkerboard
    # costs make it ragged, so compactness (a shorter boundary) costs more.
    assert all(cost >= rows[0][1] - 1e-6 for _, cost, _ in rows)
    assert rows[-1][2] < rows[0][2]


# --------------------------------------------------------------------------------------------
# Locked-out units
# --------------------------------------------------------------------------------------------

#: Units kept out in the tests below: the bottom row's middle (ids 2-5) holds most of the
#: breeding range of Ciconia ciconia.
LOCKED_OUT_UNITS = (2, 3, 4, 8, 9)


def units_with(name: str, out_ids, extra: dict | None = None) -> QgsVectorLayer:
    """The test grid with a lock-out flag field ``name`` set for ``out_ids``."""
    cells = grid_cells()
    n = len(cells)
    ids = np.arange(1, n + 1, dtype=np.int64)
    return memory_layer(
        "units",
        "MultiPolygon",
        LAEA,
        {
            "unit_id": ids,
            "cost": grid_costs(),
            "locked_in": (ids == LOCKED_UNIT).astype(np.int64),
            name: np.isin(ids, list(out_ids)).astype(np.int64),
            **(extra or {}),
        },
        shapely.multipolygons(cells.reshape(-1, 1)),
    )


def test_locked_out_units_are_never_selected_and_say_so(run, units, ranges):
    free, _ = run(PlanNetworkAlgorithm, base(units, ranges, GAP=0.0))
    free_flags, free_features, _ = selected_geometry(free["OUTPUT"])
    free_ids = {f["unit_id"] for f, s in zip(free_features, free_flags) if s}
    # The lock-outs bind: the free plan uses some of the units they keep out.
    assert free_ids & set(LOCKED_OUT_UNITS)

    layer = units_with("locked_out", LOCKED_OUT_UNITS)
    result, feedback = run(PlanNetworkAlgorithm, base(layer, ranges, GAP=0.0))
    out = result["OUTPUT"]
    assert out.fields().names() == [
        "unit_id",
        "cost",
        "locked_in",
        "locked_out",
        "selected",
        "status",
    ]
    flags, features, geoms = selected_geometry(out)
    status = {f["unit_id"]: f["status"] for f in features}
    chosen = {f["unit_id"] for f, s in zip(features, flags) if s}
    assert not chosen & set(LOCKED_OUT_UNITS)
    assert LOCKED_UNIT in chosen and status[LOCKED_UNIT] == "locked in"
    assert {status[k] for k in LOCKED_OUT_UNITS} == {"locked out"}
    others = set(status) - set(LOCKED_OUT_UNITS) - {LOCKED_UNIT}
    assert {status[k] for k in others} <= {"selected", "not selected"}
    # Every target still met, recomputed from the geometry, and it costs more than before.
    for feature in FEATURES.values():
        assert held_by_hand(geoms, flags, feature) >= 0.3 * total_by_hand(geoms, feature) * (
            1 - 1e-6
        )
    assert result["COST"] > free["COST"] - 1e-6
    assert result["TARGETS_MET"] == 3
    # The planning-unit style draws them as kept out, from the status.
    labels = _style_labels(out)
    assert {tuple(labels[k]) for k in LOCKED_OUT_UNITS} == {("Kept out (locked out)",)}
    assert labels[LOCKED_UNIT] == ["Existing protected (locked in)"]
    assert {tuple(labels[k]) for k in chosen - {LOCKED_UNIT}} == {("Selected by the plan",)}


def test_locked_out_field_can_be_chosen_or_left_out(run, ranges):
    layer = units_with("mine", LOCKED_OUT_UNITS)
    # No field named locked_out: nothing is locked out unless the field is chosen.
    plain, _ = run(PlanNetworkAlgorithm, base(layer, ranges, GAP=0.0))
    assert "locked out" not in {f["status"] for f in plain["OUTPUT"].getFeatures()}
    chosen, _ = run(PlanNetworkAlgorithm, base(layer, ranges, GAP=0.0, LOCKED_OUT_FIELD="mine"))
    features = list(chosen["OUTPUT"].getFeatures())
    out = {f["unit_id"] for f in features if f["status"] == "locked out"}
    assert out == set(LOCKED_OUT_UNITS)
    assert not any(f["selected"] for f in features if f["unit_id"] in out)
    with pytest.raises(QgsProcessingException, match="'nope'"):
        run(PlanNetworkAlgorithm, base(layer, ranges, LOCKED_OUT_FIELD="nope"))


def test_lock_outs_that_make_targets_unreachable_name_the_features(run, ranges):
    # Every unit the breeding range of Ciconia ciconia touches (x < 32 km, y < 27 km).
    cells = grid_cells()
    touching = shapely.intersects(cells, FEATURES["Ciconia ciconia|2"])
    touching &= shapely.area(shapely.intersection(cells, FEATURES["Ciconia ciconia|2"])) > 0
    layer = units_with("locked_out", np.flatnonzero(touching) + 1)
    # Unit 1 (locked in) is among them: unlock it, or the contradiction is named first.
    for algorithm in (PlanNetworkAlgorithm, CalibrateBlmAlgorithm):
        params = base(layer, ranges, LOCK_IN=False)
        if algorithm is CalibrateBlmAlgorithm:
            params = {"UNITS": layer, "FEATURES": ranges, "LOCK_IN": False}
        with pytest.raises(QgsProcessingException) as info:
            run(algorithm, params)
        message = str(info.value)
        assert "cannot be met even by selecting every unit not locked out" in message
        assert "'Ciconia ciconia (breeding)'" in message
        assert "at most 0 available" in message


def test_a_unit_both_locked_in_and_locked_out_is_refused(run, ranges):
    layer = units_with("locked_out", [LOCKED_UNIT])
    with pytest.raises(QgsProcessingException, match="both locked in and locked out"):
        run(PlanNetworkAlgorithm, base(layer, ranges))
    # Unticking "Keep locked-in units" leaves only the lock-out.
    result, _ = run(PlanNetworkAlgorithm, base(layer, ranges, LOCK_IN=False))
    status = {f["unit_id"]: f["status"] for f in result["OUTPUT"].getFeatures()}
    assert status[LOCKED_UNIT] == "locked out"


def test_calibrate_blm_reads_the_locked_out_field(run, ranges):
    layer = units_with("locked_out", LOCKED_OUT_UNITS)
    feedback = Recorder()
    messages = []
    feedback.pushInfo = lambda text: messages.append(text)  # noqa: E731
    result, _ = run(CalibrateBlmAlgorithm, {"UNITS": layer, "FEATURES": ranges}, feedback)
    assert result["BLM"] >= 0
    assert any("locked out locked_out" in m for m in messages)


def test_units_without_a_usable_cost_are_named_and_the_output_keeps_the_input_fields(
    run, units, ranges
):
    """The units are read by qgis_io.units.read_units: costs as core.costs reads them."""
    cells = grid_cells()
    n = len(cells)
    ids = np.arange(1, n + 1, dtype=np.int64)
    for bad, words in ((None, "is empty (NULL) for unit(s) 7"), (-5.0, "is negative")):
        cost = [float(c) for c in grid_costs()]
        cost[6] = bad
        layer = memory_layer(
            "units", "MultiPolygon", LAEA, {"unit_id": ids, "cost": cost},
            shapely.multipolygons(cells.reshape(-1, 1)),
        )  # fmt: skip
        with pytest.raises(QgsProcessingException) as info:
            run(PlanNetworkAlgorithm, base(layer, ranges))
        assert "The cost field 'cost' of 'units'" in str(info.value) and words in str(info.value)
    result, _ = run(PlanNetworkAlgorithm, base(units, ranges))
    out = result["OUTPUT"]
    assert out.fields().names() == [*units.fields().names(), "selected", "status"]
    assert [f.type() for f in out.fields()][: units.fields().count()] == [
        f.type() for f in units.fields()
    ]
    assert [f["unit_id"] for f in out.getFeatures()] == list(range(1, n + 1))
