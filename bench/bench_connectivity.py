"""PC and every dPC fraction for random patch landscapes: wall time and memory.

    .venv/bin/python bench/bench_connectivity.py [--sizes 1000,2000,5000] [--check-naive 0]
        [--workers 0] [--legacy] [--tolerance 0] [--compare-exact 2000] [--exact-sample 0]
    .venv/bin/python bench/bench_connectivity.py --protconn 1500

Landscape (fixed seed): ``n`` circular patches, radii log-normal (median 250 m, sigma 0.6),
placed uniformly at one patch per 4 km2 (a square of about 45 km for 500 patches, 141 km
for 5,000), overlaps allowed (distance 0). Graph: edge-to-edge distances through the
STRtree with a 5 km cut-off, ``p_ij = 0.5 ** (d_ij / 2 km)``; with these settings the
patches form one giant component, the hardest case for node importance (every removal can
reroute paths across the whole landscape).

Steps timed separately, each size in its own process so memory figures do not mix:

1. ``build_graph`` (STRtree ``dwithin`` + ``shapely.distance`` on candidate pairs);
2. ``overall`` (PCnum, EC, PCintra/direct/step, IIC, F, AWF);
3. ``node_importance(net, "PC")``: dPC, dPCintra, dPCflux, dPCconnector of every patch,
   exact (method "subtree": the compiled search of ``core/connectivity/dpc.py`` when numba
   is installed, else the numpy/scipy subtree method; ``--legacy`` forces the latter, for
   before/after figures on the same machine).

Memory: the rise of the peak resident set (``VmHWM``, reset through
``/proc/self/clear_refs`` before each step) above the resident set at that moment.
``--protconn N`` times ProtConn instead: a 300 x 300 km country between two neighbours, N
random protected areas over all three (radii log-normal, median 1.5 km), d = 1, 10 and
100 km, with and without dProtConn.

``--workers N`` (default 0: this process) runs dPC on a local Dask cluster of N worker
processes (``core/cluster.py``), started before the clock starts (its start-up is reported
apart); CPU time and peak RSS are then those of the client only, the workers' peaks are
reported apart, and the in-process dPC is run too and compared bit for bit.
``--check-naive N`` also runs the naive method (recompute everything for each patch) on
the N-patch landscape and reports the largest difference;
``--check-legacy N`` runs the numpy/scipy subtree method there and reports the largest
relative difference of dPC and of dPCconnector.

``--tolerance T`` runs dPC with that tolerance (``node_importance(..., tolerance=T)``: each
dPC within T x 100 percentage points) and reports the largest bound it achieved
(``max_error``, in percentage points). ``--compare-exact N`` also runs the exact dPC on the
N-patch landscape and reports the largest observed |dPC - exact| (and whether every node is
within its bound); ``--exact-sample K`` instead checks the K nodes with the largest bound
against PCnum recomputed without each of them (``pc_numerator`` of the network minus the
node), for sizes where the exact run is too long.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def landscape(n: int, seed: int = 42):
    import shapely

    rng = np.random.default_rng(seed)
    side = np.sqrt(n * 4e6)
    xy = rng.uniform(0, side, (n, 2))
    radius = np.exp(rng.normal(np.log(250.0), 0.6, n))
    return shapely.buffer(shapely.points(xy), radius, quad_segs=8), side


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> int:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return _status("VmRSS:")


def measure(step):
    before = _reset_peak()
    start = time.perf_counter()
    cpu = time.process_time()
    value = step()
    wall = time.perf_counter() - start
    return value, wall, time.process_time() - cpu, max(_status("VmHWM:") - before, 0)


def run_size(
    n: int,
    naive: bool,
    workers: int = 0,
    tolerance: float = 0.0,
    compare_exact: bool = False,
    exact_sample: int = 0,
    legacy: bool = False,
    check_legacy: bool = False,
) -> dict:
    from cms_connectivity_plugin.core.connectivity import dpc
    from cms_connectivity_plugin.core.connectivity.graph import GraphParams, build_graph
    from cms_connectivity_plugin.core.connectivity.indices import (
        _components,
        node_importance,
        overall,
        pc_numerator,
    )

    compiled = dpc.available
    if legacy:
        dpc.available = lambda: False
    geoms, side = landscape(n)
    params = GraphParams(distance="edge", d=2000.0, p=0.5, cutoff=5000.0, pij_min=0.001)
    graph, t_graph, c_graph, m_graph = measure(lambda: build_graph(geoms, params))
    net = graph.network()
    stats, t_overall, c_overall, m_overall = measure(lambda: overall(net))
    client, cluster, started = None, None, 0.0
    if workers > 0:
        import distributed

        begin = time.perf_counter()
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster, set_as_default=False)
        client.wait_for_workers(workers)
        started = time.perf_counter() - begin
    imp, t_dpc, c_dpc, m_dpc = measure(
        lambda: node_importance(net, "PC", client=client, tolerance=tolerance)
    )
    extra = {}
    if client is not None:
        extra["startup_s"] = started
        extra["worker_peak_mib"] = sorted(client.run(lambda: _status("VmHWM:") / 2**20).values())
        client.close()
        cluster.close()
        here, t_here, _, _ = measure(lambda: node_importance(net, "PC", tolerance=tolerance))
        extra["in_process_s"] = t_here
        extra["same_as_in_process"] = bool(
            here.num == imp.num
            and all(
                np.array_equal(getattr(here, k), getattr(imp, k))
                for k in ("intra", "flux", "connector", "max_error")
            )
        )
    comps, isolated, _ = _components(net, "PC")
    out = {
        "n": n,
        "side_km": side / 1000.0,
        "links": int((net.p > 0).sum()),
        "largest_component": max((c.m for c in comps), default=1),
        "pcnum": stats.pcnum,
        "ec": stats.ec_pc,
        "graph_s": t_graph,
        "overall_s": t_overall,
        "dpc_s": t_dpc,
        "dpc_cpu_s": c_dpc,
        "graph_mib": m_graph / 2**20,
        "overall_mib": m_overall / 2**20,
        "dpc_mib": m_dpc / 2**20,
        "sum_fractions_err": float(
            np.abs(imp.d - imp.d_intra - imp.d_flux - imp.d_connector).max()
        ),
        "max_dpc": float(imp.d.max()),
        "max_connector": float(imp.d_connector.max()),
        "tolerance": tolerance,
        "max_bound_pp": float(imp.d_max_error.max()),
        "engine": "compiled (numba)" if dpc.available() and tolerance == 0 else "numpy/scipy",
        "workers": workers,
        **extra,
    }
    if check_legacy:
        dpc.available = lambda: False
        ref, t_ref, _, _ = measure(lambda: node_importance(net, "PC"))
        dpc.available = compiled
        scale = 1e-12 * ref.num
        out["legacy_s"] = t_ref
        out["legacy_max_rel_d"] = float(np.max(np.abs(imp.d - ref.d) / np.abs(ref.d)))
        out["legacy_max_rel_connector"] = float(
            np.max(np.abs(imp.connector - ref.connector) / (np.abs(ref.connector) + scale))
        )
    if tolerance > 0 and compare_exact:
        ref, t_exact, _, _ = measure(lambda: node_importance(net, "PC"))
        diff = ref.d - imp.d
        out["exact_s"] = t_exact
        out["max_err_pp"] = float(np.abs(diff).max())
        out["within_bound"] = bool(np.all(np.abs(diff) <= imp.d_max_error + 1e-12))
    elif tolerance > 0 and exact_sample > 0:
        worst = np.argsort(-imp.max_error, kind="stable")[:exact_sample]
        errs = []
        for k in worst.tolist():
            keep = np.ones(net.n, dtype=bool)
            keep[k] = False
            loss = imp.num - pc_numerator(net.subnetwork(keep))
            errs.append(100.0 * (loss - imp.loss[k]) / imp.num)
        errs = np.array(errs)
        out["sample_nodes"] = len(worst)
        out["sample_max_err_pp"] = float(np.abs(errs).max())
        out["sample_bounds_pp"] = [float(b) for b in imp.d_max_error[worst]]
        out["sample_errs_pp"] = [float(e) for e in errs]
    if naive:
        ref, t_naive, _, _ = measure(lambda: node_importance(net, "PC", method="naive"))
        out["naive_s"] = t_naive
        out["naive_max_diff"] = float(np.abs(ref.d - imp.d).max())
    return out


def run_protconn(n: int) -> dict:
    """ProtConn of a 300 x 300 km country with two neighbours and ``n`` random protected
    areas (radii log-normal, median 1.5 km) spread over all three, at d = 1, 10, 100 km."""
    import shapely

    from cms_connectivity_plugin.core.borders import CountryTable
    from cms_connectivity_plugin.core.connectivity.protconn import ProtConnParams, protconn
    from cms_connectivity_plugin.core.sites import prepare_sites
    from cms_connectivity_plugin.core.vector import VectorTable

    laea = "+proj=laea +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    km = 1000.0
    shapes = [
        shapely.box(0, 0, 300 * km, 300 * km),
        shapely.box(300 * km, 0, 500 * km, 300 * km),
        shapely.box(0, 300 * km, 500 * km, 400 * km),
    ]
    countries = CountryTable(
        np.array(["XXX", "YYY", "ZZZ"], dtype=object),
        np.array(["X", "Y", "Z"], dtype=object),
        np.array(shapes, dtype=object),
        crs=laea,
    )
    rng = np.random.default_rng(1)
    xy = rng.uniform([0, 0], [500 * km, 400 * km], (n, 2))
    radius = np.exp(rng.normal(np.log(1500.0), 0.8, n))
    geoms = shapely.buffer(shapely.points(xy), radius, quad_segs=8)
    columns = {"WDPAID": list(range(n)), "STATUS": ["Designated"] * n, "STATUS_YR": [2000] * n}
    sites = prepare_sites([VectorTable("pa", columns, geoms, laea)])
    out = {"n": n}
    for importance in (False, True):
        params = ProtConnParams(importance=importance)
        result, wall, _, mem = measure(lambda p=params: protconn(sites, countries, ["XXX"], p))
        out[f"wall_{importance}"] = wall
        out[f"mib_{importance}"] = mem / 2**20
    out["rows"] = [
        {
            k: r[k]
            for k in (
                "distance_km",
                "n_pa_nodes",
                "n_foreign_nodes",
                "ProtConn",
                "Prot",
                "ProtConn_Trans",
                "ProtConn_Bound",
            )
        }
        for r in result.rows
    ]
    out["neighbours"] = [
        {k: r[k] for k in ("distance_km", "neighbour", "trans_share", "share_method")}
        for r in result.neighbours
    ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,5000")
    parser.add_argument("--check-naive", type=int, default=0)
    parser.add_argument(
        "--check-legacy", type=int, default=0, help="size also run with the numpy/scipy method"
    )
    parser.add_argument(
        "--workers", type=int, default=0, help="local Dask workers for dPC (0: this process)"
    )
    parser.add_argument(
        "--legacy", action="store_true", help="the numpy/scipy subtree method, not numba's"
    )
    parser.add_argument("--tolerance", type=float, default=0.0, help="dPC tolerance (0: exact)")
    parser.add_argument(
        "--compare-exact", type=int, default=0, help="size also run exactly (with --tolerance)"
    )
    parser.add_argument(
        "--exact-sample", type=int, default=0, help="nodes checked by recomputing PCnum"
    )
    parser.add_argument("--protconn", type=int, help="ProtConn run with this many areas")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.protconn:
        print(json.dumps(run_protconn(args.protconn), indent=1))
        return
    if args.one:
        found = run_size(
            args.one,
            args.one == args.check_naive,
            args.workers,
            args.tolerance,
            args.one == args.compare_exact,
            args.exact_sample,
            args.legacy,
            args.one == args.check_legacy,
        )
        print(json.dumps(found))
        return
    print(
        f"# {_cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"numpy {np.__version__}"
    )
    print(
        "| patches | links | largest component | graph | overall (PC, EC, fractions) | "
        "dPC + intra/flux/connector | peak RSS rise (dPC) | EC (km²) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(n),
                "--check-naive",
                str(args.check_naive),
                "--workers",
                str(args.workers),
                "--tolerance",
                str(args.tolerance),
                "--compare-exact",
                str(args.compare_exact),
                "--exact-sample",
                str(args.exact_sample),
                "--check-legacy",
                str(args.check_legacy),
            ]
            + (["--legacy"] if args.legacy else []),
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"| {n:,} | {r['links']:,} | {r['largest_component']:,} | {r['graph_s']:.2f} s | "
            f"{r['overall_s']:.2f} s | {r['dpc_s']:.1f} s (CPU {r['dpc_cpu_s']:.1f} s) | "
            f"+{r['dpc_mib']:.0f} MiB | {r['ec']:.1f} |",
            flush=True,
        )
        if args.tolerance > 0:
            line = (
                f"<!-- tolerance {args.tolerance:g}: largest bound {r['max_bound_pp']:.2e} "
                f"percentage points (budget {100 * args.tolerance:.0e})"
            )
            if "max_err_pp" in r:
                line += (
                    f"; exact run {r['exact_s']:.1f} s, largest |dPC - exact| "
                    f"{r['max_err_pp']:.2e}, all within bound: {r['within_bound']}"
                )
            if "sample_max_err_pp" in r:
                line += (
                    f"; {r['sample_nodes']} nodes with the largest bounds vs PCnum without "
                    f"them: largest |error| {r['sample_max_err_pp']:.2e}"
                )
            print(line + " -->", flush=True)
        print(f"<!-- dPC engine: {r['engine']}, {r['workers']} Dask worker(s) -->", flush=True)
        if r["workers"]:
            print(
                f"<!-- Dask: start-up {r['startup_s']:.1f} s, worker peaks "
                + ", ".join(f"{p:.0f}" for p in r["worker_peak_mib"])
                + f" MiB; in-process {r['in_process_s']:.1f} s; "
                + ("identical" if r["same_as_in_process"] else "DIFFERENT")
                + " -->",
                flush=True,
            )
        if "legacy_s" in r:
            print(
                f"<!-- numpy/scipy subtree method on {n}: {r['legacy_s']:.1f} s; largest "
                f"relative difference of dPC {r['legacy_max_rel_d']:.1e}, of dPCconnector "
                f"{r['legacy_max_rel_connector']:.1e} -->",
                flush=True,
            )
        if "naive_s" in r:
            print(
                f"<!-- naive method on {n}: {r['naive_s']:.1f} s, largest |dPC difference| "
                f"{r['naive_max_diff']:.2e} -->",
                flush=True,
            )
        print(f"<!-- {json.dumps(r)} -->", flush=True)


if __name__ == "__main__":
    main()
