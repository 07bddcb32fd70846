"""A web page's title and authors as a reader wants them: the headline without the site's name
tacked on ("… | CNN Politics"), and people's names without roles ("Analysis by Chris
Cillizza" -> "Chris Cillizza"; "CNN Editor-at-large" is no name).

trafilatura takes them from the page's markup as written there. Imported only once a page is
HTML. Measured by bench/metadata.py.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from newsbrief.records import record

# What stands between a headline and the site's name in a <title>: spaced bars and dashes
# ("Title | Site", "Title - Site", "Title -- Site", "Title » Section » Site"), and the
# full-width or unspaced forms of Chinese and Japanese pages ("标题-新华网", "見出し：日経");
# an unspaced hyphen only before a CJK character ("self-driving" is one word).
_SPACED = r"\s+(?:\||-{1,2}|–|—|»|›|::|·|•)\s+"
_UNSPACED = r"\s*(?:｜|：|－)\s*|-(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
_SEPARATOR = f"(?:{_SPACED}|{_UNSPACED})"
# Separators of a breadcrumb ("Headline » Local » News » Site"), whose short section names
# go with the site's name; a dash is not one ("Liverpool 2 - 1 Chelsea - BBC Sport").
_BREADCRUMB = frozenset({"|", "»", "›", "::"})
# A site name before the headline: "LinkNaija | Nigeria's news platform: Headline".
_PREFIX_END = r"\s*(?:\||:|-|–|—)\s+"
# What is left must still be a headline, not a stub: 12 characters, or 6 of Chinese or
# Japanese (one character is a word or more).
_MIN_TITLE_CHARS = 12
_MIN_CJK_TITLE_CHARS = 6
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# How Chinese and Japanese site names end ("新华网", "人民網", "日本経済新聞", "环球时报"): such
# a last part is the site's name even where the page does not name its site.
_CJK_SITE_ENDINGS = ("网", "網", "新聞", "新闻", "日报", "日報", "时报", "時報")
_CJK_SITE_CHARS = 10

# "Analysis by", "Opinion by", "Story by", "Written by", "Reporting by", "By".
_BY = re.compile(r"^(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|"
                 r"written|interview|photos?|video|edited)\s+)?by\s+", re.IGNORECASE)
# ", CNN", " for The Guardian", " | Reuters", " - Staff Writer", " is a reporter": what
# follows a name.
_AFTER_NAME = re.compile(r"\s*(?:,|\||\s-\s|\sfor\s|\sof\s|\sis\s).*$")
# Words that say what someone does: "Tom Gillespie News reporter" is Tom Gillespie.
_PERSON_ROLES = frozenset("""
    editor correspondent reporter writer contributor columnist producer anchor analyst
    journalist photographer editor-at-large chief senior contributing special
""".split())
# Words of a line that credits no person: "Staff Reports", "Practical Horseman Editorial
# Staff", "NJ Advance Media", "Admin".
_COLLECTIVE = frozenset("""
    editors editorial correspondents reporters writers staff contributors producers desk
    bureau wire wires news newsroom agency agencies press team submitted print updated admin
    administrator webmaster journalists authors author associated network media group office
    department online digital services reports at-large
""".split())
# News agencies whose name may follow a person's without a comma ("ERIC TUCKER Associated
# Press"): the person stays.
_AGENCY_TAILS = ("associated press", "the associated press", "ap", "reuters", "afp")
_MAX_NAME_WORDS = 6


@record
class PageMeta:
    """What a web page says of itself, cleaned: title, date (ISO), authors, site and URL."""

    title: str | None
    date: str | None
    authors: tuple[str, ...]
    site: str | None
    url: str | None


def choose_title(meta_title: str | None, head_title: str | None, headings: list[str],
                 site: str | None, url: str | None) -> str | None:
    """The headline: trafilatura's title (og:title, JSON-LD, else <title> or <h1>) without
    the site's name; but the page's own <title>, once it loses the site's name, when the
    page shows no <h1> that words the headline as trafilatura's title does. A social card
    often carries a variant ("Analysis: …", a rewritten pitch) that the page itself never
    shows, while "Headline | Site" in <title> names the page."""
    chosen = clean_title(meta_title, site, url)
    if not head_title or chosen is None:
        return chosen
    own = clean_title(head_title, site, url)
    if own is None or own == head_title:
        return chosen  # no site's name in <title>: nothing says it is the page's headline
    if not _fold(head_title).startswith(_fold(own)):
        return chosen  # what <title> lost is no suffix (a wrong site name can match a head)
    if _fold(own).startswith(_fold(chosen)):
        return chosen  # the same headline, with section names after it in <title>
    if any(_fold(h) == _fold(chosen) for h in headings):
        return chosen  # the page shows it as its headline
    return own


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.casefold().split())


def clean_title(title: str | None, site: str | None, url: str | None) -> str | None:
    """The title without a leading or trailing part that repeats the site's name."""
    if not title:
        return title
    keys = _site_keys(site, url)
    trimmed = _without_whole_site(title, site) or _without_site_suffix(title, keys)
    return _without_site_prefix(trimmed, site) or trimmed


def _without_whole_site(title: str, site: str | None) -> str | None:
    """'Headline - Remember 80/90 - Memorabilia anni 80/90' when that whole tail is the site's
    name (a name with a separator of its own, which splitting at separators cannot see)."""
    if not site or not title.casefold().endswith(site.casefold()):
        return None
    match = re.search(f"{_SEPARATOR}$", title[:len(title) - len(site)])
    if match is None:
        return None
    rest = title[:match.start()].strip()
    return rest if _long_enough(rest) else None


def _without_site_suffix(title: str, keys: set[str]) -> str:
    """'Headline | CNN Politics' -> 'Headline'; 'Headline » Local » News » Site' -> 'Headline'
    (a breadcrumb of short parts ending at the site goes with it)."""
    parts = re.split(f"({_SEPARATOR})", title)
    texts, seps = parts[0::2], parts[1::2]
    if len(texts) < 2 or not (_repeats_site(texts[-1], keys) or _cjk_site(texts[-1])):
        return title
    kinds = {s.strip() for s in seps}
    for keep in _cuts(texts, kinds):
        head = "".join(texts[0:1] + [seps[i - 1] + texts[i] for i in range(1, keep)]).strip()
        if _long_enough(head):
            return head
    return title


def _cuts(texts: list[str], kinds: set[str]) -> list[int]:
    """How many parts to keep, best first: without the breadcrumb, then without the site."""
    last = len(texts) - 1
    keep = last
    if len(kinds) == 1 and kinds <= _BREADCRUMB:
        while keep > 1 and len(texts[keep - 1].split()) <= 3:
            keep -= 1
    return [keep, last] if keep != last else [last]


def _without_site_prefix(title: str, site: str | None) -> str | None:
    """'SiteName: Headline' -> 'Headline' when the part before the mark is the site's name."""
    if not site or not title.casefold().startswith(site.casefold()):
        return None
    match = re.match(_PREFIX_END, title[len(site):])
    if match is None:
        return None
    rest = title[len(site) + match.end():].strip()
    return rest if _long_enough(rest) else None


def _long_enough(title: str) -> bool:
    return len(title) >= (_MIN_CJK_TITLE_CHARS if _CJK.search(title) else _MIN_TITLE_CHARS)


def _cjk_site(part: str) -> bool:
    part = part.strip()
    return len(part) <= _CJK_SITE_CHARS and part.endswith(_CJK_SITE_ENDINGS)


def _site_keys(site: str | None, url: str | None) -> set[str]:
    """The site's name and its domain's main label, as letters and digits only."""
    keys = set()
    if site:
        keys.add(_key(site))
    host = urlsplit(url).hostname if url and "://" in url else None
    if host:
        labels = [p for p in host.split(".") if p not in {"www", "m", "edition", "amp"}]
        if len(labels) >= 2:
            keys.add(_key(labels[-2] if len(labels[-1]) > 2 or len(labels) == 2
                          else labels[-3] if len(labels) >= 3 else labels[0]))
    return {k for k in keys if len(k) >= 3}


def _repeats_site(part: str, keys: set[str]) -> bool:
    """A title part that is the site's name, starts with it and adds at most two words ("CNN
    Politics" for CNN, "Ultima Hora Mallorca" for ultimahora.es), or is its first word."""
    words = [_key(w) for w in part.split()]
    key = "".join(words)
    if len(key) < 3 or len(words) > 6:
        return False
    for site in keys:
        if key == site or (site.startswith(key) and len(key) >= 4):
            return True
        lead = [i for i in range(1, len(words) + 1) if "".join(words[:i]) == site]
        if lead and len(words) - lead[0] <= 2:
            return True
    return False


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def clean_authors(names: list[str], site: str | None) -> tuple[str, ...]:
    """People's names only, in order, once each: roles, "by", and the site itself dropped."""
    site_key = _key(site) if site else ""
    kept = []
    for raw in names:
        name = _name_only(raw)
        if name and _key(name) != site_key:
            kept.append(name)
    return tuple(dict.fromkeys(kept))


def _before_role(words: list[str]) -> list[str]:
    """The words of a person's name before a role or an agency; none when the line credits
    no person ("CNN Editor-at-large", "HNN Staff", "Detroit News wire services")."""
    folded = [w.casefold().strip(".,") for w in words]
    for size in (3, 2, 1):
        if len(folded) > size + 1 and " ".join(folded[-size:]) in _AGENCY_TAILS:
            return words[:-size] if len(words) - size >= 2 else []
    roles = [i for i, w in enumerate(folded) if w in _PERSON_ROLES or w in _COLLECTIVE]
    if not roles:
        return words
    if any(folded[i] in _PERSON_ROLES for i in roles) and roles[0] >= 2 and not any(
            w in _AGENCY_TAILS for w in folded[:roles[0]]):  # "AP Sports Writer": no one
        return words[:roles[0]]
    return []


def _name_only(raw: str) -> str | None:
    name = " ".join(raw.split())
    name = _BY.sub("", name)
    name = _AFTER_NAME.sub("", name).strip(" .,;:-–—")
    words = _before_role(name.split())
    name = " ".join(words)
    if not words or len(words) > _MAX_NAME_WORDS or len(name) > 80 or "://" in name:
        return None
    if any(ch.isdigit() or ch in "@#" for ch in name):
        return None
    cased = any(ch.isupper() or ch.islower() for ch in name)  # Chinese, Arabic: no case
    if cased and not any(w[:1].isupper() for w in words):
        return None  # "updated", "staff": a name is not written all in lower case
    return name
