"""The amounts matrix on a local Dask cluster against the in-process route.

    .venv/bin/python bench/bench_cluster.py [--units 200000] [--ranges 100] [--workers 1,2]

The issue's size is ``--units 2000000 --ranges 500``. Data: ``bench_amounts.make_data``
(hexagons of 40 km2 and irregular ranges of 200 to 3,000 vertices, fixed seed).

Routes, one after the other in this process (data built once, before any of them):

1. in-process: ``overlap_matrix(units, ranges)``, in a child process so that its peak memory
   (``ru_maxrss``) is its own;
2. for each N in ``--workers``: a ``LocalCluster(n_workers=N, threads_per_worker=1,
   processes=True)`` started first (its start-up is reported apart), then
   ``overlap_matrix(units, ranges, client=client)``: WKB to the workers, partitions, the
   assembled matrix. Peak memory of each worker: ``client.run`` reading its ``VmHWM``.

Every cluster matrix is compared with the in-process one, bit for bit.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _peak_mib() -> float:
    """This process's peak resident set (``VmHWM``). Not ``ru_maxrss``: Linux keeps that
    across fork and exec, so a worker would report the client's peak from when it started."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _in_process(args) -> None:
    """Child: build the data, time the in-process call, pickle the matrix and figures."""
    from bench_amounts import make_data

    from cms_connectivity_plugin.core.amounts import overlap_matrix

    units, ranges, _ = make_data(args.units, args.ranges, args.seed)
    before = _peak_mib()
    start = time.perf_counter()
    matrix = overlap_matrix(units, ranges)
    seconds = time.perf_counter() - start
    with open(args.out, "wb") as handle:
        pickle.dump({"matrix": matrix, "s": seconds, "peak": _peak_mib(), "before": before}, handle)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=200_000)
    parser.add_argument("--ranges", type=int, default=100)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--parts", type=int, help="partitions (default: overlap_matrix's)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _in_process(args)
        return

    import distributed
    from bench_amounts import make_data

    from cms_connectivity_plugin.core.amounts import overlap_matrix

    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "local.pkl")
        command = [sys.executable, __file__, "--child", "--out", out]
        command += ["--units", str(args.units), "--ranges", str(args.ranges)]
        subprocess.run(command + ["--seed", str(args.seed)], check=True)
        with open(out, "rb") as handle:
            local = pickle.load(handle)
    want = local["matrix"]
    units, ranges, _ = make_data(args.units, args.ranges, args.seed)
    print(f"{len(units):,} units x {len(ranges)} ranges, {want.nnz:,} non-zeros")
    print(
        f"in-process        {local['s']:8.1f} s   peak {local['peak']:7.0f} MiB "
        f"(data {local['before']:.0f} MiB)"
    )
    for n in [int(w) for w in args.workers.split(",") if w.strip()]:
        start = time.perf_counter()
        cluster = distributed.LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster, set_as_default=False)
        client.wait_for_workers(n)
        started = time.perf_counter() - start
        start = time.perf_counter()
        got = overlap_matrix(units, ranges, client=client, parts=args.parts)
        seconds = time.perf_counter() - start
        peaks = client.run(_peak_mib)
        same = (
            np.array_equal(got.indptr, want.indptr)
            and np.array_equal(got.indices, want.indices)
            and np.array_equal(got.data, want.data)
        )
        client.close()
        cluster.close()
        print(
            f"{n} worker(s)       {seconds:8.1f} s   peak per worker "
            + ", ".join(f"{p:.0f}" for p in peaks.values())
            + f" MiB; client peak {_peak_mib():.0f} MiB; start-up {started:.1f} s; "
            + ("identical" if same else "DIFFERENT")
        )


if __name__ == "__main__":
    main()
