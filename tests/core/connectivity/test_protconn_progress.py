"""ProtConn at scale: progress from 0 to 1 through every stage, cancellation, and the fast
[Trans] game (pruned links, pair keys, cut paths) against the straightforward PCnum of
each set of neighbours' stepping stones."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.borders import CountryTable
from cms_connectivity_plugin.core.connectivity.graph import GraphParams, build_graph
from cms_connectivity_plugin.core.connectivity.indices import (
    _components,
    node_importance,
    pc_numerator,
)
from cms_connectivity_plugin.core.connectivity.protconn import (
    NEGLIGIBLE,
    ProtConnParams,
    _prepare_country,
    _shapley,
    _StoneGame,
    protconn,
    protconn_series,
)
from cms_connectivity_plugin.core.errors import CancelledError
from cms_connectivity_plugin.core.sites import prepare_sites
from cms_connectivity_plugin.core.vector import VectorTable

LAEA = "+proj=laea +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
KM = 1000.0


def landscape(n: int = 160, seed: int = 3):
    """XXX (300 x 300 km) with neighbours on three sides, ``n`` random protected areas
    over all four (radii log-normal, median 2 km; years 1990-2020)."""
    shapes = {
        "XXX": shapely.box(0, 0, 300 * KM, 300 * KM),
        "EEE": shapely.box(300 * KM, 0, 420 * KM, 300 * KM),
        "NNN": shapely.box(-120 * KM, 300 * KM, 420 * KM, 420 * KM),
        "WWW": shapely.box(-120 * KM, 0, 0, 300 * KM),
    }
    countries = CountryTable(
        np.array(list(shapes), dtype=object),
        np.array([c.title() for c in shapes], dtype=object),
        np.array(list(shapes.values()), dtype=object),
        crs=LAEA,
        source="test borders",
    )
    rng = np.random.default_rng(seed)
    xy = rng.uniform([-100 * KM, 0], [400 * KM, 400 * KM], (n, 2))
    radius = np.exp(rng.normal(np.log(2000.0), 0.7, n))
    geoms = shapely.buffer(shapely.points(xy), radius, quad_segs=8)
    columns = {
        "WDPAID": list(range(1, n + 1)),
        "NAME": [f"PA {i}" for i in range(1, n + 1)],
        "STATUS": ["Designated"] * n,
        "STATUS_YR": rng.integers(1990, 2021, n).tolist(),
    }
    sites = prepare_sites([VectorTable("WDPA_poly", columns, geoms, LAEA)])
    return sites, countries


@pytest.fixture(scope="module")
def case():
    return landscape()


def _recorder():
    seen: list[float] = []
    return seen, seen.append


def _monotone_to_one(seen: list[float]) -> None:
    assert len(seen) > 10
    assert seen[0] <= 0.01 and seen[-1] == pytest.approx(1.0)
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert all(b >= a for a, b in itertools.pairwise(seen))


def test_progress_rises_from_zero_to_one_through_every_stage(case):
    sites, countries = case
    seen, record = _recorder()
    params = ProtConnParams(distances_m=(5 * KM, 20 * KM), importance=True)
    result = protconn(sites, countries, ["XXX", "EEE"], params, progress=record)
    _monotone_to_one(seen)
    # Reports come from the nodes, each distance's PCnum / dProtConn and the [Trans] sets,
    # not just one jump per country: no gap of more than a quarter of the bar.
    assert max(b - a for a, b in itertools.pairwise([0.0, *seen, 1.0])) < 0.25
    assert {r["iso3"] for r in result.rows} == {"XXX", "EEE"}


def test_progress_of_the_time_series(case):
    sites, countries = case
    seen, record = _recorder()
    params = ProtConnParams(distances_m=(10 * KM,), bound=False)
    rows = protconn_series(sites, countries, ["XXX"], params, years=[2000, 2020], progress=record)
    _monotone_to_one(seen)
    assert [r["year"] for r in rows] == [2000, 2020]


def test_cancel_stops_the_run(case):
    sites, countries = case
    seen, record = _recorder()
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(CancelledError):
        protconn(sites, countries, ["XXX"], ProtConnParams(), progress=record, should_cancel=cancel)
    assert seen and seen[-1] < 1.0


def _country_net(case, d: float, **kwargs):
    sites, countries = case
    params = ProtConnParams(distances_m=(d,), **kwargs)
    country = _prepare_country(sites, countries, "XXX", params)
    net = build_graph(country.nodes, params.graph_params(d), attribute=country.attribute).network()
    codes = sorted({c for c in country.neighbour.tolist() if c})
    player = np.array([codes.index(c) if c else -1 for c in country.neighbour.tolist()])
    return country, net, codes, player


@pytest.mark.parametrize("d_km", [2.0, 10.0, 60.0])
def test_game_matches_straightforward_pcnum_for_every_set(case, d_km):
    """Every set of neighbours: the game's PCnum against pc_numerator of the subnetwork
    (own nodes plus those neighbours' stones). At 2 km paths are cut at L; at 60 km links
    reach 600 km and most are beaten by paths through own areas and dropped."""
    country, net, codes, player = _country_net(case, d_km * KM)
    assert len(codes) == 3 and country.inside.sum() > 20
    game = _StoneGame(net, country.inside, player, len(codes))
    for mask in range(1 << len(codes)):
        keep = country.inside | np.isin(player, [p for p in range(3) if mask >> p & 1])
        exact = pc_numerator(net.subnetwork(keep))
        assert game.value(mask) == pytest.approx(exact, rel=NEGLIGIBLE * 10, abs=0)
    if d_km == 60.0:
        assert len(game.i) < 0.5 * int((net.p > 0).sum())
    if d_km == 2.0:
        assert game.limit * 2.0 / math.log(2) < 300  # paths cut well inside the country


def test_trans_and_shares_match_the_straightforward_computation(case):
    """[Trans], the leave-one-out losses and the exact Shapley shares recomputed with a
    full PCnum for every set (what the code did before the game)."""
    sites, countries = case
    d = 20 * KM
    params = ProtConnParams(distances_m=(d,), bound=False, importance=False)
    result = protconn(sites, countries, ["XXX"], params)
    (row,) = result.rows
    country, net, codes, player = _country_net(case, d)
    a_l = row["area_km2"]

    def protconn_of(mask: int) -> float:
        keep = country.inside | np.isin(player, [p for p in range(3) if mask >> p & 1])
        return 100.0 * math.sqrt(pc_numerator(net.subnetwork(keep))) / a_l

    full, none = protconn_of(7), protconn_of(0)
    assert row["ProtConn"] == pytest.approx(full, rel=1e-12)
    assert row["ProtConn_Trans_land"] == pytest.approx(full - none, rel=1e-9, abs=1e-12)
    assert row["ProtConn_Trans_land"] > 0
    share, method = _shapley(lambda mask: protconn_of(mask) - none, 3)
    share = np.maximum(share, 0.0)
    share = row["ProtConn_Trans_land"] * share / share.sum()
    by_code = {r["neighbour"]: r for r in result.neighbours}
    assert sorted(by_code) == codes
    for n, code in enumerate(codes):
        assert by_code[code]["share_method"] == method
        assert by_code[code]["trans_share_land"] == pytest.approx(share[n], rel=1e-9, abs=1e-12)
        loss = full - protconn_of(7 & ~(1 << n))
        assert by_code[code]["trans_loss_land"] == pytest.approx(loss, rel=1e-9, abs=1e-12)


def test_shares_can_be_left_out(case):
    sites, countries = case
    params = ProtConnParams(distances_m=(20 * KM,), bound=False, importance=False)
    with_shares = protconn(sites, countries, ["XXX"], params)
    without = protconn(
        sites, countries, ["XXX"], ProtConnParams(**{**params.__dict__, "shares": False})
    )
    assert without.neighbours == [] and with_shares.neighbours
    assert without.rows[0]["ProtConn_Trans"] == with_shares.rows[0]["ProtConn_Trans"]
    assert without.params["shares"] is False


def test_node_importance_moves_within_one_component():
    """dPC of one component of thousands of nodes ran for minutes at one progress value:
    the node loop now reports as it goes (and still polls for cancelling)."""
    rng = np.random.default_rng(5)
    xy = rng.uniform(0, 30 * KM, (180, 2))
    geoms = shapely.buffer(shapely.points(xy), 300.0)
    net = build_graph(geoms, GraphParams(d=2 * KM, cutoff=6 * KM)).network()
    comps, _, _ = _components(net, "PC")
    assert max(c.m for c in comps) > 150  # one big component
    seen, record = _recorder()
    reference = node_importance(net, "PC")
    found = node_importance(net, "PC", progress=record, should_cancel=lambda: False)
    _monotone_to_one(seen)
    assert len(seen) > 40
    np.testing.assert_allclose(found.d, reference.d, rtol=1e-12)
    with pytest.raises(CancelledError):
        node_importance(net, "PC", progress=record, should_cancel=lambda: len(seen) > 60)
