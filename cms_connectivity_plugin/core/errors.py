"""The one exception type users see: a problem and its fix, in one line."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input, reported as one translated line naming what is wrong and how to fix it.

    Every entry point (panel, Processing, command line) shows ``str(error)`` as it is,
    never a traceback, so the message must stand alone.
    """


class CancelledError(RuntimeError):
    """The user cancelled a long run; nothing was written."""
