"""The plugin's dock: six step panels, background runs, settings kept in the QGIS project.

Every Run button runs the Processing calls of its step (``core.workflow.step_calls``), the
same calls ``cmsconnectivity:runworkflow`` and the command line make. Settings are written
into the project (``QgsProject.writeEntry``) whenever they change and read back when a
project is opened, so a saved ``.qgz`` reopens the exercise where it was left.
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsMessageLog,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QMenu, QScrollArea, QWidget

from ...core.errors import InputError
from ...core.i18n import localized
from ...core.workflow import (
    STEPS,
    WorkflowSettings,
    drop_outdated,
    first_changed_step,
    step_calls,
)
from ...qgis_io.export import ensure_writable
from ...qgis_io.i18n import qgis_locale, tr
from ...qgis_io.resources import resource_path
from ..steps import STEP_CLASSES, Step, step_titles
from ..tasks import StepRunner
from ..widgets import add_result, form_class, mark_outdated, output_layer

SCOPE = "cms_connectivity"
#: Outputs that are files to open, not layers for the map (the package's GeoPackage repeats
#: layers already shown).
NOT_LOADED = frozenset({"package", "report", "plan_summary", "overview_pdf", "atlas_pdf"})
#: QgsSettings key of the dock's width, remembered between sessions.
WIDTH_KEY = "cms_connectivity/dock_width"
#: Width (px) at which every step's form fits in English, French and Spanish.
DEFAULT_WIDTH = 560
#: Buttons that are not a step's Run button, and the step panel they sit on.
_PANEL_OF = {"calibrate": "solve", "export": "tfca", "simulate": "data"}
#: Status-line colours: a reason the step cannot run, and results that are out of date.
_STATE_STYLES = {"blocked": "color: #b00020;", "outdated": "color: #9a5b00;"}


def warning_icon() -> QIcon:
    return QgsApplication.getThemeIcon("/mIconWarning.svg")


LOG_TAG = "CMS Connectivity Planner"


def help_path(locale: str | None = None) -> Path:
    """The user guide in the QGIS language when it exists, else in English."""
    locale = (locale or qgis_locale() or "en")[:2]
    path = resource_path("help", locale, "index.html")
    return path if path.is_file() else resource_path("help", "en", "index.html")


def help_url(anchor: str, locale: str | None = None) -> QUrl:
    url = QUrl.fromLocalFile(str(help_path(locale)))
    url.setFragment(anchor)
    return url


def default_output_folder() -> str:
    project = QgsProject.instance()
    home = project.homePath()
    if home:
        return str(Path(home) / "cms_outputs")
    return str(Path.home() / "cms_connectivity_outputs")


class PlannerDock(QgsDockWidget):
    """One dock with a stable objectName so QGIS restores its place."""

    def __init__(self, iface=None, parent=None) -> None:
        super().__init__(tr("CMS Connectivity Planner"), parent)
        self.setObjectName("CmsConnectivityPlannerDock")
        self.iface = iface
        self.settings = WorkflowSettings(output_folder=default_output_folder())
        self.outputs: dict[str, str] = {}
        #: Steps whose results were dropped because an earlier step's settings changed.
        self.outdated: set[str] = set()
        self.runner: StepRunner | None = None
        self.running_step = ""
        self._restoring = False

        body = QWidget(self)
        self.ui = form_class("planner_dock.ui")()
        self.ui.setupUi(body)
        self.setWidget(body)
        self.steps: dict[str, Step] = {}
        titles = step_titles()
        for cls in STEP_CLASSES:
            step = cls(self)
            self.steps[cls.name] = step
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(step)
            self.ui.stepsTabs.addTab(scroll, titles[cls.name])
            step.changed.connect(self._changed)
            step.ui.helpButton.clicked.connect(
                lambda _=False, name=cls.name: self.open_help(name)  # anchors = step names
            )
            run = getattr(step.ui, "runButton", None)
            if run is not None:
                run.clicked.connect(lambda _=False, name=cls.name: self.run_step(name))
        self.steps["solve"].ui.calibrateButton.clicked.connect(lambda: self.run_step("calibrate"))
        self.steps["tfca"].ui.exportButton.clicked.connect(lambda: self.run_step("export"))
        self.steps["data"].ui.simulateButton.clicked.connect(lambda: self.run_step("simulate"))
        self.steps["tfca"].zoom_requested.connect(self.zoom_to_candidate)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.keepButton.clicked.connect(self.stop_and_keep)
        self.ui.progressBar.setValue(0)

        menu = QMenu(self)
        menu.addAction(tr("Export scenario..."), self.export_scenario_dialog)
        menu.addAction(tr("Import scenario..."), self.import_scenario_dialog)
        menu.addSeparator()
        menu.addAction(tr("Reset all settings"), self.reset)
        self.ui.scenarioButton.setMenu(menu)
        self._menu = menu

        project = QgsProject.instance()
        project.readProject.connect(self.restore_from_project)
        project.cleared.connect(self._project_cleared)
        project.layersRemoved.connect(self._layers_removed)
        if not self.restore_from_project():
            self.show_settings()

    # -- settings ---------------------------------------------------------------------------
    def show_settings(self) -> None:
        self._restoring = True
        try:
            for step in self.steps.values():
                step.show_settings(self.settings, self.outputs)
        finally:
            self._restoring = False
        self.update_buttons()

    def read_settings(self) -> WorkflowSettings:
        settings = self.settings
        for step in self.steps.values():
            settings = step.read(settings)
        return settings

    def _changed(self) -> None:
        if self._restoring:
            return
        previous = self.settings
        self.settings = self.read_settings()
        changed = first_changed_step(previous, self.settings)
        if changed is not None:
            self.invalidate(changed)
        if self.settings.objective == "weakestlink" or self.sender() is self.steps["targets"]:
            solve = self.steps["solve"]
            solve.show_settings(self.settings, self.outputs)
        if self.sender() is self.steps["solve"]:
            self.steps["targets"].ui.weakestLinkCheck.blockSignals(True)
            self.steps["targets"].ui.weakestLinkCheck.setChecked(
                self.settings.objective == "weakestlink"
            )
            self.steps["targets"].ui.weakestLinkCheck.blockSignals(False)
        self.save_to_project()
        self.update_buttons()

    def apply(self, settings: WorkflowSettings) -> None:
        """Show ``settings`` in every step and keep them in the project."""
        self.settings = settings
        self.show_settings()
        self.settings = self.read_settings()
        self.save_to_project()

    def invalidate(self, step: str) -> set[str]:
        """Drop the results that the settings of ``step`` made out of date; mark their steps.

        A later step then cannot run on results of earlier inputs (its Run button says which
        step to run again), and their layers stay on the map renamed "(out of date)".
        """
        kept, lost = drop_outdated(self.outputs, step)
        if not lost:
            return set()
        dropped = set(self.outputs) - set(kept)
        self.outputs = kept
        self.outdated |= lost
        mark_outdated(dropped)
        if "tfca" in lost:
            self.steps["tfca"].fill_candidates()
        self.save_to_project()
        return lost

    def reset(self) -> None:
        self.outputs = {}
        self.outdated = set()
        self.apply(WorkflowSettings(output_folder=default_output_folder()))

    # -- the project ------------------------------------------------------------------------
    def save_to_project(self) -> None:
        project = QgsProject.instance()
        project.writeEntry(SCOPE, "workflow", self.settings.to_json())
        project.writeEntry(SCOPE, "outputs", json.dumps(self.outputs))
        project.writeEntry(SCOPE, "outdated", ",".join(sorted(self.outdated)))

    def restore_from_project(self, *args) -> bool:
        """Show the settings stored in the project; False when it holds none."""
        project = QgsProject.instance()
        text, found = project.readEntry(SCOPE, "workflow", "")
        if not found or not text:
            return False
        try:
            settings = WorkflowSettings.from_json(text)
        except InputError as exc:
            self.notify(tr("The scenario stored in this project was not read"), str(exc))
            return False
        outputs_text, _ = project.readEntry(SCOPE, "outputs", "{}")
        try:
            outputs = json.loads(outputs_text or "{}")
        except ValueError:
            outputs = {}
        self.outputs = {k: v for k, v in outputs.items() if isinstance(v, str)}
        outdated_text, _ = project.readEntry(SCOPE, "outdated", "")
        self.outdated = {s for s in outdated_text.split(",") if s in STEPS}
        self.settings = settings
        self.show_settings()
        return True

    def _project_cleared(self) -> None:
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()
        self.outputs = {}
        self.outdated = set()
        self.settings = WorkflowSettings(output_folder=default_output_folder())
        self.show_settings()

    def _layers_removed(self, ids) -> None:
        if not self._restoring:
            self.update_buttons()

    # -- scenario files ---------------------------------------------------------------------
    def export_scenario(self, path: str) -> Path:
        return self.read_settings().save(path)

    def import_scenario(self, path: str) -> None:
        self.outputs = {}
        self.outdated = set()
        self.apply(WorkflowSettings.load(path))

    def export_scenario_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export scenario"), "scenario.json", tr("Scenario (*.json)")
        )
        if path:
            try:
                self.export_scenario(path)
            except OSError as exc:
                self.notify(tr("The scenario was not saved"), str(exc))

    def import_scenario_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import scenario"), "", tr("Scenario (*.json)")
        )
        if path:
            try:
                self.import_scenario(path)
            except InputError as exc:
                self.notify(tr("The scenario was not imported"), str(exc))

    # -- validation -------------------------------------------------------------------------
    def blockers(self, name: str) -> list[str]:
        if name == "export":
            return self.steps["tfca"].export_blockers(self.outputs)
        if name == "calibrate":
            return self.steps["solve"].blockers(self.settings, self.outputs)
        if name == "simulate":
            if self.settings.data_source != "simulated":
                return [tr("Choose 'Simulated training data' first.")]
            return self.steps["data"].blockers(self.settings, self.outputs)
        return self.steps[name].blockers(self.settings, self.outputs)

    def update_buttons(self) -> None:
        busy = self.runner is not None and self.runner.is_running()
        buttons = {name: getattr(step.ui, "runButton", None) for name, step in self.steps.items()}
        buttons["calibrate"] = self.steps["solve"].ui.calibrateButton
        buttons["export"] = self.steps["tfca"].ui.exportButton
        buttons["simulate"] = self.steps["data"].ui.simulateButton
        found = {name: self.blockers(name) for name in buttons}
        for name, button in buttons.items():
            if button is None:
                continue
            button.setEnabled(not busy and not found[name])
            if busy:
                button.setToolTip(tr("Another step is running: wait for it or cancel it."))
            else:
                button.setToolTip("\n".join(found[name]))
        for step in self.steps.values():
            self._show_state(step, found[step.name], busy)
        self.ui.cancelButton.setEnabled(busy)
        self.ui.keepButton.setEnabled(busy and self.running_step == "solve")

    def _show_state(self, step: Step, blockers: list[str], busy: bool) -> None:
        """The step's status line and tab say what a user must know first.

        Order: a reason it cannot run (shown, not only in a tooltip), then "out of date",
        then the last result; a blocker that went away never lingers beside an enabled
        button.
        """
        label = step.ui.statusLabel
        index = list(self.steps).index(step.name)
        outdated = step.name in self.outdated
        tabs = self.ui.stepsTabs
        tabs.setTabIcon(index, warning_icon() if outdated else QIcon())
        stale = tr("Out of date: settings changed since this step ran. Run it again.")
        tabs.setTabToolTip(index, stale if outdated else "")
        if busy and step.name == self._step_of(self.running_step):
            return
        result = label.property("result")
        if blockers and step.name != "targets":
            text, state = blockers[0], "blocked"
        elif outdated:
            text, state = stale, "outdated"
        elif result:
            text, state = result, "done"
        elif step.name == "targets":
            return  # its status line counts the species
        else:
            text, state = tr("Ready to run."), "ready"
        label.setText(text)
        label.setProperty("state", state)
        label.setStyleSheet(_STATE_STYLES.get(state, ""))

    @staticmethod
    def _step_of(name: str) -> str:
        """The step whose panel holds button ``name`` (a step's own Run button: itself)."""
        return _PANEL_OF.get(name, name)

    # -- running ----------------------------------------------------------------------------
    def run_step(self, name: str) -> StepRunner | None:
        """Start the calls of step ``name`` in the background; None when it cannot start."""
        if self.runner is not None and self.runner.is_running():
            return None
        self.settings = self.read_settings()
        found = self.blockers(name)
        if found:
            self.notify(tr("This step cannot run yet"), found[0])
            return None
        try:
            if self.settings.output_folder:
                ensure_writable(self.settings.output_folder)
        except InputError as exc:
            self.notify(tr("The output folder cannot be written"), str(exc))
            return None
        calls = step_calls(self.settings, name)
        self.running_step = name
        self.runner = StepRunner(calls, self.outputs, self)
        self.runner.progress.connect(self._progress)
        self.runner.call_done.connect(self._call_done)
        self.runner.finished.connect(self._finished)
        self.ui.progressBar.setValue(0)
        self.ui.taskLabel.setText(step_titles().get(name, name))
        self._status(name, tr("Running..."))
        self.runner.start()
        self.update_buttons()
        return self.runner

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def stop_and_keep(self) -> None:
        """End the running solve now, keeping its best network (marked "interrupted")."""
        if self.runner is not None and self.running_step == "solve":
            self.runner.stop_and_keep()
            self.ui.keepButton.setEnabled(False)

    def _progress(self, percent: float, text: str) -> None:
        if percent >= 0:
            self.ui.progressBar.setValue(int(round(percent)))
        if text:
            self.ui.taskLabel.setText(text)

    def _call_done(self, call, new: dict) -> None:
        for key, source in new.items():
            if key not in NOT_LOADED:
                add_result(key, source)
        if call.alg == "cmsconnectivity:calibrateblm":
            results = self.runner.results[-1] if self.runner and self.runner.results else {}
            if results.get("BLM") is not None:
                self.steps["solve"].ui.blmSpin.setValue(float(results["BLM"]))
        self.save_to_project()

    def _status(self, name: str, text: str) -> None:
        step = self.steps.get(self._step_of(name))
        if step is not None:
            step.ui.statusLabel.setText(text)
            step.ui.statusLabel.setProperty("result", text)
            step.ui.statusLabel.setStyleSheet("")

    def _finished(self, status: str, message: str) -> None:
        name = self.running_step
        runner = self.runner
        self.ui.taskLabel.setText("")
        if status == "ok":
            if name not in ("calibrate", "simulate"):
                self.outdated.discard(self._step_of(name))
            self.ui.progressBar.setValue(100)
            self._status(name, self._summary(name, runner))
            if name in ("data", "solve"):
                self.steps["targets"].show_settings(self.settings, self.outputs)
            if name == "tfca":
                self.steps["tfca"].fill_candidates()
        elif status == "cancelled":
            self.ui.progressBar.setValue(0)
            self._status(name, message)
            self.notify(tr("Cancelled"), message, Qgis.Info)
        else:
            self.ui.progressBar.setValue(0)
            self._status(name, message)
            self.notify(tr("The step failed"), message)
        self.save_to_project()
        self.update_buttons()

    def _summary(self, name: str, runner: StepRunner | None) -> str:
        results = runner.results if runner is not None else []
        last = results[-1] if results else {}
        if name == "solve" and last and last.get("STATUS") == "interrupted":
            return localized(
                tr(
                    "Stopped by you: the best network found so far is kept, not proven optimal "
                    "(gap {gap:.2%}). {met} targets met, {n} units selected, cost {cost:,.1f}."
                ),
                met=int(last.get("TARGETS_MET") or 0),
                n=int(last.get("N_SELECTED") or 0),
                cost=float(last.get("COST") or 0.0),
                gap=float(last.get("GAP") or 0.0),
            )
        if name == "solve" and last:
            return localized(
                tr(
                    "Solver {status}: {met} targets met, {n} units selected, cost {cost:,.1f}, "
                    "gap {gap:.2%}."
                ),
                status=last.get("STATUS", ""),
                met=int(last.get("TARGETS_MET") or 0),
                n=int(last.get("N_SELECTED") or 0),
                cost=float(last.get("COST") or 0.0),
                gap=float(last.get("GAP") or 0.0),
            )
        if name == "calibrate" and last.get("BLM") is not None:
            if last.get("CHEAPEST_COST") is None:
                return localized(tr("Suggested BLM: {blm:.4g}."), blm=float(last["BLM"]))
            # The two ends of the cost-edge curve, so the user sees what the BLM trades.
            return localized(
                tr(
                    "Suggested BLM: {blm:.4g}, where cost and edge weigh equally. The cheapest "
                    "network costs {cost_a:,.0f} with {edge_a:,.0f} km of edge; the most compact "
                    "costs {cost_b:,.0f} with {edge_b:,.0f} km. Try half and double as well."
                ),
                blm=float(last["BLM"]),
                cost_a=float(last["CHEAPEST_COST"]),
                edge_a=float(last["CHEAPEST_BOUNDARY"]),
                cost_b=float(last["COMPACT_COST"]),
                edge_b=float(last["COMPACT_BOUNDARY"]),
            )
        if name == "tfca":
            layer = output_layer("tfca_candidates")
            n = layer.featureCount() if layer is not None else 0
            return tr("{n} TFCA candidate(s) found.").format(n=n)
        if name == "export" and last:
            return self._export_summary(last)
        return tr("Done: the results are in the layer group '{group}'.").format(
            group="CMS Connectivity Planner"
        )

    def _export_summary(self, results: dict) -> str:
        """Where the package went, with links that open the report and the folder."""
        folder = str(results.get("FOLDER") or results.get("OUTPUT_FOLDER") or "")
        report = str(results.get("REPORT") or "")
        links = []
        if report:
            links.append(
                '<a href="{url}">{text}</a>'.format(
                    url=QUrl.fromLocalFile(report).toString(), text=tr("Open the report")
                )
            )
        if folder:
            links.append(
                '<a href="{url}">{text}</a>'.format(
                    url=QUrl.fromLocalFile(folder).toString(), text=tr("Open the folder")
                )
            )
        text = tr("Maps, report and GeoPackage written to {folder}.").format(folder=folder)
        return text + (" " + " · ".join(links) if links else "")

    # -- geometry ---------------------------------------------------------------------------
    @staticmethod
    def preferred_width() -> int:
        """The width the user last gave the dock, or one at which every form fits."""
        try:
            width = int(QgsSettings().value(WIDTH_KEY, DEFAULT_WIDTH))
        except (TypeError, ValueError):
            width = DEFAULT_WIDTH
        return max(width, 320)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.isVisible() and not self.isFloating() and event.size().width() >= 320:
            QgsSettings().setValue(WIDTH_KEY, event.size().width())

    # -- map and messages -------------------------------------------------------------------
    def zoom_to_candidate(self, fid: int) -> None:
        layer = output_layer("tfca_candidates")
        if layer is None:
            return
        layer.selectByIds([fid])
        feature = layer.getFeature(fid)
        if not feature.hasGeometry() or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(
            layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = transform.transformBoundingBox(feature.geometry().boundingBox())
        extent.scale(1.2)
        canvas.setExtent(extent)
        canvas.refresh()

    def open_help(self, anchor: str) -> QUrl:
        url = help_url(anchor)
        QDesktopServices.openUrl(url)
        return url

    def notify(self, title: str, text: str, level=Qgis.Warning) -> None:
        """Message bar when QGIS has one, and the log in every case."""
        QgsMessageLog.logMessage(f"{title}: {text}", LOG_TAG, level)
        if self.iface is not None:
            try:
                self.iface.messageBar().pushMessage(title, text, level, 10)
            except (AttributeError, RuntimeError):
                pass

    def cleanup(self) -> None:
        """Disconnect from the project (the plugin calls it on unload)."""
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()
        project = QgsProject.instance()
        for signal, slot in (
            (project.readProject, self.restore_from_project),
            (project.cleared, self._project_cleared),
            (project.layersRemoved, self._layers_removed),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
