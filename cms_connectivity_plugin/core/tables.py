"""Delimited text tables as users write them: CSV, tab or space separated, with or without
a header line, any encoding a spreadsheet saves. Marxan's ``.dat`` files and connectivity
edge lists are read here, so one reading gives every table the same messages (file, line,
column and the fix).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError
from .i18n import tr

#: Largest cost, amount, target or boundary length accepted. HiGHS treats 1e20 as infinity and
#: doubles stop holding whole numbers exactly above 2**53 (about 9e15); larger values are
#: typos or units that need rescaling, and would give garbage rather than an error.
MAX_VALUE = 1e15


def fmt(values: Any) -> list[str]:
    """Numbers as text: integers plainly, floats in the shortest form that reads back exactly
    (Python's ``repr``; an integral float such as ``4000.0`` is written ``4000``)."""
    array = np.asarray(values)
    if array.dtype.kind in "iub":
        return list(map(str, array.astype(np.int64).ravel().tolist()))
    if array.dtype.kind != "f":
        return [str(v) for v in array.ravel().tolist()]
    array = array.astype(float).ravel()
    integral = np.isfinite(array) & (array == np.floor(array)) & (np.abs(array) < 1e15)
    if integral.all():
        return list(map(str, array.astype(np.int64).tolist()))
    text = np.array(list(map(repr, array.tolist())), dtype=object)
    if integral.any():
        text[integral] = list(map(str, array[integral].astype(np.int64).tolist()))
    return text.tolist()


# --------------------------------------------------------------------------------------------
# Delimited tables
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A delimited file as text cells (or, when every cell is a number, as one float array),
    with the 1-based line number of every row."""

    label: str
    columns: tuple[str, ...]
    cells: np.ndarray | None  # (rows, columns) of str, None when ``numbers`` holds the data
    lines: np.ndarray
    delimiter: str | None
    header_line: int = 1
    numbers: np.ndarray | None = None

    def has(self, name: str) -> bool:
        return name in self.columns

    def text(self, name: str) -> np.ndarray:
        k = self.columns.index(name)
        if self.cells is None:
            return np.array(fmt(self.numbers[:, k]), dtype=str)
        return self.cells[:, k]

    def floats(self, name: str) -> np.ndarray:
        """Column ``name`` as finite floats; one-line error naming the line otherwise."""
        if self.cells is None:
            values = self.numbers[:, self.columns.index(name)]
        else:
            try:
                values = self.text(name).astype(float)
            except ValueError:
                values = None
        if values is None or not np.isfinite(values).all():
            column = self.text(name)
            for row, cell in enumerate(column.tolist()):
                try:
                    number = float(cell)
                except ValueError:
                    number = None
                if number is None or not np.isfinite(number):
                    raise InputError(
                        tr(
                            "{file} line {line}, column '{column}': '{value}' is not a finite "
                            "number; give a number with '.' as decimal separator."
                        ).format(file=self.label, line=self.lines[row], column=name, value=cell)
                    )
        return values

    def integers(self, name: str) -> np.ndarray:
        """Column ``name`` as integers (Marxan ids are integers)."""
        values = self.floats(name)
        bad = np.flatnonzero((values != np.round(values)) | (np.abs(values) > 2**53))
        if bad.size:
            row = int(bad[0])
            raise InputError(
                tr(
                    "{file} line {line}, column '{column}': '{value}' is not a whole number; "
                    "Marxan ids are integers."
                ).format(
                    file=self.label, line=self.lines[row], column=name, value=self.text(name)[row]
                )
            )
        return values.astype(np.int64)

    def require(self, *names: str) -> None:
        missing = [name for name in names if name not in self.columns]
        if missing:
            raise InputError(
                tr(
                    "{file} line {line}: the column '{column}' is missing (columns found: "
                    "{found}); add it to the header line."
                ).format(
                    file=self.label,
                    line=self.header_line,
                    column=missing[0],
                    found=", ".join(self.columns) or "none",
                )
            )

    def fail_row(self, row: int, message: str) -> InputError:
        return InputError(
            tr("{file} line {line}: {message}").format(
                file=self.label, line=self.lines[row], message=message
            )
        )


def _detect_delimiter(line: str) -> str | None:
    """Tab if the line has one, else comma, else runs of whitespace (None)."""
    if "\t" in line:
        return "\t"
    if "," in line:
        return ","
    return None


def _numeric_body(body: list[str], delimiter: str | None, width: int) -> np.ndarray | None:
    """All rows as one float array through numpy's C parser, or None when any cell is not a
    number or a row has the wrong length (the slower path then names the line)."""
    if not body:
        return None
    try:
        numbers = np.loadtxt(
            io.StringIO("\n".join(body)),
            delimiter=delimiter,
            dtype=float,
            ndmin=2,
            comments=None,
            quotechar='"',
        )
    except ValueError:
        return None
    return numbers if numbers.shape == (len(body), width) else None


def looks_numeric(cells: Sequence[str]) -> bool:
    try:
        [float(c) for c in cells]
    except ValueError:
        return False
    return bool(cells)


def read_table(path: Path, label: str, default_columns: Sequence[str] | None = None) -> Table:
    """Read a Marxan table: detect the delimiter, lower-case the header, check row lengths.

    With ``default_columns`` a file whose first line is numeric is read without a header
    (Marxan accepts ``puvspr.dat`` and ``bound.dat`` so, with a warning).
    """
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raw = Path(path).read_text(encoding="latin-1")
    except OSError as exc:
        raise InputError(
            tr("{file} could not be read ({reason}).").format(file=label, reason=exc.strerror)
        ) from None
    all_lines = raw.splitlines()
    numbers = np.array([k + 1 for k, line in enumerate(all_lines) if line.strip()], dtype=int)
    lines = [all_lines[k - 1] for k in numbers]
    if not lines:
        raise InputError(
            tr("{file} is empty; it needs a header line and one row per record.").format(file=label)
        )
    delimiter = _detect_delimiter(lines[0])

    def split(rows: list[str]) -> list[list[str]]:
        if delimiter is None:
            return [[cell.strip('"') for cell in row.split()] for row in rows]
        return [[cell.strip() for cell in row] for row in csv.reader(rows, delimiter=delimiter)]

    first = split(lines[:1])[0]
    header_line = int(numbers[0])
    if default_columns is not None and looks_numeric(first):
        columns = tuple(default_columns)
        body, body_lines = lines, numbers
        header_line = 0
    else:
        columns = tuple(cell.strip().strip('"').strip().lower() for cell in first)
        body, body_lines = lines[1:], numbers[1:]
        seen: set[str] = set()
        for name in columns:
            if name in seen:
                raise InputError(
                    tr(
                        "{file} line {line}: the column '{column}' appears twice in the "
                        "header; keep one."
                    ).format(file=label, line=numbers[0], column=name)
                )
            seen.add(name)
    numbers = _numeric_body(body, delimiter, len(columns))
    if numbers is not None:
        return Table(label, columns, None, body_lines, delimiter, header_line, numbers)
    rows = split(body)
    lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
    bad = np.flatnonzero(lengths != len(columns))
    if bad.size:
        row = int(bad[0])
        raise InputError(
            tr(
                "{file} line {line}: {found} values but the header has {count} columns "
                "({columns}); give one value per column."
            ).format(
                file=label,
                line=body_lines[row],
                found=lengths[row],
                count=len(columns),
                columns=", ".join(columns),
            )
        )
    cells = np.array(rows, dtype=str).reshape(len(rows), len(columns))
    return Table(label, columns, cells, body_lines, delimiter, header_line)


def check_magnitude(table: Table, column: str, values: np.ndarray) -> None:
    """Refuse values above :data:`MAX_VALUE`, naming the line (see there why)."""
    bad = np.flatnonzero(np.abs(values) > MAX_VALUE)
    if bad.size:
        raise table.fail_row(
            int(bad[0]),
            tr(
                "the {column} {value} is too large (the limit is 1e15); rescale the column, "
                "e.g. to thousands or km2."
            ).format(column=column, value=table.text(column)[bad[0]]),
        )


@dataclass(frozen=True)
class ConnectivityTable:
    """Links between planning units from a Marxan Connect edge list (``id1, id2, value``):
    ids as the unit layer's id field writes them, values in the user's own units."""

    id1: np.ndarray
    id2: np.ndarray
    value: np.ndarray
    source: str

    def __len__(self) -> int:
        return int(self.value.size)


def read_connectivity(path: Path | str) -> ConnectivityTable:
    """Read a connectivity edge list (CSV, tab or space separated; columns ``id1``, ``id2``
    and ``value`` or ``boundary``, as Marxan Connect and Marxan's bound.dat write them)."""
    label = Path(path).name
    table = read_table(Path(path), label, ("id1", "id2", "value"))
    column = "value" if table.has("value") or not table.has("boundary") else "boundary"
    table.require("id1", "id2", column)
    value = table.floats(column)
    if value.size == 0:
        raise InputError(
            tr("{file} has no links: give one row per pair of planning units.").format(file=label)
        )
    check_magnitude(table, column, value)
    return ConnectivityTable(
        np.array([v.strip() for v in table.text("id1")], dtype=object),
        np.array([v.strip() for v in table.text("id2")], dtype=object),
        value,
        label,
    )
