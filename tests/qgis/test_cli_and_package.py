"""The command line (what `make demo` runs) and the plugin zip (what users install)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "cms_connectivity_plugin", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )


def test_cli_runs_a_small_scenario_and_prints_a_summary(tmp_path):
    out = tmp_path / "run"
    done = _cli(
        "run",
        "--out",
        str(out),
        "--countries",
        "BEL,LUX",
        "--species",
        "2",
        "--hex-area",
        "300",
        "--blm",
        "0.1",
        "--quiet",
    )
    assert done.returncode == 0, done.stderr
    assert "Targets met:       6 of 6" in done.stdout
    assert "TFCA candidates:" in done.stdout
    for name in ("cms_connectivity.gpkg", "targets.csv", "tfca_map.pdf", "tfca_map.png"):
        assert (out / name).stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--countries", "FRA,QQQ"), "Unknown ISO3 code(s) QQQ"),
        (("--countries", ""), "at least one ISO3 country code"),
        (("--species", "0"), "number of species is 0"),
        (("--target", "150"), "above 0 and at most 100"),
        (("--countries", "LUX", "--hex-area", "5000"), "not smaller than the study area"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    done = _cli("run", "--out", str(tmp_path / "o"), "--quiet", *args)
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in done.stderr


def test_package_zip_is_what_the_plugin_repository_wants(tmp_path):
    done = subprocess.run(
        ["make", "-s", "package"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    archive = ROOT / "dist" / "cms_connectivity_plugin.zip"
    assert archive.stat().st_size < 25 * 1024 * 1024
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert {n.split("/")[0] for n in names} == {"cms_connectivity_plugin"}
        for needed in (
            "__init__.py",
            "metadata.txt",
            "LICENSE",
            "plugin.py",
            "resources/styles/planning_units.qml",
            "resources/icons/icon.svg",
            "i18n/cms_connectivity_plugin_fr.qm",
            "i18n/cms_connectivity_plugin_es.qm",
        ):
            assert f"cms_connectivity_plugin/{needed}" in names
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
        assert not [n for n in names if n.endswith(".ts") or "/tests/" in n]
        zf.extractall(tmp_path)
    # The staged plugin finds its own resources and translations.
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "from cms_connectivity_plugin.qgis_io.resources import style_path;"
            "from cms_connectivity_plugin.plugin import i18n_dir;"
            "print(style_path('planning_units')); print(i18n_dir())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tmp_path)},
    )
    assert check.returncode == 0, check.stderr
    lines = check.stdout.split()
    assert all(line.startswith(str(tmp_path)) for line in lines)
