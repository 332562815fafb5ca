"""Command line: ``python -m cms_connectivity_plugin run --out DIR [options]`` and
``python -m cms_connectivity_plugin marxan path/to/input.dat [--threads N] [--quiet]``.

``run`` takes the same code path as the Processing algorithm, headless (it starts QGIS).
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
    run.add_argument("--gap", type=float, dest="mip_gap", help="relative optimality gap")
    run.add_argument("--no-pdf", action="store_true", help="skip the PDF/PNG map")
    run.add_argument(
        "--tracks",
        help="Movebank CSV (.csv or .csv.gz): seasonal ranges from these GPS tracks replace the "
        "simulated species",
    )
    run.add_argument("--tracks-species", default="Ciconia ciconia", help="species tracked")
    run.add_argument(
        "--lang",
        choices=("en", "fr", "es"),
        help="language of the maps and report (default: the system's, else English)",
    )
    run.add_argument("--quiet", action="store_true")
    marxan = sub.add_parser(
        "marxan",
        help="solve a Marxan project (input.dat) exactly; write Marxan's outputs to OUTPUTDIR",
    )
    marxan.add_argument("input_dat", help="Marxan's input.dat, or the folder holding it")
    marxan.add_argument("--threads", type=int, help="solver threads (default: HiGHS's choice)")
    marxan.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    return parser


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
}


def _settings(args: argparse.Namespace):
    """The run's settings: the scenario file (dock export, or a 0.1 scenario), then options.

    ``--tracks`` adds ranges from GPS tracks, which replace the simulated species; the
    simulated protected areas stay, and every output says they are simulated.
    """
    from .core.workflow import WorkflowSettings, problems

    settings = WorkflowSettings.load(args.scenario) if args.scenario else WorkflowSettings()
    changes = {
        new: getattr(args, old) for old, new in _OPTIONS.items() if getattr(args, old) is not None
    }
    if args.tracks:
        changes.update(
            tracks=args.tracks, tracks_species=args.tracks_species, simulate_species=False
        )
    settings = settings.with_changes(**changes, output_folder=args.out)
    for step in ("data", "units", "targets", "solve"):
        found = problems(settings, step)
        if found:
            raise InputError(found[0])
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


def _marxan(args: argparse.Namespace) -> int:
    """``marxan`` subcommand: core only, no QGIS."""
    from .core.marxan import format_run, run_marxan

    def progress(info: dict) -> None:
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

    if args.threads is not None and args.threads < 1:
        print("error: --threads must be 1 or more.", file=sys.stderr)
        return 2
    try:
        result = run_marxan(args.input_dat, threads=args.threads, progress=progress)
    except (InputError, CancelledError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
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
        settings = _settings(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .qgis_io.app import headless_qgis

    with headless_qgis(), _language(args.lang):
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
        except (InputError, CancelledError) as exc:
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
