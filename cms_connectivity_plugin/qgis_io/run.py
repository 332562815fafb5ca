"""The one code path from settings to a folder, shared by Processing, the CLI and the dock.

A run is the chain of Processing calls of :mod:`..core.workflow` (the calls the dock's Run
buttons make), ending with the package: :func:`write_package` reads the chain's outputs
back (:func:`..core.package.result_from_outputs`) and writes the GeoPackage, report,
national summary and maps (:func:`.export.write_outputs`). ``cmsconnectivity:exportpackage``
is a thin wrapper around the same function.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ..core.borders import CountryTable
from ..core.errors import CancelledError, InputError
from ..core.package import result_from_outputs
from ..core.pipeline import Progress, RunResult
from ..core.scenario import Scenario
from ..core.workflow import WorkflowSettings
from .export import ensure_writable, write_outputs
from .i18n import tr
from .layers import countries_from_layer, default_border_layer, table_from_layer


def read_countries(border_layer=None) -> CountryTable:
    """Copy the border layer (default: QGIS's world map) into plain data.

    The default layer is opened and released here, so no error traceback raised later keeps
    an OGR layer alive until after QGIS has shut down (which crashes the interpreter).
    """
    layer = border_layer if border_layer is not None else default_border_layer()
    try:
        return countries_from_layer(layer)
    finally:
        del layer


def as_settings(scenario: Scenario | WorkflowSettings) -> WorkflowSettings:
    """The workflow settings of a run: a 0.1 ``Scenario`` maps to them field by field."""
    if isinstance(scenario, WorkflowSettings):
        return scenario
    scenario.validate()
    return WorkflowSettings.from_dict(scenario.to_dict())


def package_from_tables(
    settings: WorkflowSettings,
    tables: Mapping[str, object],
    countries: CountryTable,
    solver: Mapping,
    folder: str | os.PathLike,
    *,
    maps: bool = True,
    notes: Mapping | None = None,
) -> tuple[RunResult, dict[str, str]]:
    """Write the package from the chain's outputs read as tables (keys ``solution``,
    ``ranges``, ``tfca_candidates`` and optionally ``sites``); ``notes``: what the input
    layers say of themselves (:func:`.credits.source_notes`), for the credits."""
    result = result_from_outputs(
        settings,
        tables["solution"],
        tables["ranges"],
        tables["tfca_candidates"],
        countries,
        solver,
        sites=tables.get("sites"),
        protconn=settings.protconn,
    )
    result.source_notes = dict(notes or {})
    return result, write_outputs(result, folder, pdf=maps)


def _open(source: str, what: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(source, what, "ogr")
    if not layer.isValid():
        raise InputError(
            tr("The {what} layer '{source}' cannot be opened: run its step again.").format(
                what=what, source=source
            )
        )
    return layer


def write_package(
    settings: WorkflowSettings,
    outputs: Mapping[str, str],
    folder: str | os.PathLike,
    *,
    maps: bool = True,
) -> tuple[RunResult, dict[str, str]]:
    """The package of a finished chain, from its outputs (workflow key -> file)."""
    tables = {}
    for key in ("solution", "ranges", "tfca_candidates", "sites"):
        if key in outputs:
            layer = _open(outputs[key], key)
            tables[key] = table_from_layer(layer)
            del layer
    solver = {}
    if outputs.get("plan_summary"):
        solver = json.loads(Path(outputs["plan_summary"]).read_text(encoding="utf-8"))
    border = _open(settings.borders, "borders") if settings.borders else None
    countries = read_countries(border)
    return package_from_tables(settings, tables, countries, solver, folder, maps=maps)


def _feedback(progress: Progress | None, should_cancel: Callable[[], bool] | None):
    """Processing feedback relaying progress to ``progress(fraction, text)`` and polling
    ``should_cancel`` at every progress step."""
    from qgis.core import QgsProcessingFeedback

    class Relay(QgsProcessingFeedback):
        text = ""

        def setProgressText(self, text: str) -> None:  # noqa: N802
            super().setProgressText(text)
            self.text = text
            if progress is not None:
                progress(self.progress() / 100.0, text)

    feedback = Relay()

    def changed(value: float) -> None:
        if should_cancel is not None and should_cancel():
            feedback.cancel()
        if progress is not None:
            progress(value / 100.0, feedback.text)

    feedback.progressChanged.connect(changed)
    return feedback


def run_to_folder(
    scenario: Scenario | WorkflowSettings,
    folder: str | os.PathLike,
    *,
    border_layer=None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    pdf: bool = True,
) -> tuple[RunResult, dict[str, str]]:
    """Run the whole chain into ``folder`` and write its package; return both.

    The same calls as the dock's buttons and ``runworkflow``, with the same defaults. The
    output folder is checked first, so an unwritable folder fails in a second, not after
    the solve. The border layer defaults to QGIS's world map.
    """
    from .app import provider_loaded
    from .workflow import run_workflow

    settings = as_settings(scenario).with_changes(output_folder=str(folder))
    if border_layer is not None:
        settings = settings.with_changes(borders=border_layer.source())
    ensure_writable(folder)
    feedback = _feedback(progress, should_cancel)
    with provider_loaded():
        outputs = run_workflow(settings, feedback=feedback, export=False)
    if feedback.isCanceled():
        raise CancelledError(tr("Cancelled by the user."))
    if progress is not None:
        progress(0.95, tr("Writing the GeoPackage, report and maps"))
    result, paths = write_package(settings, outputs, folder, maps=pdf)
    settings.save(Path(folder) / "scenario.json")
    paths = {**paths, "scenario_json": str(Path(folder) / "scenario.json")}
    if progress is not None:
        progress(1.0, tr("Done"))
    return result, paths
