"""Check the code examples of the documentation against the installed geotext.

Usage, from the repository root::

    .venv/bin/python docs/_ext/check_examples.py            # every docs/*.md page
    .venv/bin/python docs/_ext/check_examples.py docs/parser.md

Each page runs in a fresh namespace, its fenced blocks in order: a ```` ```python ```` block
is executed, a ```` ```pycon ```` block is run as a doctest (outputs must match exactly).
A page with a ```` ```toml ```` block declaring ``[project.entry-points."geotext.extractors"]``
gets those entry points installed for the duration of the page, in a temporary directory,
each module made of the page's first ``python`` block that defines the named object.
Exit status 1 when any example fails.
"""

from __future__ import annotations

import doctest
import importlib
import re
import sys
import tempfile
from pathlib import Path

FENCE = re.compile(
    r"^(?P<indent>[ ]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.M | re.S
)
ENTRY_POINTS = re.compile(
    r'\[project\.entry-points\."geotext\.extractors"\]\n(?P<lines>(?:.+\n?)+)'
)
ENTRY = re.compile(r'^\s*(?P<name>[\w-]+)\s*=\s*"(?P<module>[\w.]+):(?P<attr>\w+)"', re.M)


def blocks(text: str) -> list[tuple[str, str, int]]:
    found = []
    for m in FENCE.finditer(text):
        indent = len(m.group("indent"))
        body = "\n".join(line[indent:] for line in m.group("body").split("\n"))
        found.append((m.group("lang"), body, text[: m.start()].count("\n") + 2))
    return found


def install_entry_points(page: list[tuple[str, str, int]], root: Path) -> bool:
    entries = []
    for lang, body, _ in page:
        if lang == "toml" and (m := ENTRY_POINTS.search(body + "\n")):
            entries += ENTRY.findall(m.group("lines"))
    if not entries:
        return False
    for _name, module, attr in entries:
        source = next(
            body
            for lang, body, _ in page
            if lang == "python" and re.search(rf"^(class|def) {attr}\b|^{attr} =", body, re.M)
        )
        path = root.joinpath(*module.split(".")).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(root).parents:
            if parent != Path("."):
                (root / parent / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    info = root / "docs_examples-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: docs-examples\nVersion: 0\n")
    lines = "".join(f"{name} = {module}:{attr}\n" for name, module, attr in entries)
    (info / "entry_points.txt").write_text(f"[geotext.extractors]\n{lines}")
    return True


def check(path: Path) -> int:
    page = blocks(path.read_text(encoding="utf-8"))
    globs: dict[str, object] = {"__name__": "__main__"}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    parser = doctest.DocTestParser()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        installed = install_entry_points(page, Path(tmp))
        if installed:
            sys.path.insert(0, tmp)
            importlib.invalidate_caches()
        try:
            for lang, body, line in page:
                if lang == "python":
                    try:
                        exec(compile(body, f"{path}:{line}", "exec", dont_inherit=True), globs)
                    except Exception as error:
                        failed += 1
                        print(f"{path}:{line}: {type(error).__name__}: {error}")
                elif lang == "pycon":
                    test = parser.get_doctest(body, globs, f"{path}:{line}", str(path), line - 1)
                    failed += runner.run(test, clear_globs=False).failed
                    globs.update(test.globs)
        finally:
            if installed:
                sys.path.remove(tmp)
                importlib.invalidate_caches()
    print(f"{path}: {'ok' if not failed else f'{failed} failed'}")
    return failed


def main(argv: list[str]) -> int:
    docs = Path(__file__).resolve().parents[1]
    paths = [Path(a) for a in argv] or sorted(docs.glob("*.md"))
    return 1 if sum(check(p) for p in paths) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
