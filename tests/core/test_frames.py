"""``core.frames``: GeoDataFrames in and out of the same core functions.

Every result is compared with the core function called directly on the same arrays (the
amounts bit for bit), so a second code path behind the GeoDataFrame API would show.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest
import shapely

gpd = pytest.importorskip("geopandas")
pd = pytest.importorskip("pandas")
dask_geopandas = pytest.importorskip("dask_geopandas")

from cms_connectivity_plugin.core import frames  # noqa: E402
from cms_connectivity_plugin.core.amounts import overlap_matrix  # noqa: E402
from cms_connectivity_plugin.core.connectivity.graph import GraphParams  # noqa: E402
from cms_connectivity_plugin.core.connectivity.indices import analyse_sites  # noqa: E402
from cms_connectivity_plugin.core.errors import InputError  # noqa: E402
from cms_connectivity_plugin.core.plan import (  # noqa: E402
    STATUS_LOCKED,
    STATUS_NOT_SELECTED,
    STATUS_SELECTED,
    PlanSettings,
    plan_network,
    solver_summary,
)
from cms_connectivity_plugin.core.vector import VectorTable  # noqa: E402

from .test_cluster import assert_same_matrix, hexagons_and_ranges  # noqa: E402
from .test_plan import (  # noqa: E402
    CRS,
    KM,
    TINY_COST,
    TINY_RANGES,
    TINY_SEASON,
    TINY_SPECIES,
    row_units,
)


@pytest.fixture(scope="module")
def hexagons():
    """About 1,200 hexagons over 200 x 200 km (ids from 100) and six ranges, some of
    1,500 vertices (cut into pieces), one a multipolygon, one a strip, one empty."""
    units, ranges = hexagons_and_ranges()
    unit_frame = gpd.GeoDataFrame(
        {"unit_id": np.arange(100, 100 + len(units)), "cost": np.ones(len(units))},
        geometry=units,
        crs=CRS,
    )
    range_frame = gpd.GeoDataFrame(
        {"binomial": ["A", "B", "C", "D", "E", "F"], "seasonal": [1, 2, 3, 2, 4, 1]},
        geometry=ranges,
        crs=CRS,
    )
    return unit_frame, range_frame, overlap_matrix(units, ranges)


# --------------------------------------------------------------------------------------------
# VectorTable <-> GeoDataFrame
# --------------------------------------------------------------------------------------------


def test_round_trip_keeps_geometry_attributes_ids_and_crs():
    geometry = np.array(
        [
            shapely.box(0, 0, 1000, 1000),
            shapely.MultiPolygon([shapely.box(2000, 0, 3000, 500), shapely.box(4000, 0, 5000, 1)]),
            None,
        ],
        dtype=object,
    )
    table = VectorTable(
        "sites",
        {"name": ["a", None, "c"], "area": [1.5, 2.0, None], "n": [1, 2, 3]},
        geometry,
        "EPSG:3035",
        np.array([7, 9, 11]),
    )
    frame = frames.to_frame(table)
    assert frame.crs.to_epsg() == 3035 and frame.attrs["name"] == "sites"
    assert frame.index.tolist() == [7, 9, 11] and frame.index.name == "fid"
    assert frame["name"].tolist()[0] == "a" and frame["n"].tolist() == [1, 2, 3]
    back = frames.to_table(frame)
    assert back.name == "sites" and back.crs == "EPSG:3035"
    assert back.ids.tolist() == [7, 9, 11]
    assert back.columns == {"name": ["a", None, "c"], "area": [1.5, 2.0, None], "n": [1, 2, 3]}
    assert shapely.to_wkb(back.geometry[:2]).tolist() == shapely.to_wkb(geometry[:2]).tolist()
    assert back.geometry[2] is None


def test_to_table_leaves_the_frame_alone_and_carries_a_custom_crs():
    frame = gpd.GeoDataFrame(
        {"v": [1.0, np.nan]}, geometry=[shapely.box(0, 0, 1, 1)] * 2, crs=CRS, index=[5, 6]
    )
    frame.attrs["name"] = "mine"
    before = frame.copy()
    table = frames.to_table(frame)
    assert table.name == "mine" and table.columns == {"v": [1.0, None]}
    assert table.ids.tolist() == [5, 6]
    assert frames.CRS.from_user_input(table.crs) == frames.CRS.from_user_input(CRS)
    pd.testing.assert_frame_equal(frame, before)
    assert frames.to_frame(table).crs == frame.crs


# --------------------------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------------------------


def test_amounts_equal_overlap_matrix_bit_for_bit(hexagons):
    units, ranges, want = hexagons
    found = frames.amounts(
        units, ranges, unit_id="unit_id", feature_fields=["binomial", "seasonal"], crs=units.crs
    )
    assert want.nnz > 500
    assert_same_matrix(found.matrix, want)
    table = found.table
    assert list(table.columns) == list(frames.AMOUNT_COLUMNS) and len(table) == want.nnz
    coo = want.tocoo()
    assert np.array_equal(np.sort(table["amount_km2"].to_numpy()), np.sort(coo.data))
    assert table["feature"].iloc[0] == "A | 1" and set(table["feature_index"]) <= set(range(6))
    assert table["unit_id"].min() >= 100
    assert_same_matrix(frames.amounts_matrix(table, units["unit_id"], len(ranges)), want)
    # Ranges in another CRS are reprojected to the units' as the algorithm does.
    in_degrees = frames.amounts(units, ranges.to_crs("EPSG:4326"), crs=units.crs)
    np.testing.assert_allclose(in_degrees.matrix.toarray(), want.toarray(), rtol=1e-6, atol=1e-6)
    # Default CRS: Lambert azimuthal equal-area centred on the units, as the algorithm.
    assert "+proj=laea" in frames.amounts(units.iloc[:50], ranges).crs


def test_amounts_partitioned_equal_overlap_matrix_and_stream_to_parquet(hexagons, tmp_path):
    units, ranges, want = hexagons
    parts = dask_geopandas.from_geopandas(units, npartitions=3)
    lazy = frames.amounts_partitioned(parts, ranges, feature_fields=["binomial"])
    assert lazy.npartitions == 3
    for scheduler in ("synchronous", "threads"):
        got = lazy.compute(scheduler=scheduler)
        assert_same_matrix(frames.amounts_matrix(got, units["unit_id"], len(ranges)), want)
    # The documented route for large inputs: units saved in Hilbert order, read back lazily,
    # amounts streamed partition by partition to Parquet and read back.
    sorted_parts = parts.spatial_shuffle(by="hilbert", npartitions=3)
    sorted_parts.to_parquet(tmp_path / "units")
    stored = dask_geopandas.read_parquet(tmp_path / "units")
    assert stored.npartitions == 3
    import dask

    with dask.config.set(scheduler="synchronous"):
        written = frames.amounts_to_parquet(
            stored, ranges, tmp_path / "amounts", feature_fields=["binomial"]
        )
    assert written == tmp_path / "amounts"
    back = pd.read_parquet(tmp_path / "amounts")
    assert set(back.columns) >= set(frames.AMOUNT_COLUMNS) and len(back) == want.nnz
    assert back["feature"].iloc[0] in set("ABCDEF")
    assert_same_matrix(frames.amounts_matrix(back, units["unit_id"], len(ranges)), want)


def test_amounts_to_parquet_is_all_or_nothing(hexagons, tmp_path):
    """A partition that fails (a point among the units of the last one) leaves the previous
    dataset as it was and no staging folder behind."""
    import dask

    units, ranges, _ = hexagons
    bad = units.copy()
    bad.loc[bad.index[-1], "geometry"] = shapely.Point(0, 0)
    target = tmp_path / "amounts"
    target.mkdir()
    (target / "part.0.parquet").write_bytes(b"previous run")
    with dask.config.set(scheduler="synchronous"), pytest.raises(InputError, match="olygon"):
        frames.amounts_to_parquet(dask_geopandas.from_geopandas(bad, npartitions=3), ranges, target)
    assert [p.name for p in tmp_path.iterdir()] == ["amounts"]
    assert (target / "part.0.parquet").read_bytes() == b"previous run"
    with dask.config.set(scheduler="synchronous"):
        frames.amounts_to_parquet(
            dask_geopandas.from_geopandas(units, npartitions=3), ranges, target
        )
    assert [p.name for p in tmp_path.iterdir()] == ["amounts"]
    assert len(pd.read_parquet(target)) > 0
    with pytest.raises(InputError, match="does not exist"):
        frames.amounts_to_parquet(
            dask_geopandas.from_geopandas(units, npartitions=1), ranges, tmp_path / "no" / "x"
        )


def test_amounts_partitioned_on_a_local_cluster(hexagons):
    distributed = pytest.importorskip("distributed")
    units, ranges, want = hexagons
    lazy = frames.amounts_partitioned(
        dask_geopandas.from_geopandas(units, npartitions=3), ranges, feature_fields=["binomial"]
    )
    local = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        with distributed.Client(local, set_as_default=False) as client:
            got = client.compute(lazy).result()
    finally:
        local.close()
    assert_same_matrix(frames.amounts_matrix(got, units["unit_id"], len(ranges)), want)


# --------------------------------------------------------------------------------------------
# Plan and site importance
# --------------------------------------------------------------------------------------------


def test_plan_through_frames_agrees_with_plan_network():
    units = gpd.GeoDataFrame(
        {"unit_id": [11, 12, 13, 14], "cost": TINY_COST, "status": ["x"] * 4},
        geometry=row_units(4),
        crs=CRS,
    )
    ranges = gpd.GeoDataFrame(
        {"binomial": TINY_SPECIES, "seasonal": TINY_SEASON}, geometry=TINY_RANGES, crs=CRS
    )
    settings = PlanSettings(target_percent=50.0, mip_gap=0.0)
    found = frames.plan(units, ranges, settings)
    direct = plan_network(
        row_units(4),
        [11, 12, 13, 14],
        TINY_COST,
        None,
        TINY_SPECIES,
        TINY_SEASON,
        TINY_RANGES,
        CRS,
        settings,
    )
    # The hand-worked optimum of tests/core/test_plan.py, and the same answer as the core.
    assert found.units["selected"].tolist() == [0, 1, 1, 0] == direct.selected.astype(int).tolist()
    assert found.units["status"].tolist() == [
        STATUS_NOT_SELECTED,
        STATUS_SELECTED,
        STATUS_SELECTED,
        STATUS_NOT_SELECTED,
    ]
    assert found.units["locked_in"].tolist() == [0, 0, 0, 0]
    assert found.result.problem.unit_ids == [11, 12, 13, 14]
    summary, want = dict(found.summary), solver_summary(direct)
    summary.pop("runtime_s"), want.pop("runtime_s")
    assert summary == want and summary["cost"] == pytest.approx(7.0)
    assert found.targets["target_km2"].tolist() == [r.target_km2 for r in direct.features]
    assert found.targets["met"].all()
    assert units["status"].tolist() == ["x"] * 4 and "selected" not in units  # input untouched


def test_plan_reads_locks_and_the_processing_defaults():
    units = gpd.GeoDataFrame(
        {"cost": TINY_COST, "Locked_In": [0, 0, 0, 1]}, geometry=row_units(4), crs=CRS
    )
    ranges = gpd.GeoDataFrame(
        {"species": TINY_SPECIES, "season": ["breeding", "non-breeding"]},
        geometry=TINY_RANGES,
        crs=CRS,
    )
    found = frames.plan(units, ranges, PlanSettings(target_percent=50.0, mip_gap=0.0))
    assert found.units["status"].iloc[3] == STATUS_LOCKED  # unit 3 locked in, counts for B
    assert found.units["selected"].tolist() == [0, 1, 0, 1]
    assert "locked_in" not in found.units  # it has its own (Locked_In)
    assert frames.PLAN_DEFAULTS.blm == 0.5 and frames.PLAN_DEFAULTS.edge_factor == 0.5


def test_site_importance_through_frames_agrees_with_analyse_sites():
    # Two 1 km2 sites 4 km apart and one 200 km away; an old dPC column is replaced.
    boxes = [
        shapely.box(0, 0, KM, KM),
        shapely.box(5 * KM, 0, 6 * KM, KM),
        shapely.box(200 * KM, 0, 201 * KM, 2 * KM),
    ]
    sites = gpd.GeoDataFrame(
        {"name": ["a", "b", "c"], "dPC": [0.0] * 3}, geometry=boxes, crs=CRS, index=[3, 4, 5]
    )
    out, result = frames.site_importance(sites, dispersal_km=10.0, crs=sites.crs)
    want_result, want = analyse_sites(
        frames.to_table(sites), GraphParams(d=10_000.0), crs=frames._crs_text(sites.crs)
    )
    assert out.index.tolist() == [3, 4, 5] and out["name"].tolist() == ["a", "b", "c"]
    for name, values in want.items():
        np.testing.assert_array_equal(out[name].to_numpy(), values)
    assert result.overall == want_result.overall
    assert list(out.columns).count("dPC") == 1 and sites["dPC"].tolist() == [0.0] * 3
    assert out["component"].tolist()[:2] == [1, 1] and out["component"].iloc[2] != 1
    assert out["dA"].to_numpy() == pytest.approx([25.0, 25.0, 50.0])


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


def test_bad_inputs_get_the_cores_messages(hexagons):
    units, ranges, _ = hexagons
    no_crs = units.iloc[:5].set_crs(None, allow_override=True)
    with pytest.raises(InputError, match="has no coordinate reference system"):
        frames.amounts(no_crs, ranges)
    with pytest.raises(InputError, match="is geographic"):
        frames.amounts(units.iloc[:5], ranges, crs="EPSG:4326")
    with pytest.raises(InputError, match="has no field 'code': choose one of unit_id, cost"):
        frames.amounts(units.iloc[:5], ranges, unit_id="code", crs=units.crs)
    with pytest.raises(InputError, match="'units' has no features"):
        frames.amounts(units.iloc[:0], ranges)
    twice = units.iloc[:3].assign(unit_id=[1, 1, 2])
    with pytest.raises(InputError, match="has duplicates"):
        frames.amounts(twice, ranges, unit_id="unit_id", crs=units.crs)
    with pytest.raises(InputError, match="not a GeoDataFrame"):
        frames.amounts(pd.DataFrame({"a": [1]}), ranges)
    with pytest.raises(InputError, match="has no field 'price'"):
        frames.plan(units.iloc[:5], ranges, cost="price")
    with pytest.raises(InputError, match="no species field"):
        frames.plan(units.iloc[:5], ranges.rename(columns={"binomial": "taxon"}))
    parts = dask_geopandas.from_geopandas(units.iloc[:20], npartitions=2)
    with pytest.raises(InputError, match="is geographic"):
        frames.amounts_partitioned(parts.to_crs("EPSG:4326"), ranges)
    with pytest.raises(InputError, match="has no coordinate reference system"):
        frames.amounts_partitioned(dask_geopandas.from_geopandas(no_crs, npartitions=1), ranges)
    with pytest.raises(InputError, match="has no field 'id'"):
        frames.amounts_partitioned(parts, ranges, unit_id="id")
    with pytest.raises(InputError, match="not a dask-geopandas GeoDataFrame"):
        frames.amounts_partitioned(units, ranges)


def test_a_missing_geopandas_is_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "geopandas", None)  # import geopandas -> ImportError
    with pytest.raises(InputError, match="need the Python package geopandas"):
        frames.to_table(object())


def test_geopandas_stays_out_of_qgis_and_brings_no_second_geos_proj_or_gdal(tmp_path):
    """The plugin's modules import no geopandas; when a user does, every GEOS, PROJ and GDAL
    mapped into the process is the system's one (QGIS's), never a wheel's own copy."""
    code = f"""
        import sys
        try:
            import qgis.core  # noqa: F401  (QGIS's GDAL, GEOS and PROJ first, as in QGIS)
        except ImportError:
            pass
        import cms_connectivity_plugin.core.frames  # noqa: F401
        try:
            import cms_connectivity_plugin.plugin  # noqa: F401  (needs QGIS)
        except ImportError:
            pass
        assert "geopandas" not in sys.modules and "dask_geopandas" not in sys.modules
        import geopandas, shapely, dask_geopandas, pyarrow  # noqa: F401
        frame = geopandas.GeoDataFrame(
            {{"a": [1]}}, geometry=[shapely.box(0, 0, 1, 1)], crs="EPSG:3035"
        )
        frame.to_parquet({str(tmp_path / "f.parquet")!r})
        assert geopandas.read_parquet({str(tmp_path / "f.parquet")!r}).crs.to_epsg() == 3035
        libs = {{line.split()[-1] for line in open("/proc/self/maps")
                 if any(k in line for k in ("libgeos_c", "libproj", "libgdal"))}}
        for key in ("libgeos_c", "libproj", "libgdal"):
            found = sorted(p for p in libs if key in p)
            assert len(found) <= 1, found
            assert all(p.startswith("/usr/lib") for p in found), found
        assert any("libgeos_c" in p for p in libs) and any("libproj" in p for p in libs)
        """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
