"""brief's first entity extractor (capitalisation rules), kept for bench/entities.py."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsbrief.records import Document, Entity

_TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'&.-]*\w|[A-Z]\.?|Mc\w+|O['’][A-Z]\w+)"
_CONNECT = r"(?:\s(?:of|de|del|da|di|van|von|der|den|la|le|du|bin|al|el|y|and|&)\s|\s|-)"
_CANDIDATE = re.compile(rf"(?<![\w’'])(?:{_TOKEN})(?:{_CONNECT}(?:{_TOKEN}))*")
_POSSESSIVE = re.compile(r"['’]s?$")  # "WeChat's" -> "WeChat"

TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady judge justice president
vice-president vp sen senator rep representative gov governor mayor minister secretary
chancellor king queen prince princess pope rev reverend father sister gen general col
colonel capt captain lt lieutenant sgt sergeant officer detective chief ceo chairman chairwoman
coach director professor premier sheikh archbishop bishop cardinal ambassador commissioner
inspector constable superintendent attorney""".split())
_ORG_WORDS = frozenset("""inc inc. corp corp. corporation ltd ltd. llc plc co co. company companies
group holdings party university college school council ministry department agency bank
association court commission committee times post news network fund union federation club
fc institute foundation office police army navy force forces service services senate congress
parliament board authority organization organisation airlines airways motors technologies
systems industries partners capital securities bureau church hospital museum league team
assembly administration cabinet government journal magazine press tribune herald guardian
telegraph reuters""".split())
_NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december i we you he she
it they this that these those there here the a an but and or if when while as at in on of for
by from with after before during since until no yes not mr mrs ms dr""".split())
_US_STATE_ABBR = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass
mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash
wis wyo""".split())
_PLACE_ACRONYMS = frozenset({"u.s.", "us", "u.k.", "uk", "uae", "u.s.a.", "usa", "eu", "d.c."})
_PERSON_CUE = re.compile(
    r"^[,\s]*(?:\(\d+\)\s*)?,?\s*(?:said|says|told|added|wrote|explained|according|who|,\s*\d{1,3},)\b")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Country and subdivision names that ship with pycountry (no download)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry comes with sumy
        return frozenset()
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    for subdivision in pycountry.subdivisions:
        if subdivision.type in {"State", "Province", "Country", "Region", "Nation", "Emirate"}:
            names.add(subdivision.name.lower())
    names.update({"america", "britain", "great britain", "england", "scotland", "wales",
                  "europe", "asia", "africa", "south america", "north america", "middle east",
                  "washington", "new york", "london", "paris", "beijing", "moscow", "tokyo",
                  "los angeles", "chicago", "hong kong", "gaza", "west bank", "u.s.", "u.k.",
                  "russia", "iran", "syria", "south korea", "north korea", "vietnam", "taiwan"})
    return frozenset(names)


def extract_entities(document: Document) -> tuple[tuple[Entity, ...], ...]:
    """(people, organizations, places), each by salience (mentions, then first use)."""
    lowercase_words = _lowercase_vocabulary(document)
    mentions: list[tuple[str, str, int]] = []  # (name, kind, sentence index)
    authors = {a.lower() for a in document.article.authors}
    for sentence in document.sentences:
        for match in _CANDIDATE.finditer(sentence.text):
            found = _candidate(sentence.text, match, lowercase_words)
            if found is None or found[0].lower() in authors:
                continue
            mentions.append((found[0], found[1], sentence.index))
    return _merge(mentions)


def _lowercase_vocabulary(document: Document) -> frozenset[str]:
    words: set[str] = set()
    for sentence in document.sentences:
        words.update(w for w in re.findall(r"\b[a-z][a-z'-]+\b", sentence.text))
    return frozenset(words)


def _candidate(text: str, match: re.Match,
               lowercase_words: frozenset[str]) -> tuple[str, str] | None:
    name = match.group(0)
    start = match.start()
    words = name.split()
    # Leading titles are context, not part of the name ("Judge Laurel Beeler").
    title = None
    while words and words[0].lower().rstrip(".") in TITLES:
        title = words.pop(0)
    while words and words[-1].lower() in {"of", "de", "and", "&", "the", "van", "von", "al", "bin"}:
        words.pop()
    while words and words[0].lower() in _NOT_NAMES:
        words.pop(0)
    if not words:
        return None
    name = _POSSESSIVE.sub("", " ".join(words))
    if len(name) < 2 or name.lower() in _NOT_NAMES or name.lower() in TITLES:
        return None
    sentence_initial = start == 0 or bool(re.search(r"[.!?\"“:]\s*$", text[:start]))
    if len(words) == 1 and sentence_initial and title is None:
        word = name.lower()
        if word in lowercase_words or word in _COMMON_CAPS:
            return None
    if len(words) == 1 and name.lower() in lowercase_words and title is None:
        return None
    if name.lower().rstrip(".") in _US_STATE_ABBR:
        return None
    kind = _kind(name, title, text[match.end():match.end() + 40], text[max(0, start - 12):start])
    return (name, kind) if kind else None


_COMMON_CAPS = frozenset("""the a an it he she they we i you his her their our this that these
those there here but and or so yet if when while as after before during since until although
however meanwhile officials police authorities some many most more other others all both each
one two three four five six seven eight nine ten first last new now then today yesterday
tomorrow representatives people members""".split())


def _kind(name: str, title: str | None, after: str, before: str) -> str | None:
    lower = name.lower()
    last = lower.split()[-1].rstrip(".")
    if lower in _PLACE_ACRONYMS or lower in _places():
        return "place"
    if last in _ORG_WORDS or lower.split()[0] in {"the"}:
        return "organization"
    if re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,}", name):
        return "organization"
    if title is not None:
        return "person"
    words = name.split()
    particles = {"de", "van", "von", "bin", "al"}
    if 2 <= len(words) <= 4 and all(w[0].isupper() or w in particles for w in words):
        return "person"
    if _PERSON_CUE.match(after):
        return "person"
    if re.search(r"\b(?:in|at|from|near|to)\s$", before):
        return "place"
    return None


def _merge(mentions: list[tuple[str, str, int]]) -> tuple[tuple[Entity, ...], ...]:
    """Merge aliases (a surname after the full name) and count mentions."""
    canonical: dict[tuple[str, str], str] = {}
    counts: Counter = Counter()
    first_seen: dict[tuple[str, str], int] = {}
    aliases: dict[tuple[str, str], set[str]] = {}
    full_names: dict[str, list[str]] = {}
    for name, kind, index in mentions:
        target = _alias_target(name, kind, full_names, canonical)
        if target is None:
            target = (kind, name)
            if kind == "person" and len(name.split()) > 1:
                full_names.setdefault(name.split()[-1].lower(), []).append(name)
        canonical[(kind, name)] = target[1]
        counts[target] += 1
        first_seen.setdefault(target, index)
        if name != target[1]:
            aliases.setdefault(target, set()).add(name)
    groups: dict[str, list[Entity]] = {"person": [], "organization": [], "place": []}
    for key, count in counts.items():
        kind, name = key
        groups[kind].append(Entity(name, kind, count, tuple(sorted(aliases.get(key, ())))))
    order = lambda e: (-e.mentions, first_seen[(e.kind, e.name)])  # noqa: E731
    return tuple(tuple(sorted(groups[k], key=order)) for k in ("person", "organization", "place"))


def _alias_target(name, kind, full_names, canonical):
    words = name.split()
    if len(words) == 1:
        for candidates in (full_names.get(words[0].lower()),):
            if candidates:
                return ("person", candidates[-1])
    if (kind, name) in canonical:
        return (kind, canonical[(kind, name)])
    return None
