"""What every algorithm of the provider shares: id, group, a fresh instance, error mapping."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterString,
    QgsProperty,
)

from ...core.errors import CancelledError, InputError
from ...qgis_io.compat import no_threading_flag
from ...qgis_io.i18n import tr
from ...qgis_io.logs import feedback_logging
from ...qgis_io.snapshots import selected_only, snapshot

#: Parameter types whose layers are snapshotted on the main thread before a threaded run.
_LAYER_TYPES = frozenset({"vector", "source", "multilayer", "raster", "layer"})
#: Parameter types that name what a run writes.
_DESTINATION_TYPES = frozenset(
    {"sink", "vectorDestination", "rasterDestination", "fileDestination", "folderDestination"}
)
#: Files a writer may leave beside a GeoPackage, SQLite file or raster.
_SIDECARS = ("-wal", "-shm", "-journal", ".aux.xml")


def group_name(group_id: str) -> str:
    """Translated group names (literal tr() calls so pylupdate5 collects them)."""
    names = {
        "workflow": tr("Workflow"),
        "inputs": tr("Inputs"),
        "planning": tr("Planning"),
        "connectivity": tr("Connectivity"),
        "tfca": tr("TFCA and reports"),
        "marxan": tr("Marxan"),
    }
    return names.get(group_id, group_id)


def _snapshot_or(method: str):
    """``QgsProcessingAlgorithm.<method>`` answering with the snapshot taken for the
    parameter in :meth:`CmsAlgorithm.prepareAlgorithm`, when there is one."""
    qgis_method = getattr(QgsProcessingAlgorithm, method)

    def answer(self, parameters, name, context):
        taken = self._snapshot(name)
        if taken is _NOT_TAKEN:
            return qgis_method(self, parameters, name, context)
        return list(taken) if isinstance(taken, list) else taken

    answer.__name__ = method
    return answer


class CmsAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID`` (stable, lowercase) and ``GROUP_ID``.

    Input layers are taken in :meth:`prepareAlgorithm`, which QGIS runs on the main thread,
    as read-only snapshots (``qgis_io/snapshots.py``); ``parameterAsSource``,
    ``parameterAsVectorLayer``, ``parameterAsLayerList``, ``parameterAsRasterLayer`` and
    ``parameterAsLayer`` then return the snapshots, so ``processAlgorithm`` on a worker
    thread never touches a layer the project or the map canvas owns. Algorithms that run
    on the main thread (``FlagNoThreading``: print layouts) get the real layers.
    """

    ALG_ID = ""
    GROUP_ID = ""
    #: The Dask scheduler of algorithms with heavy independent work (:meth:`_add_scheduler`).
    SCHEDULER = "SCHEDULER"

    def createInstance(self):
        return type(self)()

    def _add_scheduler(self) -> None:
        """An advanced, optional scheduler address: the run's amounts, independent solves and
        site-importance (dPC) node loops go to that Dask cluster (``core/cluster.py``);
        empty, they run on this computer."""
        parameter = QgsProcessingParameterString(
            self.SCHEDULER,
            tr("Dask scheduler address (e.g. tcp://host:8786; empty: this computer)"),
            optional=True,
        )
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def name(self) -> str:
        return self.ALG_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:
        return self.GROUP_ID

    # -- inputs taken on the main thread ----------------------------------------------------
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _guarded(cls.__dict__["processAlgorithm"])

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, with a damaged or unreadable input file named as such.

        The plugin's own checks run in :meth:`prepareAlgorithm`, so their message reaches
        the user as one line (processing.run prefixes this method's messages)."""
        with no_gdal_sidecars():
            ok, message = super().checkParameterValues(parameters, context)
            if not ok:
                return False, self._damaged_input(parameters) or message
        return ok, message

    def _check_inputs_and_outputs(self, parameters, context) -> dict:
        """Raise a :class:`QgsProcessingException` naming the first problem; return the
        outputs (name -> (path, is a folder))."""
        outputs = self._destinations(parameters)
        for name, (path, is_folder) in outputs.items():
            _check_destination(self._label(name), path, is_folder)
        self._check_not_an_input(parameters, context, outputs)
        self._check_fields(parameters, context)
        return outputs

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # QGIS shows an error raised here only as "There were errors executing the
        # algorithm": a problem found here is kept and raised by processAlgorithm (_guarded).
        self._snapshots = {}
        self._outputs = []
        self._refusal = None
        try:
            with no_gdal_sidecars():
                outputs = self._check_inputs_and_outputs(parameters, context)
                self._outputs = [_before(path, is_folder) for path, is_folder in outputs.values()]
                if not self.flags() & no_threading_flag():
                    self._take_snapshots(parameters, context)
        except (RuntimeError, QgsProcessingException) as exc:
            self._refusal = str(exc)
        return True

    def _take_snapshots(self, parameters, context) -> None:
        base = QgsProcessingAlgorithm
        for definition in self.parameterDefinitions():
            kind = definition.type()
            key = definition.name()
            if kind not in _LAYER_TYPES or parameters.get(key) in (None, ""):
                continue
            if kind == "multilayer":
                layers = base.parameterAsLayerList(self, parameters, key, context)
                self._snapshots[key] = [snapshot(layer) for layer in layers]
            elif kind == "raster":
                layer = base.parameterAsRasterLayer(self, parameters, key, context)
                self._snapshots[key] = snapshot(layer)
            elif kind == "layer":
                self._snapshots[key] = snapshot(
                    base.parameterAsLayer(self, parameters, key, context)
                )
            else:
                layer = base.parameterAsVectorLayer(self, parameters, key, context)
                self._snapshots[key] = snapshot(layer, selected_only(parameters.get(key)))

    # -- checks before any work -------------------------------------------------------------
    def _label(self, name: str) -> str:
        definition = self.parameterDefinition(name)
        return definition.description() if definition is not None else name

    def _destinations(self, parameters) -> dict[str, tuple[Path, bool]]:
        """The files and folders the run writes (memory and temporary outputs left out)."""
        found = {}
        for definition in self.destinationParameterDefinitions():
            kind = definition.type()
            if kind not in _DESTINATION_TYPES:
                continue
            path = _file_path(parameters.get(definition.name()))
            if path is not None:
                found[definition.name()] = (path, kind == "folderDestination")
        return found

    def _input_files(self, parameters, context) -> dict[str, list[Path]]:
        """The files every input layer or file parameter reads."""
        base = QgsProcessingAlgorithm
        found: dict[str, list[Path]] = {}
        for definition in self.parameterDefinitions():
            kind, key = definition.type(), definition.name()
            if parameters.get(key) in (None, ""):
                continue
            if kind == "file":
                sources = [base.parameterAsFile(self, parameters, key, context)]
            elif kind == "multilayer":
                layers = base.parameterAsLayerList(self, parameters, key, context)
                sources = [layer.source() for layer in layers]
            elif kind in _LAYER_TYPES:
                layer = base.parameterAsLayer(self, parameters, key, context)
                sources = [layer.source()] if layer is not None else []
            else:
                continue
            paths = [_file_path(source) for source in sources]
            found[key] = [p for p in paths if p is not None]
        return found

    def _check_not_an_input(self, parameters, context, outputs) -> None:
        """An output that is one of the inputs would overwrite it: refused, for every
        algorithm."""
        if not outputs:
            return
        inputs = self._input_files(parameters, context)
        for out_key, (out_path, _) in outputs.items():
            for in_key, paths in inputs.items():
                if any(_same_file(out_path, path) for path in paths):
                    raise QgsProcessingException(
                        tr(
                            "The output '{output}' ({path}) is the input '{input}': writing it "
                            "would overwrite the input. Choose another file for the output."
                        ).format(
                            output=self._label(out_key), path=out_path, input=self._label(in_key)
                        )
                    )

    def _damaged_input(self, parameters) -> str | None:
        """A message naming an input file that does not exist or exists but cannot be read,
        else None."""
        from qgis.core import QgsRasterLayer, QgsVectorLayer

        for definition in self.parameterDefinitions():
            kind, key = definition.type(), definition.name()
            if kind not in _LAYER_TYPES and kind != "file":
                continue
            values = parameters.get(key)
            values = values if isinstance(values, (list, tuple)) else [values]
            for value in values:
                if not isinstance(value, str) or not value:
                    continue
                path = _file_path(value)
                if path is None:
                    continue
                if not _exists(str(path)):
                    if kind != "file" and not _looks_like_a_file(path):
                        continue  # a layer id or name of the project, not a path
                    return tr(
                        "The file {path} ('{parameter}') does not exist: check the path, or "
                        "choose the file again."
                    ).format(path=path, parameter=self._label(key))
                if kind == "file" or not path.is_file():
                    continue
                readable = QgsVectorLayer(value, "check", "ogr").isValid() or (
                    kind in ("raster", "layer", "multilayer")
                    and QgsRasterLayer(value, "check", "gdal").isValid()
                )
                if not readable:
                    return tr(
                        "The file {path} ('{parameter}') could not be read: it is damaged, "
                        "incomplete or not a GIS file. Open it in QGIS to check it, or copy or "
                        "export it again."
                    ).format(path=path, parameter=self._label(key))
        return None

    def _check_fields(self, parameters, context) -> None:
        """Every field parameter names a field of its layer."""
        for definition in self.parameterDefinitions():
            if definition.type() != "field" or parameters.get(definition.name()) in (None, ""):
                continue
            parent = definition.parentLayerParameterName()
            if not parent or parameters.get(parent) in (None, ""):
                continue
            taken = QgsProcessingAlgorithm.parameterAsVectorLayer(self, parameters, parent, context)
            if taken is None:
                continue
            names = taken.fields().names()
            wanted = QgsProcessingAlgorithm.parameterAsFields(
                self, parameters, definition.name(), context
            )
            # A default the layer lacks is the algorithm's to replace (e.g. binomial -> species).
            default = definition.defaultValue()
            defaults = default if isinstance(default, (list, tuple)) else [default]
            for field in wanted:
                if field and field not in names and field not in defaults:
                    raise QgsProcessingException(
                        tr(
                            "The field '{field}' ('{parameter}') is not in the layer "
                            "'{layer}': choose one of its fields ({fields})."
                        ).format(
                            field=field,
                            parameter=self._label(definition.name()),
                            layer=taken.name(),
                            fields=", ".join(names),
                        )
                    )

    def _snapshot(self, name: str):
        return getattr(self, "_snapshots", {}).get(name, _NOT_TAKEN)

    # The snapshot when one was taken, else QGIS's own answer (main-thread runs, no layer).
    parameterAsSource = _snapshot_or("parameterAsSource")  # noqa: N815
    parameterAsVectorLayer = _snapshot_or("parameterAsVectorLayer")  # noqa: N815
    parameterAsRasterLayer = _snapshot_or("parameterAsRasterLayer")  # noqa: N815
    parameterAsLayer = _snapshot_or("parameterAsLayer")  # noqa: N815
    parameterAsLayerList = _snapshot_or("parameterAsLayerList")  # noqa: N815


#: Marks a parameter that no snapshot was taken for (not a layer, or not given).
_NOT_TAKEN = object()


@contextlib.contextmanager
def no_gdal_sidecars() -> Iterator[None]:
    """Rasters opened in the block (by QGIS or GDAL, on this thread) write no ``.aux.xml``
    beside the user's file: QGIS computes band statistics when it loads a raster layer, and
    GDAL would keep them in a side file at close. Inputs must come out unchanged."""
    from osgeo import gdal

    previous = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", previous)


def _file_path(value) -> Path | None:
    """The file a parameter value or layer source names; None for memory, temporary, database
    and web sources."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if not isinstance(value, str):
        return None
    text = value.split("|")[0].strip()
    if not text or text == "TEMPORARY_OUTPUT" or re.match(r"^[A-Za-z][\w-]+:(?![\\/])", text):
        return None  # memory:, ogr:, postgres:, ... (a Windows drive "C:\\" is a path)
    if "?" in text and not _exists(text):
        return None  # memory layer definitions such as "Polygon?crs=EPSG:4326"
    return Path(text).expanduser()


def _exists(text: str) -> bool:
    """Whether a path exists; False for text no file system takes (a memory layer's long
    "Polygon?crs=...&field=..." definition raises "File name too long")."""
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


def _looks_like_a_file(path: Path) -> bool:
    """Whether a layer parameter's text is a file path (a folder or an extension), not the
    id or name of a project layer."""
    return bool(path.suffix) or len(path.parts) > 1


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b) or (
            a.exists() and b.exists() and os.path.samefile(a, b)
        )
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    """Whether a file can be made in ``folder`` (tried: permissions alone miss read-only
    mounts and network shares)."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _check_destination(label: str, path: Path, is_folder: bool) -> None:
    """Refuse, before any work, an output that cannot be written, naming the folder."""
    if is_folder and path.exists() and not path.is_dir():
        raise QgsProcessingException(
            tr(
                "'{output}' must be a folder, but {path} is a file: choose a folder (a new "
                "one is created)."
            ).format(output=label, path=path)
        )
    if not is_folder and path.is_dir():
        raise QgsProcessingException(
            tr("'{output}' must be a file, but {path} is a folder: add a file name.").format(
                output=label, path=path
            )
        )
    folder = path if is_folder else path.parent
    existing = folder  # the nearest part of the path that exists
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise QgsProcessingException(
            tr(
                "The folder {path} for '{output}' cannot be written: {file} is a file, not "
                "a folder. Choose another folder."
            ).format(path=folder, output=label, file=existing)
        )
    if not is_folder and not folder.is_dir():
        raise QgsProcessingException(
            tr(
                "The folder {folder} for '{output}' does not exist: create it or choose "
                "another folder."
            ).format(folder=folder, output=label)
        )
    writes_in = existing if is_folder else folder  # a new output folder is made in there
    if not _writable(writes_in):
        raise QgsProcessingException(
            tr(
                "The folder {folder} for '{output}' is not writable: choose a folder you may "
                "write to (e.g. in your home folder) or change its permissions."
            ).format(folder=writes_in, output=label)
        )


def _before(path: Path, is_folder: bool) -> tuple[Path, bool, bool, frozenset]:
    """What an output looked like before the run, so a failed run can remove what it made."""
    existed = path.exists()
    listing = frozenset(os.listdir(path)) if is_folder and path.is_dir() else frozenset()
    return path, is_folder, existed, listing


def _remove_partial_outputs(outputs) -> None:
    """Remove the files and folders a failed run made (never what was there before)."""
    for path, is_folder, existed, listing in outputs:
        with contextlib.suppress(OSError):
            if is_folder:
                if not existed:
                    shutil.rmtree(path, ignore_errors=True)
                elif path.is_dir():
                    for name in set(os.listdir(path)) - listing:
                        target = path / name
                        if target.is_dir() and not target.is_symlink():
                            shutil.rmtree(target, ignore_errors=True)
                        else:
                            target.unlink()
                continue
            if not existed:
                for extra in ("", *_SIDECARS):
                    candidate = Path(f"{path}{extra}")
                    if candidate.is_file() or candidate.is_symlink():
                        candidate.unlink()


def _short(detail: str, limit: int = 240) -> str:
    """An error's text fit for one line: very long numbers shortened, the rest cut."""
    detail = re.sub(r"(\d{6})\d{10,}", r"\1...", " ".join(detail.split()))
    return detail if len(detail) <= limit else detail[: limit - 3] + "..."


def _guarded(process):
    """``processAlgorithm`` that fails with one Processing message and leaves nothing behind.

    Core errors (:class:`InputError`, :class:`CancelledError`) keep their message; anything
    else, which the checks should have caught, is named with the algorithm instead of a
    traceback. Files and folders the run created are removed. What the core logs during the
    run (solver notes, warnings) also goes to ``feedback``, the algorithm's log.
    """

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        refusal = getattr(self, "_refusal", None)
        if refusal:
            raise QgsProcessingException(refusal)
        try:
            with core_errors(), feedback_logging(feedback), _cluster_of(self, parameters, context):
                return process(self, parameters, context, feedback)
        except QgsProcessingException:
            _remove_partial_outputs(getattr(self, "_outputs", ()))
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes one message
            _remove_partial_outputs(getattr(self, "_outputs", ()))
            raise QgsProcessingException(
                tr(
                    "'{algorithm}' stopped on an error it does not know ({kind}: {detail}); "
                    "nothing was written. Check the inputs (geometries, fields, numbers) and "
                    "report this message if they look right."
                ).format(
                    algorithm=self.displayName(), kind=type(exc).__name__, detail=_short(str(exc))
                )
            ) from None

    return run


@contextlib.contextmanager
def _cluster_of(algorithm, parameters, context) -> Iterator[None]:
    """The run's Dask scheduler, when the algorithm has the parameter and it is set."""
    address = ""
    if algorithm.parameterDefinition(CmsAlgorithm.SCHEDULER) is not None:
        value = algorithm.parameterAsString(parameters, CmsAlgorithm.SCHEDULER, context)
        address = (value or "").strip()
    if not address:
        yield
        return
    from ...core import cluster

    with cluster.session(scheduler=address):
        yield


@contextlib.contextmanager
def core_errors() -> Iterator[None]:
    """Show the core's one-line messages as Processing errors, never as tracebacks."""
    try:
        yield
    except (InputError, CancelledError) as exc:
        raise QgsProcessingException(str(exc)) from None
