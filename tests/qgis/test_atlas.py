"""Print layouts from the .qpt templates: overview page and the per-candidate atlas.

Built on a real run (BEL, LUX, NLD) written to a GeoPackage; pages are rasterised with
pdftoppm and must show the map's colours, not only text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from cms_connectivity_plugin.core.countries import country_name
from cms_connectivity_plugin.qgis_io import layouts
from cms_connectivity_plugin.qgis_io.layouts import (
    CANDIDATE_TEMPLATE,
    OVERVIEW_TEMPLATE,
    TEMPLATE_ITEM_IDS,
    TEMPLATE_NAMES,
    count_colour_pixels,
    export_candidate_atlas,
    export_overview_from_template,
    load_template,
    page_is_blank,
    template_path,
)
from cms_connectivity_plugin.qgis_io.styles import ROLE_PROPERTY

from .conftest import rasterise_pdf

LOCKED_GREEN = "#1b6b35"
ROLES = ("planning_units", "tfca_candidates", "protected_areas", "countries")


@pytest.fixture(scope="module")
def run_gpkg(qgis_app, tmp_path_factory) -> Path:
    from cms_connectivity_plugin.core.scenario import Scenario
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    folder = tmp_path_factory.mktemp("atlas_run")
    scenario = Scenario(countries=("BEL", "LUX", "NLD"), n_species=3, hex_area_km2=300, seed=3)
    _result, paths = run_to_folder(scenario, folder, pdf=False)
    return Path(paths["gpkg"])


@pytest.fixture()
def project_layers(run_gpkg):
    project = QgsProject()
    layers = {}
    for role in ROLES:
        layer = QgsVectorLayer(f"{run_gpkg}|layername={role}", role.replace("_", " "), "ogr")
        assert layer.isValid(), role
        layer.setCustomProperty(ROLE_PROPERTY, role)
        layers[role] = layer
    project.addMapLayers(list(layers.values()))
    yield project, layers
    project.layoutManager().clear()  # layouts must go before their project
    project.removeAllMapLayers()


def _pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
        return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def _pdf_text(pdf: Path, page: int | None = None) -> str:
    """The text of a PDF (or of one page, from 1), ligatures undone and whitespace collapsed
    so a title wrapped over two lines still reads as one string."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def _map_labels(text: str) -> set[int]:
    """The candidates labelled on a map ("TFCA 2"), as their ids."""
    return {int(i) for i in re.findall(r"\bTFCA (\d+)\b", text)}


def _rasterise_pages(pdf: Path, out_dir: Path, dpi: int = 30) -> list[Path]:
    """Every page of a PDF as PNG through pdftoppm, in page order."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out_dir / "p")],
        check=True,
        capture_output=True,
    )
    return sorted(out_dir.glob("p*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))


def _check_atlas_pages(pdf: Path, tfca: QgsVectorLayer, out_dir: Path) -> None:
    """Page k of the atlas is the candidate of rank k: its title names the candidate and its
    countries, it carries the key figures, and its map shows the plan's colours."""
    by_rank = sorted(tfca.getFeatures(), key=lambda f: f["rank"])
    assert _pdf_pages(pdf) == len(by_rank)
    for number, feature in enumerate(by_rank, start=1):
        text = _pdf_text(pdf, number)
        named = {int(i) for i in re.findall(r"TFCA candidate (\d+)\b", text)}
        assert named == {int(feature["tfca_id"])}, (number, text[:300])  # its own, no other
        for code in feature["countries"].split(";"):
            assert country_name(code) in text, (number, code, text[:300])
        assert "Key figures" in text, (number, text[:300])
    pages = _rasterise_pages(pdf, out_dir)
    assert len(pages) == len(by_rank)
    for page in pages:
        assert not page_is_blank(page), page.name
        assert count_colour_pixels(page, LOCKED_GREEN) > 20, page.name


def test_templates_are_shipped_and_load_in_a_fresh_project(qgis_app):
    for name in TEMPLATE_NAMES:
        assert template_path(name).is_file(), name
        project = QgsProject()
        layout = load_template(project, name)
        for item_id in TEMPLATE_ITEM_IDS[name]:
            assert layout.itemById(item_id) is not None, (name, item_id)
        inset = layout.itemById("inset")
        assert inset.overviews().size() == 1  # the locator frame
        del layout


def test_template_orientation(qgis_app):
    project = QgsProject()
    overview = load_template(project, OVERVIEW_TEMPLATE)
    page = overview.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (297, 210)
    candidate = load_template(project, CANDIDATE_TEMPLATE)
    page = candidate.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (210, 297)
    del overview, candidate


def test_template_missing_an_item_is_named(qgis_app, tmp_path):
    text = template_path(OVERVIEW_TEMPLATE).read_text(encoding="utf-8")
    broken = tmp_path / f"{OVERVIEW_TEMPLATE}.qpt"
    broken.write_text(text.replace('id="legend"', 'id="key"'), encoding="utf-8")
    with pytest.raises(RuntimeError, match="legend"):
        load_template(QgsProject(), str(broken))
    bad = tmp_path / "bad.qpt"
    bad.write_text("<Layout", encoding="utf-8")
    with pytest.raises(RuntimeError, match="not valid XML"):
        load_template(QgsProject(), str(bad))
    with pytest.raises(RuntimeError, match="not found"):
        load_template(QgsProject(), "no_such_template")


def test_overview_from_template_renders(project_layers, tmp_path):
    project, layers = project_layers
    pdf, png = tmp_path / "overview.pdf", tmp_path / "overview.png"
    result = export_overview_from_template(
        project,
        pdf,
        title="Overview test",
        subtitle="BEL, LUX, NLD",
        credits="Borders: Natural Earth (public domain).",
        png_path=png,
        extent_layers=[layers["planning_units"]],
        add_to_project=True,
    )
    assert result["pdf"] == str(pdf) and result["png"] == str(png)
    assert set(result["item_ids"]) >= {
        "title",
        "map",
        "inset",
        "legend",
        "scalebar",
        "north_arrow",
        "credits",
    }
    page = rasterise_pdf(pdf, tmp_path, dpi=40)
    assert not page_is_blank(page)
    assert count_colour_pixels(page, LOCKED_GREEN) > 200
    assert not page_is_blank(png)
    assert count_colour_pixels(png, LOCKED_GREEN) > 2000
    layout = project.layoutManager().layoutByName("Overview test")
    assert layout is not None
    assert layout.itemById("title").currentText() == "Overview test"
    credits = layout.itemById("credits").currentText()
    assert "Natural Earth" in credits and "Exported on" in credits
    legend_layers = [n.layer() for n in layout.itemById("legend").model().rootGroup().findLayers()]
    assert layers["countries"] in legend_layers
    assert layout.itemById("inset").layers() == [layers["countries"]]
    assert not list(tmp_path.glob(".*"))


def test_overview_from_a_list_of_layers(project_layers, tmp_path):
    _project, layers = project_layers
    result = export_overview_from_template(
        list(layers.values()), tmp_path / "o.pdf", title="List", png_path=None
    )
    pdf = Path(result["pdf"])
    assert result["png"] is None and not list(tmp_path.glob("*.png"))
    # One page with the title, the legend's entries and the map drawn in the plan's colours.
    assert _pdf_pages(pdf) == 1
    text = _pdf_text(pdf)
    assert "List" in text
    for layer in layers.values():  # the legend names every layer and the plan's classes
        assert layer.name() in text, (layer.name(), text[:500])
    assert "Selected by the plan" in text and "Existing protected (locked in)" in text
    tfca = layers["tfca_candidates"]
    assert _map_labels(text) == {int(f["tfca_id"]) for f in tfca.getFeatures()}, text
    page = rasterise_pdf(pdf, tmp_path, dpi=40)
    assert not page_is_blank(page)
    assert count_colour_pixels(page, LOCKED_GREEN) > 200
    # The layers stay with their caller, not in a project of the export.
    assert all(layer.isValid() for layer in layers.values())


def test_atlas_one_page_and_png_per_candidate(project_layers, tmp_path):
    project, layers = project_layers
    tfca = layers["tfca_candidates"]
    n = tfca.featureCount()
    assert n >= 1
    pdf = tmp_path / "atlas.pdf"
    result = export_candidate_atlas(
        project,
        tfca,
        [layers[r] for r in ("planning_units", "protected_areas", "countries")],
        pdf,
        tmp_path / "png",
        title="Atlas test",
        credits="Borders: Natural Earth (public domain).",
        add_to_project=True,
    )
    assert result["pages"] == n
    assert _pdf_pages(pdf) == n
    assert len(result["pngs"]) == n
    assert sorted(Path(p).name for p in result["pngs"]) == sorted(
        f"candidate_{f['tfca_id']}.png" for f in tfca.getFeatures()
    )
    for png in result["pngs"]:
        assert not page_is_blank(png)
        assert count_colour_pixels(png, LOCKED_GREEN) > 500
    # Each page's title names its candidate's countries (pages follow the rank).
    by_rank = sorted(tfca.getFeatures(), key=lambda f: f["rank"])
    for feature, title in zip(by_rank, result["titles"]):
        assert f"TFCA candidate {feature['tfca_id']}" in title
        for code in feature["countries"].split(";"):
            assert country_name(code) in title  # the name, not the code
    page = rasterise_pdf(pdf, tmp_path, dpi=30)
    assert not page_is_blank(page)
    # The PDF itself, page by page: the candidate of each rank, named, with its figures.
    _check_atlas_pages(pdf, tfca, tmp_path / "pages")
    assert set(TEMPLATE_ITEM_IDS[CANDIDATE_TEMPLATE]) <= set(result["item_ids"])
    kept = project.layoutManager().layoutByName(result["layout_name"])
    assert kept is not None
    # The layout kept in the project is an atlas over the candidates, ready to re-export.
    atlas = kept.atlas()
    assert atlas.enabled() and atlas.coverageLayer() is tfca
    assert atlas.updateFeatures() == n
    assert kept.itemById("map").atlasDriven()


def test_atlas_table_drops_missing_fields(qgis_app, tmp_path):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:3035&field=tfca_id:integer&field=countries:string", "tfca", "memory"
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes([7, "FRA;ESP"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 50000 0, 50000 40000, 0 40000, 0 0))"))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    layer.setCustomProperty(ROLE_PROPERTY, "tfca_candidates")
    result = export_candidate_atlas(None, layer, [], tmp_path / "a.pdf", tmp_path)
    assert result["pages"] == 1
    assert result["titles"] == ["TFCA candidate 7: France – Spain"]
    assert [Path(p).name for p in result["pngs"]] == ["candidate_7.png"]
    # The key figures are a real table of the fields the layer has: no "Area" row here.
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "a.pdf"), "-"], capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligature back to "fi"
    assert "Key figures" in text and "France, Spain" in text
    assert "Area" not in text and "Species represented" not in text


def test_key_figures_in_the_readers_language(qgis_app):
    from cms_connectivity_plugin.core import i18n

    attributes = {
        "countries": "FRA;ESP",
        "area_km2": 46352.46,
        "area_by_country": "FRA:40000.2;ESP:6352.26",
        "protected_share": 0.2334,
        "n_species": 5,
        "rank": 2,
        "importance_dpc": None,
    }
    rows = dict(layouts.key_figures(attributes, n_candidates=13))
    assert rows["Countries"] == "France, Spain"
    assert rows["Area"] == "46,352 km²" and rows["Area in Spain"] == "6,352 km²"
    assert rows["Already protected"] == "23.3 %" and rows["Rank"] == "2 of 13"
    assert "Connectivity importance (dPC, %)" not in rows  # NULL: no row
    i18n.set_locale("fr", ",", "\u202f")
    try:
        rows = dict(layouts.key_figures(attributes))
    finally:
        i18n.set_locale()
    assert rows["Countries"] == "France, Espagne"
    assert rows["Area"] == "46\u202f352 km²" and rows["Already protected"] == "23,3 %"
    assert rows["Rank"] == "2"


def test_atlas_without_candidates_says_so(qgis_app, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=tfca_id:integer", "tfca", "memory")
    with pytest.raises(RuntimeError, match="No TFCA candidate"):
        export_candidate_atlas(None, layer, [], tmp_path / "a.pdf", tmp_path)
    assert not any(tmp_path.iterdir())


def test_template_xml_is_tidy():
    """The shipped templates carry no layer ids or absolute paths of the machine that made them."""
    for name in TEMPLATE_NAMES:
        text = template_path(name).read_text(encoding="utf-8")
        document = QDomDocument()
        assert document.setContent(text)[0]
        assert "/work/" not in text and "/tmp/" not in text


# --- styled Processing outputs ------------------------------------------------------------


def _lines_with_cost(costs):
    layer = QgsVectorLayer("LineString?crs=EPSG:3035&field=lcd:double", "corridors", "memory")
    features = []
    for k, cost in enumerate(costs):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([cost])
        feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({k} 0, {k} 1000)"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_new_styles_load(qgis_app):
    from qgis.core import QgsGraduatedSymbolRenderer

    from cms_connectivity_plugin.qgis_io.postprocess import style_layer

    polygons = QgsVectorLayer(
        "Polygon?crs=EPSG:3035&field=frequency:double", "selection frequency", "memory"
    )
    style_layer(polygons, "selection_frequency")
    renderer = polygons.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "frequency"
    assert renderer.ranges()[0].lowerValue() == 0 and renderer.ranges()[-1].upperValue() == 1
    assert polygons.customProperty(ROLE_PROPERTY) == "selection_frequency"

    lines = _lines_with_cost([10.0, 20.0, 30.0, 40.0, 50.0, None])
    style_layer(lines, "corridors")
    renderer = lines.renderer()
    assert renderer.classAttribute() == "lcd"
    assert renderer.ranges()[0].lowerValue() == 10.0
    assert renderer.ranges()[-1].upperValue() == 50.0


def test_style_output_sets_a_kept_postprocessor(qgis_app):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from cms_connectivity_plugin.qgis_io import postprocess

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    assert not postprocess.style_output(context, "memory:nothing", "corridors")
    layer = _lines_with_cost([1.0, 2.0, 3.0])
    context.temporaryLayerStore().addMapLayer(layer)
    context.addLayerToLoadOnCompletion(
        layer.id(), QgsProcessingContext.LayerDetails("Corridors", project, "corridors")
    )
    assert postprocess.style_output(context, layer.id(), "corridors")
    processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    assert processor is postprocess.postprocessor("corridors")
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.customProperty(ROLE_PROPERTY) == "corridors"
    assert layer.renderer().classAttribute() == "lcd"
    # An unknown role only tags the layer; a style that does not fit is reported, not raised.
    other = _lines_with_cost([1.0])
    postprocess.StyleByRole("no_such_role").postProcessLayer(other, context, None)
    assert other.customProperty(ROLE_PROPERTY) == "no_such_role"
    feedback = QgsProcessingFeedback()
    postprocess.StyleByRole("planning_units").postProcessLayer(other, context, feedback)


# --- cmsconnectivity:exportmaps -----------------------------------------------------------


def test_exportmaps_algorithm(processing_ready, run_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

    from cms_connectivity_plugin.processing.algorithms.exportmaps import ExportMapsAlgorithm

    alg = ExportMapsAlgorithm()
    assert alg.name() == "exportmaps" and alg.groupId() == "tfca"
    assert alg.flags() & QgsProcessingAlgorithm.FlagNoThreading
    assert "TFCA" in alg.shortHelpString()
    n = QgsVectorLayer(f"{run_gpkg}|layername=tfca_candidates", "t", "ogr").featureCount()

    out = tmp_path / "maps"
    result = processing.run(
        ExportMapsAlgorithm(),
        {
            "GPKG": str(run_gpkg),
            "TITLE": "Benelux",
            "ADD_TO_PROJECT": False,
            "OUTPUT_FOLDER": str(out),
        },
    )
    assert result["PAGES"] == n
    assert not page_is_blank(result["OVERVIEW_PNG"])
    assert count_colour_pixels(result["OVERVIEW_PNG"], LOCKED_GREEN) > 2000
    # The overview: one page with the title, the legend, every candidate labelled on the map,
    # the credits, and the map drawn in the plan's colours.
    tfca = QgsVectorLayer(f"{run_gpkg}|layername=tfca_candidates", "t", "ogr")
    overview = Path(result["OVERVIEW_PDF"])
    assert _pdf_pages(overview) == 1
    text = _pdf_text(overview)
    assert "Benelux" in text
    for name in ("TFCA candidates", "Planning units", "Protected areas", "Countries"):
        assert name in text, (name, text)
    assert _map_labels(text) == {int(f["tfca_id"]) for f in tfca.getFeatures()}, text
    assert "Natural Earth" in text and "simulated" in text
    page = rasterise_pdf(overview, tmp_path, dpi=40)
    assert not page_is_blank(page) and count_colour_pixels(page, LOCKED_GREEN) > 200
    # The atlas: one page per candidate, in rank order, each naming its own candidate.
    _check_atlas_pages(Path(result["ATLAS_PDF"]), tfca, tmp_path / "pages")
    pngs = sorted(Path(result["ATLAS_PNG_FOLDER"]).glob("candidate_*.png"))
    assert len(pngs) == n
    assert [p.name for p in pngs] == sorted(
        f"candidate_{f['tfca_id']}.png" for f in tfca.getFeatures()
    )
    for png in pngs:
        assert not page_is_blank(png) and count_colour_pixels(png, LOCKED_GREEN) > 500, png.name

    project = QgsProject.instance()
    try:
        result = processing.run(
            ExportMapsAlgorithm(),
            {"GPKG": str(run_gpkg), "ADD_TO_PROJECT": True, "OUTPUT_FOLDER": str(tmp_path / "p")},
        )
        layouts_kept = project.layoutManager().layouts()
        assert len(layouts_kept) == 2
        assert result["PAGES"] == n
        # One overview page and one atlas over the candidates, with their items.
        atlases = [lay for lay in layouts_kept if lay.atlas().enabled()]
        assert len(atlases) == 1 and atlases[0].atlas().updateFeatures() == n
        for layout in layouts_kept:
            name = CANDIDATE_TEMPLATE if layout.atlas().enabled() else OVERVIEW_TEMPLATE
            assert all(layout.itemById(i) is not None for i in TEMPLATE_ITEM_IDS[name]), name
    finally:
        project.layoutManager().clear()
        project.removeAllMapLayers()

    with pytest.raises(QgsProcessingException, match="GeoPackage"):
        processing.run(ExportMapsAlgorithm(), {"OUTPUT_FOLDER": str(tmp_path / "none")})
