"""Broken summary sentences on every dev set: opening in lower case, opening mid-name after an
initial, or photo captions, live-blog timestamps and page furniture.

Usage: python bench/sentences.py [--data DIR] [--methods brief,lead] [--show N]

Each article is summarized (3 sentences, as bench/rouge.py) in its own form, and the
DailyMail and CNN sets also in the one-paragraph form of the official copies (``flat``).
The rules here are the benchmark's own, written apart from brief's so that they check it:

- lower: the sentence opens with a lower-case letter ("and the club said ...");
- initial: the article text just before the sentence ends with a lone capital and a period
  ("B." of "B.B. King", "U.S."), and the sentence opens with a capitalised word other than a
  common opener ("The", "He", "But", ...), so it opens in the middle of a name;
- caption: a DailyMail photo caption: "(left)"/"(right)"/"(pictured)" or "Pictured:", or a
  "Label: text" opening without final punctuation;
- label: any other sentence that opens with "Label: ", but for one that introduces someone's
  words ("He said: ..."): a DailyMail caption that ends with a stop ("Retread: David Cameron
  with Samantha yesterday."), a caption run into a sentence, a transcript's speaker, or a
  writer's own label ("Among the evidence: A piece of paper ..."); counted to be read, as
  these rules cannot tell them apart;
- timestamp: a live-blog time ("83mins:", "12.05pm:") or a page stamp ("Updated Mar 3, 2014
  5:10 PM ET", "PUBLISHED: 04:13 EST") at the start;
- furniture: "Scroll down for video", "Click here to ...", "Follow our live coverage ...",
  "Sorry we are not currently accepting comments" anywhere in the sentence;
- abbreviation: a sentence cut at a title written short or at a clock's "a.m."/"p.m.": it
  ends with "Gov.", "Sgt.", "Rev." ... ("... a complaint against Illinois Gov."), or opens
  right after one with a capitalised word other than a common opener ("Rod Blagojevich was
  ..."), or opens with a time zone right after "a.m."/"p.m." ("ET) Saturday, ...");
- run-on: a caption or a heading run into a sentence with no stop between them: a word in
  lower case, then a capitalised word that opens sentences and never stands capitalised
  inside one ("The", "He", "However", ...), then one in lower case ("... undermined their
  authority The new colours have been chosen ...").
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import data_arg, read_jsonl  # noqa: E402

SETS = (
    ("cnn-dev", ("cnn-stories", "dev.jsonl"), ("own", "flat")),
    ("cnn-val", ("cnn-val", "dev.jsonl"), ("flat",)),
    ("dm-dev", ("dailymail-dev", "dev.jsonl"), ("own", "flat")),
    ("dm-hf-train", ("dailymail-hf-train", "dev.jsonl"), ("flat",)),
    ("dm-val", ("dailymail-val", "dev.jsonl"), ("flat",)),
    ("dm-val-more", ("dailymail-val", "more.jsonl"), ("flat",)),
    ("bbc-dev", ("bbc-news-summary", "dev.jsonl"), ("own",)),
)
KINDS = ("lower", "initial", "abbreviation", "caption", "label", "timestamp", "furniture",
         "run-on")

_INITIAL_BEFORE = re.compile(r"(?:^|[\s.(])[A-Z]\.\s*$")
_CAPTION = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|pictured|inset)\b[^)]*\)|"
    r"(?:^|\s)[Pp]ictured(?: left| right| above| below| here)?:\s")
_LABEL = re.compile(r"^['‘\"“]?[A-Z][\w'’-]*(?: [\w'’-]+){0,4}['’\"”]?:\s")
# A label that introduces someone's words is none ("He said: ...", "Kat Wray tweeted: ...").
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|tweeted|added|adds|explained"
                     r"|asked|posted|stated|read|reads|continued|insisted|warned)\b", re.I)
_TIMESTAMP = re.compile(
    r"^(?:\d{1,3}(?:\+\d)? ?mins?\b|\d{1,2}[.:]\d{2} ?(?:[ap]\.?m\.?)?\s*:|"
    r"(?:updated|published|posted|last updated)\b:?\s*(?:at\s*)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))",
    re.IGNORECASE)
_FURNITURE = re.compile(
    r"scroll down for|click here (?:to|for)|follow our live|follow .{0,40}live coverage|"
    r"sorry we are not currently|share or comment on this", re.IGNORECASE)
# Words that open sentences: after "... with the U.S." they start a new one.
_OPENERS = frozenset("The A An He She It They We I His Her Their This That There But And In "
                     "On At After When While If As So Later Now Then Meanwhile".split())
_ENDS = (".", "!", "?", "…", '"', "'", "”", "’", ")")
_TITLES = (r"(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Cpl|Pvt|Supt|Det|Insp|Prof|Rev"
           r"|Hon|Atty|Amb)\.")
_ENDS_TITLE = re.compile(r"(?:^|[\s(])" + _TITLES + r"$")
_AFTER_TITLE = re.compile(r"(?:^|[\s(])" + _TITLES + r"\s*$")
_AFTER_CLOCK = re.compile(r"\b[ap]\.m\.\s*$")
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC".split())
_RUN_ON = re.compile(r"\b[a-z][a-z'’-]* (?:The|He|She|They|His|Her|Their|However|Meanwhile|During"
                     r"|According|Despite|Although) [a-z]")


def flatten(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def kinds(sentence: str, before: str) -> list[str]:
    """The rules a summary sentence breaks; ``before`` is the article text just before it."""
    found = []
    if sentence[:1].islower():
        found.append("lower")
    if (sentence[:1].isupper() and _INITIAL_BEFORE.search(before[-12:])
            and sentence.split(None, 1)[0] not in _OPENERS):
        found.append("initial")
    head = sentence.split(None, 1)[0] if sentence.strip() else ""
    if (_ENDS_TITLE.search(sentence)
            or (_AFTER_TITLE.search(before[-12:]) and head[:1].isupper() and head not in _OPENERS)
            or (_AFTER_CLOCK.search(before[-8:]) and head.rstrip(",;:)]") in _TIME_ZONES)):
        found.append("abbreviation")
    if _CAPTION.search(sentence) or (_LABEL.match(sentence) and not sentence.endswith(_ENDS)):
        found.append("caption")
    elif (label := _LABEL.match(sentence)) and not _SPEECH.search(label[0]):
        found.append("label")
    if _TIMESTAMP.match(sentence):
        found.append("timestamp")
    if _FURNITURE.search(sentence):
        found.append("furniture")
    if _RUN_ON.search(sentence):
        found.append("run-on")
    return found


def check(records: list[dict], flat: bool, method: str, show: int, name: str) -> dict[str, int]:
    from newsbrief.errors import BriefError
    from newsbrief.methods import select
    from newsbrief.pipeline import article_from_text, split
    from newsbrief.records import Options

    options = Options(method=method, sentences=3, facts=False)
    counts = dict.fromkeys(KINDS, 0)
    for record in records:
        text = flatten(record["article"]) if flat else record["article"]
        try:
            document = split(article_from_text(text, language="en"))
        except BriefError:
            continue
        body = document.article.body
        for sentence in select(document, options):
            found = kinds(sentence.text, body[max(0, sentence.start - 40):sentence.start])
            for kind in found:
                counts[kind] += 1
            if found and show:
                print(f"  {name} {record['id']} {'/'.join(found)}: {sentence.text[:150]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arg(parser)
    parser.add_argument("--methods", default="brief,lead")
    parser.add_argument("--show", action="store_true", help="list every sentence counted")
    args = parser.parse_args(argv)
    print("| set | form | method | articles | " + " | ".join(KINDS) + " | total |")
    print("|---|---|---|---:|" + "---:|" * (len(KINDS) + 1))
    seen = 0
    for name, parts, forms in SETS:
        path = args.data.joinpath(*parts)
        if not path.is_file():
            print(f"| {name} | data not found: {path} |")
            continue
        seen += 1
        records = read_jsonl(path)
        for form in forms:
            for method in args.methods.split(","):
                counts = check(records, form == "flat", method, args.show,
                               f"{name}/{form}/{method}")
                print(f"| {name} | {form} | {method} | {len(records)} | "
                      + " | ".join(str(counts[k]) for k in KINDS)
                      + f" | {sum(counts.values())} |")
    if not seen:
        print("benchmark data not found (../shared/data, see README); nothing was measured.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
