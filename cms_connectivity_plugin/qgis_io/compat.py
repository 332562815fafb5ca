"""API differences between QGIS 3.22 and newer releases live here and nowhere else."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingAlgorithm


def no_threading_flag():
    """``FlagNoThreading`` (QgsProcessingAlgorithm in 3.22, Qgis.ProcessingAlgorithmFlag later)."""
    flags = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    if flags is not None and hasattr(flags, "NoThreading"):
        return flags.NoThreading
    return QgsProcessingAlgorithm.FlagNoThreading


def text_as_text_flag():
    """Text kept as text in PDFs (QGIS 3.22 default draws labels as outlines): readers can
    search and copy country names, and screen readers read them."""
    render = getattr(Qgis, "TextRenderFormat", None)
    if render is not None and hasattr(render, "AlwaysText"):
        return render.AlwaysText
    from qgis.core import QgsRenderContext

    return QgsRenderContext.TextFormatAlwaysText
