"""Countries of every area: units across a border carry their km2 per country, a site's own
ISO3 code wins over coarser borders, units at sea belong to no country (issue "countries of
every area").

Synthetic geography in EPSG:3035 (metres): ESP west of x = X0, PRT east of it, as along the
Limia; a park of 280 km2 straddles the border, 268 km2 in ESP and 12 km2 in PRT, as Baixa
Limia-Xurés does.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import sparse

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.planning_units import (
    SHARES_FIELD,
    apply_site_countries,
    build_planning_units,
    cap_shares,
    format_country_shares,
    outside_countries_messages,
    parse_country_shares,
    site_countries_message,
)
from cms_connectivity_plugin.core.tfca import (
    SOURCE_BORDERS,
    SOURCE_SHARES,
    SOURCE_UNITS,
    find_candidates,
    read_tfca_inputs,
)
from cms_connectivity_plugin.core.vector import VectorTable

LAEA = "EPSG:3035"
X0, Y0 = 3_000_000.0, 2_200_000.0
KM = 1000.0
ESP = shapely.box(X0 - 150 * KM, Y0 - 100 * KM, X0, Y0 + 100 * KM)
PRT = shapely.box(X0, Y0 - 100 * KM, X0 + 150 * KM, Y0 + 100 * KM)
COUNTRIES = np.array([ESP, PRT], dtype=object)
CODES = ("ESP", "PRT")
#: 10 km tall: 26.8 km west of the border (268 km2) and 1.2 km east of it (12 km2).
PARK = shapely.box(X0 - 26.8 * KM, Y0, X0 + 1.2 * KM, Y0 + 10 * KM)


def _areas(text: str) -> dict[str, float]:
    return {code: float(v) for code, v in (item.split(":") for item in text.split(";") if item)}


def _units_table(units, selected, shares: bool = True, name: str = "planning_units"):
    """The planning-unit layer as planningunits + plan write it (selected added by plan)."""
    columns = {
        "unit_id": list(units.unit_id),
        "selected": [int(v) for v in selected],
        "country": list(units.country),
    }
    if shares:
        columns[SHARES_FIELD] = list(
            format_country_shares(units.country_shares, units.country_codes)
        )
    return VectorTable(name, columns, np.asarray(units.geometry, dtype=object), LAEA)


def _ranges(geoms, field: str = "species"):
    n = len(geoms)
    return VectorTable(
        "ranges",
        {field: [f"Species {k}" for k in range(n)], "seasonal": [1] * n},
        np.asarray(geoms, dtype=object),
        LAEA,
    )


def _candidates(inputs, **kwargs):
    return find_candidates(
        inputs.units,
        inputs.chosen,
        inputs.amounts,
        inputs.species,
        country_geometry=inputs.country_geometry,
        feature_geometry=inputs.ranges,
        areas_from_shares=inputs.areas_from_shares,
        dispersal_km=None,
        **kwargs,
    )


def _park_units(iso3: str | None = "ESP;PRT"):
    columns = {"name": ["Baixa Limia-Xurés"]}
    if iso3 is not None:
        columns["ISO3"] = [iso3]  # WDPA's field: both codes for a transboundary site
    parks = VectorTable("wdpa", columns, np.array([PARK], dtype=object), LAEA, np.array([7]))
    return build_planning_units(
        shapely.union_all(COUNTRIES),
        kind="layer",
        layer=parks,
        countries=COUNTRIES,
        country_codes=CODES,
        crs=LAEA,
    )


# -- the shares field ---------------------------------------------------------------------


def test_shares_text_round_trips_within_six_significant_digits():
    rng = np.random.default_rng(3)
    dense = rng.uniform(0.0, 1000.0, (200, 3)) * (rng.uniform(size=(200, 3)) < 0.5)
    dense[5] = 0.0  # a unit at sea
    dense[6] = [1e-4, 0.0, 123456.789]  # a tiny share and a big one
    codes = ("ESP", "FRA", "PRT")
    texts = format_country_shares(sparse.csr_matrix(dense), codes)
    assert texts[5] == ""
    assert texts[6] == "PRT:123456.789;ESP:0.0001"
    back, back_codes = parse_country_shares(texts, "units")
    table = np.zeros_like(dense)
    for k, code in enumerate(back_codes):
        table[:, codes.index(code)] = back[:, k].toarray().ravel()
    np.testing.assert_allclose(table, dense, rtol=5e-6, atol=5e-4)


def test_shares_text_is_largest_first_and_reads_in_the_attribute_table():
    shares = sparse.csr_matrix(np.array([[12.0, 268.1], [0.0, 50.25]]))
    texts = format_country_shares(shares, ("PRT", "ESP"))
    assert list(texts) == ["ESP:268.1;PRT:12.0", "ESP:50.25"]


def test_a_malformed_shares_text_names_layer_field_feature_and_fix():
    with pytest.raises(InputError) as caught:
        parse_country_shares(["ESP:1", "ESP=3;PRT:2"], "my units", "country_shares")
    message = str(caught.value)
    for word in ("my units", "country_shares", "ESP=3;PRT:2", "feature 2", "ESP:268.1;PRT:12.0"):
        assert word in message, message


def test_overlapping_border_polygons_never_give_a_unit_more_than_its_area():
    shares = cap_shares(sparse.csr_matrix(np.array([[60.0, 60.0], [30.0, 10.0]])), [100.0, 50.0])
    np.testing.assert_allclose(shares.toarray(), [[50.0, 50.0], [30.0, 10.0]])


# -- units across a border ---------------------------------------------------------------


def test_a_park_across_the_border_carries_its_268_and_12_km2():
    units = _park_units()
    (text,) = format_country_shares(units.country_shares, units.country_codes)
    areas = _areas(text)
    assert areas["ESP"] == pytest.approx(268.0, rel=1e-4)
    assert areas["PRT"] == pytest.approx(12.0, rel=1e-4)
    assert units.country[0] == "ESP"
    # "ESP;PRT" is no single code: the borders decide, and nothing was overridden.
    assert not units.site_countries.own.any()
    assert site_countries_message(units, "wdpa") is None


def test_tfca_candidate_reports_the_true_areas_of_the_park():
    """Before: the park counted wholly in its country field (ESP 280, no candidate); now
    ESP 268 / PRT 12 from the shares, within 1 %."""
    units = _park_units()
    ranges = _ranges([PARK.buffer(5 * KM)])
    before = read_tfca_inputs(_units_table(units, [1], shares=False), ranges)
    assert before.country_source == SOURCE_UNITS
    assert len(_candidates(before)) == 0  # the whole park in ESP: not transboundary
    after = read_tfca_inputs(_units_table(units, [1]), ranges)
    assert after.country_source == SOURCE_SHARES
    tfca = _candidates(after)
    assert len(tfca) == 1 and tfca.countries[0] == "ESP;PRT"
    areas = _areas(tfca.area_by_country[0])
    assert areas["ESP"] == pytest.approx(268.0, rel=0.01)
    assert areas["PRT"] == pytest.approx(12.0, rel=0.01)
    rows, codes, km2 = tfca.country_area
    long = dict(zip(codes.tolist(), km2.tolist()))
    assert long["ESP"] == pytest.approx(268.0, rel=1e-4) and "-" not in long


def _range_hexagons():
    """1,000 km2 hexagons; a range mostly in ESP with a small part across the border."""
    area = shapely.union_all(COUNTRIES)
    units = build_planning_units(
        area,
        kind="hexagon",
        cell_area_km2=1000.0,
        countries=COUNTRIES,
        country_codes=CODES,
        crs=LAEA,
    )
    rng = shapely.box(X0 - 60 * KM, Y0 - 20 * KM, X0 + 3 * KM, Y0 + 20 * KM)
    chosen = shapely.intersects(units.geometry, rng)
    return units, rng, chosen


def test_hexagons_across_a_border_count_in_both_countries_as_the_geometry_says():
    units, rng, chosen = _range_hexagons()
    truth = {
        code: float(
            shapely.area(shapely.intersection(shapely.union_all(units.geometry[chosen]), c)) / 1e6
        )
        for code, c in zip(CODES, COUNTRIES)
    }
    ranges = _ranges([rng])
    before = _candidates(read_tfca_inputs(_units_table(units, chosen, shares=False), ranges))
    after = _candidates(read_tfca_inputs(_units_table(units, chosen), ranges))
    assert len(after) == 1
    got = _areas(after.area_by_country[0])
    for code in CODES:
        assert got[code] == pytest.approx(truth[code], rel=0.01), (got, truth)
    # Whole hexagons in their largest country (the old reading) are far off on the border.
    old = _areas(before.area_by_country[0]) if len(before) else {"ESP": sum(truth.values())}
    assert abs(old.get("PRT", 0.0) - truth["PRT"]) > 0.1 * truth["PRT"], (old, truth)


def test_a_countries_layer_still_measures_old_units_and_keeps_shares_when_present():
    units, rng, chosen = _range_hexagons()
    borders = VectorTable("borders", {"iso3": list(CODES)}, COUNTRIES, LAEA)
    ranges = _ranges([rng])
    old = read_tfca_inputs(
        _units_table(units, chosen, shares=False), ranges, countries_table=borders
    )
    assert old.country_source == SOURCE_BORDERS and not old.areas_from_shares
    new = read_tfca_inputs(_units_table(units, chosen), ranges, countries_table=borders)
    assert new.country_source == SOURCE_SHARES
    a, b = _areas(_candidates(old).area_by_country[0]), _areas(_candidates(new).area_by_country[0])
    for code in CODES:
        assert a[code] == pytest.approx(b[code], rel=0.001)


# -- a site's own ISO3 --------------------------------------------------------------------


def _guyana():
    """Coarse borders put the border 5 km too far west: a reserve wholly in Guyana (WDPA
    ISO3 = GUY) is cut, 30 km2 of it falling in Venezuela."""
    guy = shapely.box(X0 - 100 * KM, Y0 - 100 * KM, X0, Y0 + 100 * KM)
    ven = shapely.box(X0 - 200 * KM, Y0 - 100 * KM, X0 - 100 * KM, Y0 + 100 * KM)
    coarse_guy = shapely.box(X0 - 100 * KM + 5 * KM, Y0 - 100 * KM, X0, Y0 + 100 * KM)
    coarse_ven = shapely.box(X0 - 200 * KM, Y0 - 100 * KM, X0 - 95 * KM, Y0 + 100 * KM)
    reserve = shapely.box(X0 - 99 * KM, Y0, X0 - 89 * KM, Y0 + 7.5 * KM)  # 75 km2
    shared = shapely.box(X0 - 98 * KM, Y0 + 20 * KM, X0 - 92 * KM, Y0 + 30 * KM)  # 60 km2
    assert reserve.within(guy)
    return (guy, ven), np.array([coarse_guy, coarse_ven], dtype=object), reserve, shared


def _guyana_units(iso3=("GUY", "GUY;VEN")):
    _, coarse, reserve, shared = _guyana()
    sites = VectorTable(
        "wdpa_guyana",
        {"NAME": ["Reserve", "Shared"], "ISO3": list(iso3)},
        np.array([reserve, shared], dtype=object),
        LAEA,
        np.array([11, 12]),
    )
    return build_planning_units(
        shapely.union_all(coarse),
        kind="layer",
        layer=sites,
        countries=coarse,
        country_codes=("GUY", "VEN"),
        crs=LAEA,
    )


def test_a_site_with_its_own_iso3_lies_wholly_in_that_country():
    units = _guyana_units()
    texts = format_country_shares(units.country_shares, units.country_codes)
    assert texts[0] == "GUY:75.0"
    assert units.country[0] == "GUY"
    # "GUY;VEN" names two countries: the borders decide (30 / 30 km2 on coarse borders).
    shared = _areas(texts[1])
    assert shared["GUY"] == pytest.approx(30.0) and shared["VEN"] == pytest.approx(30.0)
    site = units.site_countries
    assert site.field == "ISO3" and site.own.tolist() == [True, False]
    assert site.moved_km2[0] == pytest.approx(30.0)
    message = site_countries_message(units, "wdpa_guyana")
    for word in ("1 unit", "wdpa_guyana", "ISO3", "30.0 km2", "unit 11", "GUY:45.0;VEN:30.0"):
        assert word in message, message


def test_the_guyanese_reserve_alone_is_no_tfca_candidate():
    _, coarse, reserve, _ = _guyana()
    units = _guyana_units(("GUY", "GUY"))
    borders = VectorTable("coarse", {"iso3": ["GUY", "VEN"]}, coarse, LAEA)
    ranges = _ranges([reserve.buffer(2 * KM)])
    table = _units_table(units, [1, 0])
    inputs = read_tfca_inputs(table, ranges, countries_table=borders)
    assert inputs.country_source == SOURCE_SHARES
    assert len(_candidates(inputs)) == 0
    # What the issue saw: the same unit measured on the coarse borders is a "GUY;VEN" TFCA.
    old = read_tfca_inputs(
        _units_table(units, [1, 0], shares=False), ranges, countries_table=borders
    )
    tfca = _candidates(old)
    assert len(tfca) == 1 and tfca.countries[0] == "GUY;VEN"


def test_site_codes_follow_the_border_layers_spelling_or_add_a_country():
    shares = sparse.csr_matrix(np.array([[5.0, 5.0], [10.0, 0.0], [0.0, 10.0]]))
    out, codes, moved = apply_site_countries(
        shares, ("SRB", "XKX"), np.array(["KOS", "", "MNE"], dtype=object), [10.0, 10.0, 10.0]
    )
    assert codes == ("SRB", "XKX", "MNE")
    np.testing.assert_allclose(out.toarray(), [[0, 10, 0], [10, 0, 0], [0, 0, 10]])
    np.testing.assert_allclose(moved, [5.0, 0.0, 10.0])


def test_layers_without_an_iso3_field_or_with_blank_codes_follow_the_borders():
    units = _park_units(iso3=None)
    assert units.site_countries is None
    units = _park_units(iso3="")
    assert not units.site_countries.own.any()
    assert _areas(format_country_shares(units.country_shares, units.country_codes)[0])["PRT"] == (
        pytest.approx(12.0, rel=1e-4)
    )


# -- units at sea -------------------------------------------------------------------------


def test_units_at_sea_belong_to_no_country_and_the_log_says_how_many():
    # A study area reaching 50 km into the sea east of PRT (no country there).
    land = shapely.box(X0 - 50 * KM, Y0, X0 + 150 * KM, Y0 + 50 * KM)
    sea = shapely.box(X0 + 150 * KM, Y0, X0 + 200 * KM, Y0 + 50 * KM)
    units = build_planning_units(
        shapely.union_all([land, sea]),
        kind="square",
        cell_area_km2=100.0,
        countries=COUNTRIES,
        country_codes=CODES,
        crs=LAEA,
    )
    texts = format_country_shares(units.country_shares, units.country_codes)
    at_sea = units.country == ""
    assert at_sea.sum() == 25  # 5 x 5 squares of 10 km
    assert (texts[at_sea] == "").all() and (texts[~at_sea] != "").all()
    (line,) = outside_countries_messages(units)
    assert "25 planning unit(s)" in line and "2,500.0 km2" in line, line
    assert "outside every country" in line


def test_coastal_units_partly_at_sea_are_reported_with_their_sea_km2():
    # Squares from x = 105 km: the last column (145-155 km) is half land, half sea.
    land = shapely.box(X0 + 105 * KM, Y0, X0 + 150 * KM, Y0 + 20 * KM)
    sea = shapely.box(X0 + 150 * KM, Y0, X0 + 155 * KM, Y0 + 20 * KM)
    units = build_planning_units(
        shapely.union_all([land, sea]),
        kind="square",
        cell_area_km2=100.0,
        countries=COUNTRIES,
        country_codes=CODES,
        crs=LAEA,
    )
    (line,) = outside_countries_messages(units)
    assert "2 planning unit(s) lie partly outside" in line and "100.0 km2" in line, line
    assert (units.country != "").all()


def test_units_wholly_on_land_give_no_sea_message():
    units, _, _ = _range_hexagons()
    assert outside_countries_messages(units) == []


# -- the species field ---------------------------------------------------------------------


@pytest.mark.parametrize("given", [None, "", "binomial", "species"])
@pytest.mark.parametrize("field", ["species", "binomial"])
def test_the_default_species_field_finds_species_or_binomial(given, field):
    units = _park_units()
    inputs = read_tfca_inputs(
        _units_table(units, [1]), _ranges([PARK], field=field), species_field=given
    )
    assert inputs.species.tolist() == ["Species 0"]


def test_a_named_species_field_that_is_missing_is_refused_by_name():
    units = _park_units()
    with pytest.raises(InputError) as caught:
        read_tfca_inputs(_units_table(units, [1]), _ranges([PARK]), species_field="taxon")
    assert "taxon" in str(caught.value) and "ranges" in str(caught.value)


def test_a_site_beyond_the_units_counts_in_the_country_under_it():
    """Areas from the shares for units; a member site's part outside every unit is measured
    on the country polygons (here 20 km2 of PRT east of an ESP unit)."""
    unit = shapely.box(X0 - 10 * KM, Y0, X0, Y0 + 10 * KM)
    units = build_planning_units(
        shapely.union_all(COUNTRIES),
        kind="layer",
        layer=VectorTable("units", {"ISO3": ["ESP"]}, np.array([unit], dtype=object), LAEA),
        countries=COUNTRIES,
        country_codes=CODES,
        crs=LAEA,
    )
    site = shapely.box(X0 - 5 * KM, Y0, X0 + 2 * KM, Y0 + 10 * KM)
    tfca = find_candidates(
        units,
        np.array([True]),
        sparse.csr_matrix(np.ones((1, 1))),
        np.array(["Sp"], dtype=object),
        sites=np.array([site], dtype=object),
        country_geometry=COUNTRIES,
        areas_from_shares=True,
        dispersal_km=None,
    )
    assert len(tfca) == 1
    got = _areas(tfca.area_by_country[0])
    assert got == {"ESP": pytest.approx(100.0), "PRT": pytest.approx(20.0)}
    assert tfca.area_km2[0] == pytest.approx(120.0)
