"""Locked-in and locked-out units: shares from lock layers, flags, and plans that obey them.

Planning units are a 4 x 2 grid of 1 km2 squares (ids 1-4 along the bottom row, 5-8 along the
top row), so every covered share is worked out by hand from the polygons in the test. Plans
are checked against a brute force over every subset of units, with areas measured directly
with shapely, never through the module's own matrices.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.plan import (
    STATUS_LOCKED,
    STATUS_LOCKED_OUT,
    STATUS_NOT_SELECTED,
    STATUS_SELECTED,
    PlanSettings,
    plan_network,
    prepare_plan,
    suggest_blm,
)
from cms_connectivity_plugin.core.planning_units import (
    PlanningUnits,
    build_planning_units,
    covered_share,
    lock_units,
)
from cms_connectivity_plugin.core.problem import Boundary, InfeasibleError

CRS = "EPSG:3035"
KM = 1000.0
AREA = shapely.box(0, 0, 4 * KM, 2 * KM)


def km_box(x0, y0, x1, y1):
    return shapely.box(x0 * KM, y0 * KM, x1 * KM, y1 * KM)


def grid(**kw) -> PlanningUnits:
    return build_planning_units(AREA, kind="square", cell_area_km2=1.0, crs=CRS, **kw)


def polygons(*boxes) -> np.ndarray:
    return np.array(list(boxes), dtype=object)


# --------------------------------------------------------------------------------------------
# Shares and flags
# --------------------------------------------------------------------------------------------


def test_grid_layout_is_what_the_tests_assume():
    units = grid()
    assert units.unit_id.tolist() == list(range(1, 9))
    centres = shapely.get_coordinates(shapely.centroid(units.geometry)) / KM
    expected = [(c + 0.5, r + 0.5) for r in range(2) for c in range(4)]
    np.testing.assert_allclose(centres, expected)
    # Without lock layers the new fields are all zero and nothing is locked out.
    assert not units.locked_out.any() and not units.locked_in.any()
    np.testing.assert_array_equal(units.lockin_share, 0.0)
    np.testing.assert_array_equal(units.lockout_share, 0.0)


def test_lock_out_layer_gives_exact_shares_and_flags():
    # Two overlapping polygons: all of unit 1 and half of unit 2 (overlaps count once), and a
    # quarter of unit 7.
    lock_out = polygons(km_box(0, 0, 1.5, 1), km_box(0.5, 0, 1.5, 1), km_box(2, 1, 2.5, 1.5))
    # To keep in: all of unit 8 and 40 % of unit 4.
    lock_in = polygons(km_box(3, 1, 4, 2), km_box(3, 0.6, 4, 1))
    units = grid(lock_in=lock_in, lock_out=lock_out)
    np.testing.assert_allclose(units.lockout_share, [1.0, 0.5, 0, 0, 0, 0, 0.25, 0], atol=1e-12)
    np.testing.assert_allclose(units.lockin_share, [0, 0, 0, 0.4, 0, 0, 0, 1.0], atol=1e-12)
    # Default thresholds 0.5: a unit exactly half covered is locked out.
    assert units.unit_id[units.locked_out].tolist() == [1, 2]
    assert units.unit_id[units.locked_in].tolist() == [8]
    np.testing.assert_array_equal(units.protected_share, 0.0)

    strict = grid(lock_in=lock_in, lock_out=lock_out, lock_out_threshold=0.6)
    assert strict.unit_id[strict.locked_out].tolist() == [1]
    loose = grid(lock_in=lock_in, lock_out=lock_out, lock_out_threshold=0.2, lock_in_threshold=0.3)
    assert loose.unit_id[loose.locked_out].tolist() == [1, 2, 7]
    assert loose.unit_id[loose.locked_in].tolist() == [4, 8]


def test_protected_and_keep_in_shares_lock_in_each_on_its_own():
    # Unit 6 is 30 % protected and 30 % to keep in: neither share reaches 0.5.
    protected = polygons(km_box(1, 1, 1.3, 2), km_box(0, 0, 1, 1))
    lock_in = polygons(km_box(1.7, 1, 2, 2))
    units = grid(protected=protected, lock_in=lock_in)
    np.testing.assert_allclose(units.protected_share[[0, 5]], [1.0, 0.3])
    np.testing.assert_allclose(units.lockin_share[5], 0.3)
    assert units.unit_id[units.locked_in].tolist() == [1]


def test_covered_share_without_polygons_is_zero():
    units = grid()
    for nothing in (None, polygons(), np.array([None], dtype=object)):
        np.testing.assert_array_equal(covered_share(units.geometry, nothing, units.area_km2), 0)


def test_units_both_locked_in_and_out_are_refused_with_their_ids_and_the_fix():
    protected = polygons(km_box(0, 0, 1, 1))
    lock_in = polygons(km_box(3, 1, 4, 2))
    lock_out = polygons(km_box(0, 0, 2, 1), km_box(3, 1, 4, 2))
    with pytest.raises(InputError) as info:
        grid(protected=protected, lock_in=lock_in, lock_out=lock_out)
    message = str(info.value)
    assert message.startswith("2 planning unit(s) would be both locked in and locked out")
    assert "(units 1, 8)" in message
    assert "Raise the lock-in or the lock-out threshold" in message
    assert "edit the layers" in message
    # Everything both: the count is exact and only the first few ids are named.
    everything = polygons(AREA)
    with pytest.raises(InputError) as info:
        grid(protected=everything, lock_out=everything)
    message = str(info.value)
    assert message.startswith("8 planning unit(s)")
    assert "units 1, 2, 3, 4, 5 and 3 more" in message
    # Unit 1 60 % protected and wholly to keep out: a lock-in threshold above 0.6 resolves it.
    partly = polygons(km_box(0, 0, 0.6, 1))
    with pytest.raises(InputError, match=r"\(units 1\)"):
        grid(protected=partly, lock_out=lock_out)
    units = grid(protected=partly, lock_out=lock_out, lock_in_threshold=0.7)
    assert units.unit_id[units.locked_out].tolist() == [1, 2, 8]
    assert not units.locked_in.any()


@pytest.mark.parametrize("value", [0.0, -0.1, 1.5, float("nan")])
def test_bad_lock_out_threshold_is_refused(value):
    with pytest.raises(InputError, match="lock-out threshold"):
        grid(lock_out=polygons(km_box(0, 0, 1, 1)), lock_out_threshold=value)
    with pytest.raises(InputError, match="lock-in threshold"):
        grid(lock_in_threshold=value)


def test_lock_units_is_plain_arrays():
    ids = np.array(["a", "b", "c"], dtype=object)
    locked_in, locked_out = lock_units([0.6, 0, 0], [0, 0.5, 0], [0, 0, 0.7], ids, 0.5, 0.7)
    assert locked_in.tolist() == [True, True, False]
    assert locked_out.tolist() == [False, False, True]
    with pytest.raises(InputError, match=r"1 planning unit\(s\).*\(units b\)"):
        lock_units([0, 0, 0], [0, 0.5, 0], [0, 0.9, 0], ids, 0.5, 0.5)


def test_planning_units_built_elsewhere_get_no_lock_out():
    units = grid()
    bare = PlanningUnits(
        geometry=units.geometry,
        area_km2=units.area_km2,
        cost=units.cost,
        country=units.country,
        country_shares=units.country_shares,
        country_codes=(),
        protected_share=units.protected_share,
        locked_in=units.locked_in,
        boundary=units.boundary,
        crs=CRS,
    )
    assert bare.locked_out.tolist() == [False] * 8
    assert bare.lockin_share.tolist() == bare.lockout_share.tolist() == [0.0] * 8


# --------------------------------------------------------------------------------------------
# Plans with locks
# --------------------------------------------------------------------------------------------

# Five 1 km2 units in a row. A (breeding) covers units 0-2, B (non-breeding) units 2-4.
ROW = np.array([km_box(i, 0, i + 1, 1) for i in range(5)], dtype=object)
COST = np.array([1.0, 4.0, 1.0, 6.0, 2.0])
SPECIES = np.array(["A", "B"], dtype=object)
SEASON = np.array([2, 3])
RANGES = np.array([km_box(0, 0, 3, 1), km_box(2, 0, 5, 1)], dtype=object)


def held(selected: np.ndarray, feature) -> float:
    if not selected.any():
        return 0.0
    return float(shapely.area(shapely.intersection(shapely.union_all(ROW[selected]), feature)))


def brute_force(share: float, locked_in: np.ndarray, locked_out: np.ndarray) -> float:
    """The cheapest cost of a selection meeting every target and every lock."""
    best = np.inf
    for bits in itertools.product((False, True), repeat=len(ROW)):
        x = np.array(bits)
        if not x[locked_in].all() or x[locked_out].any():
            continue
        if all(held(x, f) >= share * shapely.area(f) * (1 - 1e-9) for f in RANGES):
            best = min(best, float(COST[x].sum()))
    return best


def plan(locked_in=None, locked_out=None, percent=40.0, **kw):
    settings = PlanSettings(target_percent=percent, mip_gap=0.0, **kw)
    return plan_network(
        ROW, None, COST, locked_in, SPECIES, SEASON, RANGES, CRS, settings, locked_out=locked_out
    )


def test_without_locks_the_cheapest_plan_uses_unit_2():
    # 40 %: A needs 1.2 km2, B 1.2 km2; unit 2 serves both: {0, 2, 4} costs 4.
    result = plan()
    assert result.selected.tolist() == [True, False, True, False, True]
    assert result.cost == pytest.approx(brute_force(0.4, np.zeros(5, bool), np.zeros(5, bool)))
    assert not result.locked_out.any()


@pytest.mark.parametrize(
    "locked_in, locked_out",
    [
        ([0, 0, 0, 0, 0], [0, 0, 1, 0, 0]),
        ([0, 0, 0, 1, 0], [0, 0, 1, 0, 0]),
        ([1, 0, 0, 0, 0], [0, 0, 0, 0, 1]),
        ([0, 1, 0, 0, 0], [1, 0, 0, 0, 0]),
    ],
)
def test_locked_out_never_selected_locked_in_always_and_the_cost_is_optimal(locked_in, locked_out):
    lock_in = np.array(locked_in, dtype=bool)
    lock_out = np.array(locked_out, dtype=bool)
    result = plan(lock_in, lock_out)
    assert not result.selected[lock_out].any()
    assert result.selected[lock_in].all()
    assert result.cost == pytest.approx(brute_force(0.4, lock_in, lock_out))
    assert result.targets_met == 2
    status = result.unit_status()
    assert (status[lock_out] == STATUS_LOCKED_OUT).all()
    assert (status[lock_in] == STATUS_LOCKED).all()
    free = ~lock_in & ~lock_out
    expected = np.where(result.selected[free], STATUS_SELECTED, STATUS_NOT_SELECTED)
    assert status[free].tolist() == expected.tolist()
    assert result.locked_out.tolist() == lock_out.tolist()
    assert result.problem.locked_out.tolist() == lock_out.tolist()


def test_lock_out_flags_read_like_lock_in_flags():
    result = plan(locked_out=[None, "0", "yes", 0, "false"])
    assert result.locked_out.tolist() == [False, False, True, False, False]
    assert not result.selected[2]
    with pytest.raises(InputError, match="2 locked-out flags for 5 planning units"):
        plan(locked_out=[1, 0])


def test_lock_outs_that_make_a_target_unreachable_name_the_feature():
    # Units 0-2 out: A has nothing left; B keeps units 3 and 4 (2 of its 3 km2).
    with pytest.raises(InfeasibleError) as info:
        plan(locked_out=[1, 1, 1, 0, 0])
    message = str(info.value)
    assert message.startswith("1 target(s) cannot be met even by selecting every unit not")
    assert "'A (breeding)': target 1.2, at most 0 available" in message
    assert "B (non-breeding)" not in message
    # Both features short: both named.
    with pytest.raises(InfeasibleError) as info:
        plan(locked_out=[1, 1, 1, 1, 0], percent=50.0)
    message = str(info.value)
    assert "2 target(s)" in message and "'A (breeding)'" in message
    assert "'B (non-breeding)': target 1.5, at most 1 available" in message
    # The BLM calibration builds the same problem and stops the same way.
    with pytest.raises(InfeasibleError, match="A \\(breeding\\)"):
        suggest_blm(
            ROW,
            None,
            COST,
            None,
            SPECIES,
            SEASON,
            RANGES,
            CRS,
            PlanSettings(target_percent=40.0),
            locked_out=[1, 1, 1, 0, 0],
        )


def test_a_unit_flagged_both_in_and_out_is_refused_unless_lock_in_is_off():
    with pytest.raises(InputError, match="both locked in and locked out"):
        plan(locked_in=[0, 0, 1, 0, 0], locked_out=[0, 0, 1, 0, 0])
    result = plan(locked_in=[0, 0, 1, 0, 0], locked_out=[0, 0, 1, 0, 0], lock_in=False)
    assert not result.selected[2] and not result.locked_in.any()
    assert result.unit_status()[2] == STATUS_LOCKED_OUT


def test_positional_prepare_plan_still_works_and_has_no_lock_out():
    inputs = prepare_plan(ROW, None, COST, None, SPECIES, SEASON, RANGES, CRS, PlanSettings())
    assert inputs.locked_out.tolist() == [False] * 5
    assert not inputs.problem.locked_out.any()


def test_blm_suggestion_respects_lock_outs():
    boundary = Boundary(
        i=np.arange(4), j=np.arange(1, 5), length=np.ones(4), exposed=np.array([3, 2, 2, 2, 3.0])
    )
    suggestion = suggest_blm(
        ROW,
        None,
        COST,
        None,
        SPECIES,
        SEASON,
        RANGES,
        CRS,
        PlanSettings(target_percent=40.0, mip_gap=0.0),
        boundary=boundary,
        locked_out=[0, 0, 1, 0, 0],
    )
    for point in suggestion.points:
        assert not np.asarray(point.selected)[2]
