"""Styles and the overview print layout from its ``.qpt`` template, rendered for real
(headless QGIS).

The exporter's return code is not trusted: the PDF is rasterised with pdftoppm and the page
must show the map's colours, not only the title text.
"""

from __future__ import annotations

import ast
import importlib.util
import math
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from cms_connectivity_plugin.qgis_io import layouts, resources, styles
from cms_connectivity_plugin.qgis_io.layouts import (
    OVERVIEW_TEMPLATE,
    TEMPLATE_ITEM_IDS,
    TEMPLATE_NAMES,
    count_colour_pixels,
    export_overview_from_template,
    is_basemap,
    load_template,
    order_layers,
    page_is_blank,
    template_path,
)
from cms_connectivity_plugin.qgis_io.resources import resource_path, style_path
from cms_connectivity_plugin.qgis_io.styles import (
    ROLE_PROPERTY,
    STYLE_NAMES,
    apply_style,
    save_style_to_gpkg,
)

SELECTED_AMBER = "#f59e0b"
TFCA_MAGENTA = "#b0129a"
LOCKED_GREEN = "#1b6b35"
CRS = "EPSG:3035"
LINE_STYLES = frozenset({"corridors"})  # the styles for line layers
POINT_STYLES = frozenset({"site_importance_points"})  # for point layers; the others: polygons
ROOT = Path(__file__).resolve().parents[2]

# Two "countries" side by side in LAEA Europe metres, 400 km x 300 km each.
X0, Y0, W, H = 3_200_000.0, 2_000_000.0, 400_000.0, 300_000.0
CELL = 50_000.0


def _layer(name: str, fields: str, rows: list[tuple[QgsGeometry, list]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={CRS}{fields}", name, "memory")
    assert layer.isValid()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok
    layer.updateExtents()
    return layer


def _rect(x0: float, y0: float, x1: float, y1: float) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))


@pytest.fixture()
def output_layers(qgis_app):
    """Small styled layers: countries, protected areas, planning units, TFCA candidates."""
    countries = _layer(
        "Countries",
        "&field=name:string&field=adm0_a3:string",
        [
            (_rect(X0, Y0, X0 + W, Y0 + H), ["Spain", "ESP"]),
            (_rect(X0 + W, Y0, X0 + 2 * W, Y0 + H), ["France", "FRA"]),
        ],
    )
    protected = _layer(
        "Protected areas",
        "&field=WDPAID:double&field=NAME:string&field=STATUS:string",
        [
            (
                _rect(X0 + 60_000, Y0 + 60_000, X0 + 160_000, Y0 + 140_000),
                [1.0, "A", "Designated"],
            ),
            (
                _rect(X0 + 560_000, Y0 + 160_000, X0 + 690_000, Y0 + 260_000),
                [2.0, "B", "Designated"],
            ),
        ],
    )
    units = []
    unit_id = 0
    ny, nx = int(H // CELL), int(2 * W // CELL)
    for row in range(ny):
        for col in range(nx):
            x, y = X0 + col * CELL, Y0 + row * CELL
            locked = int(col in (1, 2) and row in (1, 2))
            selected = int(locked or (5 <= col <= 10 and 2 <= row <= 4))
            country = "ESP" if x < X0 + W else "FRA"
            units.append(
                (
                    _rect(x, y, x + CELL, y + CELL),
                    [
                        unit_id,
                        CELL * CELL / 1e6,
                        2500.0,
                        country,
                        0.0,
                        locked,
                        selected,
                    ],
                )
            )
            unit_id += 1
    planning_units = _layer(
        "Planning units",
        "&field=unit_id:integer&field=area_km2:double&field=cost:double&field=country:string"
        "&field=protected_share:double&field=locked_in:integer&field=selected:integer",
        units,
    )
    tfca = _layer(
        "TFCA candidates",
        "&field=tfca_id:integer&field=countries:string&field=n_countries:integer"
        "&field=area_km2:double&field=n_species:integer&field=n_features:integer"
        "&field=rank:integer",
        [
            (
                _rect(X0 + 5 * CELL, Y0 + 2 * CELL, X0 + 11 * CELL, Y0 + 5 * CELL),
                [1, "ESP;FRA", 2, 45000.0, 7, 9, 1],
            )
        ],
    )
    for layer, style in (
        (countries, "countries"),
        (protected, "protected_areas"),
        (planning_units, "planning_units"),
        (tfca, "tfca_candidates"),
    ):
        apply_style(layer, style)
    # Deliberately out of drawing order: the layout must sort them.
    return [countries, tfca, protected, planning_units]


def _rasterise_pdf(pdf: Path, out_dir: Path) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = out_dir / "page"
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    return prefix.with_suffix(".png")


# --- resources and styles ------------------------------------------------------------------


def test_style_files_are_found_in_the_source_tree():
    for name in STYLE_NAMES:
        assert style_path(name).is_file(), name
    assert resource_path("styles").is_dir()


@pytest.mark.parametrize(
    "qml", sorted(Path(resource_path("styles")).glob("*.qml")), ids=lambda p: p.stem
)
def test_every_qml_loads_on_a_polygon_layer(qgis_app, qml):
    geometry = "LineString" if qml.stem in LINE_STYLES else "Polygon"
    geometry = "Point" if qml.stem in POINT_STYLES else geometry
    layer = QgsVectorLayer(f"{geometry}?crs={CRS}&field=seasonal:integer", qml.stem, "memory")
    apply_style(layer, qml.stem)
    assert layer.renderer() is not None
    assert layer.customProperty(ROLE_PROPERTY) == qml.stem


def test_style_labels_and_rules(qgis_app):
    units = QgsVectorLayer(f"Polygon?crs={CRS}", "pu", "memory")
    apply_style(units, "planning_units")
    labels = [rule.label() for rule in units.renderer().rootRule().children()]
    assert labels == [
        "Existing protected (locked in)",
        "Selected by the plan",
        "Kept out (locked out)",
        "Not selected",
    ]

    ranges = QgsVectorLayer(f"Polygon?crs={CRS}&field=seasonal:integer", "r", "memory")
    apply_style(ranges, "species_ranges")
    by_value = {str(c.value()): c.label() for c in ranges.renderer().categories()}
    assert by_value["2"] == "Breeding"
    assert by_value["3"] == "Non-breeding"
    assert by_value["4"] == "Passage"

    tfca = QgsVectorLayer(f"Polygon?crs={CRS}&field=tfca_id:integer", "t", "memory")
    apply_style(tfca, "tfca_candidates")
    assert tfca.labelsEnabled()
    assert "tfca_id" in tfca.labeling().settings().fieldName


def test_apply_style_fails_clearly(qgis_app):
    layer = QgsVectorLayer(f"Polygon?crs={CRS}", "x", "memory")
    with pytest.raises(RuntimeError, match=r"no_such_style\.qml"):
        apply_style(layer, "no_such_style")
    points = QgsVectorLayer(f"Point?crs={CRS}", "points", "memory")
    with pytest.raises(RuntimeError, match=r"planning_units\.qml"):
        apply_style(points, "planning_units")


def test_apply_style_reports_broken_xml(qgis_app, tmp_path, monkeypatch):
    broken = tmp_path / "broken.qml"
    broken.write_text("<qgis><renderer-v2>", encoding="utf-8")
    monkeypatch.setattr(styles, "style_path", lambda name: broken)
    layer = QgsVectorLayer(f"Polygon?crs={CRS}", "x", "memory")
    with pytest.raises(RuntimeError, match=r"broken\.qml is not valid XML"):
        apply_style(layer, "broken")


def test_resource_path_prefers_the_staged_copy(tmp_path, monkeypatch):
    package = tmp_path / "repo" / "cms_connectivity_plugin"
    (package / "resources" / "styles").mkdir(parents=True)
    (tmp_path / "repo" / "resources" / "styles").mkdir(parents=True)
    (tmp_path / "repo" / "resources" / "styles" / "a.qml").write_text("source")
    (tmp_path / "repo" / "resources" / "styles" / "b.qml").write_text("source")
    (package / "resources" / "styles" / "a.qml").write_text("staged")
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources.style_path("a") == package / "resources" / "styles" / "a.qml"
    assert resources.style_path("b") == tmp_path / "repo" / "resources" / "styles" / "b.qml"
    # Missing everywhere: a path under the staged resources/ folder, to name in errors.
    assert resources.style_path("c") == package / "resources" / "styles" / "c.qml"


def test_style_saved_in_geopackage_opens_styled(qgis_app, output_layers, tmp_path):
    units = output_layers[3]
    gpkg = tmp_path / "run.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "planning_units"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        units, str(gpkg), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    on_disk = QgsVectorLayer(f"{gpkg}|layername=planning_units", "pu", "ogr")
    assert on_disk.isValid()
    save_style_to_gpkg(on_disk, "planning_units")

    reopened = QgsVectorLayer(f"{gpkg}|layername=planning_units", "reopened", "ogr")
    assert reopened.renderer().type() == "RuleRenderer"

    # A different default style in the GeoPackage must not shadow the QML file
    # (QGIS 3.22's loadNamedStyle would load the stored style instead).
    save_style_to_gpkg(reopened, "protected_areas")
    shadowed = QgsVectorLayer(f"{gpkg}|layername=planning_units", "shadowed", "ogr")
    assert shadowed.renderer().type() == "singleSymbol"
    apply_style(shadowed, "planning_units")
    assert shadowed.renderer().type() == "RuleRenderer"
    memory = QgsVectorLayer(f"Polygon?crs={CRS}", "m", "memory")
    with pytest.raises(RuntimeError, match="GeoPackage"):
        save_style_to_gpkg(memory, "planning_units")


# --- layout --------------------------------------------------------------------------------


def _filled_overview(project: QgsProject, layers) -> QgsPrintLayout:
    """The overview template filled as :func:`export_overview_from_template` fills it, not
    exported (no tiles fetched). Keep ``project`` alive while the layout is used."""
    ordered = order_layers(layers)
    crs = QgsCoordinateReferenceSystem(CRS)
    extent = layouts._combined_extent(project, layouts._default_extent_layers(ordered), crs)
    layout = load_template(project, OVERVIEW_TEMPLATE)
    layouts._fill_common(layout, project, ordered, crs, extent)
    return layout


def _kept_overview(project: QgsProject, pdf: Path, **texts) -> QgsPrintLayout:
    """Export the overview from the template and return the layout kept in ``project``."""
    export_overview_from_template(project, pdf, add_to_project=True, **texts)
    return project.layoutManager().layoutByName(texts["title"])


def _is_round(value: float) -> bool:
    """One significant digit (d x 10^k): a scale-bar segment a reader can add up."""
    exponent = 10.0 ** math.floor(math.log10(value))
    return math.isclose(value / exponent, round(value / exponent))


def test_layers_are_drawn_in_role_order(output_layers):
    basemap = QgsRasterLayer(
        "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19&zmin=0",
        "Tiles",
        "wms",
    )
    assert is_basemap(basemap)
    names = [layer.name() for layer in order_layers([basemap, *output_layers])]
    assert names == [
        "TFCA candidates",
        "Planning units",
        "Protected areas",
        "Countries",
        "Tiles",
    ]

    project = QgsProject()
    layout = _filled_overview(project, [basemap, *output_layers])
    legend = layout.itemById("legend").model().rootGroup()
    assert "Tiles" not in [node.layer().name() for node in legend.findLayers()]
    assert layout.itemById("map").layers()[-1].name() == "Tiles"
    del layout


def test_layout_has_items_with_stable_ids(output_layers, tmp_path):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(CRS))
    project.addMapLayers(output_layers)
    layout = _kept_overview(
        project, tmp_path / "o.pdf", title="Overview", subtitle="Sub", credits="Data: test"
    )
    for item_id in TEMPLATE_ITEM_IDS[OVERVIEW_TEMPLATE]:
        assert layout.itemById(item_id) is not None, item_id
    map_item = layout.itemById("map")
    assert map_item.layers()[0].name() == "TFCA candidates"
    assert map_item.crs().authid() == CRS
    # Zoomed to the planning units (+5 %), which fill the two countries.
    extent = map_item.extent()
    assert extent.contains(QgsRectangle(X0, Y0, X0 + 2 * W, Y0 + H))
    assert extent.width() < 2 * W * 1.5
    legend_layers = [
        node.layer().name() for node in layout.itemById("legend").model().rootGroup().findLayers()
    ]
    assert legend_layers == [
        "TFCA candidates",
        "Planning units",
        "Protected areas",
        "Countries",
    ]
    assert layout.itemById("legend").title() == "Legend"
    # The locator shows the countries and frames the main map.
    inset = layout.itemById("inset")
    assert [lyr.name() for lyr in inset.layers()] == ["Countries"]
    assert inset.overviews().overview(0).linkedMap() is map_item
    scalebar = layout.itemById("scalebar")
    assert scalebar.linkedMap() is map_item
    # The template fits the segments to the map's scale: round kilometres, 35-60 mm of bar.
    assert _is_round(scalebar.unitsPerSegment())
    km_per_mm = map_item.scale() / 1_000_000.0
    bar_mm = scalebar.numberOfSegments() * scalebar.unitsPerSegment() / km_per_mm
    assert 35.0 <= bar_mm <= 60.0
    assert layout.itemById("north_arrow").linkedMap() is map_item
    # The texts are the template's expressions, filled from the layout variables.
    assert layout.itemById("title").currentText() == "Overview"
    assert layout.itemById("subtitle").currentText() == "Sub"
    credits = layout.itemById("credits").currentText()
    assert "Data: test" in credits and "Exported on" in credits
    assert not layout.itemById("notice").isVisible()  # real data: no banner
    project.layoutManager().clear()  # layouts go before their project


def test_export_overview_renders_the_map(output_layers, tmp_path):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(CRS))
    # Layers owned by the project, shown through its layer tree.
    project.addMapLayers(output_layers)
    pdf = tmp_path / "out" / "overview.pdf"
    png = tmp_path / "out" / "overview.png"
    result = export_overview_from_template(
        project,
        pdf,
        title="Migratory species network: Spain and France",
        subtitle="Selected planning units and transboundary candidates",
        credits="Data: simulated ranges; Natural Earth borders",
        png_path=png,
    )
    assert result["pdf"] == str(pdf) and result["png"] == str(png)
    assert pdf.stat().st_size > 0 and png.stat().st_size > 0
    assert set(TEMPLATE_ITEM_IDS[OVERVIEW_TEMPLATE]) <= set(result["item_ids"])
    assert result["crs"] == CRS
    assert result["layers"][0] == "TFCA candidates"
    assert result["layout_name"] == "Migratory species network: Spain and France"
    # No temporary files left beside the outputs, no helper layer left in the project.
    assert sorted(p.name for p in pdf.parent.iterdir()) == [
        "overview.pdf",
        "overview.png",
    ]
    assert len(project.mapLayers()) == len(output_layers)

    assert not page_is_blank(png)
    page = _rasterise_pdf(pdf, tmp_path)
    image = QImage(str(page))
    assert image.width() > image.height()  # landscape
    assert not page_is_blank(page)
    # The map really rendered: plan colours appear, not just the title text.
    assert count_colour_pixels(page, SELECTED_AMBER) > 200
    assert count_colour_pixels(page, LOCKED_GREEN) > 20
    assert count_colour_pixels(page, TFCA_MAGENTA, tolerance=60) > 20
    assert count_colour_pixels(png, SELECTED_AMBER) > 2000


def test_layout_can_be_kept_in_the_project(output_layers, tmp_path):
    project = QgsProject()
    project.addMapLayers(output_layers)
    for _ in range(2):  # a second export replaces the layout of the same name
        export_overview_from_template(
            project, tmp_path / "kept.pdf", title="Kept", add_to_project=True
        )
    kept = project.layoutManager().layoutByName("Kept")
    assert kept is not None
    assert len(project.layoutManager().layouts()) == 1
    assert kept.itemById("legend") is not None
    project.layoutManager().clear()


def test_export_from_a_list_of_layers_leaves_them_alone(output_layers, tmp_path):
    pdf = tmp_path / "list.pdf"
    result = export_overview_from_template(output_layers, pdf, title="List", credits="c")
    assert pdf.stat().st_size > 0
    assert result["png"] is None
    for layer in output_layers:
        assert layer.isValid()
        assert QgsProject.instance().mapLayer(layer.id()) is None


def test_export_refuses_layers_without_features(qgis_app, tmp_path):
    empty = QgsVectorLayer(f"Polygon?crs={CRS}", "Planning units", "memory")
    apply_style(empty, "planning_units")
    with pytest.raises(RuntimeError, match="no features"):
        export_overview_from_template([empty], tmp_path / "x.pdf", title="Empty")
    assert not list(tmp_path.iterdir())


def test_page_is_blank(qgis_app, tmp_path):
    white = QImage(200, 100, QImage.Format_ARGB32)
    white.fill(QColor("white"))
    assert page_is_blank(white)
    transparent = QImage(200, 100, QImage.Format_ARGB32)
    transparent.fill(QColor(0, 0, 0, 0))
    assert page_is_blank(transparent)
    drawn = QImage(white)
    for x in range(50, 150):
        for y in range(20, 80):
            drawn.setPixelColor(x, y, QColor(SELECTED_AMBER))
    assert not page_is_blank(drawn)
    path = tmp_path / "drawn.png"
    drawn.save(str(path))
    assert not page_is_blank(path)
    assert count_colour_pixels(path, SELECTED_AMBER) == 100 * 60
    with pytest.raises(RuntimeError):
        page_is_blank(tmp_path / "missing.png")


def test_map_check_catches_a_blank_map(output_layers, monkeypatch):
    """The exporter's own post-check: a map region with nothing drawn is an error."""
    project = QgsProject()  # the layout keeps a bare pointer: the project must outlive it
    layout = _filled_overview(project, output_layers)
    map_item = layout.itemById("map")
    map_item.setLayers([])
    map_item.setFrameEnabled(False)
    exporter = layouts.QgsLayoutExporter(layout)
    with pytest.raises(RuntimeError, match="blank"):
        layouts._check_map_drawn(exporter, map_item)
    # The "simulated data" banner over the map does not count as drawn, and stays shown.
    layouts._set_variables(layout, notice="Simulated data")
    layouts._show_notice(layout, "Simulated data")
    with pytest.raises(RuntimeError, match="blank"):
        layouts._check_map_drawn(exporter, map_item)
    assert layout.itemById("notice").isVisible()
    del layout


# --- the templates and their generator ------------------------------------------------------


def _make_templates_script():
    spec = importlib.util.spec_from_file_location(
        "make_templates", ROOT / "scripts" / "make_templates.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _items(layout: QgsPrintLayout) -> list[tuple[int, str]]:
    return sorted(
        (item.type(), item.id()) for item in layout.items() if hasattr(item, "id") and item.id()
    )


def test_make_templates_reproduces_the_shipped_items(qgis_app, tmp_path):
    """``scripts/make_templates.py`` still draws the shipped templates: same items."""
    written = _make_templates_script().write_templates(tmp_path)
    assert [p.name for p in written] == [f"{n}.qpt" for n in TEMPLATE_NAMES]
    project = QgsProject()
    for path in written:
        layout = load_template(project, str(path))
        shipped = load_template(project, path.stem)
        assert all(layout.itemById(i) is not None for i in TEMPLATE_ITEM_IDS[path.stem])
        assert _items(layout) == _items(shipped), path.stem
        assert layout.pageCollection().page(0).pageSize() == (
            shipped.pageCollection().page(0).pageSize()
        )
        del layout, shipped
    assert not list(tmp_path.glob(".*"))  # no temporary file left
    assert template_path(OVERVIEW_TEMPLATE).is_file()


def _imports(module: Path) -> set[str]:
    """Relative imports of a module, as written (``.export``, ``..``)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {
        "." * node.level + (node.module or "")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level
    }


def test_qgis_io_modules_do_not_import_in_circles():
    """layouts and export do not import each other; app does not import the package root."""
    qgis_io = ROOT / "cms_connectivity_plugin" / "qgis_io"
    assert ".export" not in _imports(qgis_io / "layouts.py")
    assert ".version" in _imports(qgis_io / "export.py")
    assert ".." not in _imports(qgis_io / "app.py")
