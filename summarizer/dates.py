"""Parsing absolute dates written the ways news writes them (shared by the header and facts)."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newsbrief.precompiled import regex

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

# A month name or its abbreviation ("Sept.", "Aug"); callers add their own guard
# after it (a digit, or a non-letter) so "Marines" or "Janet" never match.
MONTH_RE = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
            r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|"
            r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ISO_RE = r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"


@lru_cache(maxsize=1)
def _full_dates() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The ISO, month-day-year and day-month-year patterns, compiled when first needed."""
    return (regex(ISO_RE),
            regex(r"\b(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\d)"),
            regex(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_RE
                  + r")(?:,?\s+(\d{4}))?(?!\d)"))


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "august"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the parts do not make one (Feb 30, month 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_date(text: str | None) -> dt.date | None:
    """The date an ISO string (``YYYY-MM-DD``, maybe with a time after it) starts with."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first full date (with a year) in ``text``, or None."""
    iso, mdy, dmy = _full_dates()
    found = []
    for match in iso.finditer(text):
        found.append((match.start(), safe_date(*map(int, match.groups()))))
    for match in mdy.finditer(text):
        month, day, year = match.groups()
        if year:
            found.append((match.start(), safe_date(int(year), month_number(month) or 0, int(day))))
    for match in dmy.finditer(text):
        day, month, year = match.groups()
        if year:
            found.append((match.start(), safe_date(int(year), month_number(month) or 0, int(day))))
    found = [item for item in found if item[1] is not None]
    return min(found, key=lambda item: item[0])[1] if found else None
