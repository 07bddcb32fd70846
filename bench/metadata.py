"""Page metadata (title, date, authors): brief's beside trafilatura's, on pages with known values.

Data: the test pages of newspaper4k, which ship with the values its tests expect
(``tests/data/html/NAME.html`` and ``tests/data/metadata/NAME.json``: title, authors,
publish_date, url). They are read at bench time from the package's source archive on PyPI
(``pip download newspaper4k==0.9.6 --no-binary :all: --no-deps`` into a temporary folder,
or ``--sdist PATH`` for an archive already downloaded); nothing of it is stored in this
repository.

The expected values are newspaper4k's regression fixtures, not human annotation: most are
right, some are newspaper4k's own mistakes (authors such as 'on December', 'at PM',
'www.facebook.com', or the authors of related stories). ``--show`` prints every page's
values so a reader can judge them; the totals count them as given.

Measures, per system and field (a page counts when the field is right; a page whose
expected value is empty is right when the system gives none):
- title: equal after Unicode NFKC, typographic quotes made straight, whitespace collapsed
  and case folded;
- date: the YYYY-MM-DD part of publish_date;
- authors: the same set of names, compared as titles are and without periods ("Dana A.
  Ford" is "Dana A Ford": trafilatura drops the periods of initials).

Systems: trafilatura.bare_extraction(html, url=URL, with_metadata=True), its defaults
(trafilatura's own metadata), and brief's ``article_from_html`` (the same extraction with
brief's settings, then brief's clean-up of title and authors).

Run: ``PYTHONPATH=. python bench/metadata.py [--sdist PATH] [--show]``
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsbrief.errors import InputError  # noqa: E402
from newsbrief.html import article_from_html  # noqa: E402

PACKAGE = "newspaper4k==0.9.6"
FIELDS = ("title", "date", "authors")


def download_sdist(folder: Path) -> Path:
    """The newspaper4k source archive, fetched with pip (PyPI's ordinary client)."""
    subprocess.run([sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps",
                    "--no-binary", ":all:", "--quiet", "-d", str(folder)], check=True)
    return next(folder.glob("newspaper4k-*.tar.gz"))


def read_pages(sdist: Path) -> list[dict]:
    """(name, html bytes, expected values) of each test page that has a metadata file."""
    pages = []
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1]: m for m in archive.getmembers() if "/" in m.name}
        for name in sorted(members):
            if not (name.startswith("tests/data/metadata/") and name.endswith(".json")):
                continue
            stem = name.rsplit("/", 1)[1][:-5]
            html = members.get(f"tests/data/html/{stem}.html")
            if html is None:
                continue
            expected = json.loads(archive.extractfile(members[name]).read())
            pages.append({"name": stem, "html": archive.extractfile(html).read(),
                          "expected": expected})
    return pages


def gold(expected: dict) -> dict:
    date = expected.get("publish_date") or None
    return {"title": expected.get("title") or None,
            "date": date[:10] if date else None,
            "authors": list(expected.get("authors") or [])}


def trafilatura_values(html: bytes, url: str | None) -> dict:
    import trafilatura

    document = trafilatura.bare_extraction(html.decode("utf-8", errors="replace"), url=url,
                                           with_metadata=True)
    if document is None:
        return {"title": None, "date": None, "authors": []}
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return {"title": document.title, "date": (document.date or "")[:10] or None,
            "authors": authors}


def brief_values(html: bytes, url: str | None, name: str) -> dict:
    try:
        article = article_from_html(html, name, url=url)
    except InputError:  # no article text: brief gives no brief, so no metadata either
        return {"title": None, "date": None, "authors": []}
    return {"title": article.title, "date": article.date, "authors": list(article.authors)}


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return " ".join(text.split()).casefold()


def _name(text: str) -> str:
    """A name with its initials' periods dropped: "Dana A. Ford" is "Dana A Ford"."""
    return " ".join(_norm(text).replace(".", " ").split())


def right(field: str, value, expected) -> bool:
    if field == "authors":
        return {_name(a) for a in value} == {_name(a) for a in expected}
    return _norm(value) == _norm(expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdist", type=Path, help="newspaper4k source archive (.tar.gz)")
    parser.add_argument("--show", action="store_true", help="print every page's values")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sdist = args.sdist
        if sdist is None:
            try:
                sdist = download_sdist(Path(folder))
            except (subprocess.CalledProcessError, StopIteration, OSError) as exc:
                print(f"could not download {PACKAGE} from PyPI ({exc}); nothing was measured. "
                      f"Give --sdist PATH to an archive downloaded before.")
                return
        pages = read_pages(sdist)
    systems = {"trafilatura (own metadata)": trafilatura_values, "brief": None}
    scores = {system: dict.fromkeys(FIELDS, 0) for system in systems}
    for page in pages:
        expected = gold(page["expected"])
        url = page["expected"].get("url")
        values = {"trafilatura (own metadata)": trafilatura_values(page["html"], url),
                  "brief": brief_values(page["html"], url, page["name"])}
        for system, found in values.items():
            for field in FIELDS:
                scores[system][field] += right(field, found[field], expected[field])
        if args.show:
            print(f"== {page['name']}  ({url})")
            for field in FIELDS:
                print(f"  {field:8} expected    {expected[field]!r}")
                for system, found in values.items():
                    mark = "ok " if right(field, found[field], expected[field]) else "   "
                    print(f"  {'':8} {mark}{system[:11]:12}{found[field]!r}")
    total = len(pages)
    print(f"\n{total} pages of newspaper4k's tests ({PACKAGE}) with expected values; "
          f"pages right per field")
    print("| system | title | date | authors |")
    print("|---|---:|---:|---:|")
    for system, counts in scores.items():
        cells = " | ".join(f"{counts[f]}/{total} ({100 * counts[f] / total:.0f}%)"
                           for f in FIELDS)
        print(f"| {system} | {cells} |")


if __name__ == "__main__":
    main()
