"""The plugin's version, read from metadata.txt.

A module of its own so the writers of outputs (``export``, ``layouts``) can stamp the
version without importing each other.
"""

from __future__ import annotations

from pathlib import Path


def plugin_version() -> str:
    """``version`` from metadata.txt (staged plugin or source tree), else ``dev``."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "metadata.txt", here.parent / "metadata.txt"):
        if candidate.exists():
            for line in candidate.read_text(encoding="utf-8").splitlines():
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    return "dev"
