"""Site layers: WDPA semantics (status, UNESCO-MAB, point circles, parcels, snapshots),
generic layers, the dissolved network; the Ramsar and North Sea files in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely import box

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.sites import (
    MAB_DESIGNATION,
    dissolve_sites,
    is_mab,
    point_circles,
    prepare_sites,
    snapshot,
)
from cms_connectivity_plugin.core.vector import VectorTable

from .test_ranges import message, ogr_table, table, write_shapefile

WGS84 = "EPSG:4326"


def geodesic_km2(geom) -> float:
    """Area on the ellipsoid (pyproj.Geod), independent of any projection."""
    from pyproj import Geod  # after core.crs has pointed pyproj at PROJ's data

    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


def wdpa(rows: list[dict], geoms: list, name: str = "WDPA_poly", fids=None) -> VectorTable:
    """A WDPA-schema table; each row gives the fields that differ from a designated park."""
    base = {
        "WDPAID": 1,
        "NAME": "Park",
        "DESIG_ENG": "National Park",
        "DESIG_TYPE": "National",
        "IUCN_CAT": "II",
        "STATUS": "Designated",
        "STATUS_YR": 2000,
        "ISO3": "AAA",
        "REP_AREA": 0.0,
        "MARINE": "0",
    }
    columns = {key: [row.get(key, value) for row in rows] for key, value in base.items()}
    return table(columns, geoms, name=name, fids=fids)


def squares(n: int, size: float = 0.1) -> list:
    return [box(i, 45, i + size, 45 + size) for i in range(n)]


# --------------------------------------------------------------------------- WDPA


def test_wdpa_status_filter_keeps_designated_inscribed_established():
    statuses = ["Designated", "Inscribed", "Established", "Proposed", "Not Reported", "Adopted"]
    rows = [{"WDPAID": i + 1, "STATUS": s, "NAME": s} for i, s in enumerate(statuses)]
    rows.append({"WDPAID": 7, "STATUS": "designated ", "NAME": "lower case"})
    sites = prepare_sites([wdpa(rows, squares(7))])
    assert list(sites.name) == ["Designated", "Inscribed", "Established", "lower case"]
    assert list(sites.site_id) == ["1", "2", "3", "7"]
    r = sites.report
    assert r.layers == (("WDPA_poly", "wdpa"),)
    assert r.dropped_status == (("Adopted", 1), ("Not Reported", 1), ("Proposed", 1))
    assert r.sites == 4 and r.input_features == 7
    asked = prepare_sites([wdpa(rows, squares(7))], statuses=("Designated", "Proposed"))
    assert list(asked.name) == ["Designated", "Proposed", "lower case"]
    assert "dropped by status (Adopted: 1, Not Reported: 1, Proposed: 1)" in r.lines()[1]


def test_unesco_mab_biosphere_reserves_are_dropped_unless_asked():
    rows = [
        {"WDPAID": 1, "DESIG_ENG": MAB_DESIGNATION, "DESIG_TYPE": "International"},
        {"WDPAID": 2, "DESIG_ENG": "Biosphere Reserve", "DESIG_TYPE": "National"},
        {"WDPAID": 3, "DESIG_ENG": "Biosphere Reserve", "DESIG_TYPE": "International"},
        {"WDPAID": 4},
    ]
    assert MAB_DESIGNATION == "UNESCO-MAB Biosphere Reserve"
    sites = prepare_sites([wdpa(rows, squares(4))])
    assert list(sites.site_id) == ["2", "4"]  # a national "Biosphere Reserve" stays
    assert sites.report.dropped_mab == 2
    assert len(prepare_sites([wdpa(rows, squares(4))], include_mab=True)) == 4
    assert list(is_mab(np.array(["unesco-mab biosphere reserve", "Park"]))) == [True, False]


def test_point_sites_become_circles_of_their_reported_area():
    points = [
        shapely.Point(10, 50),
        shapely.Point(-60, -10),
        shapely.MultiPoint([(20, 0), (21, 0)]),
    ]
    rows = [
        {"WDPAID": 1, "REP_AREA": 100.0},
        {"WDPAID": 2, "REP_AREA": 2500.0},
        {"WDPAID": 3, "REP_AREA": 10.0},
        {"WDPAID": 4, "REP_AREA": 0.0},
        {"WDPAID": 5, "REP_AREA": None},
    ]
    layer = wdpa(rows, points + [shapely.Point(0, 0), shapely.Point(1, 1)], name="WDPA_point")
    sites = prepare_sites([layer])
    assert list(sites.site_id) == ["1", "2", "3"]
    # Areas measured independently on the ellipsoid match REP_AREA.
    measured = [geodesic_km2(g) for g in sites.geometry]
    np.testing.assert_allclose(measured, [100.0, 2500.0, 10.0], rtol=2e-3)
    np.testing.assert_allclose(sites.area_km2, [100.0, 2500.0, 10.0], rtol=1e-6)
    assert shapely.get_num_geometries(sites.geometry[2]) == 2  # 5 km2 around each point
    assert shapely.contains(sites.geometry[0], shapely.Point(10, 50))
    r = sites.report
    assert r.circles == 3 and r.dropped_no_area == 2
    (warning,) = r.warnings
    assert "2 point site(s) with REP_AREA 0 or NULL (feature ids 4, 5)" in warning
    circles = point_circles(np.array([shapely.Point(500000, 5600000)]), [50.0], "EPSG:25832", WGS84)
    assert geodesic_km2(circles[0]) == pytest.approx(50.0, rel=2e-3)


def test_points_without_a_rep_area_field_are_an_error():
    layer = table({"name": ["a"]}, [shapely.Point(0, 0)], name="my points")
    with pytest.raises(InputError) as excinfo:
        prepare_sites([layer])
    text = message(excinfo)
    assert "'my points' has point sites but no REP_AREA field" in text
    assert "polygon boundaries" in text


def test_parcels_sharing_a_wdpaid_are_one_site():
    rows = [{"WDPAID": 9, "NAME": "Two parcels"}, {"WDPAID": 3}, {"WDPAID": 9.0, "NAME": "x"}]
    geoms = [box(0, 0, 1, 1), box(5, 5, 6, 6), box(1, 0, 2, 1)]
    sites = prepare_sites([wdpa(rows, geoms)])
    assert list(sites.site_id) == ["9", "3"]
    assert list(sites.name) == ["Two parcels", "Park"]
    assert shapely.equals(sites.geometry[0], box(0, 0, 2, 1))
    assert sites.report.merged == 1


def test_snapshot_keeps_sites_designated_by_the_year_and_counts_unknown_years():
    rows = [
        {"WDPAID": 1, "STATUS_YR": 1975},
        {"WDPAID": 2, "STATUS_YR": 2010},
        {"WDPAID": 3, "STATUS_YR": 0},
        {"WDPAID": 4, "STATUS_YR": None},
        {"WDPAID": 5, "STATUS_YR": 2011},
    ]
    sites = prepare_sites([wdpa(rows, squares(5))])
    assert list(sites.status_yr) == [1975, 2010, 0, 0, 2011]
    then = snapshot(sites, 2010)
    assert list(then.site_id) == ["1", "2", "3", "4"]
    assert then.report.dropped_after_year == 1 and then.report.unknown_year == 2
    assert then.report.sites == 4 and then.report.year == 2010
    assert "2 site(s) have no status year (0 or NULL) and were kept" in then.report.warnings[-1]
    assert "Snapshot 2010" in then.report.lines()[-1]
    assert list(prepare_sites([wdpa(rows, squares(5))], year=1980).site_id) == ["1", "3", "4"]
    assert len(sites) == 5  # the full table is untouched
    dated = prepare_sites([wdpa(rows[:2], squares(2))])
    with pytest.raises(InputError) as excinfo:
        snapshot(dated, 1960)
    assert "No site had been designated by 1960 (the earliest status year is 1975)" in message(
        excinfo
    )
    with pytest.raises(InputError, match="is not a year"):
        snapshot(dated, "last year")


def test_every_site_filtered_out_names_the_filter():
    proposed = wdpa([{"STATUS": "Proposed"}, {"STATUS": "Proposed", "WDPAID": 2}], squares(2))
    with pytest.raises(InputError) as excinfo:
        prepare_sites([proposed])
    text = message(excinfo)
    assert "All 2 sites were removed by the WDPA status filter" in text
    assert "have Proposed" in text and "Include proposed sites" in text
    mab = wdpa([{"DESIG_ENG": MAB_DESIGNATION, "STATUS": "Designated"}], squares(1))
    with pytest.raises(InputError) as excinfo:
        prepare_sites([mab])
    assert "UNESCO-MAB Biosphere Reserves" in message(excinfo)
    no_area = wdpa([{"REP_AREA": 0.0}], [shapely.Point(0, 0)])
    with pytest.raises(InputError, match="points with REP_AREA 0 or NULL"):
        prepare_sites([no_area])


def test_a_wdpa_kind_needs_the_wdpa_fields():
    layer = table({"name": ["a"]}, squares(1), name="KBA")
    with pytest.raises(InputError) as excinfo:
        prepare_sites([layer], kind="wdpa")
    assert "'KBA' lacks the field(s) WDPAID (WDPAID); STATUS (STATUS)" in message(excinfo)
    with pytest.raises(InputError, match="kind 'ramsar' is unknown"):
        prepare_sites([layer], kind="ramsar")
    # "generic" ignores WDPA semantics even when the fields exist.
    proposed = wdpa([{"STATUS": "Proposed"}], squares(1))
    assert len(prepare_sites([proposed], kind="generic")) == 1


# --------------------------------------------------------------------------- generic layers


def test_generic_layers_take_a_name_field_an_id_field_or_the_feature_id():
    kba = table(
        {"SitRecID": [101, 102], "IntName": ["Lac Bleu", None]}, squares(2), name="KBA", fids=[5, 6]
    )
    sites = prepare_sites([kba])
    assert list(sites.name) == ["Lac Bleu", "102"]
    assert list(sites.site_id) == ["101", "102"]
    drawn = table({"note": ["x", "y"]}, squares(2), name="drawn", fids=[11, 12])
    sites = prepare_sites([drawn])
    assert list(sites.name) == ["11", "12"] and list(sites.site_id) == ["11", "12"]
    assert sites.report.layers == (("drawn", "generic"),)
    both = prepare_sites([kba, drawn])
    assert list(both.source) == ["KBA", "KBA", "drawn", "drawn"]
    with pytest.raises(InputError) as excinfo:
        prepare_sites([drawn], name_field="titre")
    text = message(excinfo)
    assert "'drawn' has no field 'titre'" in text and "(its fields: note)" in text


def test_layer_checks_no_crs_empty_wrong_geometry():
    with pytest.raises(InputError) as excinfo:
        prepare_sites([table({"name": ["a"]}, squares(1), name="sans SCR", crs=None)])
    assert "'sans SCR' has no coordinate reference system" in message(excinfo)
    with pytest.raises(InputError) as excinfo:
        prepare_sites([table({"name": []}, [], name="vide")])
    assert "'vide' has no features" in message(excinfo)
    lines = table({"name": ["a"]}, [shapely.LineString([(0, 0), (1, 1)])], name="rivers")
    with pytest.raises(InputError) as excinfo:
        prepare_sites([lines])
    assert "'rivers' has LineString geometry (feature 1)" in message(excinfo)
    with pytest.raises(InputError, match="No site layer"):
        prepare_sites([])


def test_invalid_and_missing_geometries():
    bowtie = shapely.Polygon([(0, 40), (2, 42), (2, 40), (0, 42)])
    layer = table({"name": ["bow", "none"]}, [bowtie, None], name="sites", fids=[1, 2])
    sites = prepare_sites([layer])
    assert sites.report.repaired == 1 and sites.report.dropped_empty == 1
    assert shapely.is_valid(sites.geometry).all()
    assert "without geometry (feature ids 2)" in sites.report.warnings[0]
    assert not shapely.is_valid(layer.geometry[0])  # input untouched


def test_dissolve_merges_overlaps_and_keeps_the_site_table():
    layer = table(
        {"name": ["A", "B", "C", "D"]},
        [box(0, 0, 2, 2), box(1, 1, 3, 3), box(10, 10, 11, 11), box(3, 3, 4, 4)],
        name="sites",
        crs="EPSG:3035",
    )
    sites = prepare_sites([layer])
    network = dissolve_sites(sites)
    assert len(sites) == 4 and len(network) == 3  # D only touches B at a corner
    by_ids = dict(zip(network.site_ids, network.n_sites))
    assert by_ids == {"1;2": 2, "3": 1, "4": 1}
    assert network.area_km2.sum() == pytest.approx(9e-6, rel=1e-6)  # m2: A u B is 7
    assert sites.area_km2.sum() == pytest.approx(10e-6, rel=1e-6)  # overlaps counted twice
    assert list(network.columns()) == ["part_id", "area_km2", "n_sites", "site_ids"]


def test_non_ascii_names_and_paths(tmp_path):
    folder = tmp_path / "заповідники é"
    folder.mkdir()
    path = folder / "сайти.shp"
    names = ["Шацький національний парк", "Réserve du Lac"]
    write_shapefile(path, {"NAME": names, "site_id": [1, 2]}, squares(2))
    sites = prepare_sites([ogr_table(path)])
    assert list(sites.name) == names and list(sites.source) == ["сайти", "сайти"]


# --------------------------------------------------------------------------- real files


def _ramsar(shared_data: Path) -> list[VectorTable]:
    paths = sorted((shared_data / "ramsar_ukraine").glob("*.shp"))
    if len(paths) != 7:
        pytest.skip("the 7 Ramsar shapefiles are not present")
    return [ogr_table(p) for p in paths]


def test_ramsar_sites_of_ukraine(shared_data):
    tables = _ramsar(shared_data)
    assert sum(len(t) for t in tables) == 11
    sites = prepare_sites(tables)
    r = sites.report
    assert (r.input_features, r.sites, r.merged, r.repaired) == (11, 7, 4, 1)
    assert set(sites.site_id) == {"1402", "2272", "2273", "2274", "2275", "2281", "2282"}
    assert all(layer == "generic" for _, layer in r.layers)
    named = dict(zip(sites.site_id, sites.name))
    assert named["1402"] == "Perebrody Peatlands"  # ramsar_id 1402.0 (Real) reads as "1402"
    assert shapely.is_valid(sites.geometry).all()
    # Areas agree with geodesic areas of the (repaired, merged) polygons.
    geodesic = np.array([geodesic_km2(g) for g in sites.geometry])
    np.testing.assert_allclose(sites.area_km2, geodesic, rtol=2e-3)
    # 2282's own area_n field is in hectares.
    area_n = tables[-1].columns["area_n"][0]
    assert named["2282"].startswith("Archipelago")
    assert sites.area_km2[list(sites.site_id).index("2282")] == pytest.approx(
        area_n / 100, rel=0.01
    )
    ukrainian = prepare_sites(tables, name_field="name_uk")
    assert dict(zip(ukrainian.site_id, ukrainian.name))["1402"] == (
        "Торфово-болотний масив Переброди"
    )
    network = dissolve_sites(sites)
    assert network.n_sites.max() == 1  # the seven sites do not overlap
    assert network.area_km2.sum() == pytest.approx(sites.area_km2.sum(), rel=1e-6)


def test_north_sea_marine_reserves_and_their_snapshots(shared_data):
    path = shared_data / "north_sea_mpas" / "MPA_NorthSea_Shapes.shp"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    layer = ogr_table(path)
    assert layer.crs == "EPSG:25832"
    sites = prepare_sites([layer])
    assert sites.report.layers == (("MPA_NorthSea_Shapes", "generic"),)  # STATUS is 1, not WDPA
    assert list(sites.name) == [
        "Borkum Riff",
        "Sylter Außenriff - Östliche Deutsche Bucht",
        "Borkum Riffgrund",
        "Doggerbank",
    ]
    assert list(sites.status_yr) == [2010, 2017, 2017, 2017]  # JAHR
    assert list(sites.site_id)[0] == "555514026"  # CDDA_CODE
    # Equal-area areas match the layer's own Shape_Area (UTM, m2) to within UTM's scale error.
    shape_area = np.array(layer.columns["Shape_Area"], dtype=float) / 1e6
    np.testing.assert_allclose(sites.area_km2, shape_area, rtol=3e-3)
    assert list(snapshot(sites, 2015).name) == ["Borkum Riff"]
    assert len(snapshot(sites, 2017)) == 4
    in_wgs84 = prepare_sites([layer], crs=WGS84, year=2020)
    minx, miny, maxx, maxy = shapely.total_bounds(in_wgs84.geometry)
    assert 3 < minx < maxx < 9 and 53 < miny < maxy < 56
    np.testing.assert_allclose(in_wgs84.area_km2, sites.area_km2, rtol=1e-6)
    back = transform(in_wgs84.geometry, WGS84, "EPSG:25832")
    assert shapely.hausdorff_distance(back[0], layer.geometry[0]) < 0.01
