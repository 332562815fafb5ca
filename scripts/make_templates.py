"""Regenerate the shipped print-layout templates, ``resources/layouts/*.qpt``.

The plugin reads its maps only from these ``.qpt`` files (``qgis_io/layouts.py``); this
script is the developer's tool that drew them, kept so a design change can be made in code
and the templates rewritten, instead of edited by hand in the Layout Designer:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_templates.py [folder]

The templates hold no layers: item ids (``title``, ``map``, ``inset``, ``legend``, ...) and
texts made of layout variables (``@cms_title``, ...) are what the plugin fills. Every item
is added to the layout before ``attemptMove``/``attemptResize`` (QGIS 3.22 otherwise exports
a blank page and reports success).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402 (after the path set-up)
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

from cms_connectivity_plugin.qgis_io.layouts import (  # noqa: E402
    CANDIDATE_TEMPLATE,
    OVERVIEW_TEMPLATE,
    TEMPLATE_NAMES,
    _fit_aspect,
    _font,
    _north_arrow_svg,
    _set_label_font,
)

# Page geometry (millimetres, A4 landscape 297 x 210).
_PAGE_W, _MARGIN = 297.0, 10.0
_MAP_RECT = (_MARGIN, 27.0, 205.0, 157.0)  # x, y, width, height
_PANEL_X = _MAP_RECT[0] + _MAP_RECT[2] + 5.0  # right-hand panel: legend, locator
_SCALEBAR_TARGET_MM = 60.0
_SCALEBAR_SEGMENTS = 4

_CREDITS_TEXT = "[% @cms_credits %]\n[% @cms_date %] · CMS Connectivity Planner [% @cms_version %]"
_NOTICE_TEXT = "[% @cms_notice %]"
#: The candidate page's key-figures placeholder, replaced by a real table when exported.
_KEY_FIGURES_PLACEHOLDER = "Key figures"
#: "TFCA candidate 1: Andorra – Spain – France": the names come from @cms_country_names
#: (code -> name in the reader's language), the codes themselves where it has none.
#: ``layouts.translate_template`` translates the leading "TFCA candidate".
_CANDIDATE_TITLE = (
    "TFCA candidate [% attribute(@atlas_feature, 'tfca_id') %]: "
    "[% array_to_string(array_foreach(string_to_array(attribute(@atlas_feature, 'countries'), "
    "';'), coalesce(map_get(json_to_map(@cms_country_names), @element), @element)), ' – ') %]"
)


def _place(item, rect: tuple[float, float, float, float]) -> None:
    """Move and resize an item already added to its layout."""
    x, y, width, height = rect
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))


def _label(layout: QgsPrintLayout, item_id: str, text: str, rect) -> QgsLayoutItemLabel:
    """A top-left aligned label, added to the layout before it is placed."""
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setHAlign(Qt.AlignLeft)
    label.setVAlign(Qt.AlignTop)
    layout.addLayoutItem(label)
    _place(label, rect)
    return label


def build_template(project: QgsProject, name: str) -> QgsPrintLayout:
    """One of the shipped templates built in code, with no layers (see :func:`write_templates`)."""
    layout = QgsPrintLayout(project)
    layout.setName(name)
    page = QgsLayoutItemPage(layout)
    if name == OVERVIEW_TEMPLATE:
        page.setPageSize("A4", QgsLayoutItemPage.Landscape)
        layout.pageCollection().addPage(page)
        _build_overview_items(layout)
    elif name == CANDIDATE_TEMPLATE:
        page.setPageSize("A4", QgsLayoutItemPage.Portrait)
        layout.pageCollection().addPage(page)
        _build_candidate_items(layout)
    else:
        raise ValueError(f"unknown template {name!r}")
    return layout


def write_templates(folder: str | os.PathLike | None = None) -> list[Path]:
    """(Re)write the shipped ``.qpt`` files; a developer tool, run when the design changes."""
    out = Path(folder) if folder else ROOT / "resources" / "layouts"
    out.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    written = []
    for name in TEMPLATE_NAMES:
        layout = build_template(project, name)
        final = out / f"{name}.qpt"
        tmp = out / f".{name}.{uuid.uuid4().hex[:12]}.qpt"
        try:
            if not layout.saveAsTemplate(str(tmp), QgsReadWriteContext()):
                raise RuntimeError(f"Could not write {final}.")
            tmp.replace(final)
        finally:
            if tmp.exists():
                tmp.unlink()
            del layout
        written.append(final)
    return written


def _build_overview_items(layout: QgsPrintLayout) -> None:
    """A4 landscape: title band, map left, panel right (legend, locator, north arrow)."""
    panel_w = _PAGE_W - _MARGIN - _PANEL_X
    map_bottom = _MAP_RECT[1] + _MAP_RECT[3]
    title = _label(layout, "title", "[% @cms_title %]", (_MARGIN, 6.0, _PAGE_W - 20.0, 10.0))
    _set_label_font(title, _font(18, bold=True), QColor("#1a1a1a"))
    subtitle = _label(
        layout, "subtitle", "[% @cms_subtitle %]", (_MARGIN, 16.0, _PAGE_W - 20.0, 10.0)
    )
    _set_label_font(subtitle, _font(9), QColor("#505050"))
    map_item = _template_map(layout, "map", _MAP_RECT)
    inset_rect = (_PANEL_X, map_bottom - 62.0, panel_w, 46.0)
    _template_inset(layout, map_item, inset_rect)
    _template_legend(layout, map_item, (_PANEL_X, _MAP_RECT[1]), columns=1)
    _template_scalebar(layout, map_item, (_MARGIN, map_bottom + 2.0))
    _template_north_arrow(layout, map_item, (_PAGE_W - _MARGIN - 10.0, map_bottom - 14.0))
    credits = _label(
        layout, "credits", _CREDITS_TEXT, (95.0, map_bottom + 2.0, _PAGE_W - _MARGIN - 95.0, 16.0)
    )
    _set_label_font(credits, _font(7), QColor("#505050"))
    credits.setHAlign(Qt.AlignRight)
    _template_notice(layout, _MAP_RECT)


def _build_candidate_items(layout: QgsPrintLayout) -> None:
    """A4 portrait: title band, map, then key figures beside the locator, legend, credits."""
    page_w, page_h = 210.0, 297.0
    inner = page_w - 2 * _MARGIN
    title = _label(layout, "title", _CANDIDATE_TITLE, (_MARGIN, 7.0, inner, 10.0))
    _set_label_font(title, _font(16, bold=True), QColor("#1a1a1a"))
    subtitle = _label(layout, "subtitle", "[% @cms_title %]", (_MARGIN, 17.0, inner, 8.0))
    _set_label_font(subtitle, _font(9), QColor("#505050"))
    map_rect = (_MARGIN, 26.0, inner, 118.0)
    map_bottom = map_rect[1] + map_rect[3]
    map_item = _template_map(layout, "map", map_rect)
    _template_scalebar(layout, map_item, (_MARGIN, map_bottom + 2.0))
    _template_north_arrow(layout, map_item, (page_w - _MARGIN - 10.0, map_bottom + 2.0))
    row_y = map_bottom + 14.0
    # Replaced by a real attribute table of the candidate's figures when exported.
    table = _label(layout, "table", _KEY_FIGURES_PLACEHOLDER, (_MARGIN, row_y, 118.0, 66.0))
    _set_label_font(table, _font(8.5), QColor("#1a1a1a"))
    _template_inset(layout, map_item, (_MARGIN + 123.0, row_y, inner - 123.0, 56.0))
    _template_legend(layout, map_item, (_MARGIN, row_y + 69.0), columns=2)
    credits = _label(layout, "credits", _CREDITS_TEXT, (_MARGIN, page_h - 16.0, inner, 9.0))
    _set_label_font(credits, _font(7), QColor("#505050"))
    _template_notice(layout, map_rect)


def _template_notice(layout: QgsPrintLayout, map_rect) -> None:
    """The "simulated data" banner across the top of the map: a reader cannot miss it, and
    it prints on every atlas page. Empty (and hidden) for real data."""
    x, y, width, _height = map_rect
    notice = _label(layout, "notice", _NOTICE_TEXT, (x + 0.4, y + 0.4, width - 0.8, 6.5))
    _set_label_font(notice, _font(9.5, bold=True), QColor("#7a2e00"))
    notice.setHAlign(Qt.AlignHCenter)
    notice.setVAlign(Qt.AlignVCenter)
    notice.setBackgroundEnabled(True)
    notice.setBackgroundColor(QColor(255, 236, 179, 235))
    notice.setFrameEnabled(True)
    notice.setFrameStrokeColor(QColor("#b26a00"))
    notice.setFrameStrokeWidth(QgsLayoutMeasurement(0.5, QgsUnitTypes.LayoutMillimeters))


def _template_map(layout: QgsPrintLayout, item_id: str, rect) -> QgsLayoutItemMap:
    map_item = QgsLayoutItemMap(layout)
    map_item.setId(item_id)
    layout.addLayoutItem(map_item)
    _place(map_item, rect)
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    # Europe in LAEA; replaced by the data's extent when the layout is filled.
    map_item.setExtent(_fit_aspect(QgsRectangle(2.5e6, 1.4e6, 6.0e6, 5.4e6), rect[2] / rect[3]))
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutMillimeters))
    map_item.setBackgroundColor(QColor("#ffffff"))
    return map_item


def _template_inset(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, rect) -> None:
    inset = _template_map(layout, "inset", rect)
    inset.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, QgsUnitTypes.LayoutMillimeters))
    inset.setBackgroundColor(QColor("#eef3f7"))
    overview = QgsLayoutItemMapOverview("locator", inset)
    overview.setLinkedMap(map_item)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {
                "color": "230,30,30,50",
                "outline_color": "200,0,0,255",
                "outline_width": "0.6",
                "style": "solid",
            }
        )
    )
    inset.overviews().addOverview(overview)


def _template_legend(layout: QgsPrintLayout, map_item, position, *, columns: int) -> None:
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")  # _fill_common puts it in the reader's language
    layout.addLayoutItem(legend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().removeAllChildren()
    legend.setStyleFont(QgsLegendStyle.Title, _font(11, bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(9, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(8))
    legend.setSymbolWidth(8.0)
    legend.setSymbolHeight(4.0 if columns > 1 else 5.0)
    legend.setColumnCount(columns)
    legend.setSplitLayer(columns > 1)
    legend.setBackgroundEnabled(True)
    legend.setResizeToContents(True)
    legend.attemptMove(QgsLayoutPoint(position[0], position[1], QgsUnitTypes.LayoutMillimeters))


def _template_scalebar(layout: QgsPrintLayout, map_item, position) -> None:
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    layout.addLayoutItem(scalebar)
    scalebar.setLinkedMap(map_item)
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(_SCALEBAR_SEGMENTS)
    # Segment size follows the map's scale (it changes with every atlas page).
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(35.0)
    scalebar.setMaximumBarWidth(_SCALEBAR_TARGET_MM)
    scalebar.setHeight(2.5)
    scalebar.setTextFormat(QgsTextFormat.fromQFont(_font(8)))
    scalebar.attemptMove(QgsLayoutPoint(position[0], position[1], QgsUnitTypes.LayoutMillimeters))
    scalebar.refreshItemSize()


def _template_north_arrow(layout: QgsPrintLayout, map_item, position) -> None:
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    arrow.setPicturePath(_north_arrow_svg())
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    _place(arrow, (position[0], position[1], 10.0, 12.0))


def main(argv: list[str] | None = None) -> int:
    """Write the templates into the folder given (default ``resources/layouts``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="output folder (default resources/layouts)")
    args = parser.parse_args(argv)
    from cms_connectivity_plugin.qgis_io.app import headless_qgis

    with headless_qgis():
        for path in write_templates(args.folder):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
