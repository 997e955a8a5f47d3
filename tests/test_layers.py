"""The rooms of server/irlens import only downward: no room imports one above it, and no two rooms import
each other (directly or round a longer loop). Imports are read with ast, the lazy ones inside functions
and those under TYPE_CHECKING included: each is still an arrow between rooms."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "server" / "irlens"
RECIPE = REPO / "models" / "recipe"  # the model recipe: may import irlens, is never imported by it

# The allowed order, highest first: a room may import the rooms of its own tier and of every tier below.
# A room is a subpackage of irlens or a module at its top level.
LAYERS: list[set[str]] = [
    {"__main__"},
    {"cli", "bench", "launcher"},
    {"options"},  # command-line options shared by cli and bench
    {"lsp"},
    {"engine"},
    {"report"},
    {"optimize", "lift"},
    {"model", "toolchain"},
    {"ir"},
    {"config", "input_files", "output_files", "irlens"},  # "irlens": the package itself (__version__)
]
TIER = {room: tier for tier, rooms in enumerate(LAYERS) for room in rooms}


def room_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, *, everything: bool = False) -> set[str]:
    """The irlens modules (or packages) that path imports, relative imports resolved (`everything`: all
    modules it imports, not only irlens')."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            if base == "irlens":  # `from irlens import cli` imports the room cli
                found.update(f"irlens.{alias.name}" for alias in node.names
                             if (PACKAGE / alias.name).is_dir() or (PACKAGE / f"{alias.name}.py").exists())
    return {name for name in found if everything or name == "irlens" or name.startswith("irlens.")}


def room_imports() -> dict[tuple[str, str], list[str]]:
    """(importing room, imported room) -> the importing modules, for imports between two rooms."""
    arrows: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        for imported in imported_modules(path):
            arrow = (room_of(importer), room_of(imported))
            if arrow[0] != arrow[1]:
                arrows.setdefault(arrow, []).append(f"{importer} -> {imported}")
    return arrows


def cycles(arrows: set[tuple[str, str]]) -> list[list[str]]:
    """The strongly connected sets of more than one room (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for source, target in arrows:
        graph.setdefault(source, set()).add(target)
        graph.setdefault(target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(room: str) -> None:
        index[room] = low[room] = len(index)
        stack.append(room)
        for target in graph[room]:
            if target not in index:
                visit(target)
                low[room] = min(low[room], low[target])
            elif target in stack:
                low[room] = min(low[room], index[target])
        if low[room] == index[room]:
            component = []
            while (member := stack.pop()) != room:
                component.append(member)
            component.append(room)
            if len(component) > 1:
                found.append(sorted(component))

    for room in sorted(graph):
        if room not in index:
            visit(room)
    return found


def test_every_room_has_a_place_in_the_order() -> None:
    rooms = {room_of(module_name(path)) for path in PACKAGE.rglob("*.py")}
    assert rooms - TIER.keys() == set(), "add the new room to LAYERS"


def upward_imports(arrows: dict[tuple[str, str], list[str]]) -> list[str]:
    return [line for (importer, imported), lines in sorted(arrows.items())
            if TIER[importer] > TIER[imported] for line in lines]


def test_no_room_imports_a_room_above_it() -> None:
    assert upward_imports(room_imports()) == []


def test_no_rooms_import_each_other() -> None:
    assert cycles(set(room_imports())) == []


def recipe_imports() -> set[tuple[str, str]]:
    """(recipe module, recipe module) for every import between two modules of the recipe."""
    arrows = set()
    for path in sorted(RECIPE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module == "models.recipe":
                arrows.update((path.stem, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.recipe."):
                arrows.add((path.stem, (node.module or "").rpartition(".")[2]))
    return arrows


def test_the_recipe_modules_import_no_loop_and_the_server_never_the_recipe() -> None:
    assert ("rank", "coreset") in recipe_imports()  # the parse sees the recipe's imports
    assert cycles(recipe_imports()) == []
    imported = {name for path in PACKAGE.rglob("*.py") for name in imported_modules(path, everything=True)}
    assert not {name for name in imported if name.split(".")[0] == "models"}


def test_the_check_sees_an_upward_import_and_a_cycle() -> None:
    assert upward_imports({("optimize", "engine"): ["irlens.optimize.x -> irlens.engine.y"],
                           ("engine", "optimize"): ["irlens.engine.y -> irlens.optimize.x"]}) == [
        "irlens.optimize.x -> irlens.engine.y"]
    assert cycles({("bench", "cli"), ("cli", "bench"), ("cli", "ir")}) == [["bench", "cli"]]
    assert cycles({("engine", "report"), ("report", "optimize"), ("optimize", "engine")}) == [
        ["engine", "optimize", "report"]]
