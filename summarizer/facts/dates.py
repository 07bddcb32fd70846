"""Dates and times in the story, resolved against the article date when there is one."""
from __future__ import annotations

import datetime as dt
import re

from ..dates import MONTH_RE, WEEKDAYS, month_number, safe_date
from ..records import DateFact, Document

_DATE = re.compile(
    r"(?P<iso>(?<!\d)\d{4}-\d{2}-\d{2}(?!\d))"
    rf"|(?P<mdy>\b{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d))"
    rf"|(?P<dmy>(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}(?:,?\s+\d{{4}})?(?!\d))"
    rf"|(?P<monthyear>\b(?:in|since|until|by|last|next|this|early|late|mid-?)\s+"
    rf"(?:{MONTH_RE})(?:\s+\d{{4}})?\b)"
    r"|(?P<weekday>\b(?:last\s+|next\s+|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)"
    r"|(?P<relative>\b(?:yesterday|today|tomorrow|last\s+(?:week|month|year|night)|"
    r"next\s+(?:week|month|year)|this\s+(?:week|month|year|morning|afternoon|evening))\b)"
    r"|(?P<time>(?<![\d:])\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b)"
    r"|(?P<year>\bin\s+(?:1[89]|20)\d\d\b)",
)
_DIGITS = re.compile(r"\d+")


def extract_dates(document: Document) -> tuple[DateFact, ...]:
    anchor = _anchor(document.article.date)
    facts: list[DateFact] = []
    seen: set[str] = set()
    for sentence in document.sentences:
        for match in _DATE.finditer(sentence.text):
            kind = match.lastgroup or ""
            text = match.group(0).strip()
            value = _resolve(kind, text, anchor)
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            facts.append(DateFact(text=text, value=value, sentence=sentence.index))
    return tuple(facts)


def _anchor(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _resolve(kind: str, text: str, anchor: dt.date | None) -> str | None:
    lower = text.lower()
    if kind == "iso":
        parts = [int(x) for x in _DIGITS.findall(text)]
        found = safe_date(*parts[:3])
        return found.isoformat() if found else None
    if kind in {"mdy", "dmy"}:
        return _month_day(text, anchor)
    if kind == "monthyear":
        return _month_year(text, anchor)
    if kind == "weekday":
        return _weekday(lower, anchor)
    if kind == "relative":
        return _relative(lower, anchor)
    if kind == "time":
        return _time(lower)
    if kind == "year":
        return _DIGITS.findall(text)[-1]
    return None


def _month_day(text: str, anchor: dt.date | None) -> str | None:
    month_match = re.search(MONTH_RE, text)
    month = month_number(month_match.group(0)) if month_match else None
    numbers = [int(x) for x in _DIGITS.findall(text)]
    day = numbers[0] if numbers else None
    year = numbers[1] if len(numbers) > 1 else None
    if month is None or day is None:
        return None
    if year is None:
        if anchor is None:
            return f"--{month:02d}-{day:02d}"
        year = anchor.year
    found = safe_date(year, month, day)
    return found.isoformat() if found else None


def _month_year(text: str, anchor: dt.date | None) -> str | None:
    month_match = re.search(MONTH_RE, text)
    month = month_number(month_match.group(0)) if month_match else None
    years = _DIGITS.findall(text)
    if month is None:
        return None
    if years:
        return f"{int(years[-1]):04d}-{month:02d}"
    if anchor is None:
        return None
    year = anchor.year
    lower = text.lower()
    if lower.startswith("last") or (month > anchor.month and not lower.startswith("next")):
        year -= 1  # "in August" told in March means last August
    if lower.startswith("next") and month <= anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _weekday(lower: str, anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    day = WEEKDAYS[lower.split()[-1]]
    if lower.startswith("next"):
        delta = (day - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=delta)).isoformat()
    # News reports the past: "Sunday" is the most recent Sunday, the day itself included.
    delta = (anchor.weekday() - day) % 7
    if lower.startswith("last") and delta == 0:
        delta = 7
    return (anchor - dt.timedelta(days=delta)).isoformat()


def _relative(lower: str, anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    words = lower.split()
    if lower in {"today", "this morning", "this afternoon", "this evening"}:
        return anchor.isoformat()
    if lower in {"yesterday", "last night"}:
        return (anchor - dt.timedelta(days=1)).isoformat()
    if lower == "tomorrow":
        return (anchor + dt.timedelta(days=1)).isoformat()
    unit, step = words[-1], {"last": -1, "next": 1, "this": 0}[words[0]]
    if unit == "week":
        year, week, _ = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if unit == "year":
        return f"{anchor.year + step:04d}"
    return None


def _time(lower: str) -> str | None:
    if lower == "noon":
        return "12:00"
    if lower == "midnight":
        return "00:00"
    numbers = [int(x) for x in _DIGITS.findall(lower)]
    hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
    if hour > 12 or minute > 59:
        return None
    if "p" in lower and hour != 12:
        hour += 12
    if "a" in lower and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"
