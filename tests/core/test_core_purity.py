"""core/ must stay free of qgis and PyQt so it runs anywhere (CLI, plain Python, tests).

Every import is read with ``ast``, relative ones (``from ..qgis_io import layers``) resolved
against the module's own package, so a relative import of the QGIS side fails as surely as an
absolute ``import qgis``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "cms_connectivity_plugin"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE
CORE = ROOT / "core"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PyQt", "sip")
# The QGIS side of the plugin: core/ may not reach into it, relatively or absolutely.
FORBIDDEN_OWN = tuple(f"{PACKAGE}.{part}" for part in ("qgis_io", "gui", "processing", "plugin"))
DYNAMIC = ("import_module", "__import__")


def module_name(path: Path) -> str:
    """Dotted name of a package file: core/crs.py -> cms_connectivity_plugin.core.crs."""
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(name: str, level: int, package: str) -> str:
    """``from <level dots><name> import`` seen from ``package``, as an absolute module name."""
    if level == 0:
        return name
    base = package.split(".")
    if level - 1 >= len(base):
        raise ImportError(f"relative import beyond the top-level package from {package}")
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def imported_modules(source: str, module: str, is_package: bool = False) -> list[str]:
    """Absolute names of everything ``source`` (the module ``module``) imports.

    ``from X import a, b`` gives X, X.a and X.b (a and b may be submodules);
    ``importlib.import_module("...")`` and ``__import__("...")`` with a literal name count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node.module or "", node.level, package)
            names.append(base)
            names += [f"{base}.{alias.name}" for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if called in DYNAMIC and isinstance(first, ast.Constant):
                if isinstance(first.value, str):
                    dots = len(first.value) - len(first.value.lstrip("."))
                    names.append(_resolve(first.value[dots:], dots, package))
    return [name for name in names if name]


def is_forbidden(name: str) -> bool:
    return name.split(".")[0] in FORBIDDEN or any(
        name == own or name.startswith(own + ".") for own in FORBIDDEN_OWN
    )


def offenders(source: str, module: str, is_package: bool = False) -> list[str]:
    return [n for n in imported_modules(source, module, is_package) if is_forbidden(n)]


def _core_files() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def test_core_imports_no_qgis_or_qt():
    files = _core_files()
    assert len(files) >= 10
    found = {
        str(path.relative_to(CORE)): bad
        for path in files
        if (
            bad := offenders(
                path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"
            )
        )
    }
    assert found == {}


def test_relative_imports_of_core_resolve_to_modules_that_exist():
    """The resolution is right: every relative ``from`` in core/ names a real module of the
    package (resolved one level off, ``from ..errors`` would name a missing module)."""
    seen = 0
    for path in _core_files():
        package = (
            module_name(path)
            if path.name == "__init__.py"
            else module_name(path).rpartition(".")[0]
        )
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                seen += 1
                target = _resolve(node.module or "", node.level, package)
                where = ROOT.parent.joinpath(*target.split("."))
                assert where.with_suffix(".py").is_file() or (where / "__init__.py").is_file(), (
                    path.relative_to(CORE),
                    target,
                )
    assert seen >= 10


def test_purity_check_detects_an_offender(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.core import QgsProject\nimport numpy\n")
    found = offenders(bad.read_text(), f"{PACKAGE}.core.bad")
    assert found == ["qgis.core", "qgis.core.QgsProject"]


def test_a_relative_import_of_qgis_io_in_core_is_caught():
    found = offenders("from ..qgis_io import layers\n", f"{PACKAGE}.core.fake")
    assert found == [f"{PACKAGE}.qgis_io", f"{PACKAGE}.qgis_io.layers"]


@pytest.mark.parametrize(
    ("source", "module", "caught"),
    [
        ("from .. import gui\n", "core.fake", f"{PACKAGE}.gui"),
        (
            "from ...plugin import CmsConnectivityPlugin\n",
            "core.connectivity.fake",
            f"{PACKAGE}.plugin",
        ),
        (
            "from ...processing.provider import P\n",
            "core.solvers.fake",
            f"{PACKAGE}.processing.provider",
        ),
        ("def f():\n    from ..qgis_io import compat\n", "core.fake", f"{PACKAGE}.qgis_io"),
        (f"from {PACKAGE}.gui import dock\n", "core.fake", f"{PACKAGE}.gui"),
        (f"import {PACKAGE}.qgis_io.layers\n", "core.fake", f"{PACKAGE}.qgis_io.layers"),
        ("from qgis.PyQt.QtCore import QObject\n", "core.fake", "qgis.PyQt.QtCore"),
        ("import PyQt5.QtWidgets\n", "core.fake", "PyQt5.QtWidgets"),
        ("from PyQt6 import QtCore\n", "core.fake", "PyQt6"),
        ("import sip\n", "core.fake", "sip"),
        ("import importlib\nimportlib.import_module('qgis.core')\n", "core.fake", "qgis.core"),
        (
            "from importlib import import_module\nimport_module('..gui.dock', __package__)\n",
            "core.fake",
            f"{PACKAGE}.gui.dock",
        ),
    ],
)
def test_each_way_into_the_qgis_side_is_caught(source, module, caught):
    assert caught in offenders(source, f"{PACKAGE}.{module}")


@pytest.mark.parametrize(
    ("source", "module", "is_package"),
    [
        ("from . import errors\nfrom .crs import WGS84\n", "core.fake", False),
        ("from ..errors import InputError\n", "core.connectivity.fake", False),
        ("from .flyway import analyse_flyway\n", "core.connectivity", True),
        ("import numpy\nimport shapely\nfrom scipy import sparse\n", "core.fake", False),
        (f"from {PACKAGE}.core.errors import InputError\n", "core.fake", False),
        ("import qgisfoo\nimport sipper\n", "core.fake", False),  # prefixes only, not names
    ],
)
def test_core_to_core_and_third_party_imports_pass(source, module, is_package):
    assert offenders(source, f"{PACKAGE}.{module}", is_package) == []


def test_relative_imports_resolve_against_the_modules_package():
    mod = f"{PACKAGE}.core.connectivity.flyway"
    assert imported_modules("from ..errors import InputError\n", mod) == [
        f"{PACKAGE}.core.errors",
        f"{PACKAGE}.core.errors.InputError",
    ]
    assert imported_modules("from . import protconn\n", mod)[0] == f"{PACKAGE}.core.connectivity"
    # In a package's __init__, one dot is the package itself.
    pkg = f"{PACKAGE}.core.connectivity"
    assert imported_modules("from .flyway import x\n", pkg, is_package=True)[0] == f"{pkg}.flyway"
    with pytest.raises(ImportError, match="beyond the top-level package"):
        imported_modules("from .... import x\n", f"{PACKAGE}.core.fake")
