"""Command line: ``python -m cms_connectivity_plugin run --out DIR [options]`` and
``python -m cms_connectivity_plugin marxan path/to/input.dat [--threads N] [--quiet]``.

``run`` takes the same code path as the Processing algorithm, headless (it starts QGIS).
Both take ``--scheduler ADDRESS`` (a running Dask scheduler) or ``--workers N`` (a local Dask
cluster of N processes for the run) for the parts that run in parallel (see core/cluster.py).
``marxan`` is an exact drop-in for Marxan: it reads ``input.dat`` and its files, solves with
HiGHS and writes Marxan-named outputs into OUTPUTDIR; it never starts QGIS. Bad input prints
one line (``error: ...``) and exits with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time

from .core.errors import CancelledError, InputError
from .core.i18n import tr


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m cms_connectivity_plugin",
        description="CMS Connectivity Planner: plan migratory-species networks and TFCAs.",
    )
    parser.epilog = (
        "Also: 'conefor -nodeFile N -conFile C ...' runs the Conefor 2.7-compatible "
        "connectivity command with Conefor's own options."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="simulate a scenario, solve it, write layers, CSV and map")
    run.error = lambda message: run.exit(2, f"error: {message}\n")  # one line, no usage
    run.add_argument("--out", required=True, help="output folder (created if missing)")
    run.add_argument(
        "--scenario",
        help="scenario JSON; options below override it. A scenario exported from the dock "
        "(Export scenario) runs its whole workflow: Data, units, solve, connectivity, TFCA, maps",
    )
    run.add_argument("--countries", help="ISO3 codes, comma separated (default: DEU..MAR)")
    run.add_argument("--species", type=int, dest="n_species", help="number of species")
    run.add_argument("--seed", type=int)
    run.add_argument("--hex-area", type=float, dest="hex_area_km2", help="hexagon area, km2")
    run.add_argument("--target", type=float, dest="target_percent", help="target, percent")
    run.add_argument("--blm", type=float, help="boundary length modifier")
    run.add_argument("--time-limit", type=float, dest="time_limit_s", help="seconds")
    run.add_argument(
        "--gap", type=float, dest="mip_gap", help="relative optimality gap, 0 to 1 (0.01 = 1 %%)"
    )
    run.add_argument(
        "--stepping-stones",
        type=float,
        dest="stepping_stones_km",
        metavar="KM",
        help="longest gap (km) between stopovers along each passage range (0: off)",
    )
    run.add_argument(
        "--country-share",
        type=float,
        dest="country_share_percent",
        metavar="PERCENT",
        help="every country keeps at least this share of its own area (0: off)",
    )
    run.add_argument(
        "--cross-border-bonus",
        type=float,
        dest="cross_border_bonus",
        metavar="WEIGHT",
        help="cost units earned per km of edge shared by selected units of two countries",
    )
    run.add_argument(
        "--connectivity",
        dest="connectivity_table",
        metavar="CSV",
        help="connectivity table between planning units (id1, id2, value; Marxan Connect)",
    )
    run.add_argument(
        "--connectivity-weight",
        type=float,
        dest="connectivity_weight",
        metavar="WEIGHT",
        help="weight of the connectivity table (0: off)",
    )
    run.add_argument("--no-pdf", action="store_true", help="skip the PDF/PNG map")
    run.add_argument(
        "--tracks",
        help="Movebank CSV (.csv or .csv.gz): seasonal ranges from these GPS tracks replace the "
        "simulated species",
    )
    run.add_argument("--tracks-species", default="Ciconia ciconia", help="species tracked")
    run.add_argument(
        "--tracks-seasons",
        choices=("auto", "movement", "dates", "state", "resident"),
        help="how fixes get their season: auto (the track's own labels, else movement; "
        "default), movement (each bird's annual cycle), dates, state (a labels field) or "
        "resident",
    )
    run.add_argument(
        "--tracks-state-field",
        metavar="FIELD",
        help="the tracks' season-labels column (default: Movebank's migration-stage or "
        "migration-state columns, detected)",
    )
    run.add_argument(
        "--tracks-windows",
        metavar="WINDOWS",
        help='day-of-year windows for --tracks-seasons dates, e.g. "breeding=121-212; '
        'passage=213-304,60-120; non-breeding=305-59"',
    )
    run.add_argument(
        "--sites",
        action="append",
        metavar="LAYER",
        help="protected areas or sites (a vector file; repeat for several layers)",
    )
    run.add_argument(
        "--simulated-sites",
        action="store_true",
        help="with --tracks or --sites: add simulated protected areas too (labelled as such)",
    )
    run.add_argument(
        "--lang",
        choices=("en", "fr", "es"),
        help="language of the maps and report (default: the system's, else English)",
    )
    run.add_argument("--quiet", action="store_true")
    _cluster_arguments(run)
    marxan = sub.add_parser(
        "marxan",
        help="solve a Marxan project (input.dat) exactly; write Marxan's outputs to OUTPUTDIR",
    )
    _marxan_arguments(marxan)
    return parser


def _marxan_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of ``marxan`` and of the ``cms-marxan`` command (the same ones)."""
    parser.add_argument(
        "input_dat",
        nargs="?",
        default="input.dat",
        help="Marxan's input.dat, or the folder holding it (default: input.dat in the current "
        "folder, as a Marxan executable reads it)",
    )
    parser.add_argument("--threads", type=int, help="solver threads (default: HiGHS's choice)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument(
        "-s",
        dest="marxan_silent",
        action="store_true",
        help="Marxan's own flag (run without waiting for a key press): accepted, no effect",
    )
    return _cluster_arguments(parser)


def _cluster_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``--scheduler`` and ``--workers``: where the parallel parts run (default: here)."""
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the parallel parts (amounts, portfolio and BLM solves, site importance) on "
        "the Dask scheduler at ADDRESS, e.g. tcp://host:8786; its workers need this plugin "
        "installed",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="run the parallel parts on a local Dask cluster of N worker processes, started "
        "for this run",
    )
    return parser


def _cluster_choice(args: argparse.Namespace) -> tuple[str | None, int | None]:
    """The checked ``(scheduler, workers)`` of the command line (InputError if bad)."""
    from .core.cluster import check_choice

    return check_choice(args.scheduler, args.workers)


#: Command-line options and the workflow settings they set.
_OPTIONS = {
    "countries": "countries",
    "n_species": "n_species",
    "seed": "seed",
    "hex_area_km2": "cell_area_km2",
    "target_percent": "target_percent",
    "blm": "blm",
    "time_limit_s": "time_limit_s",
    "mip_gap": "mip_gap",
    "tracks_seasons": "tracks_seasons",
    "tracks_state_field": "tracks_state_field",
    "tracks_windows": "tracks_windows",
    "stepping_stones_km": "stepping_stones_km",
    "country_share_percent": "country_share_percent",
    "cross_border_bonus": "cross_border_bonus",
    "connectivity_table": "connectivity_table",
    "connectivity_weight": "connectivity_weight",
}


def _settings(args: argparse.Namespace):
    """The run's settings: the scenario file (dock export, or a 0.1 scenario), then options.

    ``--tracks`` adds ranges from GPS tracks, which replace the simulated species;
    ``--sites`` gives real protected areas. A run with real data holds nothing simulated
    unless ``--simulated-sites`` asks for it (and then every output says so).

    Everything a user gives is checked here, before QGIS starts: the scenario file, every
    number, the tracking file (read once, so a bad line is named now) and the output folder
    (created if missing, and written to once). Any problem is one :class:`InputError`.
    """
    from pathlib import Path

    from .core.atomic import ensure_writable
    from .core.tracks import read_movebank_csv
    from .core.workflow import WorkflowSettings, run_problems

    settings = WorkflowSettings.load(args.scenario) if args.scenario else WorkflowSettings()
    changes = {
        new: getattr(args, old) for old, new in _OPTIONS.items() if getattr(args, old) is not None
    }
    if args.tracks:
        changes.update(
            tracks=args.tracks, tracks_species=args.tracks_species, simulate_species=False
        )
    if args.sites:
        changes.update(sites=tuple(args.sites))
    if args.tracks or args.sites:
        # Real data in: no simulated protected areas beside them unless asked for.
        changes.update(simulate_sites=bool(args.simulated_sites))
    settings = settings.with_changes(**changes, output_folder=args.out)
    found = run_problems(settings)
    if found:
        raise InputError(found[0])
    if settings.tracks.lower().endswith((".csv", ".csv.gz", ".gz")):
        read_movebank_csv(settings.tracks, state_field=settings.tracks_state_field or None)
    folder = Path(args.out)
    if not args.out.strip() or (folder.exists() and not folder.is_dir()):
        raise InputError(
            tr(
                "The output folder '{path}' is not a folder: give a folder (it is created if "
                "missing)."
            ).format(path=args.out)
        )
    ensure_writable(folder)
    return settings


def format_summary(summary: dict, paths: dict, seconds: float) -> str:
    """The short text ``make demo`` prints."""
    lines = [
        f"Countries:         {summary['countries']}",
        f"Planning units:    {summary['units']} hexagons, "
        f"{summary['locked_in_units']} locked in as existing protected areas",
        f"Features:          {summary['features']} ({summary['species']} species x season)",
        f"Targets met:       {summary['targets_met']} of {summary['targets']}",
        f"Network:           {summary['selected_units']} units, "
        f"{summary['selected_km2']:,.0f} km2 = {summary['selected_percent']:.1f} % of "
        f"{summary['study_area_km2']:,.0f} km2",
        f"Solver:            {summary['solver']}: {summary['status']}, objective "
        f"{summary['objective']:,.1f}, bound {summary['bound']:,.1f}, gap {summary['gap']:.3%}, "
        f"{summary['solve_s']:.1f} s",
        f"TFCA candidates:   {summary['tfca_candidates']}",
        f"Total time:        {seconds:.1f} s",
        "Files:",
    ]
    lines += [f"  {key:<14} {value}" for key, value in paths.items()]
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    """A duration as people read it: 42 s, 12 min, 3.5 h, 2.1 days."""
    if seconds < 90:
        return tr("{n:.0f} s").format(n=seconds)
    if seconds < 5400:
        return tr("{n:.0f} min").format(n=seconds / 60)
    if seconds < 172800:
        return tr("{n:.1f} h").format(n=seconds / 3600)
    return tr("{n:.1f} days").format(n=seconds / 86400)


def _marxan(args: argparse.Namespace) -> int:
    """``marxan`` subcommand: core only, no QGIS.

    Progress goes to stderr (one line per run, and the solver's reports within a run) unless
    --quiet. Ctrl+C cancels: the solver stops at its next check, nothing of the run is left
    in OUTPUTDIR, and one line ``error: cancelled ...`` follows with exit status 130; a second
    Ctrl+C stops at once (same line, same status).
    """
    import signal
    import threading

    from .core.marxan import format_run, run_marxan

    cancel = threading.Event()
    done = {"run": 0, "runs": 0}

    def progress(info: dict) -> None:
        if info.get("event") == "run":
            done.update(run=info["run"], runs=info["runs"])
            runs, seconds = info["runs"], float(info.get("elapsed_s") or 0.0)
            if info["run"] == 1 and runs > 1 and seconds * runs > 120:
                print(
                    "warning: "
                    + tr(
                        "NUMREPS is {runs} and the first run took {seconds:.1f} s, so all "
                        "runs may take about {total}; press Ctrl+C to cancel (nothing is "
                        "written), or lower NUMREPS in input.dat."
                    ).format(runs=runs, seconds=seconds, total=_duration(seconds * runs)),
                    file=sys.stderr,
                    flush=True,
                )
            if not args.quiet:
                left = seconds / info["run"] * (runs - info["run"])
                text = tr("run {run} of {runs}: objective {objective:,.6g}, gap {gap:.3%}").format(
                    run=info["run"], runs=runs, objective=info["objective"], gap=info["gap"]
                )
                if runs > info["run"]:
                    text += tr("; about {left} left").format(left=_duration(left))
                print(f"[{seconds:7.1f} s] {text}", file=sys.stderr, flush=True)
            return
        if args.quiet or info.get("event") == "finished":
            return
        gap = info.get("gap")
        objective = info.get("objective")
        text = (
            "searching for a first solution"
            if objective is None
            else (
                f"objective {objective:,.6g}, gap {gap:.3%}"
                if gap is not None
                else f"objective {objective:,.6g}"
            )
        )
        print(f"[{info.get('runtime_s') or 0.0:7.1f} s] {text}", file=sys.stderr, flush=True)

    def cancelled() -> int:
        if done["runs"]:
            where = tr("after {run} of {runs} runs").format(run=done["run"], runs=done["runs"])
        else:
            where = tr("before the first run ended")
        print(
            "error: "
            + tr("cancelled (Ctrl+C) {where}; no output file of this run was written.").format(
                where=where
            ),
            file=sys.stderr,
            flush=True,
        )
        return 130

    def on_interrupt(signum, frame) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    if args.threads is not None and args.threads < 1:
        print("error: --threads must be 1 or more.", file=sys.stderr)
        return 2
    from .core import cluster

    try:
        choice = _cluster_choice(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_interrupt) if in_main else None
    try:
        with cluster.session(*choice):
            result = run_marxan(
                args.input_dat,
                threads=args.threads,
                progress=progress,
                should_cancel=cancel.is_set,
            )
    except KeyboardInterrupt:
        return cancelled()
    except CancelledError as exc:
        if cancel.is_set():
            return cancelled()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file system failure outside the checked paths
        print(
            "error: "
            + tr("{reason} ({file}); check the folder and run again.").format(
                reason=exc.strerror or exc, file=exc.filename or args.input_dat
            ),
            file=sys.stderr,
        )
        return 2
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
    for warning in result.project.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(format_run(result))
    return 0


@contextlib.contextmanager
def _language(lang: str | None):
    """Maps and report in ``lang`` (or the system's language when a translation exists)."""
    from .plugin import i18n_dir
    from .qgis_io.i18n import install_translator, remove_translator

    if lang is None:
        lang = (os.environ.get("LC_ALL") or os.environ.get("LANG") or "en")[:2]
    install_translator(i18n_dir(), lang)  # English too: its number and date formats
    try:
        yield
    finally:
        remove_translator()


def _run(args: argparse.Namespace) -> int:
    """``run``: the dock's whole chain (data, units, solve, connectivity, TFCA, package)."""
    try:
        choice = _cluster_choice(args)
        settings = _settings(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .core import cluster
    from .qgis_io.app import headless_qgis

    # GDAL's own warnings ("Non-conformant content ... update_time" on QGIS's world map)
    # mean nothing to a focal point; failures reach the user as our messages. CPL_LOG set
    # by the user (a file) still collects them.
    os.environ.setdefault("CPL_LOG", os.devnull)
    # The Processing algorithms call the core with no Dask client: the choice is stored in
    # core.cluster for the run (a local cluster is started when first needed, closed after).
    with headless_qgis(), _language(args.lang), cluster.session(*choice):
        from .qgis_io.run import run_to_folder

        last = [""]

        def progress(fraction: float, message: str) -> None:
            if not args.quiet and message and message != last[0]:
                last[0] = message
                print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

        start = time.perf_counter()
        try:
            result, paths = run_to_folder(
                settings, args.out, progress=progress, pdf=not args.no_pdf
            )
        except (InputError, CancelledError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(format_summary(result.summary(), paths, time.perf_counter() - start))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["conefor"]:
        # Conefor 2.7's own command line (-nodeFile ... -conFile ...), not argparse's.
        from .core.connectivity.conefor import main as conefor_main

        return conefor_main(argv[1:])
    args = _parser().parse_args(argv)
    if args.command == "marxan":
        return _marxan(args)
    return _run(args)


def marxan_main(argv: list[str] | None = None) -> int:
    """The ``cms-marxan`` command: ``cms-marxan [input.dat] [--threads N] [--quiet]``.

    Called with no argument it reads ``input.dat`` in the current folder, as a Marxan
    executable does when CLUZ or Zonae Cogito start it in the project folder.
    """
    parser = _marxan_arguments(
        argparse.ArgumentParser(
            prog="cms-marxan",
            description="Solve a Marxan project exactly (HiGHS) and write Marxan's outputs to "
            "OUTPUTDIR: a drop-in for the Marxan executable.",
        )
    )
    return _marxan(parser.parse_args(list(sys.argv[1:] if argv is None else argv)))


def conefor_main(argv: list[str] | None = None) -> int:
    """The ``cms-conefor`` command: Conefor 2.7's own options (``-nodeFile N -conFile C
    -t dist -confProb 1000 0.5 -PC ...``), outputs in the current folder."""
    from .core.connectivity.conefor import main as conefor

    return conefor(list(sys.argv[1:] if argv is None else argv))


def _script(function) -> None:
    """Console-script wrapper: exit with the command's status (130 after Ctrl+C)."""
    try:
        code = function()
    except KeyboardInterrupt:
        print("error: " + tr("cancelled (Ctrl+C)."), file=sys.stderr)
        code = 130
    sys.exit(code)


def cms_marxan() -> None:
    """Entry point of ``cms-marxan`` (pyproject ``[project.scripts]``)."""
    _script(marxan_main)


def cms_conefor() -> None:
    """Entry point of ``cms-conefor`` (pyproject ``[project.scripts]``)."""
    _script(conefor_main)
