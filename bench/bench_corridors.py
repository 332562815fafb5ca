"""Least-cost corridors between 20 cores on a 2,000 x 2,000 resistance raster.

    .venv/bin/python bench/bench_corridors.py [--size 2000] [--cores 20] [--k 3]
        [--width 20000] [--polygons] [--current] [--seed 7]

Data (fixed seed): a smooth random resistance surface of ``--size`` x ``--size`` cells of
100 m (white noise blurred with a Gaussian of 25 cells, mapped to 1-100 on an exponential
scale, so there are cheap valleys and expensive ridges, as in a real reclassified land
cover), in ETRS89-LAEA; ``--cores`` discs of 1.5 km radius at random places at least 15 km
apart. ``core.connectivity.corridors.corridors`` links each core to its ``--k`` nearest
(Euclidean) cores and maps normalised least-cost corridors truncated at ``--width`` cost
units; ``--polygons`` adds corridor polygons and ``--current`` current flow in each corridor.

Reported: wall time of the call alone (data built before), and peak memory as the rise of
the process's peak resident set (``VmHWM``, reset through ``/proc/self/clear_refs`` just
before the call) above the resident set at that moment, plus the whole process's peak.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CRS = "EPSG:3035"
CELL = 100.0


def make_data(size: int, n_cores: int, seed: int):
    import shapely
    from scipy import ndimage

    rng = np.random.default_rng(seed)
    noise = ndimage.gaussian_filter(rng.standard_normal((size, size)), 25.0, mode="wrap")
    noise = (noise - noise.min()) / (noise.max() - noise.min())
    resistance = np.exp(np.log(100.0) * noise)  # 1 .. 100
    gt = (4_000_000.0, CELL, 0.0, 3_000_000.0 + size * CELL, 0.0, -CELL)
    side = size * CELL
    centres: list[tuple[float, float]] = []
    while len(centres) < n_cores:
        x, y = rng.uniform(3_000, side - 3_000, 2)
        if all(np.hypot(x - a, y - b) >= 15_000 for a, b in centres):
            centres.append((x, y))
    xy = np.array(centres) + [gt[0], 3_000_000.0]
    cores = shapely.buffer(shapely.points(xy), 1_500.0, quad_segs=16)
    return resistance, gt, cores


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) * 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--cores", type=int, default=20)
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--width", type=float, default=20_000.0)
    parser.add_argument("--polygons", action="store_true")
    parser.add_argument("--current", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from cms_connectivity_plugin.core.connectivity.corridors import corridors, resistance_grid

    began = time.perf_counter()
    values, gt, cores = make_data(args.size, args.cores, args.seed)
    grid = resistance_grid(values, gt, CRS, name="bench")
    import skimage.graph  # noqa: F401  (import time is not part of the call)

    built = time.perf_counter() - began
    Path("/proc/self/clear_refs").write_text("5")
    before = _status("VmRSS:")
    began = time.perf_counter()
    cpu = time.process_time()
    result = corridors(
        grid,
        cores,
        CRS,
        width=args.width,
        k_nearest=args.k,
        polygons=args.polygons,
        current=args.current,
    )
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu
    peak = _status("VmHWM:")
    figures = {
        "size": f"{args.size} x {args.size}",
        "cells": args.size * args.size,
        "cores": args.cores,
        "k_nearest": args.k,
        "width": args.width,
        "polygons": args.polygons,
        "current": args.current,
        "pairs_considered": result.params["pairs_considered"],
        "links": len(result),
        "dropped": result.dropped,
        "corridor_cells": int(np.isfinite(result.corridor).sum()),
        "data_s": round(built, 2),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_rise_mib": round((peak - before) / 2**20),
        "process_peak_mib": round(peak / 2**20),
        "mean_lcd": round(float(np.mean(result.links["lcd"])), 1) if len(result) else None,
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
