"""API differences between QGIS 3.22 and newer releases live here and nowhere else."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingAlgorithm


def no_threading_flag():
    """``FlagNoThreading`` (3.22: on QgsProcessingAlgorithm; 3.36+: Qgis.ProcessingAlgorithmFlag)."""
    flags = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    if flags is not None and hasattr(flags, "NoThreading"):
        return flags.NoThreading
    return QgsProcessingAlgorithm.FlagNoThreading
