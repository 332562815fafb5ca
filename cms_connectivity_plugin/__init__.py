"""CMS Connectivity Planner: a QGIS plugin for migratory-species network planning.

QGIS calls :func:`classFactory`; everything heavy is imported lazily from there so that
loading the plugin costs nothing until it is used.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance QGIS asks for."""
    from .plugin import CmsConnectivityPlugin

    return CmsConnectivityPlugin(iface)
