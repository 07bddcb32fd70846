"""Which language an article is written in, cheaply: script, then function words, then a model.

Most articles are decided without loading anything: the writing system alone
tells Chinese, Japanese, Korean, Greek, Thai and a dozen others apart, and a
vote of very frequent function words settles the common Latin- and
Cyrillic-script languages when it wins by a wide margin. Only what remains
(short or mixed texts, languages without a word list) goes to py3langid,
whose model takes about a second to load.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from newsbrief.function_words import CYRILLIC_LANGUAGES, DISTINCTIVE_LETTERS, FUNCTION_WORDS
from newsbrief.precompiled import regex
from newsbrief.records import record

SAMPLE_CHARS = 2000  # the start of an article is plenty to tell its language
_MAX_TOKENS = 300
_MIN_TOKENS = 8  # below this the vote is not trusted: short texts go to the model
_MIN_VOTES = 4.0
_MIN_SHARE = 0.12  # share of the tokens that are the winner's function words
_MARGIN = 2.0  # the winner must have this many times the runner-up's votes
_LETTER_WEIGHT = 0.5  # a token with a telling letter is half a vote
_EARLY_STOP = 60  # tokens after which a clear vote is final
_LETTERS = regex(r"[^\W\d_]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")

# (first code point, script); a code point belongs to the last start at or below it.
_RANGES = [
    (0x0000, "other"), (0x0041, "latin"), (0x005B, "other"), (0x0061, "latin"),
    (0x007B, "other"), (0x00C0, "latin"), (0x0250, "other"), (0x0370, "greek"),
    (0x0400, "cyrillic"), (0x0530, "armenian"), (0x0590, "hebrew"), (0x0600, "arabic"),
    (0x0780, "other"), (0x0900, "devanagari"), (0x0980, "bengali"), (0x0A00, "gurmukhi"),
    (0x0A80, "gujarati"), (0x0B00, "oriya"), (0x0B80, "tamil"), (0x0C00, "telugu"),
    (0x0C80, "kannada"), (0x0D00, "malayalam"), (0x0D80, "sinhala"), (0x0E00, "thai"),
    (0x0E80, "lao"), (0x0F00, "other"), (0x1000, "myanmar"), (0x10A0, "georgian"),
    (0x1100, "hangul"), (0x1200, "ethiopic"), (0x1380, "other"), (0x1780, "khmer"),
    (0x1800, "other"), (0x1E00, "latin"), (0x1F00, "greek"), (0x2000, "other"),
    (0x3040, "kana"), (0x3100, "other"), (0x3130, "hangul"), (0x3190, "other"),
    (0x31F0, "kana"), (0x3200, "other"), (0x3400, "han"), (0x4DC0, "other"),
    (0x4E00, "han"), (0xA000, "other"), (0xAC00, "hangul"), (0xD7B0, "other"),
    (0xF900, "han"), (0xFB00, "other"), (0xFB50, "arabic"), (0xFE00, "other"),
    (0xFE70, "arabic"), (0xFF00, "other"), (0xFF21, "latin"), (0xFF3B, "other"),
    (0xFF41, "latin"), (0xFF5B, "other"), (0xFF66, "kana"), (0xFFA0, "other"),
    (0x20000, "han"), (0x30000, "other"),
]
_STARTS = [start for start, _ in _RANGES]
# Scripts written by one language (for news purposes).
_SCRIPT_LANGUAGE = {
    "greek": "el", "armenian": "hy", "hebrew": "he", "thai": "th", "lao": "lo",
    "myanmar": "my", "georgian": "ka", "hangul": "ko", "khmer": "km", "sinhala": "si",
    "tamil": "ta", "telugu": "te", "kannada": "kn", "malayalam": "ml", "gujarati": "gu",
    "gurmukhi": "pa", "oriya": "or",
}
# Letters that rule a Cyrillic-script language out (і is Ukrainian, ы Russian...).
_CYRILLIC_VETO = {
    "ru": set("іїєґўјљњђћџѓќѕәғқңөұүһ"),
    "uk": set("ыэёъўјљњђћџѓќѕәғқңөұүһ"),
    "bg": set("ыэёіїєґўјљњђћџѓќѕәғқңөұүһ"),
}
_MODEL_ALIASES = {"yue": "zh", "wuu": "zh", "nn": "no", "nb": "no"}


@record
class Detection:
    """A detected language and the method that decided it."""

    language: str  # ISO 639-1 code
    method: str  # "script" | "words" | "model" | "default"


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the language ``text`` is written in (``default`` when unknown)."""
    return identify(text, default).language


def identify(text: str, default: str = "en") -> Detection:
    """The language of ``text`` and which stage decided it."""
    sample = text[:SAMPLE_CHARS]
    counts = script_counts(sample)
    if not counts:
        return Detection(default, "default")
    found = _without_model(sample, counts)
    if found is not None:
        return found
    language = _model(sample)
    return Detection(language, "model") if language else Detection(default, "default")


def identify_without_model(text: str) -> Detection | None:
    """The language when the writing system or the function-word vote settles it, else None.

    Costs no model load: callers with another hint (a web page's ``<html lang>``) use it
    before paying for the model.
    """
    sample = text[:SAMPLE_CHARS]
    return _without_model(sample, script_counts(sample))


def _without_model(sample: str, counts: dict[str, int]) -> Detection | None:
    letters = sum(counts.values())
    if not letters:
        return None
    if counts.get("hangul", 0) >= 0.3 * letters:
        return Detection("ko", "script")
    cjk = counts.get("han", 0) + counts.get("kana", 0)
    if cjk >= 0.3 * letters:
        japanese = counts.get("kana", 0) >= 0.1 * cjk
        return Detection("ja" if japanese else "zh", "script")
    script = max(counts, key=counts.__getitem__)
    if script in _SCRIPT_LANGUAGE:
        return Detection(_SCRIPT_LANGUAGE[script], "script")
    if script in {"latin", "cyrillic"}:
        found = vote(sample, cyrillic=script == "cyrillic")
        if found:
            return Detection(found, "words")
    return None


def script_counts(text: str) -> dict[str, int]:
    """How many letters of each writing system ``text`` holds."""
    if text.isascii():  # (most English news): its letters are A-Z and a-z, all Latin
        letters = len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
        return {"latin": letters} if letters else {}
    counts: dict[str, int] = {}
    for char, n in Counter(text).items():  # counting in C first: few distinct characters
        if char.isalpha():
            script = _RANGES[bisect_right(_STARTS, ord(char)) - 1][1]
            counts[script] = counts.get(script, 0) + n
    counts.pop("other", None)
    return counts


@lru_cache(maxsize=1)
def _word_index() -> dict[str, tuple[tuple[str, float], ...]]:
    """Function word -> (language, vote) pairs; a word several languages use is weak evidence."""
    index: dict[str, list[str]] = {}
    for language in sorted(FUNCTION_WORDS):
        for word in FUNCTION_WORDS[language]:
            index.setdefault(word, []).append(language)
    return {word: tuple((language, 1.0 / len(languages)) for language in languages)
            for word, languages in index.items()}


def vote(text: str, cyrillic: bool = False) -> str | None:
    """The language whose function words clearly dominate ``text``, or None when unsure."""
    lower = text.lower()
    tokens = _LETTERS.findall(lower, 0, _MAX_TOKENS * 8)[:_MAX_TOKENS]
    allowed = None
    if cyrillic:
        letters = set(lower)
        allowed = {lang for lang in CYRILLIC_LANGUAGES if not letters & _CYRILLIC_VETO[lang]}
    scores: dict[str, float] = {}
    done = 0
    for stop in (_EARLY_STOP, len(tokens)):  # most texts are clear after the first tokens
        _add_votes(tokens[done:stop], scores)
        done = stop
        found = _decide(scores, done, allowed)
        if found or done == len(tokens):
            return found
    return None


def _add_votes(tokens: list[str], scores: dict[str, float]) -> None:
    index = _word_index()
    for token in tokens:
        votes = index.get(token)
        if votes is None:
            if token.isascii():
                continue
            languages = _telling_letter(token)
            votes = tuple((lang, _LETTER_WEIGHT / len(languages)) for lang in languages)
        for language, weight in votes:
            scores[language] = scores.get(language, 0.0) + weight


def _decide(scores: dict[str, float], n_tokens: int, allowed: set[str] | None) -> str | None:
    """The winner of the vote if it clears every bar, else None."""
    if n_tokens < _MIN_TOKENS:
        return None
    ranked = sorted(((s, lang) for lang, s in scores.items() if allowed is None or lang in allowed),
                    reverse=True)
    if not ranked:
        return None
    score, best = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if score >= _MIN_VOTES and score >= _MIN_SHARE * n_tokens and score >= _MARGIN * second:
        return best
    return None


def _telling_letter(token: str) -> tuple[str, ...]:
    """The languages of the most specific telling letter in ``token`` (none: ())."""
    best: tuple[str, ...] = ()
    for char in token:
        languages = DISTINCTIVE_LETTERS.get(char)
        if languages and (not best or len(languages) < len(best)):
            best = languages
    return best


def _model(text: str) -> str | None:
    """py3langid's answer (an ISO 639-1 code), or None without the package or an answer."""
    try:
        import py3langid  # loads numpy and a 4.5 MB model: only for texts the rules leave open
    except ImportError:
        return None
    if _version(getattr(py3langid, "__version__", "0")) < (0, 4):
        return None  # py3langid before 0.4 unpickles its model: never load a pickle
    code, _ = py3langid.classify(text)
    code = _MODEL_ALIASES.get(code, code)
    return code if len(code) == 2 else None


def _version(text: str) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", text)[:2]
    return tuple(int(n) for n in numbers)
