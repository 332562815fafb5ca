"""Where the data of a run came from: credits for maps and reports, and the training notice.

A map on a minister's desk must say whose data it shows, and a map made from simulated data
must say so before anyone reads it as real. Both are read off the run's settings, so they
follow what was actually used (simulated layers, the user's own layers, GPS tracks, the
border layer), plus any credits text the user typed in the dock or the scenario file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .i18n import tr

#: The citation UNEP-WCMC asks users of the WDPA to give (year and month of the release).
WDPA_CITATION = (
    "UNEP-WCMC and IUCN, Protected Planet: The World Database on Protected Areas (WDPA), "
    "Cambridge, UK: UNEP-WCMC and IUCN. Available at: www.protectedplanet.net."
)


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


def credits_text(settings: Any, borders: str = "") -> str:
    """One paragraph naming every source used, then the user's own credits."""
    parts = []
    if borders:
        parts.append(tr("Borders: {layer}.").format(layer=_name(borders)))
    else:
        parts.append(tr("Borders: Natural Earth (public domain), via QGIS world_map.gpkg."))
    simulated = getattr(settings, "data_source", "simulated") == "simulated"
    ranges = [_name(r) for r in getattr(settings, "ranges", ())]
    if simulated and getattr(settings, "simulate_species", True):
        ranges.insert(0, tr("simulated by CMS Connectivity Planner (training data)"))
    tracks = getattr(settings, "tracks", "")
    if tracks:
        ranges.append(
            tr("GPS tracks {file} ({species})").format(
                file=Path(tracks).name, species=getattr(settings, "tracks_species", "")
            )
        )
    if ranges:
        parts.append(tr("Species ranges: {sources}.").format(sources="; ".join(ranges)))
    sites = [_name(s) for s in getattr(settings, "sites", ())]
    if simulated and getattr(settings, "simulate_sites", True):
        sites.insert(0, tr("simulated by CMS Connectivity Planner (training data)"))
    if sites:
        parts.append(tr("Protected areas and sites: {sources}.").format(sources="; ".join(sites)))
    if any("wdpa" in s.lower() for s in getattr(settings, "sites", ())):
        parts.append(WDPA_CITATION)
    own = getattr(settings, "credits", "").strip()
    if own:
        parts.append(own)
    return " ".join(parts)
