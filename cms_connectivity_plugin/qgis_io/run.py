"""The one code path from a scenario to files, shared by Processing, the CLI and the dock."""

from __future__ import annotations

import os
from collections.abc import Callable

from ..core.borders import CountryTable
from ..core.pipeline import Progress, RunResult, ScenarioInputs, run_scenario
from ..core.scenario import Scenario
from .export import ensure_writable, write_outputs
from .layers import countries_from_layer, default_border_layer


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


def run_to_folder(
    scenario: Scenario,
    folder: str | os.PathLike,
    *,
    border_layer=None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    pdf: bool = True,
    inputs: ScenarioInputs | None = None,
) -> tuple[RunResult, dict[str, str]]:
    """Run a scenario and write its outputs; the border layer defaults to QGIS's world map.

    The output folder is checked first, so an unwritable folder fails in a second, not
    after the solve.
    """
    scenario.validate()
    ensure_writable(folder)
    countries = read_countries(border_layer)
    result = run_scenario(scenario, countries, progress, should_cancel, inputs)
    paths = write_outputs(result, folder, pdf=pdf)
    return result, paths
