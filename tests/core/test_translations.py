"""The French and Spanish .ts files: translated messages must stay usable by str.format.

A translation that drops, renames or re-specs a {placeholder} raises KeyError (or formats
differently) at run time, and a lost or extra '&' changes a menu shortcut; both are checked on
every translated message, and most messages must be translated. Plain XML, no Qt or QGIS.
"""

from __future__ import annotations

import json
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "i18n"
LOCALES = ("fr", "es")
MIN_TRANSLATED = 0.95


def _placeholders(text: str) -> set[tuple[str, str, str]] | None:
    """(field name, format spec, conversion) of every {field}; None if not a valid template."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return None
    return {(name, spec or "", conv or "") for _, name, spec, conv in parsed if name is not None}


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def _messages(locale: str) -> list[tuple[str, str, bool]]:
    """(source, translation, finished) of every live message of the locale's .ts."""
    root = ET.parse(I18N / f"cms_connectivity_plugin_{locale}.ts").getroot()
    out = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None, message.findtext("source")
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        text = translation.text or ""
        out.append((message.findtext("source") or "", text, kind != "unfinished" and text != ""))
    return out


def _mismatches(pairs) -> list[str]:
    bad = []
    for source, text in pairs:
        if _placeholders(source) != _placeholders(text):
            bad.append(f"placeholders: {source!r} -> {text!r}")
        if _accelerators(source) != _accelerators(text):
            bad.append(f"'&' accelerators: {source!r} -> {text!r}")
    return bad


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_placeholders_and_accelerators(locale):
    messages = _messages(locale)
    assert messages
    finished = [(source, text) for source, text, done in messages if done]
    assert _mismatches(finished) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_most_messages_are_translated(locale):
    messages = _messages(locale)
    untranslated = [source for source, _, done in messages if not done]
    share = 1 - len(untranslated) / len(messages)
    assert share >= MIN_TRANSLATED, (
        f"{locale}: {share:.1%} translated, {len(untranslated)} left, e.g. {untranslated[:5]}"
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_ts_keeps_the_qt_linguist_header(locale):
    head = (I18N / f"cms_connectivity_plugin_{locale}.ts").read_text(encoding="utf-8")[:200]
    assert head.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS ')


@pytest.mark.parametrize("locale", LOCALES)
def test_json_translations_keep_placeholders_and_accelerators(locale):
    table = json.loads((I18N / "translations" / f"{locale}.json").read_text(encoding="utf-8"))
    assert all(isinstance(v, str) and v for v in table.values())
    assert _mismatches(table.items()) == []


def test_the_checks_catch_broken_translations():
    broken = [
        ("Solving: gap {gap:.2%}", "Résolution : écart {gap}"),  # format spec lost
        ("{n} sites", "{count} sites"),  # renamed
        ("Layer {layer}", "Couche"),  # dropped
        ("&CMS Connectivity Planner", "Planificateur"),  # accelerator lost
        ("Bad {", "Mauvais {x}"),  # not a template vs. a template
    ]
    assert len(_mismatches(broken)) == len(broken)
    fine = [("{a} and {a:g}", "{a:g} et {a}"), ("McRae & Kavanagh", "McRae & Kavanagh")]
    assert _mismatches(fine) == []


def test_no_tr_call_hides_inside_an_f_string():
    """pylupdate5 does not look into f-strings: a tr() there is never translated."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "cms_connectivity_plugin"
    hidden = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Call)
                        and isinstance(inner.func, ast.Name)
                        and inner.func.id == "tr"
                    ):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert not hidden, hidden
