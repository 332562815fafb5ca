"""The compiled connector search (:mod:`.dpc`, the default exact dPC / dIIC when numba is
installed) against the numpy/scipy subtree method and the naive recomputation, on random
graphs of 30-200 nodes: ties in path lengths, zero-length links, several components,
isolated nodes, stepping stones with no attribute, pruned links (pij cut-off), PC and IIC,
one and two processes."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.connectivity import dpc
from cms_connectivity_plugin.core.connectivity import indices as indices_module
from cms_connectivity_plugin.core.connectivity.graph import GraphParams, build_graph
from cms_connectivity_plugin.core.connectivity.indices import network, node_importance, overall

from .test_indices import random_network

pytestmark = pytest.mark.skipif(not dpc.available(), reason="numba is not installed")


@contextlib.contextmanager
def without_numba():
    """The numpy/scipy subtree method (what runs where numba is not installed)."""
    saved = dpc.available
    dpc.available = lambda: False
    try:
        yield
    finally:
        dpc.available = saved


def legacy(net, metric, method="subtree"):
    with without_numba():
        return node_importance(net, metric, method=method)


def assert_same(got, ref, rtol=1e-9):
    """Every part within ``rtol`` of the reference (plus 1e-12 of the numerator for parts
    that are 0 up to rounding)."""
    assert got.num == pytest.approx(ref.num, rel=1e-12)
    atol = 1e-12 * max(ref.num, 1.0)
    for name in ("intra", "flux", "connector"):
        a, b = getattr(got, name), getattr(ref, name)
        assert np.all(np.abs(a - b) <= rtol * np.abs(b) + atol), name
    assert np.all(np.abs(got.d - ref.d) <= rtol * np.abs(ref.d) + 1e-10)


def lattice(rows, cols, p=0.5, a=None, diagonal=False):
    """A grid with equal link probabilities: many best paths of equal length (ties)."""
    idx = np.arange(rows * cols).reshape(rows, cols)
    i = [idx[:, :-1].ravel(), idx[:-1, :].ravel()]
    j = [idx[:, 1:].ravel(), idx[1:, :].ravel()]
    if diagonal:
        i.append(idx[:-1, :-1].ravel())
        j.append(idx[1:, 1:].ravel())
    i, j = np.concatenate(i), np.concatenate(j)
    attr = np.ones(rows * cols) if a is None else a
    return network(attr, i, j, np.full(len(i), p), np.ones(len(i), dtype=bool))


def union(*nets):
    """Disjoint union of networks (several components)."""
    attr, ii, jj, pp, adj = [], [], [], [], []
    offset = 0
    for net in nets:
        attr.append(net.attribute)
        ii.append(net.i + offset)
        jj.append(net.j + offset)
        pp.append(net.p)
        adj.append(net.adjacent)
        offset += net.n
    return network(*(np.concatenate(x) for x in (attr, ii, jj, pp, adj)))


def patches(rng, n, pij_min=0.05, cutoff=4000.0):
    """Random circular patches (overlaps: links of length 0) with a pij cut-off."""
    xy = rng.uniform(0, np.sqrt(n) * 1500.0, (n, 2))
    radius = np.exp(rng.normal(np.log(250.0), 0.6, n))
    geoms = shapely.buffer(shapely.points(xy), radius, quad_segs=8)
    params = GraphParams(distance="edge", d=2000.0, p=0.5, cutoff=cutoff, pij_min=pij_min)
    return build_graph(geoms, params).network()


@pytest.mark.parametrize("seed", range(8))
def test_random_graphs_match_the_subtree_and_naive_methods(seed):
    rng = np.random.default_rng(500 + seed)
    n = int(rng.integers(30, 80))
    net = random_network(rng, n, density=rng.uniform(0.05, 0.25), zeros=rng.uniform(0, 0.4))
    for metric in ("PC", "IIC"):
        got = node_importance(net, metric)
        assert got.method == "subtree"
        assert_same(got, legacy(net, metric))
        assert_same(got, legacy(net, metric, "naive"))
        assert got.connector.max() > 0


@pytest.mark.parametrize("seed", range(4))
def test_larger_graphs_with_pruned_links_and_overlaps(seed):
    rng = np.random.default_rng(700 + seed)
    net = patches(rng, int(rng.integers(120, 201)), pij_min=(0.05, 0.01, 0.2, 0.001)[seed])
    assert (net.p == 1.0).any() or seed  # overlapping patches: links of length 0
    for metric in ("PC", "IIC"):
        got = node_importance(net, metric)
        assert_same(got, legacy(net, metric))
        if seed == 0:
            assert_same(got, legacy(net, metric, "naive"))


def test_ties_zero_lengths_components_and_isolated_nodes():
    rng = np.random.default_rng(11)
    grid = lattice(6, 7)  # equal link lengths: ties everywhere
    diag = lattice(5, 5, p=0.25, diagonal=True)
    zero = lattice(3, 4, p=1.0)  # every link of length 0
    stones = lattice(4, 6, a=rng.uniform(0, 3, 24) * (rng.random(24) > 0.5))
    alone = network(np.array([2.0, 1.0, 0.5]), [], [])  # isolated nodes
    pair = network(np.array([1.0, 2.0]), [0], [1], [0.3], [True])
    net = union(grid, alone, diag, zero, pair, stones, random_network(rng, 40, 0.15))
    for metric in ("PC", "IIC"):
        got = node_importance(net, metric)
        naive = legacy(net, metric, "naive")
        assert_same(got, legacy(net, metric))
        assert_same(got, naive)
        # PCnum without each node, recomputed from scratch.
        for k in rng.choice(net.n, 12, replace=False):
            keep = np.ones(net.n, dtype=bool)
            keep[k] = False
            sub = overall(net.subnetwork(keep))
            num = sub.pcnum if metric == "PC" else sub.iicnum
            assert got.num_without[k] == pytest.approx(num, rel=1e-12, abs=1e-12 * got.num)
    # In a grid of equal links a node on no path's every best route has no connector part.
    corner = node_importance(lattice(3, 3), "PC")
    assert corner.connector[0] == pytest.approx(0.0, abs=1e-12)
    assert corner.connector[4] > 0


def test_cut_vertices_lose_the_pairs_they_separate():
    # A chain: every inner node cuts the chain, so its removal loses every pair across it.
    n = 30
    net = network(np.ones(n), np.arange(n - 1), np.arange(1, n), np.full(n - 1, 0.8))
    got = node_importance(net, "PC")
    assert_same(got, legacy(net, "PC", "naive"))
    k = 10
    left, right = np.arange(k), np.arange(k + 1, n)
    lost = 2.0 * sum(0.8 ** abs(i - j) for i in left for j in right)
    assert got.connector[k] == pytest.approx(lost, rel=1e-12)


def test_two_processes_match_one(monkeypatch):
    monkeypatch.setattr(indices_module, "SMALL_COMPONENT", 0)  # fork even for small graphs
    rng = np.random.default_rng(21)
    net = union(random_network(rng, 90, 0.08), lattice(5, 6))
    for metric in ("PC", "IIC"):
        one = node_importance(net, metric)
        two = node_importance(net, metric, workers=2)
        assert np.array_equal(one.flux, two.flux) and one.num == two.num
        assert np.allclose(two.connector, one.connector, rtol=1e-12, atol=1e-12 * one.num)


def test_cancel_and_progress_between_groups_of_sources():
    rng = np.random.default_rng(3)
    net = random_network(rng, 120, 0.06)
    seen = []
    node_importance(net, "PC", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0)
    assert all(b >= a for a, b in zip(seen, seen[1:]))
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(indices_module.CancelledError):
        node_importance(net, "PC", should_cancel=cancel)


def test_kernel_counts_each_pair_once():
    # Direct call: a path 0 - 1 - 2 - 3 - 4 with a = 1; node 2's removal loses the pairs
    # {0, 1} x {3, 4} (both orders), each counted once by the end farther from node 2.
    net = network(np.ones(5), [0, 1, 2, 3], [1, 2, 3, 4], [0.5] * 4)
    i, j, w = indices_module._edges(net, "PC")
    graph = indices_module._sym_csr(5, i, j, w)
    rows = np.arange(5)
    dist, pred = indices_module._shortest(graph, rows, "PC", predecessors=True)
    got = dpc.connector_losses(
        graph.indptr, graph.indices, graph.data, net.attribute, rows, dist, np.exp(-dist), pred
    )
    p = 0.5
    assert got[2] == pytest.approx(2 * (p**2 + 2 * p**3 + p**4), rel=1e-12)
    assert got[0] == 0.0 and got[4] == 0.0
