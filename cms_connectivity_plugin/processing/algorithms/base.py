"""What every algorithm of the provider shares: id, group, a fresh instance, error mapping."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ...core.errors import CancelledError, InputError
from ...qgis_io.i18n import tr


def group_name(group_id: str) -> str:
    """Translated group names (literal tr() calls so pylupdate5 collects them)."""
    names = {
        "workflow": tr("Workflow"),
        "inputs": tr("Inputs"),
        "planning": tr("Planning"),
        "connectivity": tr("Connectivity"),
        "tfca": tr("TFCA and reports"),
    }
    return names.get(group_id, group_id)


class CmsAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID`` (stable, lowercase) and ``GROUP_ID``."""

    ALG_ID = ""
    GROUP_ID = ""

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALG_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:
        return self.GROUP_ID


@contextlib.contextmanager
def core_errors() -> Iterator[None]:
    """Show the core's one-line messages as Processing errors, never as tracebacks."""
    try:
        yield
    except (InputError, CancelledError) as exc:
        raise QgsProcessingException(str(exc)) from None
