"""What brief knows per language: codes, quotation marks, and which key facts it can find."""
from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.precompiled import regex

LANGUAGE_CODE = regex(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
CJK = frozenset({"zh", "ja"})

# Every fact kind brief extracts; "speakers" is who said a quote.
FACT_KINDS = frozenset({"headline", "people", "organizations", "places", "numbers", "dates",
                        "quotes", "speakers"})
# Entities come from English cues (titles, capitalisation): elsewhere they would be junk
# (every German noun is capitalised), so they are left out.
_LANGUAGE_NEUTRAL_FACTS = frozenset({"headline", "numbers", "dates", "quotes"})
# ... but a quote's speaker is read where the attribution names it (newsbrief.speakers_i18n)
_WITH_SPEAKERS = _LANGUAGE_NEUTRAL_FACTS | {"speakers"}
_ALL_FACTS = {"en": FACT_KINDS, "de": _WITH_SPEAKERS, "fr": _WITH_SPEAKERS,
              "es": _WITH_SPEAKERS, "it": _WITH_SPEAKERS, "pt": _WITH_SPEAKERS,
              "nl": _WITH_SPEAKERS}

_ANGLE = (("«", "»"),)
_CURLY = (("“", "”"),)
_STRAIGHT = (('"', '"'),)
# (opening, closing) quotation marks a language's press uses, most usual first.
QUOTE_MARKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": _CURLY + _STRAIGHT,
    "de": (("„", "“"), ("»", "«")) + _CURLY + _STRAIGHT,
    "fr": _ANGLE + _CURLY + _STRAIGHT,
    "es": _ANGLE + _CURLY + _STRAIGHT,
    "it": _ANGLE + _CURLY + _STRAIGHT,
    "pt": _ANGLE + _CURLY + _STRAIGHT,
    "ca": _ANGLE + _CURLY + _STRAIGHT,
    "nl": (("„", "”"),) + _CURLY + _STRAIGHT,
    "pl": (("„", "”"),) + _ANGLE + _STRAIGHT,
    "ro": (("„", "”"),) + _ANGLE + _STRAIGHT,
    "hu": (("„", "”"), ("»", "«")) + _STRAIGHT,
    "cs": (("„", "“"),) + _STRAIGHT,
    "sk": (("„", "“"),) + _STRAIGHT,
    "sl": (("„", "“"), ("»", "«")) + _STRAIGHT,
    "hr": (("„", "“"), ("»", "«")) + _STRAIGHT,
    "ru": _ANGLE + (("„", "“"),) + _STRAIGHT,
    "uk": _ANGLE + (("„", "“"),) + _STRAIGHT,
    "bg": (("„", "“"),) + _ANGLE + _STRAIGHT,
    "sv": (("”", "”"), ("»", "»")) + _STRAIGHT,
    "fi": (("”", "”"), ("»", "»")) + _STRAIGHT,
    "da": (("»", "«"), ("„", "“")) + _STRAIGHT,
    "no": _ANGLE + (("„", "“"),) + _STRAIGHT,
    "el": _ANGLE + _CURLY + _STRAIGHT,
    "tr": _CURLY + _STRAIGHT,
    "zh": _CURLY + (("「", "」"), ("『", "』")),
    "ja": (("「", "」"), ("『", "』")) + _CURLY,
    "ko": _CURLY + (("「", "」"), ("『", "』")) + _STRAIGHT,
}
_DEFAULT_MARKS = _CURLY + _ANGLE + _STRAIGHT
MAX_QUOTE_CHARS = 1200
_MIN_QUOTE_WORDS = 3
_MIN_QUOTE_CJK_CHARS = 6


def normalize_language(code: str) -> str:
    """``DE``, ``de-AT``, ``pt_BR`` -> ``de``, ``de``, ``pt``; ValueError for what is no code."""
    code = code.strip()
    if not LANGUAGE_CODE.fullmatch(code):
        raise ValueError(f"not a language code: {code!r} (use ISO 639-1, such as en, de or zh)")
    base = re.split(r"[-_]", code, maxsplit=1)[0].lower()
    return {"nb": "no", "nn": "no"}.get(base, base)


# The languages brief knows something of its own about (a Punkt model, a stemmer, stop words,
# quotation marks or number conventions; README "Languages"), by ISO 639-1 code, with the
# names people type for them: the English name and the language's own (accents optional).
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "ar": ("arabic", "العربية"), "bg": ("bulgarian", "български"), "ca": ("catalan", "català"),
    "cs": ("czech", "čeština"), "da": ("danish", "dansk"), "de": ("german", "deutsch"),
    "el": ("greek", "ελληνικά"), "en": ("english",), "es": ("spanish", "español"),
    "et": ("estonian", "eesti"), "fi": ("finnish", "suomi"), "fr": ("french", "français"),
    "he": ("hebrew", "עברית"), "hi": ("hindi", "हिन्दी"), "hr": ("croatian", "hrvatski"),
    "hu": ("hungarian", "magyar"), "id": ("indonesian", "bahasa indonesia"),
    "it": ("italian", "italiano"), "ja": ("japanese", "日本語"), "ko": ("korean", "한국어"),
    "lt": ("lithuanian", "lietuvių"), "nl": ("dutch", "nederlands"),
    "no": ("norwegian", "norsk", "bokmål", "nynorsk"), "pl": ("polish", "polski"),
    "pt": ("portuguese", "português"), "ro": ("romanian", "română"),
    "ru": ("russian", "русский"), "sk": ("slovak", "slovenčina"),
    "sl": ("slovenian", "slovene", "slovenščina"), "sr": ("serbian", "српски"),
    "sv": ("swedish", "svenska"), "th": ("thai", "ไทย"), "tr": ("turkish", "türkçe"),
    "uk": ("ukrainian", "українська"), "zh": ("chinese", "中文", "mandarin"),
}


def resolve_language(value: str) -> str:
    """The code of a language brief supports, given as a code (``de``, ``pt-BR``, ``nb``) or a
    name (``German``, ``Deutsch``); ValueError naming the supported codes otherwise."""
    wanted = _folded(value.strip())
    for code, names in LANGUAGE_NAMES.items():
        if wanted in {_folded(name) for name in names}:
            return code
    try:
        code = normalize_language(value)
    except ValueError:
        code = ""
    if code in LANGUAGE_NAMES:
        return code
    codes = ", ".join(LANGUAGE_NAMES)
    raise ValueError(f"unknown language {value!r}; supported (ISO 639-1): {codes} "
                     f"(or their names, such as german)")


def _folded(text: str) -> str:
    """Lower case without accents: "Français" and "francais" are one name."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def facts_supported(language: str) -> frozenset[str]:
    """The kinds of key facts brief extracts well for ``language``."""
    return _ALL_FACTS.get(language, _LANGUAGE_NEUTRAL_FACTS)


def quote_marks(language: str) -> tuple[tuple[str, str], ...]:
    """(opening, closing) quotation-mark pairs to look for in ``language``."""
    return QUOTE_MARKS.get(language, _DEFAULT_MARKS)


@lru_cache(maxsize=None)
def quote_regex(language: str) -> re.Pattern[str]:
    """One group per mark pair, holding the quoted text; bounded, so matching stays linear."""
    parts = []
    for opening, closing in quote_marks(language):
        banned = re.escape("".join(sorted({opening, closing}))) + r"\n"
        before = r"(?<![\w])" if opening == '"' else ""  # an inch mark is no quote
        parts.append(f"{before}{re.escape(opening)}\\s?([^{banned}]{{2,{MAX_QUOTE_CHARS}}}?)"
                     f"\\s?{re.escape(closing)}")
    return regex("|".join(parts))


def find_quotes(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, quoted text) of the quotations in ``text``, skipping scare quotes."""
    found = []
    for match in quote_regex(language).finditer(text):
        body = next(g for g in match.groups() if g is not None).strip()
        if is_quotation(body, language):
            found.append((match.start(), match.end(), body))
    return found


def is_quotation(body: str, language: str) -> bool:
    """Long enough to be something said rather than a scare-quoted word or a title."""
    if language in CJK:
        return sum(1 for ch in body if ch.isalpha()) >= _MIN_QUOTE_CJK_CHARS
    return len(body.split()) >= _MIN_QUOTE_WORDS



# Numbers: "2 000" or "2.000" for two thousand and "12,5" for twelve and a half
# in most of Europe; words for per cent, before the number in Turkish and Chinese.
_SPACE_GROUPED = frozenset({"fr", "sv", "fi", "no", "ru", "uk", "pl", "cs", "sk", "hu", "bg"})
_DOT_GROUPED = frozenset({"de", "es", "it", "pt", "nl", "da", "tr", "ro", "id", "el", "ca",
                          "hr", "sl"})
PERCENT_WORDS: dict[str, str] = {
    "de": r"Prozent", "fr": r"pour\s?cent", "es": r"por\s?ciento", "it": r"per\s?cento",
    "pt": r"por\s?cento", "ca": r"per\s?cent", "nl": r"procent", "sv": r"procent",
    "da": r"procent", "no": r"prosent", "pl": r"proc(?:ent\w{0,2}|\.)",
    "cs": r"proc(?:ent\w{0,2}|\.)",
    "ro": r"la\s?sută", "fi": r"prosentti\w{0,3}", "ru": r"процент\w{0,3}|проц\.",
    "uk": r"відсот\w{0,4}", "ja": r"パーセント", "ko": r"퍼센트",
}
PERCENT_PREFIXES: dict[str, str] = {"tr": r"yüzde\s?", "zh": r"百分之"}


def digits_pattern(language: str) -> str:
    """A regex for one written number (digits, separators) in ``language``'s convention."""
    if language in _SPACE_GROUPED:
        return r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d{1,20})?|\d{1,60}(?:,\d{1,20})?"
    if language in _DOT_GROUPED:
        return r"\d{1,3}(?:\.\d{3})+(?:,\d{1,20})?|\d{1,60}(?:,\d{1,20})?"
    return r"\d{1,3}(?:,\d{3})+(?:\.\d{1,20})?|\d{1,60}(?:\.\d{1,20})?"


@lru_cache(maxsize=None)
def percent_regex(language: str) -> re.Pattern[str]:
    """A percentage as ``language`` writes it: 12,5 %, 12 Prozent, yüzde 12, 百分之十二, 15％."""
    digits = digits_pattern(language)
    boundary = "" if language in {"ja", "ko"} else r"(?!\w)"  # particles follow unspaced
    word = f"|(?:{PERCENT_WORDS[language]}){boundary}" if language in PERCENT_WORDS else ""
    after = r"\s?(?:%|％" + word
    parts = [rf"(?:{digits}){after})"]
    if language in PERCENT_PREFIXES:
        number = r"[\d零〇一二三四五六七八九十百千万点.,]{1,12}" if language == "zh" else digits
        parts.append(rf"{PERCENT_PREFIXES[language]}(?:{number})")
    return regex("|".join(parts), re.IGNORECASE)
