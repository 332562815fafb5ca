"""Run workflow calls through Processing: the code path of the dock, ``runworkflow`` and the CLI.

Each :class:`~..core.workflow.Call` names an algorithm of our provider and its parameters;
:func:`run_call` resolves the references to earlier outputs, runs it and records the outputs
it produced. The dock runs the same calls as background tasks (``gui/tasks.py``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
    QgsProject,
)

from ..core.errors import CancelledError, InputError
from ..core.workflow import Call, WorkflowSettings, all_calls, problems, resolve
from .export import ensure_writable
from .i18n import tr


def algorithm(alg_id: str):
    """A fresh instance of one of our algorithms; a clear error when the provider is missing."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    if alg is None:
        raise InputError(
            tr(
                "The Processing algorithm {alg} is not available: enable the CMS Connectivity "
                "Planner plugin (Plugins > Manage and install plugins)."
            ).format(alg=alg_id)
        )
    return alg


def record_outputs(call: Call, results: Mapping, outputs: dict[str, str]) -> dict[str, str]:
    """Copy the outputs ``call`` declares from ``results`` into ``outputs``; return new ones."""
    new: dict[str, str] = {}
    for name, key in call.outputs.items():
        value = results.get(name)
        if value:
            new[key] = str(value)
    outputs.update(new)
    return new


def run_call(
    call: Call,
    outputs: dict[str, str],
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
    *,
    child: bool = False,
) -> dict:
    """Run one call synchronously; outputs gain the keys it produced. Returns its results."""
    import processing

    params = resolve(call.params, outputs)
    algorithm(call.alg)  # a clear message when the provider is not loaded
    results = processing.run(
        call.alg, params, context=context, feedback=feedback, is_child_algorithm=child
    )
    record_outputs(call, results, outputs)
    return results


def run_workflow(
    settings: WorkflowSettings,
    context: QgsProcessingContext | None = None,
    feedback: QgsProcessingFeedback | None = None,
    *,
    child: bool = False,
    export: bool = True,
    maps: bool = True,
) -> dict[str, str]:
    """Run every step, Data to export, and return the outputs by workflow key.

    ``export=False`` stops before the package (the caller writes it, see ``run.py``);
    ``maps=False`` writes the package without the PDF/PNG maps.
    """
    for step in ("data", "units", "targets", "solve"):
        found = problems(settings, step)
        if found:
            raise InputError(found[0])
    if settings.output_folder:
        ensure_writable(settings.output_folder)
    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    feedback = feedback or QgsProcessingFeedback()
    calls = all_calls(settings, export=export)
    if not maps:
        calls = [
            replace(c, params={**c.params, "MAPS": False})
            if c.alg == "cmsconnectivity:exportpackage"
            else c
            for c in calls
        ]
    steps = QgsProcessingMultiStepFeedback(len(calls), feedback)
    outputs: dict[str, str] = {}
    for number, call in enumerate(calls):
        steps.setCurrentStep(number)
        if feedback.isCanceled():
            raise CancelledError(tr("Cancelled by the user."))
        feedback.pushInfo(tr("Running {alg}").format(alg=call.alg))
        try:
            run_call(call, outputs, context, steps, child=child)
        except QgsProcessingException as exc:
            raise InputError(str(exc)) from None
    steps.setCurrentStep(len(calls))
    if settings.output_folder and export:  # without the package, its writer saves it after
        settings.save(os.path.join(settings.output_folder, "scenario.json"))
    return outputs
