"""Fill the French and Spanish .ts files from i18n/translations/<locale>.json.

Run it after `make transup` (pylupdate5), then `make transcompile` (lrelease):

    python i18n/seed_translations.py            # fill every locale that has a JSON file
    python i18n/seed_translations.py fr         # one locale
    python i18n/seed_translations.py --check    # report only, write nothing

Each JSON file maps the exact English source string to its translation. Every <message> whose
source is a key gets that translation and loses type="unfinished", finished or not, so a
correction in the JSON reaches the .ts; every other message is left as it is (a translator's
work in Qt Linguist survives). A translation whose {placeholders} (names, format specs and
conversions) or '&' accelerators differ from its source is not applied: it would raise a
KeyError in .format() or change a shortcut.

The .ts is written back in pylupdate5's own layout (XML declaration, DOCTYPE, 4-space indents,
&apos; in sources only), so lrelease and pylupdate5 read it and diffs stay small. The report
lists the sources still without translation, the rejected translations and the JSON keys that
are no longer in the .ts. The exit status is 1 when a translation has mismatched placeholders or
accelerators (or, with --check, when a source has no translation), else 0.
"""

from __future__ import annotations

import argparse
import json
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS_PATTERN = "cms_connectivity_plugin_{locale}.ts"
JSON_DIR = HERE / "translations"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
SKIPPED_TYPES = ("vanished", "obsolete")  # messages pylupdate5 kept for history only
SELF_CLOSING = ("location",)
UNUSED_SHOWN = 10  # JSON keys not in the .ts listed without --verbose
APOS_ESCAPED = ("source", "oldsource", "comment", "oldcomment")  # pylupdate5 keeps ' elsewhere


# ------------------------------------------------------------------------------------ checks


def placeholders(text: str) -> set[tuple[str, str, str]] | None:
    """The {fields} of a str.format template as (name, format spec, conversion) triples.

    ``None`` when the text is not a valid template (a lone brace), which only matches another
    invalid template.
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return None
    return {(name, spec or "", conv or "") for _, name, spec, conv in parsed if name is not None}


def accelerators(text: str) -> int:
    """How many '&' mark a keyboard accelerator ('&&' is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def problems(source: str, translation: str) -> list[str]:
    """Why ``translation`` cannot stand in for ``source`` (empty when it can)."""
    found = []
    expected, got = placeholders(source), placeholders(translation)
    if expected != got:
        if expected is None or got is None:
            found.append("braces do not parse as a format template")
        else:
            missing = sorted(_show(p) for p in expected - got)
            extra = sorted(_show(p) for p in got - expected)
            if missing:
                found.append("missing " + ", ".join(missing))
            if extra:
                found.append("unexpected " + ", ".join(extra))
    if accelerators(source) != accelerators(translation):
        found.append(
            f"{accelerators(translation)} '&' accelerator(s) instead of {accelerators(source)}"
        )
    return found


def _show(field: tuple[str, str, str]) -> str:
    name, spec, conv = field
    return "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"


# ------------------------------------------------------------------------------- .ts writing


def _escape(text: str, apostrophe: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;")
    return text.replace("'", "&apos;") if apostrophe else text


def _open_tag(element: ET.Element) -> str:
    attrs = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
    return f"<{element.tag}{attrs}"


def _write(element: ET.Element, depth: int, out: list[str]) -> None:
    indent = " " * 4 * max(depth - 1, 0)  # pylupdate5 does not indent <context>
    if len(element):
        out.append(f"{indent}{_open_tag(element)}>\n")
        for child in element:
            _write(child, depth + 1, out)
        out.append(f"{indent}</{element.tag}>\n")
    elif not element.text and element.tag in SELF_CLOSING:
        out.append(f"{indent}{_open_tag(element)}/>\n")
    else:
        text = _escape(element.text or "", element.tag in APOS_ESCAPED)
        out.append(f"{indent}{_open_tag(element)}>{text}</{element.tag}>\n")


def serialise(root: ET.Element) -> str:
    """The .ts text as pylupdate5 writes it."""
    out = [HEADER]
    _write(root, 0, out)
    return "".join(out)


# ----------------------------------------------------------------------------------- filling


def fill(ts_path: Path, table: dict[str, str], write: bool = True) -> dict[str, list]:
    """Apply ``table`` to the .ts at ``ts_path``; what happened, by kind, for the report."""
    root = ET.parse(ts_path).getroot()
    report: dict[str, list] = {
        "filled": [],  # newly translated or changed
        "kept": [],  # already so translated
        "untranslated": [],
        "rejected": [],  # JSON translations not applied
        "suspect": [],  # translations already in the .ts that fail the same checks
    }
    seen = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in SKIPPED_TYPES:
            continue
        seen.add(source)
        unfinished = translation.get("type") == "unfinished"
        if source in table:
            text = table[source]
            why = problems(source, text)
            if why:
                report["rejected"].append((source, text, why))
            elif text:
                if unfinished or translation.text != text:
                    report["filled"].append(source)
                else:
                    report["kept"].append(source)
                translation.text = text
                translation.attrib.pop("type", None)
                continue
        if unfinished or not translation.text:
            report["untranslated"].append(source)
        else:  # a translation made elsewhere (Qt Linguist): keep it, but check it
            why = problems(source, translation.text)
            if why:
                report["suspect"].append((source, translation.text, why))
            report["kept"].append(source)
    report["unused"] = sorted(set(table) - seen)
    if write:
        ts_path.write_text(serialise(root), encoding="utf-8")
    return report


def load_table(locale: str) -> dict[str, str]:
    path = JSON_DIR / f"{locale}.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise SystemExit(f"{path}: expected one JSON object mapping strings to strings")
    return table


def _short(text: str, width: int = 90) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 3] + "..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("locales", nargs="*", help="locales to fill (default: every JSON file)")
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every unused key")
    args = parser.parse_args(argv)
    locales = args.locales or sorted(p.stem for p in JSON_DIR.glob("*.json"))
    status = 0
    for locale in locales:
        ts_path = HERE / TS_PATTERN.format(locale=locale)
        if not ts_path.exists():
            print(f"{locale}: {ts_path.name} not found (run `make transup`)")
            status = 1
            continue
        report = fill(ts_path, load_table(locale), write=not args.check)
        total = sum(len(report[k]) for k in ("filled", "kept", "untranslated"))
        done = len(report["filled"]) + len(report["kept"])
        print(
            f"{ts_path.name}: {done}/{total} translated ({len(report['filled'])} filled or "
            f"updated), {len(report['untranslated'])} untranslated, "
            f"{len(report['rejected']) + len(report['suspect'])} placeholder/accelerator "
            f"mismatch(es), {len(report['unused'])} unused JSON key(s)"
        )
        for source in report["untranslated"]:
            print(f"  untranslated: {_short(source)}")
        for kind, label in (("rejected", "NOT APPLIED"), ("suspect", "IN THE .TS")):
            for source, text, why in report[kind]:
                print(f"  {label} ({'; '.join(why)}):\n    {_short(source)}\n    {_short(text)}")
        unused = report["unused"] if args.verbose else report["unused"][:UNUSED_SHOWN]
        for source in unused:
            print(f"  not in the .ts (removed, or awaiting `make transup`): {_short(source)}")
        if len(unused) < len(report["unused"]):
            more = len(report["unused"]) - len(unused)
            print(f"  ... and {more} more not in the .ts (-v lists them)")
        if report["rejected"] or report["suspect"] or (args.check and report["untranslated"]):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
