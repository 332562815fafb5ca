"""GPS tracks -> stopover sites and seasonal ranges (DESIGN.md section 4, "Tracks").

Tracking data show where a migratory species actually rests and passes, which range maps
drawn from atlases rarely do. BirdLife's track2kba (Beal et al. 2021, Methods Ecol. Evol.
12: 2315; Lascelles et al. 2016, Divers. Distrib. 22: 422) turns tracks into candidate sites;
this module does the two steps a network planner needs without kernels or R:

* :func:`stopovers` finds residence periods (stay points, Li et al. 2008; the residence-time
  idea of Barraquand & Benhamou 2008) and merges those of different birds into sites;
* :func:`seasonal_ranges` splits fixes into breeding / passage / non-breeding (by movement,
  by date windows or by a movement-state column) and draws one range polygon per season in
  the IUCN schema, so tracks can join the planning features like any range map.

All distances are measured in Lambert azimuthal equal-area centred on the data unless a
projected CRS is given; results are plain numpy / shapely arrays with a CRS string.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import warnings
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .annual_cycle import cycle_seasons
from .crs import (  # crs sets PROJ_DATA before pyproj is first used
    WGS84,
    Transformer,
    laea_for,
    require_metric,
    transform,
)
from .errors import InputError
from .i18n import localized, tr
from .ranges import season_code
from .vector import POINTS, VectorTable, require_crs, require_geometry

# Accepted spellings, in order of preference (Movebank first), matched case-insensitively.
ID_FIELDS = (
    "individual-local-identifier",
    "individual_local_identifier",
    "individual-id",
    "individual_id",
    "individual",
    "animal_id",
    "animal",
    "track_id",
    "track",
    "tag-local-identifier",
    "tag_local_identifier",
)
TIME_FIELDS = ("timestamp", "datetime", "date_time", "time", "date")
LON_FIELDS = ("location-long", "location_long", "lon", "long", "longitude", "x")
LAT_FIELDS = ("location-lat", "location_lat", "lat", "latitude", "y")
#: Columns that can hold a migration state, best first, compared with '_' and ':' read as
#: '-': Movebank's standard attributes, its workshop annotations
#: (``raptor-workshop:migration-state``) and any ``...migration-state`` / ``-stage`` column.
STATE_FIELDS = (
    "migration-stage-standard",
    "migration-stage",
    "raptor-workshop-migration-state",
    "waterbird-workshop-migration-state",
    "migration-stage-custom",
    "migration-state",
    "state",
    "season",
)

BREEDING, NON_BREEDING, PASSAGE, RESIDENT = 2, 3, 4, 1
SEASON_NAMES = {1: "resident", 2: "breeding", 3: "non-breeding", 4: "passage"}

#: Day-of-year windows (inclusive, non-leap numbering; start > end wraps over New Year) for a
#: Palearctic-African migrant such as the White Stork: breeding May-July, autumn passage
#: August-October, non-breeding November-February, spring passage March-April.
DEFAULT_WINDOWS: dict[int, tuple[tuple[int, int], ...]] = {
    BREEDING: ((121, 212),),
    PASSAGE: ((213, 304), (60, 120)),
    NON_BREEDING: ((305, 59),),
}


def _half_year_later(day: int) -> int:
    return (day - 1 + 182) % 365 + 1


#: The same calendar for a bird living south of the equator: every window half a year later.
SOUTHERN_WINDOWS: dict[int, tuple[tuple[int, int], ...]] = {
    code: tuple((_half_year_later(a), _half_year_later(b)) for a, b in spans)
    for code, spans in DEFAULT_WINDOWS.items()
}

#: Movement-state values (Movebank's migration-stage vocabulary and common synonyms, compared
#: lower-case with '-' and '_' read as spaces) -> IUCN seasonal code. IUCN codes pass as such.
DEFAULT_STATE_SEASONS: dict[str, int] = {
    "1": RESIDENT,
    "2": BREEDING,
    "3": NON_BREEDING,
    "4": PASSAGE,
    "resident": RESIDENT,
    "breeding": BREEDING,
    "breeding grounds": BREEDING,
    "nesting": BREEDING,
    "summer": BREEDING,
    "non breeding": NON_BREEDING,
    "nonbreeding": NON_BREEDING,
    "non breeding grounds": NON_BREEDING,
    "wintering": NON_BREEDING,
    "wintering grounds": NON_BREEDING,
    "winter": NON_BREEDING,
    "passage": PASSAGE,
    "migration": PASSAGE,
    "migrating": PASSAGE,
    "stopover": PASSAGE,
    "spring migration": PASSAGE,
    "fall migration": PASSAGE,
    "autumn migration": PASSAGE,
    "migration to breeding grounds": PASSAGE,
    "migration to non breeding grounds": PASSAGE,
    "prebreeding migration": PASSAGE,
    "postbreeding migration": PASSAGE,
    # Movebank's annotation vocabularies (migration-stage-standard and the raptor and
    # waterbird workshops' migration-state), read through _state_key. Summering non-breeders,
    # moult sites and foraging grounds belong to no IUCN season: they stay unmapped.
    "natal area": BREEDING,
    "winter grounds": NON_BREEDING,
    "stop over": PASSAGE,
    "migration other": PASSAGE,
    "latitudinal migration": PASSAGE,
    "altitudinal migration": PASSAGE,
    "other seasonal migration": PASSAGE,
}

#: Classification methods of :func:`seasonal_ranges`.
METHODS = ("auto", "movement", "dates", "state", "resident")
#: The same in the order of the Processing algorithm's choices (saved models keep indexes).
METHOD_CHOICES = ("movement", "dates", "state", "auto", "resident")

#: A bird whose daily positions span less than this (km) never migrated.
DEFAULT_MIGRATION_KM = 200.0

#: ``auto`` seasons use the tracks' state labels when at least this share of fixes has one
#: that maps to a season.
AUTO_STATE_SHARE = 0.5

_DAY = 86400
_TIME_FORMAT = "YYYY-MM-DD HH:MM:SS"


# --------------------------------------------------------------------------------------------
# Tracks


@dataclass(frozen=True)
class Tracks:
    """GPS fixes sorted by individual, then time (UTC); ``state`` is the optional state column.

    ``dropped`` counts rows left out while reading: ``duplicates`` (same individual and
    timestamp, first kept, as Movebank's duplicate filter does) and ``no_location``.
    """

    individual: np.ndarray  # str (object)
    time: np.ndarray  # datetime64[s], UTC
    lon: np.ndarray
    lat: np.ndarray
    state: np.ndarray | None = None
    source: str = ""
    dropped: dict[str, int] = field(default_factory=dict)
    state_field: str = ""  # the column ``state`` was read from

    def __len__(self) -> int:
        return len(self.time)

    @property
    def individuals(self) -> np.ndarray:
        return np.unique(self.individual)

    def runs(self) -> list[tuple[str, slice]]:
        """(individual, slice) of each individual's contiguous block of fixes."""
        if len(self) == 0:
            return []
        change = np.flatnonzero(self.individual[1:] != self.individual[:-1]) + 1
        starts = np.concatenate([[0], change])
        ends = np.concatenate([change, [len(self)]])
        return [(str(self.individual[s]), slice(int(s), int(e))) for s, e in zip(starts, ends)]

    def centre(self) -> tuple[float, float]:
        """Centre of the fixes' lon/lat bounding box (for a LAEA centred on the data)."""
        return (
            float(self.lon.min() + self.lon.max()) / 2.0,
            float(self.lat.min() + self.lat.max()) / 2.0,
        )


def _norm(name: str) -> str:
    return name.strip().lower()


def _pick(
    names: Sequence[str],
    explicit: str | None,
    candidates: Sequence[str],
    what: str,
    source: str,
    required: bool = True,
) -> str | None:
    """The column for one role: the user's choice (must exist) or the first known spelling."""
    lower = {_norm(n): n for n in names}
    if explicit:
        if _norm(explicit) in lower:
            return lower[_norm(explicit)]
        raise InputError(
            tr(
                "The field '{field}' chosen for the {what} is not in '{source}': choose one of "
                "{fields}."
            ).format(field=explicit, what=what, source=source, fields=", ".join(names))
        )
    for candidate in candidates:
        if candidate in lower:
            return lower[candidate]
    if not required:
        return None
    raise InputError(
        tr(
            "'{source}' has no {what} field (looked for {candidates}): rename the column or "
            "choose it explicitly."
        ).format(source=source, what=what, candidates=" / ".join(candidates[:6]))
    )


def _field_key(name: str) -> str:
    return _norm(name).replace("_", "-").replace(":", "-")


def _state_candidates(names: Sequence[str]) -> list[str]:
    """Columns that may hold a migration state, in the order of :data:`STATE_FIELDS`."""
    found: list[str] = []
    for known in STATE_FIELDS:
        for name in names:
            key = _field_key(name)
            if key == known or (known.startswith("migration") and key.endswith("-" + known)):
                if name not in found:
                    found.append(name)
    return found


def _state_column(
    names: Sequence[str],
    explicit: str | None,
    values: Callable[[str], np.ndarray],
    source: str,
) -> str | None:
    """The user's state column, or the candidate whose values name the most seasons.

    Movebank exports carry every annotation column, most of them empty: the one that labels
    the fixes wins, not the first name found.
    """
    if explicit:
        return _pick(names, explicit, STATE_FIELDS, tr("movement state"), source)
    best, score = None, (0, 0)
    for name in _state_candidates(names):
        text = _to_text(values(name))
        candidate = (int((classify_by_state(text) > 0).sum()), int((text != "").sum()))
        if candidate > score:
            best, score = name, candidate
    return best


def _first_bad(values: np.ndarray, convert: Callable[[np.ndarray], np.ndarray]) -> int:
    """Index of the first element ``convert`` rejects, by bisection (log n bulk calls)."""
    lo, hi = 0, len(values)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        try:
            convert(values[lo:mid])
        except (ValueError, TypeError, OverflowError):
            hi = mid
        else:
            lo = mid
    return lo


_SPACES = [" ", "\t", "\r", "\n", "\xa0"]


def _chars(text: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A ``str_`` array as a 2-D array of characters, and each string's length."""
    width = max(text.dtype.itemsize // 4, 1)
    chars = text.astype(f"<U{width}").view("<U1").reshape(len(text), width)
    return chars, (chars != "").sum(axis=1)


def _to_text(values: np.ndarray) -> np.ndarray:
    """Cell values as stripped text (numpy ``str_``); None -> ''."""
    values = np.asarray(values)
    if values.dtype.kind == "U":
        text = values
    else:
        text = values.astype(str)
        if values.dtype == object and len(text):
            text[np.equal(values, None)] = ""
    if len(text) == 0:
        return text
    # np.char.strip is slow: only pay for it when some value starts or ends with a space.
    chars, length = _chars(text)
    ends = chars[np.arange(len(text)), np.maximum(length - 1, 0)]
    if np.isin(chars[:, 0], _SPACES).any() or np.isin(ends, _SPACES).any():
        return np.char.strip(text)
    return text


def _utc_seconds(text: np.ndarray) -> np.ndarray:
    """ISO-8601 / Movebank timestamps -> datetime64[s] UTC; raises ValueError on a bad one.

    Movebank writes ``2018-07-30 02:00:23.000`` in UTC; ``T`` for the space, a trailing ``Z``
    and ``+hh:mm`` / ``-hhmm`` offsets are honoured too (numpy no longer parses offsets).
    """
    text = np.asarray(text, dtype=str)
    if len(text) == 0:
        return np.array([], dtype="datetime64[s]")
    width = max(text.dtype.itemsize // 4, 11)
    chars = text.astype(f"<U{width}").view("<U1").reshape(len(text), width).copy()
    length = (chars != "").sum(axis=1)
    rows = np.arange(len(text))
    # The date must be written in full: numpy would read "2018" or "7" as dates.
    shaped = (length >= 10) & (chars[:, 4] == "-") & (chars[:, 7] == "-")
    if not shaped.all():
        raise ValueError("not a full date")
    chars[:, 10] = np.where(chars[:, 10] == " ", "T", chars[:, 10])
    zulu = np.isin(chars[rows, length - 1], ["Z", "z"])
    chars[rows[zulu], length[zulu] - 1] = ""
    length = length - zulu
    offset = np.zeros(len(text), dtype=np.int64)
    for size, colon in ((6, True), (5, False)):  # +hh:mm, +hhmm
        pos = length - size
        ok = pos > 10
        sign = np.where(ok, chars[rows, np.maximum(pos, 0)], "")
        ok &= np.isin(sign, ["+", "-"])
        if colon:
            ok &= chars[rows, np.maximum(length - 3, 0)] == ":"
        if not ok.any():
            continue
        r = rows[ok]
        digits = [chars[r, pos[ok] + k] for k in ((1, 2, 4, 5) if colon else (1, 2, 3, 4))]
        if not all(np.char.isdigit(d.astype(str)).all() for d in digits):
            raise ValueError("bad offset")
        hh = np.char.add(digits[0], digits[1]).astype(int)
        mm = np.char.add(digits[2], digits[3]).astype(int)
        offset[r] = np.where(sign[ok] == "-", -1, 1) * (hh * 3600 + mm * 60)
        for k in range(size):
            chars[r, pos[ok] + k] = ""
        length = np.where(ok, pos, length)
    clean = chars.view(f"<U{width}").ravel()
    with warnings.catch_warnings():
        # numpy still reads some offsets it no longer supports (with a warning): refuse them.
        warnings.simplefilter("error", DeprecationWarning)
        try:
            stamps = clean.astype("datetime64[ms]").astype("datetime64[s]")
        except DeprecationWarning:
            raise ValueError("time zone") from None
    if np.isnat(stamps).any():
        raise ValueError("empty")
    return stamps - offset.astype("timedelta64[s]")


def _numbers(text: np.ndarray) -> np.ndarray:
    """Text -> float; '' (and 'nan') -> NaN, a missing location; raises ValueError on anything
    else that is not a finite number ('inf', '1e999', words)."""
    text = np.asarray(text, dtype=str)
    values = np.where(text == "", "nan", text).astype(np.float64)
    if np.isinf(values).any():
        raise ValueError("not finite")
    return values


def _build(
    source: str,
    where: Callable[[int], str],
    ids: np.ndarray,
    stamps: np.ndarray,
    lon: np.ndarray,
    lat: np.ndarray,
    state: np.ndarray | None,
    time_field: str,
    state_field: str = "",
) -> Tracks:
    """Validate, drop duplicates and unlocated fixes, sort (shared by CSV and layers)."""
    n = len(ids)
    if n == 0:
        raise InputError(
            tr("'{source}' has no fixes: choose a file or layer with GPS positions.").format(
                source=source
            )
        )
    id_text = _to_text(ids)
    empty = np.flatnonzero(id_text == "")
    if len(empty):
        raise InputError(
            tr(
                "The fix at {where} of '{source}' has no individual id: fill it in or remove "
                "the row."
            ).format(where=where(int(empty[0])), source=source)
        )
    time = _timestamps(stamps, source, where, time_field)
    located = np.isfinite(lon) & np.isfinite(lat)
    for values, low, high, axis in (
        (lon, -180, 180, tr("longitude")),
        (lat, -90, 90, tr("latitude")),
    ):
        bad = np.flatnonzero(located & ((values < low) | (values > high)))
        if len(bad):
            raise InputError(
                tr(
                    "The fix at {where} of '{source}' has {axis} {value}, outside {low}..{high}: "
                    "check that longitude and latitude are not swapped and are in degrees "
                    "(WGS84)."
                ).format(
                    where=where(int(bad[0])),
                    source=source,
                    axis=axis,
                    value=values[bad[0]],
                    low=low,
                    high=high,
                )
            )
    no_location = int((~located).sum())
    keep = np.flatnonzero(located)
    if len(keep) == 0:
        raise InputError(
            tr("'{source}' has no fixes with a location: check the longitude/latitude.").format(
                source=source
            )
        )
    id_text, time, lon, lat = id_text[keep], time[keep], lon[keep], lat[keep]
    state_text = None if state is None else _to_text(state)[keep]
    order = np.lexsort((np.arange(len(keep)), time, id_text))  # stable: first of duplicates
    id_text, time, lon, lat = id_text[order], time[order], lon[order], lat[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (id_text[1:] != id_text[:-1]) | (time[1:] != time[:-1])
    return Tracks(
        individual=id_text[first].astype(object),
        time=time[first],
        lon=lon[first].astype(np.float64),
        lat=lat[first].astype(np.float64),
        state=None if state_text is None else state_text[order][first].astype(object),
        source=source,
        dropped={"duplicates": int((~first).sum()), "no_location": no_location},
        state_field=state_field,
    )


def _timestamps(
    values: np.ndarray, source: str, where: Callable[[int], str], time_field: str
) -> np.ndarray:
    values = np.asarray(values)
    if values.dtype.kind == "M":
        stamps = values.astype("datetime64[s]")
        bad = np.flatnonzero(np.isnat(stamps))
        text = values.astype(str)
    else:
        text = _to_text(values)
        try:
            return _utc_seconds(text)
        except (ValueError, TypeError, OverflowError):
            bad = [_first_bad(text, _utc_seconds)]
    if len(bad):
        raise InputError(
            tr(
                "The timestamp '{value}' in field '{field}' at {where} of '{source}' cannot be "
                "read: write timestamps as {format} in UTC (ISO 8601 with T, Z or +hh:mm also "
                "works)."
            ).format(
                value=_shown(text[bad[0]]),
                field=time_field,
                where=where(int(bad[0])),
                source=source,
                format=_TIME_FORMAT,
            )
        )
    return stamps


_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"


def _shown(value: object, width: int = 40) -> str:
    """A value as quoted in a message: at most ``width`` characters, on one line."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _read_text(path: Path, source: str) -> str:
    """The whole file as text: gzip by its magic bytes (whatever the name), UTF-8 (a BOM is
    allowed). Every failure is an :class:`InputError` naming the file and the fix."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(
            tr(
                "The tracking file '{source}' cannot be read ({error}): check that it exists "
                "and that you may read it."
            ).format(source=source, error=exc.strerror or exc)
        ) from None
    if data[:2] == _GZIP_MAGIC:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            raise InputError(
                tr(
                    "The tracking file '{source}' is a damaged or incomplete gzip file (it ends "
                    "early or is corrupt): download or compress it again."
                ).format(source=source)
            ) from None
    elif path.suffix.lower() == ".gz":
        raise InputError(
            tr(
                "The tracking file '{source}' ends in .gz but is not gzip-compressed: rename it "
                "to .csv if it is plain CSV, or compress it with gzip."
            ).format(source=source)
        )
    if data[:4] == _ZIP_MAGIC:
        raise InputError(
            tr(
                "The tracking file '{source}' is a ZIP archive or a spreadsheet, not CSV: "
                "extract it, or save the sheet as CSV UTF-8."
            ).format(source=source)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            tr(
                "Line {line} of the tracking file '{source}' is not UTF-8 text: save the file "
                "as CSV UTF-8 (not a binary or spreadsheet file)."
            ).format(line=data[: exc.start].count(b"\n") + 1, source=source)
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(
            tr(
                "Line {line} of the tracking file '{source}' holds binary data (a NUL byte): "
                "choose a CSV text file, or export the data again as CSV."
            ).format(line=text.count("\n", 0, nul) + 1, source=source)
        )
    return text


def read_movebank_csv(
    path: str | Path,
    *,
    id_field: str | None = None,
    time_field: str | None = None,
    state_field: str | None = None,
    lon_field: str | None = None,
    lat_field: str | None = None,
) -> Tracks:
    """Read a Movebank-style CSV (plain or ``.gz``) of WGS84 fixes.

    Column names are Movebank's (``individual-local-identifier``, ``timestamp``,
    ``location-long``, ``location-lat``) or common variants (``lon``/``longitude``, ...);
    ``state_field`` (e.g. ``migration-stage``) is optional. Rows without a location, which
    Movebank exports include, are dropped and counted.
    """
    path = Path(path)
    source = path.name
    if not path.is_file():
        raise InputError(
            tr("The tracking file '{path}' does not exist: choose an existing CSV file.").format(
                path=path
            )
        )
    text = _read_text(path, source)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader, None)
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(
            tr(
                "Line {line} of the tracking file '{source}' cannot be read as CSV ({error}): "
                "check the delimiter and the quotes, or export the file again as CSV."
            ).format(line=reader.line_num, source=source, error=_shown(exc))
        ) from None
    del text
    if not header:
        raise InputError(
            tr("'{source}' is empty: choose a CSV file with a header row and fixes.").format(
                source=source
            )
        )
    header = [h.strip() for h in header]
    id_col = _pick(header, id_field, ID_FIELDS, tr("individual id"), source)
    time_col = _pick(header, time_field, TIME_FIELDS, tr("timestamp"), source)
    lon_col = _pick(header, lon_field, LON_FIELDS, tr("longitude"), source)
    lat_col = _pick(header, lat_field, LAT_FIELDS, tr("latitude"), source)
    width = len(header)
    # Column-wise in C: a short row shows up as None in the last columns, a blank line as None
    # everywhere; row i of the file is line i + 2 (the header is line 1).
    columns = list(zip_longest(*rows, fillvalue=None))[:width]
    columns += [(None,) * len(rows)] * (width - len(columns))  # every row is short
    blank = np.equal(np.array(columns[0], dtype=object), None)
    short = np.flatnonzero(np.equal(np.array(columns[-1], dtype=object), None) & ~blank)
    if len(short):
        raise InputError(
            tr(
                "Line {line} of '{source}' has fewer columns than the header: check the "
                "delimiter and quoting."
            ).format(line=int(short[0]) + 2, source=source)
        )
    keep = np.flatnonzero(~blank)

    def col(name: str) -> np.ndarray:
        values = columns[header.index(name)]
        if len(keep) == len(blank):
            return _to_text(np.array(values, dtype=str))
        return _to_text(np.array(values, dtype=object)[keep])

    def where(i: int) -> str:
        return tr("line {line}").format(line=int(keep[i]) + 2)

    coords = []
    for name in (lon_col, lat_col):
        text = col(name)
        try:
            coords.append(_numbers(text))
        except ValueError:
            bad = _first_bad(text, _numbers)
            raise InputError(
                tr(
                    "The value '{value}' in column '{field}' at {where} of '{source}' is not a "
                    "number: use decimal degrees with a dot (e.g. 8.87)."
                ).format(value=_shown(text[bad]), field=name, where=where(bad), source=source)
            ) from None
    state_col = _state_column(header, state_field, col, source)
    return _build(
        source,
        where,
        col(id_col),
        col(time_col),
        coords[0],
        coords[1],
        None if state_col is None else col(state_col),
        time_col,
        state_col or "",
    )


def tracks_from_table(
    table: VectorTable,
    id_field: str | None = None,
    time_field: str | None = None,
    state_field: str | None = None,
) -> Tracks:
    """Fixes from a point layer in any CRS (reprojected to WGS84 lon/lat).

    Features without geometry are dropped and counted like Movebank rows without a location.
    The time field may hold text, ``datetime`` or ``datetime64`` values.
    """
    require_crs(table)
    require_geometry(table, POINTS, tr("points"))
    names = list(table.columns)
    id_col = _pick(names, id_field, ID_FIELDS, tr("individual id"), table.name)
    time_col = _pick(names, time_field, TIME_FIELDS, tr("timestamp"), table.name)
    state_col = _state_column(names, state_field, table.column, table.name)
    geoms = np.asarray(table.geometry, dtype=object)
    multi = np.flatnonzero(shapely.get_num_geometries(geoms) > 1)
    if len(multi):
        raise InputError(
            tr(
                "Feature {fid} of '{layer}' is a multipoint with several points: one fix per "
                "feature is needed (Vector > Geometry Tools > Multipart to Singleparts)."
            ).format(fid=table.ids[multi[0]], layer=table.name)
        )
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    points = np.full(len(geoms), None, dtype=object)
    points[present] = shapely.get_geometry(geoms[present], 0)  # one-part MultiPoint -> Point
    if present.any() and table.crs != WGS84:
        points[present] = transform(points[present], table.crs, WGS84)
    lon = np.full(len(geoms), np.nan)
    lat = np.full(len(geoms), np.nan)
    lon[present] = shapely.get_x(points[present])
    lat[present] = shapely.get_y(points[present])
    fids = table.ids

    def where(i: int) -> str:
        return tr("feature {fid}").format(fid=fids[i])

    stamps = _time_values(table.column(time_col))
    return _build(
        table.name,
        where,
        table.column(id_col),
        stamps,
        lon,
        lat,
        None if state_col is None else table.column(state_col),
        time_col,
        state_col or "",
    )


def _time_values(values: np.ndarray) -> np.ndarray:
    """A layer's time column as text or datetime64: ``datetime`` values become ISO text
    (``str`` of an aware datetime keeps its offset, which :func:`_utc_seconds` honours)."""
    present = values[~np.equal(values, None)]
    if len(present) and isinstance(present[0], np.datetime64):
        try:
            return values.astype("datetime64[s]")
        except (ValueError, TypeError):
            pass
    return values


# --------------------------------------------------------------------------------------------
# Geometry helpers


def _metric_crs(tracks: Tracks, crs: str | None, purpose: str) -> str:
    if crs is None:
        return laea_for(*tracks.centre(), tracks.source)
    require_metric(crs, purpose)
    return crs


def _project(tracks: Tracks, crs: str) -> tuple[np.ndarray, np.ndarray]:
    x, y = Transformer.from_crs(WGS84, crs, always_xy=True).transform(tracks.lon, tracks.lat)
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


def _seconds(time: np.ndarray) -> np.ndarray:
    return time.astype("datetime64[s]").astype(np.int64)


def _iso_text(time: np.ndarray) -> np.ndarray:
    """``2018-08-03T10:15:00Z`` strings (UTC) for attribute tables."""
    return np.char.add(np.datetime_as_string(time.astype("datetime64[s]"), unit="s"), "Z").astype(
        object
    )


def _range_extrema(values: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, ...]:
    """Min and max of ``values[lo[i]:hi[i] + 1]`` for every i (sparse table, O(n log n))."""
    n = len(values)
    mins, maxs = [values], [values]
    step = 1
    while 2 * step <= n:
        mins.append(np.minimum(mins[-1][:-step], mins[-1][step:]))
        maxs.append(np.maximum(maxs[-1][:-step], maxs[-1][step:]))
        step *= 2
    span = hi - lo + 1
    level = np.floor(np.log2(np.maximum(span, 1))).astype(np.int64)
    out_min = np.empty(len(lo))
    out_max = np.empty(len(lo))
    for k in np.unique(level):
        sel = level == k
        a, b = lo[sel], hi[sel] - (1 << int(k)) + 1
        out_min[sel] = np.minimum(mins[k][a], mins[k][b])
        out_max[sel] = np.maximum(maxs[k][a], maxs[k][b])
    return out_min, out_max


def _all_within(
    x: np.ndarray, y: np.ndarray, anchors: np.ndarray, last: np.ndarray, radius: float
) -> np.ndarray:
    """For each anchor a: are all fixes a..last[a] within ``radius`` of fix a? (exact, chunked)."""
    out = np.zeros(len(anchors), dtype=bool)
    lengths = last - anchors + 1
    chunk_rows = np.cumsum(lengths) // 2_000_000
    for c in np.unique(chunk_rows):
        sel = np.flatnonzero(chunk_rows == c)
        lens = lengths[sel]
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        owner = np.repeat(np.arange(len(sel)), lens)
        idx = np.repeat(anchors[sel], lens) + (np.arange(lens.sum()) - np.repeat(starts, lens))
        a = anchors[sel][owner]
        d2 = (x[idx] - x[a]) ** 2 + (y[idx] - y[a]) ** 2
        out[sel] = np.maximum.reduceat(d2, starts) <= radius * radius
    return out


def _exit(x: np.ndarray, y: np.ndarray, anchor: int, radius: float) -> int:
    """First index after ``anchor`` farther than ``radius`` from it (len(x) if none)."""
    n, start, step = len(x), anchor + 1, 256
    while start < n:
        end = min(n, start + step)
        far = np.flatnonzero(
            (x[start:end] - x[anchor]) ** 2 + (y[start:end] - y[anchor]) ** 2 > radius * radius
        )
        if len(far):
            return start + int(far[0])
        start, step = end, step * 2
    return n


def _stay_points(
    x: np.ndarray, y: np.ndarray, t: np.ndarray, radius: float, min_duration: float
) -> list[tuple[int, int]]:
    """Residence runs ``[first, last]`` of one individual's fixes (sorted by time).

    Stay-point detection (Li et al. 2008, ACM GIS): scanning forward, a fix anchors a stay
    when every following fix up to ``min_duration`` later lies within ``radius`` of it; the
    stay then runs to the last fix before the bird first leaves that circle. Anchoring on the
    first fix (not the centroid) makes each stay exact and reproducible. The anchor test is
    vectorised: a bounding-box range query rejects moving fixes, an exact check settles the
    rest; only the (few) stays are walked one by one.
    """
    n = len(t)
    if n < 2:
        return []
    last = np.searchsorted(t, t + min_duration, side="left")
    ok = last < n
    last = np.minimum(last, n - 1)
    idx = np.arange(n)
    xmin, xmax = _range_extrema(x, idx, last)
    ymin, ymax = _range_extrema(y, idx, last)
    dx = np.maximum(xmax - x, x - xmin)
    dy = np.maximum(ymax - y, y - ymin)
    box = ok & (dx <= radius) & (dy <= radius)
    sure = box & (dx * dx + dy * dy <= radius * radius)
    check = np.flatnonzero(box & ~sure)
    anchor = sure.copy()
    if len(check):
        anchor[check] = _all_within(x, y, check, last[check], radius)
    candidates = np.flatnonzero(anchor)
    runs: list[tuple[int, int]] = []
    pos = 0
    while True:
        k = np.searchsorted(candidates, pos)
        if k == len(candidates):
            return runs
        first = int(candidates[k])
        end = _exit(x, y, first, radius)
        runs.append((first, end - 1))
        pos = end


# --------------------------------------------------------------------------------------------
# Stopovers


@dataclass(frozen=True)
class StopoverSites:
    """Sites where stopovers of one or more birds overlap (polygons in ``crs``)."""

    site_id: np.ndarray
    n_individuals: np.ndarray
    n_visits: np.ndarray
    total_days: np.ndarray
    first_arrival: np.ndarray  # ISO text, UTC
    last_departure: np.ndarray
    lon: np.ndarray  # centroid, WGS84
    lat: np.ndarray
    area_km2: np.ndarray
    individuals: np.ndarray  # "; "-joined ids
    geometry: np.ndarray
    crs: str

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "site_id": self.site_id,
            "n_individuals": self.n_individuals,
            "n_visits": self.n_visits,
            "total_days": self.total_days,
            "first_arrival": self.first_arrival,
            "last_departure": self.last_departure,
            "lon": self.lon,
            "lat": self.lat,
            "area_km2": self.area_km2,
            "individuals": self.individuals,
        }


@dataclass(frozen=True)
class Stopovers:
    """Stopover visits (one per bird and stay) and the sites they merge into.

    ``excluded`` counts stays dropped as breeding or final non-breeding residence.
    """

    individual: np.ndarray
    arrival: np.ndarray  # datetime64[s] UTC
    departure: np.ndarray
    duration_h: np.ndarray
    n_fixes: np.ndarray
    lon: np.ndarray  # centroid of the visit's fixes, WGS84
    lat: np.ndarray
    site_id: np.ndarray
    geometry: np.ndarray  # visit polygons in ``crs``
    sites: StopoverSites
    crs: str
    excluded: int = 0

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "visit_id": np.arange(1, len(self) + 1, dtype=np.int64),
            "site_id": self.site_id,
            "individual": self.individual,
            "arrival": _iso_text(self.arrival),
            "departure": _iso_text(self.departure),
            "duration_h": np.round(self.duration_h, 2),
            "n_fixes": self.n_fixes,
            "lon": self.lon,
            "lat": self.lat,
        }


def stopovers(
    tracks: Tracks,
    radius_km: float = 10.0,
    min_duration_h: float = 24.0,
    crs: str | None = None,
    *,
    exclude_ends: bool = True,
    min_migration_km: float = DEFAULT_MIGRATION_KM,
) -> Stopovers:
    """Stopovers of each bird, merged across birds into sites.

    A stopover is a maximal run of consecutive fixes all within ``radius_km`` of the run's
    *first* fix, lasting at least ``min_duration_h`` (stay points, Li et al. 2008; see
    :func:`_stay_points`). Its polygon is the convex hull of its fixes buffered by
    ``radius_km / 2`` in ``crs`` (default: LAEA centred on the data); overlapping polygons of
    any birds form one site (track2kba's idea that a site matters when several individuals
    use it; Lascelles et al. 2016). Consecutive stays of one bird less than
    ``min_duration_h`` apart on overlapping ground are one visit (see :func:`_join_forays`).

    ``exclude_ends`` (default) drops stays spent mostly at the ends of the bird's range,
    season after season (see :mod:`core.annual_cycle`, any stay length): the nest and the
    wintering site are residence, not stopovers, in every year of a multi-year track.
    """
    _positive(radius_km, tr("stopover radius (km)"))
    _positive(min_duration_h, tr("minimum stopover duration (h)"))
    crs = _metric_crs(tracks, crs, tr("stopovers"))
    x, y = _project(tracks, crs)
    t = _seconds(tracks.time)
    radius, duration = radius_km * 1000.0, min_duration_h * 3600.0
    firsts, lasts = [], []
    excluded = 0
    for _, sl in tracks.runs():
        xs, ys, ts = x[sl], y[sl], t[sl]
        runs = np.array(_stay_points(xs, ys, ts, radius, duration), dtype=np.int64).reshape(-1, 2)
        first, last = _join_forays(xs, ys, ts, runs[:, 0], runs[:, 1], radius, duration)
        if exclude_ends and len(first):
            # No minimum settled time here: even two days at the nest are not a stopover. A
            # bird that never migrated is all residence (season 0).
            cycle = cycle_seasons(
                xs, ys, ts, tracks.lat[sl], min_migration_km=min_migration_km, min_settled_days=0
            )
            passage = np.concatenate([[0], np.cumsum(cycle.season == PASSAGE)])
            keep = (passage[last + 1] - passage[first]) * 2 > (last - first + 1)
            excluded += int((~keep).sum())
            first, last = first[keep], last[keep]
        firsts.append(first + sl.start)
        lasts.append(last + sl.start)
    first = np.concatenate(firsts) if firsts else np.zeros(0, dtype=np.int64)
    last = np.concatenate(lasts) if lasts else np.zeros(0, dtype=np.int64)
    return _assemble_stopovers(tracks, x, y, crs, first, last, radius, excluded)


def _positive(value: float, what: str) -> None:
    if not value > 0:
        raise InputError(
            tr("The {what} must be greater than 0 (got {value}).").format(what=what, value=value)
        )


def _visit_polygons(
    x: np.ndarray, y: np.ndarray, first: np.ndarray, last: np.ndarray, radius: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Convex hull of each visit's fixes buffered by radius / 2, and the fixes' centroid."""
    n_fixes = last - first + 1
    if len(first) == 0:
        return np.array([], dtype=object), np.array([]), np.array([])
    owner = np.repeat(np.arange(len(first)), n_fixes)
    members = np.repeat(first - (np.cumsum(n_fixes) - n_fixes), n_fixes) + np.arange(n_fixes.sum())
    hulls = shapely.convex_hull(
        shapely.multipoints(shapely.points(x[members], y[members]), indices=owner)
    )
    polys = shapely.buffer(hulls, radius / 2.0, quad_segs=8)
    return polys, np.bincount(owner, x[members]) / n_fixes, np.bincount(owner, y[members]) / n_fixes


def _join_forays(
    x: np.ndarray,
    y: np.ndarray,
    t: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    radius: float,
    duration: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Join consecutive stays of one bird less than ``duration`` apart on overlapping ground.

    A bird that leaves a stopover briefly (to a feeding site, a landfill) and comes back made
    a foray, not a new visit; the joined visit keeps the fixes of the foray.
    """
    if len(first) < 2:
        return first, last
    polys, _, _ = _visit_polygons(x, y, first, last, radius)
    soon = t[first[1:]] - t[last[:-1]] < duration
    join = soon & shapely.intersects(polys[1:], polys[:-1])
    starts = np.flatnonzero(np.concatenate([[True], ~join]))
    return first[starts], np.maximum.reduceat(last, starts)


def _assemble_stopovers(
    tracks: Tracks,
    x: np.ndarray,
    y: np.ndarray,
    crs: str,
    first: np.ndarray,
    last: np.ndarray,
    radius: float,
    excluded: int,
) -> Stopovers:
    polys, cx, cy = _visit_polygons(x, y, first, last, radius)
    lon, lat = _to_lonlat(cx, cy, crs)
    arrival = tracks.time[first]
    departure = tracks.time[last]
    individual = tracks.individual[first]
    site = _overlap_groups(polys)
    sites = _sites(site, individual, arrival, departure, polys, crs)
    return Stopovers(
        individual=individual,
        arrival=arrival,
        departure=departure,
        duration_h=(departure - arrival).astype(np.int64) / 3600.0,
        n_fixes=last - first + 1,
        lon=lon,
        lat=lat,
        site_id=site + 1,
        geometry=polys,
        sites=sites,
        crs=crs,
        excluded=excluded,
    )


def _to_lonlat(x: np.ndarray, y: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    if len(x) == 0:
        return np.array([]), np.array([])
    lon, lat = Transformer.from_crs(crs, WGS84, always_xy=True).transform(x, y)
    return np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)


def _overlap_groups(polys: np.ndarray) -> np.ndarray:
    """Connected components of the 'polygons intersect' graph (0-based labels, by first use)."""
    n = len(polys)
    if n == 0:
        return np.array([], dtype=np.int64)
    left, right = shapely.STRtree(polys).query(polys, predicate="intersects")
    graph = coo_matrix((np.ones(len(left)), (left, right)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    _, first_use = np.unique(labels, return_index=True)
    rank = np.empty(len(first_use), dtype=np.int64)
    rank[np.argsort(np.argsort(first_use))] = np.arange(len(first_use))
    return rank[labels]


def _sites(
    site: np.ndarray,
    individual: np.ndarray,
    arrival: np.ndarray,
    departure: np.ndarray,
    polys: np.ndarray,
    crs: str,
) -> StopoverSites:
    n_sites = int(site.max()) + 1 if len(site) else 0
    days = (departure - arrival).astype(np.int64) / _DAY
    # Visits sorted by site: one group per site (a loop over sites, never over fixes).
    order = np.argsort(site, kind="stable")
    bounds = np.searchsorted(site[order], np.arange(n_sites + 1))
    geoms, birds, arrive, leave = [], [], [], []
    for k in range(n_sites):
        rows = order[bounds[k] : bounds[k + 1]]
        geoms.append(shapely.union_all(polys[rows]))
        birds.append(sorted(set(individual[rows].tolist())))
        arrive.append(arrival[rows].min())
        leave.append(departure[rows].max())
    geometry = np.array(geoms, dtype=object)
    centroid = shapely.centroid(geometry) if n_sites else geometry
    lon, lat = _to_lonlat(shapely.get_x(centroid), shapely.get_y(centroid), crs)
    return StopoverSites(
        site_id=np.arange(1, n_sites + 1, dtype=np.int64),
        n_individuals=np.array([len(b) for b in birds], dtype=np.int64),
        n_visits=np.bincount(site, minlength=n_sites).astype(np.int64),
        total_days=np.round(np.bincount(site, days, minlength=n_sites).astype(np.float64), 3),
        first_arrival=_iso_text(np.array(arrive, dtype="datetime64[s]")),
        last_departure=_iso_text(np.array(leave, dtype="datetime64[s]")),
        lon=lon,
        lat=lat,
        area_km2=np.round(shapely.area(geometry) / 1e6, 3) if n_sites else np.array([]),
        individuals=np.array(["; ".join(b) for b in birds], dtype=object),
        geometry=geometry,
        crs=crs,
    )


# --------------------------------------------------------------------------------------------
# Seasonal ranges


@dataclass(frozen=True)
class SeasonalRanges:
    """One range polygon per season in the IUCN schema, plus how each fix was classified.

    ``season_of_fix`` holds the IUCN seasonal code of every fix of the input (0: unclassified:
    outside every date window, an unmapped state, or a bird that never migrated).
    """

    binomial: np.ndarray
    presence: np.ndarray
    origin: np.ndarray
    seasonal: np.ndarray
    n_fixes: np.ndarray
    n_individuals: np.ndarray
    geometry: np.ndarray
    crs: str
    season_of_fix: np.ndarray
    method: str
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "binomial": self.binomial,
            "presence": self.presence,
            "origin": self.origin,
            "seasonal": self.seasonal,
            "season": np.array([SEASON_NAMES[int(s)] for s in self.seasonal], dtype=object),
            "n_fixes": self.n_fixes,
            "n_individuals": self.n_individuals,
        }

    def counts(self) -> dict[str, int]:
        """Fixes per season name (and ``unclassified``)."""
        codes, numbers = np.unique(self.season_of_fix, return_counts=True)
        return {SEASON_NAMES.get(int(c), "unclassified"): int(k) for c, k in zip(codes, numbers)}


def _season_code(word: str) -> int | None:
    """A season a track can have (resident, breeding, non-breeding, passage: 1-4)."""
    code = season_code(word)
    return code if code in SEASON_NAMES else None


def parse_state_seasons(text: str) -> dict[str, int]:
    """``"breeding grounds=breeding; fall migration=passage"`` -> state value -> IUCN code.

    Seasons by name (breeding, non-breeding, passage, resident) or IUCN code (1-4).
    """
    table: dict[str, int] = {}
    for part in [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]:
        value, _, season = part.rpartition("=")
        code = _season_code(season)
        if not value.strip() or code is None:
            raise InputError(
                tr(
                    "The state mapping '{part}' cannot be read: write value=season pairs "
                    "separated by ';', e.g. fall migration=passage; wintering grounds=non-breeding."
                ).format(part=part)
            )
        table[value.strip()] = code
    return table


def parse_windows(text: str) -> dict[int, tuple[tuple[int, int], ...]]:
    """``"breeding=121-212; passage=213-304,60-120; non-breeding=305-59"`` -> windows.

    Seasons by name or IUCN code; day-of-year ranges are inclusive, start > end wraps over
    New Year.
    """
    windows: dict[int, tuple[tuple[int, int], ...]] = {}
    for part in [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]:
        key, _, ranges = part.partition("=")
        season = _season_code(key)
        try:
            spans = tuple(
                tuple(int(v) for v in span.split("-")) for span in ranges.split(",") if span.strip()
            )
            if season is None or not spans or any(len(s) != 2 for s in spans):
                raise ValueError
        except ValueError:
            raise InputError(
                tr(
                    "The date window '{part}' cannot be read: write season=start-end with "
                    "day-of-year numbers, e.g. breeding=121-212; passage=213-304,60-120; "
                    "non-breeding=305-59."
                ).format(part=part)
            ) from None
        windows[season] = windows.get(season, ()) + spans
    return windows


def classify_by_windows(
    time: np.ndarray, windows: Mapping[int, Sequence[tuple[int, int]]] | None = None
) -> np.ndarray:
    """IUCN seasonal code of each timestamp by day-of-year windows (0 outside all of them)."""
    windows = DEFAULT_WINDOWS if windows is None else windows
    doy = (
        time.astype("datetime64[D]") - time.astype("datetime64[Y]").astype("datetime64[D]")
    ).astype(np.int64) + 1
    season = np.zeros(len(time), dtype=np.int64)
    for code, spans in windows.items():
        for start, end in spans:
            if not (1 <= start <= 366 and 1 <= end <= 366):
                raise InputError(
                    tr(
                        "The {season} window {start}-{end} is not within day 1..366: use "
                        "day-of-year numbers (1 = 1 January, 182 = 1 July)."
                    ).format(season=SEASON_NAMES.get(code, code), start=start, end=end)
                )
            inside = (
                (doy >= start) & (doy <= end) if start <= end else (doy >= start) | (doy <= end)
            )
            clash = inside & (season != 0) & (season != code)
            if clash.any():
                raise InputError(
                    tr(
                        "The {season} window {start}-{end} overlaps the {other} window: make the "
                        "date windows disjoint."
                    ).format(
                        season=SEASON_NAMES.get(code, code),
                        start=start,
                        end=end,
                        other=SEASON_NAMES.get(int(season[clash][0]), ""),
                    )
                )
            season[inside] = code
    return season


def classify_by_state(
    state: np.ndarray, state_seasons: Mapping[str, int] | None = None
) -> np.ndarray:
    """IUCN seasonal code of each fix from a movement-state column (0 when unmapped)."""
    table = DEFAULT_STATE_SEASONS if state_seasons is None else state_seasons
    lookup = {_state_key(k): int(v) for k, v in table.items()}
    keys = np.array([_state_key(v) for v in np.unique(state.astype(str))], dtype=object)
    codes = np.array([lookup.get(k, 0) for k in keys], dtype=np.int64)
    _, inverse = np.unique(state.astype(str), return_inverse=True)
    return codes[inverse] if len(state) else np.zeros(0, dtype=np.int64)


def unmapped_states(
    state: np.ndarray, state_seasons: Mapping[str, int] | None = None
) -> dict[str, int]:
    """Non-empty state values that map to no season, with their number of fixes (most first)."""
    text = _to_text(state)
    left = (classify_by_state(text, state_seasons) == 0) & (text != "")
    values, counts = np.unique(text[left], return_counts=True)
    order = np.argsort(-counts, kind="stable")
    return {str(values[i]): int(counts[i]) for i in order}


def _season_by_dates(
    tracks: Tracks, windows: Mapping[int, Sequence[tuple[int, int]]] | None
) -> tuple[np.ndarray, int]:
    """Seasons by date windows, and how many birds got the southern calendar.

    Without ``windows``, a bird whose median latitude is south of the equator breeds in the
    austral summer: it gets :data:`SOUTHERN_WINDOWS`, the others :data:`DEFAULT_WINDOWS`.
    """
    if windows is not None:
        return classify_by_windows(tracks.time, windows), 0
    season = np.zeros(len(tracks), dtype=np.int64)
    southern = 0
    for _, sl in tracks.runs():
        south = float(np.median(tracks.lat[sl])) < 0.0
        southern += south
        season[sl] = classify_by_windows(
            tracks.time[sl], SOUTHERN_WINDOWS if south else DEFAULT_WINDOWS
        )
    return season, southern


def _state_key(value) -> str:
    """``"NonBreedingGrounds"``, ``"non-breeding_grounds"`` -> ``"non breeding grounds"``
    (Movebank's annotations come in CamelCase as well as in words)."""
    text = _CAMEL.sub(" ", str(value).strip())
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def classify_by_movement(
    tracks: Tracks,
    *,
    min_migration_km: float = DEFAULT_MIGRATION_KM,
    min_settled_days: float = 7.0,
    migration: str = "auto",
    crs: str | None = None,
) -> np.ndarray:
    """IUCN seasonal code of each fix from the bird's own annual cycle (see
    :mod:`core.annual_cycle`): stays at the two ends of its range are breeding and
    non-breeding, season after season; the journeys between them, stopovers included, are
    passage. Works for one migration and for multi-year tracks alike. A bird whose positions
    span less than ``min_migration_km`` never migrated and stays 0.
    """
    if migration not in ("auto", "autumn", "spring"):
        raise InputError(
            tr("The migration '{value}' is unknown: use auto, autumn or spring.").format(
                value=migration
            )
        )
    _positive(min_migration_km, tr("minimum migration distance (km)"))
    crs = _metric_crs(tracks, crs, tr("movement"))
    x, y = _project(tracks, crs)
    t = _seconds(tracks.time)
    season = np.zeros(len(tracks), dtype=np.int64)
    for _, sl in tracks.runs():
        season[sl] = cycle_seasons(
            x[sl],
            y[sl],
            t[sl],
            tracks.lat[sl],
            min_migration_km=min_migration_km,
            min_settled_days=min_settled_days,
            migration=migration,
        ).season
    return season


def seasonal_ranges(
    tracks: Tracks,
    *,
    method: str = "auto",
    windows: Mapping[int, Sequence[tuple[int, int]]] | None = None,
    state_seasons: Mapping[str, int] | None = None,
    species: str = "Ciconia ciconia",
    buffer_km: float = 10.0,
    min_migration_km: float = DEFAULT_MIGRATION_KM,
    min_settled_days: float = 7.0,
    migration: str = "auto",
    crs: str | None = None,
) -> SeasonalRanges:
    """Range polygons per season from fixes, in the IUCN schema (presence 1, origin 1).

    ``method``: ``auto`` (default: the tracks' own season labels when their state column
    labels at least half of the fixes, as Movebank's migration-stage annotations do, else
    movement; :attr:`SeasonalRanges.method` says which), ``movement`` (each bird's annual
    cycle, see :func:`classify_by_movement`; one migration or many years), ``dates``
    (day-of-year ``windows``; by default :data:`DEFAULT_WINDOWS`, shifted by half a year
    for birds living mostly south of the equator), ``state`` (the tracks' state column
    mapped by ``state_seasons``, default :data:`DEFAULT_STATE_SEASONS`) or ``resident``
    (every fix resident: a species that does not migrate). :attr:`SeasonalRanges.notes`
    says what was done, for the log.

    Each season's range is the union of ``buffer_km`` discs around its fixes in ``crs``
    (default LAEA centred on the data), a kernel-free stand-in for track2kba's utilisation
    distributions (Beal et al. 2021). Fixes are first snapped to a grid of ``buffer_km / 10``
    so that thousands of fixes at a roost cost one disc; the outline moves by at most
    ``0.07 * buffer_km``.
    """
    _positive(buffer_km, tr("range buffer (km)"))
    crs = _metric_crs(tracks, crs, tr("seasonal ranges"))
    if method not in METHODS:
        raise InputError(
            tr("The method '{value}' is unknown: use {methods}.").format(
                value=method, methods=", ".join(METHODS)
            )
        )
    notes: list[str] = []
    labels = None
    if tracks.state is not None and len(tracks.state) and method in ("auto", "state"):
        labels = classify_by_state(tracks.state, state_seasons)
    if method == "auto":
        method = "movement"
        if labels is not None and (labels > 0).mean() >= AUTO_STATE_SHARE:
            method = "state"
    if method == "movement":
        season = classify_by_movement(
            tracks,
            min_migration_km=min_migration_km,
            min_settled_days=min_settled_days,
            migration=migration,
            crs=crs,
        )
        notes.append(tr("Seasons from each bird's movement between the ends of its range."))
    elif method == "dates":
        season, southern = _season_by_dates(tracks, windows)
        notes.append(
            tr("Seasons from date windows (day of year).")
            if windows is not None or not southern
            else localized(
                tr(
                    "Seasons from date windows; {n} individuals living mostly south of the "
                    "equator use the windows shifted by half a year."
                ),
                n=southern,
            )
        )
    elif method == "state":
        if labels is None:
            raise InputError(
                tr(
                    "'{source}' has no movement-state field: choose the state field, or "
                    "classify by movement or by dates."
                ).format(source=tracks.source)
            )
        season = labels
        notes.append(
            localized(
                tr(
                    "Seasons from the track's own labels in the field '{field}' ({share:.1f} % of "
                    "fixes)."
                ),
                field=tracks.state_field or "state",
                share=100.0 * float((labels > 0).mean()),
            )
        )
        unmapped = unmapped_states(tracks.state, state_seasons)
        if unmapped:
            notes.append(
                tr(
                    "State values not mapped to a season (their fixes are left out; map them "
                    "with value=season if they belong to one): {values}."
                ).format(
                    values=", ".join(
                        localized("{value} ({n:,})", value=v, n=k) for v, k in unmapped.items()
                    )
                )
            )
    else:  # resident
        season = np.full(len(tracks), RESIDENT, dtype=np.int64)
        notes.append(tr("Every fix is resident: the species does not migrate."))
    if not season.any():
        hints = {
            "movement": tr(
                "no bird's positions span {km:g} km: lower the minimum migration distance, "
                "classify by dates, or choose resident"
            ).format(km=min_migration_km),
            "dates": tr("no fix falls in a date window: check the windows"),
            "state": tr("no state value is mapped to a season: map the values"),
        }
        raise InputError(
            tr("No fix of '{source}' could be given a season: {hint}.").format(
                source=tracks.source, hint=hints[method]
            )
        )
    x, y = _project(tracks, crs)
    radius = buffer_km * 1000.0
    cell = radius / 10.0
    codes = [c for c in (RESIDENT, BREEDING, PASSAGE, NON_BREEDING) if (season == c).any()]
    geoms, n_fixes, n_birds = [], [], []
    for code in codes:
        sel = season == code
        cells = np.unique(
            np.column_stack([np.floor(x[sel] / cell), np.floor(y[sel] / cell)]), axis=0
        )
        centres = shapely.points((cells + 0.5) * cell)
        geoms.append(shapely.union_all(shapely.buffer(centres, radius, quad_segs=8)))
        n_fixes.append(int(sel.sum()))
        n_birds.append(len(np.unique(tracks.individual[sel])))
    k = len(codes)
    return SeasonalRanges(
        binomial=np.array([species] * k, dtype=object),
        presence=np.ones(k, dtype=np.int64),
        origin=np.ones(k, dtype=np.int64),
        seasonal=np.array(codes, dtype=np.int64),
        n_fixes=np.array(n_fixes, dtype=np.int64),
        n_individuals=np.array(n_birds, dtype=np.int64),
        geometry=np.array(geoms, dtype=object),
        crs=crs,
        season_of_fix=season,
        method=method,
        notes=tuple(notes),
    )
