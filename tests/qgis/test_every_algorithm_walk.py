"""Bad inputs walked across every Processing algorithm of the provider ``cmsconnectivity``.

For each algorithm (listed from the provider, checked against the registry at run time):
no parameters at all; an input file that does not exist; a damaged GeoPackage (100 random
bytes); every output into a "folder" that is a file; NaN and 1e308 for every number. Each
case must end in one :class:`QgsProcessingException` with a clean message (no traceback, no
raw Python exception names), the input files unchanged and no file written. Cheap cases only:
every one is refused before any real work.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from pathlib import Path

import pytest

PROVIDER = "cmsconnectivity"
LAEA = "EPSG:3035"

#: Input parameter types that name a layer or a file.
INPUT_TYPES = ("vector", "source", "raster", "layer", "multilayer", "file")
#: Output parameter types written to a file or a folder.
DESTINATION_TYPES = (
    "sink",
    "vectorDestination",
    "rasterDestination",
    "fileDestination",
    "folderDestination",
)
#: What a user must never read in a message.
RAW_NAMES = (
    "Traceback",
    "KeyError",
    "ValueError",
    "TypeError",
    "AttributeError",
    "IndexError",
    "GEOSException",
    "OSError",
    "object has no attribute",
)
#: Extension of the output file per destination type.
EXTENSIONS = {
    "sink": "gpkg",
    "vectorDestination": "gpkg",
    "rasterDestination": "tif",
    "fileDestination": "csv",
}


def _algorithm_ids() -> list[str]:
    """The provider's algorithm ids, for parametrisation (collection time, no registry)."""
    from cms_connectivity_plugin.processing.provider import CmsConnectivityProvider

    provider = CmsConnectivityProvider()
    provider.loadAlgorithms()
    ids = sorted(algorithm.name() for algorithm in provider.algorithms())
    del provider
    return ids


ALGORITHM_IDS = _algorithm_ids()


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def algorithms(processing_ready) -> dict:
    """The registered algorithms by id, taken from the registry at run time."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById(PROVIDER)
    assert provider is not None, "provider cmsconnectivity is not registered"
    return {algorithm.name(): algorithm for algorithm in provider.algorithms()}


def test_every_registered_algorithm_is_walked(algorithms):
    assert sorted(algorithms) == ALGORITHM_IDS
    assert len(ALGORITHM_IDS) >= 20


def _square(col: int, row: int, side: float = 10_000.0) -> str:
    x, y = 4_000_000.0 + col * side, 3_000_000.0 + row * side
    return f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"


def _write_polygons(path: Path) -> str:
    """Four squares with the fields the algorithms look for by default."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(LAEA)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    fields = {
        "unit_id": ogr.OFTInteger64,
        "cost": ogr.OFTReal,
        "species": ogr.OFTString,
        "seasonal": ogr.OFTInteger64,
    }
    for name, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i in range(4):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("unit_id", i + 1)
        feature.SetField("cost", 1.0)
        feature.SetField("species", "Ciconia ciconia")
        feature.SetField("seasonal", 2)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(_square(i % 2, i // 2)))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=units"


def _write_raster(path: Path) -> str:
    from osgeo import gdal, osr

    gdal.UseExceptions()
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((4_000_000.0, 5_000.0, 0.0, 3_020_000.0, 0.0, -5_000.0))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(LAEA)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).Fill(1.0)
    ds = None
    return str(path)


@pytest.fixture()
def walk(tmp_path):
    """A tmp folder with ``in/`` (inputs made here) and helpers to run one case."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    return Walk(tmp_path, inputs)


def _file_extension(definition) -> str:
    """The extension a file parameter asks for (``dat`` when it takes any file)."""
    found = definition.extension() or ""
    if not found:
        match = re.search(r"\*\.(\w+)", definition.fileFilter() or "")
        found = match.group(1) if match else ""
    return found or "dat"


def _folder_hash(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


class Walk:
    def __init__(self, root: Path, inputs: Path):
        self.root = root
        self.inputs = inputs

    def missing(self, name: str, suffix: str = ".gpkg") -> str:
        path = self.inputs / f"missing_{name.lower()}{suffix}"
        assert not path.exists()
        return str(path)

    def damaged(self, name: str) -> str:
        path = self.inputs / f"damaged_{name.lower()}.gpkg"
        path.write_bytes(random.Random(name).randbytes(100))
        return str(path)

    def valid_inputs(self, algorithm) -> dict:
        """Something acceptable for every mandatory input without a default: small readable
        layers, an existing text file, a country code; so QGIS's own checks pass and the
        plugin's checks of the outputs are reached."""
        polygons = raster = None
        params = {}
        for definition in algorithm.parameterDefinitions():
            kind, key = definition.type(), definition.name()
            if definition.flags() & definition.FlagOptional or definition.isDestination():
                continue
            if kind == "raster":
                raster = raster or _write_raster(self.inputs / "resistance.tif")
                params[key] = raster
            elif kind == "file":
                text = self.inputs / f"{key.lower()}.{_file_extension(definition)}"
                text.write_text("{}\n", encoding="utf-8")
                params[key] = str(text)
            elif kind in INPUT_TYPES:
                polygons = polygons or _write_polygons(self.inputs / "units.gpkg")
                params[key] = [polygons] if kind == "multilayer" else polygons
            elif kind == "string" and definition.defaultValue() in (None, ""):
                params[key] = "FRA"
        return params

    def run(self, algorithm_id: str, params: dict) -> str:
        """Run one case: the message of the QgsProcessingException it must end in; inputs
        unchanged and nothing written."""
        import processing
        from qgis.core import QgsProcessingException

        before_hash = _folder_hash(self.inputs)
        before_list = _listing(self.root)
        try:
            result = processing.run(f"{PROVIDER}:{algorithm_id}", params)
        except QgsProcessingException as exc:
            message = str(exc)
        except BaseException as exc:  # noqa: BLE001 - the point of the walk
            pytest.fail(
                f"{algorithm_id} {params}: {type(exc).__name__} instead of a "
                f"QgsProcessingException: {exc}"
            )
        else:
            pytest.fail(f"{algorithm_id} {params}: ran ({result}) instead of refusing")
        assert message.strip(), f"{algorithm_id} {params}: empty message"
        for raw in RAW_NAMES:
            assert raw not in message, f"{algorithm_id} {params}: {raw!r} in {message!r}"
        assert _folder_hash(self.inputs) == before_hash, f"{algorithm_id}: an input changed"
        new = _listing(self.root) - before_list
        assert not new, f"{algorithm_id} {params}: wrote {sorted(new)} ({message!r})"
        return message


def _labels(algorithm, definitions=None) -> list[str]:
    definitions = definitions if definitions is not None else algorithm.parameterDefinitions()
    return [text for d in definitions for text in (d.name(), d.description()) if text]


def _names_one_of(message: str, words) -> bool:
    return any(word and word.lower() in message.lower() for word in words)


def _inputs(algorithm) -> list:
    return [d for d in algorithm.parameterDefinitions() if d.type() in INPUT_TYPES]


# -- the walk ------------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_no_parameters_names_a_missing_parameter(algorithm_id, algorithms, walk):
    algorithm = algorithms[algorithm_id]
    message = walk.run(algorithm_id, {})
    mandatory = [d for d in algorithm.parameterDefinitions() if not d.flags() & d.FlagOptional]
    assert _names_one_of(message, _labels(algorithm, mandatory)), message


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_missing_and_damaged_input_files_are_named(algorithm_id, algorithms, walk):
    """Each input in turn, with every other mandatory input given the same bad kind of file:
    a missing file is named; a damaged one is named, or its parameter, or said unreadable."""
    algorithm = algorithms[algorithm_id]
    inputs = _inputs(algorithm)
    if not inputs:
        pytest.skip(f"{algorithm_id} has no layer or file input")
    outputs = walk.root / "out"
    outputs.mkdir()
    destinations = {
        d.name(): str(outputs / d.name().lower())
        + (f".{EXTENSIONS[d.type()]}" if d.type() in EXTENSIONS else "")
        for d in algorithm.destinationParameterDefinitions()
        if d.type() in DESTINATION_TYPES
    }
    mandatory = [d for d in inputs if not d.flags() & d.FlagOptional]
    for bad in ("missing", "damaged"):
        for tested in inputs:
            chosen = [tested, *[d for d in mandatory if d.name() != tested.name()]]
            params = dict(destinations)
            for definition in chosen:
                path = getattr(walk, bad)(definition.name())
                params[definition.name()] = [path] if definition.type() == "multilayer" else path
            message = walk.run(algorithm_id, params)
            words = [Path(p).name for d in chosen for p in _as_list(params[d.name()])]
            if bad == "damaged":
                words += _labels(algorithm, chosen)
                words += ["could not be read", "cannot be read", "damaged"]
            assert _names_one_of(message, words), f"{bad} {tested.name()}: {message!r}"


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_outputs_under_a_file_are_refused(algorithm_id, algorithms, walk):
    algorithm = algorithms[algorithm_id]
    destinations = [
        d for d in algorithm.destinationParameterDefinitions() if d.type() in DESTINATION_TYPES
    ]
    if not destinations:
        pytest.skip(f"{algorithm_id} writes no file")
    afile = walk.root / "afile.txt"
    afile.write_text("not a folder\n", encoding="utf-8")
    params = walk.valid_inputs(algorithm)
    for definition in destinations:
        suffix = f".{EXTENSIONS[definition.type()]}" if definition.type() in EXTENSIONS else ""
        params[definition.name()] = str(afile / f"{definition.name().lower()}{suffix}")
    message = walk.run(algorithm_id, params)
    assert "afile.txt" in message and "is a file" in message, message
    assert afile.read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_nan_and_huge_numbers_are_refused(algorithm_id, algorithms, walk):
    algorithm = algorithms[algorithm_id]
    numbers = [d for d in algorithm.parameterDefinitions() if d.type() == "number"]
    if not numbers:
        pytest.skip(f"{algorithm_id} has no number parameter")
    for definition in numbers:
        for value in (math.nan, 1e308):
            walk.run(algorithm_id, {definition.name(): value})
