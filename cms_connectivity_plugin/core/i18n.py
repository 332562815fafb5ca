"""Translation hook for the pure core.

``core/`` may not import Qt, yet its messages reach users. The QGIS side installs Qt's
translator with :func:`set_translator`; without it strings pass through unchanged (command
line, plain pytest). ``pylupdate5`` collects the literal passed to :func:`tr` under the
context ``CmsConnectivity``, so never build the string inside the call: translate the
template, then ``.format()`` it.
"""

from __future__ import annotations

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
