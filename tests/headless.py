"""Loaded with ``-p tests.headless`` before pytest-qgis starts QGIS (see pyproject addopts).

Qt must choose the offscreen platform before any QgsApplication exists, or the process
aborts on a machine without a display; conftest files are read too late for that.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
