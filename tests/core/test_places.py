"""Places across designations: records of several site layers matched into places, with
overlaps we know exactly (squares in metres, EPSG:3035), and the real Ramsar and North Sea
layers when ``../shared/data`` is present."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely import box

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.places import (
    RAMSAR_SITE,
    ROW_COLUMNS,
    add_roles,
    classify,
    match_places,
    name_similarity,
    parse_flags,
    places_rows,
)
from cms_connectivity_plugin.core.vector import VectorTable

from .test_ranges import ogr_table

LAEA = "EPSG:3035"
KM = 1000.0


def layer(name: str, columns: dict, geoms: list, crs: str = LAEA) -> VectorTable:
    return VectorTable(name, columns, np.array(geoms, dtype=object), crs)


def square(x0: float, y0: float, x1: float, y1: float):
    return box(x0 * KM, y0 * KM, x1 * KM, y1 * KM)


def four_layers() -> list[VectorTable]:
    """A national park (10 x 10 km), a Ramsar Site on 90 % of it, a Natura 2000 site equal
    to it and a neighbouring KBA of the same size overlapping 20 % of it."""
    park = layer(
        "wdpa",
        {
            "WDPAID": [555],
            "NAME": ["Lake Foo"],
            "DESIG_ENG": ["National Park"],
            "DESIG_TYPE": ["National"],
            "STATUS_YR": [1990],
        },
        [square(0, 0, 10, 10)],
    )
    ramsar = layer(
        "ramsar_sites", {"ramsar_id": [1402.0], "name_en": ["Lake Foo Wetlands"]},
        [square(0, 0, 10, 9)],
    )  # fmt: skip
    natura = layer(
        "natura2000",
        {"SITECODE": ["DE1234"], "SITENAME": ["Lake Foo"], "SITETYPE": ["C"], "YEAR": ["2004"]},
        [square(0, 0, 10, 10)],
    )
    kba = layer("kba", {"SitRecID": [77], "IntName": ["Bar Hills"]}, [square(8, 0, 18, 10)])
    return [park, ramsar, natura, kba]


def test_a_park_a_ramsar_site_and_a_natura_site_are_one_place():
    places = match_places(four_layers(), flags="Montreux Record=1402; In Danger=Nowhere")
    assert len(places) == 2
    cols = places.columns()
    assert list(cols["place_id"]) == [1, 2]
    assert cols["name"][0] == "Lake Foo"
    assert cols["n_designations"][0] == 3
    assert cols["designations"][0] == (
        "National Park (national, 1990); Natura 2000 SPA and SCI/SAC (regional, 2004); "
        f"{RAMSAR_SITE} (international)"
    )
    assert cols["conventions"][0] == (
        "National designation; Natura 2000 (EU Birds and Habitats Directives); "
        "Ramsar Convention on Wetlands"
    )
    assert cols["designation_types"][0] == "national, regional, international"
    assert cols["first_year"][0] == 1990 and cols["first_year"][1] == 0
    assert cols["area_km2"][0] == pytest.approx(100.0)
    assert "Lake Foo Wetlands: 90 %" in cols["shares"][0]
    # The KBA overlaps 20 % of the place, and the place 20 % of the KBA.
    assert cols["overlaps"][0] == "Bar Hills (Key Biodiversity Area; place 2): 20 %"
    assert "Lake Foo (National Park; place 1): 20 %" in cols["overlaps"][1]
    assert cols["designations"][1] == "Key Biodiversity Area (not a legal designation)"
    assert list(cols["flags"]) == ["Montreux Record", ""]
    assert cols["record_ids"][0] == "wdpa:555; natura2000:DE1234; ramsar_sites:1402"


def test_rows_per_place_and_designation():
    places = match_places(four_layers())
    rows = places_rows(places)
    assert len(rows) == 4 and all(tuple(row) == ROW_COLUMNS for row in rows)
    ramsar = next(row for row in rows if row["source_layer"] == "ramsar_sites")
    assert ramsar["place_id"] == 1 and ramsar["place_name"] == "Lake Foo"
    assert ramsar["record_id"] == "1402" and ramsar["year"] is None
    assert ramsar["designation_type"] == "International"
    assert ramsar["area_km2"] == pytest.approx(90.0)
    assert ramsar["share_of_place"] == pytest.approx(0.9)


def test_threshold_decides_and_partial_overlaps_are_listed():
    park, _, natura, kba = four_layers()
    shifted = layer(
        "ramsar_sites", {"ramsar_id": [1402], "name_en": ["Lake Foo"]}, [square(0, 1, 10, 11)]
    )
    # The shifted Ramsar Site shares 90 % of its area with the park: above 0.5 it joins,
    # above 0.95 it is its own place, listed as overlapping.
    assert len(match_places([park, shifted, natura, kba])) == 2
    places = match_places([park, shifted, natura, kba], threshold=0.95)
    cols = places.columns()
    assert len(places) == 3
    assert cols["n_designations"][0] == 2
    assert f"Lake Foo ({RAMSAR_SITE}; place 2): 90 %" in cols["overlaps"][0]
    # A site inside a larger one is the same place: the share is of the smaller record.
    assert len(match_places(four_layers(), threshold=1.0)) == 2
    with pytest.raises(InputError, match="threshold"):
        match_places(four_layers(), threshold=0)


def test_name_breaks_the_tie_when_one_kba_covers_two_parks():
    parks = layer(
        "parks",
        {"NAME": ["Alpha Marsh", "Beta Forest"], "DESIG": ["National Park", "National Park"]},
        [square(0, 0, 4, 4), square(6, 0, 10, 4)],
    )
    kba = layer("kba", {"NAME": ["Beta Forest and Marshes"]}, [square(-1, -1, 11, 5)])
    places = match_places([parks, kba])
    cols = places.columns()
    assert len(places) == 2
    assert cols["name"][0] == "Alpha Marsh" and cols["n_designations"][0] == 1
    assert cols["n_designations"][1] == 2  # Beta Forest and its KBA
    assert "Beta Forest and Marshes (Key Biodiversity Area; place 2): 100 %" in cols["overlaps"][0]
    assert name_similarity("Beta Forest", "beta-forest!") == 1.0


def test_one_wdpa_layer_with_two_designations_of_the_same_place():
    wdpa = layer(
        "WDPA_Jun2026",
        {
            "WDPAID": [1, 2, 3],
            "NAME": ["Foo", "Foo", "Other"],
            "DESIG_ENG": [RAMSAR_SITE, "National Park", "National Park"],
            "DESIG_TYPE": ["International", "National", "National"],
            "STATUS_YR": [2002, 1990, 0],
            "INT_CRIT": ["(i)(ii)", "Not Applicable", "Not Applicable"],
        },
        [square(0, 0, 10, 10), square(0, 0, 10, 10), square(9, 0, 19, 10)],
    )
    cols = match_places([wdpa]).columns()
    # Two national parks overlapping 10 % stay two places (same layer and designation).
    assert list(cols["n_designations"]) == [2, 1]
    assert cols["designations"][0] == (
        f"National Park (national, 1990); {RAMSAR_SITE} (international, 2002)"
    )
    assert cols["overlaps"][1].endswith(": 10 %")


def test_mixed_crss_are_reprojected_and_said():
    park = four_layers()[0]
    geographic = transform(park.geometry, LAEA, "EPSG:4326")
    ramsar = layer(
        "Ramsar", {"name_en": ["Lake Foo"]}, [shapely.buffer(geographic[0], -0.001)], "EPSG:4326"
    )
    places = match_places([park, ramsar])
    assert len(places) == 1 and places.columns()["n_designations"][0] == 2
    assert any("different CRSs" in note for note in places.notes)
    assert places.area_km2[0] == pytest.approx(100.0, rel=1e-3)


def test_points_join_the_polygon_they_fall_in():
    park = four_layers()[0]
    eaafp = layer(
        "EAAFP flyway network sites",
        {"SITE_NAME": ["Lake Foo", "Far Away"]},
        [shapely.Point(5 * KM, 5 * KM), shapely.Point(50 * KM, 50 * KM)],
    )
    cols = match_places([park, eaafp]).columns()
    assert list(cols["n_designations"]) == [2, 1]
    assert "East Asian-Australasian Flyway Partnership (EAAFP)" in cols["conventions"][0]


def test_designations_are_classified_by_convention_and_type():
    assert classify("Ramsar Site, Wetland of International Importance") == (
        "ramsar",
        "International",
    )
    assert classify("World Heritage Site (natural or mixed)") == ("whc", "International")
    assert classify("UNESCO-MAB Biosphere Reserve") == ("mab", "International")
    assert classify("Biosphaerenreservat", "National") == ("national", "National")
    assert classify("Site of Community Importance (Habitats Directive)") == (
        "natura2000",
        "Regional",
    )
    assert classify("Baltic Sea Protected Area (HELCOM)") == ("helcom", "Regional")
    assert classify("Naturschutzgebiet") == ("national", "National")
    assert classify("Spain's SPAin") == ("national", "National")  # no partial-word matches


def test_designation_falls_back_to_the_layer_name_with_a_note():
    t = layer("Reserves of Somewhere", {"NAME": ["A"]}, [square(0, 0, 1, 1)])
    places = match_places([t])
    assert places.columns()["designations"][0] == "Reserves of Somewhere (national)"
    assert any("Reserves of Somewhere" in note and "DESIG_ENG" in note for note in places.notes)
    named = match_places([t], designation_field="NAME")
    assert named.columns()["designations"][0] == "A (national)"


def test_bad_inputs_name_the_layer_and_the_fields():
    nameless = layer("my sites", {"area": [1.0]}, [square(0, 0, 1, 1)])
    with pytest.raises(InputError) as err:
        match_places([nameless])
    text = str(err.value)
    assert "'my sites'" in text and "NAME" in text and "WDPAID" in text
    twice = layer(
        "wdpa",
        {"WDPAID": [7, 7], "NAME": ["A", "B"], "DESIG_ENG": ["NP", "NP"]},
        [square(0, 0, 1, 1), square(2, 0, 3, 1)],
    )
    with pytest.raises(
        InputError, match=r"'wdpa' has the id 7 more than once in its field 'WDPAID'"
    ):
        match_places([twice])
    with pytest.raises(InputError, match="'DESIG_X' is in none of the site layers"):
        match_places(four_layers(), designation_field="DESIG_X")
    with pytest.raises(InputError, match="Choose at least one"):
        match_places([])
    lines = layer("roads", {"NAME": ["A"]}, [shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(InputError, match="'roads' has LineString geometry"):
        match_places([lines])
    with pytest.raises(InputError, match="Montreux Record=1402"):
        parse_flags("Montreux Record 1402")


def test_parcels_sharing_an_id_are_one_record():
    parcels = layer(
        "wdpa",
        {"WDPAID": [7, 7], "NAME": ["A", "A"], "DESIG_ENG": ["NP", "NP"]},
        [square(0, 0, 1, 1), square(2, 0, 3, 1)],
    )
    places = match_places([parcels])
    assert len(places) == 1 and places.area_km2[0] == pytest.approx(2.0)


def test_flags_match_ids_and_names():
    flags = parse_flags("Montreux Record=1402, 2273\nWorld Heritage in Danger=lake foo")
    assert flags == {"Montreux Record": ["1402", "2273"], "World Heritage in Danger": ["lake foo"]}
    cols = match_places(four_layers(), flags=flags).columns()
    assert cols["flags"][0] == "Montreux Record; World Heritage in Danger"


def test_role_in_the_network():
    places = match_places(four_layers())
    plan = layer(
        "planning_units",
        {"selected": [1, 0, 0], "locked_in": [0, 0, 1]},
        [square(0, 0, 10, 6), square(10, 0, 20, 10), square(0, 6, 10, 10)],
    )
    ranges = layer(
        "ranges",
        {"species": ["Ciconia ciconia", "Grus grus", "Anser anser"], "seasonal": [2, 3, 1]},
        [square(0, 0, 3, 3), square(15, 0, 16, 1), square(100, 100, 101, 101)],
    )
    dpc = layer("sites", {"dPC": [12.5, 3.0]}, [square(0, 0, 10, 10), square(8, 0, 18, 10)])
    stopovers = layer(
        "flyway_nodes", {"critical": [1, 0]}, [shapely.Point(KM, KM), shapely.Point(15 * KM, KM)]
    )
    tfca = layer("tfca", {"tfca_id": [3]}, [square(-5, -5, 12, 12)])
    cols = add_roles(
        places, plan=plan, features=ranges, dpc=dpc, stopovers=stopovers, tfca=tfca
    ).columns()
    assert list(cols["network_share"]) == pytest.approx([1.0, 0.2])
    assert list(cols["locked_share"]) == pytest.approx([0.4, 0.08])
    assert list(cols["network_status"]) == ["selected", "partly selected"]
    assert list(cols["species_seasons"]) == [
        "Ciconia ciconia (breeding)",
        "Grus grus (non-breeding)",
    ]
    assert list(cols["n_species"]) == [1, 1]
    assert list(cols["dpc_max"]) == [12.5, 3.0]
    assert list(cols["critical_stopover"]) == [1, 0]
    assert list(cols["tfca_ids"]) == ["3", ""]
    with pytest.raises(InputError, match="'ranges' has no field 'selected'"):
        add_roles(places, plan=ranges)
    with pytest.raises(InputError, match="'plan' has no field 'dPC'"):
        add_roles(places, dpc=layer("plan", {"x": [1]}, [square(0, 0, 1, 1)]))


# --------------------------------------------------------------------------- real files


def test_ramsar_sites_of_ukraine_and_north_sea_reserves(shared_data: Path):
    ramsar_paths = sorted((shared_data / "ramsar_ukraine").glob("*.shp"))
    mpa_path = shared_data / "north_sea_mpas" / "MPA_NorthSea_Shapes.shp"
    if len(ramsar_paths) != 7 or not mpa_path.exists():
        pytest.skip("the Ramsar shapefiles or the North Sea MPAs are not present")
    ramsar = [ogr_table(p) for p in ramsar_paths]
    mpas = ogr_table(mpa_path)
    assert {t.crs for t in ramsar} == {"EPSG:4326"} and mpas.crs == "EPSG:25832"
    # The same reserves as Natura 2000 sites, in degrees: each reserve is one place with two
    # designations, whatever the CRS.
    natura = VectorTable(
        "natura2000_de",
        {
            "SITECODE": [f"DE{k}" for k in range(len(mpas))],
            "SITENAME": list(mpas.columns[mpas.field("NAME")]),
            "SITETYPE": ["A"] * len(mpas),
        },
        transform(mpas.geometry, mpas.crs, "EPSG:4326"),
        "EPSG:4326",
    )
    places = match_places([*ramsar, mpas, natura], designation_field=None)
    cols = places.columns()
    assert len(places) == 7 + len(mpas)
    assert any("different CRSs" in note for note in places.notes)
    by_name = dict(zip(cols["name"], range(len(places))))
    perebrody = by_name["Perebrody Peatlands"]
    assert cols["n_designations"][perebrody] == 1
    assert cols["conventions"][perebrody] == "Ramsar Convention on Wetlands"
    assert cols["record_ids"][perebrody] == "1402_Perebrody_Peatlands:1402"  # parcels merged
    borkum = by_name["Borkum Riff"]
    assert cols["n_designations"][borkum] == 2
    assert "Natura 2000 Special Protection Area (SPA) (regional)" in cols["designations"][borkum]
    assert cols["first_year"][borkum] == 2010  # JAHR
    assert all(o == "" for o in cols["overlaps"])
    # Areas in one equal-area CRS agree with the sites' own (test_sites checks them against
    # geodesic areas).
    from cms_connectivity_plugin.core.sites import prepare_sites

    sites = prepare_sites(ramsar)
    own = dict(zip(sites.name, sites.area_km2))
    for name in own:
        assert cols["area_km2"][by_name[name]] == pytest.approx(own[name], rel=2e-3)
