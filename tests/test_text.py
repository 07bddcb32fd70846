import re

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.text import (
    WORD_PATTERN,
    count_words,
    paragraph_spans,
    split_sentences,
    stemmer,
    stop_words,
    word_pattern,
    words,
)


def test_sentences_are_verbatim_with_offsets():
    text = "Dr. Smith went to Washington on Jan. 5. He was tired.\n\n\"I am done,\" he said. U.S. officials agreed."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Dr. Smith went to Washington on Jan. 5.", "He was tired.", "\"I am done,\" he said.",
        "U.S. officials agreed."]
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]
    assert [s.paragraph_position for s in sentences] == [0, 1, 0, 1]
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_blank_lines_and_unwrapped_lines_are_paragraphs():
    text = "Caption without a stop\nThe story begins here.\n\nSecond paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Caption without a stop", "The story begins here.", "Second paragraph."]


def test_hard_wrapped_paragraph_is_joined():
    text = ("The committee met on Monday to discuss the budget for the coming\n"
            "year, and members agreed that the road repairs should come first\n"
            "before any new building projects were approved by the council.")
    sentences = split_sentences(text)
    assert len(sentences) == 1
    assert "coming year" in sentences[0].text  # whitespace collapsed


def test_over_long_sentence_is_cut():
    text = "word " * 5000
    sentences = split_sentences(text)
    assert len(sentences) > 1 and all(len(s.text) <= 2000 for s in sentences)


def test_punctuation_only_lines_are_not_sentences():
    assert [s.text for s in split_sentences("|\n\n---\n\nReal words here.")] == ["Real words here."]


def test_paragraph_spans():
    assert paragraph_spans("a\n\n\nb") == [(0, 1), (4, 5)]


def test_words_stems_and_stop_words():
    assert count_words("It's the U.S. economy, stupid.") == 5
    assert stemmer("en")("Running") == "run"
    assert "the" in stop_words("en")
    assert stop_words("xx") == frozenset()


# Letters, digits, joiners and marks around the CJK block's lower edge (U+3005).
_NEAR_CJK = st.text(st.sampled_from(list("aZé9_'’.-— \n,") + ["\u3004", "\u3005", "\u3041",
                                                                 "\u4e00", "\u00e9", "\uff10"]),
                    max_size=40)


@given(_NEAR_CJK)
def test_word_pattern_is_the_full_pattern_on_any_text(text):
    assert word_pattern(text).findall(text) == re.findall(WORD_PATTERN, text)


def test_words_of_cjk_and_plain_text():
    assert words("东京 and Tokyo’s 3.5 km-long road") == ["东", "京", "and", "Tokyo’s", "3.5",
                                                        "km-long", "road"]
    assert words("naïve café—done") == ["naïve", "café", "done"]


TRICKY = [
    "Dr. Smith met Mr. J. R. Ewing at 5 p.m. on Jan. 5. They talked.",
    "The U.S. economy grew 2.5%. Analysts at Goldman Sachs Inc. were surprised.",
    "Wait... what? He left!!! Then he came back. \"Why?\" she asked.",
    "It cost $4.5 million. (That was a lot.) Nobody complained.",
    "He lives at No. 5 Downing St. in London. The St. Louis Cardinals won.",
    "Prices rose in 1999. In 2000, they fell. Sen. Warren objected, e.g. to the rules.",
    "Mrs. O'Neill-Smith, 45, said: \"Yes.\" The end... or not.",
    "Is it over?! No. Yes? Maybe.",
]


def test_fast_punkt_gives_punkt_spans():
    import punkt

    from newsbrief.punkt_fast import FastPunktTokenizer

    params = punkt.load_model("english")
    reference = punkt.PunktSentenceTokenizer(params)
    fast = FastPunktTokenizer(params)
    for text in TRICKY:
        assert list(fast.span_tokenize(text)) == list(reference.span_tokenize(text)), text
    joined = " ".join(TRICKY)
    assert list(fast.span_tokenize(joined)) == list(reference.span_tokenize(joined))


def test_no_stop_inside_initials_of_a_name():
    texts = {
        "Blues legend B.B. King was taken to hospital on Friday. He is 89.":
            ["Blues legend B.B. King was taken to hospital on Friday.", "He is 89."],
        "The singer praised author J.K. Rowling at the awards. The crowd cheered.":
            ["The singer praised author J.K. Rowling at the awards.", "The crowd cheered."],
        "Drummer A.J. Pero, who played for a metal band, has died. He was 55.":
            ["Drummer A.J. Pero, who played for a metal band, has died.", "He was 55."],
        "The attack killed U.S. Ambassador Chris Stevens in the city. It was night.":
            ["The attack killed U.S. Ambassador Chris Stevens in the city.", "It was night."],
        "Senior U.S. officials said the talks had stalled. They resume today.":
            ["Senior U.S. officials said the talks had stalled.", "They resume today."],
    }
    for text, expected in texts.items():
        assert [s.text for s in split_sentences(text)] == expected


def test_no_stop_at_a_rank():
    text = "The world No. 1 lost in straight sets on Tuesday. She was tired. Is this No. 2 now?"
    assert [s.text for s in split_sentences(text)] == [
        "The world No. 1 lost in straight sets on Tuesday.", "She was tired.",
        "Is this No. 2 now?"]


def test_initials_still_end_a_sentence_before_an_opener():
    text = "The minister held talks with the U.S. The deal was signed later. It was a win for Plan B. He smiled."
    assert [s.text for s in split_sentences(text)] == [
        "The minister held talks with the U.S.", "The deal was signed later.",
        "It was a win for Plan B.", "He smiled."]
    said_no = "Asked whether she would stay, she said No. It was final."
    assert [s.text for s in split_sentences(said_no)] == [
        "Asked whether she would stay, she said No.", "It was final."]


def test_initials_glued_to_a_dateline_stay_with_the_name():
    text = "(CNN)A.J. Pero, a drummer for a metal band, has died. He was 55."
    assert [s.text for s in split_sentences(text)] == [
        "(CNN)A.J. Pero, a drummer for a metal band, has died.", "He was 55."]


def test_a_sentence_never_opens_in_lower_case():
    text = ('The fashion show on E! channel announced on Tuesday that it will stop. '
            'He asked "Who is it?" is the slogan of the firm. He bought one. iPhone sales rose.')
    assert [s.text for s in split_sentences(text)] == [
        "The fashion show on E! channel announced on Tuesday that it will stop.",
        'He asked "Who is it?" is the slogan of the firm.', "He bought one.",
        "iPhone sales rose."]


def test_glued_captions_and_scroll_down_are_cut_off():
    text = ("The council closed the old pier on Monday after a storm. Scroll down for video "
            "The pier (pictured) was built in 1890 and drew crowds every summer The council "
            "said it would cost millions to repair. Battered: The pier seen from the beach "
            "on Sunday night Closed: Workers fence off the entrance to the pier on Monday")
    assert [s.text for s in split_sentences(text)] == [
        "The council closed the old pier on Monday after a storm.", "Scroll down for video",
        "The pier (pictured) was built in 1890 and drew crowds every summer",
        "The council said it would cost millions to repair.",
        "Battered: The pier seen from the beach on Sunday night",
        "Closed: Workers fence off the entrance to the pier on Monday"]


def test_no_cut_without_a_caption_mark_or_inside_a_quotation():
    texts = ("The mayor told the Mail on Sunday: 'We will rebuild the pier as it was before.'",
             "In 1992 she co-produced the series The Jacksons: An American Dream for a network.",
             "Fans of the band in the city The Smiths played in were upset by the decision.")
    for text in texts:
        assert [s.text for s in split_sentences(text)] == [text]


def test_a_sentence_opening_after_a_caption_that_lost_its_stop_is_cut_off_it():
    # a one-paragraph copy runs an unmarked caption, and a heading, into the next sentence
    text = ("The league said on Monday that referees will wear new shirts. Referees have "
            "dropped their pink shirts after claims they undermined their authority The new "
            "colours were chosen to encourage discipline. Fans react to the new kit at the "
            "ground in Hertfordshire However many of them were unhappy with the change.")
    assert [s.text for s in split_sentences(text)] == [
        "The league said on Monday that referees will wear new shirts.",
        "Referees have dropped their pink shirts after claims they undermined their authority",
        "The new colours were chosen to encourage discipline.",
        "Fans react to the new kit at the ground in Hertfordshire",
        "However many of them were unhappy with the change."]


def test_no_cut_at_a_title_a_quotation_or_a_day_that_labels_nothing():
    texts = (
        # a title after a capitalised word
        "The actress went to see Faking It and laughed at every one of the jokes told there.",
        "She once starred in the play Picture This in a small theatre near the river bank.",
        # after a word no caption ends with
        "A study by We the People found that most of the women asked had been harassed.",
        # inside a quotation, where a speaker lost a stop
        "He said: 'I do not know how many fouls he had He gets up and wants the ball again.'",
        # a day before a colon is no caption's label
        "The ministers had a special guest at their Cabinet meeting Tuesday: Queen Elizabeth "
        "II, who sat at the head of the table.",
        # a sentence too short to hold a caption and a sentence
        "It was sold in April The buyer paid cash.")
    for text in texts:
        assert [s.text for s in split_sentences(text)] == [text]


def test_a_time_zone_after_a_clock_stays_with_its_sentence():
    text = ("The order took effect at 9 p.m. (8 a.m. ET) Saturday, officials said. The launch "
            "was at 10:45 a.m. ET, an hour late. The meeting ended at 5 p.m. The mayor left.")
    assert [s.text for s in split_sentences(text)] == [
        "The order took effect at 9 p.m. (8 a.m. ET) Saturday, officials said.",
        "The launch was at 10:45 a.m. ET, an hour late.", "The meeting ended at 5 p.m.",
        "The mayor left."]


def test_a_title_written_short_before_a_name_ends_no_sentence():
    text = ("Prosecutors filed a complaint against Illinois Gov. Rod Blagojevich on Tuesday. "
            "The search for Army Sgt. Bowe Bergdahl went on. He met the Gov. The Gov. said no.")
    assert [s.text for s in split_sentences(text)] == [
        "Prosecutors filed a complaint against Illinois Gov. Rod Blagojevich on Tuesday.",
        "The search for Army Sgt. Bowe Bergdahl went on.", "He met the Gov.",
        "The Gov. said no."]


def test_a_hard_wrapped_line_opening_in_lower_case_goes_on_with_the_sentence_before():
    text = ("Officials are ready to provide an anti-flu drug to fight the\n\nvirus, which has "
            "killed hundreds. It is new.\n\nA list:\n\nthe first item\n\niPhone sales rose.")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Officials are ready to provide an anti-flu drug to fight the virus, which has killed "
        "hundreds.", "It is new.", "A list:", "the first item", "iPhone sales rose."]
    assert text[sentences[0].start:sentences[0].end].startswith("Officials")
    assert text[sentences[0].start:sentences[0].end].endswith("hundreds.")
    assert [s.index for s in sentences] == [0, 1, 2, 3, 4]


def test_a_line_cut_after_a_word_no_sentence_ends_with_goes_on_before_a_capital():
    text = ("The cottage was rented by the family friend Hugo van\n\nDamme. A spokeswoman for "
            "Brackley and\n\nWest Marsh Council said so.\n\nPictured with the Queen\n\n"
            "The family lived there.")
    assert [s.text for s in split_sentences(text)] == [
        "The cottage was rented by the family friend Hugo van Damme.",
        "A spokeswoman for Brackley and West Marsh Council said so.",
        "Pictured with the Queen", "The family lived there."]


def test_a_caption_marked_without_brackets_is_cut_off_and_never_summarised():
    """ "is pictured above", "are pictured below", ", pictured left" mark a caption as
    "(pictured)" does: the caption run into a story sentence is cut off it, and neither it
    nor a story sentence written for the photo is picked; "pictured" as a verb is no mark."""
    from newsbrief import Options, summarize_text
    from newsbrief.text import caption_mark

    text = ("A man who fired at officers outside his home in Harbourton was shot dead by police "
            "on Monday night, the county said. Neighbours said they heard several shots after "
            "midnight. Police are pictured above at the scene on the quiet street The officers "
            "fired back after he shot at them from the porch. Ann Lee, pictured below with her "
            "son, said the family had called for help twice. The county will review the case.")
    assert "The officers fired back after he shot at them from the porch." in [
        s.text for s in split_sentences(text)]
    summary = [s.text for s in summarize_text(text, Options(sentences=3)).summary]
    assert not any(caption_mark(s) for s in summary)
    assert len(summary) == 3
    assert not caption_mark("She pictured above the town a tower of glass.")
    assert caption_mark("The pier is pictured here after the storm.")


def test_a_caption_ends_at_its_mark_or_where_a_new_line_opens_past_it():
    text = ("The council closed the old pier after a storm. Only the kiosk survived (pictured) "
            "Workers fence off the pier on Monday before the repairs begin. Mayor Ana Ruiz "
            "(left) walks along the seafront with engineers after the storm damage Engineers "
            "found deep cracks in the old timber supports. Locals (pictured) crowd the "
            "railings with visiting mayor Ana Ruiz before the vote.")
    assert [s.text for s in split_sentences(text)] == [
        "The council closed the old pier after a storm.", "Only the kiosk survived (pictured)",
        "Workers fence off the pier on Monday before the repairs begin.",
        "Mayor Ana Ruiz (left) walks along the seafront with engineers after the storm damage",
        "Engineers found deep cracks in the old timber supports.",
        "Locals (pictured) crowd the railings with visiting mayor Ana Ruiz before the vote."]


def test_past_a_caption_mark_a_name_a_day_or_a_letter_is_no_new_line():
    texts = ("The fans (pictured) cheered the team captain Joe Hart as the trophy was lifted.",
             "The pianist Anna Berg (left) was arrested Friday after a row at the hotel bar.",
             "Nurses (pictured) gave out the new meningitis B vaccine at the clinic in town.",
             "The judge (pictured) heard how Mrs Lane had left the house before the fire.")
    for text in texts:
        assert [s.text for s in split_sentences(text)] == [text]


def test_a_caption_ends_before_a_sentence_opener_or_a_surname_after_a_capital():
    text = ("The club said all the tickets were gone. Home fans (pictured) cheer as the Rovers "
            "beat the visitors at Eastfield on Saturday All tickets for the final sold out "
            "within an hour. Striker Tom Baxter (left) scores his second goal against Hull on "
            "Sunday Baxter has now scored nine goals this season. The match on Sunday was "
            "shown live.")
    assert [s.text for s in split_sentences(text)] == [
        "The club said all the tickets were gone.",
        "Home fans (pictured) cheer as the Rovers beat the visitors at Eastfield on Saturday",
        "All tickets for the final sold out within an hour.",
        "Striker Tom Baxter (left) scores his second goal against Hull on Sunday",
        "Baxter has now scored nine goals this season.", "The match on Sunday was shown live."]


def test_a_caption_chain_is_cut_again_past_the_first_caption_s_end():
    text = ("The pier was closed in May. Only the kiosk survived (pictured) Workers fence off "
            "the pier before the repairs begin Engineers found deep cracks in the timber. "
            "The engineers will report in June.")
    assert [s.text for s in split_sentences(text)] == [
        "The pier was closed in May.", "Only the kiosk survived (pictured)",
        "Workers fence off the pier before the repairs begin",
        "Engineers found deep cracks in the timber.", "The engineers will report in June."]


def test_a_second_person_of_the_same_surname_is_no_new_sentence():
    text = ("Tom Price (left) and his twin brother Darren Price were both named in the squad "
            "for the match on Saturday.")
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_byline_and_time_stamps_run_into_the_lines_around_them_are_cut_off():
    text = ("Council shuts the old harbour bridge for two years after cracks are found By Maria "
            "Green PUBLISHED: 09:15 EST, 4 March 2026 | UPDATED: 11:40 EST, 4 March 2026 Closed: "
            "The bridge seen from the south bank on Sunday The council voted to close the bridge "
            "on Tuesday.")
    assert [s.text for s in split_sentences(text)] == [
        "Council shuts the old harbour bridge for two years after cracks are found",
        "By Maria Green PUBLISHED: 09:15 EST, 4 March 2026 | UPDATED: 11:40 EST, 4 March 2026",
        "Closed: The bridge seen from the south bank on Sunday",
        "The council voted to close the bridge on Tuesday."]


def test_a_labelled_caption_ends_where_a_sentence_opens_with_a_common_word():
    # "Jurors" and "Researchers" are words English writes in lower case inside sentences:
    # capitalised after a word with no stop, they open the story's sentence
    text = ("Victim: Tom Reed, nine, died in the blast at the harbour in April 2019 Jurors wept in "
            "court today as a doctor described the boy's injuries. Kept apart: The twins grew up in "
            "two towns with no contact Researchers found they had the same habits.")
    assert [s.text for s in split_sentences(text)] == [
        "Victim: Tom Reed, nine, died in the blast at the harbour in April 2019",
        "Jurors wept in court today as a doctor described the boy's injuries.",
        "Kept apart: The twins grew up in two towns with no contact",
        "Researchers found they had the same habits."]


def test_a_labelled_caption_ends_before_a_quotation_opening_with_i():
    text = ("Ageless love: Dana and George met at her salon in the spring of 2004 'I began to "
            "think I would never marry again,' she said. It was a long wait.")
    assert [s.text for s in split_sentences(text)] == [
        "Ageless love: Dana and George met at her salon in the spring of 2004",
        "'I began to think I would never marry again,' she said.", "It was a long wait."]


def test_past_a_label_a_name_a_title_or_a_short_quotation_is_no_new_line():
    texts = ("Tutoring session: Victor Poulin filmed Fuzzy the bunny keeping his daughter in check.",
             "Lego king: A model of William, Kate and their new baby Prince which was built by "
             "experts.",
             "Cruz supporters: Several attendees wore red 'Stand with Rand' shirts at the rally.",
             "Campaign: Several attendees wore green 'Yes we can' badges at the rally.",
             "Game changers: Nuts and its new rival Zoo (right) were launched within weeks of "
             "each other.",
             "Game changers: Nuts and its new rival Zoo weekly (right) were launched within "
             "weeks of each other.",
             "Warning: Clapper told a meeting that failure to renew Section 215 would raise the "
             "risk.")
    for text in texts:
        assert [s.text for s in split_sentences(text)] == [text]


def test_a_word_of_a_web_address_is_not_one_the_paragraph_writes_in_lower_case():
    text = ("Behind the scenes: The pair on the set of the latest Burberry campaign in London. "
            "Follow Burberry at www.twitter.com/burberry for more.")
    assert [s.text for s in split_sentences(text)] == [
        "Behind the scenes: The pair on the set of the latest Burberry campaign in London.",
        "Follow Burberry at www.twitter.com/burberry for more."]


def test_a_possessive_before_a_capitalised_word_past_a_label_is_a_title_not_a_sentence():
    text = ("Check it out: The spring campaign starring My Week With Marilyn's Eddie Redmayne "
            "and the model Cara Delevingne.")
    assert [s.text for s in split_sentences(text)] == [text]
