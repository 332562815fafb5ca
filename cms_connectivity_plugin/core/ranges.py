"""Species ranges as planning features: one (multi)polygon per species and season.

Range layers come in several schemas; all are read into the IUCN Red List codes (IUCN Red
List mapping standards, "Attribute information for species ranges"):

- presence: 1 extant, 2 probably extant, 3 possibly extant, 4 possibly extinct, 5 extinct,
  6 presence uncertain;
- origin: 1 native, 2 reintroduced, 3 introduced, 4 vagrant, 5 origin uncertain,
  6 assisted colonisation;
- seasonal: 1 resident, 2 breeding, 3 non-breeding, 4 passage, 5 seasonal occurrence uncertain.

Schemas recognised from field names (case-insensitive):

- IUCN Red List: ``binomial`` or ``sci_name``, ``presence``, ``origin``, ``seasonal``;
- BirdLife BOTW: the same codes, ``SCINAME`` or ``SCI_NAME`` and upper-case field names;
- NatureServe (Ridgely et al. 2003 bird maps, Patterson et al. 2003 mammal maps): ``SCI_NAME``
  and ``ORIGIN``, where ORIGIN carries the season of occurrence. Mapping used here:
  ORIGIN 1 year-round resident -> seasonal 1, 2 breeding -> 2, 3 non-breeding -> 3,
  4 passage / migration -> 4, all native (origin 1); presence from ``PRESENCE`` when the
  field exists, else 1 (extant). Any other ORIGIN code is reported as unknown, so a user who
  needs it maps the fields explicitly;
- eBird Status & Trends range polygons: ``scientific_name`` and ``season`` with values
  breeding -> 2, nonbreeding -> 3, prebreeding_migration and postbreeding_migration -> 4
  (both passage), resident / year_round -> 1; modelled ranges are extant and native
  (presence 1, origin 1).

An eBird range GeoPackage (ebirdst ``ebirdst_download_status(..., download_ranges = TRUE)``,
``<species_code>_range_..._<year>.gpkg``) holds a ``range`` layer and a ``prediction_area``
layer, and a ``type`` field saying which. The prediction area is where the model made
predictions, not where the species occurs: counted as range it inflates every season (and
its features merge with the range's). So a layer named ``prediction_area``, and any feature
whose ``type`` is ``prediction_area``, is left out, and the report says so with the count.
IUCN has one passage code, so the two eBird migration seasons of a species become one
passage feature; the report gives both seasons' areas and the merged one.

Anything else needs an explicit :class:`FieldMapping`; a mapped layer without a presence or
origin field counts as extant and native, and without a seasonal field as resident.

Unknown codes (NULL, text, a number outside the code lists, an empty species name) are a
warning, not an error: those features are dropped, counted and named by feature id, because
one stray row should not stop a workshop. When every feature of a layer has an unknown value
in the same field the field is surely the wrong one, and that is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

# pyproj through core.crs, which points it at PROJ's data before the first import.
from .crs import CRS, WGS84, laea_for, transform
from .errors import InputError
from .i18n import localized, tr
from .vector import (
    POLYGONAL,
    VectorTable,
    polygon_parts,
    repair,
    require_crs,
    require_features,
    require_geometry,
)

SEASON_LABELS = {1: "resident", 2: "breeding", 3: "non-breeding", 4: "passage", 5: "uncertain"}
#: Seasons a resident range (IUCN seasonal 1) counts in.
MIGRATORY_SEASONS = (2, 3, 4)

PRESENCE_LABELS = {
    1: "extant",
    2: "probably extant",
    3: "possibly extant",
    4: "possibly extinct",
    5: "extinct",
    6: "presence uncertain",
}
ORIGIN_LABELS = {
    1: "native",
    2: "reintroduced",
    3: "introduced",
    4: "vagrant",
    5: "origin uncertain",
    6: "assisted colonisation",
}
#: Red List practice for range-based analyses: extant / probably extant, native /
#: reintroduced (assisted colonisation 6 on request), every season but "uncertain".
DEFAULT_PRESENCE = (1, 2)
DEFAULT_ORIGIN = (1, 2)
DEFAULT_SEASONAL = (1, 2, 3, 4)

#: eBird Status & Trends ``season`` values -> IUCN seasonal codes.
EBIRD_SEASONS = {
    "breeding": 2,
    "nonbreeding": 3,
    "prebreeding_migration": 4,
    "postbreeding_migration": 4,
    "resident": 1,
    "year_round": 1,
}
#: The eBird migration seasons that share IUCN's one passage code (4).
EBIRD_MIGRATIONS = ("prebreeding_migration", "postbreeding_migration")
#: eBird range packages: the range layer's name, and the layer name / ``type`` value of the
#: area the model made predictions over (not a range).
EBIRD_RANGE_LAYER = "range"
EBIRD_PREDICTION_AREA = "prediction_area"
#: Season words accepted in a mapped seasonal field (besides the numeric codes).
SEASON_WORDS = {
    **EBIRD_SEASONS,
    "non_breeding": 3,
    "wintering": 3,
    "passage": 4,
    "migration": 4,
    "uncertain": 5,
}


def season_code(value) -> int | None:
    """An IUCN seasonal code (1-5) from a number, a numeric text or a season word
    (:data:`SEASON_WORDS`, any case, '-' or ' ' for '_'); else None. The one reading of a
    season for every step (ranges, plan overrides, TFCA, tracks)."""
    if value is None or isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if np.isfinite(number) and number == round(number) and int(number) in SEASON_LABELS:
            return int(number)
        return None
    text = str(value).strip().lower()
    if not text:
        return None
    try:
        return season_code(float(text))
    except ValueError:
        pass
    return SEASON_WORDS.get(text.replace("-", "_").replace(" ", "_"))


#: NatureServe ORIGIN code -> (IUCN origin, IUCN seasonal); see the module docstring.
NATURESERVE_ORIGIN = {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (1, 4)}

_SPECIES_FIELDS = ("binomial", "sci_name", "sciname")
_WANTED = (
    "IUCN (binomial|sci_name, presence, origin, seasonal); "
    "BirdLife (SCINAME|SCI_NAME, PRESENCE, ORIGIN, SEASONAL); "
    "NatureServe (SCI_NAME, ORIGIN); eBird (scientific_name, season)"
)
_UNKNOWN = -1
_SHOWN = 10  # feature ids / values listed in one message


@dataclass(frozen=True)
class Features:
    """Planning features; ``name`` is ``"<species> (<season>)"``."""

    species: np.ndarray
    season: np.ndarray  # IUCN seasonal code
    geometry: np.ndarray

    @property
    def names(self) -> list[str]:
        return [f"{s} ({SEASON_LABELS.get(int(k), k)})" for s, k in zip(self.species, self.season)]

    def __len__(self) -> int:
        return len(self.geometry)


def dissolve_features(binomial: np.ndarray, seasonal: np.ndarray, geometry: np.ndarray) -> Features:
    """Dissolve range polygons to one geometry per (species, season), sorted by both.

    A resident range (seasonal 1) counts in every season in which the species has another
    range, and on its own when it has none (Red List practice).
    """
    binomial = np.asarray(binomial, dtype=object)
    seasonal = np.asarray(seasonal, dtype=np.int64)
    geometry = np.asarray(geometry, dtype=object)
    names, which = np.unique(binomial, return_inverse=True)
    order = np.argsort(which, kind="stable")
    bounds = np.searchsorted(which[order], np.arange(len(names) + 1))
    groups: dict[tuple[str, int], list] = {}
    for k, species in enumerate(names):  # one pass per species, rows found by sorting
        rows = order[bounds[k] : bounds[k + 1]]
        seasons = seasonal[rows]
        resident = list(geometry[rows[seasons == 1]])
        for season in sorted(set(seasons.tolist()) - {1}) or [1]:
            groups[(species, season)] = list(geometry[rows[seasons == season]]) + resident
    species = np.array([k[0] for k in groups], dtype=object)
    season = np.array([k[1] for k in groups], dtype=np.int64)
    geoms = np.array(
        [shapely.make_valid(shapely.union_all(parts)) for parts in groups.values()], dtype=object
    )
    return Features(species, season, geoms)


# --------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class FieldMapping:
    """Which field holds what, for a layer in no known schema.

    ``presence`` and ``origin`` left out mean extant and native; ``seasonal`` left out
    means resident. The seasonal field may hold IUCN codes or season words (breeding,
    nonbreeding, passage, ...).
    """

    species: str
    presence: str | None = None
    origin: str | None = None
    seasonal: str | None = None


@dataclass(frozen=True)
class SchemaMatch:
    """The schema a layer was read in, with its real field names."""

    name: str  # "IUCN", "BirdLife", "NatureServe", "eBird" or "mapping"
    mapping: FieldMapping


def _field_list(table: VectorTable, limit: int = 40) -> str:
    names = list(table.columns)
    shown = ", ".join(names[:limit])
    return shown + (", ..." if len(names) > limit else "") if names else "(none)"


def detect_schema(table: VectorTable, mapping: FieldMapping | None = None) -> SchemaMatch:
    """The range schema of ``table`` from its field names (or the explicit ``mapping``)."""
    if mapping is not None:
        return SchemaMatch("mapping", _resolve_mapping(table, mapping))
    species = table.field(*_SPECIES_FIELDS)
    presence, origin = table.field("presence"), table.field("origin")
    seasonal = table.field("seasonal")
    if species and presence and origin and seasonal:
        found = (species, presence, origin, seasonal)
        birdlife = species.lower() == "sciname" or all(name.isupper() for name in found)
        return SchemaMatch(
            "BirdLife" if birdlife else "IUCN", FieldMapping(species, presence, origin, seasonal)
        )
    sci_name = table.field("sci_name")
    if sci_name and origin and not seasonal:
        return SchemaMatch("NatureServe", FieldMapping(sci_name, presence, origin, None))
    scientific, season = table.field("scientific_name"), table.field("season")
    if scientific and season:
        return SchemaMatch("eBird", FieldMapping(scientific, None, None, season))
    raise InputError(
        tr(
            "The layer '{layer}' is in no known range schema (its fields: {found}; wanted "
            "{wanted}): rename the fields or give a field mapping (species, presence, origin, "
            "seasonal)."
        ).format(layer=table.name, found=_field_list(table), wanted=_WANTED)
    )


def _resolve_mapping(table: VectorTable, mapping: FieldMapping) -> FieldMapping:
    resolved, missing = {}, []
    for role in ("species", "presence", "origin", "seasonal"):
        wanted = getattr(mapping, role)
        if wanted is None or not str(wanted).strip():
            resolved[role] = None
            continue
        real = table.field(str(wanted).strip())
        if real is None:
            missing.append(f"{role} = '{wanted}'")
        resolved[role] = real
    if missing:
        raise InputError(
            tr(
                "The layer '{layer}' has no field for {missing} (its fields: {found}): "
                "correct the field mapping."
            ).format(layer=table.name, missing="; ".join(missing), found=_field_list(table))
        )
    if resolved["species"] is None:
        raise InputError(
            tr(
                "The field mapping for layer '{layer}' names no species field: give the field "
                "that holds the scientific name."
            ).format(layer=table.name)
        )
    return FieldMapping(**resolved)


# --------------------------------------------------------------------------- codes


def _int_code(value: object) -> int:
    """An integer code, or -1 for NULL, text or a fractional number."""
    if value is None or isinstance(value, bool):
        return _UNKNOWN
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return _UNKNOWN
    if not np.isfinite(number) or number != int(number):
        return _UNKNOWN
    return int(number)


def _int_codes(values: Sequence) -> np.ndarray:
    return np.array([_int_code(v) for v in values], dtype=np.int64)


def _word(value: object) -> str:
    """``"Non-breeding "`` -> ``"non_breeding"``; "" for anything but text."""
    if not isinstance(value, str):
        return ""
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def _season_codes(values: Sequence, words: dict[str, int], numbers: bool = True) -> np.ndarray:
    """Seasonal codes from season words, or (with ``numbers``) from numeric codes."""
    unknown = _UNKNOWN
    return np.array(
        [words.get(_word(v), _int_code(v) if numbers else unknown) for v in values],
        dtype=np.int64,
    )


def _species_names(values: Sequence) -> np.ndarray:
    names = [("" if v is None else str(v)).strip() for v in values]
    return np.array(names, dtype=object)


def parse_codes(
    text: str | Iterable[int], field_name: str, known: Iterable[int]
) -> tuple[int, ...]:
    """Codes from text such as ``"1,2"``, ``"1-4"`` or ``"1 2 6"`` (or an iterable of ints).

    ``field_name`` names the filter in the error; ``known`` are the valid codes.
    """
    known = tuple(sorted(known))
    hint = f"{known[0]}-{known[-1]}"
    if isinstance(text, str):
        codes: list[int] = []
        for token in text.replace(";", ",").replace(" ", ",").split(","):
            token = token.strip()
            if not token:
                continue
            low, dash, high = token.partition("-")
            try:
                if dash:
                    codes.extend(range(int(low), int(high) + 1))
                else:
                    codes.append(int(token))
            except ValueError:
                raise InputError(
                    tr(
                        "The {field} filter '{text}' is not a list of codes: write codes "
                        "separated by commas, e.g. '1,2' (valid codes {codes})."
                    ).format(field=field_name, text=text, codes=hint)
                ) from None
    else:
        codes = [int(c) for c in text]
    if not codes:
        raise InputError(
            tr(
                "The {field} filter is empty: give at least one code, e.g. '1,2' "
                "(valid codes {codes})."
            ).format(field=field_name, codes=hint)
        )
    bad = sorted(set(codes) - set(known))
    if bad:
        raise InputError(
            tr(
                "The {field} filter has code(s) {bad}, which are not IUCN {field} codes: "
                "use codes {codes}."
            ).format(field=field_name, bad=", ".join(map(str, bad)), codes=hint)
        )
    return tuple(sorted(set(codes)))


def _show_ids(ids: np.ndarray) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN])
    return shown + (", ..." if len(ids) > _SHOWN else "")


def _show_values(values: np.ndarray) -> str:
    distinct = sorted({"NULL" if v is None else repr(v) for v in values})
    shown = ", ".join(distinct[:_SHOWN])
    return shown + (", ..." if len(distinct) > _SHOWN else "")


# --------------------------------------------------------------------------- measuring

_EQUAL_AREA_METHODS = ("equal area", "mollweide", "equal earth", "sinusoidal", "eckert iv")


def is_equal_area(crs: str) -> bool:
    """True for equal-area projections (Lambert azimuthal / Albers / cylindrical equal area,
    Mollweide, Equal Earth, sinusoidal)."""
    operation = CRS.from_user_input(crs).coordinate_operation
    method = (operation.method_name if operation is not None else "").lower()
    return any(name in method for name in _EQUAL_AREA_METHODS)


def equal_area_crs(geometry: np.ndarray, crs: str) -> str:
    """``crs`` when it is equal-area, else a Lambert azimuthal equal-area CRS centred on the
    data (DESIGN.md section 4; areas stay exact however far the data extend)."""
    if is_equal_area(crs):
        return crs
    geoms = np.asarray(geometry, dtype=object)
    present = geoms[~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)]
    if len(present) == 0:
        return laea_for(0.0, 0.0)
    minx, miny, maxx, maxy = shapely.total_bounds(present)
    centre = transform(np.array([shapely.Point((minx + maxx) / 2, (miny + maxy) / 2)]), crs, WGS84)
    return laea_for(float(centre[0].x), float(centre[0].y))


def areas_km2(geometry: np.ndarray, crs: str) -> np.ndarray:
    """Area of each geometry in km2, measured in an equal-area CRS (:func:`equal_area_crs`)."""
    geoms = np.asarray(geometry, dtype=object)
    if len(geoms) == 0:
        return np.zeros(0)
    target = equal_area_crs(geoms, crs)
    area = shapely.area(transform(geoms, crs, target)) / 1e6
    return np.nan_to_num(np.asarray(area, dtype=float))


# --------------------------------------------------------------------------- eBird packages


def is_prediction_area_layer(name: str) -> bool:
    """True when a layer's name ends in ``prediction_area`` (an eBird package's model area).

    Matches the bare GeoPackage layer name and the names QGIS gives it
    (``x.gpkg|layername=prediction_area``, ``x_range_27km_2022 — prediction_area``).
    """
    return re.sub(r"[^a-z]+", "_", name.lower()).strip("_").endswith(EBIRD_PREDICTION_AREA)


def read_range_layers(path: str | Path) -> list[VectorTable]:
    """Every vector layer of a file as a :class:`VectorTable`, for the command line.

    Reading a whole eBird GeoPackage gives its ``range`` and ``prediction_area`` layers;
    :func:`prepare_ranges` keeps the range and says so. Layers of a file with several are
    named ``<file>|layername=<layer>`` (as QGIS writes the source) so messages point at one.
    """
    from osgeo import gdal  # GDAL's binding, shipped with QGIS; loaded only when needed

    path = Path(path)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            source = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        except RuntimeError:
            source = None
        reason = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if source is None or source.GetLayerCount() == 0:
        raise InputError(
            tr(
                "The range file '{file}' could not be read as vector data ({reason}): choose "
                "a GeoPackage, shapefile or another vector file that GDAL reads."
            ).format(file=path, reason=reason or tr("no vector layer"))
        )
    several = source.GetLayerCount() > 1
    tables = []
    for index in range(source.GetLayerCount()):
        layer = source.GetLayer(index)
        name = layer.GetName()
        tables.append(_ogr_table(layer, f"{path.name}|layername={name}" if several else name))
    return tables


def _ogr_table(layer, name: str) -> VectorTable:
    """One OGR layer copied into a table: attributes, WKB geometries, CRS and feature ids."""
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    columns: dict[str, list] = {n: [] for n in names}
    wkbs: list[bytes | None] = []
    fids: list[int] = []
    layer.ResetReading()
    for feature in layer:
        for n in names:
            columns[n].append(feature.GetField(n))
        geom = feature.GetGeometryRef()
        wkbs.append(None if geom is None else bytes(geom.ExportToIsoWkb()))
        fids.append(feature.GetFID())
    crs = None
    srs = layer.GetSpatialRef()
    if srs is not None:
        srs = srs.Clone()
        try:
            srs.AutoIdentifyEPSG()
        except RuntimeError:  # not an EPSG CRS (raised only when osr exceptions are on)
            pass
        code = srs.GetAuthorityCode(None)
        crs = f"EPSG:{code}" if code and srs.GetAuthorityName(None) == "EPSG" else srs.ExportToWkt()
    return VectorTable(
        name, columns, shapely.from_wkb(np.array(wkbs, dtype=object)), crs, np.array(fids)
    )


def _prediction_area_rows(table: VectorTable) -> np.ndarray:
    """Rows whose ``type`` field says ``prediction_area`` (eBird's model area)."""
    name = table.field("type")
    if name is None:
        return np.zeros(len(table), dtype=bool)
    return np.array([_word(v) == EBIRD_PREDICTION_AREA for v in table.columns[name]], dtype=bool)


def _leave_out_prediction_areas(
    tables: Sequence[VectorTable], notes: list[str]
) -> tuple[list[VectorTable], int]:
    """The tables without eBird prediction areas (whole layers or ``type`` rows), and how
    many features were left out; a note names each layer and count."""
    kept, left_out = [], 0
    for table in tables:
        rows = _prediction_area_rows(table)
        if is_prediction_area_layer(table.name) or (len(table) and rows.all()):
            notes.append(
                tr(
                    "Layer '{layer}' is the eBird prediction area (where the model made "
                    "predictions, not the species' range): its {n} feature(s) were left out."
                ).format(layer=table.name, n=len(table))
            )
            left_out += len(table)
            continue
        if rows.any():
            notes.append(
                tr(
                    "Layer '{layer}': {n} feature(s) with type 'prediction_area' (where the "
                    "eBird model made predictions, not the species' range) were left out."
                ).format(layer=table.name, n=int(rows.sum()))
            )
            left_out += int(rows.sum())
            table = table.subset(~rows)
        kept.append(table)
    if not kept:
        raise InputError(
            tr(
                "Only eBird prediction areas were given ({layers}): they show where the model "
                "made predictions, not where the species occurs. Choose the 'range' layer of "
                "the same eBird GeoPackage."
            ).format(layers=", ".join(f"'{t.name}'" for t in tables))
        )
    if left_out:
        notes.append(
            tr("Ranges were read from {layers} only.").format(
                layers=", ".join(f"'{t.name}'" for t in kept)
            )
        )
    return kept, left_out


def _ebird_notes(
    species: np.ndarray, words: np.ndarray, geometry: np.ndarray, crs: str
) -> list[str]:
    """One note per species whose two eBird migration seasons became one passage range,
    with both seasons' areas and the merged area (km2, equal-area)."""
    notes = []
    pre_word, post_word = EBIRD_MIGRATIONS
    migrating = np.isin(words, EBIRD_MIGRATIONS)
    for name in sorted(set(species[migrating].tolist())):
        mine = species == name
        pre = shapely.union_all(geometry[mine & (words == pre_word)])
        post = shapely.union_all(geometry[mine & (words == post_word)])
        if pre.is_empty or post.is_empty:
            continue  # one migration season only: nothing was merged
        merged = shapely.union(pre, post)
        pre_km2, post_km2, merged_km2 = areas_km2(np.array([pre, post, merged], dtype=object), crs)
        notes.append(
            localized(
                tr(
                    "{species}: the eBird prebreeding_migration ({pre:,.0f} km2) and "
                    "postbreeding_migration ({post:,.0f} km2) ranges were merged into one "
                    "passage range ({passage:,.0f} km2), as IUCN has a single passage code (4)."
                ),
                species=name,
                pre=float(pre_km2),
                post=float(post_km2),
                passage=float(merged_km2),
            )
        )
    return notes


# --------------------------------------------------------------------------- preparing


@dataclass(frozen=True)
class RangeReport:
    """What :func:`prepare_ranges` did, for the log and the report."""

    layers: tuple[tuple[str, str], ...]  # (layer, schema)
    crs: str
    input_features: int
    repaired: int
    dropped_unknown: int
    dropped_empty: int
    dropped_presence: int
    dropped_origin: int
    dropped_seasonal: int
    kept: int  # input features kept after the filters
    species: int
    features: int  # (species, season) features after dissolving
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: What was done that the user should know but need not fix (eBird prediction areas
    #: left out, migration seasons merged into passage).
    notes: tuple[str, ...] = field(default_factory=tuple)
    left_out_prediction_area: int = 0  # eBird prediction-area features, not in input_features

    def lines(self) -> list[str]:
        """Translated one-line summaries, the notes after the layers."""
        schemas = ", ".join(f"{layer} ({schema})" for layer, schema in self.layers)
        return [
            tr("Range layers: {layers}.").format(layers=schemas),
            *self.notes,
            tr(
                "{n} input features: {kept} kept; dropped {presence} by presence, {origin} by "
                "origin, {seasonal} by season, {unknown} with unknown codes, {empty} without "
                "polygon geometry; {repaired} invalid geometries repaired."
            ).format(
                n=self.input_features,
                kept=self.kept,
                presence=self.dropped_presence,
                origin=self.dropped_origin,
                seasonal=self.dropped_seasonal,
                unknown=self.dropped_unknown,
                empty=self.dropped_empty,
                repaired=self.repaired,
            ),
            tr("{species} species, {features} species-season features.").format(
                species=self.species, features=self.features
            ),
        ]


@dataclass(frozen=True)
class PreparedRanges:
    """Dissolved (species, season) features in ``crs`` and the report of how they were made."""

    features: Features
    crs: str
    report: RangeReport

    def columns(self) -> dict[str, np.ndarray]:
        """Output attributes: species, season (label), seasonal (code), area_km2."""
        seasons = self.features.season
        return {
            "species": np.asarray(self.features.species, dtype=object),
            "season": np.array([SEASON_LABELS.get(int(k), str(k)) for k in seasons], dtype=object),
            "seasonal": np.asarray(seasons, dtype=np.int64),
            "area_km2": np.round(areas_km2(self.features.geometry, self.crs), 3),
        }


@dataclass
class _Codes:
    """One layer's rows in IUCN codes (-1 unknown)."""

    schema: str
    species: np.ndarray
    presence: np.ndarray
    origin: np.ndarray
    seasonal: np.ndarray
    raw: dict[str, np.ndarray]  # field role -> raw values, for messages
    fields: dict[str, str]  # field role -> real field name


def _read_codes(table: VectorTable, match: SchemaMatch) -> _Codes:
    m = match.mapping
    fields = {
        role: getattr(m, role)
        for role in ("species", "presence", "origin", "seasonal")
        if getattr(m, role)
    }
    raw = {role: table.column(name) for role, name in fields.items()}
    ones = np.ones(len(table), dtype=np.int64)
    species = _species_names(raw["species"])
    presence = _int_codes(raw["presence"]) if "presence" in raw else ones
    if match.name == "NatureServe":  # ORIGIN holds the season; all native
        code = _int_codes(raw["origin"])
        pairs = np.array([NATURESERVE_ORIGIN.get(c, (_UNKNOWN, _UNKNOWN)) for c in code])
        origin, seasonal = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
        return _Codes(match.name, species, presence, origin, seasonal, raw, fields)
    origin = _int_codes(raw["origin"]) if "origin" in raw else ones
    if match.name == "eBird":  # eBird seasons are words only
        seasonal = _season_codes(raw["seasonal"], EBIRD_SEASONS, numbers=False)
    elif "seasonal" in raw:
        seasonal = _season_codes(raw["seasonal"], SEASON_WORDS)
    else:
        seasonal = ones
    return _Codes(match.name, species, presence, origin, seasonal, raw, fields)


def _unknown_rows(table: VectorTable, codes: _Codes, warnings: list[str]) -> np.ndarray:
    """Rows with an unknown value in any field; warns per field, raises when all are."""
    valid = {
        "species": codes.species != "",
        "presence": np.isin(codes.presence, list(PRESENCE_LABELS)),
        "origin": np.isin(codes.origin, list(ORIGIN_LABELS)),
        "seasonal": np.isin(codes.seasonal, list(SEASON_LABELS)),
    }
    expected = {
        "species": tr("a scientific name"),
        "presence": tr("IUCN presence codes 1-6"),
        "origin": tr("IUCN origin codes 1-6"),
        "seasonal": tr("IUCN seasonal codes 1-5"),
    }
    if codes.schema == "NatureServe":  # one ORIGIN field carries both: warn once
        valid["seasonal"] = np.ones(len(table), dtype=bool)
        expected["origin"] = tr("NatureServe ORIGIN codes 1-4 (resident to passage)")
    unknown = np.zeros(len(table), dtype=bool)
    for role, ok in valid.items():
        if ok.all():
            continue
        name = codes.fields.get(role, role)
        values = codes.raw[role]
        bad = np.flatnonzero(~ok)
        if len(bad) == len(table):
            raise InputError(
                tr(
                    "Every feature of layer '{layer}' has an unknown value in field '{field}' "
                    "(found {values}; wanted {expected}): map the right field or recode it."
                ).format(
                    layer=table.name,
                    field=name,
                    values=_show_values(values[bad]),
                    expected=expected[role],
                )
            )
        warnings.append(
            tr(
                "Layer '{layer}': {n} feature(s) with an unknown value in field '{field}' "
                "({values}; feature ids {ids}) were dropped: recode them to {expected}."
            ).format(
                layer=table.name,
                n=len(bad),
                field=name,
                values=_show_values(values[bad]),
                ids=_show_ids(table.ids[bad]),
                expected=expected[role],
            )
        )
        unknown |= ~ok
    return unknown


def _code_text(codes: Iterable[int]) -> str:
    return ",".join(str(c) for c in sorted(set(int(c) for c in codes)))


def prepare_ranges(
    tables: Sequence[VectorTable],
    *,
    mapping: FieldMapping | None = None,
    presence: Sequence[int] | str = DEFAULT_PRESENCE,
    origin: Sequence[int] | str = DEFAULT_ORIGIN,
    seasonal: Sequence[int] | str = DEFAULT_SEASONAL,
    crs: str | None = None,
) -> PreparedRanges:
    """Validate, filter, repair and dissolve range layers into (species, season) features.

    Follows the IUCN Red List mapping standards: keep the presence, origin and seasonal codes
    given (Red List defaults presence 1-2, origin 1-2, seasonal 1-4), a resident range
    counting in every season of its species. Layers may each hold one species or many; all
    are reprojected to ``crs`` (default: the first range layer's CRS). eBird prediction areas
    (a layer so named, or features of ``type`` prediction_area) are left out and the two
    eBird migration seasons become one passage feature, both said in the report's notes.
    The inputs are not modified.
    """
    if not tables:
        raise InputError(tr("No range layer was given: choose at least one polygon layer."))
    presence = parse_codes(presence, "presence", PRESENCE_LABELS)
    origin = parse_codes(origin, "origin", ORIGIN_LABELS)
    seasonal = parse_codes(seasonal, "seasonal", SEASON_LABELS)
    notes: list[str] = []
    tables, left_out = _leave_out_prediction_areas(tables, notes)
    for table in tables:
        require_crs(table)
    target = crs or tables[0].crs

    warnings: list[str] = []
    ebird: dict[str, list[np.ndarray]] = {"species": [], "words": [], "geometry": []}
    layers, species_parts, season_parts, geom_parts = [], [], [], []
    counts = dict.fromkeys(
        ("input", "repaired", "unknown", "empty", "presence", "origin", "seasonal", "kept"), 0
    )
    seen = {"presence": set(), "origin": set(), "seasonal": set()}
    for table in tables:
        require_features(table)
        require_geometry(table, POLYGONAL, tr("polygons"))
        match = detect_schema(table, mapping)
        layers.append((table.name, match.name))
        codes = _read_codes(table, match)
        if match.name == "eBird":
            notes.append(
                tr(
                    "Layer '{layer}' read as eBird Status & Trends: species from '{species}'; "
                    "season breeding -> breeding (2), nonbreeding -> non-breeding (3), "
                    "resident -> resident (1), prebreeding_migration and "
                    "postbreeding_migration -> passage (4)."
                ).format(layer=table.name, species=match.mapping.species)
            )
        counts["input"] += len(table)
        keep = ~_unknown_rows(table, codes, warnings)
        counts["unknown"] += int((~keep).sum())

        missing = shapely.is_missing(table.geometry) | shapely.is_empty(table.geometry)
        empty = keep & missing
        if empty.any():
            warnings.append(
                tr(
                    "Layer '{layer}': {n} feature(s) without geometry (feature ids {ids}) "
                    "were dropped."
                ).format(layer=table.name, n=int(empty.sum()), ids=_show_ids(table.ids[empty]))
            )
        counts["empty"] += int(empty.sum())
        keep &= ~missing
        for role, allowed, values in (
            ("presence", presence, codes.presence),
            ("origin", origin, codes.origin),
            ("seasonal", seasonal, codes.seasonal),
        ):
            seen[role].update(values[keep].tolist())
            passed = keep & np.isin(values, allowed)
            counts[role] += int((keep & ~passed).sum())
            keep = passed
        if not keep.any():
            continue
        # Only the geometry travels on (VectorTable.subset copies every column).
        part = VectorTable(table.name, {}, table.geometry[keep], table.crs, table.ids[keep])
        part = part.to_crs(target)
        part, fixed = repair(part)
        counts["repaired"] += fixed
        geoms = polygon_parts(part.geometry)
        collapsed = shapely.is_empty(geoms)
        counts["empty"] += int(collapsed.sum())
        if collapsed.any():
            warnings.append(
                tr(
                    "Layer '{layer}': {n} feature(s) had no polygon area left after repair "
                    "(feature ids {ids}) and were dropped."
                ).format(
                    layer=table.name, n=int(collapsed.sum()), ids=_show_ids(part.ids[collapsed])
                )
            )
        rows = np.flatnonzero(keep)[~collapsed]
        counts["kept"] += len(rows)
        species_parts.append(codes.species[rows])
        season_parts.append(codes.seasonal[rows])
        geom_parts.append(geoms[~collapsed])
        if match.name == "eBird":
            ebird["species"].append(codes.species[rows])
            ebird["words"].append(
                np.array([_word(v) for v in codes.raw["seasonal"][rows]], dtype=object)
            )
            ebird["geometry"].append(geoms[~collapsed])

    if counts["kept"] == 0:
        _raise_all_filtered(counts, seen, presence, origin, seasonal)

    features = dissolve_features(
        np.concatenate(species_parts), np.concatenate(season_parts), np.concatenate(geom_parts)
    )
    features = Features(features.species, features.season, polygon_parts(features.geometry))
    if ebird["species"]:
        notes += _ebird_notes(
            np.concatenate(ebird["species"]),
            np.concatenate(ebird["words"]),
            np.concatenate(ebird["geometry"]),
            target,
        )
    report = RangeReport(
        layers=tuple(layers),
        crs=target,
        input_features=counts["input"],
        repaired=counts["repaired"],
        dropped_unknown=counts["unknown"],
        dropped_empty=counts["empty"],
        dropped_presence=counts["presence"],
        dropped_origin=counts["origin"],
        dropped_seasonal=counts["seasonal"],
        kept=counts["kept"],
        species=len(set(features.species)),
        features=len(features),
        warnings=tuple(warnings),
        notes=tuple(notes),
        left_out_prediction_area=left_out,
    )
    return PreparedRanges(features, target, report)


def _raise_all_filtered(
    counts: dict[str, int],
    seen: dict[str, set],
    presence: tuple[int, ...],
    origin: tuple[int, ...],
    seasonal: tuple[int, ...],
) -> None:
    """One error naming the filter that removed the last features, and how to relax it."""
    remaining = counts["input"] - counts["unknown"] - counts["empty"]
    if remaining > 0:
        for role, allowed in (("presence", presence), ("origin", origin), ("seasonal", seasonal)):
            if counts[role] >= remaining:
                found = seen[role]
                raise InputError(
                    tr(
                        "All {n} remaining range features were removed by the {field} filter "
                        "(it keeps {kept}; the layers have {found}): add codes to the {field} "
                        "filter, e.g. '{suggest}'."
                    ).format(
                        n=remaining,
                        field=role,
                        kept=_code_text(allowed),
                        found=_code_text(found),
                        suggest=_code_text(set(allowed) | found),
                    )
                )
            remaining -= counts[role]
    raise InputError(
        tr(
            "No range feature is left: {unknown} had unknown codes and {empty} had no polygon "
            "geometry; fix the codes or geometries named in the warnings."
        ).format(unknown=counts["unknown"], empty=counts["empty"])
    )


# --------------------------------------------------------------------------- study area


def species_outside(features: Features, study_area) -> list[str]:
    """Species none of whose ranges reaches into the study area (same CRS), sorted.

    Touching the boundary only does not count: such a species could get no target.
    """
    area = study_area
    if isinstance(area, (list, tuple, np.ndarray)):
        area = shapely.union_all(np.asarray(area, dtype=object))
    geoms = np.asarray(features.geometry, dtype=object)
    inside = shapely.intersects(geoms, area) & ~shapely.touches(geoms, area)
    species = np.asarray(features.species, dtype=object)
    return sorted(set(species.tolist()) - set(species[inside].tolist()))


def species_outside_warning(species: Sequence[str]) -> str | None:
    """The warning for :func:`species_outside`'s result, or None when it is empty."""
    if not species:
        return None
    shown = ", ".join(species[:_SHOWN]) + (", ..." if len(species) > _SHOWN else "")
    return tr(
        "{n} species have no range inside the study area and get no target there: {names}. "
        "Check the layers' CRS, or remove these species."
    ).format(n=len(species), names=shown)
