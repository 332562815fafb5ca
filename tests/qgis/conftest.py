"""QGIS tests run headless: Qt must pick the offscreen platform before QgsApplication starts."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
