"""A one-paragraph article that opens with a byline is body text, not a header."""
from __future__ import annotations

from summarizer.header import parse_header
from summarizer.pipeline import article_from_text

ONE_LINE = ("By Jane Doe PUBLISHED: 10:00 EST, 1 May 2013 | UPDATED: 11:00 EST, 1 May 2013 "
            "The harbour bridge will close for two years after engineers found cracks in its "
            "supports. About 40,000 drivers use it every day. A ferry will run every 15 minutes "
            "while repairs go on, and the council expects long delays on the ring road.")


def test_long_first_line_is_not_swallowed_as_a_byline():
    header = parse_header(ONE_LINE)
    assert header.body_start == 0
    article = article_from_text(ONE_LINE)
    assert article.body == ONE_LINE


def test_short_byline_line_is_still_a_header():
    text = "By Jane Doe\n\nThe harbour bridge will close for two years."
    header = parse_header(text)
    assert header.authors == ("Jane Doe",)
    assert text[header.body_start:].startswith("The harbour bridge")
