"""The scenario: every input and parameter of a run, serialisable to JSON.

The same JSON replays a run from the dock, from Processing and from the command line, and is
stored in the QGIS project, so a saved ``.qgz`` reproduces a workshop exercise.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from . import defaults
from .countries import ISO3_CODES, list_items, meant_countries
from .errors import InputError
from .i18n import tr

#: The western European-African flyway of the White Stork, north to south.
DEFAULT_COUNTRIES: tuple[str, ...] = ("DEU", "CHE", "FRA", "AND", "ESP", "PRT", "MAR")

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Scenario:
    """A simulated-data planning run (the end-to-end slice).

    Units: areas in km2, distances in km, costs in km2 (cost = unit area), so the boundary
    length modifier ``blm`` is in km2 of cost per km of boundary.
    """

    countries: tuple[str, ...] = DEFAULT_COUNTRIES
    n_species: int = defaults.N_SPECIES
    seed: int = defaults.SEED
    hex_area_km2: float = defaults.CELL_AREA_KM2
    target_percent: float = defaults.TARGET_PERCENT
    blm: float = defaults.BLM
    edge_factor: float = defaults.EDGE_FACTOR
    lock_in_threshold: float = defaults.LOCK_IN
    time_limit_s: float = defaults.TIME_LIMIT_S
    mip_gap: float = defaults.MIP_GAP
    max_offshore_km: float = defaults.MAX_OFFSHORE_KM
    protconn_distance_km: float = defaults.DISPERSAL_KM
    title: str = ""
    schema_version: int = field(default=SCHEMA_VERSION)

    @property
    def lock_in(self) -> float:
        """The lock-in share under the name the dock's settings use (reports read either)."""
        return self.lock_in_threshold

    @property
    def dispersal_km(self) -> float:
        """The ProtConn distance under the name the dock's settings use."""
        return self.protconn_distance_km

    def __post_init__(self) -> None:
        # Accept lists and lower case from JSON, forms and the command line alike.
        # Codes only here (a name is named back as a suggestion by validate()).
        codes = tuple(c.upper() for c in list_items(self.countries))
        object.__setattr__(self, "countries", codes)

    def validate(self) -> Scenario:
        """Raise :class:`InputError` for the first bad parameter; return self when sound."""
        for item in fields(self):
            value = getattr(self, item.name)
            if item.type not in ("int", "float"):
                continue
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not number or (item.type == "int" and not float(value).is_integer()):
                raise InputError(
                    tr(
                        "The setting '{key}' is {value}: give a number (without quotes), "
                        "e.g. {example}."
                    ).format(key=item.name, value=repr(value)[:60], example=item.default)
                )
        if not self.countries:
            raise InputError(
                tr("The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.")
            )
        for code in self.countries:
            if len(code) == 3 and code.isalpha():
                continue  # unknown codes are named with suggestions by select_countries
            meant = meant_countries(code, ISO3_CODES)  # "FRANCE" -> FRA France
            if meant:
                raise InputError(
                    tr(
                        "'{code}' is not an ISO3 country code ({countries}?): "
                        "use three letters, e.g. FRA."
                    ).format(code=code, countries=", ".join(meant))
                )
            raise InputError(
                tr("'{code}' is not an ISO3 country code: use three letters, e.g. FRA.").format(
                    code=code
                )
            )
        if int(self.n_species) < 1:
            raise InputError(
                tr("The number of species is {n}: simulate at least 1 species.").format(
                    n=self.n_species
                )
            )
        if not (0 < self.target_percent <= 100) or math.isnan(self.target_percent):
            raise InputError(
                tr("The target is {value} %: give a percentage above 0 and at most 100.").format(
                    value=self.target_percent
                )
            )
        if not self.hex_area_km2 > 0:
            raise InputError(
                tr("The hexagon area is {value} km2: give a positive area, e.g. 1000.").format(
                    value=self.hex_area_km2
                )
            )
        for name in (
            "blm",
            "edge_factor",
            "time_limit_s",
            "mip_gap",
            "max_offshore_km",
            "protconn_distance_km",
        ):
            value = getattr(self, name)
            if not value >= 0 or math.isinf(value):
                raise InputError(
                    tr(
                        "The parameter {name} is {value}: give a finite number of 0 or more."
                    ).format(name=name, value=value)
                )
        if not 0 < self.lock_in_threshold <= 1:
            raise InputError(
                tr(
                    "The lock-in threshold is {value}: "
                    "give a protected share above 0 and at most 1."
                ).format(value=self.lock_in_threshold)
            )
        return self

    # -- JSON -------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["countries"] = list(self.countries)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scenario:
        known = {f.name for f in fields(cls)}
        unknown = sorted(str(k) for k in set(data) - known)
        if unknown:
            raise InputError(
                tr(
                    "Unknown scenario setting(s): {names}. Remove them or check the spelling."
                ).format(names=", ".join(unknown))
            )
        version = data.get("schema_version", SCHEMA_VERSION)
        if isinstance(version, bool) or not isinstance(version, int):
            raise InputError(
                tr("The setting '{key}' is {value}: give a whole number, e.g. {example}.").format(
                    key="schema_version", value=repr(version)[:60], example=SCHEMA_VERSION
                )
            )
        if version > SCHEMA_VERSION:
            raise InputError(
                tr(
                    "This scenario was written by a newer plugin (schema {version}): "
                    "update the plugin."
                ).format(version=version)
            )
        try:
            return cls(**data)
        except (TypeError, AttributeError):
            raise InputError(
                tr(
                    "The setting '{key}' is {value}: give a list of texts, e.g. [\"FRA\", "
                    '"ESP"], or one text with commas.'
                ).format(key="countries", value=repr(data.get("countries"))[:60])
            ) from None

    @classmethod
    def from_json(cls, text: str) -> Scenario:
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
    def load(cls, path: str | Path) -> Scenario:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise InputError(
                tr("The scenario file '{path}' cannot be read ({reason}).").format(
                    path=path, reason=reason
                )
            ) from None
        return cls.from_json(text)
