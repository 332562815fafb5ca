"""Write a run's results: GeoPackage (styled), targets CSV, scenario JSON, PDF/PNG map.

Everything is first written into a hidden staging folder inside the output folder and moved
into place file by file with ``os.replace``, so a failed or cancelled run never leaves a
half-written GeoPackage where a previous good one stood.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..core.atomic import atomic_write_text, ensure_writable
from ..core.countries import reader_name
from ..core.credits import credits_text, training_notice
from ..core.document import docx_missing, write_run_document
from ..core.errors import InputError
from ..core.i18n import localized
from ..core.indicators import indicator_rows, write_indicators
from ..core.pipeline import RunResult
from ..core.places import places_csv_text, places_of_run
from ..core.ranges import SEASON_LABELS
from ..core.report import build_report
from ..core.solvers import solver_label, status_label
from ..core.workflow import WorkflowSettings
from .i18n import tr
from .layers import memory_layer
from .layouts import ROLE_PROPERTY, export_candidate_atlas, export_overview_from_template
from .sinks import fit_geometry
from .styles import save_style_to_gpkg
from .version import plugin_version

GPKG_NAME = "cms_connectivity.gpkg"
TARGETS_CSV = "targets.csv"
REPORT_DOCX = "report.docx"
PLACES_CSV = "places.csv"
SCENARIO_JSON = "scenario.json"
SUMMARY_JSON = "summary.json"
MAP_PDF = "tfca_map.pdf"
MAP_PNG = "tfca_map.png"
ATLAS_PDF = "tfca_candidates_atlas.pdf"
ATLAS_FOLDER = "candidates"


def data_credits(settings=None, notes=None) -> str:
    """Sources and licences of the data on the map, read off the run's settings and what
    its layers say of themselves (``notes``; without settings: the default run, simulated
    training data on QGIS's world map)."""
    settings = settings if settings is not None else WorkflowSettings()
    return credits_text(settings, getattr(settings, "borders", ""), notes)


def _multi(geoms: np.ndarray, layer: str) -> np.ndarray:
    """Geometries for a MultiPolygon layer of the GeoPackage (a layer holds one geometry
    type), by the rule every output follows (:func:`.sinks.fit_geometry`)."""
    return fit_geometry(geoms, QgsWkbTypes.MultiPolygon, layer)


def _layers(result: RunResult) -> list[tuple[str, QgsVectorLayer]]:
    """The run's layers as memory layers, in the study area's equal-area CRS."""
    crs = result.study_area.crs
    units = result.units
    chosen = result.chosen
    multipolygon = "MultiPolygon"

    pu = memory_layer(
        "planning_units",
        multipolygon,
        crs,
        {
            "unit_id": np.arange(1, len(units) + 1, dtype=np.int64),
            "area_km2": np.round(units.area_km2, 4),
            "cost": np.round(units.cost, 4),
            "country": units.country,
            "protected_share": np.round(units.protected_share, 4),
            "locked_in": units.locked_in.astype(np.int64),
            "locked_out": np.asarray(result.problem.locked_out, dtype=np.int64),
            "selected": chosen.astype(np.int64),
        },
        _multi(units.geometry, "planning_units"),
    )
    tfca = memory_layer(
        "tfca_candidates",
        multipolygon,
        crs,
        result.tfca.columns(),
        _multi(result.tfca.geometry, "tfca_candidates"),
    )
    sites = result.data.protected_areas
    pas = memory_layer(
        "protected_areas",
        multipolygon,
        crs,
        sites.columns(),
        _multi(sites.geometry, "protected_areas"),
    )
    ranges = result.data.ranges
    rng = memory_layer(
        "species_ranges",
        multipolygon,
        crs,
        ranges.columns(),
        _multi(ranges.geometry, "species_ranges"),
    )
    study = result.study_area
    # The countries planned for, then their neighbours (named on the maps, for context).
    codes, names, geoms = list(study.codes), list(study.names), list(study.countries)
    in_study = [1] * len(codes)
    if result.neighbours:
        n_codes, n_names, n_geoms = result.neighbours
        codes += list(n_codes)
        names += list(n_names)
        geoms += list(n_geoms)
        in_study += [0] * len(n_codes)
    # Names as the reader writes them ("Allemagne"); the border layer's own name otherwise.
    names = [reader_name(code, name) for code, name in zip(codes, names)]
    countries = memory_layer(
        "countries",
        multipolygon,
        crs,
        {
            "iso3": np.array(codes, dtype=object),
            "name": np.array(names, dtype=object),
            "in_study": np.array(in_study, dtype=np.int64),
        },
        _multi(np.asarray(geoms, dtype=object), "countries"),
    )
    return [
        ("planning_units", pu),
        ("tfca_candidates", tfca),
        ("protected_areas", pas),
        ("species_ranges", rng),
        ("countries", countries),
    ]


def write_geopackage(result: RunResult, path: Path) -> None:
    """All layers into one GeoPackage, each with its QML style stored as default."""
    context = QgsCoordinateTransformContext()
    for k, (name, layer) in enumerate(_layers(result)):
        _append_layer(layer, name, path, context, new_file=k == 0)
    names = [name for name, _ in _layers_names()]
    if result.places is not None:  # not on the maps: a table of the sites, styled
        places = memory_layer(
            "places",
            "MultiPolygon",
            result.places.crs,
            result.places.columns(),
            _multi(result.places.geometry, "places"),
        )
        _append_layer(places, "places", path, context)
        names.append("places")
    for name in names:
        saved = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        save_style_to_gpkg(saved, name)
        del saved


def _places(result: RunResult):
    """The run's protected areas as places (core.places); None without sites, or with a
    warning in the summary when their records cannot be read as places."""
    try:
        return places_of_run(result)
    except InputError as exc:
        result.warnings.append(str(exc))
        return None


def _append_layer(
    layer: QgsVectorLayer, name: str, path: Path, context, *, new_file: bool = False
) -> None:
    """``layer`` into the GeoPackage at ``path`` (``new_file``: make the file first)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    if not new_file:
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context, options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise OSError(
            tr("Writing layer {layer} to {path} failed: {reason}").format(
                layer=name, path=path, reason=error[1]
            )
        )


def _layers_names() -> list[tuple[str, str]]:
    """GeoPackage layer names with the names users see in legends and the layer panel."""
    return [
        ("planning_units", tr("Planning units")),
        ("tfca_candidates", tr("TFCA candidates")),
        ("protected_areas", tr("Protected areas")),
        ("species_ranges", tr("Species ranges")),
        ("countries", tr("Countries")),
    ]


def write_targets_csv(result: RunResult, path: Path) -> None:
    """One row per (species, season): target, amount held, met (recomputed from amounts)."""
    features = result.features
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "feature",
                "species",
                "season",
                "total_km2",
                "target_km2",
                "held_km2",
                "met",
                "shortfall_km2",
            ]
        )
        totals = np.asarray(result.amounts.sum(axis=0)).ravel()
        for k, cov in enumerate(result.coverage):
            writer.writerow(
                [
                    cov.name,
                    features.species[k],
                    SEASON_LABELS.get(int(features.season[k]), features.season[k]),
                    f"{totals[k]:.4f}",
                    f"{cov.target:.4f}",
                    f"{cov.held:.4f}",
                    "yes" if cov.met else "no",
                    f"{cov.shortfall:.4f}",
                ]
            )


def write_outputs(result: RunResult, folder: str | os.PathLike, *, pdf: bool = True) -> dict:
    """Write every output of a run into ``folder``; return their paths.

    Everything is written into a hidden staging folder inside ``folder`` first and moved
    into place only once complete, so a failure halfway (a full disk, a map QGIS cannot
    export) leaves the earlier package as it was: never a GeoPackage of this run beside
    the maps of the last one, nor a half-written PDF.
    """
    out = ensure_writable(folder)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        gpkg = staging / GPKG_NAME
        result.places = _places(result)
        write_geopackage(result, gpkg)
        write_targets_csv(result, staging / TARGETS_CSV)
        atomic_write_text(staging / SCENARIO_JSON, result.scenario.to_json())
        summary = result.summary()
        summary["timings_s"] = {k: round(v, 3) for k, v in result.timings.items()}
        summary["warnings"] = result.warnings
        summary["crs"] = result.study_area.crs
        summary["plugin_version"] = plugin_version()
        word = importlib.util.find_spec("docx") is not None
        if not word:  # QGIS installs without python-docx still get the rest of the package
            summary["warnings"] = [*result.warnings, docx_missing()]
        atomic_write_text(staging / SUMMARY_JSON, json.dumps(summary, indent=2))
        paths: dict = {
            "gpkg": gpkg,
            "targets_csv": staging / TARGETS_CSV,
            "scenario_json": staging / SCENARIO_JSON,
            "summary_json": staging / SUMMARY_JSON,
        }
        if pdf:  # the maps first: the report's summary page shows the overview map
            maps = export_map(result, gpkg, staging)
            paths.update({k: v for k, v in maps.items() if k != "atlas_pngs"})
            paths["atlas_pngs"] = [Path(p) for p in maps.get("atlas_pngs", [])]
        report = build_report(
            result, staging, protconn=result.protconn, map_png=paths.get("png") if pdf else None
        )
        paths["report_html"] = report.html
        paths["national_json"] = report.json
        paths["report_csvs"] = list(report.csvs.values())
        # GBF Target 3 indicators under their official names (3.1 and ProtConn), per country
        # and year, with the same credits as the map.
        credits = data_credits(result.scenario, result.source_notes)
        indicators = write_indicators(indicator_rows(result, sources=credits), staging)
        paths["indicators_csv"] = indicators.csv
        paths["indicators_json"] = indicators.json
        if result.places is not None:
            paths["places_csv"] = staging / PLACES_CSV
            atomic_write_text(paths["places_csv"], places_csv_text(result.places))
        if word:  # the editable reporting document, for the CMS, Ramsar and CBD reports
            paths["report_docx"] = write_run_document(
                result, staging / REPORT_DOCX, map_png=paths.get("png") if pdf else None
            )
        published = _publish(staging, out, paths)
        forget_earlier_package(out, published)
        return {
            key: str(_moved(value, staging, out))
            for key, value in paths.items()
            if key not in ("atlas_pngs", "report_csvs")
        }
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _moved(value, staging: Path, out: Path):
    """Where a staged path (or count) ends up once published."""
    if isinstance(value, Path):
        return out / value.relative_to(staging)
    return value


def _publish(staging: Path, out: Path, paths: dict) -> list[Path]:
    """Move the complete package from ``staging`` into ``out`` (renames on one disk: they
    do not run out of space halfway); returns the published files."""
    files: list[Path] = []
    for value in paths.values():
        for path in value if isinstance(value, list) else [value]:
            if isinstance(path, Path) and path.is_file():
                files.append(path)
    published = []
    for path in files:
        final = out / path.relative_to(staging)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, final)
        published.append(final)
    return published


#: The list of files the last package wrote into its folder (hidden, JSON).
MANIFEST = ".cms_connectivity_package.json"


def forget_earlier_package(folder: Path, written: list) -> list[Path]:
    """Remove what an earlier package left in ``folder`` and this one did not rewrite.

    A rerun with fewer TFCA candidates must not keep ``candidate_3.png`` beside a summary
    that says 2; maps of an earlier run without ``pdf`` must not pass for this run's. Only
    files an earlier package listed (or the atlas pages it writes) are touched, never the
    user's own. Returns the files removed.
    """
    folder = Path(folder)
    keep = {Path(p).resolve() for p in written}
    listed: set[Path] = set()
    manifest = folder / MANIFEST
    if manifest.is_file():
        try:
            listed = {(folder / name).resolve() for name in json.loads(manifest.read_text())}
        except (OSError, ValueError, TypeError):
            listed = set()
    listed |= {p.resolve() for p in (folder / ATLAS_FOLDER).glob("candidate_*.png")}
    listed |= {(folder / name).resolve() for name in (MAP_PDF, MAP_PNG, ATLAS_PDF)}
    removed = []
    for path in sorted(listed - keep):
        if path.parent in (folder.resolve(), (folder / ATLAS_FOLDER).resolve()) and path.is_file():
            path.unlink()
            removed.append(path)
    names = sorted(str(p.relative_to(folder.resolve())) for p in keep if p.is_file())
    atomic_write_text(manifest, json.dumps(names, indent=1))
    return removed


def country_borders_layer(countries: QgsVectorLayer) -> QgsVectorLayer:
    """The countries again, drawn over the plan: dark borders and country names.

    On a transboundary map the border is the first thing a reader needs; the filled
    countries stay at the bottom, this copy draws only outlines and labels on top.
    """
    borders = countries.clone()
    borders.setName(tr("Country borders"))
    borders.setCustomProperty(ROLE_PROPERTY, "country_borders")
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "35,35,35,255", "outline_width": "0.55"}
    )
    borders.setRenderer(QgsSingleSymbolRenderer(symbol))
    text = QgsTextFormat()
    text.setSize(8.5)
    text.setColor(QColor(35, 35, 35))
    font = text.font()
    font.setBold(True)
    text.setFont(font)
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(1.0)
    halo.setColor(QColor(255, 255, 255))
    text.setBuffer(halo)
    label = QgsPalLayerSettings()
    label.fieldName = "name"
    label.placement = QgsPalLayerSettings.Horizontal
    label.setFormat(text)
    borders.setLabeling(QgsVectorLayerSimpleLabeling(label))
    borders.setLabelsEnabled(True)
    return borders


def export_map(result: RunResult, gpkg: Path, out: Path) -> dict:
    """The overview map (PDF and PNG) from the written GeoPackage's styled layers."""
    project = QgsProject()
    layers = []
    for name, label in _layers_names():
        if name == "species_ranges":
            continue  # too busy for an overview; it is in the GeoPackage
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", label, "ogr")
        layer.setCustomProperty(ROLE_PROPERTY, name)
        if not layer.isValid():
            raise OSError(
                tr("Could not reopen layer {layer} from {path}.").format(layer=name, path=gpkg)
            )
        layers.append(layer)
        if name == "countries":
            layers.append(country_borders_layer(layer))
    project.addMapLayers(layers)
    summary = result.summary()
    subtitle = localized(
        tr(
            "{countries}: {selected:.1f} % of the study area in the network, {met} of {total} "
            "species-season targets met, {n} TFCA candidate(s) ({solver}, {status}, "
            "gap {gap:.2%})."
        ),
        countries=", ".join(reader_name(c) for c in result.study_area.codes),
        selected=summary["selected_percent"],
        met=summary["targets_met"],
        total=summary["targets"],
        n=summary["tfca_candidates"],
        solver=solver_label(summary["solver"]),
        status=status_label(summary["status"]),
        gap=summary["gap"],
    )
    title = result.scenario.title or tr("Migratory species network and TFCA candidates")
    # The templates add the date and plugin version themselves.
    credits = data_credits(result.scenario, result.source_notes)
    notice = training_notice(result.scenario)  # a banner over the map, on every page
    export_overview_from_template(
        project,
        out / MAP_PDF,
        title=title,
        subtitle=subtitle,
        credits=credits,
        png_path=out / MAP_PNG,
        extent_layers=[layers[0]],
        notice=notice,
    )
    paths = {"pdf": out / MAP_PDF, "png": out / MAP_PNG}
    by_role = {layer.customProperty(ROLE_PROPERTY): layer for layer in layers}
    tfca = by_role["tfca_candidates"]
    if tfca.featureCount() > 0:
        atlas = export_candidate_atlas(
            project,
            tfca,
            [
                by_role[r]
                for r in ("country_borders", "planning_units", "protected_areas", "countries")
            ],
            out / ATLAS_PDF,
            out / ATLAS_FOLDER,
            title=title,
            credits=credits,
            notice=notice,
        )
        paths["atlas_pdf"] = Path(atlas["pdf"])
        paths["atlas_pages"] = atlas["pages"]
        paths["atlas_pngs"] = list(atlas["pngs"])
    # Close the GeoPackage's layers now, so no -wal/-shm file stays open beside it.
    del tfca, by_role, layers
    project.removeAllMapLayers()
    return paths
