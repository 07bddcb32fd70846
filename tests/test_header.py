from newsbrief.header import parse_header, split_names


def test_date_and_byline_on_one_line():
    header = parse_header("date 2020-09-20 By Sebastian Herrera and Katy Stech Ferek\n\nBody text here.")
    assert header.date == "2020-09-20"
    assert header.authors == ("Sebastian Herrera", "Katy Stech Ferek")
    assert header.title is None


def test_date_line_then_byline_line():
    text = "date 2021-01-05\nBy Ann Lee, Bo Chen and Cy Diaz\n\nThe story starts here."
    header = parse_header(text)
    assert header.date == "2021-01-05"
    assert header.authors == ("Ann Lee", "Bo Chen", "Cy Diaz")
    assert text[header.body_start:].startswith("The story starts here.")


def test_title_then_byline_and_published_lines():
    text = ("Bridge reopens after repairs\n\nBy Jane Example\nPublished March 3, 2022\n\n"
            "The bridge reopened on Tuesday.")
    header = parse_header(text)
    assert header.title == "Bridge reopens after repairs"
    assert header.authors == ("Jane Example",)
    assert header.date == "2022-03-03"
    assert text[header.body_start:] == "The bridge reopened on Tuesday."


def test_tabloid_header_with_bare_labels():
    text = ("By\n\nJill Reilly, Helen Pow and Helen Collis\n\nPUBLISHED:\n\n04:13 EST, 13 August 2013\n\n|"
            "\n\nUPDATED:\n\n16:27 EST, 13 August 2013\n\nA nanny was found fit for trial.")
    header = parse_header(text)
    assert header.authors == ("Jill Reilly", "Helen Pow", "Helen Collis")
    assert header.date == "2013-08-13"
    assert text[header.body_start:] == "A nanny was found fit for trial."


def test_first_sentence_is_not_a_title():
    text = "The council voted on Saturday to approve the plan.\n\nIt will cost $4 million."
    header = parse_header(text)
    assert header.title is None and header.body_start == 0


def test_sentence_starting_with_by_is_body():
    text = "By the end of the week, the river had risen four metres.\n\nMore text."
    header = parse_header(text)
    assert header.authors == () and header.body_start == 0


def test_split_names():
    assert split_names("Ann Lee, Bo Chen and Cy Diaz") == ["Ann Lee", "Bo Chen", "Cy Diaz"]
    assert split_names("Ann Lee & Bo Chen") == ["Ann Lee", "Bo Chen"]


def test_a_first_line_a_copy_broke_before_a_lower_case_word_is_no_title():
    text = ("Harbour officials said on Monday they are\n\nready to reopen the bridge after "
            "repairs.\n\nTraffic will return on Friday.")
    header = parse_header(text)
    assert header.title is None and header.body_start == 0
    assert parse_header("Bridge reopens\n\nTraffic will return on Friday.").title == (
        "Bridge reopens")


def test_a_title_before_a_date_line_is_a_title():
    # the date line opens in lower case, but is a header line, not the title's sentence
    # going on (the shipped examples/ferry.txt)
    text = ("Night ferry returns after two-year break\n\ndate 2026-03-16 By Ines Carvalho\n\n"
            "The overnight ferry will sail again from May 4.")
    header = parse_header(text)
    assert header.title == "Night ferry returns after two-year break"
    assert (header.date, header.authors) == ("2026-03-16", ("Ines Carvalho",))
    assert text[header.body_start:].startswith("The overnight ferry")
