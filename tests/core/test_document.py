"""The Word reporting pack: read back with python-docx, its tables hold the report's numbers
(in the reader's separators), the map is embedded at the page's width, and the file is
replaced in one step (a failed write leaves the old file and no leftovers)."""

from __future__ import annotations

import re
import struct
import zlib

import pytest

docx = pytest.importorskip("docx")

from docx.document import Document as DocxDocument  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm  # noqa: E402
from docx.table import Table  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402

from cms_connectivity_plugin.core import i18n  # noqa: E402
from cms_connectivity_plugin.core.document import (  # noqa: E402
    MAP_MAX_HEIGHT_MM,
    MARGIN_MM,
    PAGE_WIDTH_MM,
    DocSection,
    report_document_sections,
    report_methods,
    write_report_docx,
    write_run_document,
)
from cms_connectivity_plugin.core.errors import InputError  # noqa: E402
from cms_connectivity_plugin.core.pipeline import run_scenario  # noqa: E402
from cms_connectivity_plugin.core.report import national_summary, report_tables  # noqa: E402
from cms_connectivity_plugin.core.scenario import Scenario  # noqa: E402

from .fixtures import two_countries  # noqa: E402

FRENCH = ("fr", ",", "\u202f")


def _png(width: int, height: int) -> bytes:
    """A valid grey RGB PNG of the given size, without any imaging library."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def result():
    scenario = Scenario(
        countries=("AAA", "BBB"),
        n_species=4,
        seed=5,
        hex_area_km2=800.0,
        blm=0.2,
        time_limit_s=60,
        title="Two countries test",
    )
    return run_scenario(scenario, two_countries())


@pytest.fixture
def wide_map(tmp_path):
    path = tmp_path / "map.png"
    path.write_bytes(_png(40, 30))
    return path


@pytest.fixture
def french():
    i18n.set_locale(*FRENCH)
    yield
    i18n.set_locale()
    i18n.set_translator(None)


def _headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def _table(document, heading: str) -> list[list[str]]:
    """Cells of the table right after the Heading 1 ``heading`` (header row first)."""
    body = list(document.element.body.iterchildren())
    for k, element in enumerate(body):
        if element.tag == qn("w:p") and Paragraph(element, document).text == heading:
            following = next(e for e in body[k + 1 :] if e.tag == qn("w:tbl"))
            table = Table(following, document)
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no heading {heading!r}")


def _machine(text: str, decimal: str, group: str) -> float:
    return float(text.replace(group, "").replace(decimal, "."))


def test_english_document_holds_the_reports_tables_and_the_map(result, wide_map, tmp_path):
    path = write_run_document(result, tmp_path / "pack.docx", map_png=wide_map)
    document = docx.Document(str(path))
    tables = report_tables(result, result.protconn)
    assert _headings(document) == [
        "Key figures",
        "GBF Target 3 per country",
        tables["targets"].title,
        tables["species"].title,
        tables["seasons"].title,
        tables["tfca"].title,
        "Methods",
        "Data sources and credits",
    ]
    assert document.paragraphs[0].text == "Two countries test"
    assert document.core_properties.language == "en-GB"
    # The map at the text width of an A4 page, with its caption.
    assert len(document.inline_shapes) == 1
    assert document.inline_shapes[0].width == pytest.approx(Mm(PAGE_WIDTH_MM - 2 * MARGIN_MM), 2)
    assert any(p.style.name == "Caption" for p in document.paragraphs)
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297

    study = national_summary(result, result.protconn)["study_area"]
    figures = dict(_table(document, "Key figures")[1:])
    met = f"{study['targets_met_after']} of {study['targets']}"
    assert figures["Species-season targets met with the plan"] == met
    assert figures["Species-season targets met by existing protected areas"] == (
        f"{study['targets_met_before']} of {study['targets']}"
    )
    assert figures["Transfrontier conservation area (TFCA) candidates"] == str(len(result.tfca))

    targets = _table(document, tables["targets"].title)
    assert len(targets) == 1 + len(result.features)
    for row, machine in zip(targets[1:], tables["targets"].rows):
        assert row[0] == machine[1]  # species
        assert _machine(row[2], ".", ",") == float(machine[3])  # target km2
        assert _machine(row[7], ".", ",") == float(machine[8])  # % of target after
    tfca = _table(document, tables["tfca"].title)
    assert tfca[0][:3] == ["Rank", "Countries", "Area (km²)"]
    assert [row[0] for row in tfca[1:]] == [str(k) for k in range(1, len(result.tfca) + 1)]

    countries = _table(document, "GBF Target 3 per country")
    protconn = {row[0]: row for row in tables["protconn"].rows}
    aaa = next(row for row in countries[1:] if row[0] == "AAA")
    assert float(aaa[1]) == round(float(protconn["Prot AAA"][1]), 1)
    assert float(aaa[3]) == round(float(protconn["Prot AAA"][2]), 1)

    text = "\n".join(p.text for p in document.paragraphs)
    assert "HiGHS" in text and "ProtConn" in text and "TFCA" in text
    assert "SIMULATED DATA" in text  # simulated inputs say so under the title
    footer = document.sections[0].footer.paragraphs[0]
    assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"


def test_tables_repeat_their_header_and_use_a_built_in_style(result, tmp_path):
    path = write_run_document(result, tmp_path / "pack.docx")
    document = docx.Document(str(path))
    assert len(document.inline_shapes) == 0  # no map given, none embedded
    assert document.tables and all(t.style.name == "Light Grid Accent 1" for t in document.tables)
    for table in document.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_french_document_uses_the_decimal_comma_and_translations(result, wide_map, french):
    i18n.set_translator(
        lambda context, text: {"Methods": "Méthodes", "Key figures": "Chiffres clés"}.get(
            text, text
        )
    )
    path = write_run_document(result, wide_map.with_name("dossier.docx"), map_png=wide_map)
    document = docx.Document(str(path))
    assert document.core_properties.language == "fr-FR"
    headings = _headings(document)
    assert "Chiffres clés" in headings and "Méthodes" in headings

    figures = dict(_table(document, "Chiffres clés")[1:])
    network = figures["Protected area network with the plan"]
    assert re.fullmatch(r"\d{1,3}(\u202f\d{3})* km² \(\d+,\d% of the study area\)", network)
    assert re.fullmatch(r"\d{3}\u202f\d{3} km²", figures["Study area"])

    tables = report_tables(result, result.protconn)
    targets = _table(document, tables["targets"].title)
    for row, machine in zip(targets[1:], tables["targets"].rows):
        for k, m in ((2, 3), (3, 4), (4, 5), (6, 7), (7, 8)):
            assert "." not in row[k] and "," in row[k], row[k]
            assert _machine(row[k], ",", "\u202f") == float(machine[m])
    methods = "\n".join(p.text for p in document.paragraphs)
    assert "BLM 0,2" in methods


def test_methods_name_each_step_in_order(result):
    paragraphs = report_methods(result).split("\n\n")
    starts = [p.split(".")[0] for p in paragraphs]
    assert starts == [
        "Data",
        "Planning units",
        "Targets",
        "Optimisation",
        "Ecological connectivity",
        "Transfrontier conservation areas",
    ]


def test_a_tall_map_is_fitted_to_the_page_height(tmp_path):
    tall = tmp_path / "tall.png"
    tall.write_bytes(_png(10, 40))
    path = write_report_docx(
        tmp_path / "tall.docx",
        title="T",
        subtitle="",
        map_png=tall,
        sections=[DocSection("Only a note", note="nothing else")],
        methods="One step.",
        credits="Nobody.",
        language="es",
    )
    document = docx.Document(str(path))
    shape = document.inline_shapes[0]
    assert shape.height == pytest.approx(Mm(MAP_MAX_HEIGHT_MM), rel=1e-3)
    assert document.core_properties.language == "es-ES"
    assert _headings(document)[0] == "Only a note"


def _write(path, map_png=None):
    return write_report_docx(
        path,
        title="Title",
        subtitle="Subtitle",
        map_png=map_png,
        sections=[DocSection("A", header=("x", "y"), rows=(("1", "2"),), numeric=(True, True))],
        methods="Methods.",
        credits="Credits.",
        language="en",
    )


def test_a_failed_save_leaves_the_old_file_and_no_leftovers(tmp_path, monkeypatch):
    path = tmp_path / "pack.docx"
    path.write_bytes(b"the old document")

    def broken_save(self, target):
        with open(target, "wb") as handle:
            handle.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DocxDocument, "save", broken_save)
    with pytest.raises(OSError):
        _write(path)
    assert path.read_bytes() == b"the old document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.docx"]


def test_a_broken_picture_writes_nothing(tmp_path):
    bad = tmp_path / "map.png"
    bad.write_bytes(b"not a picture")
    with pytest.raises(InputError, match="not a PNG"):
        _write(tmp_path / "pack.docx", bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]
    with pytest.raises(InputError):
        _write(tmp_path / "pack.docx", tmp_path / "missing.png")


def test_sections_of_a_run_match_the_report_counts(result):
    sections = report_document_sections(result)
    by_heading = {s.heading: s for s in sections}
    tables = report_tables(result, result.protconn)
    assert len(by_heading[tables["tfca"].title].rows) == len(result.tfca)
    assert len(by_heading[tables["species"].title].rows) == len(set(result.features.species))
    assert by_heading["GBF Target 3 per country"].numeric[0] is False
    assert all(len(row) == len(s.header) for s in sections for row in s.rows)


def test_a_run_without_protconn_says_so(tmp_path):
    scenario = Scenario(
        countries=("AAA", "BBB"),
        n_species=3,
        seed=7,
        hex_area_km2=1600.0,
        time_limit_s=60,
        protconn_distance_km=0.0,
    )
    run = run_scenario(scenario, two_countries())
    document = docx.Document(str(write_run_document(run, tmp_path / "pack.docx")))
    countries = _table(document, "GBF Target 3 per country")
    assert all(row[1:5] == ["–"] * 4 for row in countries[1:])
    text = "\n".join(p.text for p in document.paragraphs)
    assert "ProtConn was not computed for this run." in text
    assert "Conservation plan for AAA, BBB" == document.paragraphs[0].text


def test_methods_say_which_advanced_rules_the_plan_used(result):
    from dataclasses import replace as swap

    from cms_connectivity_plugin.core.workflow import WorkflowSettings

    # A core scenario has none of the rules: no paragraph.
    assert "Additional rules" not in report_methods(result)
    settings = WorkflowSettings(
        stepping_stones_km=250,
        country_share_percent=30,
        cross_border_bonus=0.5,
        connectivity_table="/data/links/larvae.csv",
        connectivity_weight=2,
    )
    paragraphs = report_methods(swap(result, scenario=settings)).split("\n\n")
    rules = next(p for p in paragraphs if p.startswith("Additional rules"))
    for text in ("every 250 km", "at least 30%", "0.5 cost units per km", "larvae.csv", "2."):
        assert text in rules, (text, rules)
    assert (
        paragraphs.index(rules) == [p.split(".")[0] for p in paragraphs].index("Optimisation") + 1
    )
