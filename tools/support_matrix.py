"""Print the README's per-language support matrix, read from the code so it cannot drift.

Usage: python tools/support_matrix.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsbrief import text  # noqa: E402
from newsbrief.dates_i18n import MONTHS  # noqa: E402
from newsbrief.detection import _SCRIPT_LANGUAGE  # noqa: E402
from newsbrief.function_words import FUNCTION_WORDS  # noqa: E402
from newsbrief.languages import facts_supported, quote_marks  # noqa: E402
from newsbrief.numbers_i18n import MAGNITUDES, POINT_DECIMAL  # noqa: E402

LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "sk",
             "ru", "uk", "tr", "ro", "el", "zh", "ja", "ko", "ar", "hi"]


def _sentences(code: str) -> str:
    if code in {"zh", "ja"}:
        return "rules (。！？, quotes)"
    from punkt.rules.presets import for_language

    try:
        for_language(text._RULES_ALIASES.get(code, code))
        rules = " + script rules"
    except LookupError:
        rules = ""
    model = "Punkt" if code in text._PUNKT_LANGUAGES else "Punkt (English model)"
    return model + rules


def _detection(code: str) -> str:
    if code in {"zh", "ja"} or code in _SCRIPT_LANGUAGE.values():
        return "script"
    return "function words" if code in FUNCTION_WORDS else "py3langid"


def _words(code: str) -> str:
    if code == "zh":
        return "characters; bigram terms"
    if code == "ja":
        return "characters; kanji bigrams + katakana"
    return "Snowball stems" if code in text._SNOWBALL else "words (no stemmer)"


def _stops(code: str) -> str:
    if code in text._SUMY_STOPWORD_FILES:
        return "sumy"
    return "brief's function words" if code in FUNCTION_WORDS else "-"


def _dates(code: str) -> str:
    if code == "en":
        return "English forms, relative"
    if code in {"zh", "ja", "ko"}:
        return "ISO, 2020年9月20日" if code != "ko" else "ISO, 2020년 9월 20일"
    return "ISO, 20 <month> 2020, numeric" if code in MONTHS else "ISO"


def _numbers(code: str) -> str:
    if code == "en":
        return "English forms (19 million, $3m, 12%)"
    written = "1,234.5" if code in POINT_DECIMAL else "10.000, 10 000, 3,5"
    if code not in MAGNITUDES:
        return f"{written}, %, signs (€ $)"
    words = [w.replace("|", " ") for w in MAGNITUDES[code].split()]
    # the abbreviations (or, in Chinese and Japanese, the single characters) say most
    short = [w for w in words if w.endswith(".") or len(w) == 1]
    shown = (short + [w for w in words if w not in short])[:3]
    return f"{written}; {', '.join(shown)} …, currencies, %"


def main() -> None:
    print("| language | detected by | sentences | words | stop words | dates | quotes "
          "| numbers | entities, speakers |")
    print("|---|---|---|---|---|---|---|---|---|")
    for code in LANGUAGES:
        marks = " ".join(f"{o}…{c}" for o, c in quote_marks(code))
        supported = facts_supported(code)
        entities = ("yes" if "people" in supported else
                    "speakers only" if "speakers" in supported else "no (left empty)")
        print(f"| {code} | {_detection(code)} | {_sentences(code)} | {_words(code)} | "
              f"{_stops(code)} | {_dates(code)} | {marks} | {_numbers(code)} | {entities} |")


if __name__ == "__main__":
    main()
