"""ProtConn on small synthetic countries: the analytic transboundary case, the share of
[Trans] per neighbour, [Within]/[Contig], the sea, islands and ProtConn[Bound], WDPA
preparation, snapshots and the time series against the 30 % line."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely import box

from cms_connectivity_plugin.core.borders import CountryTable
from cms_connectivity_plugin.core.connectivity.protconn import (
    ProtConnParams,
    _shapley,
    default_years,
    protconn,
    protconn_series,
)
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.sites import prepare_sites
from cms_connectivity_plugin.core.vector import VectorTable

LAEA = "+proj=laea +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
KM = 1000.0
EC_WITH = math.sqrt(30000.0)
EC_WITHOUT_B = 169.42699204365650
TRANS = 100 * (EC_WITH - EC_WITHOUT_B) / EC_WITH  # 2.181 %
PARAMS = ProtConnParams(
    distances_m=(10 * KM,), pij_min=0.0, cutoff_m=60 * KM, transboundary_m=50 * KM
)

A = box(0, 0, 10 * KM, 10 * KM)
B = box(15 * KM, 0, 17 * KM, 10 * KM)
C = box(22 * KM, 0, 32 * KM, 10 * KM)
LEFT = box(-50 * KM, -50 * KM, 12 * KM, 60 * KM)
RIGHT = box(20 * KM, -50 * KM, 80 * KM, 60 * KM)
STRIP = box(12 * KM, -50 * KM, 20 * KM, 60 * KM)


def countries(**shapes) -> CountryTable:
    codes = list(shapes)
    return CountryTable(
        np.array(codes, dtype=object),
        np.array([c.title() for c in codes], dtype=object),
        np.array([shapes[c] for c in codes], dtype=object),
        crs=LAEA,
        source="test borders",
    )


def split_country() -> CountryTable:
    """XXX in two parts either side of the strip YYY."""
    return countries(XXX=shapely.union_all([LEFT, RIGHT]), YYY=STRIP)


def wdpa(geoms, **columns):
    n = len(geoms)
    base = {
        "WDPAID": list(range(1, n + 1)),
        "NAME": [f"PA {i}" for i in range(1, n + 1)],
        "DESIG_ENG": ["National Park"] * n,
        "DESIG_TYPE": ["National"] * n,
        "STATUS": ["Designated"] * n,
        "STATUS_YR": [2000] * n,
        "REP_AREA": [0.0] * n,
    }
    base.update(columns)
    return prepare_sites([VectorTable("WDPA_poly", base, np.array(geoms, dtype=object), LAEA)])


def only(rows):
    (row,) = rows
    return row


# --------------------------------------------------------------------------- analytic case


def test_transboundary_stepping_stone():
    result = protconn(wdpa([A, B, C]), split_country(), ["XXX"], PARAMS)
    row = only(result.rows)
    a_l = row["area_km2"]
    assert a_l == pytest.approx((62 + 60) * 110, rel=1e-4)
    assert row["protected_km2"] == pytest.approx(200, rel=1e-4)
    assert row["n_pa_nodes"] == 2 and row["n_foreign_nodes"] == 1
    assert row["EC_km2"] == pytest.approx(EC_WITH, rel=1e-5)
    assert row["ProtConn"] == pytest.approx(100 * EC_WITH / a_l, rel=1e-5)
    assert row["Prot"] == pytest.approx(100 * 200 / a_l, rel=1e-5)
    assert row["ProtUnconn"] == pytest.approx(row["Prot"] - row["ProtConn"])
    assert row["RelConn"] == pytest.approx(100 * row["ProtConn"] / row["Prot"])
    assert row["ProtConn_Trans"] == pytest.approx(TRANS, rel=1e-4)
    # [Prot] = sqrt(100^2 + 100^2); [Within] = [Prot] (two separate single sites).
    assert row["ProtConn_Prot_land"] == pytest.approx(100 * math.sqrt(2e4) / a_l, rel=1e-5)
    assert row["ProtConn_Within"] == pytest.approx(row["ProtConn_Prot"])
    assert row["ProtConn_Contig"] == pytest.approx(0.0, abs=1e-9)
    parts = row["ProtConn_Prot"] + row["ProtConn_Trans"] + row["ProtConn_Unprot"]
    assert parts == pytest.approx(100.0)
    land = row["ProtConn_Prot_land"] + row["ProtConn_Trans_land"] + row["ProtConn_Unprot_land"]
    assert land == pytest.approx(row["ProtConn"])
    # Bound: the two land parts are stepping stones; A-land-B-land-C spans 3 + 3 km of gaps.
    ec_bound = math.sqrt(2e4 + 2e4 * 0.5**0.6)
    assert row["ProtConn_Bound"] == pytest.approx(
        row["ProtConn"] + row["Prot"] - 100 * ec_bound / a_l, rel=1e-4
    )
    assert row["ProtConn"] <= row["ProtConn_Bound"] <= row["Prot"]
    nb = only(result.neighbours)
    assert nb["neighbour"] == "YYY" and nb["share_method"] == "shapley"
    assert nb["trans_share"] == pytest.approx(TRANS, rel=1e-4)
    assert nb["trans_share_land"] == pytest.approx(row["ProtConn_Trans_land"])
    foreign = [n for n in result.nodes if n["kind"] == "foreign"]
    assert only(foreign)["dProtConn"] == pytest.approx(TRANS, rel=1e-4)
    assert only(foreign)["dPCconnector"] == pytest.approx(only(foreign)["dPC"])
    own = [n for n in result.nodes if n["kind"] == "protected"]
    assert own[0]["dProtConn"] == pytest.approx(100 * (EC_WITH - 100) / EC_WITH, rel=1e-4)
    assert result.params["transboundary_km"] == 50 and result.params["codes"] == ["XXX"]


def test_without_neighbours_no_trans():
    result = protconn(wdpa([A, C]), split_country(), ["XXX"], PARAMS)
    row = only(result.rows)
    assert row["ProtConn_Trans"] == 0 and result.neighbours == []
    assert row["EC_km2"] == pytest.approx(EC_WITHOUT_B, rel=1e-5)


def test_redundant_neighbours_share_trans():
    """B straddles YYY (north half of the strip) and ZZZ (south half): either half bridges
    A and C as well, so leave-one-out losses are 0 and [Trans] is shared equally
    gains: half each (their Shapley values)."""
    north = box(12 * KM, 5 * KM, 20 * KM, 60 * KM)
    south = box(12 * KM, -50 * KM, 20 * KM, 5 * KM)
    table = countries(XXX=shapely.union_all([LEFT, RIGHT]), YYY=north, ZZZ=south)
    result = protconn(wdpa([A, B, C]), table, ["XXX"], PARAMS)
    row = only(result.rows)
    assert row["ProtConn_Trans"] == pytest.approx(TRANS, rel=1e-4)
    shares = {nb["neighbour"]: nb for nb in result.neighbours}
    assert set(shares) == {"YYY", "ZZZ"}
    assert {nb["share_method"] for nb in shares.values()} == {"shapley"}
    assert shares["YYY"]["trans_share"] == pytest.approx(TRANS / 2, rel=1e-3)
    assert sum(nb["trans_share"] for nb in shares.values()) == pytest.approx(row["ProtConn_Trans"])
    tiny = 1e-3 * row["ProtConn_Trans_land"]  # equal up to the reprojection's rounding
    assert all(nb["trans_loss_land"] < tiny for nb in shares.values())


def test_two_different_neighbours_leave_one_out():
    """Two stepping-stone routes of different quality: the better one takes most of
    [Trans]; shares add up to [Trans]."""
    north = box(12 * KM, 5 * KM, 20 * KM, 60 * KM)
    south = box(12 * KM, -50 * KM, 20 * KM, 5 * KM)
    table = countries(XXX=shapely.union_all([LEFT, RIGHT]), YYY=north, ZZZ=south)
    b_north = box(15 * KM, 30 * KM, 17 * KM, 40 * KM)  # far from A and C
    b_south = box(14 * KM, -4 * KM, 18 * KM, 2 * KM)  # close, in ZZZ (y < 5 km)
    result = protconn(wdpa([A, b_north, b_south, C]), table, ["XXX"], PARAMS)
    row = only(result.rows)
    shares = {nb["neighbour"]: nb for nb in result.neighbours}
    assert shares["ZZZ"]["trans_share"] > shares.get("YYY", {"trans_share": 0})["trans_share"]
    assert sum(nb["trans_share"] for nb in shares.values()) == pytest.approx(row["ProtConn_Trans"])


# --------------------------------------------------------------------------- fractions


def test_contiguous_and_overlapping_sites():
    country = countries(XXX=box(-100 * KM, -100 * KM, 100 * KM, 100 * KM))
    left, right = box(0, 0, 10 * KM, 10 * KM), box(10 * KM, 0, 20 * KM, 10 * KM)
    row = only(protconn(wdpa([left, right]), country, ["XXX"], PARAMS).rows)
    # One dissolved unit of 200 km2: [Prot] = 200, [Within] = sqrt(100^2 + 100^2).
    assert row["n_pa_nodes"] == 1
    assert row["ProtConn"] == pytest.approx(row["Prot"])
    assert row["ProtConn_Prot"] == pytest.approx(100.0)
    assert row["ProtConn_Within"] == pytest.approx(100 * math.sqrt(2e4) / 200, rel=1e-5)
    assert row["ProtConn_Contig"] == pytest.approx(100 - row["ProtConn_Within"])
    # The same park designated twice: no contiguity, overlap counted once.
    row = only(protconn(wdpa([left, left]), country, ["XXX"], PARAMS).rows)
    assert row["protected_km2"] == pytest.approx(100, rel=1e-4)
    assert row["ProtConn_Within"] == pytest.approx(100.0)
    assert row["ProtConn_Contig"] == pytest.approx(0.0, abs=1e-6)


def test_sea_parts_are_dropped_and_country_without_sites():
    land = box(0, 0, 50 * KM, 50 * KM)
    coastal = box(40 * KM, 10 * KM, 60 * KM, 20 * KM)  # half of it in the sea
    table = countries(XXX=land, YYY=box(200 * KM, 0, 250 * KM, 50 * KM))
    result = protconn(wdpa([coastal]), table, ["XXX", "YYY"], PARAMS)
    xxx, yyy = result.rows
    assert xxx["protected_km2"] == pytest.approx(100, rel=1e-4)
    assert xxx["n_foreign_nodes"] == 0
    assert yyy["ProtConn"] == 0 and yyy["Prot"] == 0 and yyy["ProtConn_Trans"] == 0
    assert any("YYY" in note for note in result.notes)


def test_islands_bound():
    """Two islands 20 km apart, one park on each: the sea isolates them, which
    ProtConn[Bound] forgives."""
    west, east = box(0, 0, 30 * KM, 30 * KM), box(50 * KM, 0, 80 * KM, 30 * KM)
    table = countries(XXX=shapely.union_all([west, east]))
    parks = [box(5 * KM, 5 * KM, 15 * KM, 15 * KM), box(65 * KM, 5 * KM, 75 * KM, 15 * KM)]
    row = only(protconn(wdpa(parks), table, ["XXX"], PARAMS).rows)
    a_l = row["area_km2"]
    ec = math.sqrt(2e4 + 2e4 * 0.5**5.0)  # parks 50 km apart
    ec_bound = math.sqrt(2e4 + 2e4 * 0.5**2.0)  # islands 20 km apart
    assert row["EC_km2"] == pytest.approx(ec, rel=1e-4)
    assert row["ProtConn_Bound"] == pytest.approx(
        100 * ec / a_l + 100 * 200 / a_l - 100 * ec_bound / a_l, rel=1e-4
    )


# --------------------------------------------------------------------------- WDPA and time


def test_wdpa_preparation_applies():
    country = countries(XXX=box(-100 * KM, -100 * KM, 100 * KM, 100 * KM))
    geoms = [A, C, box(40 * KM, 40 * KM, 60 * KM, 60 * KM), shapely.Point(-50 * KM, -50 * KM)]
    sites = prepare_sites(
        [
            VectorTable(
                "WDPA",
                {
                    "WDPAID": [1, 2, 3, 4],
                    "NAME": ["A", "C", "MAB", "Point"],
                    "DESIG_ENG": [
                        "National Park",
                        "National Park",
                        "UNESCO-MAB Biosphere Reserve",
                        "Park",
                    ],
                    "STATUS": ["Designated", "Proposed", "Designated", "Designated"],
                    "STATUS_YR": [1990, 2005, 1995, 2010],
                    "REP_AREA": [0.0, 0.0, 0.0, 25.0],
                },
                np.array(geoms, dtype=object),
                LAEA,
            )
        ]
    )
    row = only(protconn(sites, country, ["XXX"], PARAMS).rows)
    # C is proposed and the MAB reserve is dropped; the point becomes a 25 km2 circle.
    assert row["protected_km2"] == pytest.approx(125, rel=1e-3)
    assert row["n_sites"] == 2


def test_series_and_snapshot():
    sites = wdpa([A, B, C], STATUS_YR=[1990, 2000, 2010])
    assert default_years(sites) == [1990, 2000, 2010]
    rows = protconn_series(
        sites, split_country(), ["XXX"], PARAMS, years=[1980, 2000, 2010], target=1.0
    )
    assert [r["year"] for r in rows] == [1980, 2000, 2010]
    assert rows[0]["ProtConn"] == 0 and rows[0]["n_pa_nodes"] == 0
    assert rows[1]["ProtConn"] == pytest.approx(rows[1]["Prot"])  # A alone
    assert rows[2]["ProtConn_Trans"] == pytest.approx(TRANS, rel=1e-4)
    assert [r["meets_target"] for r in rows] == [False, False, True]
    snap = protconn(sites, split_country(), ["XXX"], PARAMS, year=2000)
    assert only(snap.rows)["year"] == 2000 and only(snap.rows)["n_pa_nodes"] == 1
    many = wdpa([A] * 30, STATUS_YR=list(range(1971, 2001)))
    years = default_years(many, count=5)
    assert len(years) == 5 and years[0] == 1971 and years[-1] == 2000


def test_several_distances_and_params():
    params = ProtConnParams(
        distances_m=(1 * KM, 10 * KM, 100 * KM),
        transboundary_m=50 * KM,
        cutoff_m=60 * KM,
        importance=False,
    )
    result = protconn(wdpa([A, B, C]), split_country(), ["XXX"], params)
    values = [r["ProtConn"] for r in result.rows]
    assert [r["distance_km"] for r in result.rows] == [1, 10, 100]
    assert values[0] < values[1] < values[2]
    assert result.nodes == []
    with pytest.raises(InputError, match="dispersal distance"):
        ProtConnParams(distances_m=()).validate()
    with pytest.raises(InputError, match="transboundary"):
        ProtConnParams(transboundary_m=-1).validate()
    with pytest.raises(InputError, match="edge-to-edge or centroid"):
        ProtConnParams(distance="table").validate()
    with pytest.raises(InputError, match="ISO3"):
        protconn(wdpa([A]), split_country(), [" "], PARAMS)
    with pytest.raises(InputError, match="QQQ"):
        protconn(wdpa([A]), split_country(), ["QQQ"], PARAMS)


def test_shapley_shares():
    # v: 1 needs both players 0 and 1 (complements), player 2 adds 2 alone (additive).
    def v(mask):
        return (1.0 if mask & 3 == 3 else 0.0) + (2.0 if mask & 4 else 0.0)

    phi, method = _shapley(v, 3)
    assert method == "shapley" and phi == pytest.approx([0.5, 0.5, 2.0])
    # Sampled orders (above the exact limit) still add up to v(all).
    phi, method = _shapley(lambda mask: float(bin(mask).count("1") > 0), 12)
    assert "sampled" in method and phi.sum() == pytest.approx(1.0)
    assert (phi >= 0).all()


def test_series_builds_each_country_once_and_matches_yearly_runs(monkeypatch):
    from cms_connectivity_plugin.core.connectivity import protconn as module

    sites = wdpa([A, B, C], STATUS_YR=[1990, 2000, 2010])
    yearly = [
        only(protconn(sites, split_country(), ["XXX"], PARAMS, year=y).rows)["ProtConn"]
        for y in (1980, 2000, 2010)
    ]
    built = []
    real = module._country_frame
    monkeypatch.setattr(
        module, "_country_frame", lambda *a, **k: built.append(a[1]) or real(*a, **k)
    )
    rows = protconn_series(sites, split_country(), ["XXX"], PARAMS, years=[1980, 2000, 2010])
    assert built == ["XXX"]  # one frame for three years
    assert [r["ProtConn"] for r in rows] == pytest.approx(yearly)
