"""Article extraction from HTML: brief's loader beside trafilatura called directly.

Data: scrapinghub's article-extraction-benchmark (181 news pages with
human-annotated article bodies), read from ``--data`` (default
``<repo>/../shared/data``); nothing of it is stored in the repository.

Measures, per system:
- token P/R/F1: bag-of-tokens overlap (``\\w+`` tokens, case kept, counts
  clipped) of the extracted text against ``articleBody``; precision and
  recall are averaged over documents and F1 is the harmonic mean of the two
  averages (the benchmark's own convention). ``4-gram F1`` is the same on
  4-token shingles, the benchmark's published measure.
- from body: the share of summary sentences (method "brief", 3 sentences)
  that come from the article body: a sentence counts if its normalised text
  (lower-cased ``\\w+`` tokens joined by spaces) is a substring of the
  normalised ``articleBody``, or if >= 90% of its tokens occur in it.
- ms/page: extraction time only (for brief: ``load_article`` on the HTML bytes).
- dates (brief only; the set has no gold dates): pages with a date, and, among
  pages whose URL holds a ``/YYYY/MM/DD/`` date, how many dates agree with it.

The set has no train/test split: pages whose id sorts in the first half are
the dev half (settings were chosen there); both halves and the whole are shown.

``--ablation`` also prints, on the dev half only, trafilatura.extract() with
one setting changed at a time: how brief's settings were chosen.

Run: ``PYTHONPATH=. python bench/extraction.py [--data DIR] [--ablation]``
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsbrief.errors import InputError  # noqa: E402
from newsbrief.pipeline import load_article, summarize_article  # noqa: E402
from newsbrief.records import Article, Options  # noqa: E402

_TOKEN = re.compile(r"\w+")
SUMMARY = Options(method="brief", sentences=3, facts=False)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def overlap(gold: list, pred: list) -> tuple[float, float]:
    """Precision and recall of ``pred`` against ``gold`` as bags (multisets)."""
    common = sum((Counter(gold) & Counter(pred)).values())
    precision = common / len(pred) if pred else (1.0 if not gold else 0.0)
    recall = common / len(gold) if gold else 1.0
    return precision, recall


def shingles(words: list[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))] if words else []


def normalise(text: str) -> str:
    return " ".join(t.lower() for t in tokens(text))


def from_body(sentence: str, body_norm: str, body_vocab: set[str]) -> bool:
    """The rule stated in the module docstring."""
    norm = normalise(sentence)
    if not norm or f" {norm} " in f" {body_norm} ":
        return True
    words = norm.split()
    return sum(1 for w in words if w in body_vocab) >= 0.9 * len(words)


def brief_extract(html: bytes) -> Article | None:
    try:
        return load_article("-", stdin=io.BytesIO(html))
    except InputError:
        return None


def trafilatura_system(**settings):
    """An extractor calling trafilatura directly; the text becomes the body as is."""
    import trafilatura

    def run(html: bytes) -> Article | None:
        text = trafilatura.extract(html, **settings)
        return Article(source="-", body=text) if text and text.strip() else None

    return run


def evaluate(systems: dict, pages: dict[str, bytes], gold: dict[str, str]) -> dict:
    """Per-document scores of each system; systems take turns on each page so that
    load from other processes weighs on all of them alike."""
    rows: dict[str, dict] = {name: {} for name in systems}
    for page_id, html in pages.items():
        for name, extract in systems.items():
            start = time.perf_counter()
            article = extract(html)
            ms = (time.perf_counter() - start) * 1000
            rows[name][page_id] = score(article, gold[page_id], ms)
    return rows


def score(article: Article | None, gold: str, ms: float) -> tuple:
    """(token P/R, 4-gram P/R, summary sentences from the body, summary sentences, ms, empty)."""
    g, p = tokens(gold), tokens(article.body if article else "")
    hits = total = 0
    if article is not None:
        body_norm = normalise(gold)
        vocab = set(body_norm.split())
        for sentence in _summary(article):
            total += 1
            hits += from_body(sentence, body_norm, vocab)
    return overlap(g, p), overlap(shingles(g), shingles(p)), hits, total, ms, article is None


def _summary(article: Article) -> list[str]:
    try:
        return [s.text for s in summarize_article(article, SUMMARY).summary]
    except InputError:
        return []


def report(name: str, rows: dict, ids: list[str]) -> str:
    n = len(ids)
    p = sum(rows[i][0][0] for i in ids) / n
    r = sum(rows[i][0][1] for i in ids) / n
    sp = sum(rows[i][1][0] for i in ids) / n
    sr = sum(rows[i][1][1] for i in ids) / n
    hits = sum(rows[i][2] for i in ids)
    total = sum(rows[i][3] for i in ids)
    ms = sum(rows[i][4] for i in ids) / n
    failed = sum(rows[i][5] for i in ids)
    return (f"{name:<34} {n:>4} {p:6.3f} {r:6.3f} {_f1(p, r):6.3f} {_f1(sp, sr):8.3f} "
            f"{hits:>4}/{total:<4} {hits / max(total, 1):6.1%} {failed:>5} {ms:7.1f}")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--ablation", action="store_true",
                        help="also compare trafilatura settings on the dev half")
    args = parser.parse_args()
    root = args.data / "article-extraction-benchmark"
    if not (root / "ground-truth.json").is_file():
        print(f"extraction benchmark data not found in {root}; nothing to do")
        return 0
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    gold = {i: truth[i]["articleBody"] for i in ids}
    urls = {i: truth[i].get("url", "") for i in ids}
    pages = {i: gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    from newsbrief.html import EXTRACT_SETTINGS

    direct = {k: v for k, v in EXTRACT_SETTINGS.items() if k != "with_metadata"}
    systems = {
        "brief (load_article)": brief_extract,
        "trafilatura.extract() defaults": trafilatura_system(),
        "trafilatura.extract(brief settings)": trafilatura_system(**direct),
    }
    half = len(ids) // 2
    splits = {"dev": ids[:half], "rest": ids[half:], "all": ids}
    for run in systems.values():  # warm up: imports and caches are not per-page costs
        run(pages[ids[0]])
    results = evaluate(systems, pages, gold)
    print(f"brief settings: {EXTRACT_SETTINGS}")
    print(f"{'system':<34} {'docs':>4} {'tokP':>6} {'tokR':>6} {'tokF1':>6} {'4gramF1':>8} "
          f"{'from body':>16} {'empty':>5} {'ms/page':>7}")
    for split, split_ids in splits.items():
        print(f"-- {split} ({len(split_ids)} pages)")
        for name in systems:
            print(report(name, results[name], split_ids))
    print(date_report(pages, urls))
    if args.ablation:
        ablation({i: pages[i] for i in splits["dev"]}, gold)
    return 0


ABLATION = {
    "defaults (comments included)": {},
    "include_comments=False": {"include_comments": False},
    "  + favor_precision (brief)": {"include_comments": False, "favor_precision": True},
    "  + favor_recall": {"include_comments": False, "favor_recall": True},
    "  + include_tables=False": {"include_comments": False, "include_tables": False},
    "  + deduplicate=True": {"include_comments": False, "deduplicate": True},
    "  + fast=True": {"include_comments": False, "fast": True},
    "  + favor_precision + fast": {"include_comments": False, "favor_precision": True,
                                   "fast": True},
}


def ablation(pages: dict[str, bytes], gold: dict[str, str]) -> None:
    """trafilatura.extract() with one setting changed at a time, on the dev pages."""
    systems = {name: trafilatura_system(**settings) for name, settings in ABLATION.items()}
    rows = evaluate(systems, pages, gold)
    print(f"-- ablation on the dev half ({len(pages)} pages), "
          "trafilatura.extract() called directly")
    for name in systems:
        print(report(name, rows[name], list(pages)))


_URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)/")


def date_report(pages: dict[str, bytes], urls: dict[str, str]) -> str:
    """How often brief finds a date, and agrees with a date written in the page's URL."""
    dated = checked = agree = 0
    for page_id, html in pages.items():
        article = brief_extract(html)
        date = article.date if article else None
        dated += date is not None
        match = _URL_DATE.search(urls[page_id])
        if match:
            checked += 1
            agree += date == "-".join(match.groups())
    return (f"brief dates: {dated}/{len(pages)} pages dated; agrees with the URL's date on "
            f"{agree}/{checked} pages whose URL has /YYYY/MM/DD/")


if __name__ == "__main__":
    sys.exit(main())
