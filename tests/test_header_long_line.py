"""A one-paragraph article: its byline and time stamps are metadata, the rest is body text."""
from __future__ import annotations

from newsbrief import Options, summarize_text
from newsbrief.header import parse_header
from newsbrief.pipeline import article_from_text

BODY = ("The harbour bridge will close for two years after engineers found cracks in its "
        "supports. About 40,000 drivers use it every day. A ferry will run every 15 minutes "
        "while repairs go on, and the council expects long delays on the ring road.")
ONE_LINE = ("By Jane Doe and Omar Haddad PUBLISHED: 10:00 EST, 1 May 2013 | UPDATED: 11:00 EST, "
            "2 May 2013 " + BODY)


def test_a_byline_and_stamps_glued_to_the_first_sentence_are_peeled_off():
    header = parse_header(ONE_LINE)
    assert header.authors == ("Jane Doe", "Omar Haddad")
    assert header.date == "2013-05-01"  # published, not updated
    assert ONE_LINE[header.body_start:] == BODY
    article = article_from_text(ONE_LINE)
    assert article.body == BODY
    brief = summarize_text(ONE_LINE, Options(sentences=3, facts=False))
    assert [s.text[:18] for s in brief.summary] == ["The harbour bridge", "About 40,000 drive",
                                                   "A ferry will run e"]
    assert (brief.authors, brief.date) == (("Jane Doe", "Omar Haddad"), "2013-05-01")


def test_parts_separated_by_periods_and_a_last_updated_stamp():
    dotted = ("By . Jane Doe . PUBLISHED: . 10:00 EST, 1 May 2013 . | . UPDATED: . 11:00 EST, "
              "1 May 2013 . " + BODY)
    header = parse_header(dotted)
    assert (header.authors, header.date) == (("Jane Doe",), "2013-05-01")
    assert dotted[header.body_start:] == BODY
    updated = "By Omar Haddad Last updated at 4:32 PM on 15th February 2012 " + BODY
    header = parse_header(updated)
    assert (header.authors, header.date) == (("Omar Haddad",), "2012-02-15")
    assert updated[header.body_start:] == BODY


def test_stamps_without_a_byline_are_peeled_off_too():
    text = "PUBLISHED: 09:56 EST, 10 May 2013 | UPDATED: 13:13 EST, 10 May 2013 " + BODY
    header = parse_header(text)
    assert (header.authors, header.date) == ((), "2013-05-10")
    assert text[header.body_start:] == BODY


def test_a_long_first_line_without_stamps_stays_body_text():
    for text in ("By the time the harbour bridge reopens, PUBLISHED reports will be out. " + BODY,
                 "By Jane Doe PUBLISHED: yesterday " + BODY,  # no time and full date
                 BODY + " PUBLISHED: 10:00 EST, 1 May 2013 " + BODY):  # not at the start
        header = parse_header(text)
        assert header.body_start == 0, text
        assert article_from_text(text).body == text


def test_a_byline_that_is_no_list_of_names_keeps_the_line_whole():
    text = ("By far the largest closure PUBLISHED: 10:00 EST, 1 May 2013 in years, said the "
            "council. " + BODY)
    assert parse_header(text).body_start == 0


def test_short_byline_line_is_still_a_header():
    text = "By Jane Doe\n\nThe harbour bridge will close for two years."
    header = parse_header(text)
    assert header.authors == ("Jane Doe",)
    assert text[header.body_start:].startswith("The harbour bridge")


def test_a_run_of_stamps_peels_at_most_four():
    stamp = "PUBLISHED: 10:00 EST, 1 May 2013 | "
    text = stamp * 20_000 + BODY  # hostile input: stays cheap, and the rest is body text
    header = parse_header(text)
    assert header.date == "2013-05-01"
    assert header.body_start == 4 * len(stamp) - len("| ")


def test_a_us_style_stamp_glued_to_the_first_sentence_is_peeled_off():
    for stamp, rest in (("Updated Mar 3, 2014 5:10 PM ET ", BODY),
                        ("Posted: March 3, 2014 at 5:10 p.m. ", BODY[:90] + "\n\n" + BODY[90:])):
        text = stamp + rest
        header = parse_header(text)
        assert (header.authors, header.date) == ((), "2014-03-03")
        assert text[header.body_start:] == rest
        brief = summarize_text(text, Options(sentences=3))
        assert brief.summary[0].text.startswith("The harbour bridge will close")
        assert brief.date == "2014-03-03"
        assert brief.facts.headline.startswith("The harbour bridge")


def test_a_byline_glued_to_the_first_sentence_without_stamps_is_peeled_off():
    cases = {"By Jane Doe ": ("Jane Doe",),
             "By Jane Doe and Omar Haddad ": ("Jane Doe", "Omar Haddad"),
             "By Jane Doe, Transport Correspondent ": ("Jane Doe",),
             "By Omar Haddad for MailOnline ": ("Omar Haddad",),
             "By Mia De Graaf ": ("Mia De Graaf",),
             "By Town Hall Reporter ": ("Town Hall Reporter",)}
    for byline, authors in cases.items():
        header = parse_header(byline + BODY)
        assert (header.authors, (byline + BODY)[header.body_start:]) == (authors, BODY), byline
    three = "By Jane Ann Doe It was" + BODY[3:]
    assert parse_header(three).authors == ("Jane Ann Doe",)
    brief = summarize_text("By Jane Doe " + BODY, Options(sentences=1, facts=False))
    assert brief.summary[0].text.startswith("The harbour bridge")


def test_a_first_line_opening_with_by_and_no_name_stays_body_text():
    for text in ("By Tuesday afternoon the harbour bridge had closed. " + BODY,
                 "By Christmas Day The harbour bridge had closed for good. " + BODY,
                 "By Jane, the harbour bridge was closed. " + BODY):
        assert parse_header(text).body_start == 0, text
