"""Limits and tolerances shared by every part of the problem, and readers of per-unit inputs.

They sit below :mod:`.model`, :mod:`.objectives`, :mod:`.constraints` and :mod:`.penalties`
so that each of those can use them without importing the others.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import InputError
from ..i18n import name_items, tr

#: Largest cost or boundary penalty of one unit given to the solver: HiGHS treats 1e20 as
#: infinite and loses exactness well before; real costs (km2, currency) stay far below.
MAX_COEFFICIENT = 1e12


#: A target counts as met when held >= target - TARGET_TOLERANCE * max(1, target). Loose enough
#: for solver feasibility tolerances (about 1e-7 on scaled rows), tight enough to be invisible.
TARGET_TOLERANCE = 1e-6


def _tol(value: np.ndarray | float) -> np.ndarray | float:
    """Slack of a target or limit for solver tolerances: TARGET_TOLERANCE * max(1, |value|)."""
    return TARGET_TOLERANCE * np.maximum(1.0, np.abs(value))


def targets_met(targets: np.ndarray, held: np.ndarray) -> np.ndarray:
    """Whether each held amount reaches its target, within :data:`TARGET_TOLERANCE`."""
    return held >= targets - _tol(targets)


def _unit_array(values: Any, n: int, what: str, *, dtype: Any = float) -> np.ndarray:
    """One value per unit, or an :class:`InputError` naming ``what``."""
    array = np.asarray(values, dtype=dtype).ravel() if values is not None else None
    if array is None or array.size != n:
        raise InputError(
            tr("The {what} has {count} values for {n} planning units; give one per unit.").format(
                what=what, count=0 if array is None else array.size, n=n
            )
        )
    if dtype is float:
        bad = np.flatnonzero(~np.isfinite(array) | (array < 0))
        if bad.size:
            raise InputError(
                tr(
                    "The {what} of planning unit {units} is missing or negative: give every "
                    "unit a value of zero or more."
                ).format(what=what, units=name_items(bad.tolist()))
            )
    return array


def _codes(values: Any, n: int, what: str) -> np.ndarray:
    """Labels (country codes, ...) per unit as a string array."""
    labels = np.asarray(values, dtype=object).ravel()
    if labels.size != n:
        raise InputError(
            tr("The {what} has {count} values for {n} planning units; give one per unit.").format(
                what=what, count=labels.size, n=n
            )
        )
    return labels.astype(str)
