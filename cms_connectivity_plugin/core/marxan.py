"""Marxan projects in and out, and an exact drop-in for Marxan's runs.

Formats follow the Marxan user manual (Game & Grantham 2008, v1.8.10; Serra et al. 2020,
v2.43 and above) and Marxan's own reader and writer (``Marxan-source-code/marxan``,
``input.cpp``, ``output.cpp``); prioritizr's ``marxan_problem()`` reads the same files.

Inputs (each comma, tab or whitespace delimited, detected from the header line):

- ``input.dat``: one ``KEY value`` per line; other lines (titles, blank) are ignored. Read here:
  INPUTDIR, OUTPUTDIR, SCENNAME, PUNAME, SPECNAME, PUVSPRNAME, BOUNDNAME (alias CONNECTIONNAME),
  BLM (alias CM), NUMREPS, MISSLEVEL, SAVERUN, SAVEBEST, SAVESUMMARY, SAVESCEN, SAVETARGMET,
  SAVESUMSOLN, SAVELOG, SAVESOLUTIONSMATRIX, BESTFIELDNAME, and two keys Marxan ignores:
  MIPGAP (relative optimality gap, default 0.001) and TIMELIMIT (seconds per run). Annealing
  and heuristic keys (NUMITNS, STARTTEMP, RUNMODE, ...) are kept but have no effect: the
  solution is exact. Relative paths are taken from the folder holding ``input.dat``.
- ``pu.dat``: ``id`` (integer), ``cost`` (default 1), ``status`` (default 0), ``xloc``,
  ``yloc``. Status 2 = locked in, 3 = locked out; 1 ("in the initial reserve" for simulated
  annealing) is only a starting point for Marxan's search and has no effect on an exact
  solver, so it is kept for writing back but otherwise ignored.
- ``spec.dat``: ``id``, ``prop`` and/or ``target``, ``spf``, ``name``, ``type``, ... A ``prop``
  above 0 sets the target to that share of the feature's total amount over all planning units
  (Marxan's ``computeSpecProp``; it wins over ``target``). Targets are hard constraints, so
  ``spf`` (the penalty factor of a missed target) has no effect; occurrence and separation
  targets (``targetocc``, ``sepnum``, ``sepdistance``) are not supported and are reported.
- ``puvspr.dat``: ``species``, ``pu``, ``amount`` (Marxan's vertical format; rows in any order).
  Rows naming unknown units or features are skipped with a warning, as Marxan does.
- ``bound.dat``: ``id1``, ``id2``, ``boundary``. Pairs are unordered and a pair listed twice
  counts once; ``id1 == id2`` is the unit's exposed edge (:meth:`Boundary.from_pairs`).

Outputs (:func:`write_outputs`) use Marxan's names and headers, ``<SCENNAME>_best``,
``_r00001``..., ``_ssoln``, ``_mvbest``, ``_mv00001``..., ``_sum``, ``_sen.dat``,
``_solutionsmatrix`` and ``_log.dat``. As in Marxan, SAVE* = 3 writes comma-separated ``.csv``,
2 writes comma-separated ``.txt`` ("ArcView" format, with ``"planning_unit","solution"`` in
``_best``), 1 writes tab-separated ``.dat``, 0 writes nothing; a SAVE* key missing from
``input.dat`` counts as 3 here (Marxan's default is 0), and the solutions matrix has its
header row unless SOLUTIONSMATRIXHEADERS is 0. ``_sum`` adds Solver_Status, Gap, Bound and
Runtime_s after Marxan's columns, so a run stopped by TIMELIMIT shows how far it may be from
the optimum.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from .atomic import atomic_write_text as _atomic_write_text
from .errors import InputError
from .evaluate import held_amounts, target_coverage
from .i18n import tr
from .portfolio import selection_frequency, summed_solution
from .problem import Boundary, Problem, Solution, objective_value
from .tables import MAX_VALUE, Table, check_magnitude, fmt, looks_numeric, read_table

#: Parameters written to a new ``input.dat``, in this order, with these defaults. The
#: annealing keys are there so that Marxan itself can run the project unchanged.
DEFAULT_PARAMS: dict[str, str] = {
    "VERSION": "0.1",
    "BLM": "0",
    "PROP": "0.5",
    "RANDSEED": "-1",
    "NUMREPS": "1",
    "NUMITNS": "1000000",
    "STARTTEMP": "-1",
    "NUMTEMP": "10000",
    "COSTTHRESH": "0",
    "THRESHPEN1": "0",
    "THRESHPEN2": "0",
    "INPUTDIR": "input",
    "SPECNAME": "spec.dat",
    "PUNAME": "pu.dat",
    "PUVSPRNAME": "puvspr.dat",
    "BOUNDNAME": "bound.dat",
    "SCENNAME": "output",
    "SAVERUN": "3",
    "SAVEBEST": "3",
    "SAVESUMMARY": "3",
    "SAVESCEN": "3",
    "SAVETARGMET": "3",
    "SAVESUMSOLN": "3",
    "SAVELOG": "3",
    "OUTPUTDIR": "output",
    "RUNMODE": "1",
    "MISSLEVEL": "1",
    "ITIMPTYPE": "0",
    "HEURTYPE": "-1",
    "CLUMPTYPE": "0",
    "VERBOSITY": "2",
    "MIPGAP": "0.001",
    "TIMELIMIT": "",
}

#: Section titles written before these keys (Marxan ignores lines that are not parameters).
_SECTIONS = {
    "VERSION": "General Parameters",
    "NUMITNS": "Annealing Parameters",
    "COSTTHRESH": "Cost Threshold",
    "INPUTDIR": "Input Files",
    "SCENNAME": "Save Files",
    "RUNMODE": "Program control",
    "MIPGAP": "Exact solver settings (read by cms_connectivity_plugin, ignored by Marxan)",
}

DEFAULT_MIP_GAP = 0.001
#: Most runs (NUMREPS) accepted: each run is a whole exact solve with one more no-good cut,
#: so a million runs (as an annealing project may ask for) would take days, not minutes.
MAX_NUMREPS = 10_000
SAVE_KEYS = (
    "SAVERUN",
    "SAVEBEST",
    "SAVESUMMARY",
    "SAVESCEN",
    "SAVETARGMET",
    "SAVESUMSOLN",
    "SAVELOG",
    "SAVESOLUTIONSMATRIX",
)
#: SAVE* value -> (extension, delimiter), as in Marxan's ``output.cpp``.
SAVE_FORMATS = {1: (".dat", "\t"), 2: (".txt", ","), 3: (".csv", ",")}

#: Header of ``_sum`` as Marxan writes it (quoted); ours adds four solver columns after MPM.
SUM_COLUMNS = (
    "Run_Number",
    "Score",
    "Cost",
    "Planning_Units",
    "Connectivity",
    "Connectivity_Total",
    "Connectivity_In",
    "Connectivity_Edge",
    "Connectivity_Out",
    "Connectivity_In_Fraction",
    "Penalty",
    "Shortfall",
    "Missing_Values",
    "MPM",
)
SUM_SOLVER_COLUMNS = ("Solver_Status", "Gap", "Bound", "Runtime_s")
#: Header of ``_mvbest``/``_mv00001`` exactly as Marxan writes it, trailing spaces included.
MV_COLUMNS = (
    "Conservation Feature",
    "Feature Name",
    "Target",
    "Amount Held",
    "Occurrence Target ",
    "Occurrences Held",
    "Separation Target ",
    "Separation Achieved",
    "Target Met",
    "MPM",
)

_KEY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_ANY_SEPARATOR = re.compile(r"[,\t ]+")


# --------------------------------------------------------------------------------------------
# Small utilities
# --------------------------------------------------------------------------------------------


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``path`` through :func:`.atomic.atomic_write_text`, creating the folder.

    Readers never see a half-written file, and a failed write leaves the old file intact.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return _atomic_write_text(path, text)


def _quote(values: Sequence[str], delimiter: str) -> list[str]:
    """CSV-quote text cells that contain the delimiter, a quote or a line break."""
    out = []
    for text in map(str, values):
        if delimiter in text or '"' in text or "\n" in text:
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return out


def _table_text(
    header: Sequence[str] | None, columns: Sequence[Sequence[str]], delimiter: str
) -> str:
    """Rows joined by ``delimiter`` (columns already formatted as text), with a header line.

    Rows are assembled by ``str.join`` over zipped column lists (C-level iteration), several
    times faster than numpy's element-wise string functions.
    """
    lines = [] if header is None else [delimiter.join(header)]
    if columns and len(columns[0]):
        lists = [list(column) for column in columns]
        lines.extend(map(delimiter.join, zip(*lists)))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# input.dat
# --------------------------------------------------------------------------------------------


def read_input_dat(path: Path | str) -> tuple[dict[str, str], dict[str, int]]:
    """Parameters of a Marxan ``input.dat`` and the line each was read from.

    A parameter line starts with an upper-case key followed by its value (Marxan's
    ``readInputOption``); titles such as ``General Parameters`` are skipped. A key given twice
    keeps its last value, as in Marxan.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            tr("{file} could not be read ({reason}).").format(file=path, reason=exc.strerror or exc)
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    params: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.strip().split(None, 1)
        if len(parts) == 2 and _KEY.match(parts[0]):
            params[parts[0]] = parts[1].strip()
            lines[parts[0]] = number
    return params, lines


def _input_dat_text(params: Mapping[str, str]) -> str:
    out = ["Input file for Annealing program.", "", "Written by cms_connectivity_plugin", ""]
    keys = list(DEFAULT_PARAMS) + [k for k in params if k not in DEFAULT_PARAMS]
    for key in keys:
        value = params.get(key, DEFAULT_PARAMS.get(key, ""))
        if key in _SECTIONS:
            out += ["", _SECTIONS[key]]
        if str(value).strip() == "":
            continue
        out.append(f"{key} {value}")
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class Settings:
    """The parameters of ``input.dat`` this reader acts on, typed and checked."""

    blm: float
    numreps: int
    mip_gap: float
    time_limit: float | None
    misslevel: float
    scenario: str
    save: dict[str, int]
    best_field: str
    solutions_matrix_headers: bool


def _param_float(
    params: Mapping[str, str], lines: Mapping[str, int], keys: Sequence[str], default: float | None
) -> tuple[float | None, str]:
    for key in keys:
        if key in params and params[key] != "":
            try:
                value = float(params[key].split()[0])
            except ValueError:
                value = float("nan")
            if not np.isfinite(value):
                raise InputError(
                    tr(
                        "input.dat line {line}: {key} is '{value}', not a number; give a number "
                        "with '.' as decimal separator."
                    ).format(line=lines.get(key, "?"), key=key, value=params[key])
                )
            return value, key
    return default, keys[0]


def _bad_param(lines: Mapping[str, int], key: str, value: object, fix: str) -> InputError:
    return InputError(
        tr("input.dat line {line}: {key} is {value}; {fix}").format(
            line=lines.get(key, "?"), key=key, value=value, fix=fix
        )
    )


def read_settings(params: Mapping[str, str], lines: Mapping[str, int] | None = None) -> Settings:
    """Typed solver and output settings from ``input.dat`` parameters, each checked."""
    lines = lines or {}
    blm, key = _param_float(params, lines, ("BLM", "CM"), 0.0)
    if blm < 0:
        raise _bad_param(lines, key, blm, tr("give 0 or more."))
    if blm > MAX_VALUE:
        raise _bad_param(lines, key, blm, tr("give at most 1e15 (rescale the boundary lengths)."))
    reps, key = _param_float(params, lines, ("NUMREPS",), 1.0)
    if reps != round(reps) or reps < 0:
        raise _bad_param(lines, key, reps, tr("give a whole number of runs, 1 or more."))
    if reps > MAX_NUMREPS:
        raise _bad_param(
            lines,
            key,
            params[key].split()[0],
            tr(
                "each run is a complete exact solve (the first is the optimum, the others the "
                "next best different selections), so give at most 10000 runs; 10 to 100 are "
                "usually enough to map how often each unit is selected."
            ),
        )
    gap, key = _param_float(params, lines, ("MIPGAP",), DEFAULT_MIP_GAP)
    if not 0 <= gap < 1:
        raise _bad_param(lines, key, gap, tr("give a relative gap from 0 to below 1, e.g. 0.001."))
    limit, key = _param_float(params, lines, ("TIMELIMIT",), None)
    if limit is not None and limit <= 0:
        raise _bad_param(lines, key, limit, tr("give a positive number of seconds, or remove it."))
    miss, key = _param_float(params, lines, ("MISSLEVEL",), 1.0)
    if not 0 < miss <= 1:
        raise _bad_param(lines, key, miss, tr("give a share above 0 and at most 1."))
    save = {}
    for name in SAVE_KEYS:
        value, _ = _param_float(params, lines, (name,), 3.0)
        if value not in (0, 1, 2, 3):
            raise _bad_param(
                lines, name, value, tr("use 0 (do not save), 1 (.dat), 2 (.txt) or 3 (.csv).")
            )
        save[name] = int(value)
    headers, _ = _param_float(params, lines, ("SOLUTIONSMATRIXHEADERS",), 1.0)
    scenario = params.get("SCENNAME", "").strip() or "output"
    if re.search(r'[/\\:*?"<>|]', scenario) or scenario.startswith("."):
        raise _bad_param(
            lines,
            "SCENNAME",
            scenario,
            tr(
                "give a plain name (letters, digits, '_' or '-'): it starts the name of every "
                "output file; choose the folder with OUTPUTDIR."
            ),
        )
    return Settings(
        blm=float(blm),
        numreps=max(1, int(reps)),
        mip_gap=float(gap),
        time_limit=None if limit is None else float(limit),
        misslevel=float(miss),
        scenario=scenario,
        save=save,
        best_field=params.get("BESTFIELDNAME", "").strip() or "SOLUTION",
        solutions_matrix_headers=bool(headers),
    )


# --------------------------------------------------------------------------------------------
# Reading a project
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class MarxanProject:
    """A Marxan project as a :class:`Problem` plus what maps it back to Marxan's files.

    ``pu_ids`` and ``feature_ids`` are Marxan's integer ids in file order (row/column order of
    ``problem.amounts``). ``status`` (0-3), ``xloc``/``yloc``, ``prop`` (NaN where the target
    is absolute) and ``spf`` are kept so a project written back reads the same.
    """

    problem: Problem
    pu_ids: np.ndarray
    feature_ids: np.ndarray
    feature_names: list[str]
    params: dict[str, str]
    input_dat: Path | None = None
    status: np.ndarray | None = None
    xloc: np.ndarray | None = None
    yloc: np.ndarray | None = None
    prop: np.ndarray | None = None
    spf: np.ndarray | None = None
    warnings: list[str] = field(default_factory=list)
    param_lines: dict[str, int] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.input_dat.parent if self.input_dat is not None else Path.cwd()

    @property
    def settings(self) -> Settings:
        return read_settings(self.params, self.param_lines)

    def _dir(self, key: str, default: str) -> Path:
        value = self.params.get(key, "").strip() or default
        value = value.replace("\\", "/") if os.sep == "/" else value
        path = Path(value)
        return path if path.is_absolute() else self.folder / path

    @property
    def input_dir(self) -> Path:
        return self._dir("INPUTDIR", "input" if (self.folder / "input").is_dir() else ".")

    @property
    def output_dir(self) -> Path:
        return self._dir("OUTPUTDIR", "output")


def _input_file(
    folder: Path,
    params: Mapping[str, str],
    lines: Mapping[str, int],
    keys: Sequence[str],
    defaults: Sequence[str],
    required: bool,
) -> tuple[Path | None, str]:
    key = next((k for k in keys if params.get(k, "").strip()), None)
    if key is None:
        for name in defaults:
            if (folder / name).is_file():
                return folder / name, name
        if required:
            raise InputError(
                tr(
                    "input.dat has no {key} and {folder} holds no {name}: add the line "
                    "'{key} <file name>' to input.dat."
                ).format(key=keys[0], folder=folder, name=defaults[0])
            )
        return None, ""
    name = params[key].strip().replace("\\", "/") if os.sep == "/" else params[key].strip()
    path = Path(name) if Path(name).is_absolute() else folder / name
    if not path.is_file():
        raise InputError(
            tr(
                "input.dat line {line}: {key} names {path}, which does not exist; fix the file "
                "name or INPUTDIR."
            ).format(line=lines.get(key, "?"), key=key, path=path)
        )
    return path, Path(name).name


def _statuses(table: Table, ids: np.ndarray) -> np.ndarray:
    """Marxan's status column: 0 free, 1 in the initial reserve (not locked), 2 locked in,
    3 locked out. Anything else (5, 2.5, -1, text) is an error naming line and unit."""
    column = table.text("status")
    if table.cells is None:
        values = table.numbers[:, table.columns.index("status")]
    else:
        values = np.array([_float_or_nan(cell) for cell in column.tolist()], dtype=float)
    bad = np.flatnonzero(~np.isin(values, (0.0, 1.0, 2.0, 3.0)))
    if bad.size:
        row = int(bad[0])
        raise table.fail_row(
            row,
            tr(
                "the status '{value}' of planning unit {id} is not a Marxan status; use 0 "
                "(free), 1 (initial reserve, not locked), 2 (locked in) or 3 (locked out)."
            ).format(value=column[row], id=ids[row]),
        )
    return values.astype(np.int64)


def _float_or_nan(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _read_units(table: Table) -> dict[str, np.ndarray]:
    table.require("id")
    if table.lines.size == 0:
        raise InputError(
            tr("{file} has no planning units: add one row per unit under the header.").format(
                file=table.label
            )
        )
    ids = table.integers("id")
    order = np.argsort(ids, kind="stable")
    dup = np.flatnonzero(np.diff(ids[order]) == 0)
    if dup.size:
        first, second = order[dup[0]], order[dup[0] + 1]
        raise table.fail_row(
            int(second),
            tr(
                "planning unit id {id} is used again (first on line {first}); ids must be unique."
            ).format(id=ids[second], first=table.lines[first]),
        )
    n = ids.size
    cost = table.floats("cost") if table.has("cost") else np.ones(n)
    bad = np.flatnonzero(cost < 0)
    if bad.size:
        raise table.fail_row(
            int(bad[0]),
            tr("the cost {value} is negative; costs must be 0 or more.").format(value=cost[bad[0]]),
        )
    check_magnitude(table, "cost", cost)
    status = _statuses(table, ids) if table.has("status") else np.zeros(n, dtype=np.int64)
    return {
        "id": ids,
        "cost": cost,
        "status": status,
        "xloc": table.floats("xloc") if table.has("xloc") else None,
        "yloc": table.floats("yloc") if table.has("yloc") else None,
    }


def _read_features(table: Table, warnings: list[str]) -> dict[str, Any]:
    table.require("id")
    if not (table.has("prop") or table.has("target")):
        raise InputError(
            tr(
                "{file} line {line}: there is neither a 'prop' nor a 'target' column; add one "
                "(prop = share of each feature's total amount, target = amount)."
            ).format(file=table.label, line=table.header_line)
        )
    if table.lines.size == 0:
        raise InputError(
            tr("{file} has no features: add one row per feature under the header.").format(
                file=table.label
            )
        )
    ids = table.integers("id")
    order = np.argsort(ids, kind="stable")
    dup = np.flatnonzero(np.diff(ids[order]) == 0)
    if dup.size:
        first, second = order[dup[0]], order[dup[0] + 1]
        raise table.fail_row(
            int(second),
            tr("feature id {id} is used again (first on line {first}); ids must be unique.").format(
                id=ids[second], first=table.lines[first]
            ),
        )
    m = ids.size
    prop = table.floats("prop") if table.has("prop") else np.zeros(m)
    bad = np.flatnonzero((prop < 0) | (prop > 1))
    if bad.size:
        raise table.fail_row(
            int(bad[0]),
            tr("prop is {value}; give a share from 0 to 1 (0.3 = 30 %).").format(
                value=prop[bad[0]]
            ),
        )
    target = table.floats("target") if table.has("target") else np.zeros(m)
    bad = np.flatnonzero(target < 0)
    if bad.size:
        raise table.fail_row(
            int(bad[0]),
            tr("target is {value}; give an amount of 0 or more.").format(value=target[bad[0]]),
        )
    check_magnitude(table, "target", target)
    names = (
        [str(n) for n in table.text("name").tolist()]
        if table.has("name")
        else [str(i) for i in ids.tolist()]
    )
    for column in ("targetocc", "sepnum", "sepdistance", "target2"):
        if table.has(column):
            values = table.floats(column)
            used = np.flatnonzero(values > 0)
            if used.size:
                warnings.append(
                    tr(
                        "{file}: '{column}' is set for {count} feature(s) (first on line "
                        "{line}); occurrence, separation and clump targets are not supported "
                        "by the exact solver and were ignored."
                    ).format(
                        file=table.label,
                        column=column,
                        count=used.size,
                        line=table.lines[used[0]],
                    )
                )
    return {
        "id": ids,
        "prop": np.where(prop > 0, prop, np.nan),
        "target": target,
        "names": names,
        "spf": table.floats("spf") if table.has("spf") else None,
    }


def _lookup(sorted_ids: np.ndarray, order: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of each value in the id array (-1 where absent), by binary search."""
    pos = np.searchsorted(sorted_ids, values)
    pos = np.clip(pos, 0, max(sorted_ids.size - 1, 0))
    found = sorted_ids.size > 0
    hit = (sorted_ids[pos] == values) if found else np.zeros(values.shape, dtype=bool)
    return np.where(hit, order[pos] if found else -1, -1)


def _read_amounts(
    table: Table, pu_ids: np.ndarray, feature_ids: np.ndarray, warnings: list[str]
) -> sp.csr_matrix:
    table.require("species", "pu", "amount")
    species = table.integers("species")
    units = table.integers("pu")
    amount = table.floats("amount")
    bad = np.flatnonzero(amount < 0)
    if bad.size:
        raise table.fail_row(
            int(bad[0]),
            tr("the amount {value} is negative; amounts must be 0 or more.").format(
                value=amount[bad[0]]
            ),
        )
    check_magnitude(table, "amount", amount)
    pu_order = np.argsort(pu_ids)
    sp_order = np.argsort(feature_ids)
    row = _lookup(pu_ids[pu_order], pu_order, units)
    col = _lookup(feature_ids[sp_order], sp_order, species)
    for index, ids, what in ((row, units, "pu.dat"), (col, species, "spec.dat")):
        missing = np.flatnonzero(index < 0)
        if missing.size:
            warnings.append(
                tr(
                    "{file}: {count} row(s) name ids not in {what} (first: {id} on line "
                    "{line}); they were skipped, as Marxan does."
                ).format(
                    file=table.label,
                    count=missing.size,
                    what=what,
                    id=ids[missing[0]],
                    line=table.lines[missing[0]],
                )
            )
    keep = (row >= 0) & (col >= 0)
    rows, cols, vals, kept = row[keep], col[keep], amount[keep], np.flatnonzero(keep)
    n, m = pu_ids.size, feature_ids.size
    key = rows.astype(np.int64) * max(m, 1) + cols
    order = np.argsort(key, kind="stable")
    dup = np.flatnonzero(np.diff(key[order]) == 0)
    if dup.size:
        first, second = kept[order[dup[0]]], kept[order[dup[0] + 1]]
        raise table.fail_row(
            int(second),
            tr(
                "feature {feature} in planning unit {unit} is listed again (first on line "
                "{first}); give each pair once."
            ).format(feature=species[second], unit=units[second], first=table.lines[first]),
        )
    matrix = sp.csr_matrix((vals, (rows, cols)), shape=(n, m), dtype=float)
    matrix.eliminate_zeros()
    return matrix


def _read_boundary(table: Table, pu_ids: np.ndarray) -> Boundary:
    table.require("id1", "id2", "boundary")
    id1, id2 = table.integers("id1"), table.integers("id2")
    length = table.floats("boundary")
    bad = np.flatnonzero(length < 0)
    if bad.size:
        raise table.fail_row(
            int(bad[0]),
            tr("the boundary {value} is negative; boundary lengths must be 0 or more.").format(
                value=length[bad[0]]
            ),
        )
    check_magnitude(table, "boundary", length)
    order = np.argsort(pu_ids)
    i = _lookup(pu_ids[order], order, id1)
    j = _lookup(pu_ids[order], order, id2)
    for index, ids, column in ((i, id1, "id1"), (j, id2, "id2")):
        missing = np.flatnonzero(index < 0)
        if missing.size:
            raise table.fail_row(
                int(missing[0]),
                tr(
                    "{column} {id} is not a planning unit in pu.dat; fix the id or remove the "
                    "row ({count} such rows)."
                ).format(column=column, id=ids[missing[0]], count=missing.size),
            )
    return Boundary.from_pairs(pu_ids.size, i, j, length)


def read_marxan(input_dat: Path | str) -> MarxanProject:
    """Read ``input.dat`` and the files it names into a :class:`MarxanProject`.

    Targets: ``prop`` -> prop x total amount of the feature over all planning units, else
    ``target``; both are hard constraints. Status 2 -> locked in, 3 -> locked out, 1 ignored.
    ``input_dat`` may also be the folder holding ``input.dat``.
    """
    path = Path(input_dat)
    if path.is_dir():
        path = path / "input.dat"
    if not path.is_file():
        raise InputError(
            tr(
                "Marxan input file {path} not found; give the path of input.dat or of the "
                "folder holding it."
            ).format(path=path)
        )
    params, lines = read_input_dat(path)
    project = MarxanProject(
        problem=None,  # type: ignore[arg-type]
        pu_ids=np.zeros(0, dtype=np.int64),
        feature_ids=np.zeros(0, dtype=np.int64),
        feature_names=[],
        params=params,
        input_dat=path.resolve(),
        param_lines=lines,
    )
    settings = read_settings(params, lines)
    folder = project.input_dir
    if not folder.is_dir():
        raise InputError(
            tr(
                "input.dat line {line}: INPUTDIR is {folder}, which is not a folder; fix the "
                "path (relative paths start at the folder holding input.dat)."
            ).format(line=lines.get("INPUTDIR", "?"), folder=folder)
        )
    warnings = project.warnings
    pu_path, pu_name = _input_file(folder, params, lines, ("PUNAME",), ("pu.dat",), True)
    spec_path, spec_name = _input_file(folder, params, lines, ("SPECNAME",), ("spec.dat",), True)
    puvspr_path, puvspr_name = _input_file(
        folder, params, lines, ("PUVSPRNAME",), ("puvspr.dat", "puvspr2.dat"), True
    )
    bound_path, bound_name = _input_file(
        folder, params, lines, ("BOUNDNAME", "CONNECTIONNAME"), (), False
    )

    units = _read_units(read_table(pu_path, pu_name))
    features = _read_features(read_table(spec_path, spec_name), warnings)
    amounts = _read_amounts(
        read_table(puvspr_path, puvspr_name, ("species", "pu", "amount")),
        units["id"],
        features["id"],
        warnings,
    )
    boundary = None
    if bound_path is not None:
        boundary = _read_boundary(
            read_table(bound_path, bound_name, ("id1", "id2", "boundary")), units["id"]
        )
    if settings.blm > 0 and boundary is None:
        raise InputError(
            tr(
                "input.dat line {line}: BLM is {blm} but there is no boundary file; add "
                "'BOUNDNAME bound.dat' or set BLM 0."
            ).format(line=lines.get("BLM", lines.get("CM", "?")), blm=settings.blm)
        )
    for key in ("ASYMMETRICCONNECTIVITY", "CONNECTIVITYIN"):
        if params.get(key, "0").strip() not in ("", "0"):
            warnings.append(
                tr(
                    "input.dat line {line}: {key} is not supported; the boundary file is read "
                    "as symmetric shared edges."
                ).format(line=lines.get(key, "?"), key=key)
            )
    costthresh, _ = _param_float(params, lines, ("COSTTHRESH",), 0.0)
    if costthresh and costthresh > 0:
        warnings.append(
            tr(
                "input.dat line {line}: COSTTHRESH is not supported by the exact solver and "
                "was ignored."
            ).format(line=lines.get("COSTTHRESH", "?"))
        )

    totals = np.asarray(amounts.sum(axis=0), dtype=float).ravel()
    prop = features["prop"]
    targets = np.where(np.isfinite(prop), np.nan_to_num(prop) * totals, features["target"])
    status = units["status"]
    problem = Problem(
        cost=units["cost"],
        amounts=amounts,
        targets=targets,
        feature_names=features["names"],
        locked_in=status == 2,
        locked_out=status == 3,
        boundary=boundary,
        blm=settings.blm,
        edge_factor=1.0,
        unit_ids=units["id"].tolist(),
    ).validate()
    project.problem = problem
    project.pu_ids = units["id"]
    project.feature_ids = features["id"]
    project.feature_names = list(features["names"])
    project.status = status
    project.xloc = units["xloc"]
    project.yloc = units["yloc"]
    project.prop = prop if np.isfinite(prop).any() else None
    project.spf = features["spf"]
    return project


# --------------------------------------------------------------------------------------------
# Writing a project
# --------------------------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r"[\s,;:^*\"'/|\\]+")


def marxan_name(name: str) -> str:
    """A feature name Marxan can read: separators Marxan 2.4 splits on become ``_``."""
    return _UNSAFE_NAME.sub("_", str(name).strip()) or "_"


def write_marxan(
    folder: Path | str,
    problem: Problem,
    pu_ids: Sequence[int] | np.ndarray,
    feature_ids: Sequence[int] | np.ndarray,
    names: Sequence[str] | None = None,
    params: Mapping[str, str] | None = None,
    *,
    status: np.ndarray | None = None,
    prop: np.ndarray | None = None,
    spf: np.ndarray | float | None = None,
    xloc: np.ndarray | None = None,
    yloc: np.ndarray | None = None,
    delimiter: str = ",",
) -> Path:
    """Write ``problem`` as a Marxan project in ``folder``; return the path of ``input.dat``.

    Files: ``input.dat`` and, in INPUTDIR (default ``input``), ``pu.dat`` (id, cost, status
    [, xloc, yloc]), ``spec.dat`` (id, prop and/or target, spf, name), ``puvspr.dat`` (species,
    pu, amount, sorted by pu as Marxan prefers) and, with boundary data, ``bound.dat`` (id1,
    id2, boundary; each shared edge once with id1 < id2 by position, exposed edges as
    ``id1 == id2`` rows scaled by the problem's edge factor, Marxan having none). ``status``
    defaults to 2/3 from the locks; ``prop`` (NaN = absolute) writes Marxan's relative targets.
    ``spf`` defaults to 10 so that Marxan's own annealing respects the targets. Names are made
    safe for Marxan with :func:`marxan_name`. Every file is written atomically.
    """
    problem.validate()
    folder = Path(folder)
    pu_ids = np.asarray(pu_ids, dtype=np.int64)
    feature_ids = np.asarray(feature_ids, dtype=np.int64)
    n, m = problem.n_units, problem.n_features
    if pu_ids.shape != (n,) or np.unique(pu_ids).size != n:
        raise InputError(
            tr("Give {n} distinct integer planning-unit ids; {count} were given.").format(
                n=n, count=pu_ids.size
            )
        )
    if feature_ids.shape != (m,) or np.unique(feature_ids).size != m:
        raise InputError(
            tr("Give {m} distinct integer feature ids; {count} were given.").format(
                m=m, count=feature_ids.size
            )
        )
    names = list(problem.feature_names if names is None else names)
    if len(names) != m:
        raise InputError(
            tr("There are {count} feature names for {m} features.").format(count=len(names), m=m)
        )
    values = dict(DEFAULT_PARAMS)
    values.update({k: str(v) for k, v in (params or {}).items()})
    values["BLM"] = fmt(np.array([problem.blm]))[0]
    for key, default in (("INPUTDIR", "input"), ("OUTPUTDIR", "output")):
        # A project read from elsewhere may carry absolute folders; writing there would
        # overwrite the original, so a written project always keeps its files inside.
        if Path(values.get(key, "").strip() or default).is_absolute():
            values[key] = default
    if problem.boundary is None:
        values.pop("BOUNDNAME", None)
    input_name = values.get("INPUTDIR", "input").strip() or "."
    input_dir = folder / input_name
    out_dir = folder / (values.get("OUTPUTDIR", "output").strip() or ".")
    delim = delimiter

    if status is None:
        status = np.where(problem.locked_in, 2, np.where(problem.locked_out, 3, 0))
    status = np.asarray(status, dtype=np.int64)
    pu_cols = ["id", "cost", "status"]
    pu_data = [fmt(pu_ids), fmt(problem.cost), fmt(status)]
    if xloc is not None and yloc is not None:
        pu_cols += ["xloc", "yloc"]
        pu_data += [fmt(np.asarray(xloc, dtype=float)), fmt(np.asarray(yloc, dtype=float))]
    atomic_write_text(input_dir / values["PUNAME"], _table_text(pu_cols, pu_data, delim))

    spf_values = np.broadcast_to(np.asarray(10.0 if spf is None else spf, dtype=float), (m,))
    safe = [marxan_name(name) for name in names]
    spec_cols, spec_data = ["id"], [fmt(feature_ids)]
    if prop is not None:
        prop = np.asarray(prop, dtype=float)
        relative = np.isfinite(prop)
        spec_cols.append("prop")
        spec_data.append(fmt(np.where(relative, prop, 0.0)))
        if not relative.all():
            spec_cols.append("target")
            spec_data.append(fmt(np.where(relative, 0.0, problem.targets)))
    else:
        spec_cols.append("target")
        spec_data.append(fmt(problem.targets))
    spec_cols += ["spf", "name"]
    spec_data += [fmt(spf_values), _quote(safe, delim)]
    atomic_write_text(input_dir / values["SPECNAME"], _table_text(spec_cols, spec_data, delim))

    coo = problem.amounts.tocoo()
    order = np.lexsort((feature_ids[coo.col], pu_ids[coo.row]))
    atomic_write_text(
        input_dir / values["PUVSPRNAME"],
        _table_text(
            ["species", "pu", "amount"],
            [
                fmt(feature_ids[coo.col[order]]),
                fmt(pu_ids[coo.row[order]]),
                fmt(coo.data[order]),
            ],
            delim,
        ),
    )
    if problem.boundary is not None:
        b = problem.boundary
        outer = np.flatnonzero(b.exposed > 0)
        first = np.concatenate([b.i, outer])
        second = np.concatenate([b.j, outer])
        length = np.concatenate([b.length, b.exposed[outer] * problem.edge_factor])
        order = np.lexsort((pu_ids[second], pu_ids[first]))
        atomic_write_text(
            input_dir / values["BOUNDNAME"],
            _table_text(
                ["id1", "id2", "boundary"],
                [
                    fmt(pu_ids[first[order]]),
                    fmt(pu_ids[second[order]]),
                    fmt(length[order]),
                ],
                delim,
            ),
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    return atomic_write_text(folder / "input.dat", _input_dat_text(values))


def write_project(folder: Path | str, project: MarxanProject, *, delimiter: str = ",") -> Path:
    """Write a project read with :func:`read_marxan` back out (ids, names, status, prop kept)."""
    return write_marxan(
        folder,
        project.problem,
        project.pu_ids,
        project.feature_ids,
        project.feature_names,
        project.params,
        status=project.status,
        prop=project.prop,
        spf=project.spf,
        xloc=project.xloc,
        yloc=project.yloc,
        delimiter=delimiter,
    )


# --------------------------------------------------------------------------------------------
# Scoring a selection the way Marxan reports it
# --------------------------------------------------------------------------------------------


def connectivity(problem: Problem, selected: np.ndarray) -> dict[str, float]:
    """Marxan's boundary indices of a selection (``computeConnectivityIndices``).

    total = all exposed and shared edges; in = shared edges with both units selected;
    edge = exposed edges of selected units + shared edges with exactly one side selected
    (the boundary length the BLM multiplies); out = the rest; in_fraction = in / total.
    """
    x = np.asarray(selected, dtype=bool)
    b = problem.boundary
    if b is None:
        return {"total": 0.0, "in": 0.0, "edge": 0.0, "out": 0.0, "in_fraction": 0.0}
    xi, xj = x[b.i], x[b.j]
    shared_in = float(b.length[xi & xj].sum())
    shared_edge = float(b.length[xi != xj].sum())
    shared_out = float(b.length[~xi & ~xj].sum())
    exposed_in = float(b.exposed[x].sum()) * problem.edge_factor
    exposed_out = float(b.exposed[~x].sum()) * problem.edge_factor
    total = shared_in + shared_edge + shared_out + exposed_in + exposed_out
    return {
        "total": total,
        "in": shared_in,
        "edge": shared_edge + exposed_in,
        "out": shared_out + exposed_out,
        "in_fraction": shared_in / total if total > 0 else 0.0,
    }


def feature_report(problem: Problem, selected: np.ndarray, misslevel: float = 1.0) -> dict:
    """Per-feature held amount, occurrences, Target Met and MPM, recomputed from the amounts.

    Target Met is "yes" when :func:`evaluate.target_coverage` finds the target met (within the
    solver tolerance) or held/target >= MISSLEVEL, as Marxan's ``writeSpecies``; features
    without a target get an empty cell, as in Marxan. MPM = min(1, held/target).
    """
    x = np.asarray(selected, dtype=bool)
    coverage = target_coverage(problem, x)
    met = np.array([c.met for c in coverage], dtype=bool)
    held = held_amounts(problem, x)
    target = problem.targets
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(target > 0, held / target, 1.0)
    met = met | (ratio >= misslevel)
    present = problem.amounts.copy()
    present.data = (present.data > 0).astype(float)
    occurrences = np.asarray(present.T @ x.astype(float)).ravel().astype(np.int64)
    return {
        "held": held,
        "occurrences": occurrences,
        "met": met,
        "has_target": target > 0,
        "mpm": np.minimum(ratio, 1.0),
        "shortfall": np.where(met, 0.0, np.maximum(target - held, 0.0)),
    }


def run_summary(problem: Problem, selected: np.ndarray, misslevel: float = 1.0) -> dict:
    """The numbers of one ``_sum`` row: score, cost, units, boundary indices, shortfall, MPM.

    Score = cost + BLM x boundary + penalty; the penalty (Marxan's feature penalty for missed
    targets) is 0 because targets are hard constraints.
    """
    x = np.asarray(selected, dtype=bool)
    report = feature_report(problem, x, misslevel)
    links = connectivity(problem, x)
    has = report["has_target"]
    return {
        "score": objective_value(problem, x),
        "cost": float(problem.cost @ x),
        "units": int(x.sum()),
        "connectivity": links["edge"],
        "connectivity_total": links["total"],
        "connectivity_in": links["in"],
        "connectivity_edge": links["edge"],
        "connectivity_out": links["out"],
        "connectivity_in_fraction": links["in_fraction"],
        "penalty": 0.0,
        "shortfall": float(report["shortfall"][has].sum()),
        "missing": int((has & ~report["met"]).sum()),
        "mpm": float(report["mpm"][has].min()) if has.any() else 1.0,
        "targets_met": int((report["met"] | ~has).sum()),
    }


# --------------------------------------------------------------------------------------------
# Solving and writing Marxan's outputs
# --------------------------------------------------------------------------------------------


def best_run(solutions: Sequence[Solution]) -> int:
    """Index of the run with the lowest objective (Marxan's best = lowest score)."""
    return int(np.argmin([s.objective for s in solutions]))


def _save(settings: Settings, key: str) -> tuple[str, str] | None:
    mode = settings.save.get(key, 3)
    return SAVE_FORMATS.get(mode)


def _solution_text(pu_ids: np.ndarray, selected: np.ndarray, mode: int, best_field: str) -> str:
    values = fmt(np.asarray(selected, dtype=np.int64))
    ids = fmt(pu_ids)
    if mode == 3:
        return _table_text(["PUID", best_field], [ids, values], ",")
    if mode == 2:
        return _table_text(['"planning_unit"', '"solution"'], [ids, values], ",")
    return _table_text(None, [ids, values], "\t")


def _mv_text(project: MarxanProject, selected: np.ndarray, settings: Settings, delim: str) -> str:
    problem = project.problem
    report = feature_report(problem, selected, settings.misslevel)
    m = problem.n_features
    met = np.where(report["has_target"], np.where(report["met"], "yes", "no"), "").tolist()
    zeros = fmt(np.zeros(m, dtype=np.int64))
    columns = [
        fmt(project.feature_ids),
        _quote(project.feature_names, delim),
        fmt(problem.targets),
        fmt(report["held"]),
        zeros,
        fmt(report["occurrences"]),
        zeros,
        zeros,
        met,
        fmt(report["mpm"]),
    ]
    return _table_text([f'"{c}"' for c in MV_COLUMNS], columns, delim)


def _sum_text(project: MarxanProject, solutions: Sequence[Solution], delim: str) -> str:
    settings = project.settings
    rows = [run_summary(project.problem, s.selected, settings.misslevel) for s in solutions]
    keys = (
        "score", "cost", "units", "connectivity", "connectivity_total", "connectivity_in",
        "connectivity_edge", "connectivity_out", "connectivity_in_fraction", "penalty",
        "shortfall", "missing", "mpm",
    )  # fmt: skip
    columns = [fmt(np.arange(1, len(rows) + 1))]
    columns += [fmt(np.array([row[key] for row in rows])) for key in keys]
    columns += [
        _quote([s.status for s in solutions], delim),
        fmt(np.array([s.gap for s in solutions], dtype=float)),
        fmt(np.array([s.bound for s in solutions], dtype=float)),
        fmt(np.round(np.array([s.runtime_s for s in solutions], dtype=float), 3)),
    ]
    header = [f'"{c}"' for c in SUM_COLUMNS + SUM_SOLVER_COLUMNS]
    return _table_text(header, columns, delim)


def _lagrangian(solutions: Sequence[Solution]) -> bool:
    """Whether a run was solved by the Lagrangian route (``solvers.lagrangian``)."""
    return any(str(s.solver).startswith("Lagrangian") for s in solutions)


def _method_lines(solutions: Sequence[Solution]) -> list[str]:
    """The log's account of the method and of where its bound comes from."""
    if _lagrangian(solutions):
        return [
            "   This is an exact optimisation, not simulated annealing: targets are hard",
            "   constraints and the objective is cost + BLM x boundary. The lower bound is a",
            "   Lagrangian relaxation of the targets, each step a minimum cut (valid for every",
            "   selection that meets the targets), or HiGHS's when that is higher; selections",
            "   are repaired cut solutions improved by HiGHS branch and bound on parts of the",
            "   plan. The gap below bounds how far any selection could improve on the one",
            "   written. Annealing, heuristic and penalty settings are not used.",
        ]
    return [
        "   This is an exact mixed-integer programming solution (HiGHS branch and bound),",
        "   not simulated annealing: targets are hard constraints, the objective is",
        "   cost + BLM x boundary, and the gap below bounds how far any selection could",
        "   improve on it. Annealing, heuristic and penalty settings are not used.",
    ]


def _log_text(project: MarxanProject, solutions: Sequence[Solution], extra: Sequence[str]) -> str:
    problem = project.problem
    settings = project.settings
    best = best_run(solutions)
    status1 = int(np.count_nonzero(project.status == 1)) if project.status is not None else 0
    lines = [
        "        cms_connectivity_plugin: exact solver for Marxan projects",
        "",
        *_method_lines(solutions),
        "",
        f"Input file:            {project.input_dat}",
        f"Planning units:        {problem.n_units} "
        f"({int(problem.locked_in.sum())} locked in, {int(problem.locked_out.sum())} locked out)",
        f"Conservation features: {problem.n_features}",
        f"BLM:                   {problem.blm:g}",
        f"MIPGAP:                {settings.mip_gap:g}",
        f"TIMELIMIT:             {settings.time_limit if settings.time_limit else 'none'}",
        f"Runs (NUMREPS):        {len(solutions)}",
    ]
    if status1:
        lines.append(
            f"Status 1 (initial reserve) on {status1} unit(s) has no effect on an exact solver."
        )
    lines += [f"Warning: {w}" for w in project.warnings]
    lines.append("")
    for k, s in enumerate(solutions, start=1):
        row = run_summary(problem, s.selected, settings.misslevel)
        lines.append(
            f"Run {k}: {s.solver} status {s.status}, objective {s.objective:.10g}, "
            f"bound {s.bound:.10g}, gap {s.gap:.6%}, runtime {s.runtime_s:.2f} s, "
            f"{row['units']} units, cost {row['cost']:.10g}, boundary {row['connectivity']:.10g}, "
            f"targets met {row['targets_met']} of {problem.n_features}"
        )
        if s.status != "optimal" and s.gap > settings.mip_gap:
            lines.append(
                f"Run {k}: the search stopped ({s.status}) before reaching MIPGAP; the best "
                f"selection found is written and may be up to {s.gap:.4%} above the optimum."
            )
    if len(solutions) > 1:
        lines += [
            "",
            "Runs after the first are the best selections that differ from every earlier run in",
            "at least one unit (no-good cuts); their gap is measured against the lower bound of",
            "the original problem, so it shows how far each lies above the optimum.",
        ]
    lines += ["", f"Best solution is run {best + 1}", *extra, ""]
    return "\n".join(lines) + "\n"


def output_paths(project: MarxanProject, runs: int, output_dir: Path | None = None) -> dict:
    """Where :func:`write_outputs` writes each file, by kind (absent kinds are not saved)."""
    settings = project.settings
    folder = Path(output_dir) if output_dir is not None else project.output_dir
    stem = folder / settings.scenario
    paths: dict[str, Path] = {}
    for kind, key in (
        ("best", "SAVEBEST"),
        ("ssoln", "SAVESUMSOLN"),
        ("mvbest", "SAVETARGMET"),
        ("sum", "SAVESUMMARY"),
        ("solutionsmatrix", "SAVESOLUTIONSMATRIX"),
    ):
        fmt = _save(settings, key)
        if fmt is not None:
            paths[kind] = Path(f"{stem}_{kind}{fmt[0]}")
    run_fmt = _save(settings, "SAVERUN")
    mv_fmt = _save(settings, "SAVETARGMET")
    for k in range(1, runs + 1):
        if run_fmt is not None:
            paths[f"r{k:05d}"] = Path(f"{stem}_r{k:05d}{run_fmt[0]}")
            if mv_fmt is not None:
                paths[f"mv{k:05d}"] = Path(f"{stem}_mv{k:05d}{mv_fmt[0]}")
    if settings.save.get("SAVESCEN", 3):
        paths["sen"] = Path(f"{stem}_sen.dat")
    if settings.save.get("SAVELOG", 3):
        paths["log"] = Path(f"{stem}_log.dat")
    return paths


def write_outputs(
    project: MarxanProject,
    solutions: Sequence[Solution],
    output_dir: Path | str | None = None,
    *,
    log_extra: Sequence[str] = (),
) -> dict[str, Path]:
    """Write Marxan's output files for ``solutions`` (one per run); return them by kind.

    Every table is recomputed from the inputs with :mod:`.evaluate` (held amounts, Target
    Met) and the boundary data, never copied from the solver. ``_sum`` has Marxan's columns
    followed by Solver_Status, Gap, Bound and Runtime_s.

    All or nothing: every file is first written (through :func:`atomic_write_text`) into a
    hidden staging folder inside the output folder, then the whole set is moved in and the
    files an earlier run of the same scenario left there (``<SCENNAME>_r00009.csv`` from a
    run with more NUMREPS, ...) are removed, so the folder never mixes two runs. When a write
    fails (full disk, Ctrl+C) the staging folder is removed and the earlier files stay as they
    were; a failed write raises :class:`InputError` naming the file and the fix.
    """
    if not solutions:
        raise InputError(tr("There are no solutions to write."))
    folder = Path(output_dir) if output_dir is not None else project.output_dir
    paths = output_paths(project, len(solutions), folder)
    stage = folder / f".{project.settings.scenario}.partial-{secrets.token_hex(4)}"
    try:
        stage.mkdir(parents=True)
        _write_files(
            project,
            solutions,
            paths,
            lambda kind, text: atomic_write_text(stage / paths[kind].name, text),
            log_extra,
        )
        _commit(stage, folder, paths, _previous_outputs(folder, project.settings.scenario))
    except OSError as exc:
        shutil.rmtree(stage, ignore_errors=True)
        raise _write_error(project, folder, exc) from None
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    shutil.rmtree(stage, ignore_errors=True)
    return paths


def _write_error(project: MarxanProject, folder: Path, exc: OSError) -> InputError:
    name = Path(exc.filename).name if getattr(exc, "filename", None) else folder
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        fix = tr("free some disk space or point OUTPUTDIR to another disk")
    else:
        fix = tr("make the folder writable or point OUTPUTDIR to another folder")
    return InputError(
        tr(
            "Could not write the Marxan outputs to {folder} ({file}: {reason}); no output of "
            "this run was kept and the folder holds its earlier files unchanged: {fix} (input.dat "
            "line {line}), then run again."
        ).format(
            folder=folder,
            file=name,
            reason=exc.strerror or exc,
            fix=fix,
            line=project.param_lines.get("OUTPUTDIR", "?"),
        )
    )


def _previous_outputs(folder: Path, scenario: str) -> list[Path]:
    """Output files an earlier run of ``scenario`` left in ``folder`` (Marxan's names only)."""
    pattern = re.compile(
        re.escape(scenario)
        + r"_(?:(?:best|ssoln|mvbest|sum|solutionsmatrix|r\d{5}|mv\d{5})\.(?:csv|txt|dat)"
        + r"|(?:sen|log)\.dat)"
    )
    return [path for path in folder.iterdir() if pattern.fullmatch(path.name) and path.is_file()]


def _commit(stage: Path, folder: Path, paths: Mapping[str, Path], previous: list[Path]) -> None:
    """Move the staged files in and the previous run's out, all or nothing (renames only)."""
    backup = folder / f"{stage.name}.previous"
    moved_old: list[Path] = []
    moved_new: list[Path] = []
    try:
        backup.mkdir()
        for path in previous:
            os.replace(path, backup / path.name)
            moved_old.append(path)
        for path in paths.values():
            os.replace(stage / path.name, path)
            moved_new.append(path)
    except BaseException:
        for path in moved_new:
            with contextlib.suppress(OSError):
                os.unlink(path)
        for path in moved_old:
            with contextlib.suppress(OSError):
                os.replace(backup / path.name, path)
        shutil.rmtree(backup, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def _write_files(
    project: MarxanProject,
    solutions: Sequence[Solution],
    paths: Mapping[str, Path],
    put: Callable[[str, str], Any],
    log_extra: Sequence[str],
) -> None:
    """Compute every output table and hand it to ``put(kind, text)``."""
    settings = project.settings
    pu_ids = project.pu_ids
    best = best_run(solutions)
    stack = np.vstack([np.asarray(s.selected, dtype=bool) for s in solutions])

    def mode(key: str) -> int:
        return settings.save.get(key, 3)

    if "best" in paths:
        put(
            "best",
            _solution_text(pu_ids, stack[best], mode("SAVEBEST"), settings.best_field),
        )
    for k in range(len(solutions)):
        key = f"r{k + 1:05d}"
        if key in paths:
            put(key, _solution_text(pu_ids, stack[k], mode("SAVERUN"), settings.best_field))
        key = f"mv{k + 1:05d}"
        if key in paths:
            delim = SAVE_FORMATS[mode("SAVETARGMET")][1]
            put(key, _mv_text(project, stack[k], settings, delim))
    if "ssoln" in paths:
        number = fmt(summed_solution(stack))
        if mode("SAVESUMSOLN") > 1:
            text = _table_text(['"planning_unit"', '"number"'], [fmt(pu_ids), number], ",")
        else:
            text = _table_text(None, [fmt(pu_ids), number], "\t")
        put("ssoln", text)
    if "mvbest" in paths:
        delim = SAVE_FORMATS[mode("SAVETARGMET")][1]
        put("mvbest", _mv_text(project, stack[best], settings, delim))
    if "sum" in paths:
        put("sum", _sum_text(project, solutions, SAVE_FORMATS[mode("SAVESUMMARY")][1]))
    if "solutionsmatrix" in paths:
        delim = SAVE_FORMATS[mode("SAVESOLUTIONSMATRIX")][1]
        rows = [
            delim.join([f"S{k + 1}", *fmt(row.astype(np.int64))]) for k, row in enumerate(stack)
        ]
        if settings.solutions_matrix_headers:
            labels = ["SolutionsMatrix"] + [f"P{i}" for i in fmt(pu_ids)]
            rows.insert(0, delim.join(labels))
        put("solutionsmatrix", "\n".join(rows) + "\n")
    if "sen" in paths:
        problem = project.problem
        put(
            "sen",
            "\n".join(
                [
                    f"Number of Planning Units {problem.n_units}",
                    f"Number of Conservation Values {problem.n_features}",
                    f"Connection modifier {problem.blm:.2f}",
                    "",
                    "Algorithm Used :"
                    + (
                        "Lagrangian relaxation with minimum cuts and HiGHS branch and bound"
                        if _lagrangian(solutions)
                        else "Exact mixed-integer programming (HiGHS branch and bound)"
                    ),
                    "No Heuristic used ",
                    "Number of iterations N/A",
                    f"Relative optimality gap {settings.mip_gap:g}",
                    f"Time limit per run {settings.time_limit or 'none'}",
                    f"Number of runs {len(solutions)}",
                ]
            )
            + "\n",
        )
    if "log" in paths:
        put("log", _log_text(project, solutions, log_extra))


def _probe_writable(folder: Path) -> None:
    """Create and remove a file in ``folder``: the only sure test of a read-only file system,
    a full disk of inodes or an ACL (``os.access`` says yes to root on a read-only mount)."""
    name = folder / f".cms-write-test.{secrets.token_hex(4)}"
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    os.unlink(name)


def check_output_folder(project: MarxanProject, output_dir: Path | str | None = None) -> bool:
    """Check before solving that the output folder is a folder this process can write to;
    create it when missing. Return True when it was created (to remove it if the run fails).

    Raises :class:`InputError` naming the folder, what is wrong and how to fix it.
    """
    folder = Path(output_dir) if output_dir is not None else project.output_dir
    if output_dir is None:
        where = tr("input.dat line {line}: OUTPUTDIR").format(
            line=project.param_lines.get("OUTPUTDIR", "?")
        )
    else:
        where = tr("The output folder")
    if folder.exists() and not folder.is_dir():
        raise InputError(
            tr(
                "{where} is {folder}, which is a file, not a folder; rename or remove that "
                "file, or point OUTPUTDIR to a folder."
            ).format(where=where, folder=folder)
        )
    created = False
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
            created = True
        except OSError as exc:
            raise InputError(
                tr(
                    "{where} is {folder}, which could not be created ({reason}); create it "
                    "yourself or point OUTPUTDIR to a folder you can write to."
                ).format(where=where, folder=folder, reason=exc.strerror or exc)
            ) from None
    try:
        _probe_writable(folder)
    except OSError as exc:
        raise InputError(
            tr(
                "{where} is {folder}, which cannot be written to ({reason}); make it writable "
                "(e.g. chmod u+w) or point OUTPUTDIR to another folder."
            ).format(where=where, folder=folder, reason=exc.strerror or exc)
        ) from None
    return created


def solve_project(
    project: MarxanProject,
    *,
    threads: int | None = None,
    solver: str | None = None,
    progress: Callable[[dict], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[Solution]:
    """Solve exactly: one run, or NUMREPS > 1 near-optimal, mutually different runs.

    Each run honours MIPGAP and TIMELIMIT; when the limit stops a run, its best selection is
    returned with the gap reached. Several runs come from no-good cuts, as
    :func:`.portfolio.diverse_solutions` with the cuts method: each run differs from every
    earlier one in at least one unit, the first being the optimum. After each run
    ``progress`` gets ``{"event": "run", "run": k, "runs": NUMREPS, "objective", "gap",
    "runtime_s", "elapsed_s"}``; during a run, the solver's own reports. ``should_cancel``
    is polled during every solve and a True answer raises :class:`CancelledError`.
    """
    from . import solvers
    from .portfolio import NoGoodCut, _is_infeasible, _restated, require_exact
    from .problem import build_milp

    settings = project.settings
    problem = project.problem
    options: dict[str, Any] = {
        "mip_gap": settings.mip_gap,
        "time_limit": settings.time_limit,
        "threads": threads,
        "progress": progress,
        "should_cancel": should_cancel,
    }
    if solver is not None:
        options["solver"] = solver
    runs = settings.numreps
    began = time.perf_counter()

    def report(found: list[Solution]) -> None:
        if progress is not None:
            last = found[-1]
            progress(
                {
                    "event": "run",
                    "run": len(found),
                    "runs": runs,
                    "objective": last.objective,
                    "gap": last.gap,
                    "runtime_s": last.runtime_s,
                    "elapsed_s": time.perf_counter() - began,
                }
            )

    if runs == 1:
        found = [solvers.solve(problem, **options)]
        report(found)
        return found
    require_exact(options, tr("NUMREPS above 1"))
    model = build_milp(problem)
    first = solvers.solve(problem, **options)
    found = [_restated(problem, model, first, first.bound)]
    report(found)
    cuts: list[NoGoodCut] = []
    while len(found) < runs:
        cuts.append(NoGoodCut(found[-1].selected, 1))
        narrowed = dataclasses.replace(problem, constraints=problem.constraints + tuple(cuts))
        try:
            solution = solvers.solve(narrowed, **options)
        except InputError as error:
            if _is_infeasible(error):
                note = tr(
                    "Only {found} of the {k} solutions asked for exist: no other selection "
                    "satisfies the problem and differs from all earlier ones in at least "
                    "{changes} unit(s)."
                ).format(found=len(found), k=runs, changes=1)
            else:
                note = tr("Stopped after {found} of {k} solutions: {reason}").format(
                    found=len(found), k=runs, reason=error
                )
            project.warnings.append(note)
            break
        found.append(_restated(problem, model, solution, first.bound))
        report(found)
    return found


@dataclass(eq=False)
class MarxanRun:
    """A Marxan project solved and written: the runs, the best one and the files."""

    project: MarxanProject
    solutions: list[Solution]
    paths: dict[str, Path]
    seconds: float

    @property
    def best(self) -> int:
        return best_run(self.solutions)

    def frequency(self) -> np.ndarray:
        """Share of runs that select each unit (Marxan's summed solution / NUMREPS)."""
        return selection_frequency([s.selected for s in self.solutions])

    def summary(self) -> dict:
        best = self.solutions[self.best]
        row = run_summary(self.project.problem, best.selected, self.project.settings.misslevel)
        return {
            **row,
            "runs": len(self.solutions),
            "best_run": self.best + 1,
            "status": best.status,
            "objective": best.objective,
            "bound": best.bound,
            "gap": best.gap,
            "solve_s": sum(s.runtime_s for s in self.solutions),
            "solver": best.solver,
            "n_units": self.project.problem.n_units,
            "n_features": self.project.problem.n_features,
        }


def run_marxan(
    input_dat: Path | str,
    *,
    threads: int | None = None,
    output_dir: Path | str | None = None,
    progress: Callable[[dict], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MarxanRun:
    """Read a Marxan project, solve it exactly and write Marxan's outputs to OUTPUTDIR.

    The output folder is checked (and created) before solving; when the run fails or is
    cancelled nothing of it is left there (a folder created for it is removed again), and the
    input files are only read.
    """
    start = time.perf_counter()
    project = read_marxan(input_dat)
    created = check_output_folder(project, output_dir)
    try:
        solutions = solve_project(
            project, threads=threads, progress=progress, should_cancel=should_cancel
        )
        paths = write_outputs(project, solutions, output_dir)
    except BaseException:
        if created:
            folder = Path(output_dir) if output_dir is not None else project.output_dir
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return MarxanRun(project, solutions, paths, time.perf_counter() - start)


def format_run(run: MarxanRun) -> str:
    """The short summary the command line prints."""
    s = run.summary()
    project = run.project
    lines = [
        f"Marxan project:    {project.input_dat}",
        f"Planning units:    {s['n_units']} ({int(project.problem.locked_in.sum())} locked in, "
        f"{int(project.problem.locked_out.sum())} locked out), features: {s['n_features']}, "
        f"BLM {project.problem.blm:g}",
        f"Runs:              {s['runs']} (best: run {s['best_run']})",
        f"Best selection:    {s['units']} units, cost {s['cost']:,.6g}, boundary "
        f"{s['connectivity']:,.6g}, score {s['score']:,.6g}",
        f"Targets met:       {s['targets_met']} of {s['n_features']}",
        f"Solver:            {s['solver']}: {s['status']}, objective {s['objective']:,.6g}, "
        f"bound {s['bound']:,.6g}, gap {s['gap']:.3%}, {s['solve_s']:.1f} s",
        f"Total time:        {run.seconds:.1f} s",
        "Files:",
    ]
    lines += [f"  {path}" for path in run.paths.values()]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Reading Marxan's outputs back (results of a Marxan run, for maps)
# --------------------------------------------------------------------------------------------


def _find_output(folder: Path, scenario: str, kind: str) -> Path | None:
    for ext in (".csv", ".txt", ".dat"):
        path = folder / f"{scenario}_{kind}{ext}"
        if path.is_file():
            return path
    return None


def _read_unit_values(path: Path, pu_ids: np.ndarray) -> np.ndarray:
    """Second column of a ``_best``/``_ssoln`` file by planning unit (0 where not listed).

    Handles every flavour Marxan writes: headed CSV/TXT, and header-less tab-separated
    ``.dat`` whose selected rows may hold the id alone.
    """
    raw = [line for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    if not raw:
        return np.zeros(pu_ids.size)
    # Marxan's header-less .dat flavour mixes "id" and "id,0" rows: split on any separator.
    rows = [[p.strip('"') for p in _ANY_SEPARATOR.split(line.strip())] for line in raw]
    if not looks_numeric(rows[0][:1]):
        rows = rows[1:]
    try:
        ids = np.array([float(r[0]) for r in rows], dtype=float).astype(np.int64)
        values = np.array([float(r[1]) if len(r) > 1 else 1.0 for r in rows], dtype=float)
    except ValueError:
        raise InputError(
            tr(
                "{file} is not a Marxan solution file (planning unit id and value per line); "
                "delete it or run the project again."
            ).format(file=path)
        ) from None
    order = np.argsort(pu_ids)
    index = _lookup(pu_ids[order], order, ids)
    out = np.zeros(pu_ids.size)
    keep = index >= 0
    out[index[keep]] = values[keep]
    return out


def read_outputs(project: MarxanProject) -> dict[str, np.ndarray | None]:
    """``best`` (0/1) and ``number`` (times selected) per unit from OUTPUTDIR, None if absent."""
    folder = project.output_dir
    scenario = project.settings.scenario
    best = _find_output(folder, scenario, "best")
    ssoln = _find_output(folder, scenario, "ssoln")
    return {
        "best": None if best is None else _read_unit_values(best, project.pu_ids),
        "number": None if ssoln is None else _read_unit_values(ssoln, project.pu_ids),
    }
