""""What happened" ends the same way in every language: without a full stop."""
from newsbrief import Options, summarize_text

GERMAN = ("Die Stadt Hamburg hat am Montag einen neuen Hafen für Containerschiffe eröffnet. "
          "Der Bau hat drei Jahre gedauert und 400 Millionen Euro gekostet. Die Reedereien "
          "begrüßten die Eröffnung, denn die alten Anlagen waren seit Jahren zu klein.")
ENGLISH = ("The city of Harbourton opened a new container port on Monday after three years "
           "of work. The port cost $400 million and can take the largest ships afloat.")


def test_the_headline_has_no_full_stop_in_english_or_german():
    for text, language in ((ENGLISH, "en"), (GERMAN, "de")):
        headline = summarize_text(text, Options(language=language)).facts.headline
        assert headline and not headline.endswith("."), (language, headline)
        assert headline.startswith(text.split()[0])
