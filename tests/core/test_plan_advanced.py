"""The plan's advanced settings: stepping stones, per-country share, cross-border bonus and a
connectivity table, from geometries to the selection.

Expected selections are worked out by brute force over every subset of units (feasibility
and objective measured directly from the geometry, not through the module's matrices) or
by hand from the layout in the test.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.plan import PlanSettings, plan_network
from cms_connectivity_plugin.core.tables import read_connectivity
from cms_connectivity_plugin.core.unit_countries import UnitCountries

CRS = "+proj=laea +lat_0=50 +lon_0=10 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
KM = 1000.0
CELL = 10 * KM


def column_units(n: int) -> np.ndarray:
    """n squares of 10 x 10 km stacked northwards from y = 0."""
    return np.array([shapely.box(0, i * CELL, CELL, (i + 1) * CELL) for i in range(n)])


def grid_units(cols: int, rows: int) -> np.ndarray:
    return np.array(
        [
            shapely.box(c * CELL, r * CELL, (c + 1) * CELL, (r + 1) * CELL)
            for r in range(rows)
            for c in range(cols)
        ]
    )


def settings(**kw) -> PlanSettings:
    base = dict(target_percent=5.0, blm=0.0, mip_gap=0.0, time_limit_s=60.0)
    base.update(kw)
    return PlanSettings(**base)


# --------------------------------------------------------------------------------------------
# Stepping stones


def flyway(n: int = 20):
    """A north-south passage range over a column of n units, breeding north, wintering south;
    unit costs rise southwards so a plan without stones keeps only the northern end."""
    units = column_units(n)
    top, bottom = n * CELL, 0.0
    passage = shapely.box(0, bottom, CELL, top)
    breeding = shapely.box(0, top, CELL, top + 3 * CELL)
    wintering = shapely.box(0, bottom - 3 * CELL, CELL, bottom)
    species = ["Ciconia ciconia"] * 3
    seasons = [4, 2, 3]
    cost = np.linspace(10.0, 1.0, n)  # northern units are cheapest
    return units, cost, species, seasons, [passage, breeding, wintering]


def gaps_km(units: np.ndarray, selected: np.ndarray) -> np.ndarray:
    y = np.sort(shapely.get_coordinates(shapely.centroid(units[selected]))[:, 1])
    return np.diff(y) / KM


def test_without_stones_the_plan_keeps_one_cheap_end_and_with_them_no_gap_exceeds_the_limit():
    units, cost, species, seasons, ranges = flyway(20)
    plain = plan_network(units, None, cost, None, species, seasons, ranges, CRS, settings())
    assert plain.selected.sum() == 1  # 5 % of 200 km2 of passage: one unit
    assert plain.selected[-1]  # the cheapest, northernmost

    stones = plan_network(
        units, None, cost, None, species, seasons, ranges, CRS, settings(stepping_stones_km=40)
    )
    chosen = np.flatnonzero(stones.selected)
    y = shapely.get_coordinates(shapely.centroid(units[chosen]))[:, 1] / KM
    # Bands are 20 km wide along 200 km of passage: one stopover in each of 10 bands, so no
    # two consecutive stopovers are more than 40 km apart, and the first and last within 20 km
    # of the ends of the passage range.
    assert stones.selected.sum() == 10
    assert gaps_km(units, stones.selected).max() <= 40.0
    assert y.min() <= 20.0 and y.max() >= 180.0
    # Least cost within that rule: the cheaper (northern) unit of every band pair.
    assert np.array_equal(chosen, np.arange(1, 20, 2))


def test_stones_brute_force_matches_on_a_short_flyway():
    units, cost, species, seasons, ranges = flyway(8)
    result = plan_network(
        units, None, cost, None, species, seasons, ranges, CRS, settings(stepping_stones_km=30)
    )
    y = shapely.get_coordinates(shapely.centroid(units))[:, 1] / KM
    # The axis runs from the breeding range (north) to the wintering range (south); the
    # passage centroids span 5..75 km, so 70 km cut into ceil(70 / 15) = 5 bands of 14 km,
    # counted from the northernmost centroid.
    t = y.max() - y
    band = np.minimum(np.floor(t / 14.0).astype(int), 4)
    best = None
    for k in range(1, 9):
        for subset in itertools.combinations(range(8), k):
            chosen = list(subset)
            if set(band[chosen]) != {0, 1, 2, 3, 4}:
                continue
            value = cost[chosen].sum()
            if best is None or value < best - 1e-9:
                best = value
    assert result.selected.sum() >= 5
    assert result.cost == pytest.approx(best)
    assert gaps_km(units, result.selected).max() <= 30.0


def test_stones_with_no_passage_range_warn_and_change_nothing():
    units, cost, species, seasons, ranges = flyway(6)
    seasons = [2, 2, 3]  # no passage
    result = plan_network(
        units, None, cost, None, species, seasons, ranges, CRS, settings(stepping_stones_km=30)
    )
    assert result.selected.sum() == 1
    assert any("no passage range" in w for w in result.warnings)


def test_stones_skip_locked_out_units_so_the_gap_is_real():
    units, cost, species, seasons, ranges = flyway(10)
    out = np.zeros(10, bool)
    out[4:6] = True  # a city across the flyway
    result = plan_network(
        units,
        None,
        cost,
        None,
        species,
        seasons,
        ranges,
        CRS,
        settings(stepping_stones_km=20),
        locked_out=out,
    )
    assert not result.selected[out].any()
    # 10 km bands along the 90 km between the outer free centroids: the two locked-out units
    # leave their bands empty (a real gap the plan cannot fill), the two southernmost units
    # share the last band, and every other free unit is its own band: 7 stopovers.
    assert result.selected.sum() == 7
    # The cheaper (northern) of the two southern units: gaps of 10 km but across the city.
    assert np.sort(gaps_km(units, result.selected)).tolist() == [10.0] * 5 + [30.0]


# --------------------------------------------------------------------------------------------
# Countries


def two_countries(cols: int = 4, rows: int = 2):
    """West half AAA, east half BBB; the species lives only in the west."""
    units = grid_units(cols, rows)
    x = shapely.get_coordinates(shapely.centroid(units))[:, 0]
    labels = np.where(x < cols * CELL / 2, "AAA", "BBB")
    area = shapely.area(units) / 1e6
    species_range = shapely.box(0, 0, cols * CELL / 2, rows * CELL)
    return units, labels, area, species_range


def test_each_country_keeps_its_share_even_where_the_species_is_absent():
    units, labels, area, species_range = two_countries()
    countries = UnitCountries.from_labels(labels, area)
    cost = np.arange(1.0, 9.0)
    plain = plan_network(
        units, None, cost, None, ["A"], [2], [species_range], CRS, settings(target_percent=30)
    )
    assert not plain.selected[labels == "BBB"].any()
    shared = plan_network(
        units,
        None,
        cost,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(target_percent=30, country_share_percent=40),
        countries=countries,
    )
    for code in ("AAA", "BBB"):
        mine = labels == code
        assert area[mine & shared.selected].sum() >= 0.4 * area[mine].sum() - 1e-6
    # Brute force: the cheapest selection with 40 % of each country and 30 % of the range.
    best = min(
        cost[list(s)].sum()
        for k in range(1, 9)
        for s in itertools.combinations(range(8), k)
        if all(
            area[list(s)][labels[list(s)] == code].sum() >= 0.4 * area[labels == code].sum() - 1e-6
            for code in ("AAA", "BBB")
        )
        and shapely.area(shapely.intersection(shapely.union_all(units[list(s)]), species_range))
        >= 0.3 * shapely.area(species_range) - 1
    )
    assert shared.cost == pytest.approx(best)


def test_a_unit_across_a_border_counts_in_both_countries_with_its_own_part():
    units = column_units(4)
    area = shapely.area(units) / 1e6
    # Unit 0 is half in AAA and half in BBB; units 1-3 are in BBB; AAA has 50 km2 in all.
    shares = np.array([[50.0, 50.0], [0, 100.0], [0, 100.0], [0, 100.0]])
    import scipy.sparse as sp

    countries = UnitCountries(sp.csr_matrix(shares), ("AAA", "BBB"), np.array(["AAA"] * 4), "x")
    result = plan_network(
        units,
        None,
        [5.0, 1.0, 1.0, 1.0],
        None,
        ["A"],
        [2],
        [shapely.box(0, 3 * CELL, CELL, 4 * CELL)],
        CRS,
        settings(target_percent=10, country_share_percent=50),
        countries=countries,
    )
    # AAA's only land is in unit 0, which must be kept although it is the dearest.
    assert result.selected[0]
    assert area.sum() > 0


def test_share_and_bonus_without_countries_name_the_field_to_add():
    units, _, _, species_range = two_countries()
    for kw in ({"country_share_percent": 30}, {"cross_border_bonus": 1.0}):
        with pytest.raises(InputError, match="country_shares.*'country' field"):
            plan_network(units, None, None, None, ["A"], [2], [species_range], CRS, settings(**kw))


def test_cross_border_bonus_pulls_the_network_to_the_border():
    # Four columns, two countries; the range covers the two outer columns and the two units
    # next to the border, so a 25 % target can be met at the edges (cheap) or at the border.
    units, labels, area, _ = two_countries(4, 1)
    species_range = shapely.union_all(units)
    cost = np.array([1.0, 3.0, 3.0, 1.0])
    countries = UnitCountries.from_labels(labels, area)
    plain = plan_network(
        units,
        None,
        cost,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(target_percent=50),
        countries=countries,
    )
    assert plain.selected.tolist() == [True, False, False, True]
    bonus = plan_network(
        units,
        None,
        cost,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(target_percent=50, cross_border_bonus=0.5),
        countries=countries,
    )
    # Border units 1 and 2 share 10 km of border: bonus 0.5 x 10 = 5 > the extra cost 4.
    assert bonus.selected.tolist() == [False, True, True, False]
    small = plan_network(
        units,
        None,
        cost,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(target_percent=50, cross_border_bonus=0.3),
        countries=countries,
    )
    assert small.selected.tolist() == [True, False, False, True]  # 3 < 4: not worth it


# --------------------------------------------------------------------------------------------
# Connectivity table


def test_connectivity_table_rewards_keeping_linked_units_together(tmp_path):
    units = column_units(4)
    species_range = shapely.union_all(units)
    table = tmp_path / "links.csv"
    table.write_text("id1,id2,value\n11,14,6\n")
    links = read_connectivity(table)
    ids = [11, 12, 13, 14]
    cost = np.array([2.0, 1.0, 1.0, 2.0])
    plain = plan_network(
        units, ids, cost, None, ["A"], [2], [species_range], CRS, settings(target_percent=50)
    )
    assert plain.selected.tolist() == [False, True, True, False]
    linked = plan_network(
        units,
        ids,
        cost,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(target_percent=50, connectivity_weight=1.0),
        connectivity=links,
    )
    # Keeping 11 and 14 costs 4 but earns 6: better than 2 for the unlinked pair.
    assert linked.selected.tolist() == [True, False, False, True]
    one_way = plan_network(
        units,
        ids,
        cost,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(target_percent=50, connectivity_weight=1.0, connectivity_symmetric=False),
        connectivity=links,
    )
    # Asymmetric: only keeping 11 without 14 costs; neither kept costs nothing.
    assert one_way.selected.tolist() == [False, True, True, False]


def test_connectivity_table_errors_name_the_problem(tmp_path):
    units = column_units(3)
    species_range = shapely.union_all(units)
    table = tmp_path / "links.csv"
    table.write_text("id1,id2,value\n1,9,1\n")
    links = read_connectivity(table)
    with pytest.raises(InputError, match=r"unit id\(s\) 9"):
        plan_network(
            units,
            [1, 2, 3],
            None,
            None,
            ["A"],
            [2],
            [species_range],
            CRS,
            settings(connectivity_weight=1.0),
            connectivity=links,
        )
    with pytest.raises(InputError, match="no connectivity table"):
        plan_network(
            units,
            None,
            None,
            None,
            ["A"],
            [2],
            [species_range],
            CRS,
            settings(connectivity_weight=1),
        )
    unused = plan_network(
        units,
        [1, 2, 3],
        None,
        None,
        ["A"],
        [2],
        [species_range],
        CRS,
        settings(),
        connectivity=read_connectivity(_write(tmp_path / "ok.csv", "id1,id2,value\n1,2,1\n")),
    )
    assert any("was not used" in w for w in unused.warnings)
    bad = _write(tmp_path / "bad.csv", "id1,id2,value\n1,2,lots\n")
    with pytest.raises(InputError, match="line 2.*'lots'"):
        read_connectivity(bad)


def test_connectivity_reads_marxan_bound_dat_columns(tmp_path):
    path = _write(tmp_path / "bound.dat", "id1\tid2\tboundary\n1\t2\t3.5\n2\t3\t1\n")
    links = read_connectivity(path)
    assert links.id1.tolist() == ["1", "2"] and links.value.tolist() == [3.5, 1.0]


def _write(path, text):
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    "kw",
    [
        {"stepping_stones_km": -1},
        {"country_share_percent": 120},
        {"cross_border_bonus": float("nan")},
        {"connectivity_weight": -0.5},
    ],
)
def test_advanced_settings_out_of_range_are_refused(kw):
    with pytest.raises(InputError):
        PlanSettings(**kw).validate()
