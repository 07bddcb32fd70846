"""Turning date expressions into values, relative ones against the article date.

News mostly reports the past, so a weekday, month or day written without a year is the
most recent one on or before the article date, or the next one on or after it when the
sentence speaks of the future ("will", "is scheduled to", "next").
"""
from __future__ import annotations

import datetime as dt
import re

from newsbrief.dates import MONTH_RE, WEEKDAYS, month_number, safe_date
from newsbrief.facts.numwords import small_number
from newsbrief.lexicon import DATE_CLAUSE_JOINS, alternatives
from newsbrief.precompiled import regex

_DIGITS = regex(r"\d+")
_MONTH = regex(MONTH_RE)
_WEEKDAY = regex(alternatives(tuple(WEEKDAYS)))
_YEAR = regex(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_FUTURE = regex(
    r"\b(?:will|won't|would|shall|['’]ll|(?:is|are|was|were)\s(?:due|set|scheduled|expected|to\s\w+)|"
    r"scheduled|planned|plans?\sto|planning|upcoming|expected\sto|going\sto|next|until)\b")
# A finite verb in the past before the date settles it ("voted on Saturday to approve a plan
# to rebuild" is past, whatever the words after it say).
_PAST = regex(r"\b(?:was|were|had|did|said|told|\w{2,}ed)\b")
# The clause of a date: back to a comma or conjunction, forward to a conjunction or stop
# ("On Friday, the court will rule" looks forward; "was in May and will be" does not).
_CLAUSE_BEFORE = regex(r"[,;:]|\s(?:" + alternatives(DATE_CLAUSE_JOINS) + r")\s")
_CLAUSE_AFTER = regex(r"[;.!?]|\s(?:" + alternatives(DATE_CLAUSE_JOINS + ("because",)) + r")\s")
_HALF_DAY = regex(r"([ap])\.?m\b", re.IGNORECASE)
_DAY_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
_STEP = {"last": -1, "past": -1, "next": 1, "this": 0, "earlier": 0, "later": 0}


class Resolver:
    """Values of date expressions for one article (``anchor`` is its date, or None)."""

    def __init__(self, anchor: dt.date | None) -> None:
        self.anchor = anchor

    def speaks_of_future(self, sentence: str, start: int, end: int) -> bool:
        """True when the clause around the expression points forward ("will meet Sunday")."""
        head = sentence[max(0, start - 80):start]
        cut = 0
        for boundary in _CLAUSE_BEFORE.finditer(head):
            cut = boundary.end()
        head = head[cut:]
        if _FUTURE.search(head):
            return True
        if _PAST.search(head):
            return False
        tail = sentence[end:end + 80]
        stop = _CLAUSE_AFTER.search(tail)
        tail = tail[:stop.start()] if stop else tail
        return bool(_FUTURE.search(tail))

    def iso(self, text: str) -> str | None:
        found = safe_date(*(int(x) for x in _DIGITS.findall(text)[:3]))
        return found.isoformat() if found else None

    def year(self, text: str) -> str | None:
        found = _YEAR.search(text)
        return found.group(0) if found else None

    def month_day(self, text: str, future: bool) -> str | None:
        """"Sept. 20, 2020", "20 September", "September 2020"."""
        month = self._month_of(text)
        year_match = _YEAR.search(text)
        year = int(year_match.group(0)) if year_match else None
        rest = text[:year_match.start()] if year_match else text
        days = [int(x) for x in _DIGITS.findall(rest)]
        if month is None:
            return None
        if not days:
            return f"{year:04d}-{month:02d}" if year else None
        if year is None:
            if self.anchor is None:
                return f"--{month:02d}-{days[0]:02d}" if safe_date(2000, month, days[0]) else None
            year = self._year_for((month, days[0]), future)
        found = safe_date(year, month, days[0])
        return found.isoformat() if found else None

    def month(self, text: str, future: bool) -> str | None:
        """"in August", "last March", "next month's" → ``YYYY-MM``."""
        month = self._month_of(text)
        if month is None:
            return None
        if self.anchor is None:
            return f"--{month:02d}"
        first = text.split()[0].lower()
        if first in {"last", "next", "this"}:
            year = self.anchor.year + _month_step(first, month, self.anchor.month)
        else:
            year = self._year_for((month, 32 if future else 0), future)
        return f"{year:04d}-{month:02d}"

    def weekday(self, text: str, future: bool) -> str | None:
        """"Sunday", "last Friday", "next Monday" → ``YYYY-MM-DD``."""
        if self.anchor is None:
            return None
        lower = text.lower()
        named = _WEEKDAY.search(lower)
        assert named is not None  # the scan found this expression by its weekday
        day = WEEKDAYS[named.group(0)]
        today = self.anchor.weekday()
        if lower.startswith("next"):
            delta = (day - today) % 7 or 7
        elif lower.startswith("last"):
            delta = -((today - day) % 7 or 7)
        elif lower.startswith("this"):
            delta = day - today
        elif future:
            delta = (day - today) % 7
        else:
            delta = -((today - day) % 7)
        return (self.anchor + dt.timedelta(days=delta)).isoformat()

    def relative(self, text: str) -> str | None:
        """"yesterday", "last week", "two years ago", "earlier this month"."""
        if self.anchor is None:
            return None
        lower = " ".join(text.lower().split())
        if lower in _DAY_WORDS:
            return (self.anchor + dt.timedelta(days=_DAY_WORDS[lower])).isoformat()
        words = lower.split()
        if words[-1] == "ago":
            count = 1 if words[0] == "a" else small_number(words[0])
            return None if count is None else self._shift(words[1].rstrip("s"), -count)
        return self._shift(words[-1], _STEP[words[0]])

    def time(self, text: str) -> str | None:
        """"11:59 p.m." → ``23:59``; "noon" → ``12:00``."""
        lower = text.lower()
        if lower in {"noon", "midnight"}:
            return "12:00" if lower == "noon" else "00:00"
        numbers = [int(x) for x in _DIGITS.findall(lower)[:2]]
        hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
        half = _HALF_DAY.search(lower)
        if minute > 59 or hour > (12 if half else 23):
            return None
        if half:
            hour = hour % 12 + (12 if half.group(1) == "p" else 0)
        return f"{hour:02d}:{minute:02d}"

    def _month_of(self, text: str) -> int | None:
        found = _MONTH.search(text)
        return month_number(found.group(0)) if found else None

    def _year_for(self, month_day: tuple[int, int], future: bool) -> int:
        """The year that puts (month, day) on or before the anchor, or on or after it."""
        anchor = self.anchor
        assert anchor is not None  # callers return None without an anchor
        here = (anchor.month, anchor.day)
        if future:
            return anchor.year + (month_day < here)
        return anchor.year - (month_day > here)

    def _shift(self, unit: str, step: int) -> str | None:
        """The day, ISO week, month or year ``step`` units away from the anchor."""
        anchor = self.anchor
        assert anchor is not None  # callers return None without an anchor
        if unit == "day":
            return (anchor + dt.timedelta(days=step)).isoformat()
        if unit in {"week", "weekend"}:
            year, week, _ = (anchor + dt.timedelta(weeks=step)).isocalendar()
            return f"{year:04d}-W{week:02d}"
        if unit == "month":
            index = anchor.year * 12 + anchor.month - 1 + step
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        if unit == "year":
            return f"{anchor.year + step:04d}"
        return None


def _month_step(modifier: str, month: int, anchor_month: int) -> int:
    """Years to add for "last March" / "next March" / "this March"."""
    if modifier == "last":
        return -1 if month >= anchor_month else 0
    if modifier == "next":
        return 1 if month <= anchor_month else 0
    return 0
