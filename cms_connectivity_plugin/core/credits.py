"""Where the data of a run came from: credits for maps and reports, and the training notice.

A map on a minister's desk must say whose data it shows, and a map made from simulated data
must say so before anyone reads it as real. Both are read off the run's settings, so they
follow what was actually used (simulated layers, the user's own layers, GPS tracks, the
border layer), plus any credits text the user typed in the dock or the scenario file.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .i18n import tr

#: The citation UNEP-WCMC asks users of the WDPA to give, with the month and year of the
#: release used (read off the file name, e.g. ``WDPA_Jun2024_Public``).
WDPA_CITATION = (
    "UNEP-WCMC and IUCN ({year}), Protected Planet: The World Database on Protected Areas "
    "(WDPA) [On-line], {release}, Cambridge, UK: UNEP-WCMC and IUCN. Available at: "
    "www.protectedplanet.net."
)
_WDPA_RELEASE = re.compile(r"WDPA_(?:WDOECM_)?([A-Z][a-z]{2})(\d{4})")
_MONTHS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "May": "May",
    "Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}  # fmt: skip


@dataclass(frozen=True)
class SourceNote:
    """What a layer says about itself, read where the layer can be read (QGIS side):
    attribution and licence from its metadata, and the citations its features carry (the
    IUCN range schema's ``citation`` field, a Movebank study's name)."""

    attribution: str = ""
    licence: str = ""
    citations: tuple[str, ...] = ()
    wdpa: bool = False


def wdpa_citation(name: str) -> str:
    """The WDPA citation for a release named like ``WDPA_Jun2024_Public``; the month and
    year stay for the user to fill in when the name does not say."""
    found = _WDPA_RELEASE.search(name)
    if found:
        month, year = found.groups()
        return WDPA_CITATION.format(year=year, release=f"{_MONTHS.get(month, month)} {year}")
    return WDPA_CITATION.format(year="[year]", release="[month and year of the release]")


def movebank_study(path: str | Path) -> str:
    """The ``study-name`` of a Movebank CSV (plain or .gz), or "" when it has none."""
    try:
        opener = gzip.open if str(path).lower().endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            row = next(reader, None) or {}
    except (OSError, UnicodeDecodeError, csv.Error):
        return ""
    return str(row.get("study-name") or row.get("study_name") or "").strip()


#: The uuid QGIS appends to a memory layer's name to make its id ("Ramsar_west_6f2e..._...").
_LAYER_ID_UUID = re.compile(r"(_[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12})$")


def _name(ref: str) -> str:
    """A layer reference as a reader knows it: the file name, or a memory layer's name."""
    path = ref.split("|")[0]
    name = Path(path).stem if path else ref
    return _LAYER_ID_UUID.sub("", name)


def uses_simulated(settings: Any) -> bool:
    """Whether anything simulated (species or protected areas) is in the run."""
    if getattr(settings, "data_source", "simulated") != "simulated":
        return False
    species = getattr(settings, "simulate_species", True)
    return bool(species or getattr(settings, "simulate_sites", True))


def training_notice(settings: Any) -> str:
    """The notice every output of a run with simulated data carries ("" for real data)."""
    if not uses_simulated(settings):
        return ""
    return tr("SIMULATED DATA, FOR TRAINING ONLY: not for decisions.")


def _source(ref: str, notes: Mapping[str, SourceNote]) -> str:
    """A layer's name, with its attribution and licence when its metadata give them."""
    note = notes.get(ref)
    extra = [t for t in (note.attribution, note.licence) if t] if note else []
    return f"{_name(ref)} ({'; '.join(extra)})" if extra else _name(ref)


def credits_text(
    settings: Any, borders: str = "", notes: Mapping[str, SourceNote] | None = None
) -> str:
    """One paragraph naming every source used, then the user's own credits.

    ``notes`` (layer reference -> :class:`SourceNote`) adds what the layers say of
    themselves: attribution, licence, the citations in their features, the WDPA release.
    """
    notes = notes or {}
    parts = []
    if borders:
        parts.append(tr("Borders: {layer}.").format(layer=_source(borders, notes)))
    else:
        parts.append(tr("Borders: Natural Earth (public domain), via QGIS world_map.gpkg."))
    simulated = getattr(settings, "data_source", "simulated") == "simulated"
    range_refs = list(getattr(settings, "ranges", ()))
    ranges = [_source(r, notes) for r in range_refs]
    if simulated and getattr(settings, "simulate_species", True):
        ranges.insert(0, tr("simulated by CMS Connectivity Planner (training data)"))
    tracks = getattr(settings, "tracks", "")
    if tracks:
        study = movebank_study(tracks)
        ranges.append(
            tr("GPS tracks {file} ({species})").format(
                file=study or Path(tracks).name, species=getattr(settings, "tracks_species", "")
            )
        )
    if ranges:
        parts.append(tr("Species ranges: {sources}.").format(sources="; ".join(ranges)))
    site_refs = list(getattr(settings, "sites", ()))
    sites = [_source(s, notes) for s in site_refs]
    if simulated and getattr(settings, "simulate_sites", True):
        sites.insert(0, tr("simulated by CMS Connectivity Planner (training data)"))
    if sites:
        parts.append(tr("Protected areas and sites: {sources}.").format(sources="; ".join(sites)))
    citations = list(
        dict.fromkeys(c for ref in range_refs + site_refs for c in notes.get(ref, _NONE).citations)
    )
    if citations:
        parts.append(
            tr("Cite: {citations}.").format(citations="; ".join(c.rstrip(".") for c in citations))
        )
    for ref in site_refs:
        if notes.get(ref, _NONE).wdpa or "wdpa" in ref.lower():
            parts.append(wdpa_citation(ref))
            break
    own = getattr(settings, "credits", "").strip()
    if own:
        parts.append(own)
    return " ".join(parts)


_NONE = SourceNote()
