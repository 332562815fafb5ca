"""Planning units from grids, user layers and sites; costs from fields and rasters; amounts."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import amounts as amounts_module
from cms_connectivity_plugin.core.amounts import overlap_matrix, subdivide
from cms_connectivity_plugin.core.costs import CostSpec, cell_runs, raster_mean
from cms_connectivity_plugin.core.crs import WGS84, laea_for, transform
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.planning_units import (
    boundary_table,
    build_planning_units,
    countries_in_area,
    hexagon_units,
    square_grid,
    study_area_from_table,
    write_boundary_csv,
)
from cms_connectivity_plugin.core.simulate import blob
from cms_connectivity_plugin.core.vector import VectorTable

from .fixtures import two_countries

CRS = "EPSG:3035"
EMPTY = np.array([], dtype=object)


def _perimeter_check(units, rtol=1e-9, atol_km=0.0):
    b = units.boundary
    n = len(units)
    shared = np.bincount(b.i, b.length, n) + np.bincount(b.j, b.length, n)
    perimeter = shapely.length(units.geometry) / 1000.0
    np.testing.assert_allclose(shared + b.exposed, perimeter, rtol=rtol, atol=atol_km)
    return shared, perimeter


def _table(geoms, crs=CRS, name="units", **columns) -> VectorTable:
    geoms = np.asarray(geoms, dtype=object)
    return VectorTable(name, {k: list(v) for k, v in columns.items()}, geoms, crs)


# ---------------------------------------------------------------------------- grids


def test_squares_tile_the_study_area_and_their_edges_add_up():
    area = shapely.Point(4_000_000, 3_000_000).buffer(40_000)
    units = build_planning_units(area, kind="square", cell_area_km2=25.0, crs=CRS)
    assert len(units) > 150
    np.testing.assert_allclose(units.area_km2.sum(), area.area / 1e6, rtol=1e-9)
    assert np.isclose(shapely.union_all(units.geometry).area, area.area, rtol=1e-9)
    np.testing.assert_array_equal(units.unit_id, np.arange(1, len(units) + 1))
    np.testing.assert_allclose(units.cost, units.area_km2)
    _perimeter_check(units)
    full = np.isclose(units.area_km2, 25.0)
    interior = shapely.contains_properly(shapely.buffer(area, -12_000), units.geometry)
    assert interior.sum() > 20 and full[interior].all()
    b = units.boundary
    degree = np.bincount(np.concatenate([b.i, b.j]), minlength=len(units))
    assert (degree[interior] == 4).all()  # corner contacts are not neighbours
    inner_pairs = interior[b.i] & interior[b.j]
    np.testing.assert_allclose(b.length[inner_pairs], 5.0, rtol=1e-9)
    assert np.allclose(b.exposed[interior], 0.0)


def test_square_lattice_shares_bit_identical_corners():
    grid = square_grid((0.1, 0.2, 10_000.3, 7_000.7), 1e6)
    xy = shapely.get_coordinates(grid)
    # 4 corners per cell, but each lattice point appears once in the set of distinct points.
    distinct = np.unique(xy, axis=0)
    cols, rows = 11, 8  # ceil(10000.2 / 1000), ceil(7000.5 / 1000)
    assert len(grid) == cols * rows
    assert len(distinct) == (cols + 1) * (rows + 1)


def test_build_hexagons_is_what_hexagon_units_gives():
    area = shapely.box(0, 0, 60_000, 50_000)
    countries = np.array([area], dtype=object)
    a = hexagon_units(area, 40.0, countries, ("AAA",), EMPTY, CRS)
    b = build_planning_units(
        area,
        kind="hexagon",
        cell_area_km2=40.0,
        countries=countries,
        country_codes=("AAA",),
        crs=CRS,
    )
    assert len(a) == len(b) and (a.country == "AAA").all()
    assert shapely.equals_exact(a.geometry, b.geometry, 0.0).all()
    _perimeter_check(b)


@pytest.mark.parametrize("kind", ["hexagon", "square"])
def test_grid_boundary_from_the_lattice_matches_the_geometry(kind):
    # A ragged study area with thousands of vertices (cut into pieces when clipping), a
    # bay and an island: shared lengths from lattice edges equal the clipped outlines'.
    rng = np.random.default_rng(4)
    land = blob(rng, (0.0, 0.0), 40_000.0, roughness=0.7, n_vertices=3_000)
    land = land.difference(blob(rng, (15_000.0, 0.0), 9_000.0, n_vertices=500))
    area = shapely.union(land, shapely.Point(60_000, 0).buffer(6_000))
    assert shapely.get_num_coordinates(area) > amounts_module.PIECE_VERTICES
    units = build_planning_units(area, kind=kind, cell_area_km2=30.0, crs=CRS)
    np.testing.assert_allclose(units.area_km2.sum(), area.area / 1e6, rtol=1e-9)
    lattice = units.boundary
    # Reference: outlines within 0.1 mm of each other (robust to last-bit differences).
    ref = boundary_table(units.geometry, tolerance=1e-4)
    assert list(zip(lattice.i, lattice.j)) == sorted(zip(ref.i, ref.j))
    order = np.lexsort((ref.j, ref.i))
    np.testing.assert_allclose(lattice.length, ref.length[order], atol=1e-6)
    np.testing.assert_allclose(lattice.exposed, ref.exposed, atol=1e-5)
    _perimeter_check(units)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "triangle"}, "Unknown planning-unit type"),
        ({"cell_area_km2": 0.0}, "give an area above 0"),
        ({"cell_area_km2": 1e-4}, "choose squares of at least"),
        ({"cell_area_km2": 5000.0}, "choose squares of at most 25 km2"),
        ({"crs": "EPSG:4326"}, "not a projected CRS in metres"),
        ({"lock_in_threshold": 0.0}, "lock-in threshold"),
        ({"kind": "layer"}, "need the layer"),
        ({"cost": CostSpec.attribute("price")}, "needs planning units from a layer"),
    ],
)
def test_bad_grid_requests_are_one_line(changes, message):
    area = shapely.box(0, 0, 50_000, 50_000)
    kwargs = {"kind": "square", "cell_area_km2": 25.0, "crs": CRS, **changes}
    with pytest.raises(InputError, match=message) as info:
        build_planning_units(area, **kwargs)
    assert "\n" not in str(info.value)


def test_clipped_to_a_user_polygon_in_another_crs():
    lonlat = shapely.Polygon([(5.0, 50.0), (6.2, 50.1), (6.0, 50.9), (5.3, 51.0), (4.9, 50.5)])
    hole = shapely.Point(5.6, 50.5).buffer(0.08)
    layer = _table([lonlat.difference(hole)], crs=WGS84, name="my area")
    area, crs = study_area_from_table(layer)
    assert "+proj=laea" in crs
    units = build_planning_units(area, kind="hexagon", cell_area_km2=20.0, crs=crs)
    np.testing.assert_allclose(units.area_km2.sum(), area.area / 1e6, rtol=1e-9)
    assert shapely.covered_by(units.geometry, shapely.buffer(area, 1e-6)).all()
    # No country layer was given: countries stay empty rather than guessed.
    assert (units.country == "").all() and units.country_shares.shape == (len(units), 0)
    _perimeter_check(units)
    # The hole is exposed edge too: units around it have exposed length.
    ring = shapely.dwithin(units.geometry, transform([hole], WGS84, crs)[0], 1.0)
    assert (units.boundary.exposed[ring] > 0).all()


def test_units_outside_every_country_have_no_country():
    area = shapely.box(0, 0, 60_000, 30_000)
    west = shapely.box(0, 0, 30_000, 30_000)
    units = build_planning_units(
        area,
        kind="square",
        cell_area_km2=25.0,
        countries=np.array([west], dtype=object),
        country_codes=("WWW",),
        crs=CRS,
    )
    cx = shapely.get_coordinates(shapely.centroid(units.geometry))[:, 0]
    assert (units.country[cx < 30_000] == "WWW").all()
    assert (units.country[cx > 30_000] == "").all()


def test_a_drawn_study_area_takes_its_countries_from_the_border_layer():
    table = two_countries()
    drawn = _table([shapely.box(2.0, 45.0, 6.0, 47.0)], crs=WGS84, name="drawn")
    area, crs = study_area_from_table(drawn)
    countries, codes = countries_in_area(table, area, crs)
    assert codes == ("AAA", "BBB")  # not the island CCC
    units = build_planning_units(
        area,
        kind="hexagon",
        cell_area_km2=400.0,
        countries=countries,
        country_codes=codes,
        crs=crs,
    )
    lon = shapely.get_coordinates(transform(shapely.centroid(units.geometry), crs, WGS84))[:, 0]
    assert (units.country[lon < 3.5] == "AAA").all() and (units.country[lon > 4.5] == "BBB").all()
    np.testing.assert_allclose(
        np.asarray(units.country_shares.sum(axis=1)).ravel(), units.area_km2, rtol=1e-6
    )


# ---------------------------------------------------------------------------- layer units


def _jittered_squares(rng, n=4, side=5_000.0, jitter=0.3):
    """An n x n block of squares digitised separately: shared corners moved by up to
    ``jitter`` metres, and an extra vertex in the middle of each left edge."""
    corners = np.stack(np.meshgrid(np.arange(n + 1), np.arange(n + 1), indexing="ij"), -1)
    corners = corners * side
    polys, ids = [], []
    for a in range(n):
        for b in range(n):
            ring = [corners[a, b], corners[a + 1, b], corners[a + 1, b + 1], corners[a, b + 1]]
            ring = [p + rng.uniform(-jitter, jitter, 2) for p in ring]
            mid = corners[a, b] + [0, side / 2] + rng.uniform(-jitter, jitter, 2)
            polys.append(shapely.Polygon([*ring, mid]))
            ids.append(100 + a * n + b)
    return np.array(polys, dtype=object), np.array(ids)


def test_user_polygons_sharing_edges_only_approximately_are_neighbours():
    rng = np.random.default_rng(7)
    polys, ids = _jittered_squares(rng)
    layer = _table(polys, code=ids, price=np.arange(16) * 1.5)
    area = shapely.box(-1_000, -1_000, 21_000, 21_000)
    units = build_planning_units(
        area, kind="layer", layer=layer, id_field="CODE", cost=CostSpec.attribute("price"), crs=CRS
    )
    assert len(units) == 16
    np.testing.assert_array_equal(units.unit_id, ids)
    np.testing.assert_allclose(units.cost, np.arange(16) * 1.5)
    b = units.boundary
    # 4 x 4 block: 24 neighbouring pairs (no diagonals), each about 5 km long.
    assert len(b.i) == 24
    np.testing.assert_allclose(b.length, 5.0, atol=0.003)  # a few tolerances of 1 m
    _, perimeter = _perimeter_check(units, atol_km=0.01)
    outer = np.isclose(b.exposed, 0.0, atol=0.01)
    assert outer.sum() == 4  # the four inner squares have no exposed edge
    # Exact comparison fails here: without a tolerance almost nothing is shared.
    exact = build_planning_units(
        area, kind="layer", layer=layer, id_field="code", crs=CRS, edge_tolerance_m=0.0
    )
    assert exact.boundary.length.sum() < 1.0


def test_layer_units_are_clipped_and_those_outside_dropped():
    inside = shapely.box(0, 0, 10_000, 10_000)
    across = shapely.box(15_000, 0, 25_000, 10_000)
    outside = shapely.box(40_000, 0, 50_000, 10_000)
    layer = _table([inside, across, outside], name="parcels")
    layer = VectorTable(
        "parcels", {}, layer.geometry, CRS, feature_ids=np.array([11, 12, 13], dtype=np.int64)
    )
    area = shapely.box(-5_000, -5_000, 20_000, 15_000)
    units = build_planning_units(area, kind="layer", layer=layer, crs=CRS)
    np.testing.assert_array_equal(units.unit_id, [11, 12])  # feature ids without an id field
    np.testing.assert_allclose(units.area_km2, [100.0, 50.0])
    assert shapely.equals(units.geometry[0], inside)
    assert shapely.equals(layer.geometry[1], across)  # the input is untouched


def test_invalid_unit_polygons_are_repaired_not_dropped():
    bowtie = shapely.Polygon([(0, 0), (2_000, 2_000), (2_000, 0), (0, 2_000)])  # 2 triangles
    spike = shapely.Polygon(
        [(3_000, 0), (5_000, 0), (5_000, 2_000), (5_000, 3_000), (5_000, 2_000), (3_000, 2_000)]
    )
    layer = _table([bowtie, spike], name="messy")
    assert not shapely.is_valid(layer.geometry).any()
    units = build_planning_units(
        shapely.box(-1_000, -1_000, 6_000, 4_000), kind="layer", layer=layer, crs=CRS
    )
    np.testing.assert_allclose(units.area_km2, [2.0, 4.0])
    assert shapely.is_valid(units.geometry).all()
    assert not shapely.is_valid(layer.geometry).any()  # the input is untouched


def test_sites_as_units_with_protected_share_and_lock_in():
    rng = np.random.default_rng(3)
    sites = np.array(
        [blob(rng, (x, 20_000.0), 6_000.0, roughness=0.3) for x in (10_000.0, 30_000.0)]
        + [shapely.box(45_000, 15_000, 55_000, 25_000)],
        dtype=object,
    )
    layer = _table(sites, name="sites", name_=["a", "b", "c"])
    protected = np.array([shapely.box(40_000, 0, 60_000, 40_000)], dtype=object)
    units = build_planning_units(
        shapely.box(0, 0, 60_000, 40_000),
        kind="layer",
        layer=layer,
        protected=protected,
        crs=CRS,
    )
    assert len(units.boundary.i) == 0  # separate sites: no neighbours
    np.testing.assert_allclose(units.boundary.exposed, shapely.length(sites) / 1000.0)
    np.testing.assert_allclose(units.protected_share, [0.0, 0.0, 1.0])
    np.testing.assert_array_equal(units.locked_in, [False, False, True])


def test_duplicate_and_null_ids_are_named():
    polys = [shapely.box(k * 1_000, 0, (k + 1) * 1_000, 1_000) for k in range(5)]
    area = shapely.box(0, 0, 5_000, 1_000)
    layer = _table(polys, name="parcels", pid=["A1", "B2", "A1", "C3", "B2"])
    with pytest.raises(InputError, match=r"'pid' of 'parcels' repeats the id\(s\) A1, B2:"):
        build_planning_units(area, kind="layer", layer=layer, id_field="pid", crs=CRS)
    layer = _table(polys, name="parcels", pid=[1, None, 3, 4, None])
    with pytest.raises(InputError, match=r"empty \(NULL\) for feature\(s\) 2, 5:"):
        build_planning_units(area, kind="layer", layer=layer, id_field="pid", crs=CRS)
    with pytest.raises(InputError, match="no field 'nope' for unit ids"):
        build_planning_units(area, kind="layer", layer=layer, id_field="nope", crs=CRS)


def test_layer_problems_are_named():
    area = shapely.box(0, 0, 5_000, 1_000)
    points = _table([shapely.Point(1, 1)], name="pts")
    with pytest.raises(InputError, match="'pts' has Point geometry"):
        build_planning_units(area, kind="layer", layer=points, crs=CRS)
    far = _table([shapely.box(1e6, 1e6, 1e6 + 10, 1e6 + 10)], name="far")
    with pytest.raises(InputError, match="None of the 1 polygons of 'far' overlap"):
        build_planning_units(area, kind="layer", layer=far, crs=CRS)
    nocrs = _table([shapely.box(0, 0, 10, 10)], crs=None, name="nocrs")
    with pytest.raises(InputError, match="'nocrs' has no coordinate reference system"):
        build_planning_units(area, kind="layer", layer=nocrs, crs=CRS)


# ---------------------------------------------------------------------------- field costs


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([1.0, None, 2.0, None], r"empty \(NULL\) for unit\(s\) u2, u4:"),
        ([1.0, float("nan"), 2.0, 3.0], r"not a finite number for unit\(s\) u2:"),
        ([1.0, "cheap", 2.0, 3.0], r"not a finite number for unit\(s\) u2:"),
        ([1.0, 2.0, -3.0, -0.5], r"negative for unit\(s\) u3, u4:"),
    ],
)
def test_bad_cost_values_are_refused_naming_the_units(values, message):
    polys = [shapely.box(k * 1_000, 0, (k + 1) * 1_000, 1_000) for k in range(4)]
    layer = _table(polys, name="parcels", uid=["u1", "u2", "u3", "u4"], price=values)
    with pytest.raises(InputError, match=message) as info:
        build_planning_units(
            shapely.box(0, 0, 4_000, 1_000),
            kind="layer",
            layer=layer,
            id_field="uid",
            cost=CostSpec.attribute("PRICE"),
            crs=CRS,
        )
    assert "'price' of 'parcels'" in str(info.value) and "\n" not in str(info.value)


# ---------------------------------------------------------------------------- raster costs


def _write_raster(path, values, gt, crs=CRS, nodata=None, dtype="Float32"):
    from osgeo import gdal, osr

    height, width = values.shape
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(path), width, height, 1, gdal.GetDataTypeByName(dtype))
    ds.SetGeoTransform(gt)
    if crs is not None:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    band.FlushCache()
    ds = None
    return path


def _slow_mean(geom, values, gt, nodata=None):
    """Per unit: every cell centre tested against the polygon (the reference)."""
    height, width = values.shape
    col, row = np.meshgrid(np.arange(width), np.arange(height))
    x = gt[0] + (col + 0.5) * gt[1]
    y = gt[3] + (row + 0.5) * gt[5]
    inside = shapely.contains_xy(geom, x, y)
    ok = inside & np.isfinite(values)
    if nodata is not None:
        ok &= values != nodata
    return values[ok].mean() if ok.any() else np.nan


def test_raster_mean_of_squares_aligned_with_the_cells(tmp_path):
    # 100 m cells; value = 10 * column + row; squares of 1 km = 10 x 10 cells.
    rows, cols = np.mgrid[0:40, 0:60]
    values = (10.0 * cols + rows).astype(np.float32)
    values[0:10, 0:10] = -9999.0  # the first square is all nodata
    values[0:10, 10:15] = -9999.0  # half of the second
    gt = (4_000_000.0, 100.0, 0.0, 3_004_000.0, 0.0, -100.0)
    path = _write_raster(tmp_path / "cost.tif", values, gt, nodata=-9999.0)
    area = shapely.box(4_000_000, 3_000_000, 4_006_000, 3_004_000)
    spec = CostSpec.raster_mean(path, missing="mean")
    units = build_planning_units(area, kind="square", cell_area_km2=1.0, cost=spec, crs=CRS)
    assert len(units) == 24
    for k in range(len(units)):
        expected = _slow_mean(units.geometry[k], values, gt, nodata=-9999.0)
        if np.isnan(expected):
            continue
        assert units.cost[k] == pytest.approx(expected, rel=1e-12)
    # The square at the top-left corner has only nodata: it gets the mean of the others.
    corner = np.flatnonzero(shapely.intersects(units.geometry, shapely.Point(4_000_050, 3_003_950)))
    others = np.delete(units.cost, corner)
    assert units.cost[corner] == pytest.approx(others.mean())
    # The half-nodata square averages its valid half only: columns 15..19, rows 0..9.
    half = np.flatnonzero(shapely.intersects(units.geometry, shapely.Point(4_001_550, 3_003_950)))
    assert units.cost[half] == pytest.approx(10.0 * 17 + 4.5)
    # Stopping is the default, naming the unit.
    with pytest.raises(InputError, match=r"1 planning unit\(s\) have no valid cell in the cost"):
        build_planning_units(
            area, kind="square", cell_area_km2=1.0, cost=CostSpec.raster_mean(path), crs=CRS
        )


def test_raster_mean_matches_the_reference_for_irregular_units(tmp_path):
    rng = np.random.default_rng(9)
    values = rng.uniform(0.0, 50.0, (120, 150)).astype(np.float64)
    values[rng.random(values.shape) < 0.05] = np.nan  # NaN cells are nodata too
    gt = (3_990_000.0, 250.0, 0.0, 3_020_000.0, 0.0, -250.0)
    path = _write_raster(tmp_path / "cost.tif", values, gt, dtype="Float64")
    sites = []
    for _ in range(25):
        centre = (rng.uniform(3_995_000, 4_025_000), rng.uniform(2_995_000, 3_015_000))
        site = blob(rng, centre, rng.uniform(300.0, 4_000.0), roughness=0.5, n_vertices=60)
        if rng.random() < 0.3:
            site = site.difference(shapely.Point(centre).buffer(site.area**0.5 / 5))
        sites.append(site)
    sites = np.array(sites, dtype=object)  # overlapping sites each get all their cells
    costs = raster_mean(path, sites, CRS, np.arange(len(sites)))
    for k, site in enumerate(sites):
        expected = _slow_mean(site, values, gt)
        if np.isnan(expected):  # too small to hold a cell centre: the cell under it
            p = shapely.point_on_surface(site)
            c = int((p.x - gt[0]) // gt[1])
            r = int((p.y - gt[3]) // gt[5])
            expected = values[r, c]
        assert costs[k] == pytest.approx(expected, rel=1e-12)


def test_scanline_cells_equal_cell_centres_in_polygons():
    rng = np.random.default_rng(5)
    polys = []
    for k in range(30):
        c = tuple(rng.uniform(0, 100, 2))
        r = rng.uniform(2, 20)
        p = blob(rng, c, r, roughness=0.5, n_vertices=int(rng.integers(5, 300)))
        if k % 3 == 0:
            p = p.difference(shapely.Point(c).buffer(r * 0.3))
        if k % 4 == 0:
            p = shapely.union(p, shapely.box(c[0] + r * 2, c[1], c[0] + r * 2 + 3, c[1] + 5))
        polys.append(p)
    polys = np.array(polys, dtype=object)
    gt, width, height = (-3.3, 0.7, 0, 104.1, 0, -0.9), 150, 118
    unit, row, c0, c1 = cell_runs(polys, gt, width, height)
    got = np.zeros((len(polys), height, width), dtype=int)
    for u, r, a, b in zip(unit, row, c0, c1):
        got[u, r, a : b + 1] += 1
    col, rr = np.meshgrid(np.arange(width), np.arange(height))
    x, y = gt[0] + (col + 0.5) * gt[1], gt[3] + (rr + 0.5) * gt[5]
    for k, p in enumerate(polys):
        np.testing.assert_array_equal(got[k], shapely.contains_xy(p, x, y).astype(int))


def test_raster_in_another_crs_is_met_by_reprojecting_the_units(tmp_path):
    # A lon/lat raster whose value is the cell's latitude x 100: the mean over a unit is
    # close to the latitude of its centre x 100.
    lats = 51.0 - (np.arange(200) + 0.5) * 0.01
    values = np.repeat((lats * 100.0)[:, None], 300, axis=1)
    gt = (3.0, 0.01, 0.0, 51.0, 0.0, -0.01)
    path = _write_raster(tmp_path / "lonlat.tif", values, gt, crs=WGS84, dtype="Float64")
    crs = laea_for(4.5, 50.0)
    area = transform([shapely.box(3.5, 49.5, 5.5, 50.5)], WGS84, crs)[0]
    units = build_planning_units(
        area, kind="hexagon", cell_area_km2=50.0, cost=CostSpec.raster_mean(path), crs=crs
    )
    centres = transform(shapely.centroid(units.geometry), crs, WGS84)
    lat = shapely.get_coordinates(centres)[:, 1]
    full = units.area_km2 > 49.9
    np.testing.assert_allclose(units.cost[full], lat[full] * 100.0, atol=2.0)
    # Same as the slow reference in the raster's own CRS, unit by unit.
    there = transform(units.geometry, crs, WGS84)
    for k in np.flatnonzero(full)[:5]:
        assert units.cost[k] == pytest.approx(_slow_mean(there[k], values, gt), abs=0.01)


def test_raster_problems_are_named(tmp_path):
    values = np.ones((10, 10), dtype=np.float32)
    far = _write_raster(tmp_path / "far.tif", values, (0.0, 100.0, 0.0, 1_000.0, 0.0, -100.0))
    units = np.array([shapely.box(4_000_000, 3_000_000, 4_001_000, 3_001_000)], dtype=object)
    with pytest.raises(InputError, match=r"'far.tif' \(extent \(0, 0\) - \(1000, 1000\)\)") as e:
        raster_mean(far, units, CRS, np.array([1]))
    assert "(4e+06, 3e+06) - (4.001e+06, 3.001e+06)" in str(e.value)
    nocrs = _write_raster(tmp_path / "nocrs.tif", values, (0, 1, 0, 10, 0, -1), crs=None)
    with pytest.raises(InputError, match="'nocrs.tif' has no coordinate reference system"):
        raster_mean(nocrs, units, CRS, np.array([1]))
    with pytest.raises(InputError, match="could not be opened"):
        raster_mean(tmp_path / "missing.tif", units, CRS, np.array([1]))
    negative = _write_raster(
        tmp_path / "neg.tif", -values, (4_000_000.0, 100.0, 0.0, 3_001_000.0, 0.0, -100.0)
    )
    with pytest.raises(InputError, match=r"negative costs for unit\(s\) 7"):
        raster_mean(negative, units, CRS, np.array([7]))


def test_podlasie_land_cover_mean_class_per_hexagon(shared_data):
    path = shared_data / "landcover_podlasie" / "podlasie_ccilc.tif"
    if not path.exists():
        pytest.skip("podlasie_ccilc.tif is not present")
    from osgeo import gdal

    ds = gdal.Open(str(path))
    gt = ds.GetGeoTransform()
    values = ds.GetRasterBand(1).ReadAsArray().astype(float)
    lon0, lat1 = gt[0], gt[3]
    lon1, lat0 = lon0 + ds.RasterXSize * gt[1], lat1 + ds.RasterYSize * gt[5]
    ds = None
    crs = laea_for((lon0 + lon1) / 2, (lat0 + lat1) / 2)
    inner = shapely.box(lon0 + 0.05, lat0 + 0.05, lon1 - 0.05, lat1 - 0.05)
    area = transform([inner], WGS84, crs)[0]
    units = build_planning_units(
        area, kind="hexagon", cell_area_km2=25.0, cost=CostSpec.raster_mean(path), crs=crs
    )
    assert len(units) > 300
    assert (units.cost >= 10).all() and (units.cost <= 210).all()
    assert len(np.unique(np.round(units.cost))) > 50  # a real landscape, not a constant
    there = transform(units.geometry, crs, WGS84)
    full = np.flatnonzero(units.area_km2 > 24.9)
    for k in full[np.linspace(0, len(full) - 1, 6).astype(int)]:
        assert units.cost[k] == pytest.approx(_slow_mean(there[k], values, gt), rel=1e-9)


# ---------------------------------------------------------------------------- amounts


def _slow_amounts(units, polygons):
    return np.array([[u.intersection(p).area / 1e6 for p in polygons] for u in units])


def test_amounts_through_pieces_and_chunks_equal_the_reference(monkeypatch):
    rng = np.random.default_rng(21)
    area = shapely.box(0, 0, 120_000, 100_000)
    units = build_planning_units(area, kind="hexagon", cell_area_km2=60.0, crs=CRS).geometry
    big = blob(rng, (60_000.0, 50_000.0), 35_000.0, roughness=0.6, n_vertices=2_000)
    big = big.difference(blob(rng, (60_000.0, 50_000.0), 8_000.0, n_vertices=400))
    multi = shapely.union(
        blob(rng, (20_000.0, 20_000.0), 12_000.0, n_vertices=700),
        blob(rng, (100_000.0, 80_000.0), 9_000.0, n_vertices=300),
    )
    small = blob(rng, (90_000.0, 30_000.0), 10_000.0, n_vertices=40)
    polygons = np.array([big, multi, small], dtype=object)
    assert (shapely.get_num_coordinates(polygons[:2]) > amounts_module.PIECE_VERTICES).all()
    reference = _slow_amounts(units, polygons)
    monkeypatch.setattr(amounts_module, "MAX_PAIRS", 50)  # many chunks
    chunked = overlap_matrix(units, polygons).toarray()
    np.testing.assert_allclose(chunked, reference, rtol=1e-9, atol=1e-9)
    pieces, owner = subdivide(polygons, max_vertices=64)
    assert (shapely.get_num_coordinates(pieces) <= 64).all()
    np.testing.assert_allclose(
        np.bincount(owner, shapely.area(pieces), 3), shapely.area(polygons), rtol=1e-12
    )


def test_boundary_csv_lists_pairs_once_and_exposed_edges_as_self_pairs(tmp_path):
    area = shapely.box(0, 0, 3_000, 2_000)
    units = build_planning_units(area, kind="square", cell_area_km2=1.0, crs=CRS)
    path = write_boundary_csv(units, tmp_path / "bound.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id1,id2,boundary"
    rows = [line.split(",") for line in lines[1:]]
    pairs = [r for r in rows if r[0] != r[1]]
    selfs = {int(r[0]): float(r[2]) for r in rows if r[0] == r[1]}
    assert len(pairs) == 7  # 3 x 2 squares: 4 horizontal + 3 vertical contacts
    assert all(float(r[2]) == pytest.approx(1.0) for r in pairs)
    assert len(selfs) == 6 and sum(selfs.values()) == pytest.approx(10.0)  # outer perimeter
