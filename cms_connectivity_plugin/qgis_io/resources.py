"""Find files under ``resources/`` in the packaged plugin or in the source tree.

``make package`` copies ``resources/`` inside the plugin folder (the zip has one top folder),
while a developer runs the plugin straight from the repository, where ``resources/`` sits
beside the package. The staged location wins when both exist.
"""

from __future__ import annotations

from pathlib import Path

#: ``cms_connectivity_plugin/`` (this file is ``cms_connectivity_plugin/qgis_io/resources.py``).
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resource_roots() -> tuple[Path, Path]:
    """The two places ``resources/`` may be: staged (inside the plugin), then source tree."""
    return PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``, staged copy first, then the source tree.

    When the file exists in neither place the path under the ``resources/`` folder that does
    exist is returned (staged first), so callers can name the missing file in their error.
    """
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    for root in roots:
        if root.is_dir():
            return root.joinpath(*parts)
    return roots[-1].joinpath(*parts)


def style_path(name: str) -> Path:
    """The QML style ``resources/styles/<name>.qml`` (``name`` without extension)."""
    return resource_path("styles", f"{name}.qml")
