"""The layers, checked on the source: ``ui`` → ``guard`` → ``detectors``, and Qt only in ``ui``.

Every import in every module counts — at the top, inside a function, under ``try``, and
``importlib.import_module("...")`` with a literal name — because a lazy import breaks a layer
just as much as an eager one.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: package → the top-level packages it must never import, and why.
FORBIDDEN = {
    "guard": {"PySide6": "guard is Qt-free", "shiboken6": "guard is Qt-free", "ui": "guard sits below ui"},
    "detectors": {"PySide6": "detectors are Qt-free", "shiboken6": "detectors are Qt-free",
                  "ui": "detectors sit below ui", "guard": "detectors know nothing of windows or policy"},
    "ui": {"detectors": "ui reaches the detectors through guard (guard.setup builds them)"},
}


def imported_names(source: str, module: str) -> list[tuple[int, str]]:
    """Every module name ``source`` imports: (line, dotted name); relative imports made absolute."""
    tree = ast.parse(source)
    package = module.rsplit(".", 1)[0] if "." in module else module
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                found.append((node.lineno, node.args[0].value))
    return found


def violations(package: str, module: str, source: str) -> list[str]:
    out = []
    for line, name in imported_names(source, module):
        top = name.split(".")[0]
        why = FORBIDDEN[package].get(top)
        if why:
            out.append(f"{module}:{line} imports {name} ({why})")
    return out


def modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        yield ".".join(parts), path


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_hold(package):
    found = []
    count = 0
    for module, path in modules(package):
        count += 1
        found += violations(package, module, path.read_text(encoding="utf-8"))
    assert count > 5, f"no modules found under {package}/"
    assert not found, "\n".join(found)


@pytest.mark.parametrize("package, source", [
    ("guard", "from PySide6.QtCore import QTimer"),
    ("guard", "def f():\n    import ui.tray\n"),
    ("guard", "try:\n    from ui import app\nexcept ImportError:\n    pass\n"),
    ("guard", "import importlib\nimportlib.import_module('PySide6.QtWidgets')\n"),
    ("detectors", "from guard.policy import load_policy"),
    ("detectors", "from ...guard import policy"),
    ("ui", "from detectors import get_detector"),
    ("ui", "def build():\n    from detectors.engine import Detector\n"),
])
def test_the_check_sees_every_kind_of_import(package, source):
    module = f"{package}.sub.mod"
    assert violations(package, module, source), source


@pytest.mark.parametrize("package, source", [
    ("guard", "from detectors.model import Analysis"),
    ("ui", "from guard.setup import assemble"),
    ("detectors", "from .model import Analysis"),
])
def test_the_allowed_direction_passes(package, source):
    assert violations(package, f"{package}.sub.mod", source) == []


def test_the_categories_and_the_table_readers_import_no_recognizer():
    """``detectors.categories`` reads the text on its own, and ``detectors.tables`` serves both: neither may import
    ``detectors.recognizers`` (a recognizer imports them, so the other way round would be a cycle)."""
    paths = sorted((ROOT / "detectors" / "categories").rglob("*.py")) + [ROOT / "detectors" / "tables.py"]
    found = []
    for path in paths:
        rel = path.relative_to(ROOT).with_suffix("")
        module = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        found += [f"{module}:{line} imports {name}" for line, name in imported_names(path.read_text(encoding="utf-8"),
                                                                                     module)
                  if name == "detectors.recognizers" or name.startswith("detectors.recognizers.")]
    assert len(paths) > 3 and not found, "\n".join(found)
