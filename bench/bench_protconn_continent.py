"""ProtConn over a continent, as a run with tracks computes it: time per stage and memory.

    .venv/bin/python bench/bench_protconn_continent.py [--sites 3000] [--distance-km 10]
        [--countries COL,VEN,...] [--hex-km2 1000] [--selected 0.17]
        [--processing [--dprotconn]] [--profile 30]

Default: what the package step of ``run`` does (``core.pipeline.protconn_before_after``):
ProtConn of each study country at one dispersal distance, without dProtConn or
ProtConn[Bound], for the existing protected areas ("before") and for them plus the plan's
selected units ("after"), the sites read as the pipeline reads them. ``--processing``: what
``cmsconnectivity:protconn`` does with its defaults (d = 1, 10 and 100 km, ProtConn[Bound],
the per-neighbour [Trans] table; dProtConn of every node only with ``--dprotconn``, as
when its "Protected areas with dProtConn" output is asked for), on the protected areas
alone.

Countries: QGIS's world map (``world_map.gpkg``), by default eleven South American ones
(Brazil alone has ten neighbours). Protected areas (fixed seed): ``--sites`` polygons inside
those countries and their neighbours, areas log-normal (median 30 km2, sigma 2, up to
50,000 km2), elongated (buffered short segments). Selected units: hexagons of ``--hex-km2``
over the study area, the ``--selected`` share picked where a smooth random field is highest,
dissolved (as the pipeline does).

Stages timed (summed over countries and runs) by wrapping the module's functions:
``prepare`` (study area of each country, sites near it, dissolve, clip, neighbour pieces),
``graph`` (edge-to-edge links), ``pcnum`` (PCnum of the whole graph, ProtConn[Bound]),
``trans`` ([Trans]: PCnum with and without the neighbours' stepping stones, the Shapley
shares and leave-one-out losses), ``dprotconn`` (node importance), and the rest. Progress:
how often ``progress`` was called and the longest wait between two calls (when the code
takes a progress callback). Peak memory: ``VmHWM`` of the process (reset before the run
through ``/proc/self/clear_refs``) above the resident set at the start. ``--profile N``
prints the N costliest functions (cProfile, cumulative time) on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
DEFAULT_CODES = "COL,VEN,ECU,PER,BOL,BRA,PRY,ARG,CHL,URY,GUY"


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


def read_countries(path: str = WORLD_MAP):
    """QGIS's world map as a CountryTable (GDAL's Python bindings, no QGIS needed)."""
    import shapely
    from osgeo import ogr

    from cms_connectivity_plugin.core.borders import country_table

    source = ogr.Open(path)
    layer = source.GetLayerByName("countries")
    codes, names, geoms = [], [], []
    for feature in layer:
        codes.append(feature.GetField("ISO_A3"))
        names.append(feature.GetField("NAME"))
        geoms.append(shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    return country_table(
        {"ISO_A3": codes, "NAME": names}, np.array(geoms, dtype=object), source="world_map"
    )


def synthetic_sites(study, countries, n: int, seed: int = 7) -> np.ndarray:
    """``n`` protected areas (in the study area's CRS) on the land of the study countries
    and their neighbours."""
    import shapely

    from cms_connectivity_plugin.core.crs import WGS84, transform

    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = shapely.bounds(study.geometry)
    land_wgs = shapely.union_all(shapely.make_valid(countries.geometry))
    box = shapely.box(minx - 3e5, miny - 3e5, maxx + 3e5, maxy + 3e5)
    box_wgs = transform(np.array([shapely.segmentize(box, 5e4)]), study.crs, WGS84)[0]
    land = transform(
        np.array([shapely.intersection(land_wgs, box_wgs.envelope)]), WGS84, study.crs
    )[0]
    land = shapely.make_valid(land)
    shapely.prepare(land)
    points = np.zeros((0, 2))
    while len(points) < n:
        xy = rng.uniform([minx - 3e5, miny - 3e5], [maxx + 3e5, maxy + 3e5], (4 * n, 2))
        points = np.vstack([points, xy[shapely.contains_xy(land, xy[:, 0], xy[:, 1])]])
    points = points[:n]
    area = np.minimum(np.exp(rng.normal(np.log(30.0), 2.0, n)), 50_000.0) * 1e6
    stretch = rng.uniform(1.0, 4.0, n)  # length / width
    width = np.sqrt(area / (np.pi / 4 + stretch - 1)) / 2  # buffer radius of a segment
    half = (stretch - 1) * width
    angle = rng.uniform(0, np.pi, n)
    dx, dy = half * np.cos(angle), half * np.sin(angle)
    lines = shapely.linestrings(
        np.stack(
            [
                np.column_stack([points[:, 0] - dx, points[:, 1] - dy]),
                np.column_stack([points[:, 0] + dx, points[:, 1] + dy]),
            ],
            axis=1,
        )
    )
    return shapely.buffer(lines, width, quad_segs=8)


def selected_units(study, hex_km2: float, share: float, seed: int = 11) -> np.ndarray:
    """The dissolved parts of the ``share`` of hexagons where a smooth field is highest."""
    import shapely

    rng = np.random.default_rng(seed)
    side = np.sqrt(2 * hex_km2 * 1e6 / (3 * np.sqrt(3)))
    minx, miny, maxx, maxy = shapely.bounds(study.geometry)
    xs = np.arange(minx, maxx + side, 1.5 * side)
    ys = np.arange(miny, maxy + side, np.sqrt(3) * side)
    cx, cy = np.meshgrid(xs, ys)
    cy = cy + (np.arange(len(xs)) % 2)[None, :] * np.sqrt(3) * side / 2
    cx, cy = cx.ravel(), cy.ravel()
    shapely.prepare(study.geometry)
    inside = shapely.contains_xy(study.geometry, cx, cy)
    cx, cy = cx[inside], cy[inside]
    blobs = rng.uniform([minx, miny], [maxx, maxy], (60, 2))
    scale = rng.uniform(1e5, 4e5, 60)
    field = np.zeros(len(cx))
    for (bx, by), s in zip(blobs, scale, strict=True):
        field += np.exp(-((cx - bx) ** 2 + (cy - by) ** 2) / (2 * s * s))
    field += rng.normal(0, 0.05, len(cx))
    chosen = field >= np.quantile(field, 1 - share)
    angles = np.arange(6) * np.pi / 3
    ring = np.stack([side * np.cos(angles), side * np.sin(angles)], axis=1)
    coords = np.stack([cx[chosen], cy[chosen]], axis=1)[:, None, :] + ring[None, :, :]
    hexes = shapely.polygons(coords)
    hexes = shapely.intersection(hexes, study.geometry)
    return shapely.get_parts(shapely.union_all(hexes))


class Stages:
    """Wall time per stage, by wrapping the ProtConn module's functions."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._depth = 0

    def wrap(self, module, name: str, stage: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):
            if self._depth:
                return original(*args, **kwargs)
            self._depth += 1
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self._depth -= 1
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start

        setattr(module, name, timed)


def run(args) -> dict:
    import inspect

    import shapely

    from cms_connectivity_plugin.core.borders import build_study_area
    from cms_connectivity_plugin.core.connectivity import protconn as pc
    from cms_connectivity_plugin.core.sites import prepare_sites
    from cms_connectivity_plugin.core.vector import VectorTable

    codes = tuple(c.strip().upper() for c in args.countries.split(",") if c.strip())
    countries = read_countries()
    t0 = time.perf_counter()
    study = build_study_area(countries, codes)
    sites = synthetic_sites(study, countries, args.sites)
    network = selected_units(study, args.hex_km2, args.selected)
    runs = {"before": sites}
    if args.processing:  # no "Protected areas with dProtConn" output asked for
        params = pc.ProtConnParams(importance=args.dprotconn)
    else:  # core.pipeline.protconn_before_after
        params = pc.ProtConnParams(
            distances_m=(args.distance_km * 1000.0,), importance=False, bound=False
        )
        runs["after"] = np.concatenate([sites, network])
    tables = {}
    for key, geoms in runs.items():
        table = VectorTable(
            "network", {"NAME": [f"site {k + 1}" for k in range(len(geoms))]}, geoms, study.crs
        )
        tables[key] = prepare_sites([table], kind="generic", name_field="NAME")
    setup = time.perf_counter() - t0
    stages = Stages()
    for name, stage in (
        ("_prepare_country", "prepare"),
        ("build_graph", "graph"),
        ("add_nodes", "graph"),
        ("pc_numerator", "pcnum"),
        ("_ec", "pcnum"),
        ("_StoneGame", "trans"),
        ("_trans_breakdown", "trans"),
        ("node_importance", "dprotconn"),
    ):
        if hasattr(pc, name):
            stages.wrap(pc, name, stage)
    takes_progress = "progress" in inspect.signature(pc.protconn).parameters
    calls: list[float] = []
    out = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "shapely": shapely.__version__,
        "mode": "processing" if args.processing else "pipeline",
        "countries": len(codes),
        "codes": ",".join(codes),
        "sites": int(args.sites),
        "selected_parts": 0 if args.processing else int(len(network)),
        "distances_km": [d / 1000.0 for d in params.distances_m],
        "setup_s": round(setup, 2),
    }
    before_rss = _reset_peak()
    start = time.perf_counter()
    cpu = time.process_time()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    values, nodes = {}, {}
    for key, table in tables.items():
        t = time.perf_counter()
        extra = {"progress": lambda f: calls.append(time.perf_counter())} if takes_progress else {}
        result = pc.protconn(table, countries, codes, params, **extra)
        out[f"{key}_s"] = round(time.perf_counter() - t, 2)
        values[key] = {
            f"{r['iso3']} {r['distance_km']:g} km": round(r["ProtConn"], 4) for r in result.rows
        }
        nodes[key] = {
            r["iso3"]: [r["n_pa_nodes"], r["n_foreign_nodes"]]
            for r in result.rows
            if r["distance_km"] == result.rows[0]["distance_km"]
        }
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.profile)
    out["total_s"] = round(time.perf_counter() - start, 2)
    out["cpu_s"] = round(time.process_time() - cpu, 2)
    out["stages_s"] = {k: round(v, 2) for k, v in stages.seconds.items()}
    out["other_s"] = round(out["total_s"] - sum(stages.seconds.values()), 2)
    out["peak_rss_rise_mib"] = round(max(_status("VmHWM:") - before_rss, 0) / 2**20, 1)
    if takes_progress:
        gaps = np.diff(np.r_[start, calls, time.perf_counter()])
        out["progress_calls"] = len(calls)
        out["longest_wait_s"] = round(float(gaps.max()), 2)
    out["nodes_own_foreign"] = nodes
    out["protconn"] = values
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=3000, help="protected areas")
    parser.add_argument("--distance-km", type=float, default=10.0, help="median dispersal")
    parser.add_argument("--countries", default=DEFAULT_CODES, help="ISO3 codes")
    parser.add_argument("--hex-km2", type=float, default=1000.0, help="hexagon area")
    parser.add_argument("--selected", type=float, default=0.17, help="share of units chosen")
    parser.add_argument(
        "--processing", action="store_true", help="the Processing algorithm's defaults"
    )
    parser.add_argument(
        "--dprotconn", action="store_true", help="with --processing: dProtConn of every node"
    )
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest calls")
    print(json.dumps(run(parser.parse_args()), indent=1))


if __name__ == "__main__":
    main()
