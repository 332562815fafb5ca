import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.planning_units import (
    boundary_table,
    clip_grid,
    hex_grid,
    hex_side,
    hexagon_units,
)


def test_hexagons_have_the_requested_area_and_tile_without_overlap():
    grid = hex_grid((0, 0, 50_000, 40_000), 25e6)
    np.testing.assert_allclose(shapely.area(grid), 25e6, rtol=1e-9)
    union = shapely.union_all(grid)
    assert np.isclose(union.area, shapely.area(grid).sum(), rtol=1e-9)  # no overlaps
    assert union.covers(shapely.box(0, 0, 50_000, 40_000))


def test_shared_edges_and_exposed_edges_add_up_to_perimeters():
    area = shapely.Point(0, 0).buffer(30_000)
    units = clip_grid(hex_grid(area.bounds, 20e6), area)
    b = boundary_table(units)
    perimeter = shapely.length(units) / 1000.0
    shared = np.bincount(b.i, b.length, len(units)) + np.bincount(b.j, b.length, len(units))
    np.testing.assert_allclose(shared + b.exposed, perimeter, rtol=1e-9)
    side = hex_side(20e6) / 1000.0
    interior = shapely.contains_properly(shapely.buffer(area, -12_000), units)
    assert interior.sum() > 3
    assert np.allclose(b.exposed[interior], 0.0)
    degree = np.bincount(np.concatenate([b.i, b.j]), minlength=len(units))
    assert (degree[interior] == 6).all()
    inner_pairs = interior[b.i] & interior[b.j]
    np.testing.assert_allclose(b.length[inner_pairs], side, rtol=1e-9)


def test_units_get_country_of_largest_share_and_lock_status():
    west = shapely.box(0, 0, 50_000, 60_000)
    east = shapely.box(50_000, 0, 100_000, 60_000)
    area = shapely.union_all([west, east])
    protected = np.array([shapely.box(0, 0, 30_000, 30_000)], dtype=object)
    units = hexagon_units(
        area,
        40.0,
        np.array([west, east], dtype=object),
        ("WWW", "EEE"),
        protected,
        "EPSG:3035",
        lock_in_threshold=0.5,
    )
    cx = shapely.get_coordinates(shapely.centroid(units.geometry))[:, 0]
    clear = np.abs(cx - 50_000) > 8_000
    assert (units.country[clear] == np.where(cx[clear] < 50_000, "WWW", "EEE")).all()
    np.testing.assert_allclose(
        np.asarray(units.country_shares.sum(axis=1)).ravel(), units.area_km2, rtol=1e-9
    )
    inside = shapely.contains_properly(protected[0], units.geometry)
    assert units.locked_in[inside].all() and inside.any()
    assert not units.locked_in[shapely.disjoint(protected[0], units.geometry)].any()
    np.testing.assert_allclose(units.cost, units.area_km2)


def test_hexagon_larger_than_study_area_is_refused_with_a_suggestion():
    area = shapely.box(0, 0, 10_000, 10_000)  # 100 km2
    with pytest.raises(InputError, match="not smaller than the study area") as info:
        hexagon_units(
            area,
            500.0,
            np.array([area], dtype=object),
            ("AAA",),
            np.array([], dtype=object),
            "EPSG:3035",
        )
    assert "at most 1 km2" in str(info.value)
