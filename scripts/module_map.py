"""Draw the package's module map: areas sized by lines, arrows for imports, cycles in red.

The README's developer section shows the structure before and after a refactor; a picture
drawn by hand goes stale the day someone moves a function, so this script redraws it from the
code of any git revision (or the working tree, as it is on disk right now):

    .venv/bin/python scripts/module_map.py [--rev REV] --out docs/img/modules_after.png
    .venv/bin/python scripts/module_map.py --compare d352006 --out docs/img/modules_after.png

``--compare`` draws both revisions on the same scale and prints a Markdown table for the
README. The grouping of modules into nodes is the one dict :data:`NODES`, so before and after
are always cut the same way; a module it does not know lands in "other" with a warning.
Imports are read with :mod:`ast` (nothing is imported or run), relative ones resolved.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "cms_connectivity_plugin"
WORKTREE = "working tree"

# Every node of the map: (row from the top, x from 0 to 1, modules). A module name is dotted
# and relative to the package ("core.plan"); "x.*" is the module or package x and everything
# under it. Rows keep the importers above the imported, so most arrows point down; the x
# positions leave gaps for the long arrows into "core base".
NODES: dict[str, tuple[int, float, tuple[str, ...]]] = {
    "entry points": (0, 0.45, ("__init__", "__main__", "plugin", "cli")),
    "gui": (0, 0.84, ("gui.*",)),
    "processing": (1, 0.2, ("processing.*",)),
    "qgis_io": (2, 0.7, ("qgis_io.*",)),
    "workflow": (3, 0.11, ("core.workflow", "core.pipeline", "core.scenario", "core.simulate")),
    "outputs": (
        3,
        0.37,
        ("core.report", "core.document", "core.indicators", "core.package", "core.export"),
    ),
    "tfca": (3, 0.63, ("core.tfca",)),
    "marxan": (3, 0.89, ("core.marxan",)),
    "core/connectivity": (4, 0.3, ("core.connectivity.*",)),
    "planning": (
        4,
        0.7,
        (
            "core.plan",
            "core.targets",
            "core.planning_units",
            "core.amounts",
            "core.costs",
            "core.evaluate",
            "core.portfolio",
            "core.calibration",
            "core.stepping_stones",
            "core.unit_countries",
        ),
    ),
    "species": (5, 0.09, ("core.ranges", "core.tracks", "core.annual_cycle")),
    "places": (5, 0.3, ("core.sites", "core.places", "core.countries", "core.borders")),
    "core/problem": (5, 0.7, ("core.problem.*",)),
    "core/solvers": (5, 0.91, ("core.solvers.*",)),
    "core base": (
        6,
        0.5,
        (
            "core",
            "core.errors",
            "core.i18n",
            "core.defaults",
            "core.atomic",
            "core.credits",
            "core.crs",
            "core.vector",
            "core.tables",
        ),
    ),
}
# How eagerly an import runs: at load time, when a function is called, or never (typing only).
LOAD, LAZY, TYPE = "load", "function", "TYPE_CHECKING"
EAGERNESS = {TYPE: 0, LAZY: 1, LOAD: 2}
KIND_TEXT = {LAZY: "imports inside functions", TYPE: "TYPE_CHECKING imports"}
BASE = "core base"  # imported by nearly everything: its arrows are drawn fainter
OTHER = "other"
OTHER_POS = (6, 0.85)

# Colours by area of the package; core's subpackages a shade darker than its module groups.
COLOURS = {
    "entry points": "#bdbdbd",
    "gui": "#6baed6",
    "processing": "#fd8d3c",
    "qgis_io": "#74c476",
    "core/problem": "#807dba",
    "core/connectivity": "#807dba",
    "core/solvers": "#807dba",
    OTHER: "#f768a1",
}
CORE_COLOUR = "#bcbddc"
CYCLE_COLOUR = "#d62728"
EDGE_COLOUR = "#525252"

WIDTH_IN = 9.1  # 1000 px at DPI
DPI = 110
ROW_HEIGHT_IN = 1.45
SIDE_MAX_IN = 0.9  # side of the square of a node with SCALE_LINES lines (or the largest)
SCALE_LINES = 7000
TEXT_H_IN = 0.45  # name and two lines of details under the square
PAD_IN = 0.06
ROW_GAP_IN = 0.34
TITLE_H_IN = 0.62
LEGEND_H_IN = 0.55
CAPTION_LINE_IN = 0.15
CAPTION_CHARS = 150


@dataclass
class Module:
    """One .py file of the package: its size and the package modules it imports."""

    name: str  # dotted, relative to the package: "core.problem.model"; a package is its __init__
    path: str  # relative to the package: "core/problem/model.py"
    lines: int
    is_package: bool
    tree: ast.Module | None


@dataclass
class Node:
    """One box of the map: a group of modules."""

    name: str
    row: int
    x: float
    modules: list[Module] = field(default_factory=list)

    @property
    def lines(self) -> int:
        return sum(m.lines for m in self.modules)

    @property
    def largest(self) -> Module | None:
        return max(self.modules, key=lambda m: (m.lines, m.name), default=None)


@dataclass
class Snapshot:
    """The package at one revision: modules, their imports, and the nodes they fall into."""

    rev: str
    label: str
    modules: dict[str, Module]
    imports: dict[tuple[str, str], str]  # (importer, imported) -> LOAD, LAZY or TYPE
    nodes: dict[str, Node]
    node_of: dict[str, str]

    @property
    def lines(self) -> int:
        return sum(m.lines for m in self.modules.values())

    def edges(self) -> dict[tuple[str, str], int]:
        """Distinct module-to-module imports between different nodes, per node pair."""
        out: dict[tuple[str, str], int] = {}
        for a, b in self.imports:
            na, nb = self.node_of[a], self.node_of[b]
            if na != nb:
                out[(na, nb)] = out.get((na, nb), 0) + 1
        return out

    def module_cycles(self) -> list[list[str]]:
        """Strongly connected sets of modules (two or more): each is at least one import loop."""
        graph: dict[str, list[str]] = {m: [] for m in self.modules}
        for a, b in sorted(self.imports):
            graph[a].append(b)
        return [c for c in strongly_connected(graph) if len(c) > 1]

    def node_cycles(self) -> list[list[str]]:
        """Strongly connected sets of nodes: every arrow inside one is part of a loop."""
        graph: dict[str, list[str]] = {n: [] for n in self.nodes}
        for a, b in sorted(self.edges()):
            graph[a].append(b)
        return [c for c in strongly_connected(graph) if len(c) > 1]


def git(*args: str) -> str:
    """Run git in the repository and return its output (no checkout ever touches the tree)."""
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def read_sources(rev: str) -> dict[str, str]:
    """The package's .py files at `rev` (or on disk for the working tree), path -> text."""
    if rev == WORKTREE:
        base = ROOT / PACKAGE
        sources = {}
        for p in sorted(base.rglob("*.py")):
            if "__pycache__" in p.parts:
                continue
            try:  # others edit the tree while this runs: a file may be gone by now
                sources[p.relative_to(base).as_posix()] = p.read_text("utf-8", errors="replace")
            except FileNotFoundError:
                print(f"warning: {p} vanished while reading; left out", file=sys.stderr)
        return sources
    names = git("ls-tree", "-r", "--name-only", rev, "--", PACKAGE).split("\n")
    return {
        n[len(PACKAGE) + 1 :]: git("show", f"{rev}:{n}") for n in sorted(names) if n.endswith(".py")
    }


def module_name(path: str) -> tuple[str, bool]:
    """Dotted name of a package file and whether it is a package's ``__init__``."""
    parts = path[: -len(".py")].split("/")
    if parts[-1] == "__init__" and len(parts) > 1:
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def parse_modules(sources: dict[str, str]) -> dict[str, Module]:
    """Modules with their line counts and syntax trees (a file mid-edit keeps its lines only)."""
    modules: dict[str, Module] = {}
    for path, text in sources.items():
        name, is_package = module_name(path)
        try:
            tree: ast.Module | None = ast.parse(text, filename=path)
        except SyntaxError as exc:
            print(
                f"warning: {path} does not parse ({exc.msg}); its imports are left out",
                file=sys.stderr,
            )
            tree = None
        modules[name] = Module(name, path, len(text.splitlines()), is_package, tree)
    return modules


def resolve(name: str, modules: dict[str, Module]) -> str | None:
    """The package module a dotted name refers to: itself, or the nearest enclosing one."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def module_imports(module: Module, modules: dict[str, Module]) -> dict[str, str]:
    """Package modules imported by `module`, each with the kind of its most eager import.

    A module-level import (LOAD) runs when the module is loaded, so a loop of them can fail;
    one inside a function (LAZY) runs later, one under ``if TYPE_CHECKING:`` (TYPE) never.
    ``from pkg import name`` counts ``pkg.name`` when that is a module, else ``pkg`` itself.
    """
    found: dict[str, str] = {}
    if module.tree is None:
        return found
    own_package = module.name.split(".") if module.is_package else module.name.split(".")[:-1]
    if module.name == "__init__":
        own_package = []

    def add(target: str | None, kind: str) -> None:
        if target is not None and target != module.name:
            if EAGERNESS[kind] > EAGERNESS[found.get(target, TYPE)] or target not in found:
                found[target] = kind

    def from_parts(node: ast.ImportFrom) -> list[str] | None:
        if node.level:
            up = node.level - 1
            if up > len(own_package):
                return None
            parts = own_package[: len(own_package) - up]
            return parts + node.module.split(".") if node.module else parts
        if node.module and node.module.split(".")[0] == PACKAGE:
            return node.module.split(".")[1:]
        return None

    def visit(node: ast.AST, kind: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = kind
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                inner = LAZY if kind == LOAD else kind
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] == PACKAGE:
                        add(resolve(alias.name[len(PACKAGE) + 1 :] or "__init__", modules), kind)
            elif isinstance(child, ast.ImportFrom):
                parts = from_parts(child)
                if parts is None:
                    continue
                base = ".".join(parts)
                for alias in child.names:
                    full = f"{base}.{alias.name}" if base else alias.name
                    if full in modules:
                        add(full, kind)
                    else:
                        add(resolve(base, modules) if base else "__init__", kind)
            elif isinstance(child, ast.If) and is_type_checking(child.test):
                for stmt in child.body:
                    visit(ast.Module(body=[stmt], type_ignores=[]), TYPE)
                for stmt in child.orelse:
                    visit(ast.Module(body=[stmt], type_ignores=[]), kind)
                continue
            visit(child, inner)

    visit(module.tree, LOAD)
    return found


def is_type_checking(test: ast.expr) -> bool:
    """``TYPE_CHECKING`` or ``typing.TYPE_CHECKING``: a block only type checkers run."""
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def node_for(name: str) -> str | None:
    """The node :data:`NODES` puts a module in, or None when no entry names it."""
    for node, (_row, _x, patterns) in NODES.items():
        for pattern in patterns:
            if pattern.endswith(".*"):
                stem = pattern[:-2]
                if name == stem or name.startswith(stem + "."):
                    return node
            elif name == pattern:
                return node
    return None


def snapshot(rev: str) -> Snapshot:
    """Read and group the package at `rev`."""
    if rev == WORKTREE:
        head = git("rev-parse", "--short", "HEAD").strip()
        dirty = git("status", "--porcelain", "--", PACKAGE).strip()
        label = f"working tree (HEAD {head}{' + edits' if dirty else ''})"
    else:
        label = git("rev-parse", "--short", rev).strip()
    modules = parse_modules(read_sources(rev))
    imports: dict[tuple[str, str], str] = {}
    for m in modules.values():
        for target, kind in module_imports(m, modules).items():
            imports[(m.name, target)] = kind
    nodes = {name: Node(name, row, x) for name, (row, x, _patterns) in NODES.items()}
    node_of: dict[str, str] = {}
    for name in sorted(modules):
        node = node_for(name)
        if node is None:
            print(
                f"warning: {rev}: {modules[name].path} is in no group of NODES; drawn in '{OTHER}'",
                file=sys.stderr,
            )
            node = OTHER
            nodes.setdefault(OTHER, Node(OTHER, *OTHER_POS))
        nodes[node].modules.append(modules[name])
        node_of[name] = node
    return Snapshot(rev, label, modules, imports, nodes, node_of)


def strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, each sorted, in a deterministic order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return sorted(out)


def short(name: str, modules: dict[str, Module]) -> str:
    """A module's path as the caption shows it: core's modules without the ``core/`` prefix."""
    path = modules[name].path
    return path[len("core/") :] if path.startswith("core/") else path


def shortest_cycle(members: list[str], imports: dict[tuple[str, str], str]) -> list[str]:
    """One shortest import loop among `members` (breadth first, in sorted order)."""
    inside = set(members)
    best: list[str] = []
    for start in members:
        parent: dict[str, str] = {start: ""}
        queue = [start]
        found: str | None = None
        while queue and found is None:
            nxt: list[str] = []
            for v in queue:
                for w in sorted(b for a, b in imports if a == v and b in inside):
                    if w == start:
                        found = v
                        break
                    if w not in parent:
                        parent[w] = v
                        nxt.append(w)
                if found is not None:
                    break
            queue = nxt
        if found is None:
            continue
        path = [found]
        while path[-1] != start:
            path.append(parent[path[-1]])
        path.reverse()
        if not best or len(path) < len(best):
            best = path
    return best


def loop_kind(members: list[str], imports: dict[tuple[str, str], str]) -> str:
    """Whether a loop bites at load time, or is closed only by deferred or type-only imports."""
    inside = set(members)
    graph = {
        m: sorted(b for (a, b), k in imports.items() if a == m and b in inside and k == LOAD)
        for m in members
    }
    if any(len(c) > 1 for c in strongly_connected(graph)):
        return "at load time"
    kinds = sorted({k for (a, b), k in imports.items() if a in inside and b in inside} - {LOAD})
    return "closed only by " + " or ".join(KIND_TEXT[k] for k in kinds)


def cycle_lines(snap: Snapshot) -> list[str]:
    """The caption's lines: module loops, then the upward arrows that close node loops."""
    lines: list[str] = []
    for members in snap.module_cycles():
        loop = shortest_cycle(members, snap.imports)
        names = [short(m, snap.modules) for m in loop]
        text = f"{names[0]} <-> {names[1]}" if len(loop) == 2 else " -> ".join(names + names[:1])
        more = len(members) - len(loop)
        if more:
            text += f" (+{more} more modules in the same loop)"
        lines.append(f"{text}; {loop_kind(members, snap.imports)}")
    if not lines:
        lines.append("none")
    lines = ["Module import loops: " + lines[0]] + ["    " + x for x in lines[1:]]
    rows = {name: node.row for name, node in snap.nodes.items()}
    for members in snap.node_cycles():
        inside = set(members)
        ups: dict[tuple[str, str], dict[str, list[str]]] = {}
        for a, b in sorted(snap.imports):
            na, nb = snap.node_of[a], snap.node_of[b]
            if na in inside and nb in inside and rows[na] > rows[nb]:
                by_target = ups.setdefault((na, nb), {})
                by_target.setdefault(short(b, snap.modules), []).append(
                    Path(snap.modules[a].path).name
                )
        for (na, nb), by_target in ups.items():
            pairs = "; ".join(f"{', '.join(srcs)} -> {dst}" for dst, srcs in by_target.items())
            lines.append(f"Node loop closed by {na} -> {nb}: {pairs}")
    return lines


def side(lines: int, scale: int) -> float:
    """Side of a node's square in inches: its area is proportional to its lines."""
    return SIDE_MAX_IN * (max(lines, 0) / scale) ** 0.5


def row_heights(snaps: list[Snapshot], scale: int) -> dict[int, float]:
    """Height of each row, from the largest node in it in any of `snaps` (shared layout)."""
    heights: dict[int, float] = {}
    for snap in snaps:
        for node in snap.nodes.values():
            h = side(node.lines, scale) + TEXT_H_IN + 2 * PAD_IN + ROW_GAP_IN
            heights[node.row] = max(heights.get(node.row, 0.0), h)
    return heights


def details(node: Node) -> str:
    """The two small lines under a node's name: size, and its largest module."""
    count = len(node.modules)
    text = f"{node.lines:,} lines · {count} module{'s' if count != 1 else ''}"
    big = node.largest
    if big is not None and count > 1:
        text += f"\nlargest {Path(big.path).name} {big.lines:,}"
    elif big is not None:
        text += f"\n{big.path}"
    return text


def caption_rows(snap: Snapshot) -> list[str]:
    """The caption under the map, wrapped to the figure's width."""
    rows = []
    for line in cycle_lines(snap):
        indent = " " * (len(line) - len(line.lstrip()))
        rows += textwrap.wrap(line, CAPTION_CHARS, subsequent_indent=indent + "    ")
    return rows


def draw(
    snap: Snapshot, out: Path, scale: int, heights: dict[int, float], caption_lines: int
) -> None:
    """Draw `snap` as a layered PNG of README width; `scale`, `heights` and `caption_lines`
    are shared by before and after so that the two images line up."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Rectangle

    caption = caption_rows(snap)
    caption_h = LEGEND_H_IN + max(caption_lines, len(caption)) * CAPTION_LINE_IN + 0.1
    rows = sorted(heights)
    body_h = sum(heights[r] for r in rows)
    height = TITLE_H_IN + body_h + caption_h
    fig = plt.figure(figsize=(WIDTH_IN, height), dpi=DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, WIDTH_IN)
    ax.set_ylim(0, height)
    ax.set_aspect("equal")
    ax.axis("off")
    renderer = fig.canvas.get_renderer()
    inch = fig.dpi_scale_trans.inverted()

    row_top = {}
    y = height - TITLE_H_IN
    for r in rows:
        row_top[r] = y
        y -= heights[r]

    cards: dict[str, FancyBboxPatch] = {}
    centres: dict[str, tuple[float, float]] = {}
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for node in snap.nodes.values():
        colour = COLOURS.get(node.name, CORE_COLOUR)
        s = side(node.lines, scale)
        inner_h = s + TEXT_H_IN
        cx = node.x * WIDTH_IN
        top = row_top[node.row] - (heights[node.row] - ROW_GAP_IN - inner_h - 2 * PAD_IN) / 2
        sq_top = top - PAD_IN
        ax.add_patch(
            Rectangle(
                (cx - s / 2, sq_top - s),
                s,
                s,
                facecolor=colour,
                edgecolor="#404040",
                linewidth=0.6,
                zorder=4,
            )
        )
        name = ax.text(
            cx,
            sq_top - s - 0.04,
            node.name,
            ha="center",
            va="top",
            fontsize=8.5,
            fontweight="bold",
            zorder=5,
        )
        info = ax.text(
            cx,
            sq_top - s - 0.2,
            details(node),
            ha="center",
            va="top",
            fontsize=7.2,
            linespacing=1.15,
            color="#252525",
            zorder=5,
        )
        text_w = max(t.get_window_extent(renderer).transformed(inch).width for t in (name, info))
        w = max(s, text_w) + 2 * PAD_IN
        h = inner_h + 2 * PAD_IN
        card = FancyBboxPatch(
            (cx - w / 2, top - h),
            w,
            h,
            boxstyle="round,pad=0,rounding_size=0.06",
            facecolor="white",
            edgecolor=colour,
            linewidth=1.2,
            zorder=3,
        )
        ax.add_patch(card)
        cards[node.name] = card
        centres[node.name] = (cx, top - h / 2)
        boxes[node.name] = (cx - w / 2, top - h, cx + w / 2, top)
    warn_overlaps(boxes)

    edges = snap.edges()
    in_loop = {n for c in snap.node_cycles() for n in c}
    loop_of = {n: i for i, c in enumerate(snap.node_cycles()) for n in c}
    for (a, b), count in sorted(edges.items(), key=lambda e: (e[1], e[0])):
        red = a in in_loop and loop_of.get(a) == loop_of.get(b)
        na, nb = snap.nodes[a], snap.nodes[b]
        if na.row == nb.row:
            rad = 0.25 + 0.12 * abs(round((na.x - nb.x) * 4))
        else:
            rad = 0.12 if (b, a) in edges else 0.06
        width = 0.5 + 0.5 * count**0.5
        ax.add_patch(
            FancyArrowPatch(
                centres[a],
                centres[b],
                patchA=cards[a],
                patchB=cards[b],
                connectionstyle=f"arc3,rad={rad}",
                arrowstyle="-|>",
                mutation_scale=7 + 1.5 * width,
                linewidth=width,
                shrinkA=1,
                shrinkB=1,
                color=CYCLE_COLOUR if red else EDGE_COLOUR,
                alpha=0.9 if red else (0.22 if b == BASE else 0.5),
                zorder=2 if red else 1,
            )
        )
        if red:
            (x1, y1), (x2, y2) = centres[a], centres[b]
            mx = (x1 + x2) / 2 + rad * (y2 - y1) / 2
            my = (y1 + y2) / 2 - rad * (x2 - x1) / 2
            ax.text(
                mx,
                my,
                str(count),
                fontsize=7,
                color=CYCLE_COLOUR,
                ha="center",
                va="center",
                fontweight="bold",
                zorder=6,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"},
            )

    ax.text(
        WIDTH_IN / 2,
        height - 0.12,
        f"{PACKAGE} at {snap.label}",
        ha="center",
        va="top",
        fontsize=11,
        fontweight="bold",
    )
    ax.text(
        WIDTH_IN / 2,
        height - 0.36,
        f"{snap.lines:,} lines in {len(snap.modules)} modules; "
        f"{len(snap.imports)} module-to-module imports, {sum(edges.values())} between nodes",
        ha="center",
        va="top",
        fontsize=8.5,
        color="#404040",
    )

    y = caption_h - 0.08
    ref = side(1000, scale)
    ax.add_patch(
        Rectangle(
            (0.15, y - ref), ref, ref, facecolor=CORE_COLOUR, edgecolor="#404040", linewidth=0.6
        )
    )
    ax.text(
        0.15 + ref + 0.08,
        y - ref / 2,
        "= 1,000 lines (square area is proportional to lines; dark: a core subpackage, light: "
        "a group of core modules).\nArrow A -> B: modules of A import modules of B; its width "
        "grows with the number of distinct module-to-module\nimports (arrows into core base "
        "fainter).   Red: arrows on an import loop between nodes, labelled with that number.",
        fontsize=7.5,
        va="center",
        linespacing=1.3,
    )
    y -= LEGEND_H_IN
    for line in caption:
        ax.text(0.15, y, line, fontsize=7.5, va="top", family="DejaVu Sans")
        y -= CAPTION_LINE_IN
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=DPI)
    plt.close(fig)
    print(f"wrote {out}", file=sys.stderr)


def warn_overlaps(boxes: dict[str, tuple[float, float, float, float]]) -> None:
    """Say when two cards overlap (a node grew, or one was added): move it in NODES."""
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            ax0, ay0, ax1, ay1 = boxes[a]
            bx0, by0, bx1, by1 = boxes[b]
            if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                print(f"warning: nodes '{a}' and '{b}' overlap; move one in NODES", file=sys.stderr)


def table(before: Snapshot, after: Snapshot) -> str:
    """The README's Markdown table: per node, lines, imports out and loops, before and after."""

    def stats(snap: Snapshot, name: str) -> tuple[int, int, str]:
        node = snap.nodes.get(name)
        lines = node.lines if node else 0
        out = sum(c for (a, _b), c in snap.edges().items() if a == name)
        loops = sum(1 for c in snap.module_cycles() if any(snap.node_of[m] == name for m in c))
        in_node_loop = any(name in c for c in snap.node_cycles())
        return lines, out, f"{loops}{' + node loop' if in_node_loop else ''}"

    note = (
        f"_Before: `{before.label}`; after: {after.label}. Loops: module import loops with a "
        "module in the node; node loop: the node is on a loop of arrows between nodes._"
    )
    names = list(NODES) + ([OTHER] if OTHER in before.nodes or OTHER in after.nodes else [])
    rows = [
        note,
        "",
        "| Node | Lines before | Lines after | Imports out before "
        "| Imports out after | Loops before | Loops after |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for name in names:
        lb, ob, cb = stats(before, name)
        la, oa, ca = stats(after, name)
        rows.append(f"| {name} | {lb:,} | {la:,} | {ob} | {oa} | {cb} | {ca} |")
    eb, ea = sum(before.edges().values()), sum(after.edges().values())
    rows.append(
        f"| **total** | **{before.lines:,}** | **{after.lines:,}** | **{eb}** | **{ea}** "
        f"| **{len(before.module_cycles())}** | **{len(after.module_cycles())}** |"
    )
    return "\n".join(rows)


def before_path(out: Path) -> Path:
    """Where --compare writes the first image when --out-before is not given."""
    if "after" in out.stem:
        return out.with_name(out.stem.replace("after", "before") + out.suffix)
    return out.with_name(out.stem + "_before" + out.suffix)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, draw one or two maps, print the table in --compare mode."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rev",
        default=WORKTREE,
        help="git revision to draw (default: the working tree as it is on disk)",
    )
    parser.add_argument("--out", type=Path, required=True, help="PNG to write")
    parser.add_argument(
        "--compare",
        metavar="REV_BEFORE",
        help="also draw REV_BEFORE on the same scale and print a Markdown table",
    )
    parser.add_argument(
        "--out-before",
        type=Path,
        help="PNG for REV_BEFORE (default: --out with 'after' -> 'before')",
    )
    args = parser.parse_args(argv)
    after = snapshot(args.rev)
    snaps = [after] if args.compare is None else [snapshot(args.compare), after]
    scale = max([SCALE_LINES] + [n.lines for s in snaps for n in s.nodes.values()])
    heights = row_heights(snaps, scale)
    lines = max(len(caption_rows(s)) for s in snaps)
    if args.compare is not None:
        draw(snaps[0], args.out_before or before_path(args.out), scale, heights, lines)
    draw(after, args.out, scale, heights, lines)
    if args.compare is not None:
        print(table(snaps[0], after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
