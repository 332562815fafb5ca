"""core/ must stay free of qgis and PyQt so it runs anywhere (CLI, plain Python, tests)."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "cms_connectivity_plugin" / "core"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PyQt", "sip")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_imports_no_qgis_or_qt():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 10
    offenders = {
        str(path.relative_to(CORE)): name
        for path in files
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert offenders == {}


def test_purity_check_detects_an_offender(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.core import QgsProject\nimport numpy\n")
    assert [n for n in _imports(bad) if n.split(".")[0] in FORBIDDEN] == ["qgis.core"]
