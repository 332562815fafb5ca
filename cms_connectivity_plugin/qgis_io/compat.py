"""API differences between QGIS 3.22 and newer releases live here and nowhere else."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingAlgorithm


def no_threading_flag():
    """``FlagNoThreading`` (QgsProcessingAlgorithm in 3.22, Qgis.ProcessingAlgorithmFlag later)."""
    flags = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    if flags is not None and hasattr(flags, "NoThreading"):
        return flags.NoThreading
    return QgsProcessingAlgorithm.FlagNoThreading
