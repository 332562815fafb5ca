"""The vectorised amounts matrix equals a slow per-pair reference."""

import numpy as np
import shapely

from cms_connectivity_plugin.core.amounts import overlap_matrix
from cms_connectivity_plugin.core.planning_units import clip_grid, hex_grid
from cms_connectivity_plugin.core.simulate import blob


def _slow_reference(units, polygons):
    out = np.zeros((len(units), len(polygons)))
    for i, unit in enumerate(units):
        for j, poly in enumerate(polygons):
            out[i, j] = unit.intersection(poly).area / 1e6
    return out


def test_amounts_equal_slow_reference_on_small_grid():
    rng = np.random.default_rng(3)
    area = blob(rng, (0.0, 0.0), 60_000.0, roughness=0.4)
    units = clip_grid(hex_grid(area.bounds, 150e6), area)
    polygons = np.array(
        [
            blob(rng, tuple(rng.uniform(-40_000, 40_000, 2)), r, roughness=0.5)
            for r in (8_000.0, 25_000.0, 45_000.0, 70_000.0)
        ]
        + [
            shapely.MultiPolygon(
                [shapely.box(-5e4, -5e4, -3e4, -3e4), shapely.box(1e4, 1e4, 3e4, 2e4)]
            )
        ],
        dtype=object,
    )
    fast = overlap_matrix(units, polygons).toarray()
    slow = _slow_reference(units, polygons)
    assert len(units) > 40
    np.testing.assert_allclose(fast, slow, rtol=1e-9, atol=1e-9)
    # Some units are wholly inside the largest polygon and some are cut by its edge.
    full = np.isclose(fast[:, 3], shapely.area(units) / 1e6)
    assert full.any() and (~full & (fast[:, 3] > 0)).any()


def test_amounts_are_sparse_and_sum_to_polygon_area_inside_units():
    rng = np.random.default_rng(11)
    area = shapely.box(0, 0, 100_000, 100_000)
    units = clip_grid(hex_grid(area.bounds, 50e6), area)
    polys = np.array([blob(rng, (50_000.0, 50_000.0), 10_000.0)], dtype=object)
    matrix = overlap_matrix(units, polys)
    assert matrix.nnz < len(units) / 4  # memory follows the non-zeros, not units x features
    assert np.isclose(matrix.sum(), shapely.area(polys[0]) / 1e6, rtol=1e-9)


def test_empty_inputs_give_empty_matrix():
    units = np.array([shapely.box(0, 0, 1, 1)], dtype=object)
    assert overlap_matrix(units, np.array([], dtype=object)).shape == (1, 0)
