"""PC, IIC, EC, fractions and node importance: analytic cases, brute-force path enumeration,
and the three dPC methods (subtree, rows, naive) agreeing on random graphs."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from cms_connectivity_plugin.core.connectivity.indices import (
    _prune_dominated,
    candidate_importance,
    harary_index,
    network,
    node_importance,
    overall,
    pstar,
)
from cms_connectivity_plugin.core.errors import CancelledError, InputError

EC_WITH = math.sqrt(30000.0)  # 173.205
EC_WITHOUT_B = 169.42699204365650


def p_of(distance_km, d_km=10.0, p=0.5):
    return p ** (distance_km / d_km)


def three_nodes():
    """A (100), B (0, a foreign protected area), C (100); A-B 5 km, B-C 5 km, A-C 12 km."""
    return network(
        [100.0, 0.0, 100.0], [0, 1, 0], [1, 2, 2], [p_of(5), p_of(5), p_of(12)], [True, True, False]
    )


# --------------------------------------------------------------------------- analytic


def test_acceptance_case():
    net = three_nodes()
    star = pstar(net)
    assert star[0, 2] == pytest.approx(0.5)  # through B: 0.5^0.5 * 0.5^0.5
    o = overall(net)
    assert o.pcnum == pytest.approx(30000.0)
    assert o.ec_pc == pytest.approx(173.205, abs=5e-4)
    without_b = overall(net.subnetwork(np.array([True, False, True])))
    assert without_b.ec_pc == pytest.approx(169.427, abs=5e-4)
    share = 100 * (o.ec_pc - without_b.ec_pc) / o.ec_pc
    assert share == pytest.approx(2.181, abs=5e-4)


def test_acceptance_fractions_and_importance():
    net = three_nodes()
    o = overall(net)
    # intra 20000; direct = AWF = 2 * 100 * 100 * 0.5^1.2; step the rest.
    assert o.pc_intra == pytest.approx(100 * 20000 / 30000)
    assert o.awf == pytest.approx(2 * 1e4 * p_of(12))
    assert o.pc_direct == pytest.approx(100 * o.awf / o.pcnum)
    assert o.pc_intra + o.pc_direct + o.pc_step == pytest.approx(100.0)
    assert o.f == pytest.approx(2 * (2 * p_of(5) + p_of(12)))
    imp = node_importance(net, "PC")
    assert imp.d[1] == pytest.approx(100 * (30000 - EC_WITHOUT_B**2) / 30000)
    assert imp.d_connector[1] == pytest.approx(imp.d[1])
    assert imp.d_intra[1] == 0 and imp.d_flux[1] == 0
    # A: intra 10000, flux 2 * 100 * 100 * 0.5, no connector; PCnum without A = 10000.
    assert imp.intra[0] == pytest.approx(10000)
    assert imp.flux[0] == pytest.approx(10000)
    assert imp.connector[0] == pytest.approx(0, abs=1e-9)
    assert imp.num_without[0] == pytest.approx(10000)


def test_iic_analytic():
    net = three_nodes()  # binary links A-B and B-C
    o = overall(net, landscape_area=1000.0)
    assert o.iicnum == pytest.approx(20000 + 2 * 10000 / 3)
    assert o.iic == pytest.approx(o.iicnum / 1e6)
    assert o.iic_direct == 0.0  # the only linked pairs involve B (a = 0)
    assert o.nl == 2 and o.nc == 1
    imp = node_importance(net, "IIC")
    assert imp.d_connector[1] == pytest.approx(100 * (20000 / 3) / o.iicnum)
    assert harary_index(net) == pytest.approx(1 + 1 + 0.5)
    assert o.ccp == pytest.approx(1.0)
    assert o.lcp == pytest.approx((200 / 1000) ** 2 + (800 / 1000) ** 2)


def test_isolated_nodes_and_components():
    net = network([4.0, 3.0, 2.0, 0.0], [0], [1], [0.5], [True])
    o = overall(net)
    assert o.pcnum == pytest.approx(16 + 9 + 4 + 2 * 12 * 0.5)
    assert o.n_pc_components == 3 and o.nc == 3
    imp = node_importance(net, "PC")
    assert imp.intra[2] == 4 and imp.flux[2] == 0 and imp.connector[2] == 0
    assert imp.d.sum() > 0


def test_zero_distance_links_are_links():
    # Touching patches: p = 1; csgraph must keep the zero-weight edge.
    net = network([1.0, 1.0, 1.0], [0, 1], [1, 2], [1.0, 1.0], [True, True])
    assert np.allclose(pstar(net), 1.0)
    assert overall(net).pcnum == pytest.approx(9.0)
    imp = node_importance(net, "PC")
    assert imp.connector[1] == pytest.approx(2.0)  # pair (0, 2) both ways loses p* = 1


def test_network_normalises_pairs():
    net = network(
        [1, 1, 1], [1, 0, 1, 2], [0, 1, 1, 0], [0.2, 0.5, 0.9, 0.0], [False, True, True, False]
    )
    assert net.i.tolist() == [0] and net.j.tolist() == [1]
    assert net.p.tolist() == [0.5] and net.adjacent.tolist() == [True]
    with pytest.raises(InputError):
        network([1, -1], [], [])
    with pytest.raises(InputError):
        network([1, 1], [0], [1], [1.5])


# --------------------------------------------------------------------------- brute force


def brute_force_best(n, edges, weight_of) -> np.ndarray:
    """Best path value by enumerating every simple path (n <= 9)."""
    adj = {k: {} for k in range(n)}
    for (i, j), value in edges.items():
        adj[i][j] = adj[j][i] = value
    best = np.eye(n)
    for s in range(n):
        stack = [(s, 1.0, 0, frozenset([s]))]
        while stack:
            node, prod, hops, seen = stack.pop()
            for nxt, value in adj[node].items():
                if nxt in seen:
                    continue
                new_prod, new_hops = prod * value, hops + 1
                score = weight_of(new_prod, new_hops)
                if score > best[s, nxt]:
                    best[s, nxt] = score
                stack.append((nxt, new_prod, new_hops, seen | {nxt}))
    return best


def random_network(rng, n, density=0.5, zeros=0.3):
    pts = rng.uniform(0, 10, (n, 2))
    rad = rng.uniform(0, 1.2, n)
    ii, jj = np.triu_indices(n, 1)
    dist = np.maximum(np.linalg.norm(pts[ii] - pts[jj], axis=1) - rad[ii] - rad[jj], 0.0)
    keep = rng.random(len(ii)) < density
    a = rng.uniform(0.1, 5, n) * (rng.random(n) > zeros)
    return network(a, ii[keep], jj[keep], 0.5 ** (dist[keep] / 3.0), dist[keep] < 3.0)


@pytest.mark.parametrize("seed", range(12))
def test_shortest_paths_equal_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 10))
    net = random_network(rng, n)
    pc_edges = {(i, j): p for i, j, p in zip(net.i, net.j, net.p) if p > 0}
    best = brute_force_best(n, pc_edges, lambda prod, hops: prod)
    assert np.allclose(pstar(net, "PC"), best, atol=1e-12)
    iic_edges = {(i, j): 1.0 for i, j, a in zip(net.i, net.j, net.adjacent) if a}
    best = brute_force_best(n, iic_edges, lambda prod, hops: 1.0 / (1 + hops))
    assert np.allclose(pstar(net, "IIC"), best, atol=1e-12)
    # PCnum from the brute-force p* equals the engine's.
    a = net.attribute
    assert overall(net).pcnum == pytest.approx(
        float(a @ brute_force_best(n, pc_edges, lambda prod, hops: prod) @ a)
    )


@pytest.mark.parametrize("seed", range(25))
def test_dpc_methods_agree(seed):
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(2, 16))
    net = random_network(rng, n, density=rng.uniform(0.2, 0.9), zeros=rng.uniform(0, 0.5))
    for metric in ("PC", "IIC"):
        found = {m: node_importance(net, metric, method=m) for m in ("subtree", "rows", "naive")}
        ref = found["naive"]
        for method in ("subtree", "rows"):
            got = found[method]
            assert got.num == pytest.approx(ref.num)
            assert np.allclose(got.connector, ref.connector, atol=1e-9 * max(ref.num, 1))
            assert np.allclose(got.flux, ref.flux) and np.allclose(got.intra, ref.intra)
        # dPC from recomputing PCnum without each node, by brute force.
        for k in range(n):
            keep = np.ones(n, dtype=bool)
            keep[k] = False
            num_without = (
                overall(net.subnetwork(keep)).pcnum
                if metric == "PC"
                else overall(net.subnetwork(keep)).iicnum
            )
            assert ref.num_without[k] == pytest.approx(num_without, abs=1e-9 * ref.num)
        assert np.all(found["subtree"].d + 1e-9 >= found["subtree"].d_intra)


def test_dpc_methods_agree_on_a_larger_graph():
    rng = np.random.default_rng(7)
    net = random_network(rng, 60, density=0.15, zeros=0.2)
    a = node_importance(net, "PC", method="subtree")
    b = node_importance(net, "PC", method="naive")
    assert np.allclose(a.d, b.d, atol=1e-9)
    assert a.d_connector.max() > 0


def test_pruning_dominated_links_is_exact():
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 10, (40, 2))
    rad = rng.uniform(0.3, 1.0, 40)
    ii, jj = np.triu_indices(40, 1)
    dist = np.maximum(np.linalg.norm(pts[ii] - pts[jj], axis=1) - rad[ii] - rad[jj], 0.0)
    li, lj, w = _prune_dominated(40, ii, jj, dist)
    assert len(li) < len(ii) / 2  # stepping through patches beats most long links
    net_all = network(np.ones(40), ii, jj, np.exp(-dist), dist < 0)
    net_pruned = network(np.ones(40), li, lj, np.exp(-w), w < 0)
    for k in (None, 0, 5, 17):
        keep = np.ones(40, dtype=bool)
        if k is not None:
            keep[k] = False
        assert np.allclose(pstar(net_all.subnetwork(keep)), pstar(net_pruned.subnetwork(keep)))


def test_candidates_match_recomputation():
    rng = np.random.default_rng(11)
    for _ in range(6):
        n = int(rng.integers(4, 12))
        net = random_network(rng, n, density=0.6, zeros=0.2)
        existing = rng.random(n) < 0.7
        existing[0] = True
        for metric in ("PC", "IIC"):
            found = candidate_importance(net, existing, metric)
            base = overall(net.subnetwork(existing))
            base_num = base.pcnum if metric == "PC" else base.iicnum
            assert found.num == pytest.approx(base_num)
            for pos, c in enumerate(found.candidates):
                keep = existing.copy()
                keep[c] = True
                with_c = overall(net.subnetwork(keep))
                num = with_c.pcnum if metric == "PC" else with_c.iicnum
                assert found.gain[pos] == pytest.approx(num - base_num, abs=1e-9 * max(num, 1))


def test_cancel_and_bad_arguments():
    net = network(np.ones(5), [0, 1, 2, 3], [1, 2, 3, 4], [0.5] * 4, [True] * 4)
    with pytest.raises(CancelledError):
        node_importance(net, "PC", should_cancel=lambda: True)
    with pytest.raises(InputError, match="method"):
        node_importance(net, "PC", method="fast")
    with pytest.raises(InputError, match="PC or IIC"):
        node_importance(net, "BC")
    with pytest.raises(InputError, match="landscape area"):
        overall(net, landscape_area=-1)


def test_progress_is_reported():
    net = network(np.ones(5), [0, 1, 2, 3], [1, 2, 3, 4], [0.5] * 4, [True] * 4)
    seen = []
    node_importance(net, "PC", progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0)


def test_permutation_invariance():
    rng = np.random.default_rng(5)
    net = random_network(rng, 12)
    perm = rng.permutation(12)
    inv = np.argsort(perm)
    moved = network(net.attribute[perm], inv[net.i], inv[net.j], net.p, net.adjacent)
    a = node_importance(net, "PC")
    b = node_importance(moved, "PC")
    assert np.allclose(a.d[perm], b.d)
    assert list(itertools.islice(a.columns(), 4)) == ["dPC", "dPCintra", "dPCflux", "dPCconnector"]


def test_dense_and_sparse_pruning_agree(monkeypatch):
    import cms_connectivity_plugin.core.connectivity.indices as indices

    rng = np.random.default_rng(4)
    pts = rng.uniform(0, 10, (50, 2))
    rad = rng.uniform(0.2, 1.0, 50)
    ii, jj = np.triu_indices(50, 1)
    dist = np.maximum(np.linalg.norm(pts[ii] - pts[jj], axis=1) - rad[ii] - rad[jj], 0.0)
    dense = indices._prune_dominated(50, ii, jj, dist)  # nearly complete: dense arrays
    monkeypatch.setattr(indices, "DENSE_PRUNE_MAX", 0)
    sparse = indices._prune_dominated(50, ii, jj, dist)
    as_set = [set(zip(a.tolist(), b.tolist())) for a, b, _ in (dense, sparse)]
    assert as_set[0] == as_set[1] and len(as_set[0]) < len(ii) / 3


# --------------------------------------------------------------------------- tolerance


def chain_landscape(rng, n):
    """Patches along a strip (many stepping stones in a row): long best paths whose ``p*``
    is tiny, the case the tolerance cuts."""
    pts = np.column_stack([rng.uniform(0, n / 2, n), rng.uniform(0, 3, n)])
    ii, jj = np.triu_indices(n, 1)
    dist = np.linalg.norm(pts[ii] - pts[jj], axis=1)
    keep = dist < 2.5
    a = rng.uniform(0.1, 5, n) * (rng.random(n) > 0.2)
    return network(a, ii[keep], jj[keep], 0.5 ** dist[keep], dist[keep] < 1.5)


@pytest.fixture
def always_cut(monkeypatch):
    """Use the distance limits even where they would save little (small test graphs)."""
    import cms_connectivity_plugin.core.connectivity.indices as indices

    monkeypatch.setattr(indices, "CUT_WORTH", 1.0)
    return indices


@pytest.mark.parametrize("seed", range(10))
def test_tolerance_stays_within_the_reported_bound(seed, always_cut):
    rng = np.random.default_rng(300 + seed)
    if seed % 2:
        net = chain_landscape(rng, int(rng.integers(40, 120)))
    else:
        n = int(rng.integers(20, 90))
        net = random_network(rng, n, density=rng.uniform(0.04, 0.3), zeros=0.2)
    for metric in ("PC", "IIC"):
        exact = node_importance(net, metric)
        assert np.all(exact.max_error == 0) and exact.tolerance == 0
        for tol in (1e-9, 1e-6, 1e-3, 0.05):
            got = node_importance(net, metric, tolerance=tol)
            slack = 1e-12 * exact.num
            err = exact.loss - got.loss
            # The connector part is never overestimated and is within the bound.
            assert np.all(err >= -slack)
            assert np.all(err <= got.max_error + slack)
            # The bound is the one asked for: tol x (PCnum or IICnum).
            assert got.max_error.max() <= tol * got.num * (1 + 1e-12)
            assert np.all(np.abs(exact.d - got.d) <= got.d_max_error + 1e-10)
            assert got.d_max_error.max() <= 100 * tol * (1 + 1e-12)
            assert got.num == exact.num
            assert np.array_equal(got.flux, exact.flux) and np.array_equal(got.intra, exact.intra)


def test_tolerance_zero_is_the_exact_result():
    rng = np.random.default_rng(21)
    net = random_network(rng, 70, density=0.12, zeros=0.2)
    default = node_importance(net, "PC")
    zero = node_importance(net, "PC", tolerance=0.0)
    for name in ("intra", "flux", "connector"):
        assert np.array_equal(getattr(default, name), getattr(zero, name))
    assert np.array_equal(zero.max_error, np.zeros(net.n))
    assert np.array_equal(zero.d_max_error, np.zeros(net.n))


def test_tolerance_cuts_work_and_keeps_the_bound(monkeypatch):
    import cms_connectivity_plugin.core.connectivity.indices as indices

    rng = np.random.default_rng(5)
    net = chain_landscape(rng, 150)
    exact = node_importance(net, "PC")
    # The subtree method's own exact run (not the compiled search) enumerates every pair.
    monkeypatch.setattr(indices.dpc, "available", lambda: False)
    enumerated = []
    original = indices._Blocks.enumerate

    def counting(self, k, rows_k, limit=None):
        block = original(self, k, rows_k, limit)
        enumerated.append(len(block.node))
        return block

    monkeypatch.setattr(indices._Blocks, "enumerate", counting)
    node_importance(net, "PC")
    full = sum(enumerated)
    enumerated.clear()
    cut = []
    truncate = indices._truncate

    def recording(layout, dist, limit):
        cut.append(limit)
        return truncate(layout, dist, limit)

    monkeypatch.setattr(indices, "_truncate", recording)
    got = node_importance(net, "PC", tolerance=1e-4)
    assert cut, "the distance limit was not used"
    assert sum(enumerated) < 0.5 * full  # pairs beyond the limit are not recomputed
    err = exact.loss - got.loss
    assert np.all(err >= -1e-12 * exact.num) and np.all(err <= got.max_error + 1e-12 * exact.num)
    assert 0 < got.max_error.max() <= 1e-4 * got.num
    assert err.max() > 0  # the cut pairs did lose something: the bound is not idle


def test_tolerance_nodes_over_budget_are_recomputed(monkeypatch, always_cut):
    indices = always_cut
    # All of the budget for the pairs beyond the limit: any node with pairs pushed beyond it
    # by its removal exceeds the budget and is recomputed exactly.
    monkeypatch.setattr(indices, "FAR_SHARE", 1.0)
    recomputed = []
    exact_one = indices._connector_exact

    def recording(comp, rows, metric, value, k):
        recomputed.append(k)
        return exact_one(comp, rows, metric, value, k)

    monkeypatch.setattr(indices, "_connector_exact", recording)
    rng = np.random.default_rng(8)
    net = chain_landscape(rng, 100)
    exact = node_importance(net, "PC")
    got = node_importance(net, "PC", tolerance=1e-4)
    assert recomputed  # (component-local node numbers)
    assert got.max_error.max() <= 1e-4 * got.num * (1 + 1e-12)
    err = exact.loss - got.loss
    assert np.all(err >= -1e-12 * exact.num) and np.all(err <= got.max_error + 1e-12 * exact.num)


def test_tolerance_too_little_to_gain_is_exact(monkeypatch):
    import cms_connectivity_plugin.core.connectivity.indices as indices

    monkeypatch.setattr(indices, "CUT_WORTH", 0.0)
    rng = np.random.default_rng(5)
    net = chain_landscape(rng, 150)
    exact = node_importance(net, "PC")
    got = node_importance(net, "PC", tolerance=1e-4)
    # The subtree method's exact run; the default (compiled) search agrees to rounding.
    assert np.allclose(got.connector, exact.connector, rtol=1e-9, atol=1e-12 * exact.num)
    assert np.all(got.max_error == 0)


def test_tolerance_with_workers_and_bad_values(always_cut):
    rng = np.random.default_rng(9)
    net = chain_landscape(rng, 90)
    one = node_importance(net, "PC", tolerance=1e-5)
    two = node_importance(net, "PC", tolerance=1e-5, workers=2)
    assert np.allclose(one.connector, two.connector, rtol=0, atol=1e-12 * one.num)
    assert np.allclose(one.max_error, two.max_error, rtol=0, atol=1e-12 * one.num)
    for bad in (-1e-3, 1.0, float("nan")):
        with pytest.raises(InputError, match="tolerance"):
            node_importance(net, "PC", tolerance=bad)
    with pytest.raises(InputError, match="subtree"):
        node_importance(net, "PC", method="rows", tolerance=1e-6)
