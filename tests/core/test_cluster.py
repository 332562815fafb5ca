"""Dask runs (core/cluster.py) give the in-process results; dead workers and cancel are handled.

One ``LocalCluster`` of two worker processes serves the whole module. The tests that kill
workers come last: a killed worker's nanny starts a new one, which takes a few seconds.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import cluster
from cms_connectivity_plugin.core.amounts import (
    _overlap,
    hilbert_index,
    overlap_matrix,
    partition_units,
)
from cms_connectivity_plugin.core.calibration import blm_tradeoff, cohon_blm
from cms_connectivity_plugin.core.connectivity import dpc
from cms_connectivity_plugin.core.connectivity import indices as connectivity_indices
from cms_connectivity_plugin.core.connectivity.indices import network, node_importance
from cms_connectivity_plugin.core.errors import CancelledError, InputError
from cms_connectivity_plugin.core.planning_units import hex_grid
from cms_connectivity_plugin.core.portfolio import diverse_solutions, replacement_cost
from cms_connectivity_plugin.core.simulate import blob

from .connectivity.test_indices import random_network
from .test_calibration import grid_problem as tradeoff_problem
from .test_portfolio import grid_problem

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

EXACT = {"mip_gap": 0.0}


@pytest.fixture(scope="module")
def client():
    # One worker death is forgiven (the task is rescheduled), a second fails the task.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        local = distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    with distributed.Client(local, set_as_default=False) as c:
        c.wait_for_workers(2)
        yield c
    local.close()


def assert_same_matrix(got, want) -> None:
    """Same shape, same stored entries, same bits."""
    assert got.shape == want.shape
    assert np.array_equal(got.indptr, want.indptr)
    assert np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data, want.data)  # bit for bit, not approximately


def hexagons_and_ranges():
    """Hexagons over 200 x 200 km and ranges of many vertices (cut into pieces), one of
    them covering every partition, one a multipolygon across partitions, one empty."""
    rng = np.random.default_rng(7)
    units = hex_grid((0.0, 0.0, 200_000.0, 200_000.0), 40e6)
    ranges = [
        blob(rng, (100_000.0, 100_000.0), 130_000.0, roughness=0.3, n_vertices=1500),
        blob(rng, (60_000.0, 140_000.0), 45_000.0, roughness=0.5, n_vertices=700),
        blob(rng, (150_000.0, 50_000.0), 20_000.0, roughness=0.4, n_vertices=120),
        shapely.MultiPolygon(
            [
                blob(rng, (30_000.0, 30_000.0), 15_000.0, n_vertices=400),
                blob(rng, (170_000.0, 170_000.0), 15_000.0, n_vertices=400),
            ]
        ),
        shapely.box(99_000.0, -5_000.0, 101_000.0, 205_000.0),  # a strip across partitions
        shapely.Polygon(),
    ]
    return units, np.array(ranges, dtype=object)


def test_partitions_are_compact_and_cover_every_unit_once() -> None:
    units, _ = hexagons_and_ranges()
    groups = partition_units(units, 5)
    assert len(groups) == 5
    every = np.concatenate(groups)
    assert np.array_equal(np.sort(every), np.arange(len(units)))
    sizes = [len(g) for g in groups]
    assert max(sizes) - min(sizes) <= 1
    # Compact: each partition's box holds far less than the whole area.
    whole = shapely.area(shapely.box(*shapely.total_bounds(units)))
    for group in groups:
        assert shapely.area(shapely.box(*shapely.total_bounds(units[group]))) < 0.5 * whole
    # A Hilbert index is a permutation of the grid's cells.
    x, y = np.meshgrid(np.arange(8.0), np.arange(8.0))
    d = hilbert_index(x.ravel(), y.ravel(), bits=3)
    assert np.array_equal(np.sort(d), np.arange(64))


@pytest.mark.parametrize("parts", [1, 3, 7])
def test_amounts_on_the_cluster_equal_in_process_bit_for_bit(client, parts: int) -> None:
    units, ranges = hexagons_and_ranges()
    areas = shapely.area(units) * (1.0 + 1e-3 * np.sin(np.arange(len(units))))
    want = overlap_matrix(units, ranges, areas)
    seen = []
    got = overlap_matrix(
        units,
        ranges,
        areas,
        client=client,
        parts=parts,
        task_progress=lambda done, total: seen.append((done, total)),
    )
    assert want.nnz > 100
    assert_same_matrix(got, want)
    assert seen[-1][0] == seen[-1][1] >= 1
    # Units on partition edges are cut by the strip and counted once each.
    strip = want[:, 4].toarray().ravel()
    assert np.isclose(
        strip.sum(), shapely.area(ranges[4].intersection(shapely.union_all(units))) / 1e6
    )


def test_amounts_through_the_stored_choice_of_a_scheduler(client) -> None:
    units, ranges = hexagons_and_ranges()
    want = _overlap(units, ranges, None, 1e-6)
    address = client.scheduler.address
    with cluster.session(scheduler=address):
        assert cluster.chosen() == (address, None)
        got = overlap_matrix(units, ranges)  # no client: the stored choice
    assert cluster.chosen() == (None, None)
    assert_same_matrix(got, want)


def test_portfolio_and_tradeoff_on_the_cluster_equal_in_process(client) -> None:
    problem = grid_problem(9, blm=0.4, rows=3, cols=3)
    want = diverse_solutions(problem, 3, method="shuffle", gap=0.6, seed=3, **EXACT)
    got = diverse_solutions(problem, 3, method="shuffle", gap=0.6, seed=3, client=client, **EXACT)
    assert [s.selected.tolist() for s in got] == [s.selected.tolist() for s in want]
    assert [s.objective for s in got] == [s.objective for s in want]
    assert got.note == want.note

    short = diverse_solutions(
        problem, 30, method="shuffle", gap=0.05, min_changes=2, client=client, **EXACT
    )
    alone = diverse_solutions(problem, 30, method="shuffle", gap=0.05, min_changes=2, **EXACT)
    assert [s.selected.tolist() for s in short] == [s.selected.tolist() for s in alone]
    assert short.note == alone.note != ""

    best = want[0].selected
    seen = []
    rc = replacement_cost(
        problem, best, client=client, task_progress=lambda d, t: seen.append((d, t))
    )
    np.testing.assert_array_equal(rc, replacement_cost(problem, best))
    assert seen[-1][0] == seen[-1][1]

    blms = [0.0, 0.5, 2.0, 8.0]
    tradeoff = tradeoff_problem(1)
    here = blm_tradeoff(tradeoff, blms, **EXACT)
    there = blm_tradeoff(tradeoff, blms, client=client, **EXACT)
    assert [p.blm for p in there] == blms
    np.testing.assert_allclose([p.objective for p in there], [p.objective for p in here])


def test_cohon_ends_on_the_cluster_give_the_in_process_blm(client) -> None:
    for seed in (1, 4):
        problem = tradeoff_problem(seed)
        here = cohon_blm(problem)
        stages: list[str] = []
        with distributed.get_task_stream(client) as stream:
            there = cohon_blm(
                problem, client=client, stage=lambda k, text, s=stages: s.append(text)
            )
        assert tasks_named(stream, "_cohon_end_task") == 2
        assert there.blm == here.blm and there.degenerate == here.degenerate
        for end in ("min_cost", "min_boundary"):
            a, b = getattr(there, end), getattr(here, end)
            assert (a.cost, a.boundary) == (b.cost, b.boundary)
        assert any("Dask" in text for text in stages)


def landscape(seed: int = 5):
    """One component of 120 nodes, one of 30 and a pair, plus isolated nodes: the large one
    goes to the cluster, the small ones stay here unless they are the largest."""
    rng = np.random.default_rng(seed)
    parts = [random_network(rng, n, density=0.12, zeros=0.2) for n in (120, 30, 2)]
    a, i, j, p, adjacent, start = [], [], [], [], [], 0
    for part in parts:
        a.append(part.attribute)
        i.append(part.i + start)
        j.append(part.j + start)
        p.append(part.p)
        adjacent.append(part.adjacent)
        start += part.n
    a.append(rng.uniform(0.1, 2.0, 3))  # isolated
    links = [np.concatenate(x) for x in (i, j, p, adjacent)]
    return network(np.concatenate(a), *links[:3], adjacent=links[3])


def assert_same_importance(got, want) -> None:
    assert got.num == want.num
    for name in ("intra", "flux", "connector", "max_error"):
        assert np.array_equal(getattr(got, name), getattr(want, name)), name


def tasks_named(stream, name: str) -> int:
    return sum(1 for task in stream.data if name in str(task.get("key", "")))


@pytest.mark.parametrize("metric", ["PC", "IIC"])
def test_dpc_on_the_cluster_equals_in_process_bit_for_bit(client, metric: str) -> None:
    net = landscape()
    want = node_importance(net, metric)
    seen: list[float] = []
    with distributed.get_task_stream(client) as stream:
        got = node_importance(net, metric, client=client, progress=seen.append)
    assert_same_importance(got, want)
    assert got.connector.max() > 0 and got.flux.max() > 0
    # The 120-node component went as one task per group of sources; the others stayed here.
    expected = min(connectivity_indices.FAST_GROUPS, int(np.count_nonzero(net.attribute[:120])))
    if dpc.available():
        assert tasks_named(stream, "_fast_group") == expected
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)


def test_dpc_with_a_tolerance_or_without_numba_on_the_cluster(client, monkeypatch) -> None:
    net = landscape(6)
    for tolerance in (0.0, 1e-3):
        monkeypatch.setattr(dpc, "available", lambda: False)  # the numpy subtree method
        want = node_importance(net, "PC", tolerance=tolerance)
        with distributed.get_task_stream(client) as stream:
            got = node_importance(net, "PC", tolerance=tolerance, client=client)
        assert_same_importance(got, want)
        assert tasks_named(stream, "_subtree_task") >= 2


def test_a_small_landscape_still_proves_the_path(client) -> None:
    """With a cluster chosen, the largest component goes to it whatever its size."""
    rng = np.random.default_rng(8)
    net = random_network(rng, 12, density=0.4, zeros=0.0)
    want = node_importance(net, "PC")
    with cluster.session(scheduler=client.scheduler.address):
        with distributed.get_task_stream(client) as stream:
            got = node_importance(net, "PC")  # no client: the stored choice
    assert_same_importance(got, want)
    assert tasks_named(stream, "_fast_group" if dpc.available() else "_subtree_task") >= 1


def test_dpc_cancelled_on_the_cluster(client) -> None:
    net = landscape(7)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CancelledError):
        node_importance(net, "PC", client=client, should_cancel=cancel)


def test_dpc_on_a_local_cluster_started_for_the_call() -> None:
    net = landscape(9)
    assert_same_importance(node_importance(net, "PC", workers=1), node_importance(net, "PC"))


def test_conefor_command_runs_its_node_importance_on_the_cluster(client, tmp_path, capsys):
    from cms_connectivity_plugin.core.connectivity.conefor import main as conefor

    from .connectivity.test_conefor import COMMAND, DISTANCES, NODES

    outputs = {}
    for name, extra in (("here", []), ("cluster", ["-scheduler", client.scheduler.address])):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "nodes.txt").write_text(NODES)
        (folder / "distances.txt").write_text(DISTANCES)
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            with distributed.get_task_stream(client) as stream:
                assert conefor(COMMAND + ["-prefix", "r"] + extra) == 0
        finally:
            os.chdir(cwd)
        outputs[name] = (folder / "r_node_importances.txt").read_bytes()
        assert bool(tasks_named(stream, "_")) == (name == "cluster")
    assert outputs["cluster"] == outputs["here"]
    assert conefor(COMMAND + ["-workers", "0"]) == 2
    assert "whole number of 1 or more" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["qgis", "other-python"])
def test_local_workers_start_under_this_python_inside_a_host_program(host, tmp_path) -> None:
    """Inside the QGIS desktop multiprocessing's executable is QGIS's binary, or the first
    ``python3`` on the PATH, which may be another Python (a pyenv shim was, here)."""
    import sys
    from multiprocessing import spawn

    if host == "qgis":
        executable = "/opt/QGIS/bin/qgis"
    else:
        other = tmp_path / "python3"
        other.write_text("#!/bin/sh\nexit 1\n")  # a Python without this plugin's packages
        other.chmod(0o755)
        executable = str(other)
    before = spawn.get_executable()
    spawn.set_executable(executable)
    try:
        with cluster.cluster_client(workers=1) as local:
            seen = local.submit(lambda: (sys.executable, sys.version), pure=False).result()
        assert os.path.basename(seen[0]).startswith("python") and seen[1] == sys.version
        assert spawn.get_executable() != executable
    finally:
        spawn.set_executable(before)


def test_choices_are_checked() -> None:
    with pytest.raises(InputError, match="not both"):
        cluster.use("tcp://127.0.0.1:8786", 2)
    with pytest.raises(InputError, match="whole number"):
        cluster.use(workers=0)
    with cluster.cluster_client() as none:
        assert none is None
    assert cluster.chosen() == (None, None)


def test_an_unreachable_scheduler_is_named(monkeypatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 0.5)
    with pytest.raises(cluster.ClusterError, match=r"tcp://127\.0\.0\.1:9.*dask scheduler"):
        with cluster.cluster_client(scheduler="tcp://127.0.0.1:9"):
            pass


def test_a_window_keeps_only_a_few_tasks_prepared_ahead(client) -> None:
    def slow(k: int) -> int:
        time.sleep(0.2)
        return k * k

    prepared: list[int] = []
    ahead: list[int] = []

    def prepare(k: int) -> tuple:
        prepared.append(k)
        return (k,)

    got = cluster.map_tasks(
        client,
        slow,
        range(8),
        what="testing",
        window=3,
        prepare=prepare,
        task_progress=lambda done, total: ahead.append(len(prepared) - done),
    )
    assert got == [k * k for k in range(8)] and prepared == list(range(8))
    assert max(ahead) <= 3 and ahead[-1] == 0


def test_cancel_mid_run_cancels_the_futures(client) -> None:
    def slow(k: int) -> int:
        time.sleep(3.0)
        return k

    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()
    began = time.monotonic()
    with pytest.raises(CancelledError):
        cluster.map_tasks(
            client, slow, [(k,) for k in range(6)], what="testing", should_cancel=stop.is_set
        )
    assert time.monotonic() - began < 2.5


def test_a_worker_killed_mid_task_is_replaced_and_the_task_rerun(client, tmp_path: Path) -> None:
    flag = str(tmp_path / "died-once")

    def dies_once(k: int) -> int:
        if not os.path.exists(flag):
            Path(flag).touch()
            os._exit(1)
        return k * 10

    assert cluster.map_tasks(client, dies_once, [(4,)], what="testing") == [40]
    assert os.path.exists(flag)


def test_a_task_that_always_kills_its_worker_fails_with_a_clear_message(client) -> None:
    def always_dies() -> None:
        os._exit(1)

    address = client.scheduler.address
    with pytest.raises(cluster.ClusterError) as error:
        cluster.map_tasks(client, always_dies, [()], what="testing the cluster")
    message = str(error.value)
    assert address in message and "died" in message and "memory" in message
    assert "testing the cluster" in message
