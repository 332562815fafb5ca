"""Solver back ends behind one call: HiGHS through highspy, else SciPy's ``milp``.

Back ends are imported only when used, so loading the plugin stays cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any

from ..errors import InputError
from ..i18n import tr
from ..problem import Problem, Solution

#: Back ends in order of preference: name -> (module, import that must succeed).
_BACKENDS: dict[str, tuple[str, str]] = {
    "highs": (".highs", "highspy"),
    "scipy": (".scipy_milp", "scipy.optimize"),
}


@cache
def _importable(module: str) -> bool:
    try:
        imported = importlib.import_module(module)
    except Exception:  # noqa: BLE001 - a broken binary counts as missing
        return False
    # scipy.optimize.milp arrived in SciPy 1.9.
    return module != "scipy.optimize" or hasattr(imported, "milp")


def available_solvers() -> list[str]:
    """Names of the usable back ends, preferred first (``"highs"``, ``"scipy"``)."""
    return [name for name, (_, needs) in _BACKENDS.items() if _importable(needs)]


def backend(name: str | None = None) -> Callable[..., Solution]:
    """The ``solve`` function of back end ``name``, or of the preferred one when None."""
    names = available_solvers()
    if name is None:
        if not names:
            raise InputError(
                tr("No MILP solver is available: install highspy, or SciPy 1.9 or newer.")
            )
        name = names[0]
    if name not in _BACKENDS:
        raise InputError(
            tr("Unknown solver '{name}': use one of {choices}.").format(
                name=name, choices=", ".join(_BACKENDS)
            )
        )
    if name not in names:
        raise InputError(
            tr("The solver '{name}' is not installed; available: {choices}.").format(
                name=name, choices=", ".join(names) or "none"
            )
        )
    module = importlib.import_module(_BACKENDS[name][0], __name__)
    return module.solve


def solve(problem: Problem, *, solver: str | None = None, **options: Any) -> Solution:
    """Solve with ``solver`` (default: the first of :func:`available_solvers`).

    ``options`` are the back ends' common keywords: time_limit (s), mip_gap (relative),
    threads, verbose, progress, should_cancel, warm_start (bool per unit). ``progress`` gets
    dicts with keys event ("solution", "progress" or "finished"), objective, bound, gap,
    runtime_s and nodes; values the solver does not know yet are None.
    """
    return backend(solver)(problem, **options)
