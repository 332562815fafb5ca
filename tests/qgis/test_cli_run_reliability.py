"""``python -m cms_connectivity_plugin run``: every bad input is one line ``error: ...`` on
stderr with exit status 2, before any work (QGIS is not even started), and nothing is
written. These runs all stop within a second or two."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms_connectivity_plugin.cli import main

ROOT = Path(__file__).resolve().parents[2]
ROWS = "individual-local-identifier,timestamp,location-long,location-lat\n" + "".join(
    f"b1,2020-08-01 {h:02d}:00:00,{8 + h * 0.01:.2f},{47 + h * 0.01:.2f}\n" for h in range(24)
)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "cms_connectivity_plugin", "run", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


def _inputs(folder: Path) -> dict[str, Path]:
    data = gzip.compress(ROWS.encode())
    files = {
        "truncated": ("storks.csv.gz", data[: len(data) // 2]),
        "many": (
            "many.json",
            json.dumps({"kind": "cms_connectivity_workflow", "n_species": "many"}),
        ),
        "flyway": (
            "flyway.json",
            json.dumps({"kind": "cms_connectivity_workflow", "flyway": True}),
        ),
        "typo": ("typo.json", json.dumps({"kind": "cms_connectivity_workflow", "n_speceis": 3})),
        "broken": ("broken.json", '{"kind": "cms_connectivity_workflow", '),
        "file": ("a_file", "not a folder"),
        "plain": ("plain.csv", ROWS),
    }
    out = {}
    for key, (name, content) in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        out[key] = path
    return out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--scenario", "missing.json"], "'missing.json' cannot be read"),
        (["--scenario", "{many}"], "'n_species' is \"many\": give a whole number"),
        (["--scenario", "{broken}"], "not valid JSON"),
        (["--scenario", "{typo}"], "n_speceis (did you mean n_species?)"),
        (["--scenario", "{flyway}"], "flyway network needs a tracking file"),
        (["--gap", "5"], "5, which looks like a percentage: give it as a fraction, 0.05"),
        (["--gap", "nan"], "optimality gap is not a number"),
        (["--hex-area", "inf"], "cell area (km2) is inf"),
        (["--species", "0"], "number of species is 0"),
        (["--species", "many"], "argument --species: invalid int value: 'many'"),
        (["--seed", "-1"], "random seed is -1"),
        (["--target", "150"], "target (%) is 150"),
        (["--blm", "-1"], "boundary length modifier (BLM) is -1"),
        (["--time-limit", "0"], "time limit (s) is 0"),
        (["--tracks", "{truncated}"], "'storks.csv.gz' is a damaged or incomplete gzip file"),
        (["--tracks", "nowhere.csv"], "'nowhere.csv' does not exist"),
        (
            ["--tracks", "{plain}", "--tracks-seasons", "dates", "--tracks-windows", "may-july"],
            "date window 'may-july' cannot be read",
        ),
        (
            ["--tracks", "{plain}", "--tracks-state-field", "stage"],
            "field 'stage' chosen for the movement state is not in 'plain.csv'",
        ),
        (["--tracks-seasons", "sometimes"], "argument --tracks-seasons: invalid choice"),
        (["--out", "{file}"], "is not a folder"),
    ],
)
def test_bad_input_is_one_error_line_before_any_work(tmp_path, monkeypatch, capsys, args, words):
    files = _inputs(tmp_path)
    args = [a.format(**files) for a in args]
    out = tmp_path / "out"
    if "--out" not in args:
        args = ["--out", str(out), *args]
    monkeypatch.chdir(tmp_path)
    try:
        status = main(["run", "--no-pdf", *args])
    except SystemExit as exc:  # argparse's own checks (a word for a number)
        status = exc.code
    assert status == 2
    line = _one_error_line(capsys.readouterr().err)
    assert words in line
    assert not out.exists(), "an output folder was made for a run that never started"


def test_the_command_itself_exits_2_with_one_line(tmp_path):
    """Through the real command (exit status and stderr as a shell sees them)."""
    files = _inputs(tmp_path)
    out = tmp_path / "out"
    for args, words in (
        (["--scenario", "missing.json", "--countries", "FRA,ESP", "--species", "3"], "missing"),
        (["--tracks", str(files["truncated"]), "--countries", "FRA,ESP", "--gap", "0.05"], "gzip"),
        (["--countries", "FRA,ESP", "--species", "3", "--hex-area", "4000", "--gap", "5"], "0.05"),
    ):
        done = _cli("--out", str(out), "--no-pdf", *args, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert words in _one_error_line(done.stderr)
        assert done.stdout == ""
    assert not out.exists()


def test_an_output_folder_that_cannot_be_written_is_refused(capsys):
    if not Path("/proc/self").exists():
        pytest.skip("needs /proc, where no one may make a folder")
    status = main(["run", "--out", "/proc/cms-connectivity/run", "--countries", "FRA,ESP"])
    assert status == 2
    assert "cannot be written" in _one_error_line(capsys.readouterr().err)
