"""Amounts of units that never sit in one process: GeoParquet in, Parquet out, on Dask workers.

    .venv/bin/python bench/bench_parquet.py [--units 2000000] [--ranges 500] [--workers 1,2]
        [--parts 40] [--no-check]

The route of ``core.frames.amounts_partitioned`` (dask-geopandas): the units are read from a
folder of GeoParquet parts by the workers, each part is computed against the ranges whose
boxes touch it, and the long table (unit id, feature, km2) is written to Parquet part by
part. Neither the client nor any worker holds all units or all amounts.

Steps, each in its own process so that memory figures do not mix:

1. prepare (not timed as the route): ``bench_amounts.make_data`` (the data of
   ``bench/bench_cluster.py``), units sorted along a Hilbert curve and written as ``--parts``
   GeoParquet parts with a ``unit_id`` column, ranges as one GeoParquet file;
2. for each N in ``--workers``: a ``LocalCluster(n_workers=N, threads_per_worker=1,
   processes=True)``, then ``amounts_to_parquet(units, ranges, folder)`` timed; peak
   resident set (``VmHWM``) of the client process and of each worker;
3. check (unless ``--no-check``): ``overlap_matrix`` of the same units and ranges in one
   process, compared bit for bit with every Parquet output read back.
"""

from __future__ import annotations

import argparse
import json
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
    """This process's peak resident set (``VmHWM``; ``ru_maxrss`` survives fork and exec)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def prepare(args) -> None:
    import dask_geopandas
    import geopandas as gpd
    import shapely
    from bench_amounts import make_data

    from cms_connectivity_plugin.core import frames  # noqa: F401 - PROJ data path first
    from cms_connectivity_plugin.core.amounts import hilbert_index

    units, ranges, crs = make_data(args.units, args.ranges, args.seed)
    xy = shapely.get_coordinates(shapely.centroid(units))
    order = np.argsort(hilbert_index(xy[:, 0], xy[:, 1]), kind="stable")
    frame = gpd.GeoDataFrame(
        {"unit_id": np.arange(len(units), dtype=np.int64)[order]}, geometry=units[order], crs=crs
    )
    dask_geopandas.from_geopandas(frame, npartitions=args.parts, sort=False).to_parquet(
        args.folder + "/units"
    )
    gpd.GeoDataFrame({"range_id": np.arange(len(ranges))}, geometry=ranges, crs=crs).to_parquet(
        args.folder + "/ranges.parquet"
    )
    print(json.dumps({"units": len(units), "ranges": len(ranges), "peak": _peak_mib()}))


def route(args) -> None:
    import dask
    import dask_geopandas
    import distributed
    import geopandas as gpd

    from cms_connectivity_plugin.core import frames

    cluster = distributed.LocalCluster(
        n_workers=args.n, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = distributed.Client(cluster, set_as_default=False)
    client.wait_for_workers(args.n)
    units = dask_geopandas.read_parquet(args.folder + "/units")
    ranges = gpd.read_parquet(args.folder + "/ranges.parquet")
    start = time.perf_counter()
    with dask.config.set(scheduler=client):
        frames.amounts_to_parquet(units, ranges, args.out, unit_id="unit_id")
    seconds = time.perf_counter() - start
    peaks = sorted(client.run(_peak_mib).values())
    client.close()
    cluster.close()
    print(json.dumps({"s": seconds, "workers": peaks, "client": _peak_mib()}))


def check(args) -> None:
    """``overlap_matrix`` in one process against every Parquet output, bit for bit."""
    import dask.dataframe as dd
    import geopandas as gpd

    from cms_connectivity_plugin.core import frames
    from cms_connectivity_plugin.core.amounts import overlap_matrix

    units = gpd.read_parquet(args.folder + "/units")
    ranges = gpd.read_parquet(args.folder + "/ranges.parquet")
    want = overlap_matrix(units.geometry.to_numpy(), ranges.geometry.to_numpy())
    ids = units["unit_id"].to_numpy()
    result = {}
    for out in args.outputs.split(","):
        table = dd.read_parquet(out).compute()
        got = frames.amounts_matrix(table, ids, len(ranges))
        want.sort_indices()
        got.sort_indices()
        result[out] = bool(
            np.array_equal(got.indptr, want.indptr)
            and np.array_equal(got.indices, want.indices)
            and np.array_equal(got.data, want.data)
        )
    print(json.dumps({"nnz": int(want.nnz), "same": result}))


def _child(step: str, **options) -> dict:
    command = [sys.executable, __file__, "--step", step]
    for key, value in options.items():
        command += [f"--{key}", str(value)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=2_000_000)
    parser.add_argument("--ranges", type=int, default=500)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--parts", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-check", action="store_true")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--outputs", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        {"prepare": prepare, "route": route, "check": check}[args.step](args)
        return
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        made = _child(
            "prepare",
            folder=folder,
            units=args.units,
            ranges=args.ranges,
            parts=args.parts,
            seed=args.seed,
        )
        print(
            f"{made['units']:,} units in {args.parts} GeoParquet parts x {made['ranges']} ranges "
            f"(prepared in {time.perf_counter() - start:.0f} s)"
        )
        outputs = []
        for n in [int(w) for w in args.workers.split(",") if w.strip()]:
            out = f"{folder}/amounts_{n}"
            got = _child("route", folder=folder, out=out, n=n)
            outputs.append(out)
            print(
                f"{n} worker(s)   {got['s']:8.1f} s   peak per worker "
                + ", ".join(f"{p:.0f}" for p in got["workers"])
                + f" MiB; client peak {got['client']:.0f} MiB",
                flush=True,
            )
        if not args.no_check:
            checked = _child("check", folder=folder, outputs=",".join(outputs))
            print(
                f"{checked['nnz']:,} non-zeros; against overlap_matrix in one process: "
                + ", ".join(
                    f"{Path(k).name} {'identical' if v else 'DIFFERENT'}"
                    for k, v in checked["same"].items()
                )
            )


if __name__ == "__main__":
    main()
