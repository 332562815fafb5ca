"""Places: the records of several site layers that describe the same place, as one row.

A national park that is also a Ramsar Site and a Natura 2000 site is one place with three
designations. National focal points report per place (CMS, Ramsar and CBD national reports
ask "which sites hold the species", not "which polygons"), so the site layers of WDPA,
Ramsar, Natura 2000, KBA/IBA and flyway networks are matched here:

- every record gets a name, a designation, a convention or instrument (InforMEA terms where
  one exists), a designation type (International / Regional / National / Not Applicable, as
  the WDPA's DESIG_TYPE), a year and an id, detected from the usual field names
  (:data:`NAME_FIELDS`, :data:`DESIG_FIELDS`, :data:`YEAR_FIELDS`, :data:`ID_FIELDS`);
- all layers are reprojected to one equal-area CRS (mixed CRSs are handled, not refused);
- two records are the same place when they come from different layers or carry different
  designations and their overlap covers at least ``threshold`` of the smaller one
  (``area(a & b) / min(area(a), area(b))``). A record may match only one record of each
  (layer, designation) group: the best by overlap (rounded to 1 %), then by name similarity
  (``difflib`` ratio), then by shared area, and both sides must choose each other. So a
  large KBA that covers two national parks joins the one whose name it shares, and the
  other park is listed as overlapping;
- places are the connected components of the matches; records that overlap a place by less
  than the threshold (or were not chosen) are listed in its ``overlaps`` text.

Point records (flyway network sites are often points) join the polygon they fall in.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .crs import WGS84, laea_for, transform
from .errors import InputError
from .i18n import tr
from .ranges import is_equal_area
from .sites import DESIG_FIELDS as SITE_DESIG_FIELDS
from .sites import ID_FIELDS as SITE_ID_FIELDS
from .sites import NAME_FIELDS as SITE_NAME_FIELDS
from .sites import YEAR_FIELDS as SITE_YEAR_FIELDS
from .sites import attribute_text as _text
from .vector import POINTS, POLYGONAL, VectorTable, flag_column, require_crs, require_features


def _more(base: tuple[str, ...], *extra: str) -> tuple[str, ...]:
    """``base`` then the spellings it lacks (compared case-insensitively)."""
    known = {name.lower() for name in base}
    return base + tuple(name for name in extra if name.lower() not in known)


# The site spellings of Prepare sites (core.sites), plus those only place matching reads.
NAME_FIELDS = _more(SITE_NAME_FIELDS, "SITE_NAME", "officialname")
DESIG_FIELDS = _more(SITE_DESIG_FIELDS, "DESIGNATION")
SITETYPE_FIELDS = ("SITETYPE", "SITE_TYPE")
DESIG_TYPE_FIELDS = ("DESIG_TYPE",)
YEAR_FIELDS = _more(
    SITE_YEAR_FIELDS, "YEAR", "designation_date", "DATE_DESIG", "desig_date", "date"
)
ID_FIELDS = _more(SITE_ID_FIELDS, "ramsarid", "WHSRN_ID", "id")
INT_CRIT_FIELDS = ("INT_CRIT",)

#: Ramsar's own name for its sites (the WDPA's DESIG_ENG for them).
RAMSAR_SITE = "Ramsar Site, Wetland of International Importance"
#: Natura 2000 SITETYPE codes (Natura 2000 reference portal): A SPA, B SCI/SAC, C both.
NATURA_TYPES = {
    "A": "Natura 2000 Special Protection Area (SPA)",
    "B": "Natura 2000 Site of Community Importance / Special Area of Conservation (SCI/SAC)",
    "C": "Natura 2000 SPA and SCI/SAC",
}
DESIG_TYPES = ("International", "Regional", "National", "Not Applicable")

#: (keywords in the designation or layer name, convention key, designation type).
_RULES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("ramsar", "wetland of international importance"), "ramsar", "International"),
    (("world heritage",), "whc", "International"),
    (("biosphere reserve", "unesco-mab", "mab "), "mab", "International"),
    (
        (
            "natura 2000",
            "special protection area",
            "site of community importance",
            "special area of conservation",
            "natura2000",
        ),
        "natura2000",
        "Regional",
    ),  # fmt: skip
    (("emerald",), "emerald", "Regional"),
    (("ospar",), "ospar", "Regional"),
    (("helcom", "baltic sea protected area"), "helcom", "Regional"),
    (("spami", "barcelona convention"), "barcelona", "Regional"),
    (("eaafp", "east asian-australasian", "east asian - australasian"), "eaafp", "International"),
    (("whsrn", "western hemisphere shorebird"), "whsrn", "International"),
    (("important bird", "iba"), "iba", "Not Applicable"),
    (("key biodiversity", "kba"), "kba", "Not Applicable"),
)


def convention_label(key: str) -> str:
    """Readable convention or instrument (InforMEA names; literal tr() for pylupdate5)."""
    labels = {
        "ramsar": tr("Ramsar Convention on Wetlands"),
        "whc": tr("World Heritage Convention"),
        "mab": tr("UNESCO Man and the Biosphere Programme"),
        "natura2000": tr("Natura 2000 (EU Birds and Habitats Directives)"),
        "emerald": tr("Emerald Network (Bern Convention)"),
        "ospar": tr("OSPAR Convention"),
        "helcom": tr("Helsinki Convention (HELCOM)"),
        "barcelona": tr("Barcelona Convention (SPAMI)"),
        "eaafp": tr("East Asian-Australasian Flyway Partnership (EAAFP)"),
        "whsrn": tr("Western Hemisphere Shorebird Reserve Network (WHSRN)"),
        "iba": tr("Important Bird and Biodiversity Area (BirdLife)"),
        "kba": tr("Key Biodiversity Area"),
        "national": tr("National designation"),
    }
    return labels.get(key, key)


def type_label(kind: str) -> str:
    """Designation type as written in the readable lists ("national", "international")."""
    labels = {
        "International": tr("international"),
        "Regional": tr("regional"),
        "National": tr("national"),
        "Not Applicable": tr("not a legal designation"),
    }
    return labels.get(kind, kind.lower())


@dataclass(frozen=True)
class Records:
    """Every site record of every layer, in one equal-area CRS."""

    layer: np.ndarray  # source layer name
    record_id: np.ndarray  # text
    name: np.ndarray
    designation: np.ndarray
    convention: np.ndarray  # convention key (see convention_label)
    desig_type: np.ndarray
    year: np.ndarray  # int, 0 = unknown
    int_crit: np.ndarray
    geometry: np.ndarray
    area_km2: np.ndarray
    crs: str
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.geometry)


@dataclass(frozen=True)
class Places:
    """One row per place; ``members[k]`` are the indices into ``records`` of place k."""

    records: Records
    members: list[np.ndarray]
    geometry: np.ndarray
    area_km2: np.ndarray
    shares: list[np.ndarray]  # per member: share of the place's area it covers
    overlaps: list[list[tuple[int, float]]]  # (record, share) overlapping less than a match
    flags: list[list[str]]
    roles: dict[str, np.ndarray] = field(default_factory=dict)
    threshold: float = 0.5

    def __len__(self) -> int:
        return len(self.members)

    @property
    def crs(self) -> str:
        return self.records.crs

    @property
    def notes(self) -> tuple[str, ...]:
        return self.records.notes

    def place_of(self) -> np.ndarray:
        """Place index (0-based) of every record."""
        out = np.full(len(self.records), -1, dtype=np.int64)
        for k, rows in enumerate(self.members):
            out[rows] = k
        return out

    def columns(self) -> dict[str, np.ndarray]:
        """The place layer's attribute table (see the algorithm's help for each field)."""
        r = self.records
        n = len(self)
        place_of = self.place_of()
        out: dict[str, list] = {
            key: []
            for key in (
                "place_id",
                "name",
                "n_designations",
                "designations",
                "conventions",
                "designation_types",
                "first_year",
                "area_km2",
                "shares",
                "overlaps",
                "flags",
                "record_ids",
                "layers",
            )
        }
        for k in range(n):
            rows = self.members[k]
            order = rows[np.lexsort((r.year[rows] == 0, r.year[rows], _type_order(r, rows)))]
            share = dict(zip(rows.tolist(), self.shares[k].tolist()))
            out["place_id"].append(k + 1)
            out["name"].append(_place_name(r, rows))
            out["n_designations"].append(len({r.designation[i] for i in rows}))
            out["designations"].append("; ".join(_unique(_designation_text(r, i) for i in order)))
            out["conventions"].append(
                "; ".join(_unique(convention_label(r.convention[i]) for i in order))
            )
            out["designation_types"].append(
                ", ".join(_unique(type_label(r.desig_type[i]) for i in order))
            )
            years = r.year[rows][r.year[rows] > 0]
            out["first_year"].append(int(years.min()) if len(years) else 0)
            out["area_km2"].append(round(float(self.area_km2[k]), 3))
            out["shares"].append(
                "; ".join(
                    f"{r.designation[i]} {r.name[i]}: {_pct(share[i])} %".replace("  ", " ")
                    for i in order
                )
            )
            out["overlaps"].append(
                "; ".join(
                    tr("{name} ({designation}; place {place}): {share} %").format(
                        name=r.name[i],
                        designation=r.designation[i],
                        place=int(place_of[i]) + 1,
                        share=_pct(s),
                    )
                    for i, s in self.overlaps[k]
                )
            )
            out["flags"].append("; ".join(self.flags[k]))
            out["record_ids"].append("; ".join(f"{r.layer[i]}:{r.record_id[i]}" for i in order))
            out["layers"].append(", ".join(_unique(r.layer[i] for i in order)))
        columns = {key: np.asarray(values, dtype=object) for key, values in out.items()}
        columns["place_id"] = columns["place_id"].astype(np.int64)
        columns["n_designations"] = columns["n_designations"].astype(np.int64)
        columns["first_year"] = columns["first_year"].astype(np.int64)  # 0: not reported
        columns["area_km2"] = columns["area_km2"].astype(float)
        for key, values in self.roles.items():
            columns[key] = values
        return columns


def _type_order(r: Records, rows: np.ndarray) -> np.ndarray:
    order = {"National": 0, "Regional": 1, "International": 2, "Not Applicable": 3}
    return np.array([order.get(r.desig_type[i], 4) for i in rows])


def _unique(items) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _pct(share: float) -> str:
    return f"{100 * share:.0f}"


def _designation_text(r: Records, i: int) -> str:
    """ "Ramsar Site (international, 2002)"."""
    kind = type_label(r.desig_type[i])
    if r.year[i] > 0:
        return f"{r.designation[i]} ({kind}, {int(r.year[i])})"
    return f"{r.designation[i]} ({kind})"


def _place_name(r: Records, rows: np.ndarray) -> str:
    """The name most records use; ties go to the national designation (the local name)."""
    names = [r.name[i] for i in rows if r.name[i]]
    if not names:
        return ""
    counts = {n: names.count(n) for n in names}
    return max(names, key=lambda n: counts[n])


# --------------------------------------------------------------------------- reading records


_YEAR = re.compile(r"(1[6-9]\d\d|20\d\d)")


def _year(value: object) -> int:
    """A year from a number (1990), a date ("2002-05-17") or a date object; 0 if none."""
    if value is None:
        return 0
    if hasattr(value, "year"):
        return int(value.year)
    if hasattr(value, "toPyDate"):  # a QDate that slipped through
        return int(value.year())
    found = _YEAR.search(_text(value))
    return int(found.group(1)) if found else 0


def classify(designation: str, desig_type: str = "") -> tuple[str, str]:
    """(convention key, designation type) of a designation text.

    A DESIG_TYPE value (WDPA) wins over the type guessed from the text; "National"
    designations such as Germany's "Biosphaerenreservat" stay national.
    """
    text = f" {designation.lower()} "
    given = next((t for t in DESIG_TYPES if t.lower() == desig_type.strip().lower()), "")
    if given == "National":
        return "national", given
    for words, key, kind in _RULES:
        if any(re.search(rf"(?<![a-z]){re.escape(w.strip())}(?![a-z])", text) for w in words):
            return key, given or kind
    return "national", given or "National"


def read_records(
    table: VectorTable,
    *,
    name_field: str | None = None,
    designation_field: str | None = None,
) -> tuple[dict[str, np.ndarray], list[str]]:
    """Name, designation, convention, type, year, id of every record of one layer, and the
    notes for the log. Raises :class:`InputError` naming the layer and the fields looked for
    when no name or designation can be found, and when ids repeat with different names."""
    require_features(table)
    require_crs(table)
    notes: list[str] = []
    lname = table.name.lower()
    n = len(table)

    def explicit(field_name: str | None, what: str) -> str | None:
        if not field_name:
            return None
        real = table.field(field_name)
        if real is None:
            raise InputError(
                tr(
                    "The {what} field '{field}' is not in the layer '{layer}': choose one of "
                    "its fields ({fields})."
                ).format(
                    what=what, field=field_name, layer=table.name, fields=", ".join(table.columns)
                )
            )
        return real

    name_col = explicit(name_field, tr("name")) or table.field(*NAME_FIELDS)
    id_col = table.field(*ID_FIELDS)
    if name_col is None and id_col is None:
        raise InputError(
            tr(
                "The layer '{layer}' has no name field (looked for {names}) and no id field "
                "(looked for {ids}): add one, or choose the name field."
            ).format(layer=table.name, names=", ".join(NAME_FIELDS), ids=", ".join(ID_FIELDS))
        )
    ids = (
        np.array([_text(v) for v in table.column(id_col)], dtype=object)
        if id_col
        else np.array([str(i) for i in table.ids], dtype=object)
    )
    names = (
        np.array([_text(v) for v in table.column(name_col)], dtype=object)
        if name_col
        else ids.copy()
    )
    desig_col = explicit(designation_field, tr("designation")) or table.field(*DESIG_FIELDS)
    sitetype_col = table.field(*SITETYPE_FIELDS)
    type_col = table.field(*DESIG_TYPE_FIELDS)
    types = (
        [_text(v) for v in table.column(type_col)] if type_col else [""] * n
    )  # fmt: skip
    if desig_col is not None:
        desig = [_text(v) for v in table.column(desig_col)]
    elif sitetype_col is not None:
        desig = [
            NATURA_TYPES.get(_text(v).upper(), "Natura 2000") for v in table.column(sitetype_col)
        ]
    elif table.field("ramsar_id", "ramsarid") or "ramsar" in lname:
        desig = [RAMSAR_SITE] * n
    elif "eaafp" in lname:
        desig = ["Flyway Network Site (EAAFP)"] * n
    elif "whsrn" in lname:
        desig = ["WHSRN Site"] * n
    elif re.search(r"(?<![a-z])iba(?![a-z])|important bird", lname) or table.field("IbaStatus"):
        desig = ["Important Bird and Biodiversity Area"] * n
    elif re.search(r"(?<![a-z])kba(?![a-z])|key biodiversity", lname) or table.field("SitRecID"):
        desig = ["Key Biodiversity Area"] * n
    elif table.name.strip():
        desig = [table.name.strip()] * n
        notes.append(
            tr(
                "The layer '{layer}' has no designation field (looked for {fields}): its "
                "records are designated '{layer}'. Choose the designation field to say more."
            ).format(layer=table.name, fields=", ".join(DESIG_FIELDS + SITETYPE_FIELDS))
        )
    else:
        raise InputError(
            tr(
                "The layer '{layer}' has no designation field (looked for {fields}): choose "
                "the designation field."
            ).format(layer=table.name, fields=", ".join(DESIG_FIELDS + SITETYPE_FIELDS))
        )
    desig = [d or table.name for d in desig]
    classes = [classify(d, t) for d, t in zip(desig, types)]
    year_col = table.field(*YEAR_FIELDS)
    years = [_year(v) for v in table.column(year_col)] if year_col else [0] * n
    crit_col = table.field(*INT_CRIT_FIELDS)
    crit = [_text(v) for v in table.column(crit_col)] if crit_col else [""] * n
    _check_ids(table, id_col, ids, names, desig)
    return {
        "record_id": ids,
        "name": names,
        "designation": np.array(desig, dtype=object),
        "convention": np.array([c[0] for c in classes], dtype=object),
        "desig_type": np.array([c[1] for c in classes], dtype=object),
        "year": np.array(years, dtype=np.int64),
        "int_crit": np.array(crit, dtype=object),
    }, notes


def _check_ids(table, id_col, ids, names, desig) -> None:
    """Ids repeat only for parcels of one site (same name and designation, as WDPA parcels)."""
    if id_col is None:
        return
    seen: dict[str, tuple[str, str]] = {}
    for i, key in enumerate(ids):
        if not key:
            continue
        here = (names[i], desig[i])
        if key in seen and seen[key] != here:
            raise InputError(
                tr(
                    "The layer '{layer}' has the id {id} more than once in its field "
                    "'{field}' for different sites ('{a}', '{b}'): ids must name one site. "
                    "Fix the ids or choose another layer."
                ).format(layer=table.name, id=key, field=id_col, a=seen[key][0], b=here[0])
            )
        seen.setdefault(key, here)


def common_crs(tables: Sequence[VectorTable]) -> str:
    """The tables' CRS when they share an equal-area one, else LAEA centred on all of them."""
    crss = {t.crs for t in tables}
    if len(crss) == 1:
        (crs,) = crss
        if is_equal_area(crs):
            return crs
    boxes = []
    for t in tables:
        geoms = t.geometry[~shapely.is_missing(t.geometry) & ~shapely.is_empty(t.geometry)]
        if len(geoms):
            box = shapely.box(*shapely.total_bounds(geoms))
            boxes.append(transform(np.array([box]), t.crs, WGS84, t.name)[0])
    if not boxes:
        return laea_for(0.0, 0.0)
    centre = shapely.box(*shapely.total_bounds(np.array(boxes))).centroid
    return laea_for(centre.x, centre.y)


def read_all(
    tables: Sequence[VectorTable],
    *,
    name_field: str | None = None,
    designation_field: str | None = None,
) -> Records:
    """Records of every layer in one equal-area CRS (mixed CRSs reprojected, said in a note)."""
    if not tables:
        raise InputError(tr("Choose at least one site layer."))
    for t in tables:
        require_features(t)
        require_crs(t)
    for wanted, what in ((name_field, tr("name")), (designation_field, tr("designation"))):
        if wanted and not any(t.field(wanted) for t in tables):
            raise InputError(
                tr("The {what} field '{field}' is in none of the site layers ({layers}).").format(
                    what=what, field=wanted, layers=", ".join(t.name for t in tables)
                )
            )
    crs = common_crs(tables)
    notes: list[str] = []
    if len({t.crs for t in tables}) > 1:
        notes.append(
            tr(
                "The site layers have different CRSs ({crss}): all were reprojected to one "
                "equal-area CRS for matching and areas."
            ).format(crss=", ".join(sorted({str(t.crs) for t in tables})))
        )
    parts: dict[str, list] = {}
    geoms, layers = [], []
    for t in tables:
        kinds = shapely.get_type_id(t.geometry)
        present = ~shapely.is_missing(t.geometry) & ~shapely.is_empty(t.geometry)
        bad = present & ~np.isin(kinds, POLYGONAL + POINTS)
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise InputError(
                tr(
                    "The layer '{layer}' has {kind} geometry (feature {fid}): site layers "
                    "need polygons or points."
                ).format(layer=t.name, kind=t.geometry[first].geom_type, fid=t.ids[first])
            )
        values, layer_notes = read_records(
            t,
            name_field=name_field if t.field(name_field or "") else None,
            designation_field=designation_field if t.field(designation_field or "") else None,
        )
        notes.extend(layer_notes)
        for key, col in values.items():
            parts.setdefault(key, []).append(col[present])
        projected = transform(t.geometry[present], t.crs, crs, t.name)
        geoms.append(shapely.make_valid(projected))
        layers.append(np.full(int(present.sum()), t.name, dtype=object))
    geometry = np.concatenate(geoms) if geoms else np.empty(0, dtype=object)
    cols = {k: np.concatenate(v) for k, v in parts.items()}
    # Parcels sharing an id in one layer become one record (the WDPA's multi-part sites).
    layer = np.concatenate(layers)
    key = np.array([f"{a}\x00{b}" for a, b in zip(layer, cols["record_id"])], dtype=object)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    if len(first) < len(key):
        inverse = np.asarray(inverse).ravel()
        merged = geometry[first].copy()
        counts = np.bincount(inverse, minlength=len(first))
        by_group = np.argsort(inverse, kind="stable")
        starts = np.concatenate([[0], np.cumsum(counts)])
        for g in np.flatnonzero(counts > 1):
            merged[g] = shapely.union_all(geometry[by_group[starts[g] : starts[g + 1]]])
        order = np.argsort(first)
        first = first[order]
        geometry = merged[order]
        cols = {k: v[first] for k, v in cols.items()}
        layer = layer[first]
    area = shapely.area(geometry) / 1e6
    return Records(
        layer=layer,
        geometry=geometry,
        area_km2=np.asarray(area, dtype=float),
        crs=crs,
        notes=tuple(notes),
        **cols,
    )


# --------------------------------------------------------------------------- matching


def name_similarity(a: str, b: str) -> float:
    """difflib ratio of two names, case and punctuation ignored (0..1)."""

    def norm(text: str) -> str:
        return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())

    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def _overlap_pairs(geometry: np.ndarray, area: np.ndarray):
    """(i, j, share) for every pair i < j that shares area, or a point inside a polygon
    (share 1). share = area(i & j) / min(area(i), area(j))."""
    tree = shapely.STRtree(geometry)
    left, right = tree.query(geometry, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    if len(left) == 0:
        return left, right, np.zeros(0)
    inter = shapely.area(shapely.intersection(geometry[left], geometry[right]))
    smaller = np.minimum(area[left], area[right]) * 1e6
    point = smaller <= 0
    share = np.where(point, 1.0, inter / np.where(point, 1.0, smaller))
    return left, right, np.clip(share, 0.0, 1.0)


def match_places(
    tables: Sequence[VectorTable],
    *,
    threshold: float = 0.5,
    name_field: str | None = None,
    designation_field: str | None = None,
    flags: str | dict[str, Sequence[str]] | None = None,
) -> Places:
    """The places described by the records of ``tables`` (see the module docstring).

    ``threshold``: overlap share of the smaller record (0-1] above which two records are
    one place. ``flags``: lists the user supplies, e.g. ``"Montreux Record=1402, 2273;
    World Heritage in Danger=Comoé National Park"`` (:func:`parse_flags`), matched against
    record ids and names.
    """
    if not 0 < threshold <= 1:
        raise InputError(
            tr("The overlap threshold must be above 0 and at most 1 (got {value}).").format(
                value=threshold
            )
        )
    r = read_all(tables, name_field=name_field, designation_field=designation_field)
    n = len(r)
    left, right, share = _overlap_pairs(r.geometry, r.area_km2)
    group = np.array([f"{a}\x00{b}" for a, b in zip(r.layer, r.designation)], dtype=object)
    eligible = (group[left] != group[right]) & (share >= threshold)
    # Each record's best candidate in every other group; an edge needs both to choose it.
    best: dict[tuple[int, str], tuple[tuple, int]] = {}
    for a, b, s in zip(left[eligible], right[eligible], share[eligible]):
        a, b = int(a), int(b)
        inter = s * min(r.area_km2[a], r.area_km2[b])
        score = (round(float(s), 2), name_similarity(r.name[a], r.name[b]), inter)
        for me, other in ((a, b), (b, a)):
            key = (me, group[other])
            if key not in best or score > best[key][0]:
                best[key] = (score, other)
    edges = [
        (a, b)
        for (a, other_group), (_, b) in best.items()
        if best.get((b, group[a]), (None, -1))[1] == a and a < b
    ]
    rows = np.array([e[0] for e in edges], dtype=np.int64)
    cols = np.array([e[1] for e in edges], dtype=np.int64)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    # Places numbered in record order (first layer first).
    _, first = np.unique(label, return_index=True)
    order = np.argsort(first)
    renumber = np.empty(len(order), dtype=np.int64)
    renumber[order] = np.arange(len(order))
    label = renumber[label]
    members = [np.flatnonzero(label == k) for k in range(len(order))]
    geometry = np.empty(len(members), dtype=object)
    for k, m in enumerate(members):
        geometry[k] = shapely.union_all(r.geometry[m])
    area = np.asarray(shapely.area(geometry), dtype=float) / 1e6
    shares = []
    for k, m in enumerate(members):
        if area[k] > 0:
            inter = shapely.area(shapely.intersection(r.geometry[m], geometry[k])) / 1e6
            shares.append(np.clip(inter / area[k], 0.0, 1.0))
        else:
            shares.append(np.ones(len(m)))
    overlaps = _partial_overlaps(r, label, geometry, area)
    flag_lists = parse_flags(flags) if isinstance(flags, str) else dict(flags or {})
    place_flags = [_flags_of(r, m, flag_lists) for m in members]
    return Places(r, members, geometry, area, shares, overlaps, place_flags, threshold=threshold)


def _partial_overlaps(r: Records, label, geometry, area) -> list[list[tuple[int, float]]]:
    """Per place: records of other places that overlap it, with area(r & place) /
    min(area(r), area(place)) (points inside: 1)."""
    out: list[list[tuple[int, float]]] = [[] for _ in range(len(geometry))]
    if len(geometry) == 0:
        return out
    tree = shapely.STRtree(geometry)
    rec, place = tree.query(r.geometry, predicate="intersects")
    foreign = label[rec] != place
    rec, place = rec[foreign], place[foreign]
    if len(rec) == 0:
        return out
    inter = shapely.area(shapely.intersection(r.geometry[rec], geometry[place])) / 1e6
    smaller = np.minimum(r.area_km2[rec], area[place])
    share = np.where(smaller > 0, inter / np.where(smaller > 0, smaller, 1.0), 1.0)
    for i, k, s in zip(rec, place, share):
        if s > 0.0005:
            out[int(k)].append((int(i), float(min(s, 1.0))))
    for items in out:
        items.sort(key=lambda item: -item[1])
    return out


def parse_flags(text: str | None) -> dict[str, list[str]]:
    """``"Montreux Record=1402, 2273; World Heritage in Danger=Comoé"`` -> {flag: [ids or
    names]}. A list item matches a record's id or its name (case ignored)."""
    out: dict[str, list[str]] = {}
    if not text or not text.strip():
        return out
    for chunk in re.split(r"[;\n]+", text):
        if not chunk.strip():
            continue
        flag, sep, items = chunk.partition("=")
        if not sep or not flag.strip():
            raise InputError(
                tr(
                    "The flag list '{text}' is not 'flag=id, id': write e.g. "
                    "'Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park'."
                ).format(text=chunk.strip())
            )
        out.setdefault(flag.strip(), []).extend(
            item.strip() for item in items.split(",") if item.strip()
        )
    return out


def _flags_of(r: Records, rows: np.ndarray, flags: dict[str, Sequence[str]]) -> list[str]:
    found = []
    for flag, items in flags.items():
        wanted = {str(item).strip().lower() for item in items}
        for i in rows:
            if str(r.record_id[i]).lower() in wanted or str(r.name[i]).lower() in wanted:
                found.append(flag)
                break
    return found


# --------------------------------------------------------------------------- network role


def _in_crs(table: VectorTable, crs: str) -> np.ndarray:
    require_crs(table)
    geoms = table.geometry
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    out = np.full(len(geoms), None, dtype=object)
    out[present] = shapely.make_valid(transform(geoms[present], table.crs, crs, table.name))
    return out


def _touching(places: Places, geoms: np.ndarray):
    """(place, feature, share of the smaller) for every feature overlapping a place."""
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if len(present) == 0 or len(places) == 0:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    tree = shapely.STRtree(geoms[present])
    place, feat = tree.query(places.geometry, predicate="intersects")
    feat = present[feat]
    inter = shapely.area(shapely.intersection(places.geometry[place], geoms[feat]))
    a = shapely.area(geoms[feat])
    smaller = np.minimum(a, places.area_km2[place] * 1e6)
    share = np.where(smaller > 0, inter / np.where(smaller > 0, smaller, 1.0), 1.0)
    return place, feat, share


def add_roles(
    places: Places,
    *,
    plan: VectorTable | None = None,
    features: VectorTable | None = None,
    dpc: VectorTable | None = None,
    stopovers: VectorTable | None = None,
    tfca: VectorTable | None = None,
) -> Places:
    """The places with their role in the network, from the optional outputs of other steps.

    - ``plan``: planning units with ``selected`` and ``locked_in`` (Plan the network) ->
      ``network_share`` (share of the place in chosen units), ``locked_share`` and
      ``network_status`` ("locked in" / "selected" / "partly selected" / "not selected",
      at the matching threshold);
    - ``features``: species ranges (``species``/``binomial``/``sci_name``, ``seasonal``) ->
      ``species_seasons`` held and ``n_species``;
    - ``dpc``: sites with a ``dPC`` field (Connectivity indices) -> ``dpc_max`` of the sites
      that are this place (overlap above the threshold);
    - ``stopovers``: flyway sites with ``critical`` (Flyway network) -> ``critical_stopover``;
    - ``tfca``: TFCA candidates (``tfca_id``) -> ``tfca_ids`` the place belongs to.
    """
    roles = dict(places.roles)
    n = len(places)
    crs = places.crs
    t = places.threshold
    if plan is not None:
        if plan.field("selected") is None:
            raise InputError(
                tr(
                    "The planning units layer '{layer}' has no field 'selected': choose the "
                    "planning_units layer a plan wrote."
                ).format(layer=plan.name)
            )
        geoms = _in_crs(plan, crs)
        locked = flag_column(plan, "locked_in")
        chosen = flag_column(plan, "selected") | locked
        net, lock = np.zeros(n), np.zeros(n)
        for mask, target in ((chosen, net), (locked, lock)):
            parts = geoms[mask & ~shapely.is_missing(geoms)]
            if len(parts) == 0:
                continue
            union = shapely.union_all(parts)
            inter = shapely.area(shapely.intersection(places.geometry, union)) / 1e6
            target[:] = np.where(places.area_km2 > 0, inter / np.maximum(places.area_km2, 1e-12), 0)
            points = places.area_km2 <= 0
            target[points] = shapely.intersects(places.geometry[points], union).astype(float)
        status = np.where(
            lock >= t,
            tr("locked in"),
            np.where(
                net >= t,
                tr("selected"),
                np.where(net > 0.0005, tr("partly selected"), tr("not selected")),
            ),
        )
        roles["network_share"] = np.round(np.clip(net, 0, 1), 4)
        roles["locked_share"] = np.round(np.clip(lock, 0, 1), 4)
        roles["network_status"] = status.astype(object)
    if features is not None:
        from .ranges import SEASON_LABELS

        sp = features.field("species", "binomial", "sci_name", "scientific_name", "SCINAME")
        if sp is None:
            raise InputError(
                tr(
                    "The species ranges layer '{layer}' has no species field (looked for "
                    "species, binomial, sci_name, scientific_name, SCINAME)."
                ).format(layer=features.name)
            )
        season_col = features.field("seasonal", "season")
        species = [_text(v) for v in features.column(sp)]
        seasons = (
            [_season(v, SEASON_LABELS) for v in features.column(season_col)]
            if season_col
            else [""] * len(features)
        )
        place, feat, share = _touching(places, _in_crs(features, crs))
        held: list[list[str]] = [[] for _ in range(n)]
        names: list[set] = [set() for _ in range(n)]
        for k, f, s in zip(place, feat, share):
            if s <= 0:
                continue
            label = f"{species[f]} ({seasons[f]})" if seasons[f] else species[f]
            if label not in held[k]:
                held[k].append(label)
                names[k].add(species[f])
        roles["species_seasons"] = np.array(["; ".join(sorted(h)) for h in held], dtype=object)
        roles["n_species"] = np.array([len(s) for s in names], dtype=np.int64)
    if dpc is not None:
        col = dpc.field("dPC")
        if col is None:
            raise InputError(
                tr(
                    "The layer '{layer}' has no field 'dPC': choose the sites layer that "
                    "Connectivity indices wrote with site importance."
                ).format(layer=dpc.name)
            )
        values = np.array(
            [float(v) if v is not None else np.nan for v in dpc.column(col)], dtype=float
        )
        best = np.full(n, np.nan)
        place, feat, share = _touching(places, _in_crs(dpc, crs))
        for k, f, s in zip(place, feat, share):
            if s >= t and np.isfinite(values[f]):
                best[k] = values[f] if np.isnan(best[k]) else max(best[k], values[f])
        roles["dpc_max"] = np.round(best, 4)
    if stopovers is not None:
        critical = flag_column(stopovers, "critical")
        place, feat, share = _touching(places, _in_crs(stopovers, crs))
        hit = np.zeros(n, dtype=np.int64)
        for k, f, s in zip(place, feat, share):
            if critical[f] and s >= t:
                hit[k] = 1
        roles["critical_stopover"] = hit
    if tfca is not None:
        col = tfca.field("tfca_id")
        ids = [_text(v) for v in tfca.column(col)] if col else [str(i) for i in tfca.ids]
        place, feat, share = _touching(places, _in_crs(tfca, crs))
        found: list[list[str]] = [[] for _ in range(n)]
        for k, f, s in zip(place, feat, share):
            if s >= t and ids[f] not in found[k]:
                found[k].append(ids[f])
        roles["tfca_ids"] = np.array(
            [", ".join(sorted(f, key=_natural)) for f in found], dtype=object
        )
    return Places(
        places.records,
        places.members,
        places.geometry,
        places.area_km2,
        places.shares,
        places.overlaps,
        places.flags,
        roles,
        places.threshold,
    )


def _natural(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def _season(value: object, labels: dict[int, str]) -> str:
    text = _text(value)
    if text.isdigit():
        return labels.get(int(text), text)
    return text


# --------------------------------------------------------------------------- table


#: Columns of :func:`places_rows`, in order.
ROW_COLUMNS = (
    "place_id",
    "place_name",
    "designation",
    "convention",
    "designation_type",
    "year",
    "source_layer",
    "record_id",
    "record_name",
    "area_km2",
    "share_of_place",
)


def places_rows(places: Places) -> list[dict[str, object]]:
    """One row per place and designation record, for a ``places.csv`` beside the report.

    Columns (:data:`ROW_COLUMNS`): ``place_id`` (as in the place layer), ``place_name``,
    ``designation`` (as the source writes it), ``convention`` (readable convention or
    instrument), ``designation_type`` (International / Regional / National / Not Applicable,
    as the WDPA's DESIG_TYPE), ``year`` (None when unknown), ``source_layer``, ``record_id``
    (WDPAID, SITECODE, ramsar_id ... or the feature id), ``record_name``, ``area_km2`` (the
    record's own area, equal-area CRS) and ``share_of_place`` (0-1: the share of the place's
    area the record covers).
    """
    r = places.records
    columns = places.columns()
    rows: list[dict[str, object]] = []
    for k, members in enumerate(places.members):
        for i, share in zip(members, places.shares[k]):
            rows.append(
                {
                    "place_id": k + 1,
                    "place_name": columns["name"][k],
                    "designation": r.designation[i],
                    "convention": convention_label(r.convention[i]),
                    "designation_type": r.desig_type[i],
                    "year": int(r.year[i]) if r.year[i] > 0 else None,
                    "source_layer": r.layer[i],
                    "record_id": r.record_id[i],
                    "record_name": r.name[i],
                    "area_km2": round(float(r.area_km2[i]), 3),
                    "share_of_place": round(float(share), 4),
                }
            )
    return rows


def summary_line(places: Places) -> str:
    """One line for the log: records, places, places with several designations."""
    multi = sum(1 for m in places.members if len({places.records.designation[i] for i in m}) > 1)
    partial = sum(1 for o in places.overlaps if o)
    return tr(
        "{records} site record(s) -> {places} place(s); {multi} with two or more "
        "designations, {partial} with partial overlaps."
    ).format(records=len(places.records), places=len(places), multi=multi, partial=partial)


def places_of_run(result, *, threshold: float = 0.5) -> Places | None:
    """The protected areas of a run as places, with their role in its plan.

    What the package writes (``places.csv``, the ``places`` layer, the report's section).
    Records keep the layer they came from when the sites carry it (the prepared sites'
    ``source``), so a Ramsar list and the WDPA's Ramsar records still meet. None when the
    run has no protected areas.
    """
    sites = result.data.protected_areas
    if sites is None or len(sites) == 0:
        return None
    crs = result.study_area.crs
    columns = sites.columns()
    geometry = np.asarray(sites.geometry, dtype=object)
    source = columns.get("source")
    tables = []
    if source is None:
        tables.append(VectorTable(tr("protected areas"), columns, geometry, crs))
    else:
        source = np.asarray(source, dtype=object).astype(str)
        for name in dict.fromkeys(source.tolist()):
            keep = source == name
            part = {k: np.asarray(v)[keep] for k, v in columns.items()}
            tables.append(VectorTable(name, part, geometry[keep], crs))
    places = match_places(tables, threshold=threshold)
    units = result.units
    plan = VectorTable(
        tr("planning units"),
        {"selected": np.asarray(result.solution.selected), "locked_in": units.locked_in},
        units.geometry,
        crs,
    )
    feats = result.features
    features = VectorTable(
        tr("species ranges"),
        {"species": feats.species, "seasonal": feats.season},
        feats.geometry,
        crs,
    )
    tfca = None
    if len(result.tfca):
        tfca = VectorTable(
            tr("TFCA candidates"), {"tfca_id": result.tfca.tfca_id}, result.tfca.geometry, crs
        )
    return add_roles(places, plan=plan, features=features, tfca=tfca)


def places_csv_text(places: Places) -> str:
    """``places.csv``: :func:`places_rows` with a header (machine numbers, UTF-8)."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ROW_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in places_rows(places):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()
