"""Dates and times, resolved against the article date; sentences written for these tests."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.dates import MONTH_RE, WEEKDAYS, month_number, parse_date, safe_date
from newsbrief.facts.dates import extract_dates
from newsbrief.records import Article, Document
from newsbrief.text import split_sentences

from .growth import LINEAR, growth

WEDNESDAY = "2020-09-23"  # the article date of the relative tests: a Wednesday


def dates(body: str, date: str | None = WEDNESDAY) -> dict[str, str | None]:
    document = Document(Article(source="-", body=body, date=date), split_sentences(body), 0)
    return {d.text: d.value for d in extract_dates(document)}


@pytest.mark.parametrize("body, text, value", [
    ("The law took effect on 2020-09-20 in most states.", "2020-09-20", "2020-09-20"),
    ("The law took effect on Sept. 20, 2020 in most states.", "Sept. 20, 2020", "2020-09-20"),
    ("The law took effect on 20 September 2020 in most states.", "20 September 2020",
     "2020-09-20"),
    ("The law took effect in September 2020 in most states.", "September 2020", "2020-09"),
    ("The law took effect on the 20th of September 2020.", "20th of September 2020",
     "2020-09-20"),
    ("Ministers were named in October of 2011.", "October of 2011", "2011-10"),
    ("The mill closed in 1998 and never reopened.", "1998", "1998"),
])
def test_absolute_dates(body, text, value):
    assert dates(body, None)[text] == value


@pytest.mark.parametrize("body, text, value", [
    ("The mayor resigned Sunday.", "Sunday", "2020-09-20"),
    ("The board met on Friday to vote.", "Friday", "2020-09-18"),
    ("The board met on Wednesday to vote.", "Wednesday", "2020-09-23"),
    ("The market fell sharply last week.", "last week", "2020-W38"),
    ("The river rose yesterday evening.", "yesterday", "2020-09-22"),
    ("The harvest began in August.", "August", "2020-08"),
    ("The harvest began in October.", "October", "2019-10"),
    ("Prices will rise next month.", "next month", "2020-10"),
    ("The talks resume next Friday.", "next Friday", "2020-09-25"),
    ("The court will rule on Friday.", "Friday", "2020-09-25"),
    ("On Friday, the court will rule.", "Friday", "2020-09-25"),
    ("Elections are scheduled for October.", "October", "2020-10"),
    ("The firm was founded two years ago.", "two years ago", "2018"),
    ("The dam burst three days ago.", "three days ago", "2020-09-20"),
    ("Sales doubled earlier this month.", "earlier this month", "2020-09"),
    ("The deal was signed on Sept. 2 in Geneva.", "Sept. 2", "2020-09-02"),
    ("The deal was signed on Dec. 2 in Geneva.", "Dec. 2", "2019-12-02"),
])
def test_relative_dates_resolve_against_the_article_date(body, text, value):
    assert dates(body)[text] == value


@pytest.mark.parametrize("body, text, value", [
    ("The mayor resigned Sunday.", "Sunday", None),
    ("The market fell sharply last week.", "last week", None),
    ("The harvest began in August.", "August", "--08"),
    ("The deal was signed on Sept. 2 in Geneva.", "Sept. 2", "--09-02"),
])
def test_without_an_article_date_relative_values_stay_unresolved(body, text, value):
    assert dates(body, None)[text] == value


@pytest.mark.parametrize("body, text, value", [
    ("Ballots must arrive by 11:59 p.m. on the day.", "11:59 p.m.", "23:59"),
    ("The parade starts at noon sharp.", "noon", "12:00"),
    ("Doors open at 10am for members.", "10am", "10:00"),
    ("Doors open at 12 a.m. for members.", "12 a.m.", "00:00"),
    ("The flight lands at 14:30 GMT in Rome.", "14:30 GMT", "14:30"),
])
def test_times_are_hh_mm(body, text, value):
    assert dates(body, None)[text] == value


def test_a_time_and_its_day_make_one_date_time():
    found = dates("Ballots must arrive by 11:59 p.m. Sunday and the count starts Monday at 9am.")
    assert found["11:59 p.m. Sunday"] == "2020-09-20T23:59"
    assert found["Monday at 9am"] == "2020-09-21T09:00"


def test_a_time_on_an_unresolved_day_keeps_the_time():
    assert dates("The count starts Monday at 9am.", None) == {"Monday at 9am": "09:00"}


@pytest.mark.parametrize("body", [
    "May I ask you something about Mark and Marines?",
    "Music of the 1920s and '30s filled the hall.",
    "The Sunni cleric met Janet in a Monday-to-Friday job.",
])
def test_words_that_only_look_like_dates(body):
    assert dates(body) == {}


def test_repeated_expressions_are_listed_once():
    assert list(dates("It rained Sunday. Sunday was cold.")) == ["Sunday"]


def test_header_date_parsing_keeps_its_api():
    assert parse_date("PUBLISHED: 04:13 EST, 13 August 2013") == dt.date(2013, 8, 13)
    assert parse_date("Updated Sept. 20, 2020 at noon") == dt.date(2020, 9, 20)
    assert parse_date("no date here") is None
    assert month_number("Sept.") == 9 and WEEKDAYS["sunday"] == 6
    assert safe_date(2021, 2, 30) is None and MONTH_RE


@pytest.mark.parametrize("unit", ["May ", "Sunday ", "1 ", "last week ", "12:30 "])
def test_long_runs_stay_linear(unit):
    assert growth(lambda n: dates(unit * n + "end."), 400) < LINEAR


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 :,.-apmSundayMarchlastweekago\n", max_size=200))
def test_any_text_of_date_pieces_is_handled(body):
    for text, value in dates(body).items():
        assert text
        assert value is None or isinstance(value, str)


def test_a_past_verb_before_the_date_wins_over_later_plan_words():
    body = "The council voted on Monday to approve a plan to rebuild the bridge."
    assert dates(body)["Monday"] == "2020-09-21"


def test_would_looks_forward():
    body = "She said the first contracts would be signed in October."
    assert dates(body)["October"] == "2020-10"


@given(st.text(alphabet="0123456789٣３² ADFJMNOSTWaceghilnoprtuvy,.’?", max_size=60))
@settings(max_examples=300, deadline=None)
def test_anchor_scan_finds_what_the_plain_alternation_finds(text):
    # The anchors are found with str.find (see _digits_and_names); they must be the digit
    # runs and month/weekday openings the plain alternation finds.
    from newsbrief.facts.dates import _digits_and_names

    plain = re.compile(r"\d+|J(?:an|u[nl])|Feb|Ma[ry]|A(?:pr|ug)|Sep|Oct|Nov|Dec"
                       r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun")
    assert sorted(_digits_and_names(text)) == [m.start() for m in plain.finditer(text)]



_OPENERS = ["this", "This", "LAST", "last", "next", "past", "earlier", "later", "Later", "thıs"]
_AFTER = ["week", "weekend", "year", "month", "night", "morning", "evening", "afternoon",
          "Monday", "May", "early May", "late", "mid-May", "this year", "is", "of", "the",
          "wee", "5", "2014", "a.m.", "ago", "days", "two", "Sept.", ",", "-", "thıs", ""]


def test_an_opener_passed_over_holds_no_date():
    # _matches passes over "this", "last", "later" ... when the word after goes on with no
    # phrase of time: no date expression, from any start, may hold such an anchor
    from newsbrief.facts.dates import _DATE, _anchors, _may_hold_date

    for before in ("", "earlier ", "on ", "the ", "5 "):
        for opener in _OPENERS:
            for gap in (" ", "\n", ""):
                for after in _AFTER:
                    for tail in ("", " 2014"):
                        text = before + opener + gap + after + tail
                        for anchor in _anchors(text):
                            if _may_hold_date(text, anchor):
                                continue
                            for start in range(anchor + 1):
                                match = _DATE.match(text, start)
                                assert match is None or match.end() <= anchor, (text, start)
