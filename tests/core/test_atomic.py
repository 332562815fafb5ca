"""Atomic writes: the umask's permissions (not mkstemp's 0600), nothing left behind on failure."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from cms_connectivity_plugin.core import atomic, marxan
from cms_connectivity_plugin.core.atomic import atomic_path, atomic_write_bytes, atomic_write_text

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def umask():
    """Set the process umask for one test; the old one comes back afterwards."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


WRITERS = {
    "text": lambda path: atomic_write_text(path, "é\n"),
    "bytes": lambda path: atomic_write_bytes(path, b"\x00\x01"),
    "path": lambda path: _write_through_path(path),
}


def _write_through_path(path):
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write("x")


@posix_only
@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_files_get_the_mode_a_plain_open_gives(tmp_path, umask, kind, mask, expected):
    umask(mask)
    WRITERS[kind](tmp_path / "out.csv")
    with open(tmp_path / "plain.csv", "w") as handle:
        handle.write("x")
    assert mode(tmp_path / "out.csv") == mode(tmp_path / "plain.csv") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "plain.csv"]


@posix_only
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_replacing_a_file_keeps_its_mode(tmp_path, umask, kind):
    umask(0o022)
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    os.chmod(target, 0o664)
    WRITERS[kind](target)
    assert mode(target) == 0o664
    assert target.read_bytes() != b"old\n"


@posix_only
def test_marxan_writer_uses_the_umask_too(tmp_path, umask):
    umask(0o027)
    path = marxan.atomic_write_text(tmp_path / "input" / "pu.dat", "id,cost\n")
    assert path.read_text() == "id,cost\n" and mode(path) == 0o640


def test_text_is_written_as_given(tmp_path):
    path = atomic_write_text(tmp_path / "a.txt", "a\r\nb\nc", encoding="latin-1")
    assert path == tmp_path / "a.txt"
    assert path.read_bytes() == "a\r\nb\nc".encode("latin-1")
    assert atomic_write_text(str(tmp_path / "é.txt"), "é").read_text(encoding="utf-8") == "é"


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_a_failing_writer_leaves_nothing(tmp_path, error):
    with pytest.raises(error):
        with atomic_path(tmp_path / "plot.png") as temporary:
            assert temporary.parent == tmp_path and temporary.exists()
            temporary.write_bytes(b"half a PNG")
            raise error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_failing_rename_keeps_the_old_file(tmp_path, monkeypatch, kind):
    target = tmp_path / "out.csv"
    target.write_text("old\n")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(KeyboardInterrupt):
        WRITERS[kind](target)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failing_write_leaves_nothing(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    for kind in sorted(WRITERS):
        with pytest.raises(OSError, match="No space"):
            WRITERS[kind](tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_an_error_as_with_open(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "missing" / "out.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_file_keeps_the_suffix_and_is_hidden(tmp_path):
    with atomic_path(tmp_path / "report.html") as temporary:
        assert temporary.name.startswith(".report.") and temporary.suffix == ".html"
    assert (tmp_path / "report.html").read_bytes() == b""


@posix_only
def test_the_tradeoff_plot_and_boundary_csv_get_the_usual_mode(tmp_path, umask):
    import numpy as np
    import shapely

    from cms_connectivity_plugin.core.calibration import TradeoffPoint, plot_tradeoff
    from cms_connectivity_plugin.core.planning_units import (
        build_planning_units,
        write_boundary_csv,
    )

    umask(0o022)
    points = [TradeoffPoint(0.0, 10.0, 8.0, 10.0, np.zeros(3, bool))]
    png = plot_tradeoff(points, tmp_path / "tradeoff")  # no suffix: still a PNG, same name
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and mode(png) == 0o644
    units = build_planning_units(
        shapely.box(0, 0, 2_000, 1_000), kind="square", cell_area_km2=1.0, crs="EPSG:3035"
    )
    bound = write_boundary_csv(units, tmp_path / "bound.csv")
    assert bound.read_bytes().startswith(b"id1,id2,boundary\r\n") and mode(bound) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bound.csv", "tradeoff"]
