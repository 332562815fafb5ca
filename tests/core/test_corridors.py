"""Least-cost corridors and current flow: synthetic rasters with known answers, the messages a
user meets, and a real land-cover raster (ESA CCI, NE Poland) reclassified to resistance."""

from __future__ import annotations

import time

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.connectivity import corridors as cr
from cms_connectivity_plugin.core.errors import InputError

CRS = "EPSG:3035"
CELL = 100.0


def _grid(values, cell=(CELL, CELL), crs=CRS, nodata=None):
    values = np.asarray(values, dtype=float)
    gt = (0.0, cell[0], 0.0, values.shape[0] * cell[1], 0.0, -cell[1])
    return cr.resistance_grid(values, gt, crs, nodata=nodata)


def _cell_box(grid, row, col, rows=1, cols=1):
    """A polygon covering cells [row, row + rows) x [col, col + cols)."""
    gt = grid.geotransform
    x0, y0 = gt[0] + col * gt[1], gt[3] + row * gt[5]
    return shapely.box(x0, y0 + rows * gt[5], x0 + cols * gt[1], y0)


def _cells_on(grid, line):
    """(row, col) of the cells a line passes through (sampled at a tenth of a cell)."""
    dx, dy = grid.cell_size
    points = shapely.segmentize(line, min(dx, dy) / 10.0)
    xy = shapely.get_coordinates(points)
    gt = grid.geotransform
    col = np.floor((xy[:, 0] - gt[0]) / gt[1]).astype(int)
    row = np.floor((xy[:, 1] - gt[3]) / gt[5]).astype(int)
    return np.unique(np.column_stack([row, col]), axis=0)


# --- cost distance ---------------------------------------------------------------------------


def test_uniform_resistance_gives_euclidean_distance_times_resistance():
    grid = _grid(np.full((40, 60), 2.0))
    a, b = _cell_box(grid, 20, 5), _cell_box(grid, 20, 50)
    res = cr.corridors(grid, np.array([a, b]), CRS, width=500)
    # Cell centres 45 cells apart in one row: 4,500 m at resistance 2.
    assert res.links["lcd"][0] == pytest.approx(45 * CELL * 2.0)
    assert res.links["lcp_length"][0] == pytest.approx(45 * CELL)
    assert res.links["cwd_to_lcp"][0] == pytest.approx(2.0)
    assert res.links["euc_dist"][0] == pytest.approx(44 * CELL)  # edge to edge
    # The path is the straight row between the two cells.
    assert shapely.equals_exact(res.paths[0], shapely.LineString([(550, 1950), (5050, 1950)]), 1e-6)


def test_diagonal_cost_is_within_the_eight_neighbour_discretisation():
    grid = _grid(np.full((50, 50), 1.0))
    a, b = _cell_box(grid, 5, 5), _cell_box(grid, 35, 25)  # 30 rows and 20 columns apart
    lcd = cr.corridors(grid, np.array([a, b]), CRS, width=100).links["lcd"][0]
    euclid = np.hypot(30, 20) * CELL
    octile = (10 + 20 * np.sqrt(2)) * CELL  # 20 diagonal moves and 10 straight ones
    assert lcd == pytest.approx(octile)
    assert euclid <= lcd <= euclid * 1.0824  # the octile metric overestimates by < 8.24 %


def test_cell_size_scales_cost_along_each_axis():
    grid = _grid(np.full((30, 30), 3.0), cell=(100.0, 50.0))
    cwd = cr.cost_distance(grid, np.array([0]))  # from the top-left cell
    assert cwd[0, 10] == pytest.approx(10 * 100.0 * 3.0)
    assert cwd[10, 0] == pytest.approx(10 * 50.0 * 3.0)
    assert cwd[1, 1] == pytest.approx(np.hypot(100.0, 50.0) * 3.0)


def test_a_barrier_forces_the_path_through_its_gap():
    values = np.ones((40, 60))
    values[:, 30] = 1000.0  # a wall in column 30 ...
    values[5:8, 30] = 1.0  # ... with a gap in rows 5-7
    grid = _grid(values)
    cores = np.array([_cell_box(grid, 30, 5, 3, 3), _cell_box(grid, 30, 52, 3, 3)])
    res = cr.corridors(grid, cores, CRS, width=2000)
    cells = _cells_on(grid, res.paths[0])
    wall = cells[cells[:, 1] == 30]
    assert len(wall) >= 1 and set(wall[:, 0]) <= {5, 6, 7}
    straight = (52 - 7 - 1) * CELL  # edge to edge in a straight line
    assert res.links["lcd"][0] > straight * 1.2  # the detour costs more ...
    assert res.links["lcd"][0] < 1000 * CELL  # ... than the wall would
    # Nodata as the wall: the same route.
    values[:, 30] = np.nan
    values[5:8, 30] = 1.0
    again = cr.corridors(_grid(values), cores, CRS, width=2000)
    assert again.links["lcd"][0] == pytest.approx(res.links["lcd"][0])


def test_nlcc_is_zero_on_the_path_and_at_most_the_width_inside():
    rng = np.random.default_rng(3)
    values = 1.0 + 4.0 * rng.random((45, 55))
    grid = _grid(values)
    cores = np.array([_cell_box(grid, 5, 5, 4, 4), _cell_box(grid, 35, 45, 4, 4)])
    width = 1500.0
    res = cr.corridors(grid, cores, CRS, width=width, polygons=True)
    corridor = res.corridor
    cells = _cells_on(grid, res.paths[0])
    on_path = corridor[cells[:, 0], cells[:, 1]]
    lcd = res.links["lcd"][0]
    assert np.all(np.abs(on_path) <= 1e-5 * lcd)
    inside = np.isfinite(corridor)
    assert corridor[inside].max() <= width and corridor[inside].min() >= 0
    # The definition, cell by cell: CWD_A + CWD_B - LCD, truncated at the width.
    ga = np.flatnonzero(cr.core_cells(grid, cores, np.array([1, 2]))[1].ravel() == 1)
    gb = np.flatnonzero(cr.core_cells(grid, cores, np.array([1, 2]))[1].ravel() == 2)
    nlcc = cr.cost_distance(grid, ga) + cr.cost_distance(grid, gb) - lcd
    assert np.array_equal(inside, nlcc <= width * (1 + 1e-9))
    assert np.allclose(corridor[inside], nlcc[inside], rtol=1e-5, atol=1e-3 * lcd / 1000)
    # Polygons cover exactly the corridor cells.
    assert res.polygon_geometry[0].area == pytest.approx(inside.sum() * CELL * CELL)
    assert res.polygons["area"][0] == pytest.approx(inside.sum() * CELL * CELL)


def test_corridors_of_several_pairs_are_mosaicked_by_their_minimum():
    rng = np.random.default_rng(5)
    grid = _grid(1.0 + rng.random((40, 40)))
    cores = np.array(
        [_cell_box(grid, 3, 3, 3, 3), _cell_box(grid, 3, 33, 3, 3), _cell_box(grid, 33, 18, 3, 3)]
    )
    width = 800.0
    res = cr.corridors(grid, cores, CRS, width=width, k_nearest=2, drop_through_cores=False)
    assert len(res) == 3
    _, labels = cr.core_cells(grid, cores, np.array([1, 2, 3]))
    cwd = [cr.cost_distance(grid, np.flatnonzero(labels.ravel() == k)) for k in (1, 2, 3)]
    lcd = dict(zip(zip(res.links["core_a"], res.links["core_b"]), res.links["lcd"]))
    nlcc = [cwd[a - 1] + cwd[b - 1] - lcd[(a, b)] for a, b in ((1, 2), (1, 3), (2, 3))]
    expected = np.min(nlcc, axis=0)
    expected[expected > width] = np.nan
    assert np.array_equal(np.isfinite(res.corridor), np.isfinite(expected))
    both = np.isfinite(expected)
    assert np.allclose(res.corridor[both], expected[both], atol=1e-2)


def test_bounded_cost_searches_give_exactly_the_full_search_results(monkeypatch):
    rng = np.random.default_rng(9)
    from scipy import ndimage

    smooth = ndimage.gaussian_filter(rng.random((160, 160)), 6.0)
    values = np.exp(np.log(50.0) * (smooth - smooth.min()) / np.ptp(smooth))  # 1 .. 50
    values[rng.random(values.shape) < 0.02] = np.nan
    grid = _grid(values)
    cores = np.array(
        [_cell_box(grid, int(r), int(c), 3, 3) for r, c in rng.integers(5, 150, (7, 2))]
    )
    runs = {}
    for name in ("bounded", "full"):
        if name == "full":
            monkeypatch.setattr(
                cr,
                "_bounded_cwd",
                lambda mcp, cols, starts, *args: mcp.find_costs(starts)[0].ravel(),
            )
        runs[name] = [
            cr.corridors(grid, cores, CRS, width=width, k_nearest=2, max_cost=max_cost)
            for width, max_cost in ((300.0, None), (3000.0, None), (1000.0, 25000.0))
        ]
    for bounded, full in zip(runs["bounded"], runs["full"]):
        assert len(bounded) == len(full) >= 3
        assert np.array_equal(bounded.links["lcd"], full.links["lcd"])
        assert np.array_equal(bounded.corridor, full.corridor, equal_nan=True)
        assert all(a.equals(b) for a, b in zip(bounded.paths, full.paths))
        assert bounded.dropped == full.dropped


# --- pairs -----------------------------------------------------------------------------------


def test_pairs_by_k_nearest_and_maximum_distance():
    boxes = np.array([shapely.box(x, 0, x + 10, 10) for x in (0, 100, 250, 450)])
    i, j, d = cr.neighbour_pairs(boxes, k_nearest=1)
    assert list(zip(i, j)) == [(0, 1), (1, 2), (2, 3)]
    assert list(d) == [90, 140, 190]
    i, j, _ = cr.neighbour_pairs(boxes, max_distance=150)
    assert list(zip(i, j)) == [(0, 1), (1, 2)]
    i, j, _ = cr.neighbour_pairs(boxes, k_nearest=2, max_distance=300)
    assert list(zip(i, j)) == [(0, 1), (0, 2), (1, 2), (2, 3)]  # 1-3 is 340 apart


def test_links_through_a_third_core_are_dropped_unless_asked():
    grid = _grid(np.ones((20, 60)))
    cores = np.array([_cell_box(grid, 8, 5 + 20 * k, 3, 3) for k in range(3)])
    res = cr.corridors(grid, cores, CRS, width=300, k_nearest=2, max_cost=1e9)
    assert sorted(zip(res.links["core_a"], res.links["core_b"])) == [(1, 2), (2, 3)]
    assert res.dropped["through_core"] == 1
    kept = cr.corridors(grid, cores, CRS, width=300, k_nearest=2, drop_through_cores=False)
    assert len(kept) == 3
    via = dict(zip(zip(kept.links["core_a"], kept.links["core_b"]), kept.links["via_core"]))
    assert via == {(1, 2): "", (1, 3): "2", (2, 3): ""}
    # A maximum cost distance drops the long link too.
    short = cr.corridors(grid, cores, CRS, width=300, drop_through_cores=False, max_cost=2000)
    assert len(short) == 2 and short.dropped["over_max_cost"] == 1


def test_unreachable_pairs_are_reported_not_linked():
    values = np.ones((20, 40))
    values[:, 20] = np.nan  # an impassable wall without a gap
    grid = _grid(values)
    cores = np.array([_cell_box(grid, 8, 5), _cell_box(grid, 8, 35)])
    res = cr.corridors(grid, cores, CRS, width=300)
    assert len(res) == 0 and res.dropped["unreachable"] == 1
    assert np.isnan(res.corridor).all()


# --- current flow ----------------------------------------------------------------------------


def test_effective_resistance_of_a_uniform_strip_matches_the_resistor_grid():
    rows, cols, r = 10, 30, 2.0
    values = np.full((rows, cols), r)
    source = np.zeros((rows, cols), dtype=bool)
    sink = np.zeros((rows, cols), dtype=bool)
    source[:, 0] = True
    sink[:, -1] = True
    four = cr.current_flow(values, source, sink, eight_neighbours=False)
    # rows parallel chains of (cols - 1) resistors r: R = L / (W sigma) on the grid.
    assert four.resistance == pytest.approx((cols - 1) * r / rows, rel=1e-9)
    assert np.allclose(four.current[:, 1:-1], 1.0 / rows)  # 1 A spread evenly
    eight = cr.current_flow(values, source, sink)
    # Diagonals add 2 (W - 1) conductances of 1 / (sqrt(2) r) across every column gap.
    conductance = rows / r + 2 * (rows - 1) / (np.sqrt(2) * r)
    assert eight.resistance == pytest.approx((cols - 1) / conductance, rel=1e-9)
    mean_cond = cr.current_flow(values, source, sink, average="conductance")
    assert mean_cond.resistance == pytest.approx(eight.resistance)  # uniform: no difference


def test_large_systems_use_preconditioned_conjugate_gradients(monkeypatch):
    rng = np.random.default_rng(2)
    values = 1.0 + 9.0 * rng.random((25, 40))
    source = np.zeros(values.shape, dtype=bool)
    sink = np.zeros(values.shape, dtype=bool)
    source[10:13, 2] = True
    sink[5, 35] = True
    direct = cr.current_flow(values, source, sink)
    monkeypatch.setattr(cr, "DIRECT_SOLVE_MAX", 10)
    iterative = cr.current_flow(values, source, sink)
    assert iterative.resistance == pytest.approx(direct.resistance, rel=1e-7)
    assert np.allclose(iterative.current, direct.current, atol=1e-8, equal_nan=True)


def test_current_flow_finds_the_pinch_point_and_infinite_resistance_when_cut():
    values = np.ones((30, 50))
    values[:, 25] = np.nan
    values[14:16, 25] = 1.0  # a two-cell gap
    source = np.zeros(values.shape, dtype=bool)
    sink = np.zeros(values.shape, dtype=bool)
    source[:, 0] = True
    sink[:, -1] = True
    flow = cr.current_flow(values, source, sink)
    peak = np.unravel_index(np.nanargmax(flow.current), values.shape)
    assert peak[1] == 25 and 14 <= peak[0] <= 15
    assert flow.current[14:16, 25].sum() == pytest.approx(1.0, rel=0.05)
    values[14:16, 25] = np.nan
    cut = cr.current_flow(values, source, sink)
    assert np.isinf(cut.resistance)


def test_corridor_current_gives_each_link_an_effective_resistance():
    values = np.ones((40, 60))
    values[:, 30] = 50.0
    values[18:22, 30] = 1.0
    grid = _grid(values)
    cores = np.array([_cell_box(grid, 15, 5, 10, 3), _cell_box(grid, 15, 52, 10, 3)])
    res = cr.corridors(grid, cores, CRS, width=3000, current=True)
    assert res.links["eff_resist"][0] > 0 and np.isfinite(res.links["eff_resist"][0])
    peak = np.unravel_index(np.nanargmax(res.current), values.shape)
    assert peak[1] == 30 and 18 <= peak[0] <= 21


# --- validation ------------------------------------------------------------------------------


def test_resistance_messages_name_the_raster_and_the_fix():
    with pytest.raises(InputError, match="geographic.*Warp"):
        cr.resistance_grid(np.ones((3, 3)), (0, 0.01, 0, 50, 0, -0.01), "EPSG:4326", name="lc")
    with pytest.raises(InputError, match="'lc' has 2 cell.*0 or less.*nodata"):
        values = np.ones((3, 3))
        values[0, :2] = [0, -1]
        cr.resistance_grid(values, (0, 1, 0, 3, 0, -1), CRS, name="lc")
    with pytest.raises(InputError, match="no valid cell"):
        cr.resistance_grid(np.full((3, 3), -9999.0), (0, 1, 0, 3, 0, -1), CRS, nodata=-9999)
    with pytest.raises(InputError, match="no coordinate reference system"):
        cr.resistance_grid(np.ones((3, 3)), (0, 1, 0, 3, 0, -1), None)
    with pytest.raises(InputError, match="rotated"):
        cr.resistance_grid(np.ones((3, 3)), (0, 1, 0.1, 3, 0, -1), CRS)


def test_core_and_parameter_messages():
    grid = _grid(np.ones((20, 20)))
    inside = _cell_box(grid, 2, 2)
    far = shapely.box(1e6, 1e6, 1e6 + 100, 1e6 + 100)
    with pytest.raises(InputError, match=r"Core area\(s\) 2 of 'pa' lie outside"):
        cr.corridors(grid, np.array([inside, far]), CRS, width=10, layer="pa")
    values = np.ones((20, 20))
    values[10:, 10:] = np.nan
    with pytest.raises(InputError, match=r"Core area\(s\) B .*only nodata"):
        cr.corridors(
            _grid(values), np.array([inside, _cell_box(grid, 15, 15)]), CRS, np.array(["A", "B"]),
            width=10,
        )  # fmt: skip
    with pytest.raises(InputError, match="at least two"):
        cr.corridors(grid, np.array([inside]), CRS, width=10)
    with pytest.raises(InputError, match="width"):
        cr.corridors(grid, np.array([inside, _cell_box(grid, 9, 9)]), CRS, width=0)
    with pytest.raises(InputError, match="nearest"):
        cr.corridors(grid, np.array([inside, _cell_box(grid, 9, 9)]), CRS, width=5, k_nearest=0)
    with pytest.raises(InputError, match="maximum distance"):
        cr.corridors(
            grid, np.array([inside, _cell_box(grid, 15, 15)]), CRS, width=5, max_distance=10
        )
    with pytest.raises(InputError, match="no coordinate reference system"):
        cr.corridors(grid, np.array([inside, _cell_box(grid, 9, 9)]), None, width=5)


def test_cores_in_another_crs_are_reprojected():
    grid = _grid(np.ones((40, 40)))
    cores = np.array([_cell_box(grid, 5, 5, 3, 3), _cell_box(grid, 30, 30, 3, 3)])
    from cms_connectivity_plugin.core.crs import transform

    lonlat = transform(cores, CRS, "EPSG:4326")
    a = cr.corridors(grid, cores, CRS, width=10)
    b = cr.corridors(grid, lonlat, "EPSG:4326", width=10)
    assert b.links["lcd"][0] == pytest.approx(a.links["lcd"][0], rel=0.05)


def test_geotiff_round_trip_keeps_values_nodata_and_parameters(tmp_path):
    values = np.arange(12, dtype=float).reshape(3, 4) + 1
    values[0, 0] = np.nan
    gt = (100.0, 10.0, 0.0, 500.0, 0.0, -10.0)
    path = cr.write_geotiff(tmp_path / "r.tif", values, gt, CRS, metadata={"width": 5})
    grid = cr.read_resistance(path)
    assert np.isnan(grid.values[0, 0])
    assert np.array_equal(grid.values[1:], values[1:])
    assert grid.geotransform == gt
    from osgeo import gdal

    assert gdal.Open(path).GetMetadata()["width"] == "5"
    with pytest.raises(InputError, match="could not be opened"):
        cr.read_resistance(tmp_path / "missing.tif")
    with pytest.raises(InputError, match="no band 2"):
        cr.read_resistance(path, band=2)


def test_reclassify_maps_codes_and_leaves_others_nodata():
    out = cr.reclassify(np.array([[10, 50], [190, 999]]), {10: 10, 50: 1, 190: 100})
    assert out[0].tolist() == [10, 1] and out[1, 0] == 100 and np.isnan(out[1, 1])


# --- real land cover -------------------------------------------------------------------------


def test_corridor_between_two_forest_patches_on_real_land_cover(shared_data):
    from osgeo import gdal
    from scipy import ndimage

    path = shared_data / "landcover_podlasie" / "podlasie_ccilc.tif"
    if not path.exists():
        pytest.skip("podlasie_ccilc.tif is not present")
    began = time.perf_counter()
    # The raster is in degrees: refused as it is ...
    with pytest.raises(InputError, match="geographic"):
        cr.read_resistance(path)
    # ... so classes are warped (nearest neighbour) to 300 m cells in ETRS89-LAEA, then
    # reclassified with the documented example table (forest 1 ... water 1000).
    warped = gdal.Warp(
        "", str(path), format="MEM", dstSRS=CRS, xRes=300, yRes=300, resampleAlg="near",
        dstNodata=0,
    )  # fmt: skip
    classes = warped.GetRasterBand(1).ReadAsArray()
    resistance = cr.reclassify(classes, cr.CCI_LC_RESISTANCE)
    grid = cr.resistance_grid(resistance, warped.GetGeoTransform(), CRS, name="podlasie")
    # Two largest forest patches; a 1 km disc at an inner forest cell of each is a core.
    forest = resistance == 1
    labels, n = ndimage.label(forest)
    sizes = np.bincount(labels.ravel())[1:]
    cores = []
    for label in np.argsort(sizes)[::-1][:2] + 1:
        inner = ndimage.binary_erosion(labels == label, iterations=3)
        rows, cols = np.nonzero(inner)
        k = len(rows) // 2
        x, y = grid.centres(rows[k], cols[k])
        cores.append(shapely.Point(float(x), float(y)).buffer(1000))
    res = cr.corridors(grid, np.array(cores), CRS, width=5000, polygons=True)
    assert len(res) == 1
    lcd, euc = res.links["lcd"][0], res.links["euc_dist"][0]
    assert np.isfinite(lcd) and lcd >= euc
    cells = _cells_on(grid, res.paths[0])
    along = resistance[cells[:, 0], cells[:, 1]]
    # The route keeps to cheap ground: cheaper on average than the landscape.
    assert res.links["cwd_to_lcp"][0] < np.nanmean(resistance)
    assert np.nanmean(along) < np.nanmean(resistance)
    assert np.isfinite(res.corridor).sum() > len(cells)
    assert res.polygon_geometry[0].area > 0
    assert time.perf_counter() - began < 15
