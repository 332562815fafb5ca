"""Whatever file a user gives the tracks reader, it returns sound fixes or raises one
``InputError`` naming the file (and the line where known) and the fix: never another
exception, never a traceback, never garbage. The file itself is left as it was."""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_connectivity_plugin.core import tracks as tk
from cms_connectivity_plugin.core.errors import InputError

HEADER = ["individual-local-identifier", "timestamp", "location-long", "location-lat"]
GOOD_ROWS = [
    [
        "Zoe",
        f"2018-08-0{1 + h // 24} {h % 24:02d}:00:00",
        f"{8 + h * 0.05:.3f}",
        f"{47 - h * 0.05:.3f}",
    ]
    for h in range(30)
]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(header, rows, delimiter=",", newline="\n") -> str:
    return newline.join(delimiter.join(row) for row in [header, *rows]) + newline


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def _read_checked(path: Path) -> tk.Tracks | None:
    """Read ``path``: sound tracks, or None after an InputError that names the file."""
    before = _fingerprint(path)
    try:
        tracks = tk.read_movebank_csv(path)
    except InputError as exc:
        message = str(exc)
        assert path.name in message, message
        assert "\n" not in message and "Traceback" not in message
        assert ":" in message  # the problem, then the fix
        tracks = None
    assert _fingerprint(path) == before, "reading changed the file"
    if tracks is not None:
        assert len(tracks) > 0
        assert np.isfinite(tracks.lon).all() and np.isfinite(tracks.lat).all()
        assert (np.abs(tracks.lon) <= 180).all() and (np.abs(tracks.lat) <= 90).all()
        assert tracks.time.dtype == np.dtype("datetime64[s]") and not np.isnat(tracks.time).any()
        assert all(isinstance(i, str) and i for i in tracks.individual)
        # Sorted by individual, then time.
        keys = list(zip(tracks.individual, tracks.time))
        assert keys == sorted(keys)
    return tracks


def _write(folder: str, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


# -- the tester's cases, one by one -----------------------------------------------------------


def _gz(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("cut.csv.gz", _gz(_text(HEADER, GOOD_ROWS))[:120], "damaged or incomplete gzip"),
        ("plain.csv.gz", _text(HEADER, GOOD_ROWS).encode(), "not gzip-compressed"),
        ("junk.csv", bytes(range(256)) * 8, r"Line \d+ .* not UTF-8"),
        (
            "latin.csv",
            _text(HEADER, [*GOOD_ROWS[:3], ["Zoé", *GOOD_ROWS[3][1:]]]).encode("latin-1"),
            "Line 5 .* not UTF-8",
        ),
        ("nul.csv", _text(HEADER, GOOD_ROWS).encode()[:200] + b"\x00\x00", "NUL byte"),
        ("sheet.csv", b"PK\x03\x04" + bytes(100), "spreadsheet"),
        (
            "cols.csv",
            _text(["bird", "when", "x_km", "y_km"], GOOD_ROWS).encode(),
            "has no individual id field",
        ),
        (
            "words.csv",
            _text(HEADER, [*GOOD_ROWS[:4], ["Zoe", GOOD_ROWS[4][1], "east", "47"]]).encode(),
            "'east' in column 'location-long' at line 6 .* not a number",
        ),
        (
            "range.csv",
            _text(HEADER, [*GOOD_ROWS[:2], ["Zoe", GOOD_ROWS[2][1], "8", "95"]]).encode(),
            "line 4 .* latitude 95.0, outside -90..90",
        ),
        (
            "huge.csv",
            _text(HEADER, [*GOOD_ROWS[:2], ["Zoe", GOOD_ROWS[2][1], "1e308", "47"]]).encode(),
            "line 4 .* longitude 1e\\+308",
        ),
        (
            "inf.csv",
            _text(HEADER, [*GOOD_ROWS[:2], ["Zoe", GOOD_ROWS[2][1], "8", "-inf"]]).encode(),
            "'-inf' .* line 4 .* not a number",
        ),
        (
            "time.csv",
            _text(HEADER, [*GOOD_ROWS[:2], ["Zoe", "yesterday", "8", "47"]]).encode(),
            "timestamp 'yesterday' .* line 4 .* YYYY-MM-DD",
        ),
        (
            "quote.csv",
            _text(HEADER, GOOD_ROWS[:2]).encode() + b'Zoe,"2018-08-01 03:00:00,8,47\n' * 2,
            "line 4 of 'quote.csv'",  # the unclosed quote swallows the rest of the file
        ),
        ("empty.csv.gz", gzip.compress(b""), "is empty"),
    ],
)
def test_each_bad_file_is_one_input_error_naming_file_line_and_fix(name, data, words):
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, name, data)
        before = _fingerprint(path)
        with pytest.raises(InputError, match=words) as info:
            tk.read_movebank_csv(path)
        assert name in str(info.value) and "\n" not in str(info.value)
        assert _fingerprint(path) == before


def test_a_gzip_file_without_gz_suffix_and_a_bom_still_read():
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, "tracks.csv", _gz("\ufeff" + _text(HEADER, GOOD_ROWS, ";", "\r\n")))
        tracks = _read_checked(path)
    assert tracks is not None and len(tracks) == len(GOOD_ROWS)


def test_a_huge_junk_value_is_shortened_in_the_message():
    rows = [*GOOD_ROWS[:2], ["Zoe", GOOD_ROWS[2][1], "x" * 5000, "47"]]
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, "long.csv", _text(HEADER, rows).encode())
        with pytest.raises(InputError, match="line 4") as info:
            tk.read_movebank_csv(path)
    assert len(str(info.value)) < 400


# -- generated input ---------------------------------------------------------------------------

_junk = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=12)
_cell = {
    0: st.one_of(st.sampled_from(["Zoe", "Adam", "", " ", "a;b", '"q"']), _junk),
    1: st.one_of(
        st.datetimes(
            min_value=__import__("datetime").datetime(1900, 1, 1),
            max_value=__import__("datetime").datetime(2100, 1, 1),
        ).map(lambda d: d.isoformat(sep=" ")),
        st.sampled_from(["2018-02-30 00:00:00", "2018-07-30T02:00:00+25:99", "", "2018", "NaT"]),
        _junk,
    ),
    2: st.one_of(
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.floats(-180, 180).map(lambda v: f"{v:.5f}"),
        st.sampled_from(["", "nan", "1e308", "-1e999", "8,5", "0x10", "1_0"]),
        _junk,
    ),
}
_cell[3] = _cell[2]


@st.composite
def _csv_text(draw) -> str:
    header = list(HEADER)
    if draw(st.booleans()):
        header[draw(st.integers(0, 3))] = draw(_junk)
    columns = list(range(4))
    if draw(st.integers(0, 4)) == 0:
        columns = draw(st.permutations(columns))
    rows = draw(
        st.lists(
            st.one_of(
                st.tuples(*(_cell[c] for c in columns)).map(list),
                st.lists(_junk, max_size=6),
                st.just(GOOD_ROWS[0][: len(columns)]),
            ),
            max_size=12,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return _text([header[c] for c in columns], rows, delimiter, newline)


@FUZZ
@given(text=_csv_text(), compress=st.booleans())
def test_generated_csv_gives_sound_tracks_or_an_input_error(text, compress):
    data = _gz(text) if compress else text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        _read_checked(_write(folder, "gen.csv.gz" if compress else "gen.csv", data))


@FUZZ
@given(data=st.binary(max_size=600), name=st.sampled_from(["raw.csv", "raw.csv.gz"]))
def test_arbitrary_bytes_give_sound_tracks_or_an_input_error(data, name):
    with tempfile.TemporaryDirectory() as folder:
        _read_checked(_write(folder, name, data))


_GOOD_GZ = _gz(_text(HEADER, GOOD_ROWS))


@FUZZ
@given(cut=st.integers(0, len(_GOOD_GZ) - 1), flip=st.one_of(st.none(), st.integers(0, 400)))
def test_truncated_or_damaged_gzip_is_an_input_error(cut, flip):
    data = bytearray(_GOOD_GZ[:cut] if flip is None else _GOOD_GZ)
    if flip is not None:
        data[flip % len(data)] ^= 0x5A
    with tempfile.TemporaryDirectory() as folder:
        tracks = _read_checked(_write(folder, "storks.csv.gz", bytes(data)))
    if flip is None:
        assert tracks is None  # a cut file is never read as if it were whole
