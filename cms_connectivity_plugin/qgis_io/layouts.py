"""Print layouts from the ``.qpt`` templates: the overview page and the candidate atlas.

The templates in ``resources/layouts/`` are the only source of the maps: a trainer restyles
them in the Layout Designer and the plugin fills their items by id (``title``, ``map``,
``inset``, ``legend``, ``scalebar``, ``north_arrow``, ``credits``, ``table``). They are
regenerated from code with ``scripts/make_templates.py``. No ``iface`` is needed: layouts
run headless.

The exporter's result is never trusted alone (QGIS 3.22 can export a blank page and report
success): the file must exist, be non-empty, and the map region must render something.
Layouts are ``QGraphicsScene`` objects: fill and export them on the main thread (a
Processing algorithm calling this needs ``FlagNoThreading``).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsMapLayer,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSymbolLayerUtils,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage
from qgis.PyQt.QtXml import QDomDocument

from ..core.countries import reader_name
from ..core.i18n import date_text, localized
from .compat import text_as_text_flag
from .i18n import tr
from .resources import resource_path
from .styles import ROLE_PROPERTY
from .version import plugin_version

#: Drawing order of the known output layers, top first. Unknown vector layers go just below
#: the TFCA candidates; basemaps (web tiles) go to the bottom and stay out of the legend.
_ROLE_RANK: dict[str, int] = {
    "country_borders": 0,  # a transboundary map's first line: over the candidates too
    "tfca_candidates": 1,
    "corridors": 2,
    "planning_units": 3,
    "species_ranges": 4,
    "protected_areas": 5,
    "places": 5,  # the same sites, seen as places across their designations
    "countries": 6,
}
_UNKNOWN_RANK = 1
_BASEMAP_RANK = 7
_BASEMAP_PROVIDERS = frozenset({"wms", "arcgismapserver", "xyzvectortiles", "mbtilesvectortiles"})

NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"


def layer_role(layer: QgsMapLayer) -> str:
    """The output role of a layer: its style tag, else its name normalised (``Planning units``
    -> ``planning_units``)."""
    role = layer.customProperty(ROLE_PROPERTY, "")
    if role:
        return str(role)
    return "_".join(layer.name().strip().lower().replace("-", " ").split())


def is_basemap(layer: QgsMapLayer) -> bool:
    """True for web tiles and services: drawn under everything, never in the legend."""
    return layer.type() != QgsMapLayer.VectorLayer and layer.providerType() in _BASEMAP_PROVIDERS


def order_layers(layers: Iterable[QgsMapLayer]) -> list[QgsMapLayer]:
    """Map drawing order, top first: TFCA candidates, others, planning units, protected
    areas, countries, basemaps. Layers of the same rank keep the order they were given."""

    def rank(layer: QgsMapLayer) -> int:
        if is_basemap(layer):
            return _BASEMAP_RANK
        return _ROLE_RANK.get(layer_role(layer), _UNKNOWN_RANK)

    return sorted(layers, key=rank)


def page_is_blank(
    image: str | os.PathLike | QImage,
    *,
    min_fraction: float = 0.001,
    min_std: float = 1.0,
) -> bool:
    """True when an image is (nearly) empty: almost no non-white pixels, or no variation.

    Transparent pixels count as white. ``min_fraction`` is the share of pixels that must be
    non-white (any channel below 245 after compositing on white) for the image to count as
    drawn. Raises RuntimeError when the file cannot be read.
    """
    if isinstance(image, QImage):
        img = image
        source = "image"
    else:
        source = str(image)
        img = QImage(source)
    if img.isNull() or img.width() == 0 or img.height() == 0:
        raise RuntimeError(tr("Cannot read image {path}.").format(path=source))
    rgba = _image_to_array(img).astype(np.float32)
    alpha = rgba[..., 3:4] / 255.0
    rgb = rgba[..., :3] * alpha + 255.0 * (1.0 - alpha)
    non_white = (rgb < 245.0).any(axis=-1).mean()
    grey = rgb.mean(axis=-1)
    return bool(non_white < min_fraction or grey.std() < min_std)


def count_colour_pixels(
    image: str | os.PathLike | QImage, colour: QColor | str, *, tolerance: float = 40.0
) -> int:
    """Number of pixels within ``tolerance`` (Euclidean RGB distance) of ``colour``."""
    img = image if isinstance(image, QImage) else QImage(str(image))
    if img.isNull():
        raise RuntimeError(tr("Cannot read image {path}.").format(path=str(image)))
    target = QColor(colour)
    rgb = _image_to_array(img)[..., :3].astype(np.float32)
    wanted = np.array([target.red(), target.green(), target.blue()], dtype=np.float32)
    distance = np.sqrt(((rgb - wanted) ** 2).sum(axis=-1))
    return int((distance <= tolerance).sum())


def _export_layout(
    layout: QgsPrintLayout, pdf_final: Path, png_path, png_dpi: int
) -> dict[str, Any]:
    """Export a filled layout, checking the map drew before any file is written."""
    map_item = layout.itemById("map")
    exporter = QgsLayoutExporter(layout)
    _check_map_drawn(exporter, map_item)
    _atomic_export(pdf_final, lambda tmp: _export_pdf(exporter, tmp))
    png_final = None
    if png_path is not None:
        png_final = Path(png_path)
        _atomic_export(png_final, lambda tmp: _export_png(exporter, tmp, png_dpi))
    extent = map_item.extent()
    return {
        "pdf": str(pdf_final),
        "png": str(png_final) if png_final else None,
        "layers": [lyr.name() for lyr in map_item.layers()],
        "crs": map_item.crs().authid(),
        "extent": (
            extent.xMinimum(),
            extent.yMinimum(),
            extent.xMaximum(),
            extent.yMaximum(),
        ),
        "scale": map_item.scale(),
        "layout_name": layout.name(),
    }


# --- building blocks ---------------------------------------------------------------------


def _font(size_pt: float, *, bold: bool = False) -> QFont:
    """The application font at ``size_pt`` (shared with ``scripts/make_templates.py``)."""
    font = QFont()
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _set_label_font(label: QgsLayoutItemLabel, font: QFont, colour: QColor) -> None:
    """Set a label's font and colour (``setTextFormat`` from QGIS 3.24, ``setFont`` before)."""
    if hasattr(label, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
        label.setFontColor(colour)


# --- layers, extent, crs -----------------------------------------------------------------


def _visible_layers(project: QgsProject) -> list[QgsMapLayer]:
    """Layers checked visible in the project's layer tree, in its rendering order."""
    root = project.layerTreeRoot()
    layers = []
    for layer in root.layerOrder():
        node = root.findLayer(layer.id())
        if node is not None and node.isVisible():
            layers.append(layer)
    return layers


def _default_extent_layers(ordered: list[QgsMapLayer]) -> list[QgsMapLayer]:
    drawable = [lyr for lyr in ordered if not is_basemap(lyr)]
    units = [lyr for lyr in drawable if layer_role(lyr) == "planning_units"]
    if units:
        return units
    not_countries = [lyr for lyr in drawable if layer_role(lyr) != "countries"]
    return not_countries or drawable or ordered


def _choose_crs(project, crs, extent_layers) -> QgsCoordinateReferenceSystem:
    if crs is not None and crs.isValid():
        return crs
    if project.crs().isValid():
        return project.crs()
    for layer in extent_layers:
        if layer.crs().isValid():
            return layer.crs()
    raise RuntimeError(tr("Cannot export the map: no layer has a coordinate reference system."))


def _study_extent(project, countries, crs) -> QgsRectangle | None:
    """Extent in ``crs`` of the countries planned for (``in_study`` = 1), if the layer says."""
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in countries:
        if layer.fields().indexOf("in_study") < 0:
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        for feature in layer.getFeatures(QgsFeatureRequest(QgsExpression('"in_study" = 1'))):
            if feature.hasGeometry():
                extent.combineExtentWith(
                    transform.transformBoundingBox(feature.geometry().boundingBox())
                )
    return None if extent.isNull() or extent.width() <= 0 else extent


def _combined_extent(project, layers, crs) -> QgsRectangle:
    """Union of the layers' extents in ``crs``, grown by 5 % of width and height each side."""
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        layer_extent = layer.extent()
        if layer_extent.isNull():
            continue
        if layer.crs() != crs:
            transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
            layer_extent = transform.transformBoundingBox(layer_extent)
        extent.combineExtentWith(layer_extent)
    if extent.isNull() or extent.width() <= 0 or extent.height() <= 0:
        raise RuntimeError(
            tr("Cannot export the map: the layers to zoom to ({names}) have no features.").format(
                names=", ".join(lyr.name() for lyr in layers)
            )
        )
    dx, dy = extent.width() * 0.05, extent.height() * 0.05
    return QgsRectangle(
        extent.xMinimum() - dx,
        extent.yMinimum() - dy,
        extent.xMaximum() + dx,
        extent.yMaximum() + dy,
    )


def _scaled(extent: QgsRectangle, factor: float) -> QgsRectangle:
    """``extent`` grown (or shrunk) about its centre by ``factor``."""
    centre = extent.center()
    half_w, half_h = extent.width() * factor / 2, extent.height() * factor / 2
    return QgsRectangle(
        centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h
    )


def _fit_aspect(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    """Grow ``extent`` about its centre to the width/height ``ratio`` of the map frame."""
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2,
        centre.y() - height / 2,
        centre.x() + width / 2,
        centre.y() + height / 2,
    )


# --- export -------------------------------------------------------------------------------


def _export_pdf(exporter: QgsLayoutExporter, path: Path):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.textRenderFormat = text_as_text_flag()
    return exporter.exportToPdf(str(path), settings)


def _export_png(exporter: QgsLayoutExporter, path: Path, dpi: int):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    # The exporter asks GDAL to georeference the PNG in place, which the PNG driver refuses
    # ("ERROR 6 ... does not support update access"); the image itself is fine, so keep quiet.
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL ships with QGIS
        gdal = None
    if gdal is not None:
        gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = exporter.exportToImage(str(path), settings)
    finally:
        if gdal is not None:
            gdal.PopErrorHandler()
    if result == QgsLayoutExporter.Success and page_is_blank(path):
        raise RuntimeError(tr("The exported image {path} is blank.").format(path=path))
    return result


def _export_error(path: Path, code) -> str:
    """QGIS's exporter result as a reader can act on it."""
    if code in (QgsLayoutExporter.FileError, QgsLayoutExporter.PrintError):
        free = shutil.disk_usage(path.parent).free if path.parent.exists() else 0
        if free < 50 * 2**20:
            return tr(
                "Could not write {path}: the disk is full ({free} MB free). Free some space "
                "or choose another output folder."
            ).format(path=path, free=free // 2**20)
        return tr(
            "Could not write {path}: check that the folder is writable and that no other "
            "program (a PDF viewer) holds the file open."
        ).format(path=path)
    if code == QgsLayoutExporter.MemoryError:
        return tr(
            "Not enough memory to export {path}: lower the resolution (dpi) or close other "
            "programs."
        ).format(path=path)
    return tr("QGIS could not export {path} (exporter error {code}).").format(
        path=path, code=int(code)
    )


def _atomic_export(final: Path, export) -> None:
    """Export to a temporary file beside ``final``, check it, then move it into place."""
    folder = final.parent
    folder.mkdir(parents=True, exist_ok=True)
    # Not mkstemp: its 0600 mode would stick to the published file.
    tmp = folder / f".{final.stem}.{uuid.uuid4().hex[:12]}{final.suffix.lower()}"
    try:
        result = export(tmp)
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(_export_error(final, result))
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise RuntimeError(
                tr("The export to {path} produced an empty file.").format(path=final)
            )
        tmp.replace(final)  # atomic rename within the folder
    finally:
        if tmp.exists():
            tmp.unlink()


def _check_map_drawn(exporter: QgsLayoutExporter, map_item: QgsLayoutItemMap) -> None:
    """Render the inside of the map frame at low resolution; fail if nothing was drawn.

    Items over the map (the "simulated data" banner) are hidden for the check, with Qt's
    ``setVisible`` (no undo entry): a blank map under a banner is still a blank map.
    """
    rect = map_item.sceneBoundingRect()
    inset = 3.0
    region = QRectF(
        rect.x() + inset,
        rect.y() + inset,
        rect.width() - 2 * inset,
        rect.height() - 2 * inset,
    )
    covering = [
        item
        for item in map_item.layout().items()
        if isinstance(item, QgsLayoutItem)
        and not isinstance(item, QgsLayoutItemPage)
        and item is not map_item
        and item.isVisible()
        and item.sceneBoundingRect().intersects(region)
    ]
    for item in covering:
        item.setVisible(False)
    try:
        image = exporter.renderRegionToImage(region, dpi=30)
    finally:
        for item in covering:
            item.setVisible(True)
    if image.isNull() or page_is_blank(image):
        raise RuntimeError(
            tr("The map in the layout rendered blank; check that the layers have features.")
        )


def _image_to_array(img: QImage) -> np.ndarray:
    """RGBA uint8 array (height, width, 4) of a QImage."""
    img = img.convertToFormat(QImage.Format_RGBA8888)
    width, height = img.width(), img.height()
    pointer = img.constBits()
    pointer.setsize(img.sizeInBytes())
    rows = np.frombuffer(pointer, dtype=np.uint8).reshape(height, img.bytesPerLine())
    return rows[:, : width * 4].reshape(height, width, 4).copy()


# --- layouts from .qpt templates ----------------------------------------------------------
#
# The templates in ``resources/layouts/`` hold no layers: the map items, the legend and the
# atlas are filled in here, by item id, each time a layout is made from them. Texts refer to
# layout variables (``@cms_title``, ``@cms_subtitle``, ``@cms_credits``, ``@cms_date``,
# ``@cms_version``) and, on the atlas page, to the candidate's attributes through
# ``attribute(@atlas_feature, 'field')`` (NULL, not an error, when a field is missing), so a
# trainer can move, restyle and reword every item in the Layout Designer.

OVERVIEW_TEMPLATE = "overview_a4_landscape"
CANDIDATE_TEMPLATE = "candidate_a4_portrait"
TEMPLATE_NAMES: tuple[str, ...] = (OVERVIEW_TEMPLATE, CANDIDATE_TEMPLATE)

#: Item ids each template must have (``table`` only on the candidate page).
TEMPLATE_ITEM_IDS: dict[str, tuple[str, ...]] = {
    OVERVIEW_TEMPLATE: (
        "title",
        "subtitle",
        "map",
        "inset",
        "legend",
        "scalebar",
        "north_arrow",
        "credits",
    ),
    CANDIDATE_TEMPLATE: (
        "title",
        "subtitle",
        "map",
        "inset",
        "legend",
        "scalebar",
        "north_arrow",
        "credits",
        "table",
    ),
}

VARIABLE_PREFIX = "cms_"


def translate_template(layout) -> None:
    """Put the user's language into the templates' fixed texts (the title's "TFCA
    candidate"), leaving the expressions alone. Trainers may restyle the .qpt in English;
    the pages still come out in French or Spanish."""
    title = layout.itemById("title")
    if title is not None and title.text().startswith("TFCA candidate "):
        title.setText(tr("TFCA candidate") + title.text()[len("TFCA candidate") :])


def template_path(name: str) -> Path:
    """``resources/layouts/<name>.qpt``."""
    return resource_path("layouts", f"{name}.qpt")


def load_template(project: QgsProject, name: str) -> QgsPrintLayout:
    """A print layout for ``project`` from ``resources/layouts/<name>.qpt`` (or a .qpt path).

    Checks that the items the plugin fills (see :data:`TEMPLATE_ITEM_IDS`) are there, so a
    template edited in the Layout Designer fails with a message naming the missing ids.
    The layout points to ``project``: keep the project alive while the layout is used.
    """
    path = Path(name) if str(name).lower().endswith(".qpt") else template_path(name)
    if not path.is_file():
        raise RuntimeError(
            tr("Layout template not found: {path}. Reinstall the plugin.").format(path=path)
        )
    document = QDomDocument()
    parsed, parse_error, line, _column = document.setContent(path.read_text(encoding="utf-8"))
    if not parsed:
        raise RuntimeError(
            tr("Layout template {path} is not valid XML (line {line}): {error}").format(
                path=path, line=line, error=parse_error
            )
        )
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise RuntimeError(tr("QGIS could not read the layout template {path}.").format(path=path))
    required = TEMPLATE_ITEM_IDS.get(path.stem, ("title", "map"))
    missing = [item_id for item_id in required if layout.itemById(item_id) is None]
    if missing:
        raise RuntimeError(
            tr("Layout template {path} lacks the item(s) {ids}.").format(
                path=path, ids=", ".join(missing)
            )
        )
    layout.setName(path.stem)
    return layout


def _north_arrow_svg() -> str:
    svg = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, QgsPathResolver())
    if not svg or not Path(svg).is_file():
        raise RuntimeError(
            tr("North arrow symbol {name} not found in the QGIS SVG paths.").format(
                name=NORTH_ARROW_SVG
            )
        )
    return svg


# --- filling a template -------------------------------------------------------------------


def _set_variables(layout: QgsPrintLayout, **values: str) -> None:
    for key, value in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, VARIABLE_PREFIX + key, value)


def _standard_variables(
    title: str, subtitle: str, credits: str, date, notice: str = ""
) -> dict[str, str]:
    return {
        "title": title,
        "subtitle": subtitle,
        "credits": credits,
        "notice": notice,
        "date": tr("Exported on {date}").format(date=date_text(date or _dt.date.today())),
        "version": plugin_version(),
    }


def printable(text: str, font: QFont) -> str:
    """``text`` without the characters ``font`` cannot draw (emoji printed as boxes)."""
    metrics = QFontMetricsF(font)
    return "".join(ch for ch in text if ch.isspace() or metrics.inFontUcs4(ord(ch)))


def _fit_title(layout: QgsPrintLayout, title: str, smallest_pt: float = 11.0) -> None:
    """A long title shrinks to fit its one line (down to ``smallest_pt``), then ends in
    "…" rather than being cut mid-word by the item's frame; undrawable characters go."""
    item = layout.itemById("title")
    if item is None or "@cms_title" not in item.text():
        return
    font = QFont(item.textFormat().font() if hasattr(item, "textFormat") else item.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 18.0
    text = printable(title, font)
    width_mm = item.rect().width() - 2 * item.marginX()

    def text_mm(points: float) -> float:
        font.setPointSizeF(points)
        return QFontMetricsF(font).horizontalAdvance(text) / _screen_dpi() * 25.4

    while size > smallest_pt and text_mm(size) > width_mm:
        size -= 0.5
    font.setPointSizeF(size)
    if text_mm(size) > width_mm:
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(text, Qt.ElideRight, width_mm / 25.4 * _screen_dpi())
    colour = item.textFormat().color() if hasattr(item, "textFormat") else item.fontColor()
    _set_label_font(item, font, colour)
    _set_variables(layout, title=text)


def _screen_dpi() -> float:
    """The DPI QFontMetrics measures in (the application's logical DPI)."""
    from qgis.PyQt.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInch() if screen is not None else 96.0


def _show_notice(layout: QgsPrintLayout, notice: str) -> None:
    """The banner shows only when there is something to say."""
    item = layout.itemById("notice")
    if item is not None:
        item.setVisibility(bool(notice))


def _fill_common(
    layout: QgsPrintLayout,
    project: QgsProject,
    ordered: list[QgsMapLayer],
    crs: QgsCoordinateReferenceSystem,
    extent: QgsRectangle | None,
    *,
    simplify_locator: bool = False,
) -> list[QgsMapLayer]:
    """Layers, CRS and links of the map, locator, legend, scale bar and north arrow.

    With ``simplify_locator`` the locator draws simplified copies of the countries (a layout
    that is only exported, not kept); returns those copies, for the caller to remove from
    ``project`` once the layout is exported.
    """
    temporary: list[QgsMapLayer] = []
    map_item = layout.itemById("map")
    map_item.setCrs(crs)
    map_item.setLayers(ordered)
    map_item.setKeepLayerSet(True)
    if extent is not None:
        rect = map_item.rect()
        map_item.setExtent(_fit_aspect(extent, rect.width() / rect.height()))

    inset = layout.itemById("inset")
    if inset is not None:
        countries = [lyr for lyr in ordered if layer_role(lyr) == "countries"]
        locator_layers = countries or [lyr for lyr in ordered if not is_basemap(lyr)][-1:]
        inset.setCrs(crs)
        inset_extent = _combined_extent(project, locator_layers, crs)
        study = _study_extent(project, countries, crs)
        if study is not None:
            # The region around the countries planned for, not every neighbour in full
            # (Russia alone stretched the locator into a distorted hemisphere).
            inset_extent = inset_extent.intersect(_scaled(study, 2.5))
        if countries and simplify_locator:
            # A 5 cm locator needs no coastline detail: simplified, the world's countries
            # weigh a few kB per PDF page instead of hundreds.
            tolerance = inset_extent.width() / 600.0
            locator_layers = [_simplified(lyr, tolerance, crs, project) for lyr in countries]
            temporary += locator_layers
        inset.setLayers(locator_layers)
        inset.setKeepLayerSet(True)
        if extent is not None:
            # Leave room around the main map's frame so the locator places it in a region.
            inset_extent.combineExtentWith(_scaled(extent, 2.0))
        rect = inset.rect()
        inset.setExtent(_fit_aspect(inset_extent, rect.width() / rect.height()))
        stack = inset.overviews()
        if stack.size() == 0:
            stack.addOverview(QgsLayoutItemMapOverview("locator", inset))
        stack.overview(0).setLinkedMap(map_item)

    legend = layout.itemById("legend")
    if legend is not None:
        legend.setTitle(tr("Legend"))  # the template's title is English
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in ordered:
            if not is_basemap(layer):
                root.addChildNode(QgsLayerTreeLayer(layer))
        # Only what the map shows: no "Kept out" entry on a plan that keeps nothing out,
        # and on each atlas page only the classes of that page.
        legend.setLegendFilterByMapEnabled(True)
        legend.adjustBoxSize()
        legend.refresh()

    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(map_item)
        scalebar.refreshItemSize()

    arrow = layout.itemById("north_arrow")
    if arrow is not None:
        arrow.setLinkedMap(map_item)
        if not Path(arrow.picturePath()).is_file():
            arrow.setPicturePath(_north_arrow_svg())
    return temporary


def _simplified(layer, tolerance: float, crs, project: QgsProject):
    """A memory copy of ``layer`` in ``crs``, simplified to ``tolerance`` map units, with the
    same style; kept in ``project`` (no legend entry) so layouts saved there still draw it."""
    copy = QgsVectorLayer(
        f"MultiPolygon?crs={crs.authid() or 'wkt:' + crs.toWkt()}", layer.name(), "memory"
    )
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    transform = QgsCoordinateTransform(layer.crs(), crs, project)
    features = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        geometry.transform(transform)
        simple = geometry.simplify(tolerance)
        out = QgsFeature(copy.fields())
        out.setAttributes(feature.attributes())
        out.setGeometry(simple if not simple.isEmpty() else geometry)
        features.append(out)
    copy.dataProvider().addFeatures(features)
    copy.setRenderer(layer.renderer().clone())
    for key in layer.customPropertyKeys():
        copy.setCustomProperty(key, layer.customProperty(key))
    project.addMapLayer(copy, False)
    return copy


def _project_and_layers(project_or_layers, crs, project=None):
    if isinstance(project_or_layers, QgsProject):
        return project_or_layers, _visible_layers(project_or_layers), False
    layers = [lyr for lyr in project_or_layers if lyr is not None]
    if project is not None:
        return project, layers, False
    project = QgsProject()
    project.setEllipsoid("EPSG:7030")
    if crs is not None and crs.isValid():
        project.setCrs(crs)
    return project, layers, True


def _check_valid(layers: Sequence[QgsMapLayer]) -> None:
    invalid = [lyr.name() for lyr in layers if not lyr.isValid()]
    if invalid:
        raise RuntimeError(
            tr("Cannot export the map: invalid layers: {names}.").format(names=", ".join(invalid))
        )


def _keep_in_project(project: QgsProject, layout: QgsPrintLayout, name: str) -> None:
    layout.setName(name)
    manager = project.layoutManager()
    previous = manager.layoutByName(name)
    if previous is not None:
        manager.removeLayout(previous)
    if not manager.addLayout(layout):
        raise RuntimeError(
            tr("Could not add the layout '{name}' to the project.").format(name=name)
        )


def export_overview_from_template(
    project_or_layers: QgsProject | Sequence[QgsMapLayer],
    pdf_path: str | os.PathLike,
    *,
    title: str,
    subtitle: str = "",
    credits: str = "",
    png_path: str | os.PathLike | None = None,
    extent_layers: Sequence[QgsMapLayer] | None = None,
    crs: QgsCoordinateReferenceSystem | None = None,
    png_dpi: int = 150,
    add_to_project: bool = False,
    template: str = OVERVIEW_TEMPLATE,
    date: _dt.date | None = None,
    project: QgsProject | None = None,
    notice: str = "",
) -> dict[str, Any]:
    """The A4 landscape overview from the ``.qpt`` template, exported to PDF (and PNG).

    ``project_or_layers`` is a QgsProject (its visible layers are mapped) or a list of
    layers. ``layers`` are drawn in :func:`order_layers` order; the map is zoomed to the
    extent of ``extent_layers`` (default: the planning units, else every non-basemap layer
    but the countries) plus 5 % on each side, in ``crs`` (default: the project's, else the
    first extent layer's). Each file is written under a temporary name, checked, then moved
    into place. With ``add_to_project`` the layout is kept in the project's layout manager
    under ``title``.

    Returns ``{"pdf", "png", "item_ids", "layers", "crs", "extent", "scale",
    "layout_name"}``. Raises RuntimeError with a readable message on failure.

    The page also has a locator map (``inset``: the countries layer, with the main map's
    extent framed in red). ``template`` is a template name or a ``.qpt`` path. With a list
    of layers, ``project`` is the project the layout belongs to (and is added to with
    ``add_to_project``; the layers should be in it); without it a private project is used.
    """
    project, layers, private = _project_and_layers(project_or_layers, crs, project)
    _check_valid(layers)
    ordered = order_layers(layers)
    if not ordered:
        raise RuntimeError(tr("The overview map has no layers to show."))
    extent_layers = list(extent_layers) if extent_layers else _default_extent_layers(ordered)
    crs = _choose_crs(project, crs, extent_layers)
    extent = _combined_extent(project, extent_layers, crs)

    temporary: list[QgsMapLayer] = []  # helper layers removed once exported
    layout = load_template(project, template)
    try:
        _set_variables(layout, **_standard_variables(title, subtitle, credits, date, notice))
        _show_notice(layout, notice)
        _fit_title(layout, title)
        temporary += _fill_common(
            layout, project, ordered, crs, extent, simplify_locator=not add_to_project
        )
        layout.refresh()
        result = _export_layout(layout, Path(pdf_path), png_path, png_dpi)
        result["item_ids"] = [
            item_id for item_id in TEMPLATE_ITEM_IDS[OVERVIEW_TEMPLATE] if layout.itemById(item_id)
        ]
        result["layout_name"] = title
        if add_to_project and not private:
            _keep_in_project(project, layout, title)
    finally:
        del layout
        for layer in temporary:
            project.removeMapLayer(layer.id())
    return result


def export_candidate_atlas(
    project: QgsProject | None,
    tfca_layer: QgsMapLayer,
    other_layers: Sequence[QgsMapLayer],
    pdf_path: str | os.PathLike,
    png_folder: str | os.PathLike | None = None,
    *,
    title: str = "",
    credits: str = "",
    png_dpi: int = 150,
    margin: float = 0.25,
    add_to_project: bool = False,
    template: str = CANDIDATE_TEMPLATE,
    date: _dt.date | None = None,
    notice: str = "",
) -> dict[str, Any]:
    """One A4 portrait page per TFCA candidate: one multi-page PDF, and a PNG per page.

    ``tfca_layer`` is the atlas coverage layer; ``other_layers`` are drawn under it (the
    countries layer also feeds the locator map). PNGs are named ``candidate_<tfca_id>.png``
    (feature number when there is no ``tfca_id``). Every file is written under a temporary
    name, checked, then moved into place. With ``project`` None a private project is used
    (and ``add_to_project`` is ignored).

    Returns ``{"pages", "pdf", "pngs", "titles", "item_ids", "layout_name"}``. Raises
    RuntimeError with a readable message, among others when there is no candidate.
    """
    private = project is None
    if private:
        project = QgsProject()
        project.setEllipsoid("EPSG:7030")
    if tfca_layer is None or not tfca_layer.isValid():
        raise RuntimeError(tr("Cannot make the candidate atlas: the TFCA layer is not valid."))
    if tfca_layer.featureCount() == 0:
        raise RuntimeError(
            tr(
                "No TFCA candidate to map: no cluster of selected sites spans two or more "
                "countries. Try a larger gap distance or higher targets."
            )
        )
    layers = [tfca_layer, *[lyr for lyr in other_layers if lyr is not None]]
    _check_valid(layers)
    ordered = order_layers(layers)
    crs = _choose_crs(QgsProject(), None, [tfca_layer]) if private else tfca_layer.crs()
    if not crs.isValid():
        crs = _choose_crs(project, None, [tfca_layer])

    temporary: list[QgsMapLayer] = []  # helper layers removed once exported
    layout = load_template(project, template)
    try:
        _set_variables(layout, **_standard_variables(title, "", credits, date, notice))
        _set_variables(layout, country_names=json.dumps(_country_names(tfca_layer)))
        _show_notice(layout, notice)
        temporary += _fill_common(
            layout, project, ordered, crs, None, simplify_locator=not add_to_project or private
        )
        figures = _key_figures_table(layout, project, tfca_layer)
        if figures is not None and (private or not add_to_project):
            temporary.append(figures)
        translate_template(layout)

        map_item = layout.itemById("map")
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        map_item.setAtlasMargin(margin)
        atlas = layout.atlas()
        atlas.setCoverageLayer(tfca_layer)
        atlas.setHideCoverage(False)
        id_field = "tfca_id" if tfca_layer.fields().indexOf("tfca_id") >= 0 else None
        page_name = f'"{id_field}"' if id_field else "@atlas_featurenumber"
        atlas.setPageNameExpression(page_name)
        if id_field and tfca_layer.fields().indexOf("rank") >= 0:
            atlas.setSortFeatures(True)
            atlas.setSortExpression('"rank"')
        atlas.setEnabled(True)
        count = atlas.updateFeatures()
        if count == 0:
            raise RuntimeError(tr("No TFCA candidate to map."))

        pdf_final = Path(pdf_path)
        pngs: list[str] = []
        titles: list[str] = []
        exporter = QgsLayoutExporter(layout)
        title_item = layout.itemById("title")
        if not atlas.beginRender():
            raise RuntimeError(tr("QGIS could not start the atlas."))
        try:
            for index in range(count):
                if not atlas.seekTo(index):
                    raise RuntimeError(
                        tr("QGIS could not go to atlas page {n}.").format(n=index + 1)
                    )
                layout.refresh()
                titles.append(title_item.currentText() if title_item is not None else "")
                if index == 0:
                    _check_map_drawn(exporter, map_item)
                if png_folder is not None:
                    name = atlas.nameForPage(index) or str(index + 1)
                    png_final = Path(png_folder) / f"candidate_{_safe_name(name)}.png"
                    _atomic_export(png_final, lambda tmp: _export_png(exporter, tmp, png_dpi))
                    pngs.append(str(png_final))
        finally:
            atlas.endRender()
        _atomic_export(pdf_final, lambda tmp: _export_atlas_pdf(atlas, tmp))
        result = {
            "pages": count,
            "pdf": str(pdf_final),
            "pngs": pngs,
            "titles": titles,
            "item_ids": [
                i for i in TEMPLATE_ITEM_IDS[CANDIDATE_TEMPLATE] if layout.itemById(i) is not None
            ],
            "layout_name": tr("TFCA candidates atlas"),
        }
        if add_to_project and not private:
            _keep_in_project(project, layout, result["layout_name"])
    finally:
        del layout
        for layer in temporary:
            project.removeMapLayer(layer.id())
    return result


def key_figures(attributes: dict[str, Any], n_candidates: int = 0) -> list[tuple[str, str]]:
    """A candidate's key figures as (label, value) rows in the reader's language.

    Figures whose field the candidate lacks (a layer from another tool) are left out.
    """

    def has(name: str) -> bool:
        value = attributes.get(name)
        return value is not None and value == value and str(value) != "NULL"

    rows: list[tuple[str, str]] = []
    if has("countries"):
        codes = [c for c in str(attributes["countries"]).split(";") if c]
        rows.append((tr("Countries"), ", ".join(reader_name(code) for code in codes)))
    if has("area_km2"):
        rows.append((tr("Area"), localized(tr("{area:,.0f} km²"), area=attributes["area_km2"])))
    if has("area_by_country"):
        for part in str(attributes["area_by_country"]).split(";"):
            code, _, area = part.partition(":")
            try:
                value = float(area)
            except ValueError:
                continue
            rows.append(
                (
                    tr("Area in {country}").format(country=reader_name(code)),
                    localized(tr("{area:,.0f} km²"), area=value),
                )
            )
    if has("protected_share"):
        share = localized("{v:.1f} %", v=100.0 * float(attributes["protected_share"]))
        rows.append((tr("Already protected"), share))
    for field, label in (
        ("n_species", tr("Species represented")),
        ("n_transboundary", tr("Species across the border")),
        ("n_features", tr("Species-season features")),
        ("n_units", tr("Planning units")),
    ):
        if has(field):
            rows.append((label, localized("{v:,}", v=int(attributes[field]))))
    if has("importance_dpc"):
        rows.append(
            (
                tr("Connectivity importance (dPC, %)"),
                localized("{v:.1f}", v=float(attributes["importance_dpc"])),
            )
        )
    if has("frequency"):
        rows.append(
            (tr("Selection frequency"), localized("{v:.2f}", v=float(attributes["frequency"])))
        )
    if has("rank"):
        rank = int(attributes["rank"])
        text = tr("{rank} of {n}").format(rank=rank, n=n_candidates) if n_candidates else str(rank)
        rows.append((tr("Rank"), text))
    return rows


def _country_names(tfca_layer) -> dict[str, str]:
    """Code -> name in the reader's language, for every country of the candidates."""
    if tfca_layer.fields().indexOf("countries") < 0:
        return {}
    codes = set()
    for feature in tfca_layer.getFeatures():
        codes.update(c for c in str(feature["countries"] or "").split(";") if c)
    return {code: reader_name(code) for code in sorted(codes)}


def _key_figures_table(layout: QgsPrintLayout, project: QgsProject, tfca_layer) -> Any:
    """Swap the ``table`` placeholder for an attribute table of the atlas feature's figures.

    The rows live in a small memory table (candidate, figure, value) filtered to the atlas
    feature: a real table with a grid, in the reader's language, that follows the atlas.
    Returns that memory layer (added to ``project`` without a legend entry), or None when
    the template has no ``table`` item.
    """
    placeholder = layout.itemById("table")
    if placeholder is None:
        return None
    id_field = "tfca_id" if tfca_layer.fields().indexOf("tfca_id") >= 0 else None
    figures = QgsVectorLayer(
        "None?field=page:string&field=figure:string&field=value:string",
        tr("Key figures"),
        "memory",
    )
    n = tfca_layer.featureCount()
    names = tfca_layer.fields().names()
    records = []
    for feature in tfca_layer.getFeatures():
        page = str(feature[id_field]) if id_field else str(feature.id())
        attributes = dict(zip(names, feature.attributes()))
        for label, value in key_figures(attributes, n):
            record = QgsFeature(figures.fields())
            record.setAttributes([page, label, value])
            records.append(record)
    figures.dataProvider().addFeatures(records)
    project.addMapLayer(figures, False)

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(figures)
    table.setFilterFeatures(True)
    page_of = f"attribute(@atlas_feature, '{id_field}')" if id_field else "@atlas_featureid"
    table.setFeatureFilter(f'"page" = to_string({page_of})')
    table.setMaximumNumberOfFeatures(60)
    heading = QgsLayoutTableColumn(tr("Key figures"))
    heading.setAttribute("figure")
    value = QgsLayoutTableColumn("")
    value.setAttribute("value")
    value.setHAlignment(Qt.AlignRight)
    table.setColumns([heading, value])
    header = QgsTextFormat.fromQFont(_font(9, bold=True))
    header.setColor(QColor("#1b5e20"))
    content = QgsTextFormat.fromQFont(_font(8))
    content.setColor(QColor("#1a1a1a"))
    if hasattr(table, "setHeaderTextFormat"):  # QGIS 3.16+
        table.setHeaderTextFormat(header)
        table.setContentTextFormat(content)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    table.setGridColor(QColor("#c8c8c8"))
    table.setGridStrokeWidth(0.2)
    table.setCellMargin(0.9)
    table.setBackgroundColor(QColor("#ffffff"))
    table.setEmptyTableBehavior(QgsLayoutTable.HideTable)
    rect = placeholder.sizeWithUnits(), placeholder.positionWithUnits()
    layout.removeLayoutItem(placeholder)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("table")
    layout.addLayoutItem(frame)
    frame.attemptMove(rect[1])
    frame.attemptResize(rect[0])
    table.addFrame(frame)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    return figures


def _safe_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in str(name))
    return cleaned.strip("_") or "page"


def _export_atlas_pdf(atlas, path: Path):
    settings = QgsLayoutExporter.PdfExportSettings()
    # QGIS 3.22 draws hatching as an image: 200 dpi keeps it sharp in print at two thirds
    # of the file size of 300 dpi (text and lines stay vectors).
    settings.dpi = 200
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.textRenderFormat = text_as_text_flag()
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings)
    if result != QgsLayoutExporter.Success and error:
        raise RuntimeError(
            tr("QGIS could not export the atlas to {path}: {error}").format(path=path, error=error)
        )
    return result
