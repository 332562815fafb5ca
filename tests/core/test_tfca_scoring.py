"""TFCA candidates: gap joining, sites, areas per country, transboundary species, ranking."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import sparse

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.planning_units import hexagon_units
from cms_connectivity_plugin.core.tfca import (
    OUTSIDE,
    RankWeights,
    find_candidates,
    rank_scores,
    transboundary_habitats,
)

WEST = shapely.box(0, 0, 60_000, 60_000)
EAST = shapely.box(60_000, 0, 120_000, 60_000)
COUNTRIES = np.array([WEST, EAST], dtype=object)
CODES = ("WWW", "EEE")


@pytest.fixture(scope="module")
def units():
    return hexagon_units(
        shapely.union_all(COUNTRIES),
        30.0,
        COUNTRIES,
        CODES,
        np.array([], dtype=object),
        "EPSG:3035",
    )


def _centres(units):
    return shapely.get_coordinates(shapely.centroid(units.geometry))


def _two_clusters(units, gap_m: float):
    """A cluster just west of the border and one east of it, ``gap_m`` apart (edge to edge)."""
    c = _centres(units)
    band = np.abs(c[:, 1] - 30_000) < 10_000
    west = band & (c[:, 0] < 60_000 - gap_m / 2) & (c[:, 0] > 30_000)
    east = band & (c[:, 0] > 60_000 + gap_m / 2) & (c[:, 0] < 90_000)
    return west, east


def _spans_geometrically(geom) -> int:
    return int((shapely.area(shapely.intersection(geom, COUNTRIES)) > 1e6).sum())


def test_gap_joins_clusters_across_a_narrow_gap_but_not_a_wide_one(units):
    west, east = _two_clusters(units, 15_000)
    chosen = west | east
    gap = float(
        shapely.distance(
            shapely.union_all(units.geometry[west]), shapely.union_all(units.geometry[east])
        )
    )
    assert gap > 5_000
    amounts = sparse.csr_matrix((len(units), 1))
    species = np.array(["x"], dtype=object)
    assert len(find_candidates(units, chosen, amounts, species)) == 0
    assert len(find_candidates(units, chosen, amounts, species, gap_m=gap / 2)) == 0
    joined = find_candidates(units, chosen, amounts, species, gap_m=gap * 1.01)
    assert len(joined) == 1
    assert joined.countries[0] == "EEE;WWW"
    assert _spans_geometrically(joined.geometry[0]) == 2
    np.testing.assert_allclose(joined.area_km2[0], units.area_km2[chosen].sum())


def test_existing_site_bridges_two_clusters(units):
    west, east = _two_clusters(units, 15_000)
    site = shapely.box(50_000, 25_000, 70_000, 35_000)  # straddles the gap and the border
    amounts = sparse.csr_matrix((len(units), 1))
    tfca = find_candidates(
        units,
        west | east,
        amounts,
        np.array(["x"], dtype=object),
        sites=np.array([site], dtype=object),
        country_geometry=COUNTRIES,
    )
    assert len(tfca) == 1 and tfca.n_sites[0] == 1
    assert tfca.n_units[0] == (west | east).sum()
    assert tfca.protected_km2[0] >= shapely.area(site) / 1e6 - 1e-6
    assert 0 < tfca.protected_share[0] <= 1


def test_area_per_country_sums_exactly_to_the_candidate_area(units):
    c = _centres(units)
    chosen = (np.abs(c[:, 0] - 60_000) < 20_000) & (c[:, 1] < 40_000)
    amounts = sparse.csr_matrix((len(units), 1))
    for kw in ({}, {"country_geometry": COUNTRIES}):
        tfca = find_candidates(units, chosen, amounts, np.array(["x"], dtype=object), **kw)
        assert len(tfca) == 1
        row, code, area = tfca.country_area
        for i in range(len(tfca)):
            assert np.isclose(area[row == i].sum(), tfca.area_km2[i], rtol=1e-12, atol=1e-9)
            assert set(code[row == i]) - {OUTSIDE} == set(tfca.countries[i].split(";"))
        # Measured geometrically against the country polygons.
        for k, country in enumerate(COUNTRIES):
            expect = shapely.area(shapely.intersection(tfca.geometry[0], country)) / 1e6
            got = area[(row == 0) & (code == CODES[k])].sum()
            assert np.isclose(got, expect, rtol=1e-6)


def test_transboundary_species_on_a_hand_made_case(units):
    c = _centres(units)
    chosen = (np.abs(c[:, 0] - 60_000) < 25_000) & (np.abs(c[:, 1] - 30_000) < 15_000)
    ranges = np.array(
        [
            shapely.box(40_000, 20_000, 80_000, 40_000),  # crosses the border inside
            shapely.box(38_000, 20_000, 55_000, 40_000),  # west side only
            shapely.box(65_000, 20_000, 82_000, 40_000),  # season 2 of "Sp c": east ...
            shapely.box(40_000, 20_000, 50_000, 30_000),  # ... season 3 of "Sp c": west
            shapely.box(0, 55_000, 5_000, 60_000),  # far away: not represented
        ],
        dtype=object,
    )
    species = np.array(["Sp a", "Sp b", "Sp c", "Sp c", "Sp d"], dtype=object)
    from cms_connectivity_plugin.core.amounts import overlap_matrix

    amounts = overlap_matrix(units.geometry, ranges, units.area_km2 * 1e6)
    tfca = find_candidates(
        units, chosen, amounts, species, country_geometry=COUNTRIES, feature_geometry=ranges
    )
    assert len(tfca) == 1
    assert tfca.transboundary_species[0] == "Sp a;Sp c"
    assert tfca.n_transboundary[0] == 2
    assert tfca.n_species[0] == 3 and tfca.n_features[0] == 4
    assert tfca.species[0] == "Sp a;Sp b;Sp c"
    # Without geometries, the unit-based fallback agrees on this clear-cut case.
    fallback = find_candidates(units, chosen, amounts, species)
    assert "Sp a" in fallback.transboundary_species[0].split(";")
    assert "Sp d" not in fallback.species[0]


def test_ranking_follows_the_documented_weights():
    n_trans = np.array([4, 0, 2])
    area = np.array([100.0, 400.0, 200.0])
    protected = np.array([0.5, 0.0, 1.0])
    importance = np.array([np.nan, np.nan, np.nan])
    w = RankWeights(transboundary=0.4, area=0.2, unprotected=0.2, importance=0.2)
    score = rank_scores(n_trans, area, protected, importance, w)
    expect = (0.4 * n_trans / 4 + 0.2 * area / 400 + 0.2 * (1 - protected) / 1.0) / 1.0
    np.testing.assert_allclose(score, expect)
    only_area = rank_scores(n_trans, area, protected, importance, RankWeights(0, 1, 0, 0))
    assert np.argmax(only_area) == 1
    with pytest.raises(InputError):
        RankWeights(0, 0, 0, 0).validate()
    with pytest.raises(InputError):
        RankWeights(-1, 1, 0, 0).validate()


def test_candidates_are_ordered_by_score_and_importance_is_dpc(units):
    c = _centres(units)
    big = (np.abs(c[:, 0] - 60_000) < 20_000) & (c[:, 1] < 25_000)
    small = (np.abs(c[:, 0] - 60_000) < 10_000) & (c[:, 1] > 45_000)
    amounts = sparse.csr_matrix((len(units), 1))
    freq = np.linspace(0, 1, len(units))
    tfca = find_candidates(
        units,
        big | small,
        amounts,
        np.array(["x"], dtype=object),
        frequency=freq,
        weights=RankWeights(0, 1, 0, 0),
    )
    assert len(tfca) == 2
    assert list(tfca.rank) == [1, 2]
    assert tfca.area_km2[0] > tfca.area_km2[1]
    assert np.all(np.diff(tfca.score) <= 0)
    np.testing.assert_allclose(tfca.mean_frequency[0], freq[tfca.members[0]].mean())
    assert np.all(np.isnan(tfca.mean_irreplaceability))
    assert np.all(np.isfinite(tfca.importance)) and np.all(tfca.importance > 0)
    none = find_candidates(
        units, big | small, amounts, np.array(["x"], dtype=object), dispersal_km=None
    )
    assert np.all(np.isnan(none.importance))
    cols = tfca.columns()
    assert {"score", "rank", "n_transboundary", "importance_dpc", "protected_share"} <= set(cols)
    assert all(len(v) == len(tfca) for v in cols.values())


def test_the_dispersal_distance_is_in_km(units):
    """dispersal_km is km in the API; the graph gets metres (10 km: d = 10,000 m)."""
    from cms_connectivity_plugin.core.connectivity.graph import GraphParams, build_graph
    from cms_connectivity_plugin.core.connectivity.indices import node_importance

    c = _centres(units)
    big = (np.abs(c[:, 0] - 60_000) < 20_000) & (c[:, 1] < 25_000)
    small = (np.abs(c[:, 0] - 60_000) < 10_000) & (c[:, 1] > 45_000)
    args = (units, big | small, sparse.csr_matrix((len(units), 1)), np.array(["x"], dtype=object))
    default = find_candidates(*args)
    ten = find_candidates(*args, dispersal_km=10.0)
    np.testing.assert_allclose(ten.importance, default.importance)
    graph = build_graph(ten.geometry, GraphParams(d=10_000.0), layer="check")
    expected = np.asarray(node_importance(graph.network(), "PC").d, dtype=float)
    np.testing.assert_allclose(sorted(ten.importance), sorted(expected), rtol=1e-9)
    near = find_candidates(*args, dispersal_km=0.01)
    assert not np.allclose(near.importance, ten.importance)


def test_bad_gap_is_one_input_error(units):
    with pytest.raises(InputError, match="gap"):
        find_candidates(
            units,
            np.zeros(len(units), bool),
            sparse.csr_matrix((len(units), 1)),
            np.array(["x"], dtype=object),
            gap_m=-1.0,
        )


def test_transboundary_habitats_even_without_a_candidate():
    ranges = np.array(
        [
            shapely.box(50_000, 10_000, 70_000, 20_000),  # straddles the border
            shapely.box(5_000, 10_000, 20_000, 20_000),  # far in the west
            shapely.box(50_000, 30_000, 59_000, 40_000),  # near the border, one side only
        ],
        dtype=object,
    )
    out = transboundary_habitats(
        np.array(["Sp a", "Sp b", "Sp c"], dtype=object),
        np.array([2, 2, 3]),
        ranges,
        COUNTRIES,
        CODES,
        buffer_m=5_000,
    )
    assert list(out.species) == ["Sp a"]
    assert list(out.season) == ["breeding"]
    assert {out.iso3_a[0], out.iso3_b[0]} == set(CODES)
    np.testing.assert_allclose(out.area_a_km2[0], 50.0, rtol=1e-3)
    np.testing.assert_allclose(out.area_b_km2[0], 50.0, rtol=1e-3)
    assert set(out.columns()) >= {"species", "season", "iso3_a", "iso3_b", "area_km2"}
    with pytest.raises(InputError):
        transboundary_habitats(out.species, np.array([2]), ranges[:1], COUNTRIES, CODES, 0)


def test_site_overlapping_units_is_not_counted_twice(units):
    c = _centres(units)
    chosen = (np.abs(c[:, 0] - 60_000) < 20_000) & (c[:, 1] < 25_000)
    inside = shapely.box(50_000, 5_000, 55_000, 10_000)  # wholly within chosen units
    tfca = find_candidates(
        units,
        chosen,
        sparse.csr_matrix((len(units), 1)),
        np.array(["x"], dtype=object),
        sites=np.array([inside], dtype=object),
    )
    assert len(tfca) == 1 and tfca.n_sites[0] == 1
    np.testing.assert_allclose(tfca.area_km2[0], units.area_km2[chosen].sum())
    row, _, area = tfca.country_area
    assert np.isclose(area[row == 0].sum(), tfca.area_km2[0], rtol=1e-12)
