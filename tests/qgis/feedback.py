"""One feedback for tests that read what an algorithm told the user."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback


class Recorder(QgsProcessingFeedback):
    """Keeps the log lines, warnings, errors and progress an algorithm reports."""

    def __init__(self):
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.progress: list[float] = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    def setProgress(self, progress):  # noqa: N802
        self.progress.append(progress)
        super().setProgress(progress)
