"""The overview map: an A4 print layout built in code and exported to PDF/PNG.

Items carry stable ids (``title``, ``subtitle``, ``map``, ``legend``, ``scalebar``,
``north_arrow``, ``credits``) so tests, and ``.qpt`` templates saved from this layout, can
find them. No ``iface`` is needed: the layout runs headless.

QGIS 3.22 pitfalls handled here: an item must be added to the layout before
``attemptMove``/``attemptResize`` (otherwise the export is blank yet reports success), so the
exporter result is never trusted alone: the file must exist, be non-empty, and the map region
must render something. Layouts are ``QGraphicsScene`` objects: build and export them on the
main thread (a Processing algorithm calling this needs ``FlagNoThreading``).
"""

from __future__ import annotations

import datetime as _dt
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsSymbolLayerUtils,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage

from .i18n import tr
from .styles import ROLE_PROPERTY

#: Stable item ids, in the order they are added to the layout.
ITEM_IDS: tuple[str, ...] = (
    "title",
    "subtitle",
    "map",
    "legend",
    "scalebar",
    "north_arrow",
    "credits",
)

#: Drawing order of the known output layers, top first. Unknown vector layers go just below
#: the TFCA candidates; basemaps (web tiles) go to the bottom and stay out of the legend.
_ROLE_RANK: dict[str, int] = {
    "tfca_candidates": 0,
    "corridors": 2,
    "planning_units": 3,
    "species_ranges": 4,
    "protected_areas": 5,
    "countries": 6,
}
_UNKNOWN_RANK = 1
_BASEMAP_RANK = 7
_BASEMAP_PROVIDERS = frozenset({"wms", "arcgismapserver", "xyzvectortiles", "mbtilesvectortiles"})

NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"

# Page geometry (millimetres, A4 landscape 297 x 210).
_PAGE_W, _PAGE_H, _MARGIN = 297.0, 210.0, 10.0
_MAP_RECT = (_MARGIN, 27.0, 205.0, 157.0)  # x, y, width, height
_PANEL_X = _MAP_RECT[0] + _MAP_RECT[2] + 5.0  # right-hand panel: legend, north arrow
_SCALEBAR_TARGET_MM = 60.0
_SCALEBAR_SEGMENTS = 4


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


def nice_segment(length: float) -> float:
    """Largest 1, 2, 2.5 or 5 x 10^k not above ``length`` (scale bar segment size)."""
    if not length > 0:
        raise ValueError("length must be positive")
    exponent = 10.0 ** np.floor(np.log10(length))
    for step in (5.0, 2.5, 2.0, 1.0):
        if step * exponent <= length * (1 + 1e-9):
            return float(step * exponent)
    return float(exponent)


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


def build_overview_layout(
    project: QgsProject,
    layers: Sequence[QgsMapLayer],
    *,
    title: str,
    subtitle: str = "",
    credits: str = "",
    extent_layers: Sequence[QgsMapLayer] | None = None,
    crs: QgsCoordinateReferenceSystem | None = None,
    date: _dt.date | None = None,
) -> QgsPrintLayout:
    """Build the A4 landscape overview layout (not exported).

    The layout keeps a bare pointer to ``project``: keep the project alive while the layout
    is used (a dropped temporary ``QgsProject()`` crashes the render).

    ``layers`` are drawn in :func:`order_layers` order; the map is zoomed to the extent of
    ``extent_layers`` (default: the planning units, else every non-basemap layer but the
    countries) plus 5 % on each side, in ``crs`` (default: the project's, else the first
    extent layer's).
    """
    ordered = order_layers(layers)
    if not ordered:
        raise RuntimeError(tr("The overview map has no layers to show."))
    extent_layers = list(extent_layers) if extent_layers else _default_extent_layers(ordered)
    crs = _choose_crs(project, crs, extent_layers)
    extent = _combined_extent(project, extent_layers, crs)

    layout = QgsPrintLayout(project)
    layout.setName(title)
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Landscape)
    layout.pageCollection().addPage(page)

    # Every item is added to the layout before it is moved or resized (QGIS 3.22 trap).
    title_item = _label(layout, "title", title, (_MARGIN, 6.0, _PAGE_W - 2 * _MARGIN, 10.0))
    _set_label_font(title_item, _font(18, bold=True), QColor("#1a1a1a"))
    # Room for two lines: run summaries make long subtitles.
    subtitle_item = _label(
        layout, "subtitle", subtitle, (_MARGIN, 16.0, _PAGE_W - 2 * _MARGIN, 10.0)
    )
    _set_label_font(subtitle_item, _font(9), QColor("#505050"))

    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    layout.addLayoutItem(map_item)
    _place(map_item, _MAP_RECT)
    map_item.setCrs(crs)
    map_item.setLayers(ordered)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutMillimeters))
    map_item.setBackgroundColor(QColor("#ffffff"))
    # Not zoomToExtent(): on a new map item (QGIS 3.22) it divides by the empty current
    # extent and leaves the map with a NaN extent.
    map_item.setExtent(_fit_aspect(extent, _MAP_RECT[2] / _MAP_RECT[3]))

    _add_legend(layout, map_item, [lyr for lyr in ordered if not is_basemap(lyr)])
    _add_scalebar(layout, map_item)
    _add_north_arrow(layout, map_item)

    when = (date or _dt.date.today()).isoformat()
    exported = tr("Exported on {date}").format(date=when)
    credits_text = f"{credits}\n{exported}" if credits else exported
    map_bottom = _MAP_RECT[1] + _MAP_RECT[3]
    credits_item = _label(
        layout,
        "credits",
        credits_text,
        (110.0, map_bottom + 2.0, _PAGE_W - _MARGIN - 110.0, 16.0),
    )
    _set_label_font(credits_item, _font(7), QColor("#505050"))
    credits_item.setHAlign(Qt.AlignRight)
    return layout


def export_overview_map(
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
) -> dict[str, Any]:
    """Build the overview layout and export it to ``pdf_path`` (and ``png_path``).

    ``project_or_layers`` is a QgsProject (its visible layers are mapped) or a list of layers
    (mapped through a private project; the layers are not added to any project). Each file is
    written to a temporary name in its folder, checked (exporter result, size, map region not
    blank) and then moved into place, so a failed export never leaves a half-written file.
    With ``add_to_project`` (project only) the layout is also kept in the project's layout
    manager for editing in the Layout Designer.

    Returns ``{"pdf", "png", "item_ids", "layers", "crs", "extent", "scale", "layout_name"}``.
    Raises RuntimeError with a readable message on failure.
    """
    if isinstance(project_or_layers, QgsProject):
        project = project_or_layers
        layers = _visible_layers(project)
    else:
        layers = [lyr for lyr in project_or_layers if lyr is not None]
        project = QgsProject()
        project.setEllipsoid("EPSG:7030")
        if crs is not None and crs.isValid():
            project.setCrs(crs)
    invalid = [lyr.name() for lyr in layers if not lyr.isValid()]
    if invalid:
        raise RuntimeError(
            tr("Cannot export the map: invalid layers: {names}.").format(names=", ".join(invalid))
        )

    layout = build_overview_layout(
        project,
        layers,
        title=title,
        subtitle=subtitle,
        credits=credits,
        extent_layers=extent_layers,
        crs=crs,
    )
    try:
        result = _export_layout(layout, Path(pdf_path), png_path, png_dpi)
        if add_to_project and isinstance(project_or_layers, QgsProject):
            manager = project.layoutManager()
            previous = manager.layoutByName(layout.name())
            if previous is not None:
                manager.removeLayout(previous)
            manager.addLayout(layout)
    finally:
        del layout  # a layout must die before the (private) project it points to
    return result


def _export_layout(
    layout: QgsPrintLayout, pdf_final: Path, png_path, png_dpi: int
) -> dict[str, Any]:
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
        "item_ids": [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is not None],
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


def _place(item, rect: tuple[float, float, float, float]) -> None:
    x, y, width, height = rect
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))


def _label(layout: QgsPrintLayout, item_id: str, text: str, rect) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setHAlign(Qt.AlignLeft)
    label.setVAlign(Qt.AlignTop)
    layout.addLayoutItem(label)
    _place(label, rect)
    return label


def _add_legend(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, layers) -> None:
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(tr("Legend"))
    layout.addLayoutItem(legend)
    legend.setLinkedMap(map_item)
    # Our own tree: only the mapped layers, in drawing order, whatever the project holds.
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addChildNode(QgsLayerTreeLayer(layer))
    legend.setStyleFont(QgsLegendStyle.Title, _font(11, bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(9, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(8))
    legend.setSymbolWidth(8.0)
    legend.setSymbolHeight(5.0)
    legend.setWrapString("\n")
    legend.setBackgroundEnabled(True)
    legend.setResizeToContents(True)
    legend.attemptMove(QgsLayoutPoint(_PANEL_X, _MAP_RECT[1], QgsUnitTypes.LayoutMillimeters))
    legend.adjustBoxSize()
    legend.refresh()


def _add_scalebar(layout: QgsPrintLayout, map_item: QgsLayoutItemMap) -> None:
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    layout.addLayoutItem(scalebar)
    scalebar.setLinkedMap(map_item)
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel(tr("km"))
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(_SCALEBAR_SEGMENTS)
    # Ground kilometres under one millimetre of paper at the map's scale.
    km_per_mm = map_item.scale() / 1_000_000.0
    segment_km = nice_segment(_SCALEBAR_TARGET_MM * km_per_mm / _SCALEBAR_SEGMENTS)
    scalebar.setUnitsPerSegment(segment_km)
    scalebar.setHeight(2.5)
    scalebar.setTextFormat(QgsTextFormat.fromQFont(_font(8)))
    map_bottom = _MAP_RECT[1] + _MAP_RECT[3]
    scalebar.attemptMove(
        QgsLayoutPoint(_MAP_RECT[0], map_bottom + 2.0, QgsUnitTypes.LayoutMillimeters)
    )
    scalebar.refreshItemSize()


def _add_north_arrow(layout: QgsPrintLayout, map_item: QgsLayoutItemMap) -> None:
    svg = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, QgsPathResolver())
    if not svg or not Path(svg).is_file():
        raise RuntimeError(
            tr("North arrow symbol {name} not found in the QGIS SVG paths.").format(
                name=NORTH_ARROW_SVG
            )
        )
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    arrow.setPicturePath(svg)
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    map_bottom = _MAP_RECT[1] + _MAP_RECT[3]
    _place(arrow, (_PANEL_X + 2.0, map_bottom - 22.0, 12.0, 20.0))


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


def _atomic_export(final: Path, export) -> None:
    """Export to a temporary file beside ``final``, check it, then move it into place."""
    folder = final.parent
    folder.mkdir(parents=True, exist_ok=True)
    # Not mkstemp: its 0600 mode would stick to the published file.
    tmp = folder / f".{final.stem}.{uuid.uuid4().hex[:12]}{final.suffix.lower()}"
    try:
        result = export(tmp)
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(
                tr("QGIS could not export {path} (exporter error {code}).").format(
                    path=final, code=int(result)
                )
            )
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise RuntimeError(
                tr("The export to {path} produced an empty file.").format(path=final)
            )
        tmp.replace(final)  # atomic rename within the folder
    finally:
        if tmp.exists():
            tmp.unlink()


def _check_map_drawn(exporter: QgsLayoutExporter, map_item: QgsLayoutItemMap) -> None:
    """Render the inside of the map frame at low resolution; fail if nothing was drawn."""
    rect = map_item.sceneBoundingRect()
    inset = 3.0
    region = QRectF(
        rect.x() + inset,
        rect.y() + inset,
        rect.width() - 2 * inset,
        rect.height() - 2 * inset,
    )
    image = exporter.renderRegionToImage(region, dpi=30)
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
