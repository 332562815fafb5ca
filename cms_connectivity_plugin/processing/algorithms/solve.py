"""``cmsconnectivity:solve``: solve a Marxan project exactly, as the ``marxan`` command does."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core.i18n import localized
from ...core.marxan import run_marxan
from ...core.portfolio import summed_solution
from ...qgis_io.i18n import tr
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm, core_errors


class SolveAlgorithm(CmsAlgorithm):
    ALG_ID = "solve"
    GROUP_ID = "marxan"

    INPUT = "INPUT"
    FOLDER = "FOLDER"
    THREADS = "THREADS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return tr("Solve Marxan project (exact)")

    def shortHelpString(self) -> str:
        return tr(
            "Solves a Marxan project exactly with the HiGHS solver instead of simulated "
            "annealing: every target is met (a target that cannot be met is named with its "
            "shortfall), the cost plus BLM x boundary length is as low as possible, and the "
            "solver proves how close to the best possible the answer is (the gap).\n\n"
            "Give Marxan's input.dat, or the project folder holding it. Its settings are used "
            "as Marxan would: status 2 locks a unit in, 3 locks it out, prop or target per "
            "feature, BLM with bound.dat. NUMREPS "
            "above 1 gives that many different good solutions (each differs from the others "
            "in at least one unit) and the selection frequency. Two extra lines in input.dat, "
            "which Marxan ignores, control the solver: MIPGAP (relative gap, default 0.001 = "
            "0.1 %) and TIMELIMIT (seconds per solution); when the time runs out the best "
            "selection found is kept and the log gives its gap.\n\n"
            "Marxan's output files (_best, _ssoln, _mvbest, _sum, _log.dat, ...) are written "
            "to the project's OUTPUTDIR, so CLUZ and other Marxan tools read them unchanged. "
            "The result table has one row per planning unit: puid, cost, status, solution "
            "(1 = in the best solution), number (runs selecting it) and frequency (share of "
            "runs); join it to the planning units with 'Import Marxan project'."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("Marxan input file (input.dat)"),
                fileFilter=tr("Marxan input files (*.dat);;All files (*.*)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.FOLDER,
                tr("or the Marxan project folder (holding input.dat)"),
                behavior=QgsProcessingParameterFile.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THREADS,
                tr("Solver threads (0: automatic)"),
                QgsProcessingParameterNumber.Integer,
                0,
                True,
                0,
                256,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Solution per planning unit"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputFolder("OUTPUT_DIR", tr("Marxan output folder")))
        self.addOutput(QgsProcessingOutputFile("BEST", tr("Best solution file")))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Log file")))
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Solver status")))
        self.addOutput(QgsProcessingOutputNumber("OBJECTIVE", tr("Objective (score)")))
        self.addOutput(QgsProcessingOutputNumber("GAP", tr("Relative gap")))
        self.addOutput(QgsProcessingOutputNumber("TARGETS_MET", tr("Targets met")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context) or self.parameterAsFile(
            parameters, self.FOLDER, context
        )
        if not path:
            raise QgsProcessingException(
                tr("Give the Marxan input file (input.dat) or the project folder.")
            )
        threads = self.parameterAsInt(parameters, self.THREADS, context) or None

        def progress(info: dict) -> None:
            gap = info.get("gap")
            if info.get("objective") is None:
                feedback.setProgressText(tr("Searching for a first solution"))
            elif gap is not None:
                feedback.setProgressText(
                    localized(
                        tr("Objective {objective:,.6g}, gap {gap:.3%}"),
                        objective=info["objective"],
                        gap=gap,
                    )
                )

        with core_errors():
            run = run_marxan(
                path, threads=threads, progress=progress, should_cancel=feedback.isCanceled
            )
        for warning in run.project.warnings:
            feedback.reportError(warning, fatalError=False)
        project = run.project
        stack = np.vstack([np.asarray(s.selected, dtype=bool) for s in run.solutions])
        columns = {
            "puid": project.pu_ids.astype(np.int64),
            "cost": project.problem.cost.astype(float),
            "status": np.asarray(project.status, dtype=np.int64),
            "solution": stack[run.best].astype(np.int64),
            "number": summed_solution(stack),
            "frequency": run.frequency(),
        }
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
        summary = run.summary()
        feedback.pushInfo(
            localized(
                tr(
                    "{met} of {total} targets met; {units} units selected, score {score:,.6g}; "
                    "solver {status}, gap {gap:.3%}; {runs} run(s)."
                ),
                met=summary["targets_met"],
                total=summary["n_features"],
                units=summary["units"],
                score=summary["score"],
                status=summary["status"],
                gap=summary["gap"],
                runs=summary["runs"],
            )
        )
        return {
            self.OUTPUT: dest,
            "OUTPUT_DIR": str(project.output_dir),
            "BEST": str(run.paths.get("best", "")),
            "LOG": str(run.paths.get("log", "")),
            "STATUS": summary["status"],
            "OBJECTIVE": summary["objective"],
            "GAP": summary["gap"],
            "TARGETS_MET": summary["targets_met"],
        }
