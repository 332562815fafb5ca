"""PC and every dPC fraction for random patch landscapes: wall time and memory.

    .venv/bin/python bench/bench_connectivity.py [--sizes 500,2000,5000] [--check-naive 500]
        [--workers 1]
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
   exact (method "subtree").

Memory: the rise of the peak resident set (``VmHWM``, reset through
``/proc/self/clear_refs`` before each step) above the resident set at that moment.
``--protconn N`` times ProtConn instead: a 300 x 300 km country between two neighbours, N
random protected areas over all three (radii log-normal, median 1.5 km), d = 1, 10 and
100 km, with and without dProtConn.

``--workers 2`` shares the dPC work among two forked processes (CPU time is then that of
the parent only). ``--check-naive N`` also runs the naive method (recompute everything for
each patch) on the N-patch landscape and reports the largest difference.
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


def run_size(n: int, naive: bool, workers: int = 1) -> dict:
    from cms_connectivity_plugin.core.connectivity.graph import GraphParams, build_graph
    from cms_connectivity_plugin.core.connectivity.indices import (
        _components,
        node_importance,
        overall,
    )

    geoms, side = landscape(n)
    params = GraphParams(distance="edge", d=2000.0, p=0.5, cutoff=5000.0, pij_min=0.001)
    graph, t_graph, c_graph, m_graph = measure(lambda: build_graph(geoms, params))
    net = graph.network()
    stats, t_overall, c_overall, m_overall = measure(lambda: overall(net))
    imp, t_dpc, c_dpc, m_dpc = measure(lambda: node_importance(net, "PC", workers=workers))
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
    }
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
    parser.add_argument("--sizes", default="500,2000,5000")
    parser.add_argument("--check-naive", type=int, default=500)
    parser.add_argument("--workers", type=int, default=1, help="processes for dPC (fork)")
    parser.add_argument("--protconn", type=int, help="ProtConn run with this many areas")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.protconn:
        print(json.dumps(run_protconn(args.protconn), indent=1))
        return
    if args.one:
        print(json.dumps(run_size(args.one, args.one == args.check_naive, args.workers)))
        return
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
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
            ],
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
        if "naive_s" in r:
            print(
                f"<!-- naive method on {n}: {r['naive_s']:.1f} s, largest |dPC difference| "
                f"{r['naive_max_diff']:.2e} -->",
                flush=True,
            )
        print(f"<!-- {json.dumps(r)} -->", flush=True)


if __name__ == "__main__":
    main()
