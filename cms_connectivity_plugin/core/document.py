"""An editable reporting pack: one Word document (.docx) with the map, the summary tables and
a short methods text, for a CMS focal point to attach to the CMS national report and reuse
for the Ramsar and CBD reports.

Why a .docx: focal points edit, translate and paste into their national templates, which a
PDF or an HTML page does not allow; Word and LibreOffice Writer both open it. It is written
with python-docx (lxml only), imported when a document is asked for, so the plugin loads
without it.

The tables are the report's own (:func:`.report.report_tables`): the same machine strings,
shown for the reader by the same functions as the HTML page, so the document, the HTML and
the CSV files cannot disagree. Labels follow InforMEA's terms where one exists ("Protected
Connected (ProtConn)" as in the DaRT indicator list, "transfrontier conservation area",
"migratory species", "ecological connectivity").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .atomic import atomic_path
from .credits import credits_text, training_notice
from .errors import InputError
from .i18n import date_text, language, localized, number, number_text, tr
from .methods import report_methods, unit_size
from .report import (
    Table,
    _country_label,
    _country_list,
    gbf3_table,
    report_tables,
)

__all__ = [
    "DocSection",
    "report_document_sections",
    "report_methods",
    "write_report_docx",
    "write_run_document",
]

#: A4 portrait, 2 cm margins: the usable width the map and tables are fitted to.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_MM = 20.0
#: The map never takes more than this height, so its caption stays on the same page.
MAP_MAX_HEIGHT_MM = 190.0
TABLE_STYLE = "Light Grid Accent 1"
#: Language tags Word and LibreOffice use for spelling and hyphenation.
LANGUAGE_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
#: The TFCA candidate columns a reader compares (the rest is in the GeoPackage).
TFCA_COLUMNS = (
    "rank",
    "countries",
    "area_km2",
    "protected_share",
    "n_species",
    "n_transboundary",
    "score",
)
_MACHINE_NUMBER = re.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class DocSection:
    """One heading of the document: a short text, a table of reader strings, a note.

    ``numeric`` says per column whether it holds numbers (right-aligned, as in the HTML).
    """

    heading: str
    intro: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    note: str = ""
    numeric: tuple[bool, ...] = field(default=())


# --------------------------------------------------------------------------------------------
# From a run to sections (the report's tables, shown as the HTML shows them)
# --------------------------------------------------------------------------------------------


def _section(
    table: Table,
    columns: Sequence[str] | None = None,
    *,
    heading: str | None = None,
    intro: str = "",
    note: str = "",
) -> DocSection:
    """A report table as the reader sees it: the HTML's columns (or ``columns``, by CSV
    name), each cell through the table's own ``show``."""
    shown = table.shown()
    if columns is not None:
        wanted = [table.header.index(name) for name in columns if name in table.header]
        how = dict(shown)
        shown = [(k, how[k]) for k in wanted if k in how]
    numeric = tuple(
        bool(table.rows) and all(_MACHINE_NUMBER.fullmatch(row[k]) for row in table.rows if row[k])
        for k, _ in shown
    )
    return DocSection(
        heading=heading or table.title,
        intro=intro,
        header=tuple(table.labels[k] for k, _ in shown),
        rows=tuple(tuple(show(row[k]) for k, show in shown) for row in table.rows),
        note=note,
        numeric=numeric,
    )


def _key_figures(result, tables: dict[str, Table]) -> DocSection:
    """The few numbers a national report quotes, read off the report's tables and summary."""
    summary = result.summary()
    seasons = tables["seasons"].rows
    met_before = sum(int(row[2]) for row in seasons)
    met_after = sum(int(row[3]) for row in seasons)
    targets = sum(int(row[1]) for row in seasons)
    species = tables["species"].rows
    covered_before = sum(row[3] == "yes" for row in species)
    covered_after = sum(row[6] == "yes" for row in species)
    km2 = tr("{area} km²")
    of = tr("{met} of {total}")
    rows = [
        (tr("Countries"), _country_list(result.scenario.countries)),
        (tr("Study area"), km2.format(area=number(summary["study_area_km2"]))),
        (
            tr("Planning units"),
            localized(
                tr("{units} units of about {size:,.0f} km²"),
                units=number(summary["units"]),
                size=unit_size(result),
            ),
        ),
        (tr("Migratory species"), number(len(species))),
        (
            tr("Species-season targets met by existing protected areas"),
            of.format(met=number(met_before), total=number(targets)),
        ),
        (
            tr("Species-season targets met with the plan"),
            of.format(met=number(met_after), total=number(targets)),
        ),
        (
            tr("Species covered in every season, existing protected areas"),
            of.format(met=number(covered_before), total=number(len(species))),
        ),
        (
            tr("Species covered in every season, with the plan"),
            of.format(met=number(covered_after), total=number(len(species))),
        ),
        (
            tr("Protected area network with the plan"),
            localized(
                tr("{area} km² ({percent:.1f}% of the study area)"),
                area=number(summary["selected_km2"]),
                percent=summary["selected_percent"],
            ),
        ),
        (
            tr("Transfrontier conservation area (TFCA) candidates"),
            number(len(tables["tfca"].rows)),
        ),
    ]
    return DocSection(
        heading=tr("Key figures"),
        intro=tr(
            "'Existing protected areas' means the planning units already protected; "
            "'with the plan' adds the units the plan selects."
        ),
        header=(tr("Indicator"), tr("Value")),
        rows=tuple(rows),
        numeric=(False, False),
    )


def _country_section(result, tables: dict[str, Table]) -> DocSection:
    """Protected and Protected Connected land per country before and after the plan.

    The HTML report's summary table (:func:`.report.gbf3_table`), in the reader's numbers.
    """
    table = gbf3_table(result, tables)
    rows = [
        (_country_label(row[0]), *(number_text(v) if v else "–" for v in row[1:]))
        for row in table.rows
    ]
    note = tr(
        "Protected: share of the country covered by protected areas (before) or by the "
        "network (with the plan). Protected Connected (ProtConn): the part of it that is "
        "also connected, at the median dispersal distance of the run (Saura et al. 2017)."
    )
    if not tables["protconn"].rows:
        note = tr("ProtConn was not computed for this run.")
    return DocSection(
        heading=table.title,
        header=table.labels,
        rows=tuple(rows),
        note=note,
        numeric=(False, True, True, True, True, True),
    )


def report_document_sections(result, tables: dict[str, Table] | None = None) -> list[DocSection]:
    """The document's sections for a run: key figures, per country, targets, species and
    seasons, TFCA candidates, read off :func:`.report.report_tables` (``tables``: already
    built ones, to avoid computing them twice)."""
    if tables is None:
        tables = report_tables(result, result.protconn)
    sections = [_key_figures(result, tables), _country_section(result, tables)]
    sections.append(
        _section(
            tables["targets"],
            note=tr(
                "A target is met when the network holds at least the target amount of the range."
            ),
        )
    )
    sections.append(
        _section(
            tables["species"],
            note=tr(
                "A migratory species is adequately covered only when every season of its annual "
                "cycle meets its target (Runge et al. 2015): the weakest season decides."
            ),
        )
    )
    sections.append(_section(tables["seasons"]))
    tfca = tables["tfca"]
    sections.append(
        _section(
            tfca,
            TFCA_COLUMNS,
            intro=tr(
                "Clusters of the network that span two or more countries, where neighbours "
                "could manage migratory species together; rank 1 is the highest score."
            ),
            note="" if tfca.rows else tr("No cluster of the network spans two countries."),
        )
    )
    if "places" in tables:  # one site, all its designations: for CMS, Ramsar and CBD alike
        places, listed = _places_shown(tables["places"])
        sections.append(
            _section(
                listed,
                intro=tr(
                    "Each place is one real site with all its designations, so that the CMS, "
                    "Ramsar and CBD reports speak of the same places; places.csv lists every "
                    "designation."
                ),
                note=localized(
                    tr(
                        "{shown} of {total} places: those with two or more designations or in "
                        "a TFCA candidate, largest first (at most {most}); places.csv and the "
                        "places layer hold them all."
                    ),
                    shown=len(listed.rows),
                    total=len(places.rows),
                    most=PLACES_SHOWN,
                )
                if len(listed.rows) < len(places.rows)
                else "",
            )
        )
    return sections


#: Places listed in the document at most: a country's WDPA holds thousands.
PLACES_SHOWN = 60


def _places_shown(table: Table) -> tuple[Table, Table]:
    """(all places, the ones the document lists): several designations or in a TFCA
    candidate, largest first, at most :data:`PLACES_SHOWN`."""
    col = {name: k for k, name in enumerate(table.header)}
    rows = [
        row
        for row in table.rows
        if "; " in row[col["designations"]] or row[col["tfca_ids"]].strip()
    ]
    rows.sort(key=lambda row: -float(row[col["area_km2"]] or 0.0))
    return table, replace(table, rows=rows[:PLACES_SHOWN])


# --------------------------------------------------------------------------------------------
# The .docx file
# --------------------------------------------------------------------------------------------


def docx_missing() -> str:
    """What to do when python-docx is not installed (the error, and the package's warning)."""
    return tr(
        "Writing a Word document needs the python-docx package: install it with "
        "'pip install python-docx' in the Python of QGIS."
    )


def _docx():
    """python-docx, or a clear message saying how to get it."""
    try:
        import docx
    except ImportError:
        raise InputError(docx_missing()) from None
    return docx


def _set_language(document, tag: str) -> None:
    """The document's language, for spelling and hyphenation in Word and Writer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document.core_properties.language = tag
    defaults = document.styles.element.find(qn("w:docDefaults"))
    targets = [document.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None:
        r_pr_default = defaults.find(qn("w:rPrDefault"))
        if r_pr_default is not None and r_pr_default.find(qn("w:rPr")) is not None:
            targets.append(r_pr_default.find(qn("w:rPr")))
    for r_pr in targets:
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        lang.set(qn("w:val"), tag)


def _styles(document) -> None:
    """Readable defaults: a sans-serif body, small table text and notes as styles a user can
    change once for the whole document."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(8)
    table_text.paragraph_format.space_after = Pt(0)
    note = styles.add_style("Table Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(8.5)
    note.font.italic = True
    note.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    note.paragraph_format.space_before = Pt(3)
    for name in ("Heading 1", "Heading 2", "Title"):
        styles[name].font.name = "Arial"


def _page(document) -> None:
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))


def _page_field(paragraph) -> None:
    """A PAGE field: the page number, kept up to date by Word and Writer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _footer(document, title: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(f"{title} – ")
    run.font.size = Pt(8)
    _page_field(paragraph)


def _png_size(path: Path) -> tuple[int, int]:
    """Pixel width and height of a picture, as python-docx reads them."""
    from docx.image.image import Image

    image = Image.from_file(str(path))
    return image.px_width, image.px_height


def _map(document, map_png: Path, caption: str) -> None:
    """The map at the page's width (lower if that would make it too tall), then its caption."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.image.exceptions import UnrecognizedImageError
    from docx.shared import Mm

    width_mm = PAGE_WIDTH_MM - 2 * MARGIN_MM
    try:
        px_width, px_height = _png_size(map_png)
    except UnrecognizedImageError:
        raise InputError(
            tr("The map picture '{path}' is not a PNG or JPEG image.").format(path=map_png)
        ) from None
    if px_width > 0 and width_mm * px_height / px_width > MAP_MAX_HEIGHT_MM:
        width_mm = MAP_MAX_HEIGHT_MM * px_width / px_height
    document.add_picture(str(map_png), width=Mm(width_mm))
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.paragraphs[-1].paragraph_format.keep_with_next = True
    document.add_paragraph(caption, style="Caption")


def _repeat_header(row) -> None:
    """The header row repeats at the top of every page a long table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


#: An average character of the tables' 8 pt Arial, and a cell's left and right margins (mm).
_CHAR_MM = 1.7
_PAD_MM = 3.0


def _widths(section: DocSection, total_mm: float) -> list[float]:
    """Column widths (mm): a number never wraps (its column is as wide as its longest
    value), a text column is at least as wide as its longest word, and the room left goes
    to the columns whose texts would otherwise wrap, in proportion to what they lack."""
    n = len(section.header)
    numeric = section.numeric or (False,) * n
    need, want = [], []
    for k, label in enumerate(section.header):
        cells = [row[k] for row in section.rows]
        header_word = max((len(w) for w in label.split()), default=1)
        longest = max((len(c) for c in cells), default=1)
        if numeric[k]:
            low = max(header_word, longest)
        else:
            # Texts may wrap at spaces and after hyphens ("non-|reproduction").
            parts = (p for c in cells for w in c.split() for p in w.replace("-", "- ").split())
            low = max([header_word, *(len(p) for p in parts)])
        # Headers are bold: their letters run about an eighth wider.
        need.append(max(low, 1.15 * header_word) * _CHAR_MM + _PAD_MM)
        want.append(max(low, min(max(longest, len(label) // 2), 60)) * _CHAR_MM + _PAD_MM)
    if sum(need) >= total_mm:  # too many columns: texts give way first, numbers last
        text = [m for m, is_number in zip(need, numeric) if not is_number]
        cut = min(sum(need) - total_mm, 0.4 * sum(text))
        need = [m if is_number else m - cut * m / sum(text) for m, is_number in zip(need, numeric)]
        if sum(need) > total_mm:
            return [w * total_mm / sum(need) for w in need]
    extra = total_mm - sum(need)
    room = [w - m for w, m in zip(want, need)]
    if sum(room) >= extra:
        return [m + extra * r / sum(room) for m, r in zip(need, room)]
    spare = extra - sum(room)
    return [w + spare * w / sum(want) for w in want]


def _table(document, section: DocSection) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    table = document.add_table(rows=1 + len(section.rows), cols=len(section.header))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    numeric = section.numeric or (False,) * len(section.header)
    widths = _widths(section, PAGE_WIDTH_MM - 2 * MARGIN_MM)
    for k, width in enumerate(widths):
        table.columns[k].width = Mm(width)
    for r, cells in enumerate([section.header, *section.rows]):
        row = table.rows[r]
        for k, text in enumerate(cells):
            cell = row.cells[k]
            cell.width = Mm(widths[k])  # Word reads the cell's width, Writer the grid's
            paragraph = cell.paragraphs[0]
            paragraph.style = document.styles["Table Text"]
            run = paragraph.add_run(text)
            if r == 0:
                run.bold = True
            elif numeric[k]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _repeat_header(table.rows[0])


def write_report_docx(
    path: str | Path,
    *,
    title: str,
    subtitle: str,
    map_png: Path | None,
    sections: Sequence[DocSection],
    methods: str,
    credits: str,
    language: str,
    notice: str = "",
    map_caption: str | None = None,
) -> Path:
    """Write the document (A4, the map, one heading and table per section, the methods, the
    credits) and replace ``path`` with it in one step: a failure leaves the old file as it
    was. ``language`` ("en", "fr", "es") tags the text for spelling; the strings given are
    already in that language. ``notice`` (e.g. simulated data) stands out under the title."""
    docx = _docx()
    from docx.shared import Pt, RGBColor

    path = Path(path)
    if map_png is not None and not Path(map_png).is_file():
        raise InputError(tr("The map picture '{path}' does not exist.").format(path=map_png))
    document = docx.Document()
    _page(document)
    _styles(document)
    tag = LANGUAGE_TAGS.get(language, LANGUAGE_TAGS["en"])  # "c" (POSIX) reads as English
    _set_language(document, tag)
    props = document.core_properties
    props.title, props.subject = title, subtitle
    props.author = "CMS Connectivity Planner"
    props.keywords = "CMS; migratory species; ecological connectivity; protected areas; TFCA"

    document.add_paragraph(title, style="Title")
    if subtitle:
        document.add_paragraph(subtitle, style="Subtitle")
    if notice:
        run = document.add_paragraph().add_run(notice)
        run.bold = True
        run.font.color.rgb = RGBColor(0xB2, 0x1A, 0x00)
    if map_png is not None:
        caption = map_caption or tr(
            "Figure 1. The protected area network with the plan and the transfrontier "
            "conservation area (TFCA) candidates."
        )
        _map(document, Path(map_png), caption)
    for section in sections:
        heading = document.add_heading(section.heading, level=1)
        heading.paragraph_format.keep_with_next = True
        if section.intro:
            document.add_paragraph(section.intro).paragraph_format.keep_with_next = True
        if section.header:
            _table(document, section)
        if section.note:
            document.add_paragraph(section.note, style="Table Note")
    document.add_heading(tr("Methods"), level=1)
    for paragraph in (p.strip() for p in methods.split("\n\n")):
        if paragraph:
            document.add_paragraph(paragraph)
    document.add_heading(tr("Data sources and credits"), level=1)
    credit = document.add_paragraph(credits)
    for run in credit.runs:
        run.font.size = Pt(9)
    _footer(document, title)
    with atomic_path(path) as temporary:
        document.save(str(temporary))
    return path


def write_run_document(
    result, path: str | Path, *, map_png: Path | None = None, title: str | None = None
) -> Path:
    """The reporting pack of a run, in the reader's language: :func:`write_report_docx` fed
    with :func:`report_document_sections`, :func:`report_methods` and the run's credits."""
    countries = _country_list(result.scenario.countries)
    if title is None:
        title = result.scenario.title or tr("Conservation plan for {countries}").format(
            countries=countries
        )
    subtitle = tr(
        "Ecological connectivity for migratory species: a contribution to the CMS national "
        "report ({date})"
    ).format(date=date_text(_dt.date.today()))
    credits = credits_text(
        result.scenario, getattr(result.scenario, "borders", ""), result.source_notes
    )
    return write_report_docx(
        path,
        title=title,
        subtitle=subtitle,
        map_png=map_png,
        sections=report_document_sections(result),
        methods=report_methods(result),
        credits=tr("Made with CMS Connectivity Planner. {sources}").format(sources=credits),
        language=language(),
        notice=training_notice(result.scenario),
    )
