"""The guided workflow: every setting of the dock's six steps, and the algorithm calls they make.

A :class:`WorkflowSettings` is what the dock shows, what the QGIS project stores and what
"Export scenario" writes as JSON. :func:`step_calls` turns it into the Processing calls of
one step (algorithm id, parameters, which outputs to keep), so the dock, the
``cmsconnectivity:runworkflow`` algorithm and ``python -m cms_connectivity_plugin run
--workflow`` run exactly the same calls. Layers are named by their source (a file path or a
provider URI); results of earlier steps are referred to with :class:`Ref` and written into
the output folder as ``<key>.gpkg``.
"""

from __future__ import annotations

import difflib
import json
import math
import numbers
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from . import defaults
from .atomic import atomic_write_text
from .countries import ISO3_CODES, alias_of, country_codes, country_hint, list_items
from .errors import InputError
from .i18n import tr
from .scenario import DEFAULT_COUNTRIES
from .tracks import METHOD_CHOICES, parse_windows
from .tracks import METHODS as TRACK_METHODS

WORKFLOW_VERSION = 1
KIND = "cms_connectivity_workflow"

#: The dock's steps, in order.
STEPS: tuple[str, ...] = ("data", "units", "targets", "solve", "connectivity", "tfca")

GRIDS = ("hexagon", "square", "layer")
TARGET_RULES = ("relative", "loglinear")
OBJECTIVES = ("minset", "maxcoverage", "minshortfall", "weakestlink")
DATA_SOURCES = ("simulated", "layers")

#: Target presets of the Targets step: name -> (rule, percent).
PRESETS: dict[str, tuple[str, float]] = {
    "gbf30": ("relative", 30.0),
    "aichi17": ("relative", 17.0),
    "rodrigues": ("loglinear", 30.0),
}


@dataclass(frozen=True)
class Ref:
    """The output ``key`` of an earlier call (a layer path once that call has run)."""

    key: str


@dataclass(frozen=True)
class Call:
    """One Processing call: ``outputs`` maps the algorithm's output names to workflow keys."""

    step: str
    alg: str
    params: dict[str, Any]
    outputs: dict[str, str]
    role: dict[str, str] = field(default_factory=dict)  # workflow key -> style role


#: Settings that hold a list (of ISO3 codes or layer references): tuples here, lists in JSON.
_LIST_SETTINGS = ("countries", "ranges", "sites", "lock_in_layers", "lock_out_layers")

#: Settings with a fixed set of values.
_CHOICES: dict[str, tuple[str, ...]] = {
    "data_source": DATA_SOURCES,
    "grid": GRIDS,
    "target_rule": TARGET_RULES,
    "objective": OBJECTIVES,
    "tracks_seasons": TRACK_METHODS,
}


def _shown(value: Any, width: int = 60) -> str:
    """A value as a message quotes it: JSON-like, on one line, at most ``width`` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):  # e.g. circular
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _with_suggestion(name: str, known: list[str]) -> str:
    """``name``, followed by the closest known setting when there is one."""
    lower = {k.lower(): k for k in known}
    close = difflib.get_close_matches(name.lower(), list(lower), n=1, cutoff=0.5)
    shown = " ".join(json.dumps(name, ensure_ascii=False)[1:-1].split())[:40]
    if not close:
        return shown
    return tr("{name} (did you mean {suggestion}?)").format(name=shown, suggestion=lower[close[0]])


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _typed(name: str, kind: str, value: Any, default: Any) -> Any:
    """``value`` as the setting ``name`` of type ``kind`` holds it (int, float, bool, str, a
    list or the targets); :class:`InputError` naming the setting when it cannot be."""
    shown = _shown(value)
    if kind == "int":
        if _is_number(value) and math.isfinite(value) and float(value).is_integer():
            return int(value)
        raise InputError(
            tr("The setting '{key}' is {value}: give a whole number, e.g. {example}.").format(
                key=name, value=shown, example=default
            )
        )
    if kind == "float":
        if _is_number(value):
            return float(value)  # NaN, infinity and the range: see problems()
        raise InputError(
            tr(
                "The setting '{key}' is {value}: give a number (without quotes), e.g. {example}."
            ).format(key=name, value=shown, example=_shown(default))
        )
    if kind == "bool":
        if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
            return bool(value)
        raise InputError(
            tr("The setting '{key}' is {value}: give true or false.").format(key=name, value=shown)
        )
    if kind == "str":
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(
                tr("The setting '{key}' is {value}: give a text in quotes.").format(
                    key=name, value=shown
                )
            )
        choices = _CHOICES.get(name)
        if choices and value not in choices:
            raise InputError(
                tr("The setting '{key}' is {value}: use one of {choices}.").format(
                    key=name, value=shown, choices=", ".join(choices)
                )
            )
        return value
    if name in _LIST_SETTINGS:
        if value is None:
            return ()
        if isinstance(value, str) or (
            isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        ):
            return value
        raise InputError(
            tr(
                'The setting \'{key}\' is {value}: give a list of texts, e.g. ["FRA", "ESP"], '
                "or one text with commas."
            ).format(key=name, value=shown)
        )
    if name == "targets":
        if value is None:
            return {}
        if isinstance(value, Mapping) and all(
            isinstance(k, str) and _is_number(v) for k, v in value.items()
        ):
            return value
        raise InputError(
            tr(
                "The setting 'targets' is {value}: give percentages by species and season, "
                'e.g. {{"Ciconia ciconia|2": 40}}.'
            ).format(value=shown)
        )
    return value


@dataclass(frozen=True)
class WorkflowSettings:
    """All settings of the six steps. Layers are sources (paths or URIs); empty = unused."""

    # Data
    data_source: str = "simulated"
    countries: tuple[str, ...] = DEFAULT_COUNTRIES
    n_species: int = defaults.N_SPECIES
    seed: int = defaults.SEED
    ranges: tuple[str, ...] = ()
    species_field: str = ""
    season_field: str = ""
    tracks: str = ""
    tracks_species: str = "Ciconia ciconia"
    #: How fixes get their season: auto (the track's own labels, else movement), movement
    #: (each bird's annual cycle), dates, state (a labels field) or resident.
    tracks_seasons: str = "auto"
    #: The tracks' season-labels field (empty: Movebank's annotation columns are detected).
    tracks_state_field: str = ""
    #: Day-of-year windows for ``dates``, e.g. "breeding=121-212; non-breeding=305-59"
    #: (empty: the Palearctic-African calendar, half a year later south of the equator).
    tracks_windows: str = ""
    #: With simulated data: which simulated layers to use. Your own range and site layers
    #: (and tracks) are added to them, so simulated species can meet real sites or the
    #: other way round; everything simulated is labelled so in every output.
    simulate_species: bool = True
    simulate_sites: bool = True
    sites: tuple[str, ...] = ()
    borders: str = ""
    cost_raster: str = ""
    output_folder: str = ""
    #: A running Dask scheduler (``tcp://host:8786``) for the heavy independent work of the
    #: run (core/cluster.py); empty: this computer. Results do not depend on it.
    scheduler: str = ""
    # Planning units
    grid: str = "hexagon"
    cell_area_km2: float = defaults.CELL_AREA_KM2
    units_layer: str = ""
    study_area: str = ""
    lock_in: float = defaults.LOCK_IN
    #: Polygon layers whose units must be in the network (agreed sites not yet protected) or
    #: must stay out (cities, concessions), at ``lock_in`` / ``lock_out`` share of a unit.
    lock_in_layers: tuple[str, ...] = ()
    lock_out_layers: tuple[str, ...] = ()
    lock_out: float = defaults.LOCK_OUT
    # Targets
    target_percent: float = defaults.TARGET_PERCENT
    target_rule: str = "relative"
    targets: Mapping[str, float] = field(default_factory=dict)
    # Solve
    objective: str = "minset"
    budget: float = 0.0
    blm: float = defaults.BLM
    edge_factor: float = defaults.EDGE_FACTOR
    time_limit_s: float = defaults.TIME_LIMIT_S
    mip_gap: float = defaults.MIP_GAP
    #: Advanced (0 = off; see core.plan.PlanSettings and the guide's "Solve: advanced").
    stepping_stones_km: float = 0.0
    country_share_percent: float = 0.0
    cross_border_bonus: float = 0.0
    connectivity_table: str = ""
    connectivity_weight: float = 0.0
    connectivity_symmetric: bool = True
    # Connectivity
    dispersal_km: float = defaults.DISPERSAL_KM
    protconn: bool = True
    dpc: bool = True
    corridors: bool = False
    resistance_raster: str = ""
    flyway: bool = False
    # TFCA and export
    title: str = ""
    #: Added to the credits assembled from the data used (maps, atlas, report).
    credits: str = ""
    version: int = WORKFLOW_VERSION

    def __post_init__(self) -> None:
        # Every setting of the right type (numbers as numbers, switches as true/false), named
        # with its key when not: a scenario file, a form and the command line alike.
        for item in fields(self):
            value = _typed(item.name, item.type, getattr(self, item.name), item.default)
            object.__setattr__(self, item.name, value)
        # Lists from JSON and forms, one string from the command line: same result.
        for name in _LIST_SETTINGS:
            read = country_codes if name == "countries" else list_items
            object.__setattr__(self, name, read(getattr(self, name)))
        object.__setattr__(
            self, "targets", {str(k): float(v) for k, v in dict(self.targets).items()}
        )

    # -- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in _LIST_SETTINGS:
            data[name] = list(getattr(self, name))
        data["targets"] = dict(sorted(self.targets.items()))
        return {"kind": KIND, **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkflowSettings:
        """Settings from a scenario's JSON object; every problem is an :class:`InputError`
        naming the setting (unknown keys with the closest known one)."""
        if not isinstance(data, Mapping):
            raise InputError(tr("The scenario file must hold one JSON object."))
        data = {str(k): v for k, v in data.items()}
        if "kind" not in data and set(data) & set(_OLD_SCENARIO_NAMES):
            data = _from_old_scenario(data)
        if data.pop("kind", KIND) != KIND:
            raise InputError(tr("This JSON file is not a CMS Connectivity Planner scenario."))
        known = [f.name for f in fields(cls)]
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise InputError(
                tr(
                    "Unknown scenario setting(s): {names}. Remove them or check the spelling."
                ).format(names=", ".join(_with_suggestion(name, known) for name in unknown))
            )
        version = _typed("version", "int", data.get("version", WORKFLOW_VERSION), 1)
        if version > WORKFLOW_VERSION:
            raise InputError(
                tr(
                    "This scenario was written by a newer plugin (schema {version}): "
                    "update the plugin."
                ).format(version=version)
            )
        try:
            return cls(**data)
        except (TypeError, ValueError, OverflowError) as exc:
            if isinstance(exc, InputError):
                raise
            raise InputError(
                tr("The scenario file has a setting of the wrong type ({detail}).").format(
                    detail=_shown(exc)
                )
            ) from None

    @classmethod
    def from_json(cls, text: str) -> WorkflowSettings:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                tr("The scenario file is not valid JSON ({detail}).").format(detail=exc)
            ) from None
        if not isinstance(data, dict):
            raise InputError(tr("The scenario file must hold one JSON object."))
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: str | os.PathLike) -> WorkflowSettings:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(
                tr("The scenario file '{path}' cannot be read ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        except UnicodeDecodeError:
            raise InputError(
                tr(
                    "The scenario file '{path}' is not UTF-8 text: choose a scenario exported "
                    "from the plugin (a .json file)."
                ).format(path=path)
            ) from None
        return cls.from_json(text)

    def save(self, path: str | os.PathLike) -> Path:
        """Write atomically: a half-written scenario never replaces a good one."""
        return atomic_write_text(path, self.to_json() + "\n")

    def with_changes(self, **changes: Any) -> WorkflowSettings:
        return replace(self, **changes)


#: Settings of the 0.1 scenario files (``Scenario``, written by ``run`` and ``runscenario``)
#: and their names here; None: no longer a setting (see :func:`_from_old_scenario`).
_OLD_SCENARIO_NAMES: dict[str, str | None] = {
    "hex_area_km2": "cell_area_km2",
    "lock_in_threshold": "lock_in",
    "protconn_distance_km": "dispersal_km",
    "schema_version": None,
    "max_offshore_km": None,
}


def _from_old_scenario(data: dict[str, Any]) -> dict[str, Any]:
    """An old scenario file's settings under today's names (simulated data, hexagons).

    ``max_offshore_km`` is kept only at its default (1,000 km), which today's runs use; any
    other value is refused with what changed, rather than silently giving another study area.
    """
    out: dict[str, Any] = {"kind": KIND, "data_source": "simulated", "grid": "hexagon"}
    for name, value in data.items():
        if name in _OLD_SCENARIO_NAMES:
            new = _OLD_SCENARIO_NAMES[name]
            if name == "max_offshore_km" and (
                _typed(name, "float", value, defaults.MAX_OFFSHORE_KM) != defaults.MAX_OFFSHORE_KM
            ):
                raise InputError(
                    tr(
                        "This scenario file is from an older version and sets max_offshore_km "
                        "= {value}; today's runs always leave out parts more than {default:g} km "
                        "offshore. Remove the setting to run it."
                    ).format(value=value, default=defaults.MAX_OFFSHORE_KM)
                )
            if new is not None:
                if new in data:
                    raise InputError(
                        tr(
                            "The scenario file sets both '{old}' and '{new}', which are the same "
                            "setting: keep '{new}' only."
                        ).format(old=name, new=new)
                    )
                out[new] = value
        else:
            out[name] = value
    return out


def has_ranges(s: WorkflowSettings) -> bool:
    """Whether the run has species ranges: simulated, own layers or tracks."""
    simulated = s.data_source == "simulated" and s.simulate_species
    return bool(simulated or s.ranges or s.tracks)


def has_sites(s: WorkflowSettings) -> bool:
    """Whether the run has existing sites (simulated or own): they are optional."""
    return bool((s.data_source == "simulated" and s.simulate_sites) or s.sites)


def is_workflow(data: Mapping[str, Any]) -> bool:
    """True for a workflow scenario (the dock's JSON), False for a simulated-run scenario."""
    return data.get("kind") == KIND


# -- validation ------------------------------------------------------------------------------
def _number_problem(label: str, value: float, low: float, high: float) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        return tr("{label} is not a number.").format(label=label)
    if not low <= value <= high:
        if 0 < low < 1e-6:  # a positive lower bound that is only there to exclude 0
            return tr("{label} is {value:g}: give a value above 0 and at most {high:g}.").format(
                label=label, value=value, high=high
            )
        return tr("{label} is {value:g}: give a value from {low:g} to {high:g}.").format(
            label=label, value=value, low=low, high=high
        )
    return None


#: The largest random seed Processing's integer parameters take.
MAX_SEED = 2**31 - 1


def _gap_problem(gap: float) -> str | None:
    """The relative optimality gap is a fraction in [0, 1): 5 is most likely 5 %."""
    if _is_number(gap) and 0.0 <= gap < 1.0:
        return None
    if _is_number(gap) and 1.0 <= gap <= 100.0:
        return tr(
            "The optimality gap is {value:g}, which looks like a percentage: give it as a "
            "fraction, {fraction:g} (0.01 = within 1 %)."
        ).format(value=gap, fraction=gap / 100.0)
    if not _is_number(gap) or math.isnan(gap):
        return tr("{label} is not a number.").format(label=tr("The optimality gap"))
    return tr(
        "The optimality gap is {value:g}: give a fraction from 0 to below 1 (0.01 = within 1 %)."
    ).format(value=gap)


def connectivity_errors(settings: WorkflowSettings) -> list[str]:
    """Connectivity settings that cannot work as given: a whole run stops on them before any
    work rather than leave out the analyses asked for (see :func:`all_calls`)."""
    s = settings
    out: list[str] = []
    message = _number_problem(tr("The dispersal distance (km)"), s.dispersal_km, 1e-3, 1e5)
    if message:
        out.append(message)
    if s.corridors and not s.resistance_raster:
        out.append(tr("Corridors need a resistance raster: choose one or untick corridors."))
    if s.flyway and not s.tracks:
        out.append(tr("A flyway network needs a tracking file: choose one on the Data step."))
    return out


def run_problems(settings: WorkflowSettings) -> list[str]:
    """What stops a whole run (Data to export), checked before any work: the problems of
    the Data, Units, Targets and Solve steps and the connectivity settings that cannot work.

    Connectivity without existing sites (ProtConn, dPC and corridors need them) or with no
    analysis ticked is left out of a run, as it always was; see :func:`all_calls`.
    """
    out: list[str] = []
    for step in ("data", "units", "targets", "solve"):
        out += problems(settings, step)
    return out + connectivity_errors(settings)


def problems(settings: WorkflowSettings, step: str) -> list[str]:
    """What stops ``step`` from running, as messages saying what to change (empty = ready).

    Only the settings are checked here; the dock adds checks of the layers themselves (CRS,
    geometry type, fields), which need QGIS.
    """
    s = settings
    out: list[str] = []

    def check(label: str, value: float, low: float, high: float) -> None:
        message = _number_problem(label, value, low, high)
        if message:
            out.append(message)

    if step == "data":
        if s.data_source not in DATA_SOURCES:
            out.append(tr("Choose simulated training data or your own layers."))
        if s.scheduler and (any(c.isspace() for c in s.scheduler) or ":" not in s.scheduler):
            out.append(
                tr(
                    "The Dask scheduler address '{address}' is not an address: write it as "
                    "tcp://host:8786, or leave it empty to run on this computer."
                ).format(address=s.scheduler)
            )
        if s.tracks and s.tracks_windows:
            try:
                parse_windows(s.tracks_windows)
            except InputError as exc:
                out.append(str(exc))
        if s.data_source == "simulated" or (not s.study_area and s.grid != "layer"):
            if not s.countries:
                out.append(tr("Give at least one ISO3 country code, e.g. FRA,ESP."))
            bad = [c for c in s.countries if len(c) != 3 or not c.isalpha()]
            if bad:
                out.append(
                    tr("Not ISO3 country codes: {codes}. Use three letters, e.g. FRA.").format(
                        codes=", ".join(country_hint(c, ISO3_CODES) for c in bad)
                    )
                )
            # IOC/FIFA codes (GER, SUI): the default world map has ISO3 codes only; a layer of
            # one's own may use other codes, so it is checked when it is read.
            aliases = [c for c in s.countries if c not in bad and alias_of(c)]
            if aliases and not s.borders:
                out.append(
                    tr(
                        "Not ISO3 country codes: {codes}. These are IOC, FIFA or other codes: "
                        "write the ISO3 code shown in brackets."
                    ).format(codes=", ".join(country_hint(c, ISO3_CODES) for c in aliases))
                )
        if s.data_source == "simulated" and s.simulate_species:
            check(tr("The number of species"), s.n_species, 1, 500)
        if s.data_source == "simulated" and not 0 <= s.seed <= MAX_SEED:
            out.append(
                tr("The random seed is {value}: give a whole number from 0 to {high}.").format(
                    value=s.seed, high=MAX_SEED
                )
            )
        if not has_ranges(s):
            out.append(
                tr(
                    "Choose at least one species-range layer or a tracking file (or tick "
                    "simulated species)."
                )
            )
    elif step == "units":
        if s.grid not in GRIDS:
            out.append(tr("Choose hexagons, squares or a layer of your own polygons."))
        elif s.grid == "layer" and not s.units_layer:
            out.append(tr("Choose the polygon layer to use as planning units."))
        elif s.grid != "layer":
            check(tr("The cell area (km2)"), s.cell_area_km2, 1e-4, 1e6)
        check(tr("The lock-in share"), s.lock_in, 1e-9, 1.0)
        check(tr("The lock-out share"), s.lock_out, 1e-9, 1.0)
        if not s.study_area and not s.countries and s.grid != "layer":
            out.append(tr("Give the study area: country codes on the Data step or a polygon."))
    elif step == "targets":
        if s.target_rule not in TARGET_RULES:
            out.append(tr("Choose a target rule."))
        check(tr("The target (%)"), s.target_percent, 1e-9, 100.0)
        for key, value in s.targets.items():
            message = _number_problem(key, value, 0.0, 100.0)
            if message:
                out.append(message)
    elif step == "solve":
        if s.objective not in OBJECTIVES:
            out.append(tr("Choose an objective."))
        elif s.objective != "minset" and not s.budget > 0:
            out.append(
                tr("This objective works within a budget: give a budget above 0 (cost units).")
            )
        if s.objective != "minset":
            check(tr("The budget"), s.budget, 0.0, 1e15)
        check(tr("The boundary length modifier (BLM)"), s.blm, 0.0, 1e12)
        check(tr("The edge factor"), s.edge_factor, 0.0, 1.0)
        check(tr("The time limit (s)"), s.time_limit_s, 1.0, 1e7)
        gap = _gap_problem(s.mip_gap)
        if gap:
            out.append(gap)
        check(tr("The longest gap between stepping stones (km)"), s.stepping_stones_km, 0.0, 1e5)
        check(tr("The share of each country (%)"), s.country_share_percent, 0.0, 100.0)
        check(tr("The cross-border bonus"), s.cross_border_bonus, 0.0, 1e12)
        check(tr("The connectivity weight"), s.connectivity_weight, 0.0, 1e12)
        if s.connectivity_weight > 0 and not s.connectivity_table:
            out.append(
                tr(
                    "A connectivity weight is set: choose the connectivity table (id1, id2, "
                    "value), or set the weight to 0."
                )
            )
    elif step == "connectivity":
        out += connectivity_errors(s)
        if not (s.protconn or s.dpc or s.corridors or s.flyway):
            out.append(tr("Tick at least one analysis."))
        if (s.protconn or s.dpc or s.corridors) and not has_sites(s):
            out.append(
                tr(
                    "ProtConn, dPC and corridors need existing sites: add a site layer on the "
                    "Data step, or tick the simulated protected areas."
                )
            )
    return out


# -- the calls of each step ------------------------------------------------------------------
def destination(settings: WorkflowSettings, key: str, ext: str = "gpkg") -> str:
    """Where the output ``key`` is written: ``<output folder>/<key>.<ext>``."""
    if not settings.output_folder:
        return "TEMPORARY_OUTPUT"
    return str(Path(settings.output_folder) / f"{key}.{ext}")


def _opt(value: str) -> str | None:
    return value or None


def targets_json(targets: Mapping[str, float]) -> str:
    return json.dumps(dict(sorted(targets.items())), ensure_ascii=False) if targets else ""


def step_calls(settings: WorkflowSettings, step: str) -> list[Call]:
    """The Processing calls of one step, in order (an empty list: nothing to run)."""
    s = settings
    dest = lambda key, ext="gpkg": destination(s, key, ext)  # noqa: E731
    countries = ",".join(s.countries)
    calls: list[Call] = []
    site_ref = Ref("sites") if has_sites(s) else None  # None: the parameter is left out
    if step == "simulate":  # the Data step's first call alone, to look at the layers first
        return step_calls(s.with_changes(data_source="simulated", tracks=""), "data")[:1]
    if step == "data":
        ranges: list[Any] = []
        sites: list[Any] = []
        if s.data_source == "simulated":
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:simulate",
                    {
                        "COUNTRIES": countries,
                        "BORDERS": _opt(s.borders),
                        "N_SPECIES": int(s.n_species),
                        "SEED": int(s.seed),
                        "RANGES": dest("simulated_ranges"),
                        "PROTECTED_AREAS": dest("simulated_protected_areas"),
                        "STUDY_AREA": dest("study_area"),
                    },
                    {
                        "RANGES": "simulated_ranges",
                        "PROTECTED_AREAS": "simulated_protected_areas",
                        "STUDY_AREA": "study_area",
                    },
                )
            )
            if s.simulate_species:
                ranges.append(Ref("simulated_ranges"))
            if s.simulate_sites:
                sites.append(Ref("simulated_protected_areas"))
        ranges += list(s.ranges)
        sites += list(s.sites)
        if s.tracks:
            track_params: dict[str, Any] = {
                "SPECIES": s.tracks_species,
                "METHOD": METHOD_CHOICES.index(s.tracks_seasons),
                "OUTPUT": dest("tracked_ranges"),
            }
            if s.tracks_state_field:
                track_params["STATE_FIELD"] = s.tracks_state_field
            if s.tracks_windows:
                track_params["WINDOWS"] = s.tracks_windows
            track_params["CSV" if _is_csv(s.tracks) else "INPUT"] = s.tracks
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:trackstoranges",
                    track_params,
                    {"OUTPUT": "tracked_ranges"},
                )
            )
            ranges.append(Ref("tracked_ranges"))
        range_params: dict[str, Any] = {"INPUT": ranges, "OUTPUT": dest("ranges")}
        if s.species_field and s.data_source == "layers":
            range_params["SPECIES_FIELD"] = s.species_field
        if s.season_field and s.data_source == "layers":
            range_params["SEASONAL_FIELD"] = s.season_field
        calls.append(
            Call(step, "cmsconnectivity:prepareranges", range_params, {"OUTPUT": "ranges"},
                 {"ranges": "ranges"})
        )  # fmt: skip
        if sites:  # sites are optional: without them nothing is locked in
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:preparesites",
                    {"INPUT": sites, "OUTPUT": dest("sites"), "NETWORK": dest("site_network")},
                    {"OUTPUT": "sites", "NETWORK": "site_network"},
                    {"sites": "protected_areas"},
                )
            )
        if s.sites:  # your own site layers: one place per real site, all its designations
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:places",
                    {"INPUT": list(s.sites), "OUTPUT": dest("places")},
                    {"OUTPUT": "places"},
                    {"places": "places"},
                )
            )
    elif step == "units":
        params: dict[str, Any] = {
            "GRID_TYPE": GRIDS.index(s.grid),
            "CELL_AREA": float(s.cell_area_km2),
            "PROTECTED": site_ref,
            "LOCK_IN": float(s.lock_in),
            "BORDERS": _opt(s.borders),
            "OUTPUT": dest("planning_units"),
        }
        if s.study_area:
            params["STUDY_AREA"] = s.study_area
        else:
            params["COUNTRIES"] = countries
        if s.grid == "layer":
            params["UNITS"] = s.units_layer
        if s.lock_in_layers:
            params["LOCK_IN_LAYERS"] = list(s.lock_in_layers)
        if s.lock_out_layers:
            params["LOCK_OUT_LAYERS"] = list(s.lock_out_layers)
            params["LOCK_OUT"] = float(s.lock_out)
        if s.cost_raster:
            params["COST_RASTER"] = s.cost_raster
        calls.append(
            Call(step, "cmsconnectivity:planningunits", params, {"OUTPUT": "planning_units"},
                 {"planning_units": "planning_units"})
        )  # fmt: skip
    elif step == "solve":
        calls.append(
            Call(
                step,
                "cmsconnectivity:plan",
                {
                    **_plan_inputs(s),
                    "OBJECTIVE": OBJECTIVES.index(s.objective),
                    "BUDGET": float(s.budget),
                    "BLM": float(s.blm),
                    "EDGE_FACTOR": float(s.edge_factor),
                    "TIME_LIMIT": float(s.time_limit_s),
                    "GAP": float(s.mip_gap),
                    "STEPPING_STONES_KM": float(s.stepping_stones_km),
                    "COUNTRY_SHARE": float(s.country_share_percent),
                    "CROSS_BORDER_BONUS": float(s.cross_border_bonus),
                    "CONNECTIVITY": _opt(s.connectivity_table),
                    "CONNECTIVITY_WEIGHT": float(s.connectivity_weight),
                    "CONNECTIVITY_SYMMETRIC": bool(s.connectivity_symmetric),
                    "SCHEDULER": s.scheduler,
                    "OUTPUT": dest("solution"),
                    "TARGETS_OUTPUT": dest("targets_met"),
                    "SUMMARY": dest("plan_summary", "json"),
                },
                {"OUTPUT": "solution", "TARGETS_OUTPUT": "targets_met", "SUMMARY": "plan_summary"},
                {"solution": "planning_units"},
            )
        )
    elif step == "calibrate":
        calls.append(
            Call(
                step,
                "cmsconnectivity:calibrateblm",
                {
                    **_plan_inputs(s),
                    "TIME_LIMIT": float(s.time_limit_s),
                    "EDGE_FACTOR": float(s.edge_factor),
                    "SCHEDULER": s.scheduler,
                },
                {},
            )
        )
    elif step == "connectivity":
        if s.protconn:
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:protconn",
                    {
                        "INPUT": [Ref("sites")],
                        "COUNTRIES": countries,
                        "BORDERS": _opt(s.borders),
                        "DISPERSAL_KM": f"{s.dispersal_km:g}",
                        "SCHEDULER": s.scheduler,
                        "OUTPUT": dest("protconn"),
                        "NEIGHBOURS": dest("protconn_neighbours"),
                    },
                    {"OUTPUT": "protconn", "NEIGHBOURS": "protconn_neighbours"},
                )
            )
        if s.dpc:
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:connectivity",
                    {
                        "INPUT": Ref("site_network"),
                        "DISPERSAL_KM": float(s.dispersal_km),
                        "IMPORTANCE": True,
                        "SCHEDULER": s.scheduler,
                        "OUTPUT": dest("site_importance"),
                    },
                    {"OUTPUT": "site_importance"},
                    {"site_importance": "site_importance"},
                )
            )
        if s.corridors and s.resistance_raster:
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:corridors",
                    {
                        "CORES": Ref("site_network"),
                        "RESISTANCE": s.resistance_raster,
                        "OUTPUT": dest("corridors"),
                        "CORRIDORS": dest("corridor_raster", "tif"),
                    },
                    {"OUTPUT": "corridors", "CORRIDORS": "corridor_raster"},
                    {"corridors": "corridors"},
                )
            )
        if s.flyway and s.tracks:
            flyway: dict[str, Any] = {
                "PROTECTED": site_ref,
                "NODES": dest("flyway_sites"),
                "LINKS": dest("flyway_links"),
            }
            flyway["CSV" if _is_csv(s.tracks) else "SITES"] = s.tracks
            calls.append(
                Call(
                    step,
                    "cmsconnectivity:flywaynetwork",
                    flyway,
                    {"NODES": "flyway_sites", "LINKS": "flyway_links"},
                )
            )
    elif step == "tfca":
        calls.append(
            Call(
                step,
                "cmsconnectivity:tfcacandidates",
                {
                    "UNITS": Ref("solution"),
                    "FEATURES": Ref("ranges"),
                    "SPECIES_FIELD": "species",
                    "SEASON_FIELD": "seasonal",
                    "SITES": site_ref,
                    "COUNTRIES": _opt(s.borders),
                    "DISPERSAL_KM": float(s.dispersal_km),
                    "SCHEDULER": s.scheduler,
                    "OUTPUT": dest("tfca_candidates"),
                },
                {"OUTPUT": "tfca_candidates"},
                {"tfca_candidates": "tfca_candidates"},
            )
        )
    elif step == "export":
        calls.append(
            Call(
                step,
                "cmsconnectivity:exportpackage",
                {
                    "SOLUTION": Ref("solution"),
                    "RANGES": Ref("ranges"),
                    "SITES": site_ref,
                    "TFCA": Ref("tfca_candidates"),
                    "BORDERS": _opt(s.borders),
                    "SCENARIO": s.to_json(),
                    "SOLVER": Ref("plan_summary"),
                    "OUTPUT_FOLDER": s.output_folder or "TEMPORARY_OUTPUT",
                },
                {
                    "REPORT": "report",
                    "GEOPACKAGE": "package",
                    "OVERVIEW_PDF": "overview_pdf",
                    "ATLAS_PDF": "atlas_pdf",
                },
            )
        )
    elif step != "targets":
        raise ValueError(f"unknown step {step!r}")
    return calls


def _plan_inputs(s: WorkflowSettings) -> dict[str, Any]:
    return {
        "UNITS": Ref("planning_units"),
        "FEATURES": Ref("ranges"),
        "SPECIES_FIELD": "species",
        "SEASON_FIELD": "seasonal",
        "TARGET": float(s.target_percent),
        "TARGET_RULE": TARGET_RULES.index(s.target_rule),
        "TARGETS": targets_json(s.targets),
    }


def _is_csv(source: str) -> bool:
    lower = source.lower()
    return lower.endswith(".csv") or lower.endswith(".csv.gz")


def all_calls(settings: WorkflowSettings, export: bool = True) -> list[Call]:
    """Every call of a whole run, Data to export (the package), in order.

    Connectivity settings that cannot work (a flyway network without a tracking file,
    corridors without a resistance raster, a bad dispersal distance) raise
    :class:`InputError` here, before any work: a run never drops the ProtConn and dPC asked
    for. Without existing sites, ProtConn, dPC and corridors are left out (they measure
    sites); the flyway network, which needs none, still runs.
    """
    errors = connectivity_errors(settings)
    if errors:
        raise InputError(errors[0])
    connectivity = settings
    if not has_sites(settings):
        connectivity = settings.with_changes(protconn=False, dpc=False, corridors=False)
    calls = step_calls(settings, "data") + step_calls(settings, "units")
    calls += step_calls(settings, "solve")
    if problems(connectivity, "connectivity") == []:
        calls += step_calls(connectivity, "connectivity")
    for step in ["tfca", "export"] if export else ["tfca"]:
        calls += step_calls(settings, step)
    return calls


def refs_of(call: Call) -> list[Ref]:
    """The earlier outputs ``call`` reads (a parameter may hold one or a list)."""
    return [
        item
        for value in call.params.values()
        for item in (value if isinstance(value, list) else [value])
        if isinstance(item, Ref)
    ]


def missing_refs(call: Call, outputs: Mapping[str, str]) -> list[str]:
    """Workflow keys ``call`` needs that no earlier step has produced."""
    return [ref.key for ref in refs_of(call) if ref.key not in outputs]


def resolve(params: Mapping[str, Any], outputs: Mapping[str, str]) -> dict[str, Any]:
    """Parameters with each :class:`Ref` replaced by the output it names."""

    def one(value: Any) -> Any:
        if isinstance(value, Ref):
            if value.key not in outputs:
                raise InputError(
                    tr("Run the earlier steps first: '{key}' has not been produced yet.").format(
                        key=value.key
                    )
                )
            return outputs[value.key]
        if isinstance(value, list):
            return [one(v) for v in value]
        return value

    return {k: one(v) for k, v in params.items() if v is not None}


#: The steps whose calls make up a run, each with the button (step) it belongs to.
_CALL_STEPS: tuple[tuple[str, str], ...] = (
    ("data", "data"),
    ("units", "units"),
    ("solve", "solve"),
    ("connectivity", "connectivity"),
    ("tfca", "tfca"),
    ("export", "tfca"),  # the export runs from the TFCA step
)


def _calls_with_every_option() -> list[tuple[str, Call]]:
    """(owning step, call) for every call of a run with every option on: what the
    dependency tables below are read off, so they cannot drift from :func:`step_calls`."""
    every = WorkflowSettings(
        tracks="t.csv", sites=("s.gpkg",), corridors=True, resistance_raster="r.tif", flyway=True
    )
    return [(owner, call) for step, owner in _CALL_STEPS for call in step_calls(every, step)]


def _producers() -> dict[str, str]:
    """The step whose button produces each output key."""
    out: dict[str, str] = {}
    for owner, call in _calls_with_every_option():
        for key in call.outputs.values():
            out.setdefault(key, owner)
    return out


#: The step that produces each output key (for "run the earlier steps first" messages).
PRODUCERS: dict[str, str] = _producers()

#: The settings each step's panel edits. The output folder and the map title only say where
#: and how results are written, so changing them makes no result out of date.
STEP_SETTINGS: dict[str, tuple[str, ...]] = {
    "data": (
        "data_source",
        "countries",
        "n_species",
        "seed",
        "ranges",
        "species_field",
        "season_field",
        "tracks",
        "tracks_species",
        "tracks_seasons",
        "tracks_state_field",
        "tracks_windows",
        "simulate_species",
        "simulate_sites",
        "sites",
        "borders",
        "cost_raster",
    ),
    "units": (
        "grid",
        "cell_area_km2",
        "units_layer",
        "study_area",
        "lock_in",
        "lock_in_layers",
        "lock_out_layers",
        "lock_out",
    ),
    "targets": ("target_percent", "target_rule", "targets"),
    "solve": (
        "objective",
        "budget",
        "blm",
        "edge_factor",
        "time_limit_s",
        "mip_gap",
        "stepping_stones_km",
        "country_share_percent",
        "cross_border_bonus",
        "connectivity_table",
        "connectivity_weight",
        "connectivity_symmetric",
    ),
    "connectivity": (
        "dispersal_km",
        "protconn",
        "dpc",
        "corridors",
        "resistance_raster",
        "flyway",
    ),
    "tfca": (),
}


def first_changed_step(old: WorkflowSettings, new: WorkflowSettings) -> str | None:
    """The earliest step whose settings differ between ``old`` and ``new`` (None: none)."""
    for step in STEPS:
        if any(getattr(old, name) != getattr(new, name) for name in STEP_SETTINGS[step]):
            return step
    return None


def _inputs_of_steps() -> dict[str, set[str]]:
    """The earlier steps whose outputs each step reads."""
    reads: dict[str, set[str]] = {step: set() for step in STEPS}
    for owner, call in _calls_with_every_option():
        for ref in refs_of(call):
            if PRODUCERS.get(ref.key, owner) != owner:
                reads[owner].add(PRODUCERS[ref.key])
    reads["solve"].add("targets")  # the targets are settings of the plan, not an output
    return reads


#: For each step, the steps whose outputs (or, for targets, settings) it reads.
STEP_INPUTS: dict[str, set[str]] = _inputs_of_steps()


def outdated_steps(step: str) -> tuple[str, ...]:
    """``step`` and every step that reads its results, directly or through another step.

    Changing the species ranges makes units, plan, connectivity and TFCA candidates out of
    date; changing the dispersal distance touches connectivity alone.
    """
    stale = {step}
    for later in STEPS[STEPS.index(step) + 1 :]:
        if STEP_INPUTS[later] & stale:
            stale.add(later)
    return tuple(s for s in STEPS if s in stale)


def drop_outdated(outputs: Mapping[str, str], step: str) -> tuple[dict[str, str], set[str]]:
    """(outputs still valid after the settings of ``step`` changed, steps that lost results)."""
    stale = set(outdated_steps(step))
    kept = {k: v for k, v in outputs.items() if PRODUCERS.get(k) not in stale}
    lost = {PRODUCERS[k] for k in outputs if k not in kept and k in PRODUCERS}
    return kept, lost
