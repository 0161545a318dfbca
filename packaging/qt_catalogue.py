"""Update the GUI's Qt catalogues (resources/translations/eventmate_*.ts) from the sources.

    python packaging/qt_catalogue.py            # update every .ts, keep what is translated
    python packaging/qt_catalogue.py --check    # exit 1 if a .ts is out of date

``pyside6-lupdate`` reads ``self.tr(…)`` and ``QCoreApplication.translate(…)`` but not the
small module-level helpers the GUI uses (``def _tr(text): return
QCoreApplication.translate("Ctx", text)``, ``tr = QCoreApplication.translate``), nor
``window.tr(…)`` on a parameter typed ``MainWindow``; this reads them all from the syntax
tree, in the contexts Qt looks them up in at run time (PySide's ``tr`` tries the object's
classes in method resolution order). ``pyside6-lrelease`` compiles the result.

``eventmate_en.ts`` holds only the plural forms: the English sources say "%n people", and
English needs "1 person" too.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "src" / "eventmate" / "gui", ROOT / "src" / "eventmate" / "app")
CATALOGUES = ROOT / "resources" / "translations"
#: Language code → whether its catalogue holds every message (False: plural forms only).
LANGUAGES = {"de": True, "en": False}
_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Message:
    """One translatable text in one context."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    files: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """A translation call the catalogue cannot hold (its text is not a literal)."""

    where: str
    what: str


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """``Ctx`` for ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and _literal(s.value))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not function.args.args:
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _is_translate(call.func, set()) and len(call.args) >= 2):
        return None
    parameter = function.args.args[0].arg
    second = call.args[1]
    if isinstance(second, ast.Name) and second.id == parameter:
        return _literal(call.args[0])
    return None


def _is_translate(func: ast.expr, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in _APPLICATIONS
    return isinstance(func, ast.Name) and func.id in aliases


class _Reader(ast.NodeVisitor):
    """Collects the translatable texts of one module."""

    def __init__(self, filename: str, shared: dict[str, dict[str, str]]) -> None:
        self.filename = filename
        self.shared = shared
        self.messages: list[Message] = []
        self.problems: list[Problem] = []
        self.classes: list[str] = []
        self.typed: list[dict[str, str]] = [{}]
        self.wrappers: dict[str, str] = {}
        self.translate_aliases: set[str] = set()

    def read(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):  # helpers first: they may be defined below their use
            if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node)):
                self.wrappers[node.name] = context
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in self.shared:
                for alias in node.names:
                    if alias.name in self.shared[node.module]:
                        context = self.shared[node.module][alias.name]
                        self.wrappers[alias.asname or alias.name] = context
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
                if not isinstance(target, ast.Name):
                    continue
                if _is_translate(value, set()):
                    self.translate_aliases.add(target.id)
                elif isinstance(value, ast.Name) and value.id in self.wrappers:
                    self.wrappers[target.id] = self.wrappers[value.id]
        self.visit(tree)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        typed = dict(self.typed[-1])
        for argument in [*node.args.args, *node.args.kwonlyargs]:
            annotation = argument.annotation
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                typed[argument.arg] = annotation.value
            elif isinstance(annotation, ast.Name):
                typed[argument.arg] = annotation.id
        self.typed.append(typed)
        self.generic_visit(node)
        self.typed.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            context = self._tr_context(func.value)
            if context is not None:
                self._add(node, context, node.args[0:1], node.args[1:2], node.args[2:3])
        elif _is_translate(func, self.translate_aliases):
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self._problem(node, "translate() with a context that is not a literal")
            else:
                self._add(node, context, node.args[1:2], node.args[2:3], node.args[3:4])
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._add(node, self.wrappers[func.id], node.args[0:1], [], node.args[1:2])
        elif isinstance(func, ast.Name) and func.id in ("tr", "_tr", "translate"):
            self._problem(node, f"{func.id}() whose context is not known")

    def _tr_context(self, owner: ast.expr) -> str | None:
        if isinstance(owner, ast.Name):
            if owner.id in ("self", "cls") and self.classes:
                return self.classes[-1]
            if owner.id in self.typed[-1]:
                return self.typed[-1][owner.id].split(".")[-1].split("|")[0].strip()
        self._problem_at(owner, "tr() on an object whose class is not known")
        return None

    def _add(
        self,
        node: ast.Call,
        context: str,
        source: list[ast.expr],
        comment: list[ast.expr],
        count: list[ast.expr],
    ) -> None:
        text = _literal(source[0]) if source else None
        if text is None:
            if not (source and isinstance(source[0], ast.Name)) or not self._inside_wrapper(node):
                self._problem(node, "a translated text that is not a literal")
            return
        note = (_literal(comment[0]) or "") if comment else ""
        self.messages.append(Message(context, text, note, bool(count), [self.filename]))

    def _inside_wrapper(self, node: ast.Call) -> bool:
        return isinstance(node.func, ast.Attribute) and node.func.attr == "translate"

    def _problem(self, node: ast.AST, what: str) -> None:
        self._problem_at(node, what)

    def _problem_at(self, node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        self.problems.append(Problem(f"{self.filename}:{line}", what))


def extract(roots: tuple[Path, ...] = SOURCES) -> tuple[list[Message], list[Problem]]:
    """Every translatable text under ``roots`` (merged by context and text), and the problems."""
    merged: dict[tuple[str, str, str], Message] = {}
    problems: list[Problem] = []
    bases = {
        path: (ROOT / "src" if root.is_relative_to(ROOT / "src") else root.parent)
        for root in roots
        for path in sorted(root.rglob("*.py"))
    }
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in bases}
    shared: dict[str, dict[str, str]] = {}  # module → its helpers (imported elsewhere)
    for path, tree in trees.items():
        module = ".".join(path.relative_to(bases[path]).with_suffix("").parts)
        shared[module] = {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node))
        }
    for path, tree in trees.items():
        filename = path.relative_to(ROOT if path.is_relative_to(ROOT) else bases[path]).as_posix()
        reader = _Reader(filename, shared)
        reader.read(tree)
        problems += reader.problems
        for message in reader.messages:
            key = (message.context, message.source, message.comment)
            if key in merged:
                known = merged[key]
                known.numerus = known.numerus or message.numerus
                if filename not in known.files:
                    known.files.append(filename)
            else:
                merged[key] = message
    return list(merged.values()), problems


def _translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The ``<translation>`` elements of an existing catalogue by (context, source, comment)."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None:
                found[key] = translation
    return found


def catalogue(messages: list[Message], language: str, old: Path) -> bytes:
    """The ``.ts`` text for ``language``: ``messages`` with the translations ``old`` had."""
    complete = LANGUAGES[language]
    known = _translations(old)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        if complete or message.numerus:
            by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.source, m.comment)):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for filename in message.files:
                ET.SubElement(element, "location", filename=f"../../{filename}")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = known.get((name, message.source, message.comment))
            if translation is None or _empty(translation, message.numerus):
                translation = ET.Element("translation", type="unfinished")
                if message.numerus:
                    ET.SubElement(translation, "numerusform")
            element.append(translation)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode()


def _empty(translation: ET.Element, numerus: bool) -> bool:
    forms = translation.findall("numerusform")
    if numerus:
        return not forms or not all(form.text for form in forms)
    return bool(forms) or not translation.text


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) every catalogue; report calls it cannot read."""
    messages, problems = extract()
    for problem in problems:
        print(f"{problem.where}: {problem.what}", file=sys.stderr)
    stale = []
    for language in LANGUAGES:
        path = CATALOGUES / f"eventmate_{language}.ts"
        text = catalogue(messages, language, path)
        if path.exists() and path.read_bytes() == text:
            continue
        if "--check" in argv:
            stale.append(path.name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text)
            print(f"updated {path.relative_to(ROOT)}")
    if stale:
        print("out of date (run `make translations-gui`): " + ", ".join(stale), file=sys.stderr)
    print(f"{len(messages)} texts")
    return 1 if stale or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
