"""Time each stage of the end-to-end slice on the default flyway scenario.

    .venv/bin/python bench/bench_pipeline.py [--hex-area 1000] [--species 12] [--blm 0.5]

Prints wall time per stage and peak memory (RSS) of the process; no files written.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cms_connectivity_plugin.qgis_io.app import headless_qgis  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hex-area", type=float, default=1000.0)
    parser.add_argument("--species", type=int, default=12)
    parser.add_argument("--blm", type=float, default=0.5)
    parser.add_argument("--gap", type=float, default=0.01)
    args = parser.parse_args()
    with headless_qgis():
        from cms_connectivity_plugin.core.pipeline import run_scenario
        from cms_connectivity_plugin.core.scenario import Scenario
        from cms_connectivity_plugin.qgis_io.run import read_countries

        scenario = replace(
            Scenario(),
            hex_area_km2=args.hex_area,
            n_species=args.species,
            blm=args.blm,
            mip_gap=args.gap,
        )
        countries = read_countries()
        start = time.perf_counter()
        result = run_scenario(scenario, countries)
        total = time.perf_counter() - start
        summary = result.summary()
        print(
            f"hex {args.hex_area:g} km2, {summary['units']} units, {summary['features']} "
            f"features, BLM {args.blm:g}, gap {args.gap:g}"
        )
        for stage, seconds in result.timings.items():
            print(f"  {stage:<15} {seconds:8.2f} s")
        print(f"  {'total':<15} {total:8.2f} s")
        print(
            f"  solver: {summary['status']}, gap {summary['gap']:.3%}, "
            f"targets met {summary['targets_met']}/{summary['targets']}, "
            f"TFCA candidates {summary['tfca_candidates']}"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
