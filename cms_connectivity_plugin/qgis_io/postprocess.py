"""Finish Processing outputs when QGIS loads them: style by role, describe by parameters.

An algorithm calls :func:`finish_output` (or :func:`style_output`, style only) for each
output it writes. The output's :class:`Description` (title, abstract and keywords holding
every parameter) is written at once into the output itself when that is safe from the
worker thread: the sink's own memory layer, or a GeoPackage's metadata tables through the
OGR provider (no layer is opened). When the run finishes and QGIS loads the layer, ONE
post-processor, :class:`OutputPostProcessor`, applies the role's style
(``resources/styles/<role>.qml``, ``<role>_points.qml`` for a point layer when it exists),
tags the layer with its role (:data:`~.styles.ROLE_PROPERTY`, so print layouts order it
whatever its name) and sets the description.

Lifetime: QGIS 3.22 takes ownership of a post-processor (``setPostProcessor`` transfers it)
and its processing context deletes every one it holds when it is destroyed. So each output
gets its own instance (one shared by two outputs would be deleted twice; one kept for a later
run would already be deleted), and Python keeps the instance alive until QGIS has deleted it
(QGIS calls back into the Python object): :data:`_LIVE` holds them and drops, at each new
output, those QGIS has deleted, so it never holds more than the outputs of the contexts still
alive.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsGraduatedSymbolRenderer,
    QgsLayerMetadata,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip

from .i18n import tr
from .resources import style_path
from .snapshots import on_own_thread
from .styles import ROLE_PROPERTY, apply_style

LOG = logging.getLogger(__name__)

#: Output roles and their style names (a role may share another's style).
ROLE_STYLES: dict[str, str] = {
    "planning_units": "planning_units",
    "tfca_candidates": "tfca_candidates",
    "corridors": "corridors",
    "protected_areas": "protected_areas",
    "species_ranges": "species_ranges",
    "countries": "countries",
    "selection_frequency": "selection_frequency",
    "site_importance": "site_importance",
}

#: Roles whose graduated classes are refitted to the layer's values (no fixed range).
_REFIT_CLASSES = frozenset({"corridors", "site_importance"})

#: Keyword vocabulary of the parameters in the layer metadata.
KEYWORD_VOCABULARY = "cms_connectivity"
#: Files QGIS's OGR provider cannot store layer metadata in (rasters: write_geotiff does).
_NO_LAYER_METADATA = (".tif", ".tiff")


def parameter_text(value) -> str:
    """A parameter value as the metadata writes it (10 significant digits, lists joined)."""
    if isinstance(value, float):
        return format(value, ".10g")
    if isinstance(value, (list, tuple)):
        return ", ".join(parameter_text(v) for v in value)
    return "none" if value is None else str(value)


@dataclass(frozen=True)
class Description:
    """What a loaded output says about itself (Layer Properties > Metadata); hashable, so
    equal descriptions share one post-processor."""

    abstract: str
    title: str = ""
    keywords: tuple[str, ...] = ()

    @classmethod
    def of_parameters(
        cls,
        title: str,
        lines: list[str],
        params: Mapping,
        *,
        separator: str = " = ",
        text: Callable[[object], str] = parameter_text,
    ) -> Description:
        """Title, the lines for people then one "key = value" line per parameter, and the
        parameters again as "key=value" keywords for machines."""
        listed = [f"{key}{separator}{text(value)}" for key, value in params.items()]
        abstract = "\n".join([*lines, "", *listed] if lines else listed)
        keywords = tuple(f"{key}={text(value)}" for key, value in params.items())
        return cls(abstract, title, keywords)

    def metadata(self, base: QgsLayerMetadata | None = None) -> QgsLayerMetadata:
        """``base`` (default: empty) with this title, abstract and keywords."""
        metadata = QgsLayerMetadata(base) if base is not None else QgsLayerMetadata()
        if self.title:
            metadata.setTitle(self.title)
        metadata.setAbstract(self.abstract)
        if self.keywords:
            metadata.addKeywords(KEYWORD_VOCABULARY, list(self.keywords))
        return metadata


class OutputPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Style a loaded Processing output by ``role`` and set its ``description``."""

    def __init__(self, role: str | None, description: Description | None = None):
        super().__init__()
        self.role = role
        self.description = description

    def postProcessLayer(  # noqa: N802
        self, layer: QgsMapLayer, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> None:
        if layer is None:
            return
        if self.role:
            try:
                style_layer(layer, self.role)
            except RuntimeError as exc:
                # A style problem must never lose the user's result: keep the layer, warn.
                if feedback is not None:
                    feedback.reportError(str(exc), False)
                LOG.warning("%s", exc)
        if self.description is not None:
            layer.setMetadata(self.description.metadata(layer.metadata()))


#: The post-processor of earlier name, kept for callers that only style.
StyleByRole = OutputPostProcessor

#: Post-processors handed to QGIS and not yet deleted by it (see the module docstring).
_LIVE: list[OutputPostProcessor] = []
#: Algorithms hand post-processors over from their worker threads.
_LOCK = threading.Lock()


def style_layer(layer: QgsMapLayer, role: str) -> None:
    """Apply the role's style (when one ships) and set the role property on ``layer``."""
    if layer is None or not layer.isValid():
        return
    name = _style_name(layer, ROLE_STYLES.get(role, role))
    if style_path(name).is_file():
        apply_style(layer, name)
        if role in _REFIT_CLASSES and isinstance(layer, QgsVectorLayer):
            _refit_graduated(layer)
    layer.setCustomProperty(ROLE_PROPERTY, role)


def _style_name(layer: QgsMapLayer, name: str) -> str:
    """``<name>_points`` for a point layer when that style ships, else ``name``."""
    points = (
        isinstance(layer, QgsVectorLayer)
        and layer.geometryType() == QgsWkbTypes.PointGeometry
        and style_path(f"{name}_points").is_file()
    )
    return f"{name}_points" if points else name


def _alive() -> list[OutputPostProcessor]:
    """:data:`_LIVE` without the post-processors QGIS has deleted (call with the lock)."""
    _LIVE[:] = [kept for kept in _LIVE if not sip.isdeleted(kept)]
    return _LIVE


def postprocessor(role: str | None, description: Description | None = None):
    """The live post-processor last handed to QGIS for ``role`` and ``description``; else a
    new one, not handed to QGIS (the caller owns it)."""
    with _LOCK:
        for kept in reversed(_alive()):
            if kept.role == role and kept.description == description:
                return kept
    return OutputPostProcessor(role, description)


def _handed_over(role: str | None, description: Description | None) -> OutputPostProcessor:
    """A new post-processor for one output, kept alive until QGIS deletes it."""
    made = OutputPostProcessor(role, description)
    with _LOCK:
        _alive().append(made)
    return made


def finish_output(
    context: QgsProcessingContext,
    dest_id: str,
    role: str | None = None,
    description: Description | None = None,
    feedback: QgsProcessingFeedback | None = None,
) -> bool:
    """Describe output ``dest_id`` now where that is safe, and have QGIS style and describe it
    when it loads it.

    Returns False when the output is not loaded on completion (for example a run through
    ``processing.run`` without a project to load into): then only the description is written.
    """
    if not dest_id:
        return False
    if description is not None:
        _describe_written(context, dest_id, description, feedback)
    if not context.willLoadLayerOnCompletion(dest_id):
        return False
    details = context.layerToLoadOnCompletionDetails(dest_id)
    details.setPostProcessor(_handed_over(role, description))
    return True


def style_output(context: QgsProcessingContext, dest_id: str, role: str) -> bool:
    """Ask QGIS to style output ``dest_id`` by ``role`` once it loads it (see
    :func:`finish_output`)."""
    return finish_output(context, dest_id, role)


def _describe_written(context, dest_id: str, description: Description, feedback) -> None:
    """The description on the sink's own memory layer, or in the GeoPackage's metadata."""
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    if layer is not None:
        if on_own_thread(layer):
            layer.setMetadata(description.metadata(layer.metadata()))
        return
    path = dest_id.split("|")[0]
    if not Path(path).is_file() or path.lower().endswith(_NO_LAYER_METADATA):
        return
    saved, message = save_file_metadata(dest_id, description.metadata())
    if not saved and feedback is not None:
        feedback.pushInfo(
            tr(
                "The parameters could not be stored in the file's metadata ({error}); they are "
                "in the log above."
            ).format(error=message or "-")
        )


def save_file_metadata(uri: str, metadata: QgsLayerMetadata) -> tuple[bool, str]:
    """Store metadata in a file layer (GeoPackage: its metadata tables) through the OGR
    provider, without opening a layer; the table is named explicitly (a one-layer
    GeoPackage's path has no ``layername``)."""
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", uri)
    if not parts.get("layerName"):
        name = _only_layer_name(parts.get("path") or uri.split("|")[0])
        if name:
            parts["layerName"] = name
    try:
        result = registry.providerMetadata("ogr").saveLayerMetadata(
            registry.encodeUri("ogr", parts), metadata
        )
    except Exception as exc:  # noqa: BLE001 - formats without metadata support raise
        return False, str(exc)
    return (result, "") if isinstance(result, bool) else tuple(result)


def _only_layer_name(path: str) -> str | None:
    """The name of the file's layer when it holds exactly one (read with GDAL: no QGIS layer
    is made, so this is safe on a worker thread)."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None or dataset.GetLayerCount() != 1:
            return None
        return dataset.GetLayer(0).GetName()
    except RuntimeError:
        return None
    finally:
        dataset = None
        gdal.PopErrorHandler()


def _refit_graduated(layer: QgsVectorLayer) -> None:
    """Spread a graduated style's classes over the layer's values (quantiles), same symbols."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer) or layer.featureCount() == 0:
        return
    field = renderer.classAttribute()
    if layer.fields().indexOf(field) < 0:
        raise RuntimeError(
            tr("Layer '{layer}' has no field '{field}' to colour by.").format(
                layer=layer.name(), field=field
            )
        )
    ranges = renderer.ranges()
    # NULL is a QVariant, not None: keep real numbers only (and not NaN).
    raw = (f[field] for f in layer.getFeatures())
    values = sorted(float(v) for v in raw if isinstance(v, (int, float)) and v == v)
    if not values or not ranges:
        return
    n = len(ranges)
    breaks = [values[min(len(values) - 1, round(k * (len(values) - 1) / n))] for k in range(n + 1)]
    for index in range(n):
        renderer.updateRangeLowerValue(index, breaks[index])
        renderer.updateRangeUpperValue(index, breaks[index + 1])
    layer.triggerRepaint()
