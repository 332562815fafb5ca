"""Flyway networks: hand-made chains with known critical sites, the dominator shortcut against
removing each site in turn, protection flags, and the real White Stork tracks."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import tracks as tk
from cms_connectivity_plugin.core.connectivity import flyway as fw
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.vector import VectorTable

KM_PER_DEG_LAT = np.pi * fw.EARTH_RADIUS_KM / 180.0  # 111.195 km


def _sites(rows, weights=None, crs="EPSG:4326", polygons=False):
    """rows: (id, role, lon, lat)."""
    ids = np.array([r[0] for r in rows], dtype=object)
    role = np.array([r[1] for r in rows], dtype=object)
    lon = np.array([r[2] for r in rows], dtype=float)
    lat = np.array([r[3] for r in rows], dtype=float)
    geoms = shapely.points(lon, lat)
    if polygons:
        geoms = shapely.buffer(geoms, 0.1)
    weight = np.ones(len(rows)) if weights is None else np.asarray(weights, dtype=float)
    return fw.FlywaySites(ids, role, lon, lat, weight, geoms, crs, "test")


# A chain along the 10 E meridian, 2 degrees (222 km) apart, southwards.
CHAIN = [
    ("B", "breeding", 10.0, 50.0),
    ("S1", "stopover", 10.0, 48.0),
    ("S2", "stopover", 10.0, 46.0),
    ("N", "non-breeding", 10.0, 44.0),
]


def _links(network):
    sid = network.sites.site_id
    return sorted(zip(sid[network.source], sid[network.target]))


def _by_id(analysis, key):
    cols = analysis.node_columns()
    return dict(zip(cols["site_id"], cols[key]))


def test_a_chain_without_shortcuts_makes_every_stopover_critical():
    network = fw.flyway_network(_sites(CHAIN), max_hop_km=250)
    assert _links(network) == [("B", "S1"), ("S1", "S2"), ("S2", "N")]
    analysis = fw.analyse_flyway(network)
    critical = _by_id(analysis, "critical")
    assert critical == {"B": 0, "S1": 1, "S2": 1, "N": 1}  # the only wintering site too
    assert _by_id(analysis, "loss")["S1"] == 1.0
    assert _by_id(analysis, "loss_share")["S2"] == 1.0
    assert _by_id(analysis, "routes")["B"] == 1
    assert _by_id(analysis, "betweenness")["S1"] == pytest.approx(1.0)
    assert analysis.summary["breeding_connected"] == 1


def test_a_parallel_route_makes_the_stopovers_non_critical():
    rows = CHAIN + [("T1", "stopover", 11.0, 48.0), ("T2", "stopover", 11.0, 46.0)]
    network = fw.flyway_network(_sites(rows), max_hop_km=250)
    analysis = fw.analyse_flyway(network)
    critical = _by_id(analysis, "critical")
    assert critical["S1"] == critical["S2"] == critical["T1"] == critical["T2"] == 0
    assert critical["N"] == 1
    assert _by_id(analysis, "routes")["B"] == 2
    between = _by_id(analysis, "betweenness")
    assert between["S1"] == pytest.approx(1.0) and between["T1"] == 0.0  # shortest is S1-S2


def test_a_longer_hop_allows_shortcuts():
    network = fw.flyway_network(_sites(CHAIN), max_hop_km=450)
    assert ("B", "S2") in _links(network) and ("B", "N") not in _links(network)
    assert fw.analyse_flyway(network).summary["critical_sites"] == 1  # N only


def test_hop_distance_and_direction_are_respected():
    rng = np.random.default_rng(7)
    n = 60
    lon, lat = rng.uniform(-10, 10, n), rng.uniform(35, 55, n)
    role = np.full(n, "stopover", dtype=object)
    role[lat > 53] = "breeding"
    role[lat < 37] = "non-breeding"
    rows = [(f"s{k}", role[k], lon[k], lat[k]) for k in range(n)]
    hop = 400.0
    network = fw.flyway_network(_sites(rows), max_hop_km=hop)
    i, j = network.source, network.target
    assert np.all(network.length_km <= hop)
    assert np.allclose(network.length_km, fw.great_circle_km(lon[i], lat[i], lon[j], lat[j]))
    assert np.all(network.progress_km[j] > network.progress_km[i])  # always towards the south
    # Every forward pair within the hop is linked (the k-d tree misses none).
    d = fw.great_circle_km(lon[:, None], lat[:, None], lon[None, :], lat[None, :])
    ahead = network.progress_km[None, :] > network.progress_km[:, None]
    assert len(network) == int(((d <= hop) & ahead).sum())
    # Equal-area distances give nearly the same network over 20 degrees.
    flat = fw.flyway_network(_sites(rows), max_hop_km=hop, distance="equal-area")
    assert abs(len(flat) - len(network)) <= 0.05 * len(network)
    # A minimum progress per hop drops sideways links.
    strict = fw.flyway_network(_sites(rows), max_hop_km=hop, min_progress_km=100)
    assert len(strict) < len(network)
    assert np.all(strict.progress_km[strict.target] - strict.progress_km[strict.source] > 100)


def test_great_circle_distance_of_one_degree_of_latitude():
    assert fw.great_circle_km(0, 0, 0, 1) == pytest.approx(KM_PER_DEG_LAT)
    assert fw.great_circle_km(0, 60, 1, 60) == pytest.approx(KM_PER_DEG_LAT / 2, rel=1e-3)


def _removal_loss(network, weights):
    """Brute force: remove each site and count the breeding weight that loses every route."""
    role = network.sites.role
    n = len(role)
    graph = nx.DiGraph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(zip(network.source.tolist(), network.target.tolist()))
    winter = set(np.flatnonzero(role == "non-breeding").tolist())

    def reaching(g):
        return {b for b in g if role[b] == "breeding" and (nx.descendants(g, b) | {b}) & winter}

    base = reaching(graph)
    loss = np.zeros(n)
    for k in range(n):
        g = graph.copy()
        g.remove_node(k)
        lost = (base - {k}) - reaching(g)
        loss[k] = sum(weights[b] for b in lost)
    return loss


def test_dominator_losses_equal_removing_each_site_in_turn():
    rng = np.random.default_rng(11)
    for trial in range(6):
        n = 40
        lon, lat = rng.uniform(0, 6, n), rng.uniform(40, 52, n)
        role = np.full(n, "stopover", dtype=object)
        role[np.argsort(lat)[-6:]] = "breeding"
        role[np.argsort(lat)[:4]] = "non-breeding"
        weights = rng.integers(1, 5, n).astype(float)
        rows = [(f"s{k}", role[k], lon[k], lat[k]) for k in range(n)]
        network = fw.flyway_network(_sites(rows, weights), max_hop_km=180 + 20 * trial)
        analysis = fw.analyse_flyway(network)
        assert np.allclose(analysis.loss, _removal_loss(network, weights)), trial
        unweighted = fw.analyse_flyway(network, weighted=False)
        assert np.allclose(unweighted.loss, _removal_loss(network, np.ones(n))), trial


def test_unprotected_critical_sites_are_flagged():
    sites = _sites(CHAIN, polygons=True)  # discs of 0.1 degree
    network = fw.flyway_network(sites, max_hop_km=250)
    # S1 fully inside a protected area; S2 covered on its western 30 % only.
    pa_s1 = shapely.box(9.5, 47.5, 10.5, 48.5)
    pa_s2 = shapely.box(9.8, 45.8, 9.9539, 46.2)
    analysis = fw.analyse_flyway(
        network, protected=np.array([pa_s1, pa_s2]), protected_crs="EPSG:4326"
    )
    share = _by_id(analysis, "protected_share")
    assert share["S1"] == pytest.approx(1.0) and share["B"] == 0
    assert 0.2 < share["S2"] < 0.4
    flags = _by_id(analysis, "unprot_crit")
    assert flags == {"B": 0, "S1": 0, "S2": 1, "N": 1}
    lenient = fw.analyse_flyway(
        network, protected=np.array([pa_s1, pa_s2]), protected_crs="EPSG:4326", threshold=0.2
    )
    assert _by_id(lenient, "protected")["S2"] == 1
    # Point sites: protected when inside.
    points = fw.flyway_network(_sites(CHAIN), max_hop_km=250)
    by_point = fw.analyse_flyway(points, protected=np.array([pa_s1]), protected_crs="EPSG:4326")
    assert _by_id(by_point, "protected") == {"B": 0, "S1": 1, "S2": 0, "N": 0}
    # Without protected areas nothing is flagged and the share is unknown.
    plain = fw.analyse_flyway(network)
    assert not plain.unprotected_critical.any() and np.isnan(plain.protected_share).all()


def test_sites_from_a_layer_with_role_words_and_codes():
    table = VectorTable(
        "sites",
        {
            "name": ["colony", "stop", "winter"],
            "season": ["Breeding", "4", "Wintering"],
            "birds": [12, 3, 12],
        },
        np.array(
            [shapely.Point(10, 50).buffer(0.05), shapely.Point(10, 48), shapely.Point(10, 46)],
            dtype=object,
        ),
        "EPSG:4326",
    )
    sites = fw.flyway_sites(table, "season", id_field="name", weight_field="birds")
    assert list(sites.role) == ["breeding", "stopover", "non-breeding"]
    assert list(sites.site_id) == ["colony", "stop", "winter"]
    assert sites.lat[0] == pytest.approx(50.0, abs=1e-6) and list(sites.weight) == [12, 3, 12]
    analysis = fw.analyse_flyway(fw.flyway_network(sites, max_hop_km=300))
    assert _by_id(analysis, "loss")["stop"] == 12.0


def test_sites_from_a_table_with_coordinates_only():
    table = VectorTable(
        "sites.csv",
        {"lon": ["10", "10", "10"], "lat": [50, 48, 46], "role": ["breeding", "passage", "3"]},
        np.full(3, None, dtype=object),
        None,
    )
    sites = fw.flyway_sites(table, "role")
    assert sites.crs == "EPSG:4326" and list(sites.lat) == [50, 48, 46]
    assert fw.analyse_flyway(fw.flyway_network(sites, 250)).critical.tolist() == [0, 1, 1]
    bad = VectorTable("sites.csv", {**table.columns, "lat": [50, 95, 46]}, table.geometry, None)
    with pytest.raises(InputError, match=r"'lon' / 'lat' of 'sites.csv'.*site\(s\) 2"):
        fw.flyway_sites(bad, "role")


def test_site_messages_name_the_layer_the_field_and_the_fix():
    table = VectorTable(
        "kbas",
        {"role": ["breeding", "resting", None], "n": [1, -2, 3]},
        shapely.points([0, 1, 2], [50, 49, 48]),
        "EPSG:4326",
    )
    with pytest.raises(InputError, match=r"'role' of 'kbas'.*'resting'.*breeding, stopover"):
        fw.flyway_sites(table, "role")
    with pytest.raises(InputError, match="no field 'season'"):
        fw.flyway_sites(table, "season")
    ok = VectorTable(
        "kbas", {"role": ["b", "s", "nb"], "n": [1, -2, 3]}, table.geometry, "EPSG:4326"
    )
    with pytest.raises(InputError, match="weight field 'n' of 'kbas'.*2"):
        fw.flyway_sites(ok, "role", weight_field="n")
    with pytest.raises(InputError, match="no coordinate reference system"):
        fw.flyway_sites(VectorTable("kbas", ok.columns, ok.geometry, None), "role")
    only_stops = _sites([("a", "stopover", 0, 50), ("b", "non-breeding", 0, 45)])
    with pytest.raises(InputError, match="no breeding site"):
        fw.flyway_network(only_stops, 300)
    with pytest.raises(InputError, match="maximum hop"):
        fw.flyway_network(_sites(CHAIN), 0)
    with pytest.raises(InputError, match="same centre"):
        fw.flyway_network(_sites([("a", "breeding", 0, 50), ("b", "non-breeding", 0, 50)]), 100)


# --- the real White Stork tracks ------------------------------------------------------------


def test_stork_flyway_is_connected_from_germany_to_iberia_and_morocco(shared_data):
    path = shared_data / "white_stork_tracks" / "whitestork_lifetrack_2018.csv.gz"
    if not path.exists():
        pytest.skip("the White Stork tracks are not present")
    sites = fw.sites_from_tracks(tk.read_movebank_csv(path))
    network = fw.flyway_network(sites, max_hop_km=400)
    analysis = fw.analyse_flyway(network)
    role = sites.role
    breeding = role == "breeding"
    # Breeding sites in SW Germany (and its borders), wintering in Iberia and Morocco.
    assert ((sites.lat[breeding] > 47.5) & (sites.lon[breeding] > 7)).sum() >= 4
    winter = role == "non-breeding"
    assert (sites.lat[winter] < 43).all() and (sites.lat[winter] < 36).any()
    assert analysis.reaches[breeding].all()  # every breeding site reaches Iberia / Morocco
    assert analysis.summary["connected_weight"] == 15  # all tracked birds
    critical = np.flatnonzero(analysis.critical)
    assert len(critical) >= 1
    # The critical sites are exactly those whose removal cuts tracked birds off (brute force on
    # the real network), and each one's loss is the weight it cuts off.
    loss = _removal_loss(network, sites.weight)
    assert np.allclose(analysis.loss, loss)
    assert critical.tolist() == np.flatnonzero(loss > 0).tolist()
    # The links are exactly the southward pairs within the hop (all pairs checked, no k-d tree).
    lon, lat, progress = sites.lon, sites.lat, network.progress_km
    d = fw.great_circle_km(lon[:, None], lat[:, None], lon[None, :], lat[None, :])
    i, j = np.nonzero((d <= 400) & (progress[None, :] > progress[:, None]))
    assert sorted(zip(network.source.tolist(), network.target.tolist())) == sorted(
        zip(i.tolist(), j.tolist())
    )


def test_a_plain_csv_of_fixes_is_read_as_tracks_and_a_role_field_is_found_by_name():
    # A CSV of GPS fixes opened as a layer without geometry: no role field to choose.
    from tests.core.test_annual_cycle import _migrant

    lon, lat, when, _ = _migrant(2, seed=11, stopover=(0.45, 10), fixes_per_day=6)
    fixes = VectorTable(
        "leo.csv",
        {
            "individual_id": ["leo"] * len(lon),
            "timestamp": list(np.datetime_as_string(when, unit="s")),
            "lon": lon.tolist(),
            "lat": lat.tolist(),
        },
        np.full(len(lon), None, dtype=object),
        None,
    )
    sites, kind = fw.sites_or_tracks(fixes, radius_km=30, min_duration_h=72)
    assert kind == "tracks"
    roles = dict(zip(sites.role, sites.lat))
    assert roles["breeding"] > 45 and roles["non-breeding"] < 15
    assert all(20 < y < 40 for r, y in zip(sites.role, sites.lat) if r == "stopover")
    named = VectorTable(
        "sites.csv",
        {"lon": [10, 10, 10], "lat": [50, 48, 46], "role": ["breeding", "passage", "3"]},
        np.full(3, None, dtype=object),
        None,
    )
    assert fw.sites_or_tracks(named)[1] == "sites"
    bare = VectorTable("kbas", {"name": ["a"]}, shapely.points([0], [50]), "EPSG:4326")
    with pytest.raises(InputError, match="'kbas' has no role field"):
        fw.sites_or_tracks(bare)
