"""Nothing a user feeds the Marxan drop-in crashes, prints a traceback or quietly gives garbage.

Property-based tests (hypothesis) mutate every input file of the fixture project of
``test_marxan.py`` and require the reader to return valid data or raise :class:`InputError`
naming the file; the other tests cover Marxan's status codes, absurd NUMREPS, unwritable or
full output folders (all-or-nothing outputs, inputs untouched), progress, Ctrl+C and the
installed ``cms-marxan`` command run from the project folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_connectivity_plugin.core import marxan
from cms_connectivity_plugin.core.errors import CancelledError, InputError
from cms_connectivity_plugin.core.marxan import read_marxan, run_marxan

from .test_marxan import INPUT_DAT, make_project

ROOT = Path(__file__).resolve().parents[2]
FILES = ("input.dat", "pu.dat", "spec.dat", "puvspr.dat", "bound.dat")
TOKENS = [
    "0", "1", "2", "3", "4", "-1", "2.5", "1.5", "1e308", "-1e308", "1e400", "nan", "NaN",
    "inf", "-inf", "1e19", "9223372036854775808", "", " ", "abc", '"2"', "'3'", "2.0", "+3",
    "0x10", "1,5", "id", "status", "\x00", "é", "𝟚", "--", "1e-320",
]  # fmt: skip
#: 60 examples per property keeps the suite fast; CMS_FUZZ_EXAMPLES=2000 searches deeper. No
#: example database (it would write a .hypothesis folder into the working tree).
FUZZ = settings(
    max_examples=int(os.environ.get("CMS_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _folder_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


# --- property-based: every reader returns valid data or one InputError naming the file ------

cell = st.one_of(st.sampled_from(TOKENS), st.text(max_size=6), st.floats().map(repr))


@st.composite
def mutated(draw, text: str) -> str:
    """``text`` with its cells, rows and delimiter mutated, or now and then random text."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=200))
    rows = [line.replace("\t", ",").replace(" ", ",").split(",") for line in text.splitlines()]
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["set", "set", "set", "drop", "add", "dup", "del", "line"]))
        r = draw(st.integers(0, len(rows) - 1)) if rows else 0
        if not rows:
            rows.append([draw(cell)])
        elif op == "set" and rows[r]:
            rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(cell)
        elif op == "drop" and rows[r]:
            rows[r].pop(draw(st.integers(0, len(rows[r]) - 1)))
        elif op == "add":
            rows[r].append(draw(cell))
        elif op == "dup":
            rows.insert(draw(st.integers(0, len(rows))), list(rows[r]))
        elif op == "del":
            rows.pop(r)
        else:
            rows.insert(r, [draw(st.text(max_size=30))])
    delimiter = draw(st.sampled_from([",", "\t", " "]))
    return "\n".join(delimiter.join(row) for row in rows) + "\n"


def _check_read(input_dat: Path, named: tuple[str, ...]) -> None:
    try:
        project = read_marxan(input_dat)
    except InputError as exc:
        message = str(exc)
        assert "\n" not in message
        assert any(name in message for name in named), message
        return
    p = project.problem
    assert np.isfinite(p.cost).all() and (p.cost >= 0).all()
    assert np.isfinite(p.targets).all() and (p.targets >= 0).all()
    assert np.isfinite(p.amounts.data).all() and (p.amounts.data >= 0).all()
    assert set(np.unique(project.status).tolist()) <= {0, 1, 2, 3}
    assert np.array_equal(p.locked_in, project.status == 2)
    assert np.array_equal(p.locked_out, project.status == 3)
    if p.boundary is not None:
        assert np.isfinite(p.boundary.length).all() and np.isfinite(p.boundary.exposed).all()
    assert np.isfinite(p.blm) and 1 <= project.settings.numreps <= marxan.MAX_NUMREPS


@pytest.mark.parametrize("name", ["pu.dat", "spec.dat", "puvspr.dat", "bound.dat"])
def test_mutated_tables_give_valid_data_or_an_input_error(name):
    with tempfile.TemporaryDirectory() as base:
        input_dat = make_project(Path(base))
        original = (Path(base) / "input" / name).read_text()

        @FUZZ
        @given(text=mutated(original))
        def check(text):
            (Path(base) / "input" / name).write_text(text, encoding="utf-8", errors="replace")
            _check_read(input_dat, (name,) + (("pu.dat",) if name == "bound.dat" else ()))

        check()


def test_mutated_input_dat_gives_valid_settings_or_an_input_error():
    with tempfile.TemporaryDirectory() as base:
        input_dat = make_project(Path(base))
        original = input_dat.read_text()
        values = st.one_of(st.sampled_from(TOKENS), st.text(max_size=8))

        @FUZZ
        @given(
            edits=st.lists(
                st.tuples(st.integers(0, len(original.splitlines()) - 1), values), max_size=4
            ),
            noise=st.text(max_size=40),
        )
        def check(edits, noise):
            lines = original.splitlines()
            for k, value in edits:
                key = lines[k].split(" ", 1)[0]
                lines[k] = f"{key} {value}"
            input_dat.write_text("\n".join(lines) + "\n" + noise, errors="replace")
            _check_read(input_dat, FILES + ("INPUTDIR",))

        check()


# --- status, numbers and NUMREPS -----------------------------------------------------------


def _set_status(folder: Path, values: list[str], delimiter: str = ",") -> None:
    path = folder / "input" / "pu.dat"
    lines = path.read_text().splitlines()
    for k, value in enumerate(values, start=1):
        cells = lines[k].split(",")
        cells[2] = value
        lines[k] = ",".join(cells)
    path.write_text("\n".join(lines).replace(",", delimiter) + "\n")


@pytest.mark.parametrize("delimiter", [",", "\t", " "])
def test_marxan_status_codes_mean_what_marxan_says(tmp_path, delimiter):
    input_dat = make_project(tmp_path)
    _set_status(tmp_path, ["3", '"2"', "2.0", "1", "0", "+2", " 3", "0"], delimiter)
    project = read_marxan(input_dat)
    assert project.status.tolist() == [3, 2, 2, 1, 0, 2, 3, 0]
    assert project.problem.locked_out.tolist() == [1, 0, 0, 0, 0, 0, 1, 0]
    assert project.problem.locked_in.tolist() == [0, 1, 1, 0, 0, 1, 0, 0]  # 1 is not locked


@pytest.mark.parametrize("value", ["5", "2.5", "-1", "locked", "nan", "4"])
def test_a_status_outside_0_to_3_names_file_line_and_unit(tmp_path, value):
    input_dat = make_project(tmp_path)
    _set_status(tmp_path, ["0", "0", value])
    with pytest.raises(InputError) as caught:
        read_marxan(input_dat)
    message = str(caught.value)
    assert message.startswith("pu.dat line 4")
    if value != "nan":  # nan is refused earlier, as not a finite number
        assert "of planning unit 56 is not a Marxan status" in message


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("pu.dat", "3,1.0", "3,1e308", "pu.dat line 2: the cost 1e\\+308 is too large"),
        ("puvspr.dat", "10,3,2.0", "10,3,1e300", "puvspr.dat line 2: the amount 1e\\+300 is too"),
        ("spec.dat", "11,0,8", "11,0,1e20", "spec.dat line 3: the target 1e\\+?20 is too large"),
        ("bound.dat", "3\t3\t2.00000", "3\t3\t1e308", "bound.dat line 2: the boundary 1e\\+308"),
    ],
)
def test_huge_numbers_are_refused_not_turned_into_garbage(tmp_path, name, old, new, message):
    input_dat = make_project(tmp_path)
    path = tmp_path / "input" / name
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(InputError, match=message):
        read_marxan(input_dat)


def test_absurd_numreps_is_refused_with_the_line_and_the_limit(tmp_path):
    input_dat = make_project(tmp_path, numreps=1000000)
    with pytest.raises(InputError) as caught:
        read_marxan(input_dat)
    assert str(caught.value).startswith("input.dat line 11: NUMREPS is 1000000;")
    assert "at most 10000 runs" in str(caught.value)
    input_dat.write_text(input_dat.read_text().replace("NUMREPS 1000000", "NUMREPS 1e308"))
    with pytest.raises(InputError, match="NUMREPS is 1e308;"):
        read_marxan(input_dat)


def test_scenario_names_cannot_leave_the_output_folder(tmp_path):
    input_dat = make_project(tmp_path)
    input_dat.write_text(input_dat.read_text().replace("SCENNAME output", "SCENNAME ../x"))
    with pytest.raises(InputError, match="SCENNAME is ../x; give a plain name"):
        read_marxan(input_dat)


# --- the output folder, all or nothing -----------------------------------------------------


def test_outputdir_that_is_a_file_is_refused_before_solving(tmp_path, monkeypatch):
    input_dat = make_project(tmp_path)
    shutil.rmtree(tmp_path / "output", ignore_errors=True)
    (tmp_path / "output").write_text("not a folder\n")
    before = _folder_hash(tmp_path)
    solved = []
    monkeypatch.setattr(marxan, "solve_project", lambda *a, **k: solved.append(1))
    with pytest.raises(InputError) as caught:
        run_marxan(input_dat)
    message = str(caught.value)
    assert message.startswith("input.dat line 36: OUTPUTDIR is ")
    assert "which is a file, not a folder; rename or remove that file" in message
    assert not solved and _folder_hash(tmp_path) == before


def test_read_only_outputdir_is_refused_before_solving(tmp_path, monkeypatch):
    input_dat = make_project(tmp_path)
    (tmp_path / "output").mkdir()

    def read_only(folder):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder / ".probe"))

    monkeypatch.setattr(marxan, "_probe_writable", read_only)
    before = _folder_hash(tmp_path)
    with pytest.raises(InputError, match="cannot be written to .Read-only file system.; make it"):
        run_marxan(input_dat)
    assert _folder_hash(tmp_path) == before


def test_outputdir_under_a_file_cannot_be_created(tmp_path):
    input_dat = make_project(tmp_path)
    (tmp_path / "plain").write_text("x\n")
    input_dat.write_text(input_dat.read_text().replace("OUTPUTDIR output", "OUTPUTDIR plain/out"))
    with pytest.raises(InputError, match="which could not be created"):
        run_marxan(input_dat)


@pytest.mark.parametrize("after", [0, 1, 4, 12])
def test_full_disk_keeps_the_previous_run_and_leaves_no_partial_file(tmp_path, monkeypatch, after):
    input_dat = make_project(tmp_path, numreps=2)
    run_marxan(input_dat, threads=1)  # a previous, complete run
    out = tmp_path / "output"
    previous = _listing(out)
    assert len(previous) == 11
    inputs = _folder_hash(tmp_path / "input") + _folder_hash(input_dat.parent / "input")
    input_dat.write_text(input_dat.read_text().replace("NUMREPS 2", "NUMREPS 3"))
    real = marxan.atomic_write_text
    count = [0]

    def full(path, text):
        if count[0] >= after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        count[0] += 1
        return real(path, text)

    monkeypatch.setattr(marxan, "atomic_write_text", full)
    with pytest.raises(InputError) as caught:
        run_marxan(input_dat, threads=1)
    message = str(caught.value)
    assert "No space left on device" in message and "free some disk space" in message
    assert "\n" not in message
    assert _listing(out) == previous  # the earlier run intact, nothing of this one
    assert _folder_hash(tmp_path / "input") + _folder_hash(tmp_path / "input") == inputs


def test_a_new_run_replaces_every_file_of_the_previous_one(tmp_path):
    input_dat = make_project(tmp_path, numreps=3)
    run_marxan(input_dat, threads=1)
    out = tmp_path / "output"
    (out / "notes.txt").write_text("mine\n")
    input_dat.write_text(input_dat.read_text().replace("NUMREPS 3", "NUMREPS 1"))
    before = _folder_hash(tmp_path / "input")
    run = run_marxan(input_dat, threads=1)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([p.name for p in run.paths.values()] + ["notes.txt"])
    assert not list(out.glob("output_r00002*")) and not list(out.glob(".*"))
    assert _folder_hash(tmp_path / "input") == before


def test_cancelling_leaves_no_output(tmp_path):
    input_dat = make_project(tmp_path, numreps=5)
    runs = []

    def progress(info):
        if info.get("event") == "run":
            runs.append(info["run"])

    with pytest.raises(CancelledError):
        run_marxan(input_dat, progress=progress, should_cancel=lambda: len(runs) >= 2)
    assert runs == [1, 2]
    assert not (tmp_path / "output").exists()  # created for the run, removed again


def test_each_run_reports_progress(tmp_path):
    input_dat = make_project(tmp_path, numreps=3)
    events = []
    run_marxan(input_dat, progress=events.append)
    runs = [e for e in events if e.get("event") == "run"]
    assert [(e["run"], e["runs"]) for e in runs] == [(1, 3), (2, 3), (3, 3)]
    assert all(np.isfinite(e["objective"]) and e["elapsed_s"] >= 0 for e in runs)


# --- the commands ----------------------------------------------------------------------------


def _command(name: str) -> list[str]:
    """The installed console script, else the module (same code) when not installed."""
    script = Path(sys.executable).parent / name
    if script.exists():
        return [str(script)]
    module = {"cms-marxan": "marxan", "cms-conefor": "conefor"}[name]
    return [sys.executable, "-m", "cms_connectivity_plugin", module]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def test_cms_marxan_runs_in_the_project_folder_without_arguments(tmp_path):
    make_project(tmp_path, numreps=2)
    before = _folder_hash(tmp_path / "input")
    done = subprocess.run(
        _command("cms-marxan"),
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "run 1 of 2" in done.stderr and "run 2 of 2" in done.stderr
    assert (tmp_path / "output" / "output_r00002.csv").is_file()
    assert _folder_hash(tmp_path / "input") == before
    quiet = subprocess.run(
        [*_command("cms-marxan"), "input.dat", "--quiet", "-s"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("NUMREPS 1", "NUMREPS 1000000"), "error: input.dat line 11: NUMREPS is 1000000;"),
        (("OUTPUTDIR output", "OUTPUTDIR afile"), "which is a file, not a folder"),
        (("PUNAME pu.dat", "PUNAME nope.dat"), "PUNAME names"),
    ],
)
def test_cms_marxan_bad_input_is_one_line_and_status_2(tmp_path, change, message):
    input_dat = make_project(tmp_path)
    (tmp_path / "afile").write_text("x\n")
    input_dat.write_text(input_dat.read_text().replace(*change))
    done = subprocess.run(
        [*_command("cms-marxan"), str(input_dat)],
        cwd=tmp_path.parent,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert "Traceback" not in done.stderr


def _large_project(folder: Path, units: int = 60, numreps: int = 10000) -> Path:
    """Random units and features: each run takes a few milliseconds, all of them minutes."""
    rng = np.random.default_rng(1)
    (folder / "input").mkdir(parents=True)
    text = INPUT_DAT.format(blm=0, numreps=numreps, save=3).replace("BOUNDNAME bound.dat\n", "")
    (folder / "input.dat").write_text(text)
    pu = ["id,cost,status"] + [f"{i},{rng.uniform(1, 5):.3f},0" for i in range(1, units + 1)]
    (folder / "input" / "pu.dat").write_text("\n".join(pu) + "\n")
    (folder / "input" / "spec.dat").write_text(
        "id,prop,name\n" + "".join(f"{k},0.3,f{k}\n" for k in range(1, 9))
    )
    rows = ["species,pu,amount"] + [
        f"{k},{i},{rng.uniform(0, 3):.3f}"
        for i in range(1, units + 1)
        for k in range(1, 9)
        if rng.random() < 0.4
    ]
    (folder / "input" / "puvspr.dat").write_text("\n".join(rows) + "\n")
    return folder / "input.dat"


@pytest.mark.skipif(os.name == "nt", reason="SIGINT to a child process")
def test_ctrl_c_cancels_with_one_line_and_no_output(tmp_path):
    _large_project(tmp_path)
    before = _folder_hash(tmp_path / "input")
    process = subprocess.Popen(
        _command("cms-marxan"),
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if "run 3 of 10000" in line:
            break
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)
    err = "".join(lines) + rest
    assert process.returncode == 130, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: cancelled (Ctrl+C) after ") and "of 10000 runs" in last
    assert "warning: NUMREPS is 10000 and the first run took" in err
    assert not (tmp_path / "output").exists() or not list((tmp_path / "output").iterdir())
    assert _folder_hash(tmp_path / "input") == before
