"""Nothing a user feeds the Conefor drop-in crashes, prints a traceback or writes garbage.

Property-based tests (hypothesis) feed the node and connection readers arbitrary and mutated
files, and whole commands random small networks: each either gives valid data / finite
outputs or one ``error:`` line naming the file. The other tests pin the checks the readers
make (finite, in range, no empty file, no self-loop, conflicting duplicates), the
all-or-nothing writes (a full disk keeps the folder as it was) and the ``cms-conefor``
command run from any folder.
"""

from __future__ import annotations

import errno
import hashlib
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_connectivity_plugin.core.connectivity import conefor
from cms_connectivity_plugin.core.connectivity.conefor import main, read_connections, read_nodes
from cms_connectivity_plugin.core.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
NODES = "1\t10\n2\t0\n3\t20\n4 5\n"
DISTANCES = "1\t2\t1000\n2\t3\t1000\n1 3 3000\n3\t4\t2000\n"
COMMAND = [
    "-nodeFile", "nodes.txt", "-conFile", "distances.txt", "-t", "dist", "notall",
    "-confProb", "1000", "0.5", "-PC", "-IIC", "-confAdj", "1500", "-landArea", "1000",
]  # fmt: skip
TOKENS = [
    "0", "1", "2", "-1", "0.5", "1.5", "1e308", "-1e308", "1e400", "nan", "inf", "-inf",
    "1e-320", "", "abc", "#", "1,5", "\x00", "é", "4", "3", "9",
]  # fmt: skip
#: 60 examples per property keeps the suite fast; CMS_FUZZ_EXAMPLES=2000 searches deeper. No
#: example database (it would write a .hypothesis folder into the working tree).
FUZZ = settings(
    max_examples=int(os.environ.get("CMS_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
cell = st.one_of(st.sampled_from(TOKENS), st.text(max_size=5), st.floats().map(repr))


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "nodes.txt").write_text(NODES)
    (tmp_path / "distances.txt").write_text(DISTANCES)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@st.composite
def mutated(draw, text: str) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=120))
    rows = [line.split() for line in text.splitlines()]
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["set", "set", "set", "drop", "add", "dup", "del", "line"]))
        if not rows:
            rows.append([draw(cell)])
            continue
        r = draw(st.integers(0, len(rows) - 1))
        if op == "set" and rows[r]:
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
            rows.insert(r, [draw(st.text(max_size=20))])
    delimiter = draw(st.sampled_from(["\t", " "]))
    return "\n".join(delimiter.join(row) for row in rows) + "\n"


# --- property-based readers ------------------------------------------------------------------


@FUZZ
@given(text=mutated(NODES), add=st.booleans())
def test_node_reader_gives_valid_nodes_or_an_input_error(text, add):
    with tempfile.TemporaryDirectory() as base:
        path = Path(base) / "nodes.txt"
        path.write_text(text, encoding="utf-8", errors="replace")
        try:
            ids, values, existing = read_nodes(path, add)
        except InputError as exc:
            assert "nodes.txt" in str(exc) and "\n" not in str(exc)
            return
        assert len(ids) == len(set(ids)) == values.size == existing.size > 0
        assert np.isfinite(values).all() and (values >= 0).all()
        assert values[existing].sum() > 0


@FUZZ
@given(text=mutated(DISTANCES), kind=st.sampled_from(["dist", "prob"]))
def test_connection_reader_gives_valid_pairs_or_an_input_error(text, kind):
    if kind == "prob":
        text = text.replace("1000", "0.5").replace("3000", "0.125").replace("2000", "0.25")
    with tempfile.TemporaryDirectory() as base:
        path = Path(base) / "distances.txt"
        path.write_text(text, encoding="utf-8", errors="replace")
        try:
            left, right, value = read_connections(path, ["1", "2", "3", "4"], kind)
        except InputError as exc:
            assert "distances.txt" in str(exc) and "\n" not in str(exc)
            return
        assert left.size == right.size == value.size > 0
        assert (left != right).all() and np.isfinite(value).all() and (value >= 0).all()
        if kind == "prob":
            assert (value <= 1).all()
        pairs = {(min(a, b), max(a, b)) for a, b in zip(left.tolist(), right.tolist())}
        assert len(pairs) == left.size  # each pair once


number = st.one_of(
    st.floats(min_value=0, max_value=1e6),
    st.sampled_from([0.0, 1e15, 1e16, 1e308, math.inf, math.nan, -1.0]),
)


@FUZZ
@given(
    attributes=st.lists(number, min_size=1, max_size=6),
    links=st.lists(st.tuples(st.integers(1, 6), st.integers(1, 6), number), max_size=10),
    land=st.sampled_from([[], ["-landArea", "1e6"], ["-landArea", "1e300"]]),
    add=st.booleans(),
)
def test_a_whole_command_writes_finite_numbers_or_one_error(attributes, links, land, add):
    with tempfile.TemporaryDirectory() as base:
        folder = Path(base)
        flags = [f" {k % 2}" if add else "" for k in range(len(attributes))]
        (folder / "n.txt").write_text(
            "".join(f"{k + 1} {a!r}{f}\n" for k, (a, f) in enumerate(zip(attributes, flags)))
        )
        (folder / "c.txt").write_text("".join(f"{i} {j} {d!r}\n" for i, j, d in links))
        done = subprocess_free_main(
            folder,
            ["-nodeFile", "n.txt", "-conFile", "c.txt", "-t", "dist", "-confProb", "100", "0.5"]
            + ["-PC", "-IIC", "-confAdj", "50", "-F", "-AWF", "-NC", "-NL", "-H", "-CCP", "-LCP"]
            + land
            + (["-add"] if add else []),
        )
        code, err = done
        if code == 2:
            assert err.startswith("error: ") and err.count("\n") == 1
            assert not [p for p in folder.iterdir() if p.name not in ("n.txt", "c.txt")]
            return
        assert code == 0, err
        for path in folder.iterdir():
            text = path.read_text().lower()
            assert "inf" not in text and "nan" not in text, (path.name, text)


def subprocess_free_main(folder: Path, argv: list[str]) -> tuple[int, str]:
    """``main(argv)`` in ``folder`` with stderr captured (hypothesis and capsys do not mix)."""
    import contextlib
    import io

    stderr, stdout = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            code = main(argv)
    finally:
        os.chdir(cwd)
    return code, stderr.getvalue()


# --- the checks, one by one -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"nodes.txt": "1 10\n2 1e308\n"}, "Line 2 of the node file 'nodes.txt': the attribute"),
        ({"nodes.txt": "1 10\n2 inf\n"}, "Line 2 of the node file 'nodes.txt'"),
        ({"nodes.txt": "1 nan\n"}, "Line 1 of the node file 'nodes.txt'"),
        ({"nodes.txt": "1 0\n2 0\n"}, "attributes of the listed nodes are all 0"),
        ({"nodes.txt": "1 1\n2 1\n1 3\n"}, "Lines 1 and 3 of the node file 'nodes.txt' both"),
        ({"distances.txt": ""}, "The connection file 'distances.txt' lists no connection"),
        ({"distances.txt": "# only a comment\n\n"}, "lists no connection"),
        ({"distances.txt": "1 2 inf\n"}, "Line 1 of the connection file 'distances.txt'"),
        ({"distances.txt": "1 2 nan\n"}, "'nan' is not a valid distance"),
        ({"distances.txt": "1 2 5\n3 3 10\n"}, "Line 2 of the connection file 'distances.txt' "),
        (
            {"distances.txt": "1 2 1000\n2 3 1000\n2 1 500\n"},
            "Lines 1 and 3 of the connection file 'distances.txt' give the pair 2-1 two",
        ),
    ],
)
def test_bad_files_give_one_line_and_write_nothing(folder, capsys, files, message):
    for name, text in files.items():
        (folder / name).write_text(text)
    before = _listing(folder)
    assert main(COMMAND) == 2
    assert message in _error(capsys)
    assert _listing(folder) == before


def test_probabilities_must_lie_in_0_to_1(folder, capsys):
    for value in ("1.5", "-0.1", "nan", "inf"):
        (folder / "p.txt").write_text(f"1 2 0.5\n2 3 {value}\n")
        argv = ["-nodeFile", "nodes.txt", "-conFile", "p.txt", "-t", "prob", "-PC"]
        assert main(argv) == 2
        assert "Line 2 of the connection file 'p.txt'" in _error(capsys)


def test_identical_duplicates_are_allowed_and_do_not_change_pc(folder):
    assert main(COMMAND + ["-prefix", "a", "onlyoverall"]) == 0
    first = (folder / "overall_indices.txt").read_text()
    (folder / "distances.txt").write_text(DISTANCES + "2 1 1000\n3 1 3000.0\n")
    assert main(COMMAND + ["-prefix", "b", "onlyoverall"]) == 0
    assert (folder / "overall_indices.txt").read_text() == first


def test_add_with_no_existing_area_is_refused(folder, capsys):
    (folder / "nodes.txt").write_text("1 0 1\n2 5 0\n")
    argv = COMMAND[:10] + ["-PC", "-add"]
    assert main(argv) == 2
    assert "the attributes of the existing nodes are all 0" in _error(capsys)


def test_full_disk_leaves_the_folder_as_it_was(folder, capsys, monkeypatch):
    assert main(COMMAND + ["-prefix", "one"]) == 0
    capsys.readouterr()
    before = _listing(folder)
    real = conefor.atomic_write_text
    for after in range(6):
        count = [0]

        def full(path, text, count=count, after=after):
            if count[0] >= after:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            count[0] += 1
            return real(path, text)

        monkeypatch.setattr(conefor, "atomic_write_text", full)
        assert main(COMMAND + ["-prefix", "two"]) == 2
        err = _error(capsys)
        assert "No space left on device" in err and "nothing of this run was kept" in err
        assert _listing(folder) == before
        assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_cms_conefor_runs_from_any_folder(tmp_path):
    (tmp_path / "nodes.txt").write_text(NODES)
    (tmp_path / "distances.txt").write_text(DISTANCES)
    script = Path(sys.executable).parent / "cms-conefor"
    command = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-m", "cms_connectivity_plugin", "conefor"]
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    digest = hashlib.sha256(DISTANCES.encode()).hexdigest()
    done = subprocess.run(
        [*command, *COMMAND, "-prefix", "x"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "x_node_importances.txt").is_file()
    assert "EC(PC) 26.1008" in done.stdout
    assert hashlib.sha256((tmp_path / "distances.txt").read_bytes()).hexdigest() == digest
    (tmp_path / "distances.txt").write_text("1 1 5\n")
    bad = subprocess.run(
        [*command, *COMMAND], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "connects node 1 to itself" in bad.stderr and "Traceback" not in bad.stderr
