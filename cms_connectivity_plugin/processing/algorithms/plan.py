"""``cmsconnectivity:plan`` and ``cmsconnectivity:calibrateblm``: plan a network from layers.

Thin adapters: the planning-unit layer (from ``planningunits``) and the prepared ranges (from
``prepareranges``) are read into shapely arrays and handed to :func:`core.plan.plan_network`
or :func:`core.plan.suggest_blm`; the results go to feature sinks.
"""

from __future__ import annotations

import json

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import defaults
from ...core.atomic import atomic_write_text
from ...core.errors import CancelledError, InputError
from ...core.i18n import localized
from ...core.plan import OBJECTIVES, PlanSettings, plan_network, solver_summary, suggest_blm
from ...core.tables import read_connectivity
from ...core.unit_countries import countries_for_rules
from ...core.units import plan_arguments
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer
from ...qgis_io.postprocess import style_output
from ...qgis_io.sinks import write_table
from ...qgis_io.units import UnitTable, read_units
from .base import CmsAlgorithm, core_errors

#: Target rules in the order of the TARGET_RULE enum.
RULES = ("relative", "loglinear")
#: Fields the plan adds to the units (replacing input fields of the same name).
ADDED = ("selected", "status")


def parse_overrides(text: str) -> dict[str, float]:
    """Per-feature target overrides from JSON text: ``{"<species>|<season>": percent}``."""
    text = (text or "").strip()
    if not text:
        return {}
    example = '{"Ciconia ciconia|2": 50, "Ciconia ciconia|3": 40}'
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(
            tr(
                "The target overrides are not valid JSON ({reason}): write them like {example}."
            ).format(reason=exc, example=example)
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            tr(
                "The target overrides must be a JSON object of '<species>|<season code>': "
                "percent pairs, like {example}."
            ).format(example=example)
        )
    out = {}
    for key, value in data.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(
                tr(
                    "The target override for '{key}' is {value}: give a number (percent), like "
                    "{example}."
                ).format(key=key, value=json.dumps(value), example=example)
            )
        out[str(key)] = float(value)
    return out


class _PlanInputsAlgorithm(CmsAlgorithm):
    """Parameters and reading shared by the plan and the BLM calibration."""

    GROUP_ID = "planning"

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    COST_FIELD = "COST_FIELD"
    LOCKED_FIELD = "LOCKED_FIELD"
    LOCKED_OUT_FIELD = "LOCKED_OUT_FIELD"
    FEATURES = "FEATURES"
    SPECIES_FIELD = "SPECIES_FIELD"
    SEASON_FIELD = "SEASON_FIELD"
    TARGET = "TARGET"
    TARGET_RULE = "TARGET_RULE"
    TARGETS = "TARGETS"
    LOCK_IN = "LOCK_IN"
    TIME_LIMIT = "TIME_LIMIT"
    EDGE_FACTOR = "EDGE_FACTOR"

    def _add_input_parameters(self) -> None:
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS, tr("Planning units (from 'Build planning units')"), polygons
            )
        )
        for key, label, kind in (
            (self.UNIT_ID, tr("Unit id field (default: unit_id, else feature id)"), None),
            (
                self.COST_FIELD,
                tr("Cost field (default: cost, else the unit's area in km2)"),
                QgsProcessingParameterField.Numeric,
            ),
            (self.LOCKED_FIELD, tr("Locked-in field (default: locked_in, else none)"), None),
            (
                self.LOCKED_OUT_FIELD,
                tr("Locked-out field (default: locked_out, else none)"),
                None,
            ),
        ):
            if kind is None:
                parameter = QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.UNITS, optional=True
                )
            else:
                parameter = QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.UNITS, type=kind, optional=True
                )
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FEATURES, tr("Species ranges (from 'Prepare species ranges')"), polygons
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SPECIES_FIELD,
                tr("Species field (default: binomial, else species)"),
                "binomial",
                parentLayerParameterName=self.FEATURES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SEASON_FIELD,
                tr("Season field (IUCN seasonal codes)"),
                "seasonal",
                parentLayerParameterName=self.FEATURES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET,
                tr("Target (% of each feature's range)"),
                QgsProcessingParameterNumber.Double,
                30.0,
                False,
                0.0,
                100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TARGET_RULE,
                tr("Target rule"),
                [
                    tr("Relative (the same percentage of every feature)"),
                    tr("Log-linear by range size (Rodrigues et al. 2004)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TARGETS,
                tr('Per-feature targets (JSON, e.g. {"Ciconia ciconia|2": 50})'),
                multiLine=True,
                optional=True,
            )
        )

    def _add_solver_parameters(self) -> None:
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.LOCK_IN, tr("Keep locked-in units (existing protected areas)"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TIME_LIMIT,
                tr("Time limit per solve (seconds)"),
                QgsProcessingParameterNumber.Double,
                defaults.TIME_LIMIT_S,
                False,
                0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.EDGE_FACTOR,
                tr("Edge factor (share of the outer edge counted in the boundary)"),
                QgsProcessingParameterNumber.Double,
                defaults.EDGE_FACTOR,
                False,
                0.0,
                1.0,
            )
        )

    # ------------------------------------------------------------------------------------

    def _read(self, parameters, context) -> tuple[dict, UnitTable, object]:
        """(keyword arguments of the core call, the units as read, unit source)."""
        source = self.parameterAsSource(parameters, self.UNITS, context)
        ranges = self.parameterAsSource(parameters, self.FEATURES, context)
        if source is None:
            raise InputError(tr("Choose the planning-unit layer."))
        if ranges is None:
            raise InputError(tr("Choose the species range layer."))

        def chosen(key: str) -> str:
            return self.parameterAsString(parameters, key, context) or ""

        units = read_units(
            source,
            unit_id=chosen(self.UNIT_ID),
            cost=chosen(self.COST_FIELD),
            locked_in=chosen(self.LOCKED_FIELD),
            locked_out=chosen(self.LOCKED_OUT_FIELD),
        )
        args, self._fields_used = plan_arguments(
            units,
            table_from_layer(ranges),
            species=chosen(self.SPECIES_FIELD),
            season=chosen(self.SEASON_FIELD),
        )
        return args, units, source

    def _target_settings(self, parameters, context) -> dict:
        return {
            "target_percent": self.parameterAsDouble(parameters, self.TARGET, context),
            "target_rule": RULES[self.parameterAsEnum(parameters, self.TARGET_RULE, context)],
            "targets": parse_overrides(self.parameterAsString(parameters, self.TARGETS, context)),
            "lock_in": self.parameterAsBoolean(parameters, self.LOCK_IN, context),
            "time_limit_s": self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
            "edge_factor": self.parameterAsDouble(parameters, self.EDGE_FACTOR, context),
        }

    def _report_fields(self, feedback) -> None:
        used = self._fields_used
        feedback.pushInfo(
            tr(
                "Fields used: unit id {unit_id}, cost {cost}, locked in {locked}, locked out "
                "{locked_out}; species {species}, season {season}."
            ).format(
                unit_id=used["unit_id"] or tr("(feature id)"),
                cost=used["cost"] or tr("(unit area, km2)"),
                locked=used["locked_in"] or tr("(none)"),
                locked_out=used["locked_out"] or tr("(none)"),
                species=used["species"],
                season=used["season"] or tr("(none: all resident)"),
            )
        )


def _progress(feedback):
    def report(fraction: float, message: str) -> None:
        feedback.setProgress(100.0 * fraction)
        feedback.setProgressText(message)

    return report


class PlanNetworkAlgorithm(_PlanInputsAlgorithm):
    ALG_ID = "plan"

    OBJECTIVE = "OBJECTIVE"
    BUDGET = "BUDGET"
    BLM = "BLM"
    GAP = "GAP"
    STEPPING_STONES_KM = "STEPPING_STONES_KM"
    COUNTRY_SHARE = "COUNTRY_SHARE"
    CROSS_BORDER_BONUS = "CROSS_BORDER_BONUS"
    CONNECTIVITY = "CONNECTIVITY"
    CONNECTIVITY_WEIGHT = "CONNECTIVITY_WEIGHT"
    CONNECTIVITY_SYMMETRIC = "CONNECTIVITY_SYMMETRIC"
    OUTPUT = "OUTPUT"
    TARGETS_OUTPUT = "TARGETS_OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self) -> str:  # noqa: N802
        return tr("Plan the network (targets, objective, solve)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Chooses the planning units that make the best network for your migratory "
            "species, in one step: targets, objective and an exact solver (HiGHS).\n\n"
            "Planning units: the layer written by 'Build planning units'. Its fields unit_id "
            "(names units in messages), cost (what the plan keeps low), locked_in (1 = "
            "existing protected area, always kept) and locked_out (1 = kept out of the "
            "network, e.g. a city or a mining concession) are used when present; choose other "
            "fields if yours differ. Without a cost field each unit costs its area in km2.\n\n"
            "Species ranges: the layer written by 'Prepare species ranges' (or any polygon "
            "layer with a species field and an IUCN seasonal field: 1 resident, 2 breeding, "
            "3 non-breeding, 4 passage). Every species and season is one feature; a resident "
            "range counts in every season of its species.\n\n"
            "Target: the share of each feature's range inside the planning units that the "
            "network should hold. 30 % follows the Global Biodiversity Framework's Target 3 "
            "(30 by 30); 10-50 % is usual. Target rule: 'relative' asks the same percentage "
            "of every feature; 'log-linear' (Rodrigues et al. 2004) asks more of small ranges: "
            "100 % of ranges up to 1,000 km2, 10 % from 250,000 km2, in between on a log "
            "scale (the target percentage is then not used).\n\n"
            "Per-feature targets (optional): exceptions in percent, written as JSON with "
            'species and season code, e.g. {"Ciconia ciconia|2": 50, "Ciconia ciconia|4": '
            "20}. A name that matches no feature stops the run and lists valid ones.\n\n"
            "Objective: 'minimum set' meets every target at the lowest total cost (Marxan's "
            "problem; the budget is not used). 'Maximum coverage' represents as much of the "
            "targets as the budget allows; 'minimum shortfall' makes the total shortfall "
            "below the targets as small as the budget allows; 'weakest link' secures as many "
            "species as possible, a species counting only when the targets of all its seasons "
            "are met (a migrant needs its breeding, passage and wintering areas).\n\n"
            "Budget: for the last three objectives, the most the network may cost, in the "
            "units of the cost (km2 when the cost is the area; e.g. 30 % of the study area). "
            "Locked-in units count against it.\n\n"
            "Boundary length modifier (BLM): 0 ignores the shape of the network; higher "
            "values favour compact, clumped networks with shorter edges at some extra cost. "
            "Use 'Suggest a boundary length modifier' to find a balanced value.\n\n"
            "Time limit: seconds the solver may search (60 s is ample for a few thousand "
            "units). Gap: how close to the proven best the answer must be before the solver "
            "stops, 0.01 = within 1 %; 0 asks for the exact optimum (slower). Keep "
            "locked-in units: untick to let the plan ignore existing protected areas.\n\n"
            "Advanced parameters (all off at 0): the longest gap between stepping stones "
            "(km) keeps a unit of every passage range in each stretch of the migration, so "
            "no two stopovers are farther apart; each country keeps at least a share (%) of "
            "its own land (needs the units' country_shares or country field); the "
            "cross-border bonus (cost units per km) rewards selected neighbours in different "
            "countries; a connectivity table (CSV id1, id2, value, as Marxan Connect writes "
            "it) with its weight rewards keeping linked units together, or with one-way "
            "links charges keeping id1 without id2. The user guide explains when to use "
            "each.\n\n"
            "Outputs: the planning units with their fields plus selected (1 = in the "
            "network) and status ('locked in', 'selected', 'locked out' or 'not selected'); a "
            "target table with, for every feature, its area inside the units (total_km2), "
            "target_km2, held_km2, met (1 = target met) and shortfall_km2; and the solver status, "
            "objective, gap, cost, number of units selected and targets met."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_input_parameters()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.OBJECTIVE,
                tr("Objective"),
                [
                    tr("Minimum set: meet every target at least cost"),
                    tr("Maximum coverage within the budget"),
                    tr("Minimum shortfall within the budget"),
                    tr("Weakest link: most species with every season met, within the budget"),
                ],
                defaultValue=0,
            )
        )
        number = QgsProcessingParameterNumber.Double
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BUDGET,
                tr("Budget (cost units; not used by minimum set)"),
                number,
                0.0,
                False,
                0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BLM, tr("Boundary length modifier (BLM)"), number, defaults.BLM, False, 0.0
            )
        )
        self._add_solver_parameters()
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GAP,
                tr("Optimality gap (0.01 = within 1 %)"),
                number,
                defaults.MIP_GAP,
                False,
                0.0,
                1.0,
            )
        )
        self._add_advanced_parameters()
        self._add_scheduler()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Planned network"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TARGETS_OUTPUT, tr("Targets per feature"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.SUMMARY,
                tr("Solver summary (JSON, for the report)"),
                tr("JSON files (*.json)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Solver status")))
        self.addOutput(QgsProcessingOutputNumber("OBJECTIVE", tr("Objective")))
        self.addOutput(QgsProcessingOutputNumber("GAP", tr("Relative gap")))
        self.addOutput(QgsProcessingOutputNumber("COST", tr("Cost of the network")))
        self.addOutput(QgsProcessingOutputNumber("N_SELECTED", tr("Units in the network")))
        self.addOutput(QgsProcessingOutputNumber("TARGETS_MET", tr("Targets met")))
        self.addOutput(QgsProcessingOutputNumber("N_FEATURES", tr("Features (species-seasons)")))
        self.addOutput(QgsProcessingOutputNumber("BOUNDARY", tr("Boundary length (km)")))

    def _add_advanced_parameters(self) -> None:
        """Stepping stones, country share, cross-border bonus and connectivity: in the
        dialog's Advanced group, off at 0."""
        number = QgsProcessingParameterNumber.Double
        parameters = [
            QgsProcessingParameterNumber(
                self.STEPPING_STONES_KM,
                tr("Longest gap between stepping stones (km; 0: off)"),
                number,
                0.0,
                False,
                0.0,
            ),
            QgsProcessingParameterNumber(
                self.COUNTRY_SHARE,
                tr("Share each country keeps of its own land (%; 0: off)"),
                number,
                0.0,
                False,
                0.0,
                100.0,
            ),
            QgsProcessingParameterNumber(
                self.CROSS_BORDER_BONUS,
                tr("Cross-border bonus (cost units per km of shared edge; 0: off)"),
                number,
                0.0,
                False,
                0.0,
            ),
            QgsProcessingParameterFile(
                self.CONNECTIVITY,
                tr("Connectivity table (CSV: id1, id2, value)"),
                optional=True,
                fileFilter=tr("CSV or Marxan table (*.csv *.txt *.dat)"),
            ),
            QgsProcessingParameterNumber(
                self.CONNECTIVITY_WEIGHT,
                tr("Connectivity weight (0: the table is not used)"),
                number,
                0.0,
                False,
                0.0,
            ),
            QgsProcessingParameterBoolean(
                self.CONNECTIVITY_SYMMETRIC,
                tr("Connectivity links are two-way (untick: from id1 to id2 only)"),
                True,
            ),
        ]
        for parameter in parameters:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)

    def _advanced(self, parameters, context, units: UnitTable) -> tuple[dict, dict]:
        """(advanced settings, extra keyword arguments of the core call)."""
        settings = {
            "stepping_stones_km": self.parameterAsDouble(
                parameters, self.STEPPING_STONES_KM, context
            ),
            "country_share_percent": self.parameterAsDouble(
                parameters, self.COUNTRY_SHARE, context
            ),
            "cross_border_bonus": self.parameterAsDouble(
                parameters, self.CROSS_BORDER_BONUS, context
            ),
            "connectivity_weight": self.parameterAsDouble(
                parameters, self.CONNECTIVITY_WEIGHT, context
            ),
            "connectivity_symmetric": self.parameterAsBoolean(
                parameters, self.CONNECTIVITY_SYMMETRIC, context
            ),
        }
        extra: dict = {}
        countries = countries_for_rules(
            units.table, settings["country_share_percent"], settings["cross_border_bonus"]
        )
        if countries is not None:
            extra["countries"] = countries
        path = (self.parameterAsFile(parameters, self.CONNECTIVITY, context) or "").strip()
        if path:
            extra["connectivity"] = read_connectivity(path)
        return settings, extra

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        with core_errors():
            args, units, source = self._read(parameters, context)
            self._report_fields(feedback)
            advanced, extra = self._advanced(parameters, context, units)
            settings = PlanSettings(
                **self._target_settings(parameters, context),
                **advanced,
                objective=OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)],
                budget=self.parameterAsDouble(parameters, self.BUDGET, context),
                blm=self.parameterAsDouble(parameters, self.BLM, context),
                mip_gap=self.parameterAsDouble(parameters, self.GAP, context),
            )
            result = plan_network(
                **args,
                **extra,
                settings=settings,
                progress=_progress(feedback),
                should_cancel=feedback.isCanceled,
                # The dock's "Stop and keep" sets this on its feedback: the best network so
                # far is written, marked "interrupted" with its gap.
                should_stop=lambda: bool(getattr(feedback, "keep_best", False)),
            )
            if feedback.isCanceled():
                raise CancelledError(tr("Cancelled by the user; nothing was written."))
        for warning in result.warnings:
            feedback.reportError(warning, fatalError=False)

        feedback.setProgressText(tr("Writing the network"))
        dest = self._write_units(parameters, context, source, units, result)
        style_output(context, dest, "planning_units")
        rows = result.features
        table = {
            "feature": np.array([r.feature for r in rows], dtype=object),
            "species": np.array([r.species for r in rows], dtype=object),
            "season": np.array([r.season for r in rows], dtype=np.int64),
            "total_km2": np.round([r.total_km2 for r in rows], 6),
            "target_km2": np.round([r.target_km2 for r in rows], 6),
            "held_km2": np.round([r.held_km2 for r in rows], 6),
            "met": np.array([int(r.met) for r in rows], dtype=np.int64),
            "shortfall_km2": np.round([r.shortfall_km2 for r in rows], 6),
        }
        targets_dest = write_table(
            self,
            parameters,
            context,
            self.TARGETS_OUTPUT,
            table,
            np.full(len(rows), None, dtype=object),
            "EPSG:4326",
            QgsWkbTypes.NoGeometry,
        )
        feedback.pushInfo(
            localized(
                tr(
                    "{met} of {total} targets met; {units} units in the network (cost {cost:,.6g}, "
                    "boundary {boundary:,.6g} km); solver {status}, objective {objective:,.6g}, "
                    "gap {gap:.3%}."
                ),
                met=result.targets_met,
                total=len(rows),
                units=result.n_selected,
                cost=result.cost,
                boundary=result.boundary_km,
                status=result.status,
                objective=result.objective,
                gap=result.gap,
            )
        )
        summary_path = self.parameterAsFileOutput(parameters, self.SUMMARY, context)
        if summary_path:
            atomic_write_text(summary_path, json.dumps(solver_summary(result), indent=2))
        feedback.setProgress(100.0)
        return {
            self.OUTPUT: dest,
            self.TARGETS_OUTPUT: targets_dest,
            self.SUMMARY: summary_path or None,
            "STATUS": result.status,
            "OBJECTIVE": result.objective,
            "GAP": result.gap,
            "COST": result.cost,
            "N_SELECTED": result.n_selected,
            "TARGETS_MET": result.targets_met,
            "N_FEATURES": len(rows),
            "BOUNDARY": result.boundary_km,
        }

    def _write_units(self, parameters, context, source, units: UnitTable, result) -> str:
        """The input units with their own fields, plus selected and status."""
        in_fields = source.fields()
        table = units.table
        kept = [name for name in table.columns if name.lower() not in ADDED]
        columns = {name: table.columns[name] for name in kept}
        columns["selected"] = np.asarray(result.selected, dtype=np.int64)
        columns["status"] = np.asarray(result.unit_status(), dtype=object)
        # The planning-unit style colours by locked_in: give layers without it the locks used.
        if in_fields.lookupField("locked_in") < 0:
            columns["locked_in"] = np.asarray(result.locked_in, dtype=np.int64)
        return write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            columns,
            table.geometry,
            table.crs,
            source.wkbType(),
            known={name: in_fields.field(name) for name in kept},
        )


class CalibrateBlmAlgorithm(_PlanInputsAlgorithm):
    ALG_ID = "calibrateblm"

    TRADEOFF = "TRADEOFF"

    def displayName(self) -> str:  # noqa: N802
        return tr("Suggest a boundary length modifier (BLM)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Suggests a boundary length modifier (BLM) for 'Plan the network': the value at "
            "which cost and compactness weigh equally (Cohon's method, as in prioritizr's "
            "calibrate_cohon_penalty and the Marxan good-practice handbook).\n\n"
            "The BLM turns the length of the network's edge (km) into cost: 0 ignores shape "
            "and gives the cheapest, often scattered, network; a high value gives a compact "
            "network at a higher cost. The tool solves the minimum-set plan four times (the "
            "cheapest plan, the most compact plan and the best of each at the other's level) "
            "and returns the BLM on the straight line between the two extremes.\n\n"
            "Planning units, species ranges, fields, target, target rule, per-feature targets "
            "and locked-in units mean the same as in 'Plan the network'. Time limit: seconds "
            "for each of the solves (several are needed).\n\n"
            "Outputs: the suggested BLM (0 when the cheapest plan is already the most compact) "
            "and, optionally, a trade-off table with the cost and boundary length (km) of the "
            "plans at BLM 0 and at half, once and twice the suggestion, to see what "
            "compactness costs."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_input_parameters()
        self._add_solver_parameters()
        self._add_scheduler()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TRADEOFF,
                tr("Cost-boundary trade-off"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("BLM", tr("Suggested BLM")))
        for key, label in (
            ("CHEAPEST_COST", tr("Cost of the cheapest network")),
            ("CHEAPEST_BOUNDARY", tr("Edge of the cheapest network (km)")),
            ("COMPACT_COST", tr("Cost of the most compact network")),
            ("COMPACT_BOUNDARY", tr("Edge of the most compact network (km)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        with core_errors():
            args, _, _ = self._read(parameters, context)
            self._report_fields(feedback)
            settings = PlanSettings(**self._target_settings(parameters, context))
            suggestion = suggest_blm(
                **args,
                settings=settings,
                progress=_progress(feedback),
                should_cancel=feedback.isCanceled,
            )
            if feedback.isCanceled():
                raise CancelledError(tr("Cancelled by the user; nothing was written."))
        for warning in suggestion.warnings:
            feedback.reportError(warning, fatalError=False)
        if suggestion.note:
            feedback.pushInfo(suggestion.note)
        cohon = suggestion.cohon
        feedback.pushInfo(
            localized(
                tr(
                    "Suggested BLM {blm:.6g}: the cheapest plan costs {cost_a:,.6g} with a "
                    "boundary "
                    "of {length_b:,.6g} km; the most compact costs {cost_d:,.6g} with "
                    "{length_c:,.6g} km."
                ),
                blm=suggestion.blm,
                cost_a=cohon.min_cost.cost,
                length_b=cohon.min_cost.boundary,
                cost_d=cohon.min_boundary.cost,
                length_c=cohon.min_boundary.boundary,
            )
        )
        results = {
            "BLM": suggestion.blm,
            "CHEAPEST_COST": cohon.min_cost.cost,
            "CHEAPEST_BOUNDARY": cohon.min_cost.boundary,
            "COMPACT_COST": cohon.min_boundary.cost,
            "COMPACT_BOUNDARY": cohon.min_boundary.boundary,
        }
        if parameters.get(self.TRADEOFF) is not None:
            points = suggestion.points
            dest = write_table(
                self,
                parameters,
                context,
                self.TRADEOFF,
                {
                    "blm": np.array([p.blm for p in points], dtype=float),
                    "cost": np.round([p.cost for p in points], 6),
                    "boundary": np.round([p.boundary for p in points], 6),
                },
                np.full(len(points), None, dtype=object),
                "EPSG:4326",
                QgsWkbTypes.NoGeometry,
            )
            results[self.TRADEOFF] = dest
        feedback.setProgress(100.0)
        return results
