"""Shared test setup: headless Qt, QGIS's Processing on the path, the shared data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Qt must choose the offscreen platform before any QgsApplication exists (pytest-qgis makes
# one at configure time); without it the process aborts on a machine without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
for candidate in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if Path(candidate).exists() and candidate not in sys.path:
        sys.path.append(candidate)

SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (real public data); tests using it skip cleanly when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
