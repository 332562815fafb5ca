"""A drop-in for the Conefor 2.7 command line (Saura & Torné 2009, *Environmental Modelling
& Software* 24: 135; Conefor 2.6 user manual, Saura & Torné 2012).

    python -m cms_connectivity_plugin conefor -nodeFile nodes.txt -conFile distances.txt \\
        -t dist notall -confProb 10000 0.5 -PC -IIC -confAdj 10000 [-landArea A] \\
        [-prefix P] [onlyoverall] [-add] [-*]

Input files as Conefor reads them: the **node file** has one node per line, ``id attribute``
(tab or spaces; with ``-add`` a third column, 1 for an existing node, 0 for a candidate);
the **connection file** has ``id1 id2 value`` per line, a distance (``-t dist``) or a direct
probability (``-t prob``). ``all`` says every pair is listed, ``notall`` that unlisted pairs
are not connected (the default here; with ``all`` a missing pair is reported and treated as
not connected).

Options: ``-confProb D P`` gives ``p_ij = P ** (d_ij / D)`` (distance files); ``-confAdj T``
links pairs at distance ``<= T`` (or probability ``>= T``) for the binary indices; indices
``-PC -IIC -F -AWF -NC -NL -H -CCP -LCP``; ``onlyoverall`` skips node importance;
``-landArea A`` gives PC, IIC and LCP (else only numerators and EC); ``-prefix P`` names the
run; ``-add`` reports the importance of adding each candidate node (0 in the third column)
to the existing ones; ``-*`` treats ``-nodeFile``/``-conFile`` as prefixes and runs every
node file starting with the first, pairing it with the connection file of the same suffix
(the suffix is the run's prefix). ``-double``/``-single`` are accepted (computation is
always in double precision); ``-noout`` skips the node importance file. Link importance
(``-removal``, ``-improvement``, ``-change``), betweenness (``-BC``, ``-BCIIC``,
``-BCPC``), the PC heuristic (``-pcHeur``) and the extra files (``-wcomp``, ``-wlinks``,
``-wprobdir``, ``-wprobmax``) are refused with a message rather than silently ignored.
Not Conefor's: ``-scheduler ADDRESS`` (a running Dask scheduler) or ``-workers N`` (a local
Dask cluster of N processes) runs the node importance there (``core/cluster.py``), with the
same numbers.

Output files, written to the current directory as Conefor writes them next to its binary:

* ``overall_indices.txt``: ``INDEX<TAB>value`` per line, overwritten each run;
* ``results_all_overall_indices.txt``: appended, ``prefix distance probability INDEX value``
  (tabs; for binary indices the second column is the ``-confAdj`` threshold and the third
  ``NA``; for ``-t prob`` runs both are ``NA``);
* ``results_all_EC(PC).txt`` and ``results_all_EC(IIC).txt``: appended, header
  ``Prefix Distance Probability EC(PC)`` (or ``Prefix Distance EC(IIC)``) written when the
  file is new, every line ending with a tab;
* ``<prefix>_node_importances.txt`` (``node_importances.txt`` without ``-prefix``): header
  ``Node dA varA`` then, per index, ``dIIC varIIC dIICintra dIICflux dIICconnector`` and
  ``dPC varPC dPCintra dPCflux dPCconnector``;
* ``<prefix>_execution_events.txt``: the command and a summary.

Numbers are printed as C++ streams print them by default (6 significant digits, ``%g``).

Checks (each failure is one ``error:`` line naming the file, the line and the fix, exit
status 2, and nothing is written): node attributes are finite numbers from 0 to 1e15 (0 for
stepping stones) whose sum over the (existing) nodes is above 0, node ids are unique;
distances are finite and 0 or more, probabilities from 0 to 1; an empty connection file, a
node connected to itself and a pair listed twice with different values (lines named) are
refused, a pair listed twice with the same value counts once. Every output number is finite
(never ``inf``/``nan``) and all files of a command are written all or nothing.

What was verified and what was not: the layout of ``results_all_overall_indices.txt``, of
``results_all_EC(PC).txt`` (header, trailing tabs) and of ``overall_indices.txt``, the
index labels ``F AWF PCnum EC(PC) PCintra(%) PCdirect(%) PCstep(%)`` in that order, and
``PCdirect(%) = 100 AWF / PCnum`` come from a real Conefor 2.7.3 run published with the JRC
DOPA ProtConn scripts; the node importance columns ``Node dA varA dPC varPC dPCintra dPCflux
dPCconnector`` (dPC in the fourth column) from Makurhini's readers of Conefor output. Not
verified, and our choice: the labels of the IIC and binary rows (``IICnum``, ``EC(IIC)``,
``IIC``...), where ``PC``/``IIC`` appear with ``-landArea`` (after ``EC``), the EC(IIC) file
header, the relative order of IIC and PC columns (binary first, as Conefor lists them),
``varPC`` as the change of PC with ``-landArea`` and of PCnum without, the ``-add`` output
(percent gain relative to the initial landscape, candidates only) and the ``-*`` prefix.
"""

from __future__ import annotations

import contextlib
import math
import os
import secrets
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .. import cluster
from ..atomic import atomic_write_text
from ..errors import InputError
from ..i18n import tr
from .indices import candidate_importance, network, node_importance, overall

#: Largest node attribute accepted: products of two attributes summed over all pairs must stay
#: far from the largest double (1.8e308), and an area of 1e15 m2 is twice the Earth's surface.
MAX_ATTRIBUTE = 1e15

BINARY = ("NC", "NL", "H", "IIC", "CCP", "LCP")
PROBABILISTIC = ("F", "AWF", "PC")
UNSUPPORTED = {
    "-removal": "link importance (removal)",
    "-improvement": "link importance (improvement)",
    "-change": "link importance (change)",
    "-BC": "betweenness centrality",
    "-BCIIC": "generalised betweenness (BCIIC)",
    "-BCPC": "generalised betweenness (BCPC)",
    "-pcHeur": "the PC heuristic",
    "-wcomp": "the components file",
    "-wlinks": "the links file",
    "-wprobdir": "the direct probabilities file",
    "-wprobmax": "the maximum product probabilities file",
    "-confMultipleValues": "multiple distance values",
}
USAGE = (
    "usage: python -m cms_connectivity_plugin conefor -nodeFile NODES -conFile CONNECTIONS "
    "[-t dist|prob [all|notall]] [-confProb DISTANCE PROBABILITY] [-confAdj THRESHOLD] "
    "[-PC] [-IIC] [-F] [-AWF] [-NC] [-NL] [-H] [-CCP] [-LCP] [onlyoverall] "
    "[-landArea AREA] [-prefix PREFIX] [-add] [-*] [-noout] [-double|-single] "
    "[-scheduler ADDRESS | -workers N]"
)


@dataclass
class Options:
    """A parsed Conefor command line."""

    node_file: str = ""
    con_file: str = ""
    kind: str = "dist"
    pairs: str = "notall"
    conf_prob: tuple[float, float] | None = None
    conf_adj: float | None = None
    indices: list[str] = field(default_factory=list)
    only_overall: bool = False
    land_area: float | None = None
    prefix: str | None = None
    add: bool = False
    batch: bool = False
    no_out: bool = False
    #: Not Conefor's: where the node importance runs (core/cluster.py); default: here.
    scheduler: str | None = None
    workers: int | None = None
    argv: list[str] = field(default_factory=list)


def _number(text: str, option: str) -> float:
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InputError(
            tr("The option {option} needs a number, not '{value}'.").format(
                option=option, value=text
            )
        ) from None
    if not math.isfinite(value):
        raise InputError(
            tr("The option {option} needs a finite number, not '{value}'.").format(
                option=option, value=text
            )
        )
    return value


def parse(argv: Sequence[str]) -> Options:
    """Read Conefor's options (any order, case of index names as Conefor's)."""
    opts = Options(argv=list(argv))
    args = list(argv)
    k = 0

    def take(option: str) -> str:
        nonlocal k
        if k + 1 >= len(args):
            raise InputError(tr("The option {option} needs a value.").format(option=option))
        k += 1
        return args[k]

    while k < len(args):
        token = args[k]
        key = token if token.startswith("-") else token.lower()
        if token in ("-h", "--help", "-help"):
            raise _HelpRequested()
        if token == "-nodeFile":
            opts.node_file = take(token)
        elif token == "-conFile":
            opts.con_file = take(token)
        elif token == "-t":
            kind = take(token).lower()
            if kind not in ("dist", "prob"):
                raise InputError(
                    tr(
                        "-t must be followed by dist or prob (got '{value}'); links files "
                        "(-t links) are not supported."
                    ).format(value=kind)
                )
            opts.kind = kind
            if k + 1 < len(args) and args[k + 1].lower() in ("all", "notall"):
                k += 1
                opts.pairs = args[k].lower()
        elif token == "-confProb":
            distance = _number(take(token), token)
            probability = _number(take(token), token)
            opts.conf_prob = (distance, probability)
        elif token == "-confAdj":
            opts.conf_adj = _number(take(token), token)
        elif token == "-landArea":
            opts.land_area = _number(take(token), token)
        elif token == "-prefix":
            opts.prefix = take(token)
        elif key in ("onlyoverall", "-onlyoverall"):
            opts.only_overall = True
        elif token == "-add":
            opts.add = True
        elif token == "-*":
            opts.batch = True
        elif token == "-noout":
            opts.no_out = True
        elif token in ("-double", "-single"):
            pass
        elif token == "-scheduler":
            opts.scheduler = take(token)
        elif token == "-workers":
            count = _number(take(token), token)
            opts.workers = int(count) if count.is_integer() else count
        elif token in UNSUPPORTED:
            raise InputError(
                tr(
                    "The Conefor option {option} ({what}) is not supported by this drop-in: "
                    "remove it (node importance, PC, IIC and their fractions are supported)."
                ).format(option=token, what=UNSUPPORTED[token])
            )
        elif token.startswith("-") and token[1:] in BINARY + PROBABILISTIC:
            if token[1:] not in opts.indices:
                opts.indices.append(token[1:])
        else:
            raise InputError(
                tr("Unknown Conefor option '{option}'. {usage}").format(option=token, usage=USAGE)
            )
        k += 1
    return _check(opts)


class _HelpRequested(Exception):  # noqa: N818 - a signal, not an error
    pass


def _check(opts: Options) -> Options:
    if not opts.node_file or not opts.con_file:
        raise InputError(
            tr("Both -nodeFile and -conFile are required. {usage}").format(usage=USAGE)
        )
    if not opts.indices:
        raise InputError(
            tr(
                "No index was asked for: add -PC and/or -IIC (or -F, -AWF, -NC, -NL, -H, -CCP, "
                "-LCP)."
            )
        )
    probabilistic = [i for i in opts.indices if i in PROBABILISTIC]
    binary = [i for i in opts.indices if i in BINARY]
    if probabilistic and opts.kind == "dist" and opts.conf_prob is None:
        raise InputError(
            tr(
                "The probabilistic indices ({indices}) on a distance file need -confProb "
                "DISTANCE PROBABILITY, e.g. -confProb 10000 0.5."
            ).format(indices=" ".join(probabilistic))
        )
    if binary and opts.conf_adj is None:
        raise InputError(
            tr(
                "The binary indices ({indices}) need -confAdj THRESHOLD: the longest distance "
                "(or smallest probability) at which two nodes are linked."
            ).format(indices=" ".join(binary))
        )
    if opts.conf_prob is not None:
        distance, probability = opts.conf_prob
        if not (distance > 0 and 0 < probability < 1):
            raise InputError(
                tr(
                    "-confProb needs a positive distance and a probability between 0 and 1 "
                    "(got {d:g} {p:g})."
                ).format(d=distance, p=probability)
            )
    if opts.land_area is not None and not 0 < opts.land_area <= MAX_ATTRIBUTE:
        raise InputError(
            tr(
                "-landArea must be a positive number up to 1e15 (got {value}); rescale the "
                "areas, e.g. to ha or km2."
            ).format(value=_fmt(opts.land_area))
        )
    if opts.add and opts.only_overall:
        raise InputError(tr("-add reports node importance: remove onlyoverall to use it."))
    opts.scheduler, opts.workers = cluster.check_choice(opts.scheduler, opts.workers)
    return opts


# --------------------------------------------------------------------------- files


def _rows(path: Path, what: str) -> list[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            tr("The {what} '{path}' does not exist: check the path.").format(what=what, path=path)
        ) from None
    except OSError as exc:
        raise InputError(
            tr("The {what} '{path}' could not be read ({reason}): check the path.").format(
                what=what, path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    out = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        out.append((line_no, fields))
    return out


def read_nodes(path: Path, add: bool = False) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Node ids (as written), attributes and the existing mask (all True without -add)."""
    ids, values, existing = [], [], []
    lines: dict[str, int] = {}
    need = 3 if add else 2
    for line_no, fields in _rows(path, tr("node file")):
        if len(fields) < need:
            raise InputError(
                tr(
                    "Line {line} of the node file '{path}' has {n} column(s): write 'id "
                    "attribute'{extra} separated by tabs or spaces."
                ).format(line=line_no, path=path.name, n=len(fields), extra=" 0|1" if add else "")
            )
        try:
            value = float(fields[1])
        except ValueError:
            value = math.nan
        if not (0 <= value <= MAX_ATTRIBUTE):
            raise InputError(
                tr(
                    "Line {line} of the node file '{path}': the attribute '{value}' of node "
                    "{id} must be a number from 0 to 1e15 (rescale larger areas, e.g. to ha "
                    "or km2)."
                ).format(line=line_no, path=path.name, value=fields[1], id=fields[0])
            )
        if fields[0] in lines:
            raise InputError(
                tr(
                    "Lines {first} and {line} of the node file '{path}' both give node {id}: "
                    "keep one line per node."
                ).format(first=lines[fields[0]], line=line_no, path=path.name, id=fields[0])
            )
        lines[fields[0]] = line_no
        ids.append(fields[0])
        values.append(value)
        if add:
            if fields[2] not in ("0", "1"):
                raise InputError(
                    tr(
                        "Line {line} of the node file '{path}': with -add the third column "
                        "must be 1 (existing node) or 0 (candidate), not '{value}'."
                    ).format(line=line_no, path=path.name, value=fields[2])
                )
            existing.append(fields[2] == "1")
        else:
            existing.append(True)
    if not ids:
        raise InputError(
            tr("The node file '{path}' lists no node: write one 'id attribute' per line.").format(
                path=path.name
            )
        )
    attribute = np.asarray(values, dtype=float)
    mask = np.asarray(existing, dtype=bool)
    if not attribute[mask].sum() > 0:
        raise InputError(
            tr(
                "The node file '{path}': the attributes of the {which} nodes are all 0, so every "
                "index would be 0/0; give at least one of them an attribute above 0."
            ).format(path=path.name, which=tr("existing") if add else tr("listed"))
        )
    return ids, attribute, mask


def read_connections(
    path: Path, ids: list[str], kind: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (node indices) and their distance or probability."""
    index = {node: n for n, node in enumerate(ids)}
    left, right, value = [], [], []
    seen: dict[tuple[int, int], tuple[int, float]] = {}
    rows = _rows(path, tr("connection file"))
    if not rows:
        raise InputError(
            tr(
                "The connection file '{path}' lists no connection: write one 'id1 id2 {what}' "
                "per line."
            ).format(path=path.name, what=_what(kind))
        )
    for line_no, fields in rows:
        if len(fields) < 3:
            raise InputError(
                tr(
                    "Line {line} of the connection file '{path}' has {n} column(s): write "
                    "'id1 id2 {what}'."
                ).format(line=line_no, path=path.name, n=len(fields), what=_what(kind))
            )
        for node in fields[:2]:
            if node not in index:
                raise InputError(
                    tr(
                        "Line {line} of the connection file '{path}' names node {id}, which "
                        "is not in the node file: add the node or fix the id."
                    ).format(line=line_no, path=path.name, id=node)
                )
        try:
            number = float(fields[2])
        except ValueError:
            number = math.nan
        bad = not (0 <= number < math.inf) if kind == "dist" else not (0 <= number <= 1)
        if bad:
            raise InputError(
                tr(
                    "Line {line} of the connection file '{path}': '{value}' is not a valid {what}."
                ).format(line=line_no, path=path.name, value=fields[2], what=_what(kind))
            )
        if fields[0] == fields[1]:
            raise InputError(
                tr(
                    "Line {line} of the connection file '{path}' connects node {id} to itself; "
                    "remove the line (a node's own area counts without a connection)."
                ).format(line=line_no, path=path.name, id=fields[0])
            )
        a, b = index[fields[0]], index[fields[1]]
        pair = (min(a, b), max(a, b))
        if pair in seen:
            first, earlier = seen[pair]
            if earlier != number:
                raise InputError(
                    tr(
                        "Lines {first} and {line} of the connection file '{path}' give the pair "
                        "{id1}-{id2} two different values ({value1} and {value2}); keep the "
                        "right one."
                    ).format(
                        first=first,
                        line=line_no,
                        path=path.name,
                        id1=fields[0],
                        id2=fields[1],
                        value1=_fmt(earlier),
                        value2=_fmt(number),
                    )
                )
            continue  # the same pair listed again with the same value: once is enough
        seen[pair] = (line_no, number)
        left.append(index[fields[0]])
        right.append(index[fields[1]])
        value.append(number)
    return (
        np.asarray(left, dtype=np.int64),
        np.asarray(right, dtype=np.int64),
        np.asarray(value, dtype=float),
    )


def _what(kind: str) -> str:
    return tr("distance (0 or more)") if kind == "dist" else tr("probability (0 to 1)")


class _NotFiniteError(ArithmeticError):
    """A result that is not a finite number: never written (see :func:`run_one`)."""


def _fmt(value) -> str:
    """As a C++ stream prints a double by default (6 significant digits); never inf or nan."""
    if value is None:
        return "NA"
    value = float(value)
    if not math.isfinite(value):
        raise _NotFiniteError(value)
    return format(value, "g")


class _Files:
    """The files of one command, written only once every run has been computed.

    Overwritten files (``overall_indices.txt``, node importances, events) and appended ones
    (``results_all_*``: earlier content + new lines) are all written through
    :func:`..atomic.atomic_write_text` into a hidden staging folder, then renamed into place;
    when anything fails (full disk, read-only folder, Ctrl+C) the earlier files are renamed
    back and the new ones removed, so a failed command leaves the folder as it found it.
    """

    def __init__(self) -> None:
        self.contents: dict[Path, str] = {}

    def write(self, path: Path, text: str) -> None:
        self.contents[path] = text

    def append(self, path: Path, header: str | None, line: str) -> None:
        if path not in self.contents:
            try:
                old = path.read_text(encoding="utf-8") if path.is_file() else ""
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(
                    tr(
                        "The results file '{path}' could not be read ({reason}); move it away "
                        "and run again."
                    ).format(path=path, reason=getattr(exc, "strerror", None) or exc)
                ) from None
            if old and not old.endswith("\n"):
                old += "\n"
            self.contents[path] = old
        if not self.contents[path] and header is not None:
            self.contents[path] = header + "\n"
        self.contents[path] += line + "\n"

    def commit(self) -> None:
        """Write every file into a hidden staging folder beside the first, then move them
        in by renames (which need no disk space); restore the earlier files on failure."""
        if not self.contents:
            return
        folder = next(iter(self.contents)).parent
        stage = folder / f".conefor.partial-{secrets.token_hex(4)}"
        backup = stage / ".previous"
        moved_old: list[Path] = []
        moved_new: list[Path] = []
        try:
            backup.mkdir(parents=True)
            for k, (_, text) in enumerate(self.contents.items()):
                atomic_write_text(stage / f"{k}.txt", text)
            for k, path in enumerate(self.contents):
                if path.exists():
                    os.replace(path, backup / f"{k}.txt")
                    moved_old.append(path)
                os.replace(stage / f"{k}.txt", path)
                moved_new.append(path)
        except BaseException as exc:
            for path in moved_new:
                with contextlib.suppress(OSError):
                    path.unlink()
            index = {path: k for k, path in enumerate(self.contents)}
            for path in moved_old:
                with contextlib.suppress(OSError):
                    os.replace(backup / f"{index[path]}.txt", path)
            shutil.rmtree(stage, ignore_errors=True)
            if isinstance(exc, OSError):
                raise InputError(
                    tr(
                        "Could not write '{path}' ({reason}); nothing of this run was kept: "
                        "run Conefor from a folder you can write to, with free disk space."
                    ).format(path=folder, reason=exc.strerror or exc)
                ) from None
            raise
        shutil.rmtree(stage, ignore_errors=True)


# --------------------------------------------------------------------------- run


@dataclass
class RunOutput:
    prefix: str
    overall: list[tuple[str, float]]
    node_table: list[list[str]]
    files: list[Path]
    warnings: list[str]


def _build_network(opts: Options, values, left, right, link):
    """Direct probabilities (PC) and binary links (IIC) from the connection values."""
    if opts.kind == "dist":
        if opts.conf_prob is not None:
            distance, probability = opts.conf_prob
            p = probability ** (link / distance)
        else:
            p = np.zeros(len(link))
        adjacent = link <= opts.conf_adj if opts.conf_adj is not None else np.zeros(len(link), bool)
    else:
        p = link
        adjacent = link >= opts.conf_adj if opts.conf_adj is not None else np.zeros(len(link), bool)
    # A pair listed twice keeps the shorter distance / higher probability (network()).
    return network(values, left, right, p, adjacent)


def run_one(
    opts: Options,
    node_path: Path,
    con_path: Path,
    prefix: str | None,
    out_dir: Path,
    files: _Files | None = None,
) -> RunOutput:
    """One Conefor run: read and compute, then write (at once, or into ``files`` for the
    caller to commit). A result that is not a finite number writes nothing."""
    commit = files is None
    files = _Files() if files is None else files
    try:
        output = _run_one(opts, node_path, con_path, prefix, out_dir, files)
    except (_NotFiniteError, OverflowError):
        raise InputError(
            tr(
                "The results of '{nodes}' and '{connections}' are not finite numbers (the "
                "attributes or -landArea are too large for double precision); rescale them, "
                "e.g. to km2."
            ).format(nodes=node_path.name, connections=con_path.name)
        ) from None
    if commit:
        files.commit()
    return output


def _run_one(opts, node_path, con_path, prefix, out_dir, files: _Files) -> RunOutput:
    started = time.time()
    ids, values, existing = read_nodes(node_path, opts.add)
    left, right, link = read_connections(con_path, ids, opts.kind)
    warnings: list[str] = []
    if opts.pairs == "all":
        listed = len(
            {(min(a, b), max(a, b)) for a, b in zip(left.tolist(), right.tolist()) if a != b}
        )
        expected = len(ids) * (len(ids) - 1) // 2
        if listed < expected:
            warnings.append(
                tr(
                    "'all' was given but the connection file lists {listed} of the {expected} "
                    "pairs; the missing pairs are treated as not connected (as with notall)."
                ).format(listed=listed, expected=expected)
            )
    full = _build_network(opts, values, left, right, link)
    base = full.subnetwork(existing) if opts.add else full
    label = prefix if prefix else node_path.name
    stats = overall(base, opts.land_area, harary="H" in opts.indices)
    lines = _overall_lines(stats, opts)
    for _, value in lines:
        _fmt(value)  # every number finite before anything is written
    written = _write_overall(files, out_dir, label, lines, stats, opts)
    node_table: list[list[str]] = []
    if not opts.only_overall and not opts.no_out:
        node_table = _node_table(opts, full, base, ids, existing, stats)
        name = f"{prefix}_node_importances.txt" if prefix else "node_importances.txt"
        path = out_dir / name
        files.write(path, "\n".join("\t".join(row) for row in node_table) + "\n")
        written.append(path)
    events = out_dir / (f"{prefix}_execution_events.txt" if prefix else "execution_events.txt")
    summary = [
        "Executing the following command: conefor " + " ".join(opts.argv),
        f"Execution started at: {time.ctime(started)}",
        "",
        f"Number of nodes to process: {len(ids)}",
        f"Sum of the attributes of existing nodes: {_fmt(float(base.attribute.sum()))}",
    ]
    if opts.conf_prob is not None:
        summary.append(
            "Distance and probability (probabilistic indices): "
            f"{_fmt(opts.conf_prob[0])} {_fmt(opts.conf_prob[1])}"
        )
    summary += [
        "PC computed in the default mode: checking all paths (no connections discarded)",
        f"Node file: {node_path}",
        f"Connection file: {con_path}",
        "",
        "Processed indices: " + " ".join(opts.indices),
        *warnings,
        "Execution ended",
        f"Total processing time: {time.time() - started:.3f} seconds",
        "",
    ]
    files.write(events, "\n".join(summary))
    written.append(events)
    return RunOutput(label, lines, node_table, written, warnings)


def _overall_lines(stats, opts: Options) -> list[tuple[str, float]]:
    asked = set(opts.indices)
    lines: list[tuple[str, float]] = []
    if "NC" in asked:
        lines.append(("NC", stats.nc))
    if "NL" in asked:
        lines.append(("NL", stats.nl))
    if "H" in asked:
        lines.append(("H", stats.h))
    if "IIC" in asked:
        lines += [("IICnum", stats.iicnum), ("EC(IIC)", stats.ec_iic)]
        if stats.iic is not None:
            lines.append(("IIC", stats.iic))
        lines += [
            ("IICintra(%)", stats.iic_intra),
            ("IICdirect(%)", stats.iic_direct),
            ("IICstep(%)", stats.iic_step),
        ]
    if "CCP" in asked:
        lines.append(("CCP", stats.ccp))
    if "LCP" in asked and stats.lcp is not None:
        lines.append(("LCP", stats.lcp))
    if "F" in asked:
        lines.append(("F", stats.f))
    if "AWF" in asked:
        lines.append(("AWF", stats.awf))
    if "PC" in asked:
        lines += [("PCnum", stats.pcnum), ("EC(PC)", stats.ec_pc)]
        if stats.pc is not None:
            lines.append(("PC", stats.pc))
        lines += [
            ("PCintra(%)", stats.pc_intra),
            ("PCdirect(%)", stats.pc_direct),
            ("PCstep(%)", stats.pc_step),
        ]
    return lines


def _write_overall(
    pending: _Files, out_dir: Path, label: str, lines, stats, opts: Options
) -> list[Path]:
    files = []
    path = out_dir / "overall_indices.txt"
    pending.write(path, "".join(f"{name}\t{_fmt(value)}\n" for name, value in lines))
    files.append(path)
    all_path = out_dir / "results_all_overall_indices.txt"
    prob_cols = (
        (_fmt(opts.conf_prob[0]), _fmt(opts.conf_prob[1]))
        if opts.conf_prob is not None and opts.kind == "dist"
        else ("NA", "NA")
    )
    binary_cols = (_fmt(opts.conf_adj), "NA")
    binary_names = {
        "NC",
        "NL",
        "H",
        "IICnum",
        "EC(IIC)",
        "IIC",
        "IICintra(%)",
        "IICdirect(%)",
        "IICstep(%)",
        "CCP",
        "LCP",
    }
    for name, value in lines:
        cols = binary_cols if name in binary_names else prob_cols
        pending.append(all_path, None, f"{label}\t{cols[0]}\t{cols[1]}\t{name}\t{_fmt(value)}")
    files.append(all_path)
    if "PC" in opts.indices:
        ec_path = out_dir / "results_all_EC(PC).txt"
        pending.append(
            ec_path,
            "Prefix\tDistance\tProbability\tEC(PC)\t",
            f"{label}\t{prob_cols[0]}\t{prob_cols[1]}\t{_fmt(stats.ec_pc)}\t",
        )
        files.append(ec_path)
    if "IIC" in opts.indices:
        ec_path = out_dir / "results_all_EC(IIC).txt"
        pending.append(
            ec_path,
            "Prefix\tDistance\tEC(IIC)\t",
            f"{label}\t{binary_cols[0]}\t{_fmt(stats.ec_iic)}\t",
        )
        files.append(ec_path)
    return files


def _node_table(opts, full, base, ids, existing, stats) -> list[list[str]]:
    metrics = [m for m in ("IIC", "PC") if m in opts.indices]
    header = ["Node", "dA", "varA"]
    for metric in metrics:
        header += [
            f"d{metric}",
            f"var{metric}",
            f"d{metric}intra",
            f"d{metric}flux",
            f"d{metric}connector",
        ]
    area = opts.land_area
    if opts.add:
        total = float(base.attribute.sum())
        cand = np.flatnonzero(~existing)
        a_c = full.attribute[cand]
        columns = [
            [ids[c] for c in cand],
            [_fmt(100.0 * x / total) for x in a_c],
            [_fmt(x) for x in a_c],
        ]
        for metric in metrics:
            gain = candidate_importance(full, existing, metric)
            cols = gain.columns()
            scale = area**2 if area else 1.0
            columns += [
                [_fmt(x) for x in cols[f"d{metric}"]],
                [_fmt(x / scale) for x in gain.gain],
                [_fmt(x) for x in cols[f"d{metric}intra"]],
                [_fmt(x) for x in cols[f"d{metric}flux"]],
                [_fmt(x) for x in cols[f"d{metric}connector"]],
            ]
    else:
        a = base.attribute
        total = float(a.sum())
        columns = [
            list(ids),
            [_fmt(100.0 * x / total) if total > 0 else "0" for x in a],
            [_fmt(x) for x in a],
        ]
        for metric in metrics:
            imp = node_importance(base, metric)
            cols = imp.columns()
            scale = area**2 if area else 1.0
            columns += [
                [_fmt(x) for x in cols[f"d{metric}"]],
                [_fmt(x / scale) for x in imp.loss],
                [_fmt(x) for x in cols[f"d{metric}intra"]],
                [_fmt(x) for x in cols[f"d{metric}flux"]],
                [_fmt(x) for x in cols[f"d{metric}connector"]],
            ]
    return [header] + [list(row) for row in zip(*columns)]


def _batch_pairs(opts: Options) -> list[tuple[Path, Path, str]]:
    node_prefix = Path(opts.node_file)
    con_prefix = Path(opts.con_file)
    folder = node_prefix.parent if str(node_prefix.parent) else Path(".")
    runs = []
    for path in sorted(folder.glob(node_prefix.name + "*")):
        if not path.is_file():
            continue
        suffix = path.name[len(node_prefix.name) :]
        con_path = con_prefix.parent / (con_prefix.name + suffix)
        if not con_path.is_file():
            raise InputError(
                tr(
                    "-*: the node file '{node}' has no connection file '{con}': name both files "
                    "with the same suffix."
                ).format(node=path.name, con=con_path.name)
            )
        stem = (
            suffix[: -len(path.suffix)] if path.suffix and suffix.endswith(path.suffix) else suffix
        )
        runs.append((path, con_path, stem.lstrip("_") or suffix))
    if not runs:
        raise InputError(
            tr("-*: no node file starts with '{prefix}' in '{folder}'.").format(
                prefix=node_prefix.name, folder=folder
            )
        )
    return runs


def run(opts: Options, out_dir: Path | None = None) -> list[RunOutput]:
    """Run the parsed command (one node file, or every file of a ``-*`` batch)."""
    out_dir = Path(out_dir or Path.cwd())
    files = _Files()
    if opts.batch:
        runs = [(n, c, p) for n, c, p in _batch_pairs(opts)]
    else:
        runs = [(Path(opts.node_file), Path(opts.con_file), opts.prefix)]
    outputs = [run_one(opts, n, c, p, out_dir, files) for n, c, p in runs]
    files.commit()
    return outputs


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``conefor ...`` arguments as Conefor takes them; returns the exit code
    (0 done, 2 bad input with one ``error:`` line on stderr)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "conefor":
        argv = argv[1:]
    try:
        opts = parse(argv)
        with cluster.session(opts.scheduler, opts.workers):
            outputs = run(opts)
    except _HelpRequested:
        print(USAGE)
        return 0
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            "error: "
            + tr("{reason} ({file}); check the files and the folder, then run again.").format(
                reason=exc.strerror or exc, file=exc.filename or ""
            ),
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print("error: " + tr("cancelled (Ctrl+C); no file was written."), file=sys.stderr)
        return 130
    for out in outputs:
        for warning in out.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        shown = ", ".join(f"{name} {_fmt(value)}" for name, value in out.overall)
        print(f"{out.prefix}: {shown}")
    return 0
