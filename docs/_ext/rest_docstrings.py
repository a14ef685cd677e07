"""Griffe extension of the docs build: geotext's reST-flavoured docstrings read as Markdown.

geotext writes its docstrings for ``help()`` and doctest: Sphinx roles (:class:`Span`),
bare ``>>>`` examples, ``::`` literal blocks and ``#:`` comments on constants. mkdocstrings
renders docstrings as Markdown, where a doctest's output such as ``['a', 'b']`` reads as a
broken link. This extension rewrites the docstrings of the loaded package, in memory only:

- a run of lines from ``>>>`` to the next blank line becomes a ```` ```pycon ```` fence;
- a paragraph ending in ``::`` introduces a fenced literal block;
- ``:role:`target``` becomes a cross-reference when ``target`` names a geotext object
  (resolved in the docstring's scope, as Python would), and inline code otherwise;
- ``#:`` comment lines just above a module or class attribute become its docstring.

It is referenced from ``mkdocs.yml`` and excluded from the built site.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import griffe

_ROLE = re.compile(
    r":(?:py:)?(?:class|meth|attr|func|exc|mod|data|obj|const):`(~?)([\w.]+)(?:\(\))?`"
)


def _fence_doctests(text: str) -> str:
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(">>>") and not (out and out[-1].startswith("```")):
            indent = line[: len(line) - len(line.lstrip())]
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i][len(indent) :])
                i += 1
            out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _fence_literals(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.rstrip().endswith("::") or i >= len(lines) or lines[i].strip():
            continue
        j = i + 1
        block = []
        while j < len(lines) and (not lines[j].strip() or lines[j].startswith((" ", "\t"))):
            block.append(lines[j])
            j += 1
        while block and not block[-1].strip():
            block.pop()
        if not block:
            continue
        out[-1] = line.rstrip()[:-1]
        out += ["", "```", *textwrap.dedent("\n".join(block)).split("\n"), "```"]
        i = j
    return "\n".join(out)


class RestDocstrings(griffe.Extension):
    """Rewrites the docstrings of the loaded package so that they render as Markdown."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        self._collection = loader.modules_collection
        self._walk(pkg)

    def _walk(self, obj: griffe.Object) -> None:
        for member in obj.members.values():
            if member.is_alias:
                continue
            if member.is_attribute and member.docstring is None:
                self._comment_docstring(member)
            self._walk(member)
        if obj.docstring is not None:
            value = _fence_literals(_fence_doctests(obj.docstring.value))
            obj.docstring.value = _ROLE.sub(lambda m: self._role(obj, m), value)

    def _role(self, obj: griffe.Object, match: re.Match[str]) -> str:
        short, target = match.group(1), match.group(2)
        shown = target.rsplit(".", 1)[-1] if short else target
        path = self._resolve(obj, target)
        return f"[`{shown}`][{path}]" if path else f"`{shown}`"

    def _resolve(self, obj: griffe.Object, target: str) -> str | None:
        first, _, rest = target.partition(".")
        if first == "geotext":
            path = target
        else:
            try:
                path = obj.resolve(first)
            except griffe.NameResolutionError:
                return None
            path = f"{path}.{rest}" if rest else path
        if not path.startswith("geotext"):
            return None
        try:
            self._collection[path]
        except KeyError:
            return None
        return path

    @staticmethod
    def _comment_docstring(attr: griffe.Object) -> None:
        if attr.lineno is None or attr.filepath is None:
            return
        lines = attr.lines_collection[attr.filepath]
        comments: list[str] = []
        index = attr.lineno - 2
        while index >= 0 and lines[index].lstrip().startswith("#:"):
            comments.insert(0, lines[index].lstrip()[2:].strip())
            index -= 1
        if comments:
            parent_doc = attr.module.docstring
            attr.docstring = griffe.Docstring(
                "\n".join(comments),
                lineno=index + 2,
                endlineno=attr.lineno - 1,
                parent=attr,
                parser=parent_doc.parser if parent_doc else None,
                parser_options=parent_doc.parser_options if parent_doc else None,
            )
