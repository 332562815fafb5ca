"""``cmsconnectivity:importmarxan`` and ``cmsconnectivity:exportmarxan``: Marxan projects.

Import reads a Marxan ``input.dat`` (and the results of an earlier run, if OUTPUTDIR holds
them) into a planning-unit table or joins it to the planning-unit polygons; export writes
planning units, species amounts and targets as a Marxan project that Marxan, prioritizr,
CLUZ or ``cmsconnectivity:solve`` can use.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import scipy.sparse as sp
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.costs import attribute_costs
from ...core.crs import require_metric, study_area_crs
from ...core.errors import InputError
from ...core.marxan import MarxanProject, read_marxan, read_outputs, write_marxan
from ...core.planning_units import boundary_table
from ...core.problem import Problem
from ...core.targets import RelativeTargets, targets_for
from ...core.vector import POLYGONAL, require_crs, require_features, require_geometry
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer, writable_crs
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm

GROUP = "marxan"


def _as_ids(values, what: str, layer: str) -> np.ndarray:
    """Integer ids from a column (ints, floats or text), or a one-line error naming the row."""
    try:
        numbers = np.asarray(list(values), dtype=float)
    except (TypeError, ValueError):
        numbers = np.array(
            [_to_float(v) for v in values], dtype=float
        )  # slow path only to find the culprit
    bad = np.flatnonzero(~np.isfinite(numbers) | (numbers != np.round(numbers)))
    if bad.size:
        k = int(bad[0])
        raise InputError(
            tr(
                "The {what} of feature {row} in '{layer}' is '{value}': Marxan needs whole "
                "numbers; choose an integer id field, or leave it empty to use feature ids."
            ).format(what=what, row=k + 1, layer=layer, value=list(values)[k])
        )
    return numbers.astype(np.int64)


def _to_float(value) -> float:
    """A number, or NaN for a missing value or text that is not a number."""
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return float("nan")


def project_columns(project: MarxanProject) -> dict[str, np.ndarray]:
    """Per planning unit: id, cost, status, and best solution / times selected / frequency
    from an earlier run's ``_best`` and ``_ssoln`` files when OUTPUTDIR holds them."""
    columns: dict[str, np.ndarray] = {
        "puid": project.pu_ids.astype(np.int64),
        "cost": project.problem.cost.astype(float),
        "status": np.asarray(project.status, dtype=np.int64),
    }
    outputs = read_outputs(project)
    if outputs["best"] is not None:
        columns["solution"] = outputs["best"].astype(np.int64)
    if outputs["number"] is not None:
        columns["number"] = outputs["number"].astype(np.int64)
        runs = max(project.settings.numreps, int(outputs["number"].max(initial=0)), 1)
        columns["frequency"] = outputs["number"] / runs
    return columns


def join_index(layer_ids: list, pu_ids: np.ndarray) -> np.ndarray:
    """Row of ``pu_ids`` for each layer id (-1 where the layer's id is not a Marxan unit)."""
    values = np.array([_to_float(v) for v in layer_ids], dtype=float)
    ok = np.isfinite(values) & (values == np.round(values))
    keys = np.where(ok, values, 0).astype(np.int64)
    order = np.argsort(pu_ids)
    sorted_ids = pu_ids[order]
    pos = np.clip(np.searchsorted(sorted_ids, keys), 0, max(sorted_ids.size - 1, 0))
    hit = ok & (sorted_ids.size > 0) & (sorted_ids[pos] == keys)
    return np.where(hit, order[pos], -1)


_VARIANT = {"i": QVariant.LongLong, "f": QVariant.Double}


class ImportMarxanAlgorithm(CmsAlgorithm):
    ALG_ID = "importmarxan"
    GROUP_ID = GROUP

    INPUT_DAT = "INPUT_DAT"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return tr("Import Marxan project")

    def shortHelpString(self) -> str:
        return tr(
            "Reads a Marxan project (its input.dat and the pu.dat it names) and gives one row "
            "per planning unit with its id (puid), cost and status (0 free, 1 initial, "
            "2 locked in, 3 locked out). If the project's output folder holds the results of "
            "a run (Marxan's or 'Solve Marxan project'), the best solution (solution: 1 = "
            "selected), the summed solution (number of runs selecting the unit) and the "
            "selection frequency (number / runs) are added.\n\n"
            "Give the planning-unit polygons and their id field to get a map: the polygons "
            "come out with these fields joined by id (fields already present get the suffix "
            "_mx). Without polygons the result is a table. Use it to map Marxan results or to "
            "check a project before solving it."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT_DAT,
                tr("Marxan input file (input.dat)"),
                fileFilter=tr("Marxan input files (*.dat);;All files (*.*)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS,
                tr("Planning-unit polygons (optional)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.UNIT_ID,
                tr("Planning-unit id field (the id of pu.dat)"),
                parentLayerParameterName=self.UNITS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Marxan planning units"), QgsProcessing.TypeVector
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT_DAT, context)
        source = self.parameterAsSource(parameters, self.UNITS, context)
        id_field = self.parameterAsString(parameters, self.UNIT_ID, context)
        try:
            project = read_marxan(path)
            columns = project_columns(project)
            if source is not None and not id_field:
                raise InputError(
                    tr(
                        "Choose the id field of the planning-unit polygons: the field holding "
                        "the ids of pu.dat."
                    )
                )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        for warning in project.warnings:
            feedback.reportError(warning, fatalError=False)
        if source is None:
            dest = write_table(
                self,
                parameters,
                context,
                self.OUTPUT,
                columns,
                np.full(project.problem.n_units, None, dtype=object),
                "EPSG:4326",
                QgsWkbTypes.NoGeometry,
            )
            feedback.pushInfo(
                tr("{n} planning units read; result fields: {fields}.").format(
                    n=project.problem.n_units, fields=", ".join(columns)
                )
            )
            return {self.OUTPUT: dest}
        return {self.OUTPUT: self._join(parameters, context, feedback, source, id_field, columns)}

    def _join(self, parameters, context, feedback, source, id_field, columns):
        fields = QgsFields(source.fields())
        existing = {f.name().lower() for f in source.fields()}
        names = {}
        for key, values in columns.items():
            if key == "puid":
                continue
            name = f"{key}_mx" if key.lower() in existing else key
            names[key] = name
            fields.append(QgsField(name, _VARIANT.get(values.dtype.kind, QVariant.String)))
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            source.wkbType(),
            writable_crs(source.sourceCrs()),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        features = list(source.getFeatures())
        index = join_index([f[id_field] for f in features], columns["puid"])
        converters = {"i": int, "f": float}
        for feature, row in zip(features, index):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            extra = [
                None if row < 0 else converters.get(columns[key].dtype.kind, str)(columns[key][row])
                for key in names
            ]
            out.setAttributes(list(feature.attributes()) + extra)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        matched = int((index >= 0).sum())
        missing = len(columns["puid"]) - np.unique(index[index >= 0]).size
        feedback.pushInfo(
            tr("{matched} of {total} polygons matched a planning unit of pu.dat.").format(
                matched=matched, total=len(features)
            )
        )
        if matched < len(features):
            feedback.reportError(
                tr(
                    "{count} polygon(s) have an id that is not in pu.dat; their Marxan fields "
                    "are empty."
                ).format(count=len(features) - matched),
                fatalError=False,
            )
        if missing:
            feedback.reportError(
                tr("{count} planning unit(s) of pu.dat have no polygon.").format(count=missing),
                fatalError=False,
            )
        return dest


def export_problem(
    units, unit_id: str | None, cost_field: str | None, status_field: str | None,
    amounts, unit_col: str, feature_col: str, amount_col: str,
    percent: float, blm: float, with_boundary: bool,
) -> dict:  # fmt: skip
    """Planning units + long amounts table -> Problem, ids, names, status, prop, centroids.

    Units and amounts are core :class:`VectorTable` copies of the layers. Costs default to
    the unit area (km2) in an equal-area CRS; boundary lengths (km) come from the polygons
    (:func:`core.planning_units.boundary_table`).
    """
    require_crs(units)
    require_features(units)
    require_geometry(units, POLYGONAL, tr("polygons"))
    n = len(units)
    if unit_id:
        ids = _as_ids(units.column(unit_id), tr("id"), units.name)
    else:
        ids = np.asarray(units.ids, dtype=np.int64)
    values, counts = np.unique(ids, return_counts=True)
    if (counts > 1).any():
        raise InputError(
            tr(
                "The unit id field '{field}' of '{layer}' has duplicates ({ids}): choose a "
                "field with one value per unit."
            ).format(
                field=unit_id or "fid",
                layer=units.name,
                ids=", ".join(map(str, values[counts > 1][:5])),
            )
        )
    metric = study_area_crs(units.geometry, units.crs, units.name)
    require_metric(metric, tr("planning-unit areas"))
    geoms = units.to_crs(metric).geometry
    if cost_field:
        cost = attribute_costs(units.column(cost_field), ids, units.name, cost_field)
    else:
        cost = shapely.area(geoms) / 1e6
    if status_field:
        status = _as_ids(units.column(status_field), tr("status"), units.name)
        bad = np.flatnonzero((status < 0) | (status > 3))
        if bad.size:
            raise InputError(
                tr(
                    "The status of planning unit {id} is {value}: use 0 (free), 1 (initial), "
                    "2 (locked in) or 3 (locked out)."
                ).format(id=ids[bad[0]], value=status[bad[0]])
            )
    else:
        status = np.zeros(n, dtype=np.int64)

    for col in (unit_col, feature_col, amount_col):
        if col not in amounts.columns:
            raise InputError(
                tr(
                    "The amounts table '{layer}' has no field '{field}': choose one of {fields}."
                ).format(layer=amounts.name, field=col, fields=", ".join(amounts.columns))
            )
    amount_units = _as_ids(amounts.column(unit_col), tr("unit id"), amounts.name)
    names_all = np.array([str(v) for v in amounts.column(feature_col)], dtype=object)
    raw = list(amounts.column(amount_col))
    values = np.array([_to_float(v) for v in raw], dtype=float)
    bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
    if bad.size:
        raise InputError(
            tr(
                "Row {row} of '{layer}' has '{value}' in the amount field '{field}': amounts must "
                "be numbers of 0 or more. Fix that row, or choose the numeric amount field."
            ).format(row=bad[0] + 1, layer=amounts.name, value=raw[bad[0]], field=amount_col)
        )
    row = join_index(amount_units.tolist(), ids)
    unknown = np.flatnonzero(row < 0)
    if unknown.size:
        raise InputError(
            tr(
                "The amounts table names unit {id}, which is not among the planning units' ids: "
                "use the same unit id field as when the amounts were computed."
            ).format(id=amount_units[unknown[0]])
        )
    names, feature_index = np.unique(names_all.astype(str), return_inverse=True)
    if names.size == 0:
        raise InputError(
            tr("The amounts table '{layer}' is empty: compute the species amounts first.").format(
                layer=amounts.name
            )
        )
    matrix = sp.csr_matrix((values, (row, feature_index)), shape=(n, names.size))
    targets = targets_for(list(names), matrix, RelativeTargets(percent))
    boundary = boundary_table(geoms) if with_boundary else None
    if blm > 0 and boundary is None:
        raise InputError(
            tr(
                "A BLM of {blm} needs the boundary file: tick 'Write bound.dat' or set BLM 0."
            ).format(blm=blm)
        )
    problem = Problem(
        cost=cost,
        amounts=matrix,
        targets=targets,
        feature_names=list(names),
        locked_in=status == 2,
        locked_out=status == 3,
        boundary=boundary,
        blm=blm,
    ).validate()
    centroids = shapely.centroid(units.geometry)
    return {
        "problem": problem,
        "pu_ids": ids,
        "feature_ids": np.arange(1, names.size + 1),
        "names": list(names),
        "status": status,
        "prop": np.full(names.size, percent / 100.0),
        "xloc": shapely.get_x(centroids),
        "yloc": shapely.get_y(centroids),
    }


class ExportMarxanAlgorithm(CmsAlgorithm):
    ALG_ID = "exportmarxan"
    GROUP_ID = GROUP

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    COST = "COST"
    STATUS = "STATUS"
    AMOUNTS = "AMOUNTS"
    AMOUNT_UNIT = "AMOUNT_UNIT"
    AMOUNT_FEATURE = "AMOUNT_FEATURE"
    AMOUNT_VALUE = "AMOUNT_VALUE"
    TARGET = "TARGET"
    BLM = "BLM"
    BOUNDARY = "BOUNDARY"
    NUMREPS = "NUMREPS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def displayName(self) -> str:
        return tr("Export Marxan project")

    def shortHelpString(self) -> str:
        return tr(
            "Writes planning units and species amounts as a Marxan project: input.dat and, in "
            "the input folder, pu.dat (id, cost, status, xloc, yloc), spec.dat (id, prop, spf, "
            "name), puvspr.dat (species, pu, amount) and bound.dat (id1, id2, boundary). The "
            "project opens in Marxan, prioritizr, CLUZ and 'Solve Marxan project'.\n\n"
            "Planning units: polygons with an integer id field (empty: feature ids), an "
            "optional cost field (empty: the unit's area in km2) and an optional status field "
            "(0 free, 2 locked in e.g. existing protected areas, 3 locked out). Amounts: the "
            "table made by 'Species amounts per planning unit' (unit_id, feature, amount_km2). "
            "Target: the percentage of each feature's total amount to protect (30 % = GBF "
            "Target 3), written as Marxan's prop. BLM: boundary length modifier, in cost per "
            "km of edge (0 ignores compactness); boundary lengths are measured in km in an "
            "equal-area projection, and edges on the study-area outline are written as the "
            "unit's own (id1 = id2) row. Feature names lose spaces and separators, which "
            "Marxan cannot read."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS, tr("Planning units"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        for key, label in (
            (self.UNIT_ID, tr("Unit id field (integer; empty: feature id)")),
            (self.COST, tr("Cost field (empty: area in km2)")),
            (self.STATUS, tr("Status field (0 free, 2 locked in, 3 locked out)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.UNITS, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AMOUNTS, tr("Species amounts table"), [QgsProcessing.TypeVector]
            )
        )
        for key, label, default in (
            (self.AMOUNT_UNIT, tr("Amounts: unit id field"), "unit_id"),
            (self.AMOUNT_FEATURE, tr("Amounts: feature field"), "feature"),
            (self.AMOUNT_VALUE, tr("Amounts: amount field"), "amount_km2"),
        ):
            # Optional with a default: QGIS 3.22 refuses a missing required field parameter
            # even when it has a default; an empty value falls back to the default below.
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    label,
                    defaultValue=default,
                    parentLayerParameterName=self.AMOUNTS,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET,
                tr("Target (% of each feature)"),
                QgsProcessingParameterNumber.Double,
                30.0,
                False,
                0.0001,
                100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BLM,
                tr("Boundary length modifier (BLM)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                False,
                0.0,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(self.BOUNDARY, tr("Write bound.dat"), True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NUMREPS,
                tr("Number of solutions (NUMREPS)"),
                QgsProcessingParameterNumber.Integer,
                1,
                False,
                1,
                1000,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Marxan project folder"))
        )
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Marxan project folder")))
        self.addOutput(QgsProcessingOutputFile("INPUT_DAT", tr("Marxan input file")))

    def processAlgorithm(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.UNITS, context)
        amounts = self.parameterAsSource(parameters, self.AMOUNTS, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            parts = export_problem(
                table_from_layer(units, units.sourceName()),
                self.parameterAsString(parameters, self.UNIT_ID, context) or None,
                self.parameterAsString(parameters, self.COST, context) or None,
                self.parameterAsString(parameters, self.STATUS, context) or None,
                table_from_layer(amounts, amounts.sourceName()),
                self.parameterAsString(parameters, self.AMOUNT_UNIT, context) or "unit_id",
                self.parameterAsString(parameters, self.AMOUNT_FEATURE, context) or "feature",
                self.parameterAsString(parameters, self.AMOUNT_VALUE, context) or "amount_km2",
                self.parameterAsDouble(parameters, self.TARGET, context),
                self.parameterAsDouble(parameters, self.BLM, context),
                self.parameterAsBool(parameters, self.BOUNDARY, context),
            )
            problem = parts["problem"]
            input_dat = write_marxan(
                folder,
                problem,
                parts["pu_ids"],
                parts["feature_ids"],
                parts["names"],
                {"NUMREPS": str(self.parameterAsInt(parameters, self.NUMREPS, context))},
                status=parts["status"],
                prop=parts["prop"],
                xloc=parts["xloc"],
                yloc=parts["yloc"],
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(
            tr("Marxan project written: {n} planning units, {m} features, {path}.").format(
                n=problem.n_units, m=problem.n_features, path=input_dat
            )
        )
        return {
            "FOLDER": folder,
            self.OUTPUT_FOLDER: folder,
            "INPUT_DAT": str(Path(input_dat)),
        }
