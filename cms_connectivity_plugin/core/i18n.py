"""Translation hook for the pure core.

``core/`` may not import Qt, yet its messages reach users. The QGIS side installs Qt's
translator with :func:`set_translator`; without it strings pass through unchanged (command
line, plain pytest). ``pylupdate5`` collects the literal passed to :func:`tr` under the
context ``CmsConnectivity``, so never build the string inside the call: translate the
template, then ``.format()`` it.
"""

from __future__ import annotations

import numbers
import string
from typing import Callable

CONTEXT = "CmsConnectivity"

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(func: Callable[[str, str], str] | None) -> None:
    """Route :func:`tr` through ``func(context, text)``; ``None`` restores pass-through."""
    global _translate
    _translate = func if func is not None else (lambda context, text: text)


def tr(text: str) -> str:
    """Translate one user-visible message template."""
    return _translate(CONTEXT, text)


# Numbers in the reader's conventions ("46 352,5" in French, "46.352,5" in Spanish). The Qt
# side sets the language and separators from QLocale with :func:`set_locale`; the CSV files
# and JSON keep machine numbers (a dot, no grouping) whatever the language.
_locale = {"language": "en", "decimal": ".", "group": ","}


def set_locale(language: str = "en", decimal: str = ".", group: str = ",") -> None:
    """Language code and number separators of what the user reads."""
    _locale.update(language=language or "en", decimal=decimal or ".", group=group)


def language() -> str:
    """Two-letter code of the reader's language (``en`` unless the Qt side set one)."""
    return _locale["language"]


def _swap_separators(text: str) -> str:
    """Python's "1,234.5" into the reader's separators."""
    return text.translate({ord(","): "\0", ord("."): _locale["decimal"]}).replace(
        "\0", _locale["group"]
    )


def number(value: float, digits: int = 0) -> str:
    """``value`` with ``digits`` decimals and grouped thousands, as the reader writes it."""
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    return _swap_separators(f"{value:,.{digits}f}")


def number_text(text: str) -> str:
    """A machine number string ("46352.5", "-3") as the reader writes it; other text as is.

    The digits after the point are kept as they are (the table chose its precision);
    only separators change, and thousands are grouped from 10,000 (4-digit values such
    as years and small counts stay unbroken, as most style guides ask).
    """
    body = text.strip()
    sign = "-" if body.startswith("-") else ""
    whole, point, frac = body.lstrip("-").partition(".")
    if not whole.isdigit() or (point and not frac.isdigit()):
        return text
    grouped = whole if len(whole) <= 4 else f"{int(whole):,}"
    return sign + _swap_separators(grouped) + (_locale["decimal"] + frac if point else "")


class _Formatter(string.Formatter):
    def format_field(self, value, format_spec):  # noqa: D102 (string.Formatter API)
        text = super().format_field(value, format_spec)
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            return text
        return _swap_separators(text)


_FORMATTER = _Formatter()


def localized(template: str, *args, **kwargs) -> str:
    """``template.format(...)`` with numbers in the reader's separators.

    Use on translated templates: ``localized(tr("{area:,.0f} km²"), area=a)``.
    """
    return _FORMATTER.format(template, *args, **kwargs)


_date_format: Callable[[object], str] = lambda day: day.isoformat()  # noqa: E731


def set_date_format(func: Callable[[object], str] | None) -> None:
    """Route :func:`date_text` through ``func(date)``; ``None`` restores ISO dates."""
    global _date_format
    _date_format = func if func is not None else (lambda day: day.isoformat())


def date_text(day) -> str:
    """A :class:`datetime.date` as the reader writes it ("4 décembre 2026")."""
    return _date_format(day)


#: Labels a message names before "and N more".
_MAX_NAMED = 5


def name_items(labels) -> str:
    """A few labels and a count of the rest, so messages stay one line."""
    labels = [str(label) for label in labels]
    shown = ", ".join(labels[:_MAX_NAMED])
    rest = len(labels) - _MAX_NAMED
    if rest > 0:
        return tr("{shown} and {rest} more").format(shown=shown, rest=rest)
    return shown
