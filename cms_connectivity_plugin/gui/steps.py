"""The six step panels of the dock. Each shows part of the :class:`WorkflowSettings`.

A step reads its widgets into settings (``read``), shows settings (``show``), and lists what
keeps its Run button disabled (``blockers``): the core's checks of the settings, then checks
of the layers (CRS, geometry type) and of the results of earlier steps.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import numpy as np
from qgis.core import QgsMapLayerProxyModel, QgsWkbTypes
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from ..core.countries import reader_name
from ..core.errors import InputError
from ..core.i18n import number
from ..core.ranges import detect_schema
from ..core.vector import VectorTable
from ..core.workflow import (
    OBJECTIVES,
    PRESETS,
    PRODUCERS,
    WorkflowSettings,
    has_sites,
    problems,
)
from ..qgis_io.i18n import tr
from .widgets import (
    LayerChecklist,
    find_layer,
    form_class,
    layer_problems,
    layer_ref,
    output_layer,
)


def step_titles() -> dict[str, str]:
    return {
        "data": tr("1 Data"),
        "units": tr("2 Units"),
        "targets": tr("3 Targets"),
        "solve": tr("4 Solve"),
        "connectivity": tr("5 Connectivity"),
        "tfca": tr("6 TFCA && export"),
    }


def step_names() -> dict[str, str]:
    return {
        "data": tr("Data"),
        "units": tr("Planning units"),
        "targets": tr("Targets"),
        "solve": tr("Solve"),
        "connectivity": tr("Connectivity"),
        "tfca": tr("TFCA & export"),
    }


def season_labels() -> dict[int, str]:
    return {
        1: tr("Resident"),
        2: tr("Breeding"),
        3: tr("Non-breeding"),
        4: tr("Passage"),
        5: tr("Uncertain"),
    }


def needs(outputs: dict[str, str], *keys: str) -> list[str]:
    """'Run the X step first' for each missing output."""
    out: list[str] = []
    names = step_names()
    for key in keys:
        if key not in outputs:
            message = tr("Run the step '{step}' first.").format(step=names[PRODUCERS[key]])
            if message not in out:
                out.append(message)
    return out


#: Characters per line of a check box or radio button's text before it wraps.
_WRAP_AT = 46


def fit_width(widget: QWidget) -> None:
    """Let a form shrink to the dock's width in every language (French and Spanish run up
    to a third longer than English): labels wrap, combo boxes and tables give way."""
    for label in widget.findChildren(QLabel):
        label.setWordWrap(True)
    for button in widget.findChildren(QCheckBox) + widget.findChildren(QRadioButton):
        # Check boxes do not wrap their text themselves; long ones get line breaks.
        if len(button.text()) > _WRAP_AT and "\n" not in button.text():
            button.setText(textwrap.fill(button.text(), _WRAP_AT))
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
    for view in widget.findChildren(QAbstractItemView):
        view.setMinimumWidth(120)
        policy = view.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Ignored)
        view.setSizePolicy(policy)


class Step(QWidget):
    """A step panel built from ``resources/ui/<name>_step.ui``."""

    name = ""
    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = form_class(f"{self.name}_step.ui")()
        self.ui.setupUi(self)
        self._loading = False
        # Status lines may carry links (the exported report, its folder): open them.
        self.ui.statusLabel.setOpenExternalLinks(True)
        fit_width(self)

    def _emit(self, *args) -> None:
        if not self._loading:
            self.changed.emit()

    def show_settings(self, settings: WorkflowSettings, outputs: dict[str, str]) -> None:
        self._loading = True
        try:
            self._show(settings, outputs)
        finally:
            self._loading = False

    # Subclasses implement these three (``_show``, not ``show``: QWidget.show must stay).
    def _show(self, settings: WorkflowSettings, outputs: dict[str, str]) -> None:
        raise NotImplementedError

    def read(self, settings: WorkflowSettings) -> WorkflowSettings:
        raise NotImplementedError

    def blockers(self, settings: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        return problems(settings, self.name)


def _set_layer(combo, ref: str) -> None:
    combo.setLayer(find_layer(ref))


class DataStep(Step):
    name = "data"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ui = self.ui
        ui.sourceLayout.setDirection(QBoxLayout.TopToBottom)  # the two choices, one per line
        polygons = QgsMapLayerProxyModel.PolygonLayer
        # Several range and site layers at once (e.g. one shapefile per Ramsar site).
        for name, kinds, tip in (
            (
                "rangesCombo",
                (QgsWkbTypes.PolygonGeometry,),
                tr("Tick every species-range layer to use; they are read together."),
            ),
            (
                "sitesCombo",
                (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.PointGeometry),
                tr(
                    "Tick every site layer to use (protected areas, KBAs, Ramsar sites): "
                    "optional; without sites nothing is locked in."
                ),
            ),
        ):
            old = getattr(ui, name)
            new = LayerChecklist(kinds, self)
            new.setObjectName(name)
            new.setToolTip(tip)
            ui.layersGroupLayout.replaceWidget(old, new)
            old.hide()
            old.deleteLater()
            setattr(ui, name, new)
            new.layerChanged.connect(self._emit)
        self.simulateSpeciesCheck = QCheckBox(tr("Simulated species"), self)
        self.simulateSitesCheck = QCheckBox(tr("Simulated protected areas"), self)
        for row, check, tip in (
            (
                3,
                self.simulateSpeciesCheck,
                tr("Untick to plan for your own range layers or tracks only."),
            ),
            (
                4,
                self.simulateSitesCheck,
                tr("Untick to use your own site layers only (or none)."),
            ),
        ):
            check.setChecked(True)
            check.setToolTip(tip)
            check.toggled.connect(self._emit)
            ui.trainingGroupLayout.insertRow(row, check)
        # A group title cannot wrap: the note on mixing goes in a label of its own.
        self.layersHint = QLabel(tr("Optional: these layers are added to the simulated data."))
        ui.layersGroupLayout.insertRow(0, self.layersHint)
        fit_width(self)
        for combo, filters in (
            (ui.bordersCombo, polygons),
            (ui.costCombo, QgsMapLayerProxyModel.RasterLayer),
        ):
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            combo.layerChanged.connect(self._emit)
        ui.bordersCombo.setToolTip(ui.bordersCombo.toolTip())
        for combo in (ui.speciesFieldCombo, ui.seasonFieldCombo):
            combo.setAllowEmptyFieldName(True)
            combo.fieldChanged.connect(self._emit)
        ui.rangesCombo.layerChanged.connect(self._ranges_changed)
        ui.tracksFile.setFilter(tr("Movebank CSV (*.csv *.csv.gz)"))
        ui.tracksFile.fileChanged.connect(self._emit)
        self._add_season_rows()
        fit_width(self)  # the rows added in code too
        ui.outputFile.setStorageMode(QgsFileWidget.GetDirectory)
        ui.outputFile.fileChanged.connect(self._emit)
        ui.schedulerEdit.editingFinished.connect(self._emit)
        for widget in (ui.countriesEdit, ui.tracksSpeciesEdit):
            widget.editingFinished.connect(self._emit)
        ui.countriesEdit.textChanged.connect(self._emit)
        ui.speciesSpin.valueChanged.connect(self._emit)
        ui.seedSpin.valueChanged.connect(self._emit)
        ui.simulatedRadio.toggled.connect(self._source_toggled)
        self._source_toggled()

    def _add_season_rows(self) -> None:
        """How the tracks' fixes get their season: below the tracked species."""
        layout = self.ui.layersGroupLayout
        row = layout.getWidgetPosition(self.ui.tracksSpeciesEdit)[0] + 1
        self.seasonsCombo = QComboBox(self)
        for value, label in (
            ("auto", tr("Automatic: the track's own labels, else movement")),
            ("movement", tr("Movement: each bird's annual cycle")),
            ("dates", tr("Dates: day-of-year windows")),
            ("state", tr("Labels: the season-labels field")),
            ("resident", tr("Resident: the species does not migrate")),
        ):
            self.seasonsCombo.addItem(label, value)
        self.seasonsCombo.setToolTip(
            tr(
                "Automatic uses Movebank's migration-stage or migration-state labels when they "
                "label most fixes, else movement: stays at the two ends of each bird's range "
                "are breeding and non-breeding, year after year, and the journeys between them "
                "passage. The log of the Data step says which was used."
            )
        )
        self.stateFieldEdit = QLineEdit(self)
        self.stateFieldEdit.setPlaceholderText(tr("detected (migration-stage, migration-state)"))
        self.stateFieldEdit.setToolTip(
            tr("The tracking file's column with season labels, when it is not detected.")
        )
        self.windowsEdit = QLineEdit(self)
        self.windowsEdit.setPlaceholderText("breeding=121-212; non-breeding=305-59")
        self.windowsEdit.setToolTip(
            tr(
                "Day-of-year windows for Dates. Empty: breeding 1 May-31 Jul, passage "
                "1 Aug-31 Oct and 1 Mar-30 Apr, non-breeding 1 Nov-28 Feb, half a year later "
                "for birds living south of the equator."
            )
        )
        for offset, (text, widget) in enumerate(
            (
                (tr("Seasons of the tracks"), self.seasonsCombo),
                (tr("Season labels field"), self.stateFieldEdit),
                (tr("Date windows"), self.windowsEdit),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            label.setToolTip(widget.toolTip())
            layout.insertRow(row + offset, label, widget)
        self.seasonsCombo.currentIndexChanged.connect(self._seasons_changed)
        for edit in (self.stateFieldEdit, self.windowsEdit):
            edit.editingFinished.connect(self._emit)
        self._seasons_changed()

    def _seasons_changed(self, *args) -> None:
        method = self.seasonsCombo.currentData()
        self.stateFieldEdit.setEnabled(method in ("auto", "state"))
        self.windowsEdit.setEnabled(method == "dates")
        self._emit()

    def _source_toggled(self, *args) -> None:
        simulated = self.ui.simulatedRadio.isChecked()
        # Own layers can be added to simulated data (real sites with simulated species...).
        self.layersHint.setVisible(simulated)
        for widget in (
            self.ui.speciesSpin,
            self.ui.seedSpin,
            self.simulateSpeciesCheck,
            self.simulateSitesCheck,
        ):
            widget.setEnabled(simulated)
        self._emit()

    def _ranges_changed(self, layer) -> None:
        for combo in (self.ui.speciesFieldCombo, self.ui.seasonFieldCombo):
            combo.setLayer(layer)
            combo.setField("")
        self.ui.schemaLabel.setText(schema_preview(layer))

    def _show(self, s: WorkflowSettings, outputs: dict[str, str]) -> None:
        ui = self.ui
        (ui.simulatedRadio if s.data_source == "simulated" else ui.layersRadio).setChecked(True)
        ui.countriesEdit.setText(",".join(s.countries))
        ui.speciesSpin.setValue(int(s.n_species))
        ui.seedSpin.setValue(int(s.seed))
        ui.rangesCombo.set_refs(list(s.ranges))
        self._ranges_changed(ui.rangesCombo.currentLayer())
        self.simulateSpeciesCheck.setChecked(s.simulate_species)
        self.simulateSitesCheck.setChecked(s.simulate_sites)
        ui.speciesFieldCombo.setField(s.species_field)
        ui.seasonFieldCombo.setField(s.season_field)
        ui.tracksFile.setFilePath(s.tracks)
        ui.tracksSpeciesEdit.setText(s.tracks_species)
        self.seasonsCombo.setCurrentIndex(max(0, self.seasonsCombo.findData(s.tracks_seasons)))
        self.stateFieldEdit.setText(s.tracks_state_field)
        self.windowsEdit.setText(s.tracks_windows)
        ui.sitesCombo.set_refs(list(s.sites))
        _set_layer(ui.bordersCombo, s.borders)
        _set_layer(ui.costCombo, s.cost_raster)
        ui.outputFile.setFilePath(s.output_folder)
        ui.schedulerEdit.setText(s.scheduler)
        self._source_toggled()

    def read(self, s: WorkflowSettings) -> WorkflowSettings:
        ui = self.ui
        return replace(
            s,
            data_source="simulated" if ui.simulatedRadio.isChecked() else "layers",
            countries=ui.countriesEdit.text(),
            n_species=ui.speciesSpin.value(),
            seed=ui.seedSpin.value(),
            ranges=tuple(ui.rangesCombo.refs()),
            simulate_species=self.simulateSpeciesCheck.isChecked(),
            simulate_sites=self.simulateSitesCheck.isChecked(),
            species_field=ui.speciesFieldCombo.currentField(),
            season_field=ui.seasonFieldCombo.currentField(),
            tracks=ui.tracksFile.filePath().strip(),
            tracks_species=ui.tracksSpeciesEdit.text().strip() or s.tracks_species,
            tracks_seasons=self.seasonsCombo.currentData(),
            tracks_state_field=self.stateFieldEdit.text().strip(),
            tracks_windows=self.windowsEdit.text().strip(),
            sites=tuple(ui.sitesCombo.refs()),
            borders=layer_ref(ui.bordersCombo.currentLayer()),
            cost_raster=layer_ref(ui.costCombo.currentLayer()),
            output_folder=ui.outputFile.filePath().strip(),
            scheduler=ui.schedulerEdit.text().strip(),
        )

    def blockers(self, s: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        out = problems(s, "data")
        if not s.output_folder:
            out.append(tr("Choose an output folder: every result is written there."))
        for ref in s.ranges:
            out += layer_problems(ref, tr("Species ranges"), ("polygon",))
        for ref in s.sites:
            out += layer_problems(ref, tr("Existing sites"), ("polygon", "point"))
        out += layer_problems(s.borders, tr("Country borders"), ("polygon",))
        out += layer_problems(s.cost_raster, tr("Cost raster"), ("raster",))
        return out


def schema_preview(layer) -> str:
    """What the range layer holds, in one line: schema, species and seasons (no geometry read)."""
    if layer is None:
        return ""
    names = [field.name() for field in layer.fields()]
    table = VectorTable(layer.name(), {n: [] for n in names}, np.empty(0, dtype=object))
    try:
        match = detect_schema(table)
    except InputError:
        return tr("Schema not recognised: choose the species and season fields below.")
    n_species = len(layer.uniqueValues(layer.fields().indexOf(match.mapping.species)))
    seasons = ""
    if match.mapping.seasonal:
        labels = season_labels()
        codes = layer.uniqueValues(layer.fields().indexOf(match.mapping.seasonal))
        words = []
        for code in sorted(codes, key=str):
            try:
                words.append(labels.get(int(code), str(code)))
            except (TypeError, ValueError):
                words.append(str(code))
        seasons = ", ".join(words)
    return tr("Schema: {schema}. {n} species; seasons: {seasons}.").format(
        schema=match.name, n=n_species, seasons=seasons or "-"
    )


class UnitsStep(Step):
    name = "units"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ui = self.ui
        for combo in (ui.unitsLayerCombo, ui.studyAreaCombo):
            combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            combo.layerChanged.connect(self._emit)
        ui.gridCombo.currentIndexChanged.connect(self._grid_changed)
        ui.cellAreaSpin.valueChanged.connect(self._emit)
        ui.lockInSpin.valueChanged.connect(self._emit)
        # Places that must be in the network, and places that must stay out.
        polygons = (QgsWkbTypes.PolygonGeometry,)
        self.lockInLayers = LayerChecklist(polygons, self)
        self.lockInLayers.setToolTip(
            tr(
                "Polygons whose units must be in the network (agreed sites not yet in the "
                "protected-area layer), at the lock-in share above."
            )
        )
        self.lockOutLayers = LayerChecklist(polygons, self)
        self.lockOutLayers.setToolTip(
            tr(
                "Polygons whose units must stay out of the network (cities, mining "
                "concessions, infrastructure), when they cover half a unit or more."
            )
        )
        ui.lockGroupLayout.addRow(tr("Also keep in"), self.lockInLayers)
        ui.lockGroupLayout.addRow(tr("Keep out"), self.lockOutLayers)
        self.lockInLayers.layerChanged.connect(self._emit)
        self.lockOutLayers.layerChanged.connect(self._emit)
        fit_width(self)
        ui.studyLayerRadio.toggled.connect(self._study_changed)
        self._grid_changed()
        self._study_changed()

    def _grid_changed(self, *args) -> None:
        own = self.ui.gridCombo.currentIndex() == 2
        self.ui.cellAreaSpin.setEnabled(not own)
        self.ui.unitsLayerCombo.setEnabled(own)
        self._emit()

    def _study_changed(self, *args) -> None:
        self.ui.studyAreaCombo.setEnabled(self.ui.studyLayerRadio.isChecked())
        self._emit()

    def _show(self, s: WorkflowSettings, outputs: dict[str, str]) -> None:
        ui = self.ui
        ui.gridCombo.setCurrentIndex(("hexagon", "square", "layer").index(s.grid))
        ui.cellAreaSpin.setValue(float(s.cell_area_km2))
        _set_layer(ui.unitsLayerCombo, s.units_layer)
        (ui.studyLayerRadio if s.study_area else ui.studyCountriesRadio).setChecked(True)
        _set_layer(ui.studyAreaCombo, s.study_area)
        ui.lockInSpin.setValue(100.0 * float(s.lock_in))
        self.lockInLayers.set_refs(list(s.lock_in_layers))
        self.lockOutLayers.set_refs(list(s.lock_out_layers))
        self._grid_changed()
        self._study_changed()

    def read(self, s: WorkflowSettings) -> WorkflowSettings:
        ui = self.ui
        return replace(
            s,
            grid=("hexagon", "square", "layer")[ui.gridCombo.currentIndex()],
            cell_area_km2=ui.cellAreaSpin.value(),
            units_layer=layer_ref(ui.unitsLayerCombo.currentLayer()),
            study_area=layer_ref(ui.studyAreaCombo.currentLayer())
            if ui.studyLayerRadio.isChecked()
            else "",
            lock_in=ui.lockInSpin.value() / 100.0,
            lock_in_layers=tuple(self.lockInLayers.refs()),
            lock_out_layers=tuple(self.lockOutLayers.refs()),
        )

    def blockers(self, s: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        out = problems(s, "units")
        if self.ui.studyLayerRadio.isChecked() and not s.study_area:
            out.append(tr("Choose the polygon layer of the study area."))
        if s.grid == "layer":
            out += layer_problems(s.units_layer, tr("Planning units"), ("polygon",), True)
        out += layer_problems(s.study_area, tr("Study area"), ("polygon",))
        for ref in s.lock_in_layers:
            out += layer_problems(ref, tr("Keep in"), ("polygon",))
        for ref in s.lock_out_layers:
            out += layer_problems(ref, tr("Keep out"), ("polygon",))
        # The units read the prepared ranges' step; sites only when there are some.
        return out + needs(outputs, *(("ranges", "sites") if has_sites(s) else ("ranges",)))


class TargetsStep(Step):
    name = "targets"
    #: Preset combo rows: GBF 30 %, Aichi 17 %, Rodrigues, custom.
    PRESET_KEYS = ("gbf30", "aichi17", "rodrigues", "custom")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ui = self.ui
        ui.targetsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        ui.targetsTable.verticalHeader().setVisible(False)
        ui.presetCombo.currentIndexChanged.connect(self._preset_changed)
        ui.targetSpin.valueChanged.connect(self._emit)
        ui.weakestLinkCheck.toggled.connect(self._emit)
        ui.targetsTable.itemChanged.connect(self._emit)
        ui.resetButton.clicked.connect(self._reset)
        self._features: list[tuple[str, int]] = []
        self._bad: list[str] = []  # species whose typed target is not a number

    def _preset_changed(self, index: int) -> None:
        key = self.PRESET_KEYS[index]
        if key in PRESETS and not self._loading:
            self._loading = True
            self.ui.targetSpin.setValue(PRESETS[key][1])
            self._loading = False
        self._emit()

    def _reset(self) -> None:
        self._loading = True
        for row in range(self.ui.targetsTable.rowCount()):
            self.ui.targetsTable.item(row, 2).setText("")
        self._loading = False
        self._emit()

    def feature_rows(self, outputs: dict[str, str]) -> list[tuple[str, int]]:
        """(species, season code) of the prepared ranges, sorted."""
        layer = output_layer("ranges")
        if layer is None or "ranges" not in outputs:
            return []
        fields = layer.fields()
        i, j = fields.indexOf("species"), fields.indexOf("seasonal")
        if i < 0 or j < 0:
            return []
        pairs = {(str(f[i]), int(f[j])) for f in layer.getFeatures()}
        return sorted(pairs)

    def _show(self, s: WorkflowSettings, outputs: dict[str, str]) -> None:
        ui = self.ui
        preset = "custom"
        for key, (rule, percent) in PRESETS.items():
            if s.target_rule == rule and abs(s.target_percent - percent) < 1e-9:
                preset = key
        ui.presetCombo.setCurrentIndex(self.PRESET_KEYS.index(preset))
        ui.targetSpin.setValue(float(s.target_percent))
        ui.weakestLinkCheck.setChecked(s.objective == "weakestlink")
        self._features = self.feature_rows(outputs)
        labels = season_labels()
        table = ui.targetsTable
        table.setRowCount(len(self._features))
        for row, (species, season) in enumerate(self._features):
            for col, text in enumerate((species, labels.get(season, str(season)))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                table.setItem(row, col, item)
            value = s.targets.get(f"{species}|{season}")
            target = QTableWidgetItem("" if value is None else f"{value:g}")
            target.setToolTip(tr("Empty: the default target."))
            table.setItem(row, 2, target)
        ui.statusLabel.setText(
            tr("{n} species-season features. Empty cells use the default target.").format(
                n=len(self._features)
            )
            if self._features
            else tr("Run the Data step to list the species and seasons.")
        )

    def read(self, s: WorkflowSettings) -> WorkflowSettings:
        ui = self.ui
        key = self.PRESET_KEYS[ui.presetCombo.currentIndex()]
        rule = PRESETS[key][0] if key in PRESETS else s.target_rule
        targets: dict[str, float] = {}
        bad: list[str] = []
        for row, (species, season) in enumerate(self._features):
            item = ui.targetsTable.item(row, 2)
            text = item.text().strip().replace(",", ".") if item is not None else ""
            if not text:
                continue
            try:
                targets[f"{species}|{season}"] = float(text)
            except ValueError:
                bad.append(species)
        self._bad = bad
        objective = s.objective
        if ui.weakestLinkCheck.isChecked():
            objective = "weakestlink"
        elif objective == "weakestlink":
            objective = "minset"
        return replace(
            s,
            target_rule=rule,
            target_percent=ui.targetSpin.value(),
            targets=targets,
            objective=objective,
        )

    def blockers(self, s: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        out = problems(s, "targets")
        for species in self._bad:
            out.append(
                tr("The target of {species} is not a number: give a percentage.").format(
                    species=species
                )
            )
        return out


def _advanced_on(s: WorkflowSettings) -> bool:
    return any(
        (s.stepping_stones_km, s.country_share_percent, s.cross_border_bonus, s.connectivity_weight)
    ) or bool(s.connectivity_table)


class SolveStep(Step):
    name = "solve"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ui = self.ui
        ui.objectiveCombo.currentIndexChanged.connect(self._objective_changed)
        for spin in (
            ui.budgetSpin,
            ui.blmSpin,
            ui.timeLimitSpin,
            ui.gapSpin,
            ui.stonesSpin,
            ui.shareSpin,
            ui.bonusSpin,
            ui.connectivityWeightSpin,
        ):
            spin.valueChanged.connect(self._emit)
        ui.connectivityFile.setStorageMode(QgsFileWidget.GetFile)
        ui.connectivityFile.fileChanged.connect(self._emit)
        ui.oneWayCheck.toggled.connect(self._emit)

    def _objective_changed(self, *args) -> None:
        self.ui.budgetSpin.setEnabled(self.ui.objectiveCombo.currentIndex() != 0)
        self._emit()

    def _show(self, s: WorkflowSettings, outputs: dict[str, str]) -> None:
        ui = self.ui
        ui.objectiveCombo.setCurrentIndex(OBJECTIVES.index(s.objective))
        ui.budgetSpin.setValue(float(s.budget))
        ui.blmSpin.setValue(float(s.blm))
        ui.timeLimitSpin.setValue(float(s.time_limit_s))
        ui.gapSpin.setValue(100.0 * float(s.mip_gap))
        ui.stonesSpin.setValue(float(s.stepping_stones_km))
        ui.shareSpin.setValue(float(s.country_share_percent))
        ui.bonusSpin.setValue(float(s.cross_border_bonus))
        ui.connectivityFile.setFilePath(s.connectivity_table)
        ui.connectivityWeightSpin.setValue(float(s.connectivity_weight))
        ui.oneWayCheck.setChecked(not s.connectivity_symmetric)
        # Settings in use are never hidden: the group opens when one of them is on.
        if _advanced_on(s):
            ui.advancedGroup.setCollapsed(False)
        self._objective_changed()

    def read(self, s: WorkflowSettings) -> WorkflowSettings:
        ui = self.ui
        return replace(
            s,
            objective=OBJECTIVES[ui.objectiveCombo.currentIndex()],
            budget=ui.budgetSpin.value(),
            blm=ui.blmSpin.value(),
            time_limit_s=ui.timeLimitSpin.value(),
            mip_gap=ui.gapSpin.value() / 100.0,
            stepping_stones_km=ui.stonesSpin.value(),
            country_share_percent=ui.shareSpin.value(),
            cross_border_bonus=ui.bonusSpin.value(),
            connectivity_table=ui.connectivityFile.filePath().strip(),
            connectivity_weight=ui.connectivityWeightSpin.value(),
            connectivity_symmetric=not ui.oneWayCheck.isChecked(),
        )

    def blockers(self, s: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        out = problems(s, "targets") + problems(s, "solve")
        if s.connectivity_table and not Path(s.connectivity_table).is_file():
            out.append(
                tr("The connectivity table {path} is not a file: choose the table again.").format(
                    path=s.connectivity_table
                )
            )
        return out + needs(outputs, "ranges", "planning_units")


class ConnectivityStep(Step):
    name = "connectivity"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ui = self.ui
        ui.resistanceCombo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        ui.resistanceCombo.setAllowEmptyLayer(True)
        ui.resistanceCombo.setLayer(None)
        ui.resistanceCombo.layerChanged.connect(self._emit)
        ui.dispersalSpin.valueChanged.connect(self._emit)
        for check in (ui.protconnCheck, ui.dpcCheck, ui.corridorsCheck, ui.flywayCheck):
            check.toggled.connect(self._emit)
        ui.corridorsCheck.toggled.connect(ui.resistanceCombo.setEnabled)

    def _show(self, s: WorkflowSettings, outputs: dict[str, str]) -> None:
        ui = self.ui
        ui.dispersalSpin.setValue(float(s.dispersal_km))
        ui.protconnCheck.setChecked(s.protconn)
        ui.dpcCheck.setChecked(s.dpc)
        ui.corridorsCheck.setChecked(s.corridors)
        ui.flywayCheck.setChecked(s.flyway)
        _set_layer(ui.resistanceCombo, s.resistance_raster)
        ui.resistanceCombo.setEnabled(s.corridors)

    def read(self, s: WorkflowSettings) -> WorkflowSettings:
        ui = self.ui
        return replace(
            s,
            dispersal_km=ui.dispersalSpin.value(),
            protconn=ui.protconnCheck.isChecked(),
            dpc=ui.dpcCheck.isChecked(),
            corridors=ui.corridorsCheck.isChecked(),
            flyway=ui.flywayCheck.isChecked(),
            resistance_raster=layer_ref(ui.resistanceCombo.currentLayer()),
        )

    def blockers(self, s: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        out = problems(s, "connectivity")
        if s.corridors:
            out += layer_problems(s.resistance_raster, tr("Resistance raster"), ("raster",))
        return out + (needs(outputs, "sites") if has_sites(s) else [])


class TfcaStep(Step):
    name = "tfca"
    zoom_requested = pyqtSignal(int)  # feature id of the candidate

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ui = self.ui
        ui.titleEdit.editingFinished.connect(self._emit)
        # Credits of the user's own, added to those read off the data used.
        self.creditsEdit = QLineEdit(self)
        self.creditsEdit.setPlaceholderText(tr("e.g. Ramsar sites: Ministry of Environment, 2025"))
        self.creditsEdit.setToolTip(
            tr(
                "Added to the credits the maps and the report build from the data used "
                "(borders, ranges, tracks, sites)."
            )
        )
        self.creditsEdit.editingFinished.connect(self._emit)
        ui.exportGroupLayout.addRow(tr("Credits"), self.creditsEdit)
        # Two long buttons side by side do not fit in French: one above the other.
        ui.buttonLayout.setDirection(QBoxLayout.TopToBottom)
        table = ui.candidatesTable
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        # A click picks the whole candidate (row), never one cell.
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.itemSelectionChanged.connect(self._selected)
        self._layer = None  # the candidates layer whose map selection the table follows

    def _selected(self) -> None:
        rows = self.ui.candidatesTable.selectionModel().selectedRows()
        if rows:
            item = self.ui.candidatesTable.item(rows[0].row(), 0)
            self.zoom_requested.emit(int(item.data(Qt.UserRole)))

    def _map_selection_changed(self, selected, deselected, clear_and_select) -> None:
        """A candidate selected on the map highlights its row (without zooming again)."""
        layer = self._layer
        if layer is None:
            return
        ids = set(layer.selectedFeatureIds())
        table = self.ui.candidatesTable
        table.blockSignals(True)
        try:
            table.clearSelection()
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.data(Qt.UserRole) in ids:
                    table.selectRow(row)
                    table.scrollToItem(item)
                    break
        finally:
            table.blockSignals(False)

    def _follow(self, layer) -> None:
        if self._layer is layer:
            return
        if self._layer is not None:
            try:
                self._layer.selectionChanged.disconnect(self._map_selection_changed)
            except (TypeError, RuntimeError):
                pass
        self._layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._map_selection_changed)

    def _show(self, s: WorkflowSettings, outputs: dict[str, str]) -> None:
        self.ui.titleEdit.setText(s.title)
        self.creditsEdit.setText(s.credits)
        self.fill_candidates()

    def fill_candidates(self) -> None:
        table = self.ui.candidatesTable
        layer = output_layer("tfca_candidates")
        self._follow(layer)
        rows = []
        if layer is not None:
            names = layer.fields().names()
            for feature in layer.getFeatures():
                rows.append(
                    (
                        feature.id(),
                        [
                            feature[name] if name in names else None
                            for name in ("rank", "countries", "area_km2", "n_species", "score")
                        ],
                    )
                )
        rows.sort(key=lambda r: (r[1][0] is None, r[1][0] or 0))
        table.setRowCount(len(rows))
        for row, (fid, values) in enumerate(rows):
            for col, value in enumerate(values):
                text = "" if value is None else (number(value, 1) if col == 2 else str(value))
                item = QTableWidgetItem(text)
                if col == 1:  # "ESP;FRA" is a field value: codes in the narrow dock, names on hover
                    codes = [c for c in text.split(";") if c]
                    item.setText(", ".join(codes))
                    item.setToolTip(", ".join(reader_name(c) for c in codes))
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                if col == 0:
                    item.setData(Qt.UserRole, fid)
                table.setItem(row, col, item)

    def read(self, s: WorkflowSettings) -> WorkflowSettings:
        return replace(
            s,
            title=self.ui.titleEdit.text().strip(),
            credits=self.creditsEdit.text().strip(),
        )

    def blockers(self, s: WorkflowSettings, outputs: dict[str, str]) -> list[str]:
        return needs(outputs, "solution", "ranges")

    def export_blockers(self, outputs: dict[str, str]) -> list[str]:
        return needs(outputs, "ranges", "solution", "plan_summary", "tfca_candidates")


STEP_CLASSES = (DataStep, UnitsStep, TargetsStep, SolveStep, ConnectivityStep, TfcaStep)
