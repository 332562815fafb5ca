"""The bundled user guide: one self-contained HTML page per language, with the anchors the dock's
Help buttons open, the same ids in every language, no external resources and no broken links.

Plain pytest (no QGIS needed): the pages are parsed with the standard library's html.parser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

HELP = Path(__file__).resolve().parents[2] / "resources" / "help"
LANGUAGES = ("en", "fr", "es")
#: The anchors the dock's Help buttons and the guide's own sections use, in reading order.
ANCHORS = (
    "start",
    "data",
    "units",
    "targets",
    "solve",
    "connectivity",
    "tfca",
    "scenario",
    "pitfalls",
    "glossary",
    "references",
)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
#: Attributes through which a browser loads something by itself (not a link the user follows).
LOADING_ATTRIBUTES = {"src", "srcset", "data", "poster", "background", "action", "formaction"}
#: Words each translation must use (CMS terminology), so a copy of the English page fails.
TERMS = {
    "fr": (
        "espèces migratrices",
        "aires protégées",
        "aire de conservation transfrontalière (ACTF)",
    ),
    "es": (
        "especies migratorias",
        "áreas protegidas",
        "área de conservación transfronteriza (ACTF)",
    ),
}


class Page(HTMLParser):
    """What the tests need from one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.heading_ids: list[str] = []
        self.hrefs: list[str] = []
        self.loads: list[tuple[str, str, str]] = []
        self.scripts = 0
        self.styles: list[str] = []
        self.lang: str | None = None
        self.charset: str | None = None
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        values = {name: (value or "") for name, value in attrs}
        if "id" in values:
            self.ids.append(values["id"])
            if tag in HEADINGS:
                self.heading_ids.append(values["id"])
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "meta" and "charset" in values:
            self.charset = values["charset"].lower()
        if tag == "script":
            self.scripts += 1
        if tag == "style":
            self._in_style = True
        if "style" in values:
            self.styles.append(values["style"])
        for name, value in values.items():
            if name in LOADING_ATTRIBUTES:
                self.loads.append((tag, name, value))
        if tag == "link":
            # <link rel="stylesheet" | "icon" | "preload" ...> loads its href.
            self.loads.append((tag, "href", values.get("href", "")))
        elif tag == "a" and "href" in values:
            self.hrefs.append(values["href"])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def _path(lang: str) -> Path:
    return HELP / lang / "index.html"


def _parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_bytes().decode("utf-8"))
    page.close()
    return page


@pytest.fixture(scope="module")
def pages() -> dict[str, Page]:
    missing = [str(_path(lang)) for lang in LANGUAGES if not _path(lang).is_file()]
    assert not missing, f"help pages missing: {missing}"
    return {lang: _parse(_path(lang)) for lang in LANGUAGES}


def _is_remote(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.scheme and parts.scheme != "data") or url.strip().startswith("//")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_is_utf8_with_its_language(pages, lang):
    page = pages[lang]
    assert page.charset == "utf-8"
    assert page.lang == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_anchor_is_a_section_heading(pages, lang):
    page = pages[lang]
    missing = [anchor for anchor in ANCHORS if anchor not in page.heading_ids]
    assert not missing, f"{lang}: no heading with id {missing}"
    order = [i for i in page.heading_ids if i in ANCHORS]
    assert order == list(ANCHORS), f"{lang}: sections out of order: {order}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ids_are_unique(pages, lang):
    ids = pages[lang].ids
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"{lang}: duplicate ids {duplicates}"


def test_the_three_pages_have_the_same_ids(pages):
    english = set(pages["en"].ids)
    for lang in LANGUAGES[1:]:
        other = set(pages[lang].ids)
        assert other == english, (
            f"{lang}: ids only in en {sorted(english - other)}, only in {lang} "
            f"{sorted(other - english)}"
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_scripts_and_no_external_resources(pages, lang):
    page = pages[lang]
    assert page.scripts == 0, f"{lang}: the guide must not contain scripts"
    remote = [(tag, name, url) for tag, name, url in page.loads if _is_remote(url) or not url]
    assert not remote, f"{lang}: resources loaded from outside the page: {remote}"
    assert not [(t, n, u) for t, n, u in page.loads if t != "link"], (
        f"{lang}: the page must be self-contained (no images, frames or objects from files)"
    )
    css = "\n".join(page.styles)
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(?!data:)", css), f"{lang}: CSS loads a url()"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_internal_links_point_to_existing_ids(pages, lang):
    page = pages[lang]
    ids = set(page.ids)
    broken = [h for h in page.hrefs if h.startswith("#") and h[1:] not in ids]
    assert not broken, f"{lang}: links to missing anchors {broken}"
    assert any(h.startswith("#") for h in page.hrefs)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_to_other_files_resolve(pages, lang):
    """Relative links (the language switch) point to existing pages and ids."""
    for href in pages[lang].hrefs:
        if href.startswith("#") or _is_remote(href) or href.startswith("mailto:"):
            continue
        parts = urlsplit(href)
        target = (_path(lang).parent / parts.path).resolve()
        assert target.is_file(), f"{lang}: link to a missing file {href}"
        if parts.fragment:
            assert parts.fragment in set(_parse(target).ids), f"{lang}: broken link {href}"


@pytest.mark.parametrize("lang", ("fr", "es"))
def test_translations_use_cms_terminology(lang):
    text = _path(lang).read_text(encoding="utf-8")
    missing = [term for term in TERMS[lang] if term not in text]
    assert not missing, f"{lang}: CMS terms missing: {missing}"
