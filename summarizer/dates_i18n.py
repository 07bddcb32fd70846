"""Dates written the ways other languages' news writes them: 20. September 2020, 2020年9月20日."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newsbrief.dates import safe_date
from newsbrief.precompiled import regex

# Month names as dates use them (genitive where the language declines them),
# January first; "|" separates variants of one month.
MONTHS: dict[str, str] = {
    "de": "januar|jänner februar märz april mai juni juli august september oktober november "
          "dezember",
    "fr": "janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre "
          "novembre décembre|decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre "
          "noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "pt": "janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
          "december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
          "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
          "noiembrie decembrie",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада "
          "грудня",
}
# Languages writing 20.09.2020; the others among MONTHS write 20/09/2020.
_DOTTED = frozenset({"de", "da", "no", "fi", "pl", "cs", "ro", "tr", "ru", "uk"})
_ISO = r"(?<!\d)(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?!\d)"
_CJK = (r"(?P<cjk>(?:(?P<cy>\d{4})\s?年\s?)?(?P<cm>\d{1,2})\s?月\s?(?P<cd>\d{1,2})\s?[日号])"
        r"|(?P<cjkmonth>(?P<ky>\d{4})\s?年\s?(?P<km>\d{1,2})\s?月)"
        r"|(?P<cjkyear>(?P<yy>\d{4})\s?年)")
_KOREAN = r"(?P<ko>(?:(?P<ay>\d{4})년\s?)?(?P<am>\d{1,2})월\s?(?P<ad>\d{1,2})일)"


def month_table(language: str) -> dict[str, int]:
    """Month name (lower case) -> month number, for the languages in MONTHS."""
    table: dict[str, int] = {}
    for number, variants in enumerate(MONTHS.get(language, "").split(), start=1):
        for name in variants.split("|"):
            table[name] = number
    return table


@lru_cache(maxsize=None)
def date_regex(language: str) -> re.Pattern[str]:
    """The language's date forms, ISO dates included; every repetition is bounded."""
    parts = [_ISO]
    if language in {"zh", "ja"}:
        parts.append(_CJK)
    elif language == "ko":
        parts.append(_KOREAN)
    elif language in MONTHS:
        names = "|".join(sorted(month_table(language), key=len, reverse=True))
        parts.append(rf"(?P<dmy>(?<!\d)(?P<d>\d{{1,2}})(?:\.|er|º|°)?\s{{1,3}}(?:de\s|d['’])?"
                     rf"(?P<m>{names})(?:,?\s{{1,3}}(?:de\s|del\s)?(?P<y>\d{{4}}))?(?!\w))")
        parts.append(rf"(?P<my>(?<!\w)(?P<mm>{names})\s(?:de\s)?(?P<my_y>\d{{4}})(?!\d))")
        mark = r"\." if language in _DOTTED else "/"
        parts.append(rf"(?P<num>(?<![\d.,/])(?P<nd>\d{{1,2}}){mark}(?P<nm>\d{{1,2}}){mark}"
                     rf"(?P<ny>\d{{4}})(?![\d.,/]\d))")
    return regex("|".join(parts), re.IGNORECASE)


def find_dates(text: str, language: str,
               anchor: dt.date | None = None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, text, value) of each date; value is ISO, YYYY-MM, YYYY or --MM-DD."""
    found = []
    months = month_table(language)
    for match in date_regex(language).finditer(text):
        value = _value(match, months, anchor)
        found.append((match.start(), match.end(), match.group(0).strip(), value))
    return found


def date_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where dates are, so that their digits are not reported as counts."""
    return [(start, end) for start, end, _, _ in find_dates(text, language)]


def _value(match: re.Match, months: dict[str, int], anchor: dt.date | None) -> str | None:
    g = match.groupdict()  # only the groups of this language's pattern
    if g.get("iso"):
        return _day(g["iy"], g["im"], g["id"], anchor)
    if g.get("cjk"):
        return _day(g["cy"], g["cm"], g["cd"], anchor)
    if g.get("cjkmonth"):
        return _month(g["ky"], g["km"])
    if g.get("cjkyear"):
        return f"{int(g['yy']):04d}"
    if g.get("ko"):
        return _day(g["ay"], g["am"], g["ad"], anchor)
    if g.get("dmy"):
        return _day(g["y"], months.get(g["m"].lower()), g["d"], anchor)
    if g.get("my"):
        return _month(g["my_y"], months.get(g["mm"].lower()))
    if g.get("num"):
        return _day(g["ny"], g["nm"], g["nd"], anchor)
    return None


def _day(year, month, day, anchor: dt.date | None) -> str | None:
    if month is None or day is None:
        return None
    month, day = int(month), int(day)
    if year is None:
        if anchor is None:
            return f"--{month:02d}-{day:02d}" if safe_date(2000, month, day) else None
        year = anchor.year
    found = safe_date(int(year), month, day)
    return found.isoformat() if found else None


def _month(year, month) -> str | None:
    if month is None or not 1 <= int(month) <= 12:
        return None
    return f"{int(year):04d}-{int(month):02d}"
