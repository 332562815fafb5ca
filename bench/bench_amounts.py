"""The amounts matrix: ``core.amounts.overlap_matrix`` against QGIS's own overlay route.

    .venv/bin/python bench/bench_amounts.py [--units 100000] [--features 200] [--qgis-every 10]

Data: ``--units`` hexagons of 40 km2 (a square of about 2,000 x 2,000 km for 100,000, in a
Lambert azimuthal equal-area CRS) and ``--features`` irregular range polygons of 200 to 3,000
vertices (a third with a hole, a quarter with a second part), all made from a fixed seed.

Routes, each in its own process so that memory figures do not mix:

1. core, all units: ``overlap_matrix(units, ranges)``;
2. core, every ``--qgis-every``-th unit (a subset with the same density of ranges per unit);
3. QGIS, the same subset: ``native:calculatevectoroverlaps`` with the units as input and one
   memory layer per range as overlay layers (its ``<layer>_area`` fields are the matrix).

Reported: wall time of the call alone (data built before), and peak memory as the rise of
the process's peak resident set (``VmHWM``, reset through ``/proc/self/clear_refs`` just
before the call) above the resident set at that moment; this counts GEOS and QGIS memory,
which ``tracemalloc`` would not see. The two routes' matrices on the subset are compared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for _plugins in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if Path(_plugins).exists() and _plugins not in sys.path:
        sys.path.append(_plugins)

CELL_KM2 = 40.0


# ------------------------------------------------------------------------------------ data


def make_data(n_units: int, n_features: int, seed: int = 1):
    """Hexagons (about ``n_units``) and range polygons, in metres, plus the CRS."""
    import shapely

    from cms_connectivity_plugin.core.crs import laea_for
    from cms_connectivity_plugin.core.planning_units import hex_grid
    from cms_connectivity_plugin.core.simulate import blob

    side = float(np.sqrt(n_units * CELL_KM2)) * 1000.0
    half = side / 2.0
    grid = hex_grid((-half, -half, half, half), CELL_KM2 * 1e6)
    xy = shapely.get_coordinates(shapely.centroid(grid))
    units = grid[(np.abs(xy[:, 0]) < half) & (np.abs(xy[:, 1]) < half)]
    rng = np.random.default_rng(seed)
    ranges = []
    for k in range(n_features):
        radius = rng.uniform(0.02, 0.2) * side
        vertices = int(rng.integers(200, 3_000))
        centre = tuple(rng.uniform(-half, half, 2))
        stretch = rng.uniform(1.0, 2.5)
        poly = blob(
            rng,
            centre,
            radius,
            stretch=stretch,
            angle=rng.uniform(0.0, np.pi),
            roughness=0.4,
            n_vertices=vertices,
        )
        if k % 3 == 0:  # a hole (e.g. a mountain range the species avoids)
            poly = poly.difference(blob(rng, centre, 0.3 * radius, n_vertices=vertices // 4))
        if k % 4 == 1:  # a second, separate part
            turn = rng.uniform(0.0, 2.0 * np.pi)
            away = rng.uniform(3.0, 4.0) * radius * stretch
            other = (centre[0] + away * np.cos(turn), centre[1] + away * np.sin(turn))
            poly = shapely.union(poly, blob(rng, other, 0.5 * radius, n_vertices=vertices // 2))
        ranges.append(poly)
    return units, np.array(ranges, dtype=object), laea_for(20.0, 10.0)


# ------------------------------------------------------------------------------------ memory


def _status(field: str) -> int:
    """A field of /proc/self/status in KiB."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def reset_peak() -> int:
    """Reset the peak resident set to the current one; return the current one (KiB)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
        handle.write("5")
    return _status("VmRSS")


def peak_rise_mib(before_kib: int) -> float:
    return (_status("VmHWM") - before_kib) / 1024.0


# ------------------------------------------------------------------------------------ routes


def route_core(args) -> dict:
    from cms_connectivity_plugin.core import amounts
    from cms_connectivity_plugin.core.amounts import overlap_matrix

    if args.max_pairs:
        amounts.MAX_PAIRS = args.max_pairs

    units, ranges, _ = make_data(args.units, args.features, args.seed)
    units = units[:: args.every]
    before = reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    matrix = overlap_matrix(units, ranges)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    rise = peak_rise_mib(before)
    sample = np.arange(0, len(units), max(1, len(units) // 2_000))
    if not args.max_pairs:
        np.save(Path(args.out) / f"core_{args.every}.npy", matrix[sample].toarray())
    return {
        "route": "core",
        "units": len(units),
        "features": len(ranges),
        "seconds": seconds,
        "cpu": cpu,
        "peak_rise_mib": rise,
        "nnz": int(matrix.nnz),
        "matrix_mib": (matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes) / 2**20,
        "sample": sample.tolist(),
    }


def route_qgis(args) -> dict:
    from cms_connectivity_plugin.qgis_io.app import headless_qgis

    with headless_qgis():
        import processing
        from processing.core.Processing import Processing
        from qgis.core import QgsApplication

        from cms_connectivity_plugin.qgis_io.layers import memory_layer

        Processing.initialize()
        algorithm_id = "native:calculatevectoroverlaps"
        assert QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None
        units, ranges, crs = make_data(args.units, args.features, args.seed)
        units = units[:: args.every]
        unit_layer = memory_layer(
            "units", "Polygon", crs, {"unit": np.arange(len(units), dtype=np.int64)}, units
        )
        overlays = [
            memory_layer(f"f{k:03d}", "MultiPolygon", crs, {"k": np.array([k])}, ranges[k : k + 1])
            for k in range(len(ranges))
        ]
        before = reset_peak()
        start, cpu = time.perf_counter(), time.process_time()
        result = processing.run(
            algorithm_id, {"INPUT": unit_layer, "LAYERS": overlays, "OUTPUT": "memory:"}
        )
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        rise = peak_rise_mib(before)
        out = result["OUTPUT"]
        names = [f"f{k:03d}_area" for k in range(len(ranges))]
        dense = np.zeros((len(units), len(ranges)))
        for feature in out.getFeatures():
            dense[feature["unit"]] = [feature[name] or 0.0 for name in names]
        sample = np.arange(0, len(units), max(1, len(units) // 2_000))
        np.save(Path(args.out) / "qgis.npy", dense[sample] * 1e-6)
        return {
            "route": "qgis",
            "algorithm": algorithm_id,
            "units": len(units),
            "features": len(ranges),
            "seconds": seconds,
            "cpu": cpu,
            "peak_rise_mib": rise,
            "nnz": int((dense > 0).sum()),
            "sample": sample.tolist(),
        }


# ------------------------------------------------------------------------------------ main


def _child(route: str, every: int, args, out: str, max_pairs: int = 0) -> dict:
    command = [
        sys.executable,
        __file__,
        "--route",
        route,
        "--every",
        str(every),
        "--units",
        str(args.units),
        "--features",
        str(args.features),
        "--seed",
        str(args.seed),
        "--out",
        out,
        "--max-pairs",
        str(max_pairs),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"{route} route failed")
    return json.loads(lines[-1][len("RESULT ") :])


def _line(label: str, run: dict, extra: str = "") -> None:
    print(
        f"{label:<20}: {run['units']:>7,} x {run['features']} -> {run['seconds']:7.2f} s "
        f"(CPU {run['cpu']:.2f} s), peak +{run['peak_rise_mib']:.0f} MiB{extra}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--features", type=int, default=200)
    parser.add_argument("--qgis-every", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--route", choices=("core", "qgis"))
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--out")
    parser.add_argument("--max-pairs", type=int, default=0, help="override amounts.MAX_PAIRS")
    args = parser.parse_args()
    if args.route:
        run = route_core if args.route == "core" else route_qgis
        print("RESULT " + json.dumps(run(args)), flush=True)
        return

    import shapely

    units, ranges, _ = make_data(args.units, args.features, args.seed)
    vertices = shapely.get_num_coordinates(ranges)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"data: {len(units):,} hexagons of {CELL_KM2:g} km2, {len(ranges)} ranges of "
        f"{vertices.min()}-{vertices.max()} vertices (median {int(np.median(vertices))}), "
        f"{int((shapely.get_num_interior_rings(shapely.get_parts(ranges)) > 0).sum())} with holes, "
        f"{int((shapely.get_num_geometries(ranges) > 1).sum())} multi-part"
    )
    del units, ranges
    with tempfile.TemporaryDirectory() as out:
        full = _child("core", 1, args, out)
        whole = _child("core", 1, args, out, max_pairs=10**12)
        sub = _child("core", args.qgis_every, args, out)
        qgis = _child("qgis", args.qgis_every, args, out)
        core_sample = np.load(Path(out) / f"core_{args.qgis_every}.npy")
        qgis_sample = np.load(Path(out) / "qgis.npy")
    diff = np.abs(core_sample - qgis_sample)
    scale = np.maximum(np.abs(core_sample), 1e-12)
    _line("core, all units", full, f", nnz {full['nnz']:,} (CSR {full['matrix_mib']:.0f} MiB)")
    _line("core, one chunk", whole, " (all candidate pairs at once, for comparison)")
    _line("core, subset", sub, f", nnz {sub['nnz']:,}")
    _line(f"QGIS {qgis['algorithm']}, subset", qgis, f", nnz {qgis['nnz']:,}")
    ratio = qgis["seconds"] / sub["seconds"]
    ratio_cpu = qgis["cpu"] / sub["cpu"]
    scaled = qgis["seconds"] * full["units"] / qgis["units"]
    print(f"ratio on the subset (QGIS / core): {ratio:.1f}x wall, {ratio_cpu:.1f}x CPU")
    if qgis["units"] < full["units"]:
        print(
            f"QGIS scaled linearly to all units: ~{scaled:,.0f} s, "
            f"{scaled / full['seconds']:.0f}x the core route's {full['seconds']:.1f} s"
        )
    print(
        f"agreement on {len(core_sample)} sampled units x {core_sample.shape[1]} ranges: "
        f"max abs diff {diff.max():.3g} km2, max rel diff "
        f"{(diff / scale)[core_sample > 1e-9].max():.3g}, same non-zeros: "
        f"{bool(((core_sample > 1e-9) == (qgis_sample > 1e-9)).all())}"
    )


if __name__ == "__main__":
    main()
