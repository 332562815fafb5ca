"""``cmsconnectivity:trackstostopovers`` and ``cmsconnectivity:trackstoranges``.

Thin adapters: a point layer or a Movebank CSV -> ``core.tracks`` -> polygon sinks.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ...core.errors import InputError
from ...core.i18n import localized
from ...core.tracks import (
    DEFAULT_MIGRATION_KM,
    DEFAULT_STATE_SEASONS,
    METHOD_CHOICES,
    Tracks,
    parse_state_seasons,
    parse_windows,
    read_movebank_csv,
    seasonal_ranges,
    stopovers,
    tracks_from_table,
)
from ...core.vector import VectorTable
from ...qgis_io.i18n import tr
from ...qgis_io.layers import table_from_layer
from ...qgis_io.sinks import write_table
from .base import CmsAlgorithm

_METHODS = METHOD_CHOICES
_MIGRATIONS = ("auto", "autumn", "spring")


def _text_times(table: VectorTable) -> VectorTable:
    """A copy whose QDateTime / QDate values are ISO text (the core takes no Qt types).

    ``Qt.ISODate`` keeps a UTC ``Z`` or an offset when the value has one; a local-time
    value is written as it is and read as UTC, as Movebank timestamps are.
    """
    columns = {}
    for name, values in table.columns.items():
        values = list(values)
        sample = next((v for v in values if v is not None), None)  # fields have one type
        if isinstance(sample, (QDateTime, QDate)):
            values = [
                v.toString(Qt.ISODate)
                if isinstance(v, (QDateTime, QDate)) and v.isValid()
                else None
                for v in values
            ]
        columns[name] = values
    return VectorTable(table.name, columns, table.geometry, table.crs, table.ids)


class _TracksAlgorithm(CmsAlgorithm):
    """Shared input: a point layer or a Movebank CSV, with optional field choices."""

    GROUP_ID = "inputs"

    INPUT = "INPUT"
    CSV = "CSV"
    ID_FIELD = "ID_FIELD"
    TIME_FIELD = "TIME_FIELD"
    STATE_FIELD = "STATE_FIELD"
    OUTPUT = "OUTPUT"

    def _add_track_inputs(self, state: bool) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Tracking points (point layer)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.CSV,
                tr("...or a Movebank CSV file (.csv or .csv.gz)"),
                optional=True,
                fileFilter=tr("CSV files (*.csv *.csv.gz *.gz *.txt);;All files (*.*)"),
            )
        )
        fields = [
            (self.ID_FIELD, tr("Individual id field (empty: detect)")),
            (self.TIME_FIELD, tr("Timestamp field, UTC (empty: detect)")),
        ]
        if state:
            fields.append((self.STATE_FIELD, tr("Movement state field (empty: detect)")))
        for key, label in fields:
            self.addParameter(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.INPUT, optional=True
                )
            )

    MIGRATION_KM = "MIGRATION_KM"

    def _migration_km(self) -> QgsProcessingParameterNumber:
        return QgsProcessingParameterNumber(
            self.MIGRATION_KM,
            tr("Minimum migration distance (km)"),
            QgsProcessingParameterNumber.Double,
            DEFAULT_MIGRATION_KM,
            False,
            1.0,
        )

    def _advanced(self, parameter) -> None:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def _read_tracks(self, parameters, context, feedback, state: bool = False) -> Tracks:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        path = self.parameterAsFile(parameters, self.CSV, context)
        if source is None and not path:
            raise QgsProcessingException(
                tr(
                    "No tracks given: choose a point layer of GPS fixes or a Movebank CSV file "
                    "(one of the two)."
                )
            )
        if source is not None and path:
            raise QgsProcessingException(
                tr(
                    "Both a point layer and a CSV file are given: choose one of the two "
                    "(clear the other)."
                )
            )
        fields = {
            "id_field": self.parameterAsString(parameters, self.ID_FIELD, context) or None,
            "time_field": self.parameterAsString(parameters, self.TIME_FIELD, context) or None,
            "state_field": (
                self.parameterAsString(parameters, self.STATE_FIELD, context) or None
                if state
                else None
            ),
        }
        try:
            if source is not None:
                table = _text_times(table_from_layer(source, source.sourceName()))
                tracks = tracks_from_table(table, **fields)
            else:
                tracks = read_movebank_csv(path, **fields)
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(
            tr(
                "Read {n} fixes of {k} individuals from '{source}' ({dup} duplicate fixes and "
                "{missing} without a location left out)."
            ).format(
                n=len(tracks),
                k=len(tracks.individuals),
                source=tracks.source,
                dup=tracks.dropped.get("duplicates", 0),
                missing=tracks.dropped.get("no_location", 0),
            )
        )
        return tracks


class TracksToStopoversAlgorithm(_TracksAlgorithm):
    ALG_ID = "trackstostopovers"

    RADIUS = "RADIUS"
    DURATION = "DURATION"
    EXCLUDE_ENDS = "EXCLUDE_ENDS"
    VISITS = "VISITS"

    def displayName(self) -> str:
        return tr("Tracks to stopover sites")

    def shortHelpString(self) -> str:
        return tr(
            "Finds where tracked birds rest on migration and merges the stopovers of "
            "different birds into sites, as BirdLife's track2kba does when it looks for "
            "sites used by several individuals.\n\n"
            "Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or "
            ".csv.gz, columns individual-local-identifier, timestamp, location-long, "
            "location-lat; lon / lat also work). Fields left empty are detected from these "
            "names. Timestamps are read as UTC.\n\n"
            "Stopover radius (km) and minimum duration (h): a stopover is a run of fixes that "
            "all stay within the radius of the run's first fix for at least the duration. "
            "Typical values: storks, cranes, raptors 10 km and 24 h; waders 5 km and 48 h; "
            "small passerines need fixes at least every few hours. A larger radius joins "
            "neighbouring roosts; a shorter duration adds overnight stops.\n\n"
            "Leave out breeding and wintering grounds (on by default): stays at the two ends "
            "of each bird's range, in every year of the track, are residence, not stopovers "
            "(the ends are read from the bird's annual cycle, as in 'Tracks to seasonal "
            "ranges'). A bird whose positions span less than the minimum migration distance "
            "(200 km by default) never migrated: all its stays are left out.\n\n"
            "Output: one polygon per site (the hull of its fixes buffered by half the radius, "
            "in Lambert azimuthal equal-area centred on the data) with the number of "
            "individuals, visits, bird-days, first arrival and last departure (UTC) and the "
            "centroid's lon/lat. Optional: one polygon per visit.\n\n"
            "Pitfalls: sparse fixes (one a day or less) hide short stopovers; gaps in the data "
            "inside a stopover count as time spent there; a tag that stops moving (a dead "
            "bird) looks like a stopover until the track ends."
        )

    def initAlgorithm(self, config=None):
        self._add_track_inputs(state=False)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS,
                tr("Stopover radius (km)"),
                QgsProcessingParameterNumber.Double,
                10.0,
                False,
                0.01,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DURATION,
                tr("Minimum stopover duration (h)"),
                QgsProcessingParameterNumber.Double,
                24.0,
                False,
                0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.EXCLUDE_ENDS, tr("Leave out breeding and wintering grounds"), True
            )
        )
        self._advanced(self._migration_km())
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Stopover sites"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.VISITS,
                tr("Stopover visits"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("N_SITES", tr("Stopover sites")))
        self.addOutput(QgsProcessingOutputNumber("N_VISITS", tr("Stopover visits")))

    def processAlgorithm(self, parameters, context, feedback):
        tracks = self._read_tracks(parameters, context, feedback)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        hours = self.parameterAsDouble(parameters, self.DURATION, context)
        try:
            found = stopovers(
                tracks,
                radius_km=radius,
                min_duration_h=hours,
                exclude_ends=self.parameterAsBoolean(parameters, self.EXCLUDE_ENDS, context),
                min_migration_km=self.parameterAsDouble(parameters, self.MIGRATION_KM, context),
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        sites = found.sites
        feedback.pushInfo(
            localized(
                tr(
                    "{visits} stopovers of at least {hours:g} h within {radius:g} km by {birds} "
                    "individuals, at {sites} sites ({shared} used by two or more individuals); "
                    "{excluded} stays on breeding or wintering grounds left out."
                ),
                visits=len(found),
                hours=hours,
                radius=radius,
                birds=len(set(found.individual.tolist())),
                sites=len(sites),
                shared=int((sites.n_individuals >= 2).sum()),
                excluded=found.excluded,
            )
        )
        if len(found) == 0:
            feedback.reportError(
                tr(
                    "No stopover found: try a larger radius or a shorter minimum duration, or "
                    "check that the fixes are frequent enough (at least one every few hours)."
                ),
                fatalError=False,
            )
        results = {
            self.OUTPUT: write_table(
                self, parameters, context, self.OUTPUT, sites.columns(), sites.geometry, found.crs
            ),
            "N_SITES": len(sites),
            "N_VISITS": len(found),
        }
        if parameters.get(self.VISITS):
            results[self.VISITS] = write_table(
                self, parameters, context, self.VISITS, found.columns(), found.geometry, found.crs
            )
        return results


class TracksToRangesAlgorithm(_TracksAlgorithm):
    ALG_ID = "trackstoranges"

    METHOD = "METHOD"
    SPECIES = "SPECIES"
    BUFFER = "BUFFER"
    MIN_SETTLED = "MIN_SETTLED"
    MIGRATION = "MIGRATION"
    WINDOWS = "WINDOWS"
    STATE_MAP = "STATE_MAP"

    def displayName(self) -> str:
        return tr("Tracks to seasonal ranges")

    def shortHelpString(self) -> str:
        return tr(
            "Turns GPS tracks into breeding, passage and non-breeding range polygons in the "
            "IUCN range schema (binomial, presence 1, origin 1, seasonal 2 / 4 / 3), ready for "
            "'Prepare species ranges' and the planning units.\n\n"
            "Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or "
            ".csv.gz). Fields left empty are detected from Movebank's names.\n\n"
            "Classify fixes by:\n"
            "- automatic (default): the track's own season labels when they label most "
            "fixes (Movebank's migration-stage or the workshops' migration-state, e.g. "
            "BreedingGrounds, FallMigration, NonBreedingGrounds), else movement; the log says "
            "which and lists values that name no season.\n"
            "- movement: each bird's annual cycle, for one migration or many years. The bird "
            "shuttles between two ends of its range; its stays there are breeding and "
            "non-breeding, season after season, and the journeys between them, stopovers "
            "included, are passage. Breeding is the end where the bird spends the summer of "
            "its hemisphere (or, when both stays are summer ones, the end farther from the "
            "equator). Wandering on the wintering grounds stays non-breeding. A bird whose "
            "positions span less than the minimum migration distance (200 km) never "
            "migrated; a stay shorter than the minimum stay (7 days) counts as passage.\n"
            "- dates: day-of-year windows. Default for a Palearctic-African migrant: "
            "breeding=121-212; passage=213-304,60-120; non-breeding=305-59 (1 May-31 Jul, "
            "1 Aug-31 Oct and 1 Mar-30 Apr, 1 Nov-28 Feb); birds living mostly south of the "
            "equator get the same calendar half a year later.\n"
            "- state: a movement-state column; values such as 'breeding grounds', 'fall "
            "migration', 'wintering grounds' are recognised, others can be mapped, e.g. "
            "'summer=breeding; moving=passage'.\n"
            "- resident: every fix is resident (IUCN seasonal 1), for a species that does not "
            "migrate.\n\n"
            "Buffer (km): each fix becomes a disc of this radius and each season's discs are "
            "merged. 10 km suits storks and other soaring birds; use the tracking error plus "
            "the daily foraging range. Fixes are snapped to a grid of a tenth of the buffer "
            "first, so the outline may move by up to 7 % of it.\n\n"
            "Pitfalls: a few tracked birds show where those birds went, not the whole range; "
            "by dates, an autumn-only dataset has almost no non-breeding fixes; by movement, "
            "a bird that never migrates stays unclassified (choose resident for such species)."
        )

    def initAlgorithm(self, config=None):
        self._add_track_inputs(state=True)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                tr("Classify seasons by"),
                [
                    tr("movement"),
                    tr("dates (day-of-year windows)"),
                    tr("movement-state field"),
                    tr("automatic: the track's season labels if it has them, else movement"),
                    tr("resident: every fix (a species that does not migrate)"),
                ],
                defaultValue=3,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SPECIES, tr("Species (scientific name)"), "Ciconia ciconia"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BUFFER,
                tr("Buffer around fixes (km)"),
                QgsProcessingParameterNumber.Double,
                10.0,
                False,
                0.01,
            )
        )
        self._advanced(self._migration_km())
        self._advanced(
            QgsProcessingParameterNumber(
                self.MIN_SETTLED,
                tr("Minimum stay on breeding or wintering grounds (days)"),
                QgsProcessingParameterNumber.Double,
                7.0,
                False,
                0.0,
            )
        )
        self._advanced(
            QgsProcessingParameterEnum(
                self.MIGRATION,
                tr("Migration"),
                [
                    tr("auto (breeding where the bird spends its summer)"),
                    tr("autumn (the first stay is breeding)"),
                    tr("spring (the first stay is non-breeding)"),
                ],
                defaultValue=0,
            )
        )
        self._advanced(
            QgsProcessingParameterString(
                self.WINDOWS,
                tr(
                    "Date windows (day of year; empty: Palearctic-African calendar, half a year "
                    "later south of the equator)"
                ),
                optional=True,
            )
        )
        self._advanced(
            QgsProcessingParameterString(
                self.STATE_MAP,
                tr("Extra state values (value=season; ...)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Seasonal ranges"), QgsProcessing.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        method = _METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        tracks = self._read_tracks(parameters, context, feedback, state=True)
        windows_text = self.parameterAsString(parameters, self.WINDOWS, context).strip()
        state_text = self.parameterAsString(parameters, self.STATE_MAP, context).strip()
        try:
            state_seasons = None
            if state_text:
                state_seasons = {**DEFAULT_STATE_SEASONS, **parse_state_seasons(state_text)}
            ranges = seasonal_ranges(
                tracks,
                method=method,
                windows=parse_windows(windows_text) if windows_text else None,
                state_seasons=state_seasons,
                species=self.parameterAsString(parameters, self.SPECIES, context).strip()
                or "Ciconia ciconia",
                buffer_km=self.parameterAsDouble(parameters, self.BUFFER, context),
                min_migration_km=self.parameterAsDouble(parameters, self.MIGRATION_KM, context),
                min_settled_days=self.parameterAsDouble(parameters, self.MIN_SETTLED, context),
                migration=_MIGRATIONS[self.parameterAsEnum(parameters, self.MIGRATION, context)],
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from None
        for note in ranges.notes:
            feedback.pushInfo(note)
        names = {1: tr("resident"), 2: tr("breeding"), 3: tr("non-breeding"), 4: tr("passage")}
        for season, fixes, birds, geom in zip(
            ranges.seasonal, ranges.n_fixes, ranges.n_individuals, ranges.geometry
        ):
            feedback.pushInfo(
                localized(
                    tr("{season}: {fixes} fixes of {birds} individuals, {area:,.0f} km2."),
                    season=names[int(season)],
                    fixes=int(fixes),
                    birds=int(birds),
                    area=geom.area / 1e6,
                )
            )
        unclassified = int((ranges.season_of_fix == 0).sum())
        if unclassified:
            feedback.reportError(
                tr(
                    "{n} fixes could not be given a season (outside the date windows, an "
                    "unmapped state, or a bird that never migrated) and are not in any range."
                ).format(n=unclassified),
                fatalError=False,
            )
        dest = write_table(
            self,
            parameters,
            context,
            self.OUTPUT,
            ranges.columns(),
            np.asarray(ranges.geometry, dtype=object),
            ranges.crs,
        )
        return {self.OUTPUT: dest}
