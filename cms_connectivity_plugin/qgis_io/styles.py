"""Style output layers from the QML files in ``resources/styles/``.

Styles live as files (one ``.qml`` per output layer, editable in QGIS's Layer Properties),
read and imported with ``importNamedStyle``. Legend labels in the files are English; they are
run through :func:`tr` when applied, so a French or Spanish QGIS shows translated legends.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from .i18n import tr
from .resources import style_path

#: Custom property naming the role of an output layer (also the style name). The print layout
#: orders layers by it, whatever name (translated or renamed) the layer has.
ROLE_PROPERTY = "cms_connectivity/role"

#: The styles shipped in ``resources/styles/``.
STYLE_NAMES: tuple[str, ...] = (
    "countries",
    "planning_units",
    "protected_areas",
    "species_ranges",
    "tfca_candidates",
)


def legend_label_strings() -> tuple[str, ...]:
    """The legend labels written in the QML files, as literals for ``pylupdate5``.

    Keep in step with the ``label`` attributes in ``resources/styles/*.qml``.
    """
    return (
        tr("Existing protected (locked in)"),
        tr("Selected by the plan"),
        tr("Not selected"),
        tr("Kept out (locked out)"),
        tr("Resident"),
        tr("Breeding"),
        tr("Non-breeding"),
        tr("Passage"),
        tr("Top 3 candidates"),
        tr("Candidates ranked 4 to 10"),
        tr("Other candidates"),
        tr("Lowest cost"),
        tr("Low cost"),
        tr("Higher cost"),
        tr("Highest cost"),
        tr("Lowest importance (dPC)"),
        tr("Low importance"),
        tr("Medium importance"),
        tr("High importance"),
        tr("Highest importance (dPC)"),
    )


#: The map label of a TFCA candidate in the style file ("TFCA 2"); its word is translated.
_TFCA_LABEL = "'TFCA ' || \"tfca_id\""


def apply_style(layer: QgsMapLayer, name: str) -> None:
    """Load ``resources/styles/<name>.qml`` onto ``layer`` and tag the layer with its role.

    Raises RuntimeError naming the file when it is missing or QGIS refuses it (for example a
    polygon style on a line layer).
    """
    path = style_path(name)
    if not path.is_file():
        raise RuntimeError(
            tr("Style file not found: {path}. Reinstall the plugin.").format(path=path)
        )
    # Not layer.loadNamedStyle(path): on QGIS 3.22 a GeoPackage layer with a default style
    # in its layer_styles table gets that style instead of the file ("Loaded from Provider").
    document = QDomDocument("qgis")
    parsed, parse_error, line, _column = document.setContent(path.read_text(encoding="utf-8"))
    if not parsed:
        raise RuntimeError(
            tr("Style file {path} is not valid XML (line {line}): {error}").format(
                path=path, line=line, error=parse_error
            )
        )
    ok, message = layer.importNamedStyle(document)
    if not ok:
        raise RuntimeError(
            tr("Could not apply style {path} to layer '{layer}': {error}").format(
                path=path, layer=layer.name(), error=message
            )
        )
    if isinstance(layer, QgsVectorLayer):
        _translate_legend_labels(layer)
        _translate_map_labels(layer)
    layer.setCustomProperty(ROLE_PROPERTY, name)
    layer.triggerRepaint()


def save_style_to_gpkg(layer: QgsVectorLayer, name: str, *, apply: bool = True) -> None:
    """Store the named style as the default style of ``layer`` inside its GeoPackage.

    The style goes to the GeoPackage's ``layer_styles`` table, so the layer opens styled in
    any QGIS, without the plugin. With ``apply`` the QML is loaded first.
    """
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise RuntimeError(
            tr("Cannot save style '{name}': the layer is not a valid vector layer.").format(
                name=name
            )
        )
    source = layer.source().split("|", 1)[0]
    if layer.providerType() != "ogr" or not source.lower().endswith(".gpkg"):
        raise RuntimeError(
            tr("Cannot save style '{name}' in '{source}': it is not a GeoPackage.").format(
                name=name, source=source
            )
        )
    if apply:
        apply_style(layer, name)
    description = tr("CMS Connectivity Planner style")
    error = layer.saveStyleToDatabase(name, description, True, "")
    if error:
        raise RuntimeError(
            tr("Could not save style '{name}' in {source}: {error}").format(
                name=name, source=source, error=error
            )
        )


def _translate_map_labels(layer: QgsVectorLayer) -> None:
    """ "TFCA 2" on the map in the reader's language ("ACTF 2")."""
    labeling = layer.labeling()
    if labeling is None or not hasattr(labeling, "settings"):
        return
    settings = labeling.settings()
    if settings.isExpression and settings.fieldName == _TFCA_LABEL:
        word = tr("TFCA").replace("'", "''")
        settings.fieldName = f"'{word} ' || \"tfca_id\""
        labeling.setSettings(settings)


def _translate_legend_labels(layer: QgsVectorLayer) -> None:
    """Run category, range and rule labels through :func:`tr` (no-op in English)."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, tr(category.label()))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, class_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, tr(class_range.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            if rule.label():
                rule.setLabel(tr(rule.label()))
