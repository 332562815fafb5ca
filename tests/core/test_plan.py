"""``core.plan``: planning a network straight from unit and range geometries.

Every expected value is worked out by hand from the geometry in the test, or by brute force
over every subset of units with areas and boundaries measured directly with shapely
(intersections of unions, perimeters of unions), never through the module's own matrices.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.core.errors import CancelledError, InputError
from cms_connectivity_plugin.core.plan import (
    STATUS_LOCKED,
    STATUS_NOT_SELECTED,
    STATUS_SELECTED,
    PlanSettings,
    feature_key,
    plan_network,
    season_code,
    suggest_blm,
)

#: Lambert azimuthal equal-area centred on 50 N 10 E, metres: (0, 0) lies in Germany.
CRS = "+proj=laea +lat_0=50 +lon_0=10 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
KM = 1000.0


def row_units(n: int) -> np.ndarray:
    """n unit squares of 1 km2 in a row along x."""
    return np.array([shapely.box(i * KM, 0, (i + 1) * KM, KM) for i in range(n)], dtype=object)


def grid_units(cols: int, rows: int) -> np.ndarray:
    return np.array(
        [
            shapely.box(c * KM, r * KM, (c + 1) * KM, (r + 1) * KM)
            for r in range(rows)
            for c in range(cols)
        ],
        dtype=object,
    )


def km2(geom) -> float:
    return float(shapely.area(geom)) / 1e6


def held_by_hand(units: np.ndarray, selected: np.ndarray, feature) -> float:
    """Area (km2) of the feature inside the union of the selected units."""
    if not selected.any():
        return 0.0
    return km2(shapely.intersection(shapely.union_all(units[selected]), feature))


def subsets(n: int):
    for bits in itertools.product((False, True), repeat=n):
        yield np.array(bits, dtype=bool)


# --------------------------------------------------------------------------------------------
# A tiny problem with a known optimum
# --------------------------------------------------------------------------------------------

# Units 0-3 in a row, 1 km2 each. A (breeding) covers the right half of unit 0 and all of
# unit 1: 1.5 km2; B (non-breeding) covers units 2 and 3: 2 km2.
TINY_COST = [1.0, 5.0, 2.0, 3.0]
TINY_SPECIES = np.array(["A", "B"], dtype=object)
TINY_SEASON = np.array([2, 3])
TINY_RANGES = np.array([shapely.box(0.5 * KM, 0, 2 * KM, KM), shapely.box(2 * KM, 0, 4 * KM, KM)])


def tiny(settings: PlanSettings, locked=None, **kw):
    return plan_network(
        row_units(4),
        None,
        TINY_COST,
        locked,
        TINY_SPECIES,
        TINY_SEASON,
        TINY_RANGES,
        CRS,
        settings,
        **kw,
    )


def test_minimum_set_has_the_hand_worked_optimum():
    # 50 %: A needs 0.75 km2, which unit 0 (0.5 km2) cannot give alone, so unit 1 (cost 5)
    # is the cheapest way ({0, 1} costs 6); B needs 1 km2: unit 2 (cost 2) beats unit 3 (3).
    result = tiny(PlanSettings(target_percent=50.0, mip_gap=0.0))
    assert result.selected.tolist() == [False, True, True, False]
    assert result.cost == pytest.approx(7.0)
    assert result.objective == pytest.approx(7.0)
    assert result.status == "optimal" and result.gap == pytest.approx(0.0, abs=1e-9)
    assert result.n_selected == 2 and result.targets_met == 2
    rows = {row.key: row for row in result.features}
    assert set(rows) == {"A|2", "B|3"}
    a, b = rows["A|2"], rows["B|3"]
    assert (a.species, a.season, a.feature) == ("A", 2, "A (breeding)")
    assert a.total_km2 == pytest.approx(1.5) and a.target_km2 == pytest.approx(0.75)
    assert a.held_km2 == pytest.approx(1.0) and a.met and a.shortfall_km2 == 0.0
    assert b.total_km2 == pytest.approx(2.0) and b.target_km2 == pytest.approx(1.0)
    assert b.held_km2 == pytest.approx(1.0) and b.met
    assert list(result.unit_status()) == [
        STATUS_NOT_SELECTED,
        STATUS_SELECTED,
        STATUS_SELECTED,
        STATUS_NOT_SELECTED,
    ]


def test_minimum_set_matches_brute_force_over_every_subset():
    units = row_units(4)
    settings = PlanSettings(target_percent=50.0, mip_gap=0.0)
    result = tiny(settings)
    totals = [km2(shapely.intersection(shapely.union_all(units), f)) for f in TINY_RANGES]
    best = min(
        float(np.dot(TINY_COST, x))
        for x in subsets(4)
        if all(held_by_hand(units, x, f) >= 0.5 * t - 1e-9 for f, t in zip(TINY_RANGES, totals))
    )
    assert result.cost == pytest.approx(best)


def test_override_raises_one_feature_to_its_whole_range():
    # A at 100 %: both units holding A (0 and 1) are needed, plus unit 2 for B: 1 + 5 + 2.
    result = tiny(PlanSettings(target_percent=50.0, targets={"A|2": 100}, mip_gap=0.0))
    assert result.selected.tolist() == [True, True, True, False]
    assert result.cost == pytest.approx(8.0)
    rows = {row.key: row for row in result.features}
    assert rows["A|2"].target_km2 == pytest.approx(1.5)
    assert rows["B|3"].target_km2 == pytest.approx(1.0)  # untouched by the override


def test_override_of_zero_drops_the_target():
    result = tiny(PlanSettings(target_percent=50.0, targets={"A|2": 0}, mip_gap=0.0))
    assert result.selected.tolist() == [False, False, True, False]
    assert {row.key: row.target_km2 for row in result.features}["A|2"] == 0.0


def test_unknown_override_key_is_named_with_valid_keys():
    with pytest.raises(InputError) as info:
        tiny(PlanSettings(targets={"Nope|2": 10}))
    message = str(info.value)
    assert "'Nope|2'" in message
    assert "A|2" in message and "B|3" in message
    with pytest.raises(InputError, match="'A|3'"):
        tiny(PlanSettings(targets={"A|3": 10}))  # right species, wrong season


@pytest.mark.parametrize("bad", [-1.0, 101.0, float("nan")])
def test_override_outside_0_to_100_is_refused(bad):
    with pytest.raises(InputError, match="A\\|2"):
        tiny(PlanSettings(targets={"A|2": bad}))


def test_locked_in_unit_is_kept_only_when_locking_is_on():
    locked = [False, False, False, True]
    on = tiny(PlanSettings(target_percent=50.0, mip_gap=0.0), locked=locked)
    # Unit 3 is forced in and now meets B on its own, so unit 2 is no longer needed.
    assert on.selected.tolist() == [False, True, False, True]
    assert list(on.unit_status()) == [
        STATUS_NOT_SELECTED,
        STATUS_SELECTED,
        STATUS_NOT_SELECTED,
        STATUS_LOCKED,
    ]
    off = tiny(PlanSettings(target_percent=50.0, mip_gap=0.0, lock_in=False), locked=locked)
    assert off.selected.tolist() == [False, True, True, False]
    assert not off.locked_in.any()


def test_cost_defaults_to_unit_area():
    units = np.array([shapely.box(0, 0, KM, KM), shapely.box(KM, 0, 3 * KM, KM)], dtype=object)
    ranges = np.array([shapely.box(0, 0, 3 * KM, KM)], dtype=object)
    # Target 1 km2 (a third of 3 km2): the 1 km2 unit is cheaper by area than the 2 km2 one.
    result = plan_network(
        units, None, None, None, ["A"], [2], ranges, CRS, PlanSettings(target_percent=100 / 3)
    )
    assert result.selected.tolist() == [True, False]
    assert result.cost == pytest.approx(1.0)


def test_loglinear_targets_ask_all_of_small_ranges():
    # Every range is far below 1,000 km2, so Rodrigues et al. ask for 100 % of each.
    result = tiny(PlanSettings(target_rule="loglinear", target_percent=10.0, mip_gap=0.0))
    for row in result.features:
        assert row.target_km2 == pytest.approx(row.total_km2)
    assert result.selected.tolist() == [True, True, True, True]


def test_ranges_in_another_crs_are_reprojected():
    lonlat = transform(TINY_RANGES, CRS, "EPSG:4326")
    direct = tiny(PlanSettings(target_percent=50.0, mip_gap=0.0))
    moved = plan_network(
        row_units(4),
        None,
        TINY_COST,
        None,
        TINY_SPECIES,
        TINY_SEASON,
        lonlat,
        CRS,
        PlanSettings(target_percent=50.0, mip_gap=0.0),
        feature_crs="EPSG:4326",
    )
    assert moved.selected.tolist() == direct.selected.tolist()
    for row, ref in zip(moved.features, direct.features):
        assert row.total_km2 == pytest.approx(ref.total_km2, rel=1e-6)


def test_ranges_with_the_wrong_crs_are_an_input_error():
    # Metre coordinates declared as degrees fall off the globe.
    with pytest.raises(InputError, match="CRS"):
        tiny(PlanSettings(), feature_crs="EPSG:4326")


def test_resident_range_counts_in_every_season_and_seasons_parse_from_words():
    units = row_units(3)
    species = np.array(["S", "S", "S"], dtype=object)
    seasons = np.array(["breeding", "1", 4.0], dtype=object)  # word, text code, float code
    ranges = np.array(
        [
            shapely.box(0, 0, KM, KM),
            shapely.box(KM, 0, 2 * KM, KM),
            shapely.box(2 * KM, 0, 3 * KM, KM),
        ],
        dtype=object,
    )
    result = plan_network(units, None, [1, 1, 1], None, species, seasons, ranges, CRS)
    rows = {row.key: row for row in result.features}
    assert set(rows) == {"S|2", "S|4"}
    assert rows["S|2"].total_km2 == pytest.approx(2.0)  # breeding + resident
    assert rows["S|4"].total_km2 == pytest.approx(2.0)  # passage + resident
    assert season_code("non-breeding") == 3 and season_code("passage") == 4
    assert season_code(None) is None and season_code(7) is None
    assert feature_key("Ciconia ciconia", 2) == "Ciconia ciconia|2"


def test_rows_without_species_or_season_are_dropped_with_a_warning():
    units = row_units(2)
    ranges = np.array([shapely.box(0, 0, KM, KM)] * 3, dtype=object)
    result = plan_network(
        units, None, [1, 1], None, ["A", None, "A"], [2, 2, "summer"], ranges, CRS
    )
    assert [row.key for row in result.features] == ["A|2"]
    assert any("species name" in w for w in result.warnings)
    assert any("unknown season" in w for w in result.warnings)


def test_ranges_outside_the_units_are_an_error():
    far = np.array([shapely.box(100 * KM, 0, 101 * KM, KM)], dtype=object)
    with pytest.raises(InputError, match="overlaps the planning units"):
        plan_network(row_units(2), None, [1, 1], None, ["A"], [2], far, CRS)


def test_cancel_raises_before_any_work():
    with pytest.raises(CancelledError):
        tiny(PlanSettings(), should_cancel=lambda: True)


def test_progress_is_reported_in_order():
    seen = []
    tiny(PlanSettings(target_percent=50.0), progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in seen)


# --------------------------------------------------------------------------------------------
# Budget objectives, against brute force
# --------------------------------------------------------------------------------------------

# Five 1 km2 units in a row. Species S: breeding in unit 0, passage in unit 1; U: breeding in
# unit 2, non-breeding in unit 3; T: resident in unit 4. Each feature fills its unit.
OBJ_COST = np.array([1.0, 1.0, 1.0, 1.01, 3.0])
OBJ_SPECIES = np.array(["S", "S", "U", "U", "T"], dtype=object)
OBJ_SEASON = np.array([2, 4, 2, 3, 1])
OBJ_RANGES = np.array([shapely.box(i * KM, 0, (i + 1) * KM, KM) for i in range(5)], dtype=object)


def objective_case(objective: str, budget: float | None):
    settings = PlanSettings(target_percent=50.0, objective=objective, budget=budget, mip_gap=0.0)
    return plan_network(
        row_units(5), None, OBJ_COST, None, OBJ_SPECIES, OBJ_SEASON, OBJ_RANGES, CRS, settings
    )


def brute_force(budget: float):
    """Per subset within budget: (met per feature, represented share per feature)."""
    units = row_units(5)
    out = []
    for x in subsets(5):
        if OBJ_COST @ x > budget + 1e-9:
            continue
        held = np.array([held_by_hand(units, x, f) for f in OBJ_RANGES])
        target = 0.5 * np.array([km2(f) for f in OBJ_RANGES])
        out.append((x, held >= target - 1e-9, np.minimum(1.0, held / target)))
    return out


def species_secured(met: np.ndarray) -> int:
    return sum(all(met[OBJ_SPECIES == s]) for s in set(OBJ_SPECIES))


def test_maximum_coverage_represents_the_most_within_budget():
    result = objective_case("maxcoverage", 2.0)
    best = max(share.sum() for _, _, share in brute_force(2.0))
    assert best == pytest.approx(2.0)  # two 1-cost units, one feature each
    assert result.objective == pytest.approx(best)
    assert result.cost <= 2.0 + 1e-9
    assert result.targets_met == 2


def test_minimum_shortfall_leaves_the_least_unmet_within_budget():
    result = objective_case("minshortfall", 3.0)
    best = min((1.0 - share).sum() for _, _, share in brute_force(3.0))
    assert best == pytest.approx(2.0)  # three features met, two missed
    assert result.objective == pytest.approx(best)
    assert result.cost <= 3.0 + 1e-9 and result.targets_met == 3


def test_weakest_link_secures_whole_species():
    # Budget 2: only units 0 and 1 secure a species (S, both seasons); units 2 + 3 cost 2.01.
    result = objective_case("weakestlink", 2.0)
    best = max(species_secured(met) for _, met, _ in brute_force(2.0))
    assert best == 1
    assert result.objective == pytest.approx(best)
    assert result.selected.tolist() == [True, True, False, False, False]
    met = {row.key: row.met for row in result.features}
    assert met["S|2"] and met["S|4"] and not met["U|2"]
    # Budget 4.01 secures S and U (units 0-3); T would need 3 more.
    wider = objective_case("weakestlink", 4.01)
    assert wider.objective == pytest.approx(
        max(species_secured(met) for _, met, _ in brute_force(4.01))
    )
    assert wider.objective == pytest.approx(2.0)


def test_minimum_set_meets_every_target_whatever_the_budget():
    result = objective_case("minset", None)
    assert result.targets_met == 5 and result.selected.all()
    assert result.cost == pytest.approx(OBJ_COST.sum())


@pytest.mark.parametrize("objective", ["maxcoverage", "minshortfall", "weakestlink"])
@pytest.mark.parametrize("budget", [None, 0.0, -1.0])
def test_budget_objectives_need_a_positive_budget(objective, budget):
    with pytest.raises(InputError, match="budget"):
        objective_case(objective, budget)


@pytest.mark.parametrize(
    "settings, word",
    [
        (PlanSettings(objective="cheapest"), "objective"),
        (PlanSettings(target_rule="absolute"), "target rule"),
        (PlanSettings(target_percent=120.0), "percentage"),
        (PlanSettings(blm=-1.0), "boundary length modifier"),
        (PlanSettings(time_limit_s=0.0), "time limit"),
        (PlanSettings(mip_gap=-0.1), "gap"),
    ],
)
def test_bad_settings_are_named(settings, word):
    with pytest.raises(InputError, match=word):
        settings.validate()


# --------------------------------------------------------------------------------------------
# Boundary and BLM
# --------------------------------------------------------------------------------------------

# A 3 x 3 grid of 1 km2 cells; the corner and centre cells cost 1, the edge-middle cells 2,
# so no two cheap cells share an edge. One feature covers the whole grid; 30 % = 2.7 km2 asks
# for three cells.
GRID = grid_units(3, 3)
GRID_COST = np.array([1.0 if (k // 3 + k % 3) % 2 == 0 else 2.0 for k in range(9)])
GRID_RANGE = np.array([shapely.box(0, 0, 3 * KM, 3 * KM)], dtype=object)


def grid_settings(**kw) -> PlanSettings:
    return PlanSettings(target_percent=30.0, mip_gap=0.0, **kw)


def perimeter_km(x: np.ndarray) -> float:
    """Marxan's boundary with edge factor 1 on a grid = perimeter of the union."""
    return float(shapely.length(shapely.union_all(GRID[x]))) / KM if x.any() else 0.0


def test_boundary_is_the_perimeter_of_the_selection_and_blm_makes_it_compact():
    args = (GRID, None, GRID_COST, None, ["A"], [2], GRID_RANGE, CRS)
    cheap = plan_network(*args, grid_settings(), edge_tolerance_m=0.0)
    assert cheap.cost == pytest.approx(3.0)  # three isolated cheap cells
    assert cheap.boundary_km == pytest.approx(perimeter_km(cheap.selected)) == pytest.approx(12.0)
    compact = plan_network(*args, grid_settings(blm=1.0), edge_tolerance_m=0.0)
    # With BLM 1: three cells in an L or a line cost 4 with boundary 8 (objective 12) against
    # 3 + 12 = 15 for the scattered cheap cells.
    assert (
        compact.boundary_km == pytest.approx(perimeter_km(compact.selected)) == pytest.approx(8.0)
    )
    assert compact.cost == pytest.approx(4.0)
    assert compact.objective == pytest.approx(12.0)


def test_suggest_blm_matches_cohon_by_brute_force():
    args = (GRID, None, GRID_COST, None, ["A"], [2], GRID_RANGE, CRS)
    suggestion = suggest_blm(*args, grid_settings(), edge_tolerance_m=0.0)
    feasible = [
        (float(GRID_COST @ x), perimeter_km(x))
        for x in subsets(9)
        if held_by_hand(GRID, x, GRID_RANGE[0]) >= 0.3 * 9.0 - 1e-9
    ]
    a = min(cost for cost, _ in feasible)
    b = min(length for cost, length in feasible if cost <= a + 1e-9)
    c = min(length for _, length in feasible)
    d = min(cost for cost, length in feasible if length <= c + 1e-9)
    assert (a, b, c, d) == pytest.approx((3.0, 12.0, 8.0, 4.0))
    assert suggestion.blm == pytest.approx((d - a) / (b - c)) == pytest.approx(0.25)
    assert not suggestion.degenerate
    blms = [p.blm for p in suggestion.points]
    assert blms == pytest.approx([0.0, 0.125, 0.25, 0.5])
    # Exact solves: cost never falls and boundary never grows as the BLM rises.
    costs = [p.cost for p in suggestion.points]
    lengths = [p.boundary for p in suggestion.points]
    assert costs == sorted(costs) and lengths == sorted(lengths, reverse=True)
    for point in suggestion.points:
        assert point.cost == pytest.approx(float(GRID_COST @ point.selected))
        assert point.boundary == pytest.approx(perimeter_km(point.selected))


def test_suggest_blm_is_zero_when_cheapest_is_also_most_compact():
    cost = np.ones(9)
    args = (GRID, None, cost, None, ["A"], [2], GRID_RANGE, CRS)
    suggestion = suggest_blm(*args, grid_settings(), edge_tolerance_m=0.0)
    # Uniform costs: three cells in a line are both the cheapest and the most compact.
    assert suggestion.degenerate and suggestion.blm == 0.0 and suggestion.note
    assert len(suggestion.points) == 1


def test_layer_tolerance_boundary_is_close_to_the_exact_one():
    args = (GRID, None, GRID_COST, None, ["A"], [2], GRID_RANGE, CRS)
    result = plan_network(*args, grid_settings(blm=1.0))  # default 1 m edge tolerance
    assert result.boundary_km == pytest.approx(perimeter_km(result.selected), rel=1e-2)
