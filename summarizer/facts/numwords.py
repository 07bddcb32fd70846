"""Regex pieces for numbers written in digits or words, currencies, units and context words.

Every repetition is bounded and the alternatives of a repetition start on different
characters, so matching stays linear even on a 400-digit run or a line of hyphens.
"""
from __future__ import annotations

from newsbrief.precompiled import regex

# Digits: "1,200,000", "4.5", "19"; never part of a longer run of digits ("2.5.1", a 400-digit id).
DIGITS = (r"(?:\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?(?!\d|[.,]\d)"
          r"|\d{1,15}(?:\.\d{1,6})?(?!\d|[.,]\d))")

_SMALL = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD = rf"(?:(?:{_TENS})(?:-(?:{_SMALL}))?|{_TEEN}|{_SMALL})"
_BIG = "hundred|thousand|million|billion|trillion"
# "three", "twenty-five", "three hundred and twenty", "two million"; vague "thousands".
WORDS = (rf"(?i:{_WORD}(?:(?:[\s-]|(?<=hundred)\sand\s)(?:{_WORD}|{_BIG})\b){{0,4}}\b"
         r"|(?:dozens|hundreds|thousands|millions|billions|a\sdozen|dozen)\b)")
NUMBER = rf"(?:{DIGITS}|{WORDS})"
# Where a number written in words can start (lower case; the text is lowered to find them).
NUMBER_WORDS = tuple(_SMALL.split("|") + _TEEN.split("|") + _TENS.split("|")
                     + ["dozen", "dozens", "hundreds", "thousands", "millions", "billions"])

CURRENCY = (r"(?:US\s?\$|C\$|A\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|Rs\.?\s?|"
            r"(?:USD|EUR|GBP|JPY|CNY)\s?)")

# Units of measure, longest spelling first; "m" only when glued to the digits ("100m").
UNIT = (r"(?:square\s|sq\.?\s|cubic\s)?(?:kilomet(?:er|re)s?|km/h|kph|km|mph|miles?|"
        r"met(?:er|re)s?|cm|mm|(?<=\d)m|feet|foot|ft|inch(?:es)?|yards?|kilograms?|kg|grams?|"
        r"pounds|lbs?|ounces|oz|tonnes?|tons?|degrees?(?:\s(?:Celsius|Fahrenheit|C|F)\b)?|°[CF]?|"
        r"acres?|hectares?|lit(?:er|re)s?|gallons?|barrels?|bpd|megawatts?|gigawatts?|MW|GW|kWh|"
        r"watts?|volts?|knots|calories|GB|MB|TB|mg|ml|hours?|hrs?|minutes?|mins?|seconds?|"
        r"days?|weeks?|months?|years?|decades?|centuries)")
TIME_UNIT = regex(r"(?:hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|"
                  r"decades?|centuries)$")

# Words of the context after a number: abbreviations keep their dots ("U.S.", "Mr."),
# so a context is not cut at them; any other punctuation is a token of its own.
CONTEXT_TOKEN = regex(
    r"(?:[A-Za-z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Mt|Ft|No|vs)\.(?=\s)"
    r"|[\w'’]+(?:[-./][\w'’]+){0,5}"
    r"|[^\w\s]")

_VALUES = {w: i for i, w in enumerate(_SMALL.split("|"), 1)}
_VALUES.update({w: i for i, w in enumerate(_TEEN.split("|"), 10)})
_VALUES.update({w: 10 * i for i, w in enumerate(_TENS.split("|"), 2)})
_VALUES["a"] = 1


def small_number(text: str) -> int | None:
    """The value of "3", "three" or "twenty-one" (up to 99), else None."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text) if len(text) < 6 else None
    total = 0
    for part in text.split("-"):
        if part not in _VALUES:
            return None
        total += _VALUES[part]
    return total
