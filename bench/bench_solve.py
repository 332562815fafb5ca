"""Exact Marxan solves on grid problems, through the same path as the CLI.

    .venv/bin/python bench/bench_solve.py [--sizes 1000,10000,100000] [--features 50]
        [--blm 0,0.1] [--seed 1] [--threads 2] [--limits 1000:60,10000:120,100000:300]
        [--grid square|hex] [--solver highs|lagrangian] [--preset issue17]

``--preset issue17`` is the boundary problem of issue 17: a hexagonal grid (unit edges,
Marxan's convention: each shared edge once, exposed edges as ``id1 == id2`` rows), 20
features each present on 2-30 % of the units, smooth costs from 1 to 10, no locks, 30 %
targets, BLM 0.5 and 0.1, sizes 10,000 (90 s) and 100,000 (300 s). ``--solver`` forces a
back end (default: the solve path's own choice, as the CLI). Each case runs in its own
process, so the peak RSS printed is that case's.

For each size N and BLM: simulate a grid of N 1 x 1 km cells (nx x ny = N), F features with
spatially autocorrelated amounts (smoothed Gaussian noise, each feature present where its
field exceeds a feature-specific quantile, amount = suitability in (0, 1] km2), a smooth
log-normal cost around 1, ~2 % of cells locked in (existing protected areas) and ~1 % locked
out, and 30 % targets (``prop 0.3``). The project is written in Marxan format to a temporary
folder and solved with ``core.marxan.read_marxan`` / ``solve_project`` / ``write_outputs``
(what ``python -m cms_connectivity_plugin marxan`` runs), MIPGAP 0.001 and the per-size
TIMELIMIT. Reports time to 1 % and 0.1 % gap (from the solver's progress reports, one per
second at most, so ±1 s), the gap reached, objective, bound, targets met (recomputed
from the amounts), the solver and the case's peak RSS.
"""

from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.connection
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy import ndimage, sparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cms_connectivity_plugin.core.marxan import (  # noqa: E402
    read_marxan,
    solve_project,
    write_marxan,
    write_outputs,
)
from cms_connectivity_plugin.core.problem import Boundary, Problem  # noqa: E402

GRIDS = {1_000: (40, 25), 10_000: (100, 100), 100_000: (400, 250)}

#: The settings ``--preset issue17`` stands for (issue 17, items 1 and 2).
PRESETS = {
    "issue17": {
        "grid": "hex",
        "sizes": "10000,100000",
        "features": 20,
        "blm": "0.5,0.1",
        "limits": "10000:90,100000:300",
        "shares": "0.02,0.3",
        "costs": "1,10",
        "locks": False,
    }
}


def _field(rng: np.random.Generator, shape: tuple[int, int], sigma: float) -> np.ndarray:
    """Smoothed white noise scaled to zero mean, unit variance: a spatially autocorrelated
    surface with correlation length about ``sigma`` cells."""
    noise = ndimage.gaussian_filter(rng.standard_normal(shape), sigma, mode="wrap")
    return (noise - noise.mean()) / noise.std()


def grid_boundary(nx: int, ny: int) -> Boundary:
    """1 km shared edges between 4-neighbours; exposed edges on the grid's outline."""
    index = np.arange(nx * ny).reshape(ny, nx)
    i = np.concatenate([index[:, :-1].ravel(), index[:-1, :].ravel()])
    j = np.concatenate([index[:, 1:].ravel(), index[1:, :].ravel()])
    exposed = np.zeros((ny, nx))
    exposed[0, :] += 1
    exposed[-1, :] += 1
    exposed[:, 0] += 1
    exposed[:, -1] += 1
    return Boundary.from_pairs(nx * ny, i, j, np.ones(i.size), exposed.ravel())


def hex_boundary(nx: int, ny: int) -> Boundary:
    """Hexagons of unit edge in offset rows (odd rows shifted half a cell): each unit shares an
    edge of 1 with its up to 6 neighbours; the rest of its 6 edges is exposed."""
    index = np.arange(nx * ny).reshape(ny, nx)
    odd = (np.arange(ny) % 2 == 1)[:-1]
    i = [index[:, :-1].ravel()]
    j = [index[:, 1:].ravel()]
    # Row r to row r + 1: even rows touch columns c - 1 and c, odd rows c and c + 1.
    for r in range(ny - 1):
        i.append(index[r])
        j.append(index[r + 1])
        if odd[r]:
            i.append(index[r, :-1])
            j.append(index[r + 1, 1:])
        else:
            i.append(index[r, 1:])
            j.append(index[r + 1, :-1])
    i, j = np.concatenate(i), np.concatenate(j)
    degree = np.bincount(i, minlength=nx * ny) + np.bincount(j, minlength=nx * ny)
    return Boundary.from_pairs(nx * ny, i, j, np.ones(i.size), 6.0 - degree)


def simulate(
    n: int,
    n_features: int,
    blm: float,
    seed: int,
    *,
    grid: str = "square",
    shares: tuple[float, float] = (0.05, 0.4),
    costs: tuple[float, float] | None = None,
    locks: bool = True,
) -> tuple[Problem, np.ndarray]:
    """A grid problem (see the module docstring) and the prop (0.3) of every feature.

    ``grid`` "square" (4 neighbours) or "hex" (6); features on ``shares`` of the units;
    ``costs`` (low, high) rescales a smooth cost field to that range (default: log-normal
    around 1); ``locks`` adds ~2 % locked-in and ~1 % locked-out units.
    """
    nx, ny = GRIDS.get(n, (int(np.sqrt(n)), int(np.sqrt(n))))
    rng = np.random.default_rng(seed)
    shape = (ny, nx)
    sigma = max(2.0, min(nx, ny) / 12.0)
    columns = []
    for _ in range(n_features):
        field = _field(rng, shape, sigma * rng.uniform(0.5, 1.5)).ravel()
        share = rng.uniform(*shares)
        cut = np.quantile(field, 1.0 - share)
        present = field > cut
        suitability = np.clip((field - cut) / (field.max() - cut), 0.05, 1.0)
        columns.append(sparse.csc_matrix(np.where(present, suitability, 0.0)[:, None]))
    amounts = sparse.hstack(columns).tocsr()
    surface = _field(rng, shape, sigma).ravel()
    if costs is None:
        cost = np.exp(0.5 * surface)
        cost /= cost.mean()
    else:
        low, high = costs
        cost = low + (high - low) * (surface - surface.min()) / (surface.max() - surface.min())
    locked_in = np.zeros(n, bool)
    locked_out = np.zeros(n, bool)
    if locks:
        protected = _field(rng, shape, sigma / 2).ravel()
        locked_in = protected > np.quantile(protected, 0.98)
        urban = _field(rng, shape, sigma / 3).ravel()
        locked_out = (urban > np.quantile(urban, 0.99)) & ~locked_in
    prop = np.full(n_features, 0.3)
    totals = np.asarray(amounts.sum(axis=0)).ravel()
    problem = Problem(
        cost=np.round(cost, 6),
        amounts=amounts,
        targets=prop * totals,
        feature_names=[f"f{k + 1}" for k in range(n_features)],
        locked_in=locked_in,
        locked_out=locked_out,
        boundary=hex_boundary(nx, ny) if grid == "hex" else grid_boundary(nx, ny),
        blm=blm,
    )
    return problem, prop


def bench_one(
    n: int,
    n_features: int,
    blm: float,
    seed: int,
    limit: float,
    threads: int,
    solver: str | None = None,
    **shape: object,
) -> dict:
    problem, prop = simulate(n, n_features, blm, seed, **shape)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        input_dat = write_marxan(
            tmp,
            problem,
            np.arange(1, problem.n_units + 1),
            np.arange(1, problem.n_features + 1),
            params={"MIPGAP": "0.001", "TIMELIMIT": f"{limit:g}", "NUMREPS": "1"},
            prop=prop,
        )
        write_s = time.perf_counter() - started
        started = time.perf_counter()
        project = read_marxan(input_dat)
        read_s = time.perf_counter() - started

        reached: dict[float, float] = {}

        def progress(info: dict) -> None:
            gap = info.get("gap")
            if gap is None:
                return
            for level in (0.01, 0.001):
                if gap <= level and level not in reached:
                    reached[level] = float(info["runtime_s"])

        started = time.perf_counter()
        (solution,) = solve_project(project, threads=threads, progress=progress, solver=solver)
        solve_s = time.perf_counter() - started
        for level in (0.01, 0.001):
            if level not in reached and solution.gap <= level:
                reached[level] = solution.runtime_s
        started = time.perf_counter()
        write_outputs(project, [solution])
        out_s = time.perf_counter() - started

    p = project.problem
    held = np.asarray(p.amounts.T @ solution.selected.astype(float)).ravel()
    met = int(np.count_nonzero(held >= p.targets * (1 - 1e-9)))
    return {
        "n": n,
        "features": n_features,
        "blm": blm,
        "nnz": int(p.amounts.nnz),
        "limit": limit,
        "write_s": write_s,
        "read_s": read_s,
        "solve_s": solve_s,
        "runtime_s": solution.runtime_s,
        "out_s": out_s,
        "t1": reached.get(0.01),
        "t01": reached.get(0.001),
        "status": solution.status,
        "gap": solution.gap,
        "objective": solution.objective,
        "bound": solution.bound,
        "met": met,
        "selected": int(solution.selected.sum()),
        "solver": solution.solver,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _in_child(conn: multiprocessing.connection.Connection, args: tuple, kwargs: dict) -> None:
    try:
        conn.send(bench_one(*args, **kwargs))
    except BaseException as exc:  # noqa: BLE001 - reported by the parent
        conn.send({"error": repr(exc)})
    finally:
        conn.close()


def bench_isolated(*args: object, **kwargs: object) -> dict:
    """:func:`bench_one` in a fresh process, so that its peak RSS is its own."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_in_child, args=(child, args, kwargs))
    process.start()
    child.close()
    result = parent.recv()
    process.join()
    if "error" in result:
        raise RuntimeError(result["error"])
    return result


def _time(value: float | None, limit: float) -> str:
    return f"{value:.1f} s" if value is not None else f"> {limit:g} s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", choices=sorted(PRESETS))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--features", type=int, default=50)
    parser.add_argument("--blm", default="0,0.1")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limits", default="1000:60,10000:120,100000:300")
    parser.add_argument("--grid", choices=("square", "hex"), default="square")
    parser.add_argument("--shares", default="0.05,0.4", help="range of feature prevalence")
    parser.add_argument("--costs", default=None, help="low,high: smooth costs in that range")
    parser.add_argument("--no-locks", dest="locks", action="store_false")
    parser.add_argument("--solver", default=None, help="force a back end (default: automatic)")
    args = parser.parse_args()
    if args.preset:
        given = {a[2:].split("=")[0].replace("-", "_") for a in sys.argv[1:] if a[:2] == "--"}
        for key, value in PRESETS[args.preset].items():
            if key not in given:
                setattr(args, key, value)
    limits = {int(k): float(v) for k, v in (item.split(":") for item in args.limits.split(","))}
    shares = tuple(float(v) for v in args.shares.split(","))
    costs = tuple(float(v) for v in args.costs.split(",")) if args.costs else None
    print(
        "| N | BLM | puvspr rows | time to 1 % | time to 0.1 % | status | gap | objective | "
        "bound | targets met | units | solver | solve | peak RSS |"
    )
    print("|" + "---:|" * 14)
    for n in (int(s) for s in args.sizes.split(",")):
        for blm in (float(b) for b in args.blm.split(",")):
            limit = limits.get(n, 300.0)
            r = bench_isolated(
                n,
                args.features,
                blm,
                args.seed,
                limit,
                args.threads,
                args.solver,
                grid=args.grid,
                shares=shares,
                costs=costs,
                locks=args.locks,
            )
            print(
                f"| {r['n']:,} | {r['blm']:g} | {r['nnz']:,} | {_time(r['t1'], limit)} | "
                f"{_time(r['t01'], limit)} | {r['status']} | {r['gap']:.3%} | "
                f"{r['objective']:,.2f} | {r['bound']:,.2f} | {r['met']}/{r['features']} | "
                f"{r['selected']:,} | {r['solver']} | {r['solve_s']:.1f} s | "
                f"{r['peak_mib']:,.0f} MiB |",
                flush=True,
            )


if __name__ == "__main__":
    main()
