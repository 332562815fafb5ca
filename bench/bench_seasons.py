"""Seasons from movement and from dates against labelled tracks: agreement per fix.

Usage:
    .venv/bin/python bench/bench_seasons.py                  # simulated labelled migrants
    .venv/bin/python bench/bench_seasons.py STUDY.csv[.gz]   # a Movebank study with labels

The simulated birds (tests/core/test_annual_cycle.py) breed for five months and winter for
four, six years long, roaming their wintering grounds by a random walk whose typical daily
step is the first column. A real study needs a migration-stage or migration-state column
(detected as in the plugin); its labels are mapped with the plugin's vocabulary and fixes
with unmapped labels are left out of the comparison.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cms_connectivity_plugin.core import tracks as tk  # noqa: E402


def _agreement(tracks: tk.Tracks, truth: np.ndarray) -> dict[str, float]:
    labelled = truth > 0
    out = {}
    for name, season in (
        ("movement", tk.classify_by_movement(tracks)),
        ("dates", tk.seasonal_ranges(tracks, method="dates").season_of_fix),
    ):
        out[name] = float((season[labelled] == truth[labelled]).mean())
        for code, label in ((2, "breeding"), (3, "non-breeding"), (4, "passage")):
            sel = labelled & (truth == code)
            if sel.any():
                out[f"{name} {label}"] = float((season[sel] == code).mean())
    return out


def simulated() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))
    from test_annual_cycle import _migrant, _tracks

    print("roam km/day | seed | fixes | movement | dates | movement on winter fixes | s")
    for roam in (35, 60, 90):
        for seed in range(3):
            lon, lat, when, label = _migrant(6, seed=seed, roam_km=roam)
            tracks = _tracks(("bird", (lon, lat, when, label)))
            began = time.perf_counter()
            scores = _agreement(tracks, tk.classify_by_state(tracks.state))
            took = time.perf_counter() - began
            print(
                f"{roam} | {seed} | {len(tracks):,} | {scores['movement']:.3f} | "
                f"{scores['dates']:.3f} | {scores['movement non-breeding']:.3f} | {took:.1f}"
            )


def study(path: str) -> None:
    tracks = tk.read_movebank_csv(path)
    if tracks.state is None:
        sys.exit(f"{path}: no migration-stage or migration-state column found")
    truth = tk.classify_by_state(tracks.state)
    print(
        f"{path}: {len(tracks):,} fixes, {len(tracks.individuals)} individuals, labels in "
        f"'{tracks.state_field}' ({(truth > 0).mean():.1%} mapped)"
    )
    for name, value in _agreement(tracks, truth).items():
        print(f"  {name}: {value:.3f}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        study(sys.argv[1])
    else:
        simulated()
