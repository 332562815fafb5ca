"""Style Processing outputs by role when QGIS loads them (``resources/styles/<role>.qml``).

An algorithm calls :func:`style_output` for each output it writes; when the run finishes and
QGIS loads the layer, :class:`StyleByRole` applies the role's style and tags the layer with
its role (:data:`~.styles.ROLE_PROPERTY`), so print layouts order it whatever its name.
Processing keeps only a bare pointer to a post-processor: the instances live in
:data:`_POSTPROCESSORS` at module level so Python does not collect them before they run.
"""

from __future__ import annotations

import logging

from qgis.core import (
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
)

from .i18n import tr
from .resources import style_path
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
}

#: Roles whose graduated classes are refitted to the layer's values (costs have no fixed range).
_REFIT_CLASSES = frozenset({"corridors"})

#: One post-processor per role, kept alive for the whole session.
_POSTPROCESSORS: dict[str, StyleByRole] = {}


class StyleByRole(QgsProcessingLayerPostProcessorInterface):
    """Apply the style of ``role`` to a Processing output layer and tag it with the role."""

    def __init__(self, role: str):
        super().__init__()
        self.role = role

    def postProcessLayer(
        self, layer: QgsMapLayer, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> None:
        try:
            style_layer(layer, self.role)
        except RuntimeError as exc:
            # A style problem must never lose the user's result: keep the layer, warn.
            if feedback is not None:
                feedback.reportError(str(exc), False)
            LOG.warning("%s", exc)


def style_layer(layer: QgsMapLayer, role: str) -> None:
    """Apply the role's style (when one ships) and set the role property on ``layer``."""
    if layer is None or not layer.isValid():
        return
    name = ROLE_STYLES.get(role, role)
    if style_path(name).is_file():
        apply_style(layer, name)
        if role in _REFIT_CLASSES and isinstance(layer, QgsVectorLayer):
            _refit_graduated(layer)
    layer.setCustomProperty(ROLE_PROPERTY, role)


def postprocessor(role: str) -> StyleByRole:
    """The session's post-processor for ``role`` (created once, never collected)."""
    if role not in _POSTPROCESSORS:
        _POSTPROCESSORS[role] = StyleByRole(role)
    return _POSTPROCESSORS[role]


def style_output(context: QgsProcessingContext, dest_id: str, role: str) -> bool:
    """Ask QGIS to style output ``dest_id`` by ``role`` once it loads it.

    Returns False (nothing to do) when the output is not loaded on completion, for example
    when the algorithm runs from ``processing.run`` without a project to load into.
    """
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return False
    details = context.layerToLoadOnCompletionDetails(dest_id)
    details.setPostProcessor(postprocessor(role))
    return True


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
