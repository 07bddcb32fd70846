"""The speakers of an article's quotations: attribution, pronouns, canonical names."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from newsbrief.facts.scan import key_positions, word_positions
from newsbrief.facts.speakers import (
    PRONOUNS,
    SAY_FIRST,
    SAY_WORD,
    canonical,
    first_sentence_end,
    in_title_case,
    is_common,
    is_ly_adverb,
    name_ending,
    person_lookup,
    subject_after,
    subject_before,
)
from newsbrief.lexicon import (
    ANTECEDENT_ROLES,
    BODY_NOUNS,
    CREDITING_VERBS,
    DESCRIPTION_GENDER,
    FURNITURE_SENTENCE,
    GENDERED_NOUNS,
    GIVEN_NAME_GENDER,
    HONORIFIC_GENDER,
    IT_NOUNS,
    NAME_ROLES,
    NAME_TITLES,
    NAMING_VERBS,
    NEVER_ALONE,
    OBJECT_MARKERS,
    ORGANIZATION_TAILS,
    OTHER_ROLE_QUALIFIERS,
    PHRASE_OPENERS,
    RELATIVES,
    REPORTING_VERBS,
    ROLE_DESCRIBING_WORDS,
    SPOKEN_NOUNS,
    SUBJECT_PHRASE_OPENERS,
    TELLING_VERBS,
    TITLE_AND_RELATION_WORDS,
    TITLE_GENDER,
    alternatives,
)
from newsbrief.precompiled import regex
from newsbrief.records import Document, Entity

if TYPE_CHECKING:
    from newsbrief.facts.quotes import Found

# Titles written short before a name, by the role they stand for ("Gov. Majed al-Nasrawi" is
# "the governor")
_SHORT_TITLES = {"governor": ("Gov.",), "senator": ("Sen.",), "general": ("Gen.",),
                 "captain": ("Capt.",), "sergeant": ("Sgt.",), "lieutenant": ("Lt.",),
                 "colonel": ("Col.",), "congressman": ("Rep.",), "congresswoman": ("Rep.",),
                 "professor": ("Prof.",), "detective": ("Det.",)}
_DASH_BYLINE = regex(r" {0,3}(?:--|—|–) ?(?=[A-Z])")
_BYLINE_LINKS = frozenset(("on", "in", "at", "to", "during", "via", "from", "of"))
_ACCORDING_FIRST = regex(r"[\s,;—–-]{0,4}according\sto\s")
_WORDS_OF = "in the words of "
_ACCORDING = regex(r"\b[Aa]ccording\sto\s")
# ", saying:", ", adding", ", telling reporters:", " saying": the sentence subject's quote
_PARTICIPLE = regex(r"(?:,\s|\s(?=saying\b))(?:saying|adding|writing|explaining|insisting|"
                    r"warning|noting|declaring|stating|arguing|claiming|joking|"
                    r"telling\s[^,:;\"“”‘’]{1,40}?)(?:\s(?:that\s)?[^,:;\"“”‘’.!?]{1,60})?"
                    r"[:,]?$")
# Verbs of saying or thinking that a speaker's name stands right before ("Hasselbaink
# believes")
_SPEAKING_OR_THINKING = frozenset(REPORTING_VERBS) | frozenset("""believes believed insists
insisted admits admitted claims claimed allowed thinks thought feels felt argued argues warned
warns revealed reveals conceded concedes""".split())
# Verbs by which a person takes a stance that a quote right after backs ("Prentis criticised
# the plans." then '"If you want world class services ..."')
_STANCE_VERBS = tuple("""criticised criticized attacked condemned welcomed praised defended
dismissed rejected slammed blasted questioned disagreed insisted argued warned agreed
responded replied admitted denied""".split())
_STANCE = regex(r"\b(?:" + alternatives(_STANCE_VERBS) + r")\b")
# The one told after these is the listener ('"…," told the Cricinfo website'; see _after);
# the one told or asked after these in a sentence is no subject (see Attribution._told)
_TOLD = frozenset(("told", "tells"))
_TELLING = _TOLD | frozenset(("asked", "asks"))
# Verbs of praise and blame whose subject a quoted phrase after them is from ("accused Ward
# of making 'the best save'"; see Attribution._charged_by), and how many words at most stand
# from the verb to the quote
_CHARGE_VERBS = tuple("""accused accuses attacked attacks praised praises criticised criticized
criticises criticizes condemned condemns slammed slams blasted blasts hailed hails branded
brands labelled labeled mocked ridiculed derided denounced lambasted""".split())
_CHARGE_WORDS = 12
_CHARGE_CHARS = 240  # longer than _CHARGE_WORDS words and a verb, as news writes them
_CHARGE = regex(r"\b(?:" + alternatives(_CHARGE_VERBS) + r")\b")
# Verbs in the past that a clause's subject acts by, most of them irregular ("and Mr
# Pautonnier went on to make a habit of it")
_PAST_ACTS = frozenset("""went made took came gave got began left kept found brought became
ran won lost met sent spent paid held stood wrote spoke drove flew chose wore bought caught
fought decided agreed refused tried wanted started continued returned moved worked
received asked helped showed turned""".split())
# Words by which the clause a participle opens gives the quote to others ("saying he was
# part of what prosecutors called '…'")
_OTHERS_WORDS = NAMING_VERBS | TELLING_VERBS | frozenset(("calls", "dubbed", "termed",
                                                          "describes", "labelled", "labeled",
                                                          "branded"))
# Words between a subject and its speech verb ("were reported as saying")
_FRAME_WORDS = frozenset(("was", "were", "is", "are", "have", "has", "had", "been", "reported",
                          "quoted", "as", "also", "later", "then"))
# Words ending in "s" that head no plural subject
_NOT_PLURAL_SUBJECTS = frozenset(("this", "thus", "perhaps", "always", "sometimes", "ours",
                                  "yours", "theirs", "news"))
# Words by which a subject hands the participle on to those it quotes
_QUOTING_WORDS = frozenset(("quoted", "quoting", "cited", "citing"))
_REPORTED_CHARS = 600  # how far before a quote indirect speech is looked for
_PARTICIPLE_CHARS = 130  # longer than any match of _PARTICIPLE, which ends the text
_NEXT_CLAUSE = regex(r"[,;]\s(?:but|and|while|as|although|though|whereas|yet|so)\s|;")
# Signs of a person's gender in the article itself (see Attribution.genders).
# (opens on one character class, so re skips to the candidates in C; see HONORIFIC_GENDER)
_HONORIFIC = regex(r"([MSLD](?<!\w[MSLD])(?:rs?|s|iss|ir|ord|ady|ame))\.?\s"
                   r"((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*)")
_PRONOUN_AFTER = regex(r"\w+\s(?:that\s)?(he|she|his|her)\b", re.IGNORECASE)
_PRONOUN_GENDER = {"he": "male", "his": "male", "she": "female", "her": "female"}
# An age and a verb, then "his" or "her" owning a noun, right after a name ("Dianne
# Staniforth, 51, discovered her husband"; not "Silas Reid told her: ...")
_OWNER_AFTER = regex(r"(?:,\s\d{1,3},)?\s[a-z]+\s(his|her)\s[a-z]")
_LOOK_BACK = 40  # events read back for a pronoun's antecedent of the right gender
# Words after which a name is what something is likened to, not who acts
_COMPARED = frozenset(("like", "unlike", "than"))
# Descriptions of those who speak for others, or are others than one just named ("Ligon
# said ... '…,' the judge responded": the prosecutor, then the judge)
_DESCRIBING = frozenset("""spokesman spokeswoman spokesperson official source aide
representative lawyer attorney judge defendant prosecutor witness victim juror speaker
""".split())
# Nouns of a person that no list of roles holds ("the 30th seed", "the longtime member")
_PERSON_HEADS = frozenset("""seed debutant member veteran worker cleric operative principal
resident student teacher""".split())
# A sentence that the same pronoun leads tells of the same person (see
# Attribution._subject_before); "his" and "her" may point ahead ("In his comments, Krishna").
_ACCORDING_AFTER = regex(r"[\s,;]{0,3}according\sto\b")  # a source after a quote
_SAME_PERSON = {"he": regex(r"\b[Hh]e\b"), "she": regex(r"\b[Ss]he\b")}
_SUBJECT_SENTENCES = 6  # sentences read back for a pronoun's subject
_ROLE_SUBJECT_CHARS = 60  # how far into a sentence its speech verb may stand after a role
_OPENING_WORDS = 10  # at most this many words in a phrase fronted before a subject
# A capitalised name and whether "'s" ends it (an owner, no subject: "Ms Jowell's deputy")
_NAME_AND_NEXT = regex(r"(?:[A-Z][\w.-]*\s)*[A-Z][\w-]*('s|’s)?")
_QUOTE_MARKS = "\"“”‘’'"
_REPEAT_WORDS = 3  # a quote of this many words or more, said again, is a repeat
_WINDOW = 200  # characters of context read on each side of a quote
# "Manchester United coach Sir Alex Ferguson:" — a role in lower case, then a name of two to
# four capitalised words, ending a head of up to eight words before a colon
_ROLE_THEN_NAME = regex(r"^(?:\S+\s){0,3}(?:" + alternatives(sorted(NAME_ROLES)) + r")"
                        r"(?:\s[A-Z][\w'’.-]+){2,4}$")
_Event = tuple[int, int, str]  # (offset, paragraph, speaker)
_START = attrgetter("start")
_AGE = regex(r"\d{1,3}-year-old")
_NAME_BEFORE = regex(r"[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){0,3}$")  # the name ending a stretch
_OWNERS = frozenset(("his", "her", "their"))  # "her mother said"
_OPENER_APART = 3  # sentences from a quote within which one opening a sentence goes on it
_CAPTIONS_APART = 3  # at most this many photo captions between two quotes of one speaker
_OTHER_GENDER = {"he": "female", "she": "male"}
# '"…," Walters remembers.', 'she remembered with a laugh': speech after a quote only (before
# one, "he remembered 'how we children were afraid'" is what he remembered), and where the
# clause ends ('"…!" Falardeau remembers Wyatt telling her': Wyatt's words)
_REMEMBERED = regex(r"\brememb(?:ered|ers)(?=[.,;]|\s+with\b|\s*$)")
# A description that names the one a writing is from: "a statement from John Hale"
_WRITING_FROM = regex(r"(?:an?|the)\s(?:[a-z]+\s)?(?:statement|letter|memo|e-?mail|note|message)"
                      r"\s(?:from|by)\s((?:[A-Z][\w.'’-]*\s)*[A-Z][\w'’-]*)$")
_WRITING_READ = regex(r"(it|the \w+) read,")  # '"…," it read, CNN affiliate KTXS reported'
# "He added: '…'", "'…,' she continued": the speaker of the quote before goes on
_ADDED_PARAGRAPHS = 3
_ADDED_BEFORE = regex(r"\b(?:[Hh]e|[Ss]he) (?:added|continued|went on)(?: that)?[:,]?\s*\W?$")
_ADDED_AFTER = regex(r"[,.!?]?\W{0,2}\s*(?:he|she) (?:added|continued|went on)\s*[,.;]")
_INDEFINITE = frozenset(("a", "an", "one", "another"))  # "a spokesman": someone new
_ROLE_DETERMINERS = _INDEFINITE | {"the", "his", "her", "their"}
_CLAUSE_OPENERS = frozenset(("while", "and", "but", "then", "as", "when"))
# A relative clause's opening right before a pronoun ("in which he", "where she")
_RELATIVE_BEFORE = regex(r"\s(?:in\swhich|during\swhich|where|who|whom),?\s$")
_ASKED_HIM_CHARS = 40  # at most this far after a name the "him" it acts on stands
_ROLE_PHRASE_WORDS = 5  # at most this long a role before a name opening a sentence
_SUBORDINATORS = frozenset(("when", "after", "before", "as", "while", "although", "though",
                            "since", "once", "because", "if", "until"))
_CLAUSE_OPENER = regex(r"\b(?:%s)\b" % "|".join(sorted(_SUBORDINATORS)), re.IGNORECASE)
_OWNED_ROLES = frozenset(w for w in NAME_ROLES | RELATIVES if w.islower() and w.isalpha()) - {
    "state", "vice", "prime"}
_AS_SAYING = regex(r"\sas\ssaying\b")
_NEXT_WORD = regex(r"\s([A-Za-z-]+)")  # the word after an owner ("Kerr's view")
_IT = ("it", "it")  # "'…,' it said" (see Attribution._it_speaker)
_NAME_RUN = regex(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
_COLON_SENTENCE_CHARS = 200  # at most this long a sentence whose opener a colon's quote is
_COLON_OPENER_CHARS = 40  # at most this far into it the phrase before the name may run
# Who made a statement, in the words around "statement": "a statement (issued) from/by X",
# "X said in a statement", "X issued a statement", "In a statement, X ..."
_STATEMENT_BY = regex(r"s?\s(?:(?:issued|released|posted|sent)\s(?:\w+\s){0,2}?)?(?:from|by)\s")
_SAID_IN = regex(r"\s(?:said|says)\s(?:in|via)\san?\s(?:[a-z]+\s)?$")
_ISSUED = regex(r"\s(?:issued|released|put\sout)\san?\s(?:[a-z]+\s)?$")
_IN_A = regex(r"^(?:[A-Z]\w*\s)?[Ii]n\san?\s(?:[a-z]+\s)?$")
# the one a statement is from: a body or a person's name ("the U.S. Embassy", "Sunny
# Booker", "Pena Nieto's campaign"), "the office of" a name, or a determiner and a noun
# ("the company", "her camp")
_AUTHOR = regex(r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s)?(?:(?:[A-Z][\w.&'’-]*\s"
                r"(?:(?:of|for|and|&)\s)?)*[A-Z][\w&'’-]*(?:\.(?=[\w\s]))?(?:(?<=['’]s)\s[a-z]+)?"
                r"|[a-z]+(?=\s)(?:\sof\s(?:[A-Z][\w.'’-]*\s)*[A-Z][\w'’-]*)?)(?=[\s,.;:])")
_OWN_DETERMINERS = ("the", "his", "her", "its", "their")
_CLAUSE_AFTER_SUBJECT = regex(r",\s(?:where|who|which|whose)\s[^,]{1,120},\s*$")


class Attribution:
    """Finds who said each quotation of one article."""

    def __init__(self, document: Document, people: tuple[Entity, ...],
                 paragraphs: list[tuple[int, int]], others: tuple[Entity, ...] = (),
                 organizations: tuple[Entity, ...] = ()) -> None:
        self.body = document.article.body
        self.organizations = [e.name for e in organizations]
        # an organization's forms point to its name ("Amnesty": Amnesty International)
        self.organization_names = {form.lower(): e.name for e in organizations
                                   for form in (e.name, *e.aliases)}
        self.title = document.article.title or ""
        self.paragraphs = paragraphs
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.sentence_starts = [s.start for s in document.sentences]
        self.lookup = person_lookup([(p.name, p.aliases) for p in people])
        self.people = frozenset(p.name for p in people)
        self.salient = [p.name for p in people[:3]]  # people come most mentioned first
        self.main_person = _dominant(people)
        self.organization_entities = organizations
        # names of the article's organizations and places: no "he" or "she"
        self.not_people = frozenset(form.lower() for e in others for form in (e.name, *e.aliases)
                                    if form.lower() not in self.lookup)
        self.common = _LowerCaseWords(self.body)
        self.quoted: list[_Event] = []  # speakers of the quotes read so far
        self.quote_spans: list[tuple[int, int]] = []  # (start, end) of each quotation
        self.quote_starts: list[int] = []
        self.titles: set[int] = set()  # quotes read as titles (see speakers)
        self.described: dict[str, str | None] = {}  # _described's answers, by description
        self.role_names: dict[str, frozenset[str]] = {}  # _named_with_role's, by role
        self.reporters: dict[int, str | None] = {}  # _reporter's answers, by offset

    def speakers(self, found: list[Found], texts: list[str]) -> list[str | None]:
        """One speaker (or None) per quotation, in order."""
        out: list[str | None] = []
        chain: list[str | None] = []  # the speakers a quote after may inherit (see _inherit)
        said: set[str] = set()  # the quotes' texts so far
        self.quote_spans = [(quote.start, quote.end) for quote in found]
        self.quote_starts = [quote.start for quote in found]
        for index, (quote, text) in enumerate(zip(found, texts, strict=True)):
            following = found[index + 1].start if index + 1 < len(found) else len(self.body)
            previous_end = found[index - 1].end if index else 0
            raw = self._raw(quote, text, following, previous_end)
            if raw and raw[0] == "pronoun" and index and self._adds_to(
                    quote, raw[1], chain[-1], found[index - 1]):
                speaker = chain[-1]  # ("David Gordon said ... 'He added: '…'": Gordon's)
            else:
                speaker = self._resolve(raw, quote) if raw else None
            if raw is None:  # ('Hughes accused Ward of making "the best save"': Hughes's)
                speaker = self._charged_by(quote)
            inherited = speaker is None and (raw is None or raw[0] == "it")
            if inherited:
                # (an "it" that stands for no body or writing before: as if unattributed)
                speaker = self._inherit(index, found, chain)
            if speaker and speaker in self.people and _tells_of(text, speaker):
                speaker = None  # ("He added: 'Mr Gale has complained about it'": not Gale)
            if speaker and (text not in said or len(text.split()) < _REPEAT_WORDS):
                # (a quote over several paragraphs is "latest" in the one where it ends; a
                # quote repeated, as a photo caption repeats one, is no news of who speaks,
                # unlike a phrase of a few words another takes up: "good judgment")
                self.quoted.append((quote.start, quote.last_paragraph, speaker))
            said.add(text)
            chain.append(speaker)
            # a title after a quote ("Anvil!: The Story of Anvil") is no one's words for
            # following it, though a quote opening a sentence after it may still be the
            # same speaker's (not a question or a cry: "Is the Pope a Catholic?", "Thanks,
            # Phil...and 'Bye Bye.'")
            title = inherited and _title(text)
            if title:
                self.titles.add(index)
            out.append(None if title else speaker)
        return _prefer_full_names(out)

    def _adds_to(self, quote: Found, pronoun: str, before: str | None, last: Found) -> bool:
        """Whether "he added", "she continued" attributing ``quote`` stands for ``before``,
        the speaker of the quote before it: "added" goes on from the last words quoted, so
        their speaker goes on speaking, however many captions or sentences naming others
        come between ("David Gordon, defending, said Smith was 'a somewhat naive
        40-year-old'.", a caption naming Smith, then "He added: '…'"). Not when that
        speaker is unknown or is no person of the article, is of the other gender, or spoke
        more than _ADDED_PARAGRAPHS paragraphs before."""
        if before is None or before not in self.people \
                or quote.paragraph - last.last_paragraph > _ADDED_PARAGRAPHS \
                or self.genders.get(before) == _OTHER_GENDER.get(pronoun) \
                or _named_other_gender(before, pronoun):
            return False
        start = self.paragraphs[quote.paragraph][0]
        if not (_ADDED_BEFORE.search(self.body, max(start, quote.start - 40), quote.start)
                or _ADDED_AFTER.match(self.body, quote.end)):
            return False  # (most: "he said")
        # the last person named since the quote before, a caption between left aside
        mentions = self.mentions
        for index in range(bisect_left(mentions, (quote.start,)) - 1,
                           bisect_left(mentions, (last.end,)) - 1, -1):
            _, paragraph, name = mentions[index]
            if not (last.last_paragraph < paragraph < quote.paragraph
                    and _unended(self._paragraph_text(paragraph))):
                return name == before  # ("Gunther says that ..., '…,' he added": Gunther's)
        return True

    def _raw(self, quote: Found, text: str, following: int,
             previous_end: int) -> tuple[str, str] | None:
        """The attribution as written: after the quote first, else before it."""
        paragraph_end = self.paragraphs[quote.last_paragraph][1]
        # A quoted sentence ending in a stop ends the sentence; one ending in a comma does
        # not, even after an abbreviation ("... in the U.S.," Ferrez said).
        last = quote.parts[-1] if quote.parts else (quote.start, quote.end)
        window = self.body[quote.end:min(following, paragraph_end, quote.end + _WINDOW)]
        closing = self.body[last[0]:last[1]].rstrip()[-1:]  # (the quote's last character)
        if closing in (".", "!", "?") and (byline := _dash_byline(window)):
            return byline
        said_it = False  # '"…," it said': the attribution before it comes first
        if closing != "." or _goes_on(window):
            # (one ending in a stop that lower case follows goes on: '"I got my nose." she
            # quipped')
            found = _after(window)
            said_it = found == _IT
            if found and not said_it and not ("reported" in window and _credits(window)
                              and not self._opens_sentence(quote)):
                # (a phrase inside a sentence that ends "..., state media reported" is the
                # words of that sentence's speaker, the outlet only passes them on)
                if _ACCORDING_AFTER.match(window) and (
                        named := self._said_before_colon(quote)) is not None:
                    return named  # "Holding said: '…', according to the Sun-Sentinel"
                return found
            if found is None and window.startswith(" by ") and self._passive_before(quote) \
                    and not in_title_case(text) \
                    and not _unended(self._paragraph_text(quote.last_paragraph)):
                # "branded a 'figment of her imagination' by her mother": the agent spoke (not
                # of a name, 'dubbed "Gov. Wrecking Ball" by one columnist'; nor in a photo
                # caption, which repeats a quote: its speaker is no news for a "she" after)
                found = subject_after(_past_relation(window[4:]))
                if found:
                    return found
        sentence = self.sentence_starts[max(0, bisect_right(self.sentence_starts, quote.start) - 1)]
        p_start = self.paragraphs[quote.paragraph][0]
        start = max(sentence, previous_end, quote.start - _WINDOW, p_start)
        if start == p_start and quote.paragraph and self._broken_before(quote.paragraph,
                                                                        quote.start):
            # "McCain said:" ending a paragraph, the quote opening the next; "Hughes told
            # her father William Reid," then "53: '…'" in a hard-wrapped copy: one sentence
            sentence = self.sentence_starts[bisect_right(self.sentence_starts, p_start - 1) - 1]
            start = max(sentence, previous_end, quote.start - _WINDOW)
        text = self.body[start:quote.start]
        found = _before(text)
        if found is None and start == sentence:
            found = self._subject_of_sentence(text) or self._coordinated_subject(text)
        elif found is None and _glued_opening(text, len(text)):
            # (a sentence whose stop a one-paragraph copy lost, opening past the window)
            found = self._subject_of_sentence(text)
        if found is None and sentence >= p_start:
            # (the whole sentence, past a title quoted in it: 'X examined the evidence for
            # "The Situation Room" with this introduction: "…"')
            found = self._colon_opener(sentence, quote.start)
        return _IT if found is None and said_it else found

    def _said_before_colon(self, quote: Found) -> tuple[str, str] | None:
        """The name whose speech verb and colon introduce ``quote`` in its sentence
        ("Holding said: '…'"), or None: a source credited after the quote ("…, according to
        the Sun-Sentinel") passes those words on."""
        start, _ = self._sentence_around(quote.start)
        text = self.body[start:quote.start].rstrip(" \"'“‘")
        if not text.endswith(":"):
            return None
        found = _before(text)
        return found if found and found[0] == "name" else None

    def _passive_before(self, quote: Found) -> bool:
        """Whether a passive participle that names what was said ends the text right before
        ``quote``, past "as" and a determiner: "branded a", "dismissed as", "hailed as the"."""
        words = self.body[max(0, quote.start - 40):quote.start].split()[-3:]
        while words and words[-1].lower() in _PASSIVE_FILLERS:
            words.pop()
        return bool(words) and words[-1] in _PASSIVE_PARTICIPLES

    def _colon_opener(self, sentence: int, end: int) -> tuple[str, str] | None:
        """The person whose full name opens the sentence from ``sentence`` to ``end``, as its
        subject, where a colon ends it right before the quote with no speech verb ("Carol
        Costello examined the evidence with this introduction: '…'"), also after a phrase
        fronted before the name ("On June 30, 2008, Carol Costello …"); not an owner
        ("Ross's aide read out: …"), nor a name after a word ("The Beth Daniel match", "One
        Obama aide"), nor where the sentence names another person after it, who may be the
        one quoted ("Mr Blair recalls how Bill Clinton once advised him: '…'")."""
        text = self.body[sentence:end]
        stretch = text.strip()
        intro = stretch.rfind(": ", 0, len(stretch) - 1)
        if intro >= 0:
            # "Here are two examples: -- On June 30, Carol Costello ... introduction: '…'": a
            # sentence that introduces a list, its stop lost in a one-paragraph copy
            stretch = stretch[intro + 2:]
        stretch = stretch.lstrip("-—– ")
        if not stretch.endswith(":") or len(stretch) > _COLON_SENTENCE_CHARS \
                or _NEXT_CLAUSE.search(stretch):
            return None  # (not "Ross left, but the engineers stayed, saying:": whose is unclear)
        offset = sentence + text.find(stretch)
        head, comma, _ = stretch.partition(", ")
        starts = [0]
        if comma and head and head.split(None, 1)[0].lower() in _FRONTED_OPENERS:
            # ("On June 30, 2008, Carol Costello": past the commas of the fronted phrase)
            starts.extend(at + 2 for at in _starts(stretch, ", ") if at < _COLON_OPENER_CHARS)
        for start in starts:
            name = _NAME_AND_NEXT.match(stretch, start)
            if name is None or name.group(1) is not None or " " not in name.group(0) \
                    or is_common(name.group(0).split(None, 1)[0]):
                continue
            verb = stretch[name.end():name.end() + 20].split(None, 1)
            person = self._person(name.group(0))
            if not (verb and verb[0].isalpha() and verb[0].islower() and person in self.people
                    and " " in person):
                continue
            others = [m for m in self._mentions_between(offset + name.end(), end)
                      if m[2] != person and not self._quoted(m[0])]
            return None if others else ("name", name.group(0))
        return None

    def _coordinated_subject(self, text: str) -> tuple[str, str] | None:
        """The subject opening a sentence whose second verb, after "and" or "but", says the
        quote: "She did not want to say more but told him: '…'" is she."""
        if " and " not in text and " but " not in text:
            return None
        verbs = list(SAY_WORD.finditer(text))
        if not verbs or len(text[verbs[-1].end():].split()) > 5 \
                or verbs[-1].group(0) in NAMING_VERBS:
            return None  # (not "spread the dirt and called it 'Our Land'": a title)
        words = text[:verbs[-1].start()].split()
        if len(words) < 3 or words[-1] not in ("and", "but") or any(
                w.endswith((",", ";")) for w in words):
            return None  # (not "Ross left, and Costa said": whose clause is unclear)
        if words[0].lower() in PRONOUNS:
            return "pronoun", words[0].lower()
        opening = " ".join(words)
        name = _NAME_RUN.match(opening)  # "Ross praised Costa and said": Ross, not Costa
        if name and opening[name.end():name.end() + 2][1:].islower() \
                and canonical(name.group(0), self.lookup) in self.people:
            return "name", name.group(0)
        return None

    def _named_just_before(self, offset: int, person: str) -> bool:
        """Whether the sentence before the one holding ``offset`` names ``person``."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index < 1:
            return False
        start, end = self.sentence_starts[index - 1], self.sentence_starts[index]
        return any(m[2] == person for m in self._mentions_between(start, end))

    def _mentions_between(self, start: int, end: int) -> list[_Event]:
        """The mentions of people whose offsets are from ``start`` up to ``end``."""
        return self.mentions[bisect_right(self.mentions, (start,)):
                             bisect_left(self.mentions, (end,))]

    def _broken_before(self, paragraph: int, offset: int) -> bool:
        """Whether the sentence before ``offset`` in ``paragraph`` began in the paragraph
        before: that one ends on a colon or a comma, or this one opens in lower case or on a
        digit before the quote."""
        tail = self.body[self.paragraphs[paragraph - 1][0]:self.paragraphs[paragraph - 1][1]]
        tail = tail.rstrip()
        head = self.body[self.paragraphs[paragraph][0]:offset].lstrip()
        return tail.endswith((":", ",")) or (head[:1].islower() or head[:1].isdigit()) \
            or _name_cut(tail, head)

    def _subject_of_sentence(self, text: str) -> tuple[str, str] | None:
        """The person opening a sentence whose quote a participle introduces ("Ana Costa
        urged voters to turn out, saying: …"), named as the entity stage found them (a
        capitalised opener may be no name: "Speaking at the launch"; "he" would be resolved
        with no regard to gender, too often wrongly here)."""
        text = text.rstrip()
        clause = _PARTICIPLE.search(text, max(0, len(text) - _PARTICIPLE_CHARS))
        begin = _glued_opening(text, clause.start()) if clause else 0
        if not clause or _NEXT_CLAUSE.search(text, begin, clause.start()):
            return None  # "Ross left, but Ana Costa stayed, saying": whose subject is unclear
        if not _OTHERS_WORDS.isdisjoint(text[clause.start():].split()[1:]):
            return None  # "telling a court he was part of what prosecutors called '…'"
        stretch = text[begin:clause.start()]
        if not _QUOTING_WORDS.isdisjoint(stretch.split()) and not stretch.endswith(" as"):
            return None  # "Purdum quoted four former Clinton aides saying": the aides'
            # (but "Watson was quoted as saying" is Watson)
        dateline = stretch.find(") -- ", 0, 60)
        if dateline > 0:
            stretch = stretch[dateline + 5:]  # "WASHINGTON (CNN) -- Ross said": after it
        head, comma, rest = stretch.partition(", ")
        if comma and head and head.split(None, 1)[0].lower() in _FRONTED_OPENERS:
            # "In an interview last week, Murray said …", "When the talk turned to tax,
            # Costa went on the attack, saying …": after the phrase or the clause
            stretch = rest
        found = subject_after(stretch)
        main = self._main_described(stretch)
        if main:
            return "name", main
        if found and found[0] == "pronoun" and stretch[:1].isupper() \
                and len(stretch.split()) >= 3:
            # "Bird, 30, married at the weekend. He has apologised for his actions, saying …":
            # the pronoun's person, if the sentence before names them (see _resolve)
            return "pronoun before", found[1]
        if not found or found[0] != "name" or found[1].endswith(("'s", "’s")):
            return None  # "Walker's co-star Vin Diesel": the owner is not the subject
        if len(stretch.split()) < len(found[1].split()) + 2:
            return None  # the subject needs its verb and more ("Costa, saying:" is a fragment)
        at = stretch.find(found[1])
        before = stretch[:at].split()[-1:] if at >= 0 else []
        if before and before[0].islower() and before[0].endswith(("ed", "told")):
            return None  # "House Republican leaders blamed Nancy Pelosi, ..., saying": theirs
        return found if canonical(found[1], self.lookup) in self.people else None

    def _main_described(self, stretch: str) -> str | None:
        """The one person the story is about (see _dominant), where a description of a
        person opens ``stretch`` as the subject: "The British girl held for drug smuggling
        in Peru reportedly sent a message ..., saying: '…'": "The", capitalised words or
        words that only describe ("veteran"), then a noun for a person or a role the story's
        person holds. (The genders the article shows are not asked: where two share the
        surname, "Mr Reid" the father made Melissa Reid "male".) Read-through: one quote."""
        if self.main_person is None:
            return None
        words = stretch.split(None, _DESCRIBED_WORDS + 1)[:_DESCRIBED_WORDS + 1]
        if not words or words[0] != "The":
            return None
        for word in words[1:]:
            if word in _OWN_ROLES or word in _PERSON_NOUNS:
                return self.main_person
            if not word[:1].isupper() and word not in ROLE_DESCRIBING_WORDS:
                return None
        return None

    def _resolve(self, raw: tuple[str, str], quote: Found) -> str | None:
        kind, text = raw
        if kind == "pronoun":
            person = self._antecedent(quote.start, quote.paragraph, text)
            if person and _named_other_gender(person, text):
                # "'McQueen was an artist,' she says" after Alexander McQueen: not his (a
                # missing speaker costs a reader less than a wrong one)
                return None
            return person
        if kind == "it":
            return self._it_speaker(quote)
        if kind == "pronoun before":
            person = self._antecedent(quote.start, quote.paragraph, text)
            return person if person and self._named_just_before(quote.start, person) \
                and not _named_other_gender(person, text) else None
        if kind == "maker":  # "a statement from the State Department said"
            return self._maker(text)
        if kind == "member":  # "Inspector Niall Pawson of Greater Manchester Police"
            member, kind, text = text.split("\t")
            person = canonical(member, self.lookup, self.common)
            if person in self.people:
                return person
            if not kind:  # not a person of the article: "the Ministry of ..." spoke
                return None
            if kind == "peer":  # "Lord Nicholls of Birkenhead", whom the article lists not
                return text
        if kind == "name":
            if " " not in text and text.lower() not in self.lookup \
                    and self._after_the(text, quote):
                # "The Ukrainian added": the one person the article calls so
                named = self._called_so(text)
                if named:
                    return named
            if text.lower() in NEVER_ALONE or text.lower() in ORGANIZATION_TAILS:
                return None  # "Friday", "President", "Italian", "Department" alone
            written = text.lower()
            if written in self.organization_names and (
                    " of " in written  # ("International Court of Justice": its "Justice")
                    or written.rpartition(" ")[2] not in self.lookup
                    and TITLE_AND_RELATION_WORDS.isdisjoint(written.split())):
                # "Der Spiegel", "Wall Street Journal", whole (not an "organization" that
                # holds a title or a person's name: "CNN Polling Director Keating Holland",
                # "Republican Assemblywoman Holly Schepisi" are people)
                return self._fuller(self.organization_names[written])
            name = self._person(text)
            if " " not in text and (shared := self.surname_sharers.get(text.lower())):
                name = self._sharer_speaking(shared, quote) or name
            return self._fuller(self.organization_names.get(name.lower(), name))
        if (sent := _WRITING_FROM.match(text)) and (maker := self._maker(sent.group(1))):
            return maker  # "a statement from John Hale", "a memo from Inspector General ..."
        return (self._described(text) or self._role_named_near(text, quote)
                or self._body_quoted(text, quote) or self._statement_author(text, quote)
                or self._main_body(text) or self._reporter_described(text, quote) or text)

    def _reporter_described(self, description: str, quote: Found) -> str | None:
        """The person a description attributing ``quote`` goes on of, where the sentence just
        before reports that person speaking and names no one else after that sentence
        ("Hayley Yelling said the team would understand. '…,' said the European cross-country
        champion", "Umaga said. The 31-year-old admitted ..."): news names a speaker again by
        what they are. Not one who speaks for others ("a spokesman", "the official"), nor
        one of the other gender ("the mother" after "Smith said")."""
        words = description.split()
        head = words[-1]
        if len(words) < 2 or words[0] != "the" or not _DESCRIBING.isdisjoint(words) or not (
                head in NAME_ROLES or head in ANTECEDENT_ROLES or head in DESCRIPTION_GENDER
                or head in _PERSON_HEADS or head.endswith("-old")):
            return None  # (not "the foundation", "the framework", "the paper")
        reported = self._reported_before(quote)
        if reported is None or reported[2] not in self.people:
            return None
        # (past the sentence that reports them: "said the team would understand if
        # Radcliffe opted out" names Radcliffe only in what was said)
        _, told = self._sentence_around(reported[0])
        if self._sentence_around(quote.start)[0] > told:
            return None  # (a sentence between: "Talbot says. Arkansas' legislature passed an
            # Indiana-style law. ... the Indiana governor says ...")
        between = [m for m in self._mentions_between(told, quote.start)
                   if m[2] != reported[2] and not self._quoted(m[0])]
        gender = next((DESCRIPTION_GENDER[w] for w in words if w in DESCRIPTION_GENDER), None)
        if between or gender and gender != (self.genders.get(reported[2])
                                            or self._name_gender(reported[2])):
            return None  # (a gendered description needs a person known to be of it)
        return reported[2]

    def _role_named_near(self, description: str, quote: Found) -> str | None:
        """The person "the chief", "the judge" stands for where _described finds none among
        the most named: the one person the text just before the quote (at most
        _REPORTED_CHARS, in its paragraph or the one before) names with that role as a title
        ("St. Louis County Police Chief Jon Belmar told reporters ... '…,' the chief said");
        None where it names two so, or none."""
        words = description.split()
        if len(words) != 2 or words[0] != "the" or words[1] not in ANTECEDENT_ROLES:
            return None
        first = self.paragraphs[max(0, quote.paragraph - 1)][0]
        window = self.body[max(first, quote.start - _REPORTED_CHARS):quote.start]
        named = (self._named_after(window, words[1].title(), full=True)
                 | self._named_after(window, words[1], full=True))
        return named.pop() if len(named) == 1 else None

    def _body_quoted(self, description: str, quote: Found) -> str | None:
        """The organization "the agency", "the firm" stands for where _described finds none:
        the one the article quoted last, in this paragraph or the two before and at most
        _REPORTED_CHARS before, if no other organization of the article is named since, nor
        a new one of that kind ("A leading opposition group said"): "The Civil Aviation
        Authority reported 'a rise in complaints'. …" then "'…,' the agency said"."""
        words = description.split()
        if len(words) != 2 or words[0] != "the" or words[1] not in BODY_NOUNS:
            return None
        organizations = set(self.organizations)
        last = _last_before(self.quoted, quote.start, lambda e: e[2] in organizations)
        if last is None or last[1] < quote.paragraph - 2 \
                or last[0] < quote.start - _REPORTED_CHARS:
            return None
        between = self.body[last[0]:quote.start]
        if any(name in between for name in organizations if name != last[2]) \
                or _introduced(between, words[1]):
            return None
        return last[2]

    def _main_body(self, description: str) -> str | None:
        """The organization "the company", "the firm" or "the agency" stands for where no
        nearer one is found (see _described, _body_quoted): the one the article names far
        more than any other (see _dominant), for a company not a public body's name ("the
        company" is no "Information Commissioner's Office"). Tried on the read-through set:
        right for 11 of 13 quotes and half right for one ("the U.N. refugee agency": the United
        Nations), where "the group", "the club" or "the airline" were as often another body
        of the story, and stay descriptions."""
        words = description.split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _MAIN_BODY_NOUNS:
            return None
        if words[1] == "agency":
            return _dominant(self.organization_entities)
        return _dominant(tuple(e for e in self.organization_entities
                               if e.name.rpartition(" ")[2].lower() not in _PUBLIC_TAILS))

    def _statement_author(self, description: str, quote: Found) -> str | None:
        """Who made the statement "the statement" stands for ("'…,' the statement said"):
        the nearest statement the article writes of before the quote's sentence, in its
        paragraph or the one before and at most _REPORTED_CHARS before, where the words
        around it say whose it is ("a statement from the State Department", "DreamWorks
        issued a statement", "the U.S. military said in a statement", "In a statement, the
        U.S. Embassy said"; see _writer). None where that statement is no one's ("The
        statement did not say …"), or is a person's only by a pronoun."""
        words = description.split()
        if description and description != "it" and not (
                len(words) == 2 and words[0] == "the" and words[1] == "statement"):
            return None
        sentence, _ = self._sentence_around(quote.start)
        first = max(self.paragraphs[max(0, quote.paragraph - 1)][0],
                    quote.start - _REPORTED_CHARS)
        at = self.body.rfind("statement", first, sentence)
        while at >= 0 and self._quoted(at):
            at = self.body.rfind("statement", first, at)
        if at < 1 or self.body[at - 1].isalnum():
            return None
        start, end = self._sentence_around(at)
        found = _writer(self.body[start:at], self.body[at + len("statement"):end])
        if found is None or found[0] == "pronoun":
            return None
        speaker = self._resolve(found, quote)
        return speaker if speaker and "statement" not in speaker else None

    def _maker(self, name: str) -> str | None:
        """The one whose name a statement is from, as the article names them: a person of
        the article by full name, an organization of the article, else the name as written
        ("State Department", not "Department"; "Rajapaksa's office"); not one word that is no
        organization of the article ("a statement released by Williams": the team or Frank
        Williams)."""
        if "'s " in name or "’s " in name:
            return name
        written = name.lower()
        if written in self.organization_names:
            return self._fuller(self.organization_names[written])
        if " " not in name:
            return None
        person = canonical(name, self.lookup, self.common)
        return person if person in self.people and " " in person else name

    def _it_speaker(self, quote: Found) -> str | None:
        """What "it" stands for in "'…,' it said": going back over the speech verbs of the
        two sentences before the quote's, in its paragraph or the one before, the first
        subject that is an organization of the article or a body or a writing ("The White
        House said it …", "…, the Missouri agency said."; see IT_NOUNS); None at a person
        ("Ross said")."""
        index = bisect_right(self.sentence_starts, quote.start) - 1
        for s in range(index - 1, max(-1, index - 3), -1):
            start, end = self.sentence_starts[s], self.sentence_starts[s + 1]
            if self._paragraph_of(start) < quote.paragraph - 1:
                break
            for verb in reversed(list(SAY_WORD.finditer(self.body, start, end))):
                stretch = self.body[max(start, verb.start() - 120):verb.start()].rstrip()
                if not stretch or stretch[-1] in _QUOTE_MARKS or stretch[-2:-1] in _QUOTE_MARKS:
                    continue  # "'…,' said Ross": the subject follows the verb
                # ('"…from its dour beginning," the suit said': after the quotation)
                found = subject_before(stretch[max(map(stretch.rfind, "\"“”")) + 1:])
                if found is None:
                    continue
                speaker = self._resolve(found, quote) if found[0] != "pronoun" else None
                if speaker is None or speaker in self.people:
                    return None
                if speaker in self.organizations or speaker.rpartition(" ")[2] in IT_NOUNS:
                    return speaker
        # no speaker said it before: the maker of a statement written of ("A spokesman for
        # Grady Hospital released a statement." then "'…,' it said")
        return self._statement_author("it", quote)

    def _fuller(self, name: str) -> str:
        """An organization's one-word name as the one longer name of the article it opens
        ("Amnesty wrote": Amnesty International); else ``name``."""
        if " " in name or name in self.people:
            return name
        return self.longer_names.get(name, name)

    @cached_property
    def longer_names(self) -> dict[str, str]:
        """An organization's first word -> its name, for names of several words that no other
        organization's name shares a first word with and that hold no title."""
        only = _only_name_opened(
            (name.partition(" ")[0], name) for name in self.organizations if " " in name)
        return {first: name for first, name in only.items()
                if TITLE_AND_RELATION_WORDS.isdisjoint(name.lower().split())}

    def _described(self, description: str) -> str | None:
        """_described_anew's answer, once per description: an article writes "the company"
        or "the judge" again and again, and each answer reads the whole text (a long text's
        many times over)."""
        if description not in self.described:
            self.described[description] = self._described_anew(description)
        return self.described[description]

    def _described_anew(self, description: str) -> str | None:
        """The person a role stands for, where the article makes it plain: "the judge",
        "the veteran presenter", "the 74-year-old chancellor" is the one of its three most
        named people the article names with that role before the full name ("Judge Richard
        Cebull", "Radio 4 presenter John Humphrys"; not "Iraq President Nuri al-Maliki",
        named once) or after it ("Ann Lee, the judge"); where it names no one so, the one
        person the story is about, for a role that person holds more often than another
        ("the actor", not "the judge"; see _OWN_ROLES). Else None: the description stays. A
        role qualified by what it is of ("the energy minister", "the shadow chancellor")
        may be another person of that role, and "the company" another company than the
        last named (tried on the read-through set: right about three times in five), so
        they stay descriptions; words that only describe the person ("veteran",
        "millionaire", an age) do not qualify the role."""
        words = description.split()
        if len(words) == 2 and words[0] == "the" and _AGE.fullmatch(words[1]):
            return self._aged(words[1].partition("-")[0])
        if len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS:
            return self._body_named(words[1])
        if len(words) == 2 and words[0].lower() in _OWNERS and words[1] in RELATIVES:
            return self._relative_named(words[1])
        if len(words) >= 2 and words[0] == "the" and all(w[:1].isupper() for w in words[1:]):
            words = ["the", " ".join(words[1:])]  # a title as written: "the Prime Minister"
        elif len(words) < 2 or words[0] != "the" or words[-1] not in ANTECEDENT_ROLES:
            return None
        if not all(w in ROLE_DESCRIBING_WORDS or _AGE.fullmatch(w) for w in words[1:-1]):
            # "the former president" after "former president Bill Clinton", "the state
            # police spokesman" after "Vance, the state police spokesman": written so whole
            return self._named_with_phrase(" ".join(words[1:])) if words[0] == "the" else None
        role = words[-1]
        matches = self._named_with_role(role)
        if not matches and role in _OWN_ROLES and description.islower():
            # "the millionaire actor", "the senator" in a story of one person, named far
            # more than any other (see _dominant): that person (not "the judge", "the
            # governor", more often one who acts on them: tried on the read-through set)
            return self.main_person
        return next(iter(matches)) if len(matches) == 1 else None

    def _named_with_role(self, role: str) -> frozenset[str]:
        """The most named people (of full names) the article names with ``role`` before the
        name, as a title, or after it; once per role: "the judge", "the veteran judge" and
        "the 74-year-old judge" ask the same (a long text asks for hundreds of
        descriptions, and each answer reads the whole text)."""
        found = self.role_names.get(role)
        if found is not None:
            return found
        text = self.titled_body  # ("Radio 4 presenter John Humphrys said …" as a headline)
        matches = set()
        shorts = _SHORT_TITLES.get(role, ())
        for name in self.salient:
            # (a name of one word only as a title writes it: "President Obama")
            forms = (f"{role.title()} {name}", *(f"{short} {name}" for short in shorts)) \
                if " " not in name else (f"{role.title()} {name}", f"{role} {name}",
                                         *(f"{short} {name}" for short in shorts))
            for form in forms:  # ("Gov. Ed Cole")
                # as a title ("Judge Richard Cebull"), not another's ("shadow Chancellor X")
                for at in _starts(text, form):
                    before = text[max(0, at - 12):at].split()
                    if not before or before[-1].lower() not in OTHER_ROLE_QUALIFIERS:
                        matches.add(name)
                        break
            if f"{name}, the {role}" in text or f"{name}, a {role}" in text:
                matches.add(name)
        found = self.role_names[role] = frozenset(matches)
        return found

    def _named_with_phrase(self, phrase: str) -> str | None:
        """The one most named person (of a full name) the article names with the whole
        ``phrase`` of a qualified role before the name ("former president Bill Clinton") or
        after it ("Vance, the state police spokesman"); else None."""
        if phrase in self.role_names:
            found = self.role_names[phrase]
        else:
            text = self.titled_body
            title = phrase[:1].upper() + phrase[1:]
            titled = " ".join(word[:1].upper() + word[1:] for word in phrase.split())
            found = self.role_names[phrase] = frozenset(
                name for name in self.salient if " " in name and (
                    f"{phrase} {name}" in text or f"{title} {name}" in text
                    or f"{titled} {name}" in text  # ("Hoboken Mayor Dawn Zimmer")
                    or f"{name}, the {phrase}" in text or f"{name}, a {phrase}" in text))
        return next(iter(found)) if len(found) == 1 else None

    def _aged(self, age: str) -> str | None:
        """The person "the 27-year-old" stands for, where the article gives that age to one
        person only ("Lewis Hamilton, 27,", "27-year-old Lewis Hamilton")."""
        named: set[str] = set()
        for pattern in (f", {age},", f", {age} ", f"{age}-year-old "):
            for at in _starts(self.body, pattern):
                if pattern.startswith(","):
                    run = _NAME_BEFORE.search(self.body, max(0, at - 60), at)
                else:
                    run = _NAME_RUN.match(self.body, at + len(pattern))
                person = self.lookup.get(run.group(0).lower()) if run else None
                if person:
                    named.add(person)
        return named.pop() if len(named) == 1 else None

    def _relative_named(self, relation: str) -> str | None:
        """The person "her mother", "his brother" stands for, where the article names one
        person, and only one, with that relation before the name ("mother Linnea", "his
        brother Tom Bell")."""
        return self._one_named_after(self.body, relation)

    def _after_the(self, word: str, quote: Found) -> bool:
        """Whether the text around ``quote`` writes ``word`` after "the" ("The Ukrainian
        added"): a noun for a person, not a name ("Paris tweeted")."""
        start, end = max(0, quote.start - _WINDOW), quote.end + _WINDOW
        return any(self.body.find(f"{the} {word} ", start, end) >= 0 for the in ("the", "The"))

    def _called_so(self, word: str) -> str | None:
        """The person "the Ukrainian", "the Spaniard" stands for, where the article writes
        that word right before one person's name, and before no other's ("Ukrainian
        Klitschko")."""
        return self._one_named_after(self.titled_body, word)

    def _one_named_after(self, text: str, word: str) -> str | None:
        """The one person ``text`` names right after ``word``, a whole word, or None where
        it names no one or several so."""
        named = self._named_after(text, word)
        return named.pop() if len(named) == 1 else None

    def _named_after(self, text: str, word: str, full: bool = False) -> set[str]:
        """The people ``text`` names right after ``word``, a whole word (by their full names
        only where ``full``)."""
        named: set[str] = set()
        for at in _starts(text, f"{word} "):
            if not (at and text[at - 1].isalnum()):
                run = _NAME_RUN.match(text, at + len(word) + 1)
                written = run.group(0) if run else ""
                person = self.lookup.get(written.lower()) if written and (
                    " " in written or not full) else None
                if person:
                    named.add(person)
        return named

    def _body_named(self, noun: str) -> str | None:
        """The organization "the firm", "the group" stands for, where the article names one
        so, and only one ("copy protection firm Macrovision", "The conservation group World
        Wildlife Fund", "Acme, the company that …")."""
        text = self.titled_body
        named: set[str] = set()
        # "firm Macrovision" (the name after), "Acme, the company that …" (the name before):
        # a scan for the noun, not one per organization
        heads, tails, short = self.organization_ends
        for at in _starts(text, f"{noun} "):
            start = at + len(noun) + 1
            named.update(name for name in chain(heads.get(text[start:start + 2], ()), short)
                         if text.startswith(name, start))
        for at in _starts(text, f", the {noun}"):
            named.update(name for name in chain(tails.get(text[at - 2:at], ()), short)
                         if text.endswith(name, 0, at))
        return named.pop() if len(named) == 1 else None

    @cached_property
    def organization_ends(self) -> tuple[dict[str, list[str]], dict[str, list[str]],
                                         list[str]]:
        """The organizations' names by their first two characters and by their last two,
        and those shorter: a name written at an offset opens (or ends) with the two
        characters there, so _body_named tries those few names, not every one (a long
        text names hundreds, at each of hundreds of "the firm")."""
        heads: dict[str, list[str]] = {}
        tails: dict[str, list[str]] = {}
        short = []
        for name in self.organizations:
            if len(name) < 2:
                short.append(name)
            else:
                heads.setdefault(name[:2], []).append(name)
                tails.setdefault(name[-2:], []).append(name)
        return heads, tails, short

    @cached_property
    def titled_body(self) -> str:
        """The headline and the body: where a role or a body's noun may be given."""
        return f"{self.title}\n{self.body}"

    def _antecedent(self, offset: int, paragraph: int, pronoun: str = "") -> str | None:
        """"he"/"she": the latest speaker in this or the previous paragraph, unless a
        sentence after it names a person as its subject (see _subject_before); else that
        subject; else the last person named before the quote. Of those, never an
        organization or a place of the article ("Italy said ...", "Greater Manchester Police
        said ...", then "he said" is not theirs), nor one the article shows to be of the
        other gender (see genders)."""
        other = _OTHER_GENDER.get(pronoun)

        def fits(event: _Event) -> bool:
            return event[2].lower() not in self.not_people and (
                other is None or self.genders.get(event[2]) != other)

        def spoke(event: _Event) -> bool:  # ("When Macke asked him why, he said": not Macke)
            return fits(event) and not (pronoun == "he" and self._asked_him(event[0], offset))

        candidates = [e for e in (_last_before(self.events, offset, spoke),
                                  _last_before(self.quoted, offset, spoke)) if e]
        latest = max(candidates, default=None)
        subject = self._subject_before(offset, pronoun, fits)
        if latest and latest[1] >= paragraph - 1 and (
                subject is None or subject[0] < latest[0]):
            return latest[2]
        if subject:
            return subject[2] or None
        mention = _last_before(self.mentions, offset,  # not "a ban", nor a name quoted
                               lambda m: fits(m) and self.body[m[0]].isupper()
                               and not self._quoted(m[0]))
        if mention:
            return mention[2]
        return latest[2] if latest else None

    def _subject_before(self, offset: int, pronoun: str, fits) -> _Event | None:
        """The person a "he"/"she" attributing the quote at ``offset`` most likely stands
        for: going back sentence by sentence, the first person named in a sentence, as its
        subject ("But Vallverdu, who now coaches Tomas Berdych, insists ..." then "'…,' he
        told the Daily Mail" is Vallverdu), unless the same pronoun comes first there ("In a
        note he read out, he apologised to Mr Smales"): that sentence tells of the same
        person, and the search goes on before it. In the quote's own sentence, only a name
        before the pronoun counts ("Pat Buchanan's speech, during which he told …"; not
        "Anyone harboring Morris is 'making a mistake,' she said")."""
        same = _SAME_PERSON.get(pronoun)
        if same is None:
            return None
        index = bisect_right(self.sentence_starts, offset) - 1
        own = same.search(self.body, self.sentence_starts[index], offset) if index >= 0 else None
        if own and _last_char_before(self.body, own.start()) != ",":
            # the name nearest before the pronoun (not "But this Superman is lighter, he said")
            last = _last_before(self.mentions, own.start(), fits)
            if last and last[0] >= self.sentence_starts[index] and not self._quoted(last[0]) \
                    and not (pronoun == "he" and self._asked_him(last[0], offset)) \
                    and not (self._after_object_marker(last[0], self.sentence_starts[index])
                             and not self._owns(last[0])
                             and not _RELATIVE_BEFORE.search(self.body, last[0], own.start())):
                # (not "When Macke asked him why he would plot it, he said": Macke asked; nor
                # the object of a preposition: "drew scorn from Coons, such as when she said";
                # but an owner may be, "a resemblance to Federle's life, but he says", and so
                # may the one a relative clause opens on, "an interview with President Obama
                # in which he said")
                return last
        elif own and (clause := self._clause_subject(self.sentence_starts[index],
                                                     own.start(), fits)):
            return clause  # "when Geragos was asked why ..., he replied": Geragos
        elif own is None and index >= 0 and _last_char_before(self.body, offset) == ":":
            # the pronoun after a quote that a colon introduces, in a sentence a person
            # opens: "Modi talked up the partnership: '…,' he said" is Modi (not "Coburn was
            # in 'the heat of the moment,' he said": the words are about Coburn)
            opener = self._sentence_opener(self.sentence_starts[index], offset, fits)
            if opener:
                return opener
        for s in range(index - 1, max(-1, index - 1 - _SUBJECT_SENTENCES), -1):
            start, end = self.sentence_starts[s], self.sentence_starts[s + 1]
            first = self._first_person(start, end, fits)
            if first is not None:
                first = self._later_speaker(first, end, fits) or first
            if found := same.search(self.body, start, first[0] if first else end):
                if first and self._after_fronted_clause(start, first[0]):
                    return first  # "When she accepted the award, Moore noted ...": Moore
                clause = self._clause_subject(start, found.start(), fits, earlier=True)
                if clause is not None:
                    return clause  # "Since Pieters had little experience ..., he looked"
                continue
            # (a role before the first name opens the sentence on a determiner: else no
            # search for it)
            role = self._role_subject(start, end, pronoun) if first is None or (
                self._opens_on_determiner(start)) else None
            if role and role[1] and (first is None or role[0] < first[0]
                                     and not self._says(first[0])):
                # a role opening the sentence as its subject, before the verb a name comes
                # after ("The 49-year-old advocate said that Obama ..."): the person it
                # stands for, or someone new (see _role_subject), else a sentence read past
                if role[2] is not None:
                    return role[2]
                continue
            if first:
                return first
            if role and role[2]:
                return role[2]
        return None

    def _asked_him(self, at: int, offset: int) -> bool:
        """Whether the person named at ``at``, in the sentence of ``offset``, acts on a "him"
        before ``offset`` ("When Macke asked him why ..., he said"): the "he" is the other."""
        start, _ = self._sentence_around(offset)
        if at < start:
            return False
        him = self.body.find(" him ", at, min(offset, at + _ASKED_HIM_CHARS))
        # (right after the name and its verb: not "when he argued no counsel could represent
        # him", Jeffs of himself)
        return him >= 0 and " he " not in self.body[at:him]

    def _clause_subject(self, start: int, pronoun: int, fits,
                        earlier: bool = False) -> _Event | None:
        """The person a clause that a subordinating word opens names first, as the subject
        of "was" or "were", right before the comma a "he" or "she" at ``pronoun`` follows
        ("At the hearing, when Geragos was asked why ..., he replied", "When Megan was just 7
        years old, she was diagnosed"): the main clause goes on of them. With ``earlier``, in
        a sentence before the quote's, the clause's subject may act too ("Since Pieters had
        little experience ..., he looked for ways"): there the "he" is no speaker whom the
        clause's subject may be told apart from ("Since Bloomberg took office, she said")."""
        comma = self.body.rfind(",", start, pronoun)
        if comma < 0 or self.body[comma + 1:pronoun].strip():
            return None
        opener = _CLAUSE_OPENER.search(self.body, start, comma)
        if opener is None:
            return None
        at = bisect_right(self.mentions, (opener.end(),))
        if at >= len(self.mentions) or self.mentions[at][0] >= comma:
            return None
        mention = self.mentions[at]
        between = self.body[opener.end():mention[0]].split()
        after = self.body[mention[0]:comma].split()
        if any(w.rstrip(".").lower() not in TITLE_AND_RELATION_WORDS for w in between) \
                or not fits(mention) or self._quoted(mention[0]):
            return None  # ("when police arrested Smith, he ...": Smith is no subject)
        verb = next((w for w in after if not w[:1].isupper()), "")  # past the name
        if verb not in ("was", "were") and not earlier:
            return None  # (not "Since Bloomberg took office, she said": what one did)
        return mention

    def _after_fronted_clause(self, start: int, offset: int) -> bool:
        """Whether the name at ``offset`` follows a clause that opens its sentence at
        ``start`` on a subordinating word and ends on a comma right before the name ("When
        she accepted her award last month, Moore noted ..."): the clause's pronoun is the
        name's person, told of before the name."""
        opening = self.body[start:start + 12].split(None, 1)
        return (bool(opening) and opening[0].lower() in _SUBORDINATORS
                and self.body[start:offset].rstrip().endswith(","))

    def _named_role_after(self, offset: int, at: int, end: int, fits) -> _Event | None:
        """The person named right after a role that the name at ``offset`` owns or qualifies
        ("Blake's mother, Destiny,", "Hernandez lawyer Charles Rankin"): the subject is the
        one in the role; ``at`` indexes the mentions after that name."""
        name = _NAME_AND_NEXT.match(self.body, offset)
        if name is None or at >= len(self.mentions):
            return None
        after = name.end()
        if name[0].endswith("s") and self.body[after:after + 2] in ("' ", "’ "):
            after += 1  # the possessive of a name ending in "s": "Gates' father, George"
        role = self.body[after:after + 30].split(None, 1)[:1]
        if not role or role[0].rstrip(",") not in _OWNED_ROLES:
            return None
        following = self.mentions[at]
        near = self.body[after:following[0]]
        return following if (following[0] < end and len(near.split()) <= 2 and fits(following)
                             and not self._quoted(following[0])) else None

    def _sentence_opener(self, start: int, end: int, fits) -> _Event | None:
        """The person whose name opens the sentence at ``start`` (before ``end``), as its
        subject: a name then a verb or an appositive, not an owner ("Ross's aide")."""
        mentions = self.mentions
        at = bisect_right(mentions, (start,))
        if at == len(mentions) or mentions[at][0] >= end:
            return None
        mention = mentions[at]
        if not _role_phrase(self.body[start:mention[0]].strip(" \n\"“‘'")) \
                or not fits(mention) or not self.body[mention[0]].isupper() \
                or self._quoted(mention[0]):
            return None
        name = _NAME_AND_NEXT.match(self.body, mention[0])
        return mention if name is not None and name.group(1) is None else None

    def _opens_on_determiner(self, start: int) -> bool:
        """Whether the sentence at ``start`` opens on a determiner, after "But" or "And"."""
        words = _opening_words(self.body[start:start + 24])
        return bool(words) and words[0] in _ROLE_DETERMINERS

    def _says(self, offset: int) -> bool:
        """Whether the name at ``offset`` is the subject of a speech verb that ends its
        clause, the frame of reported speech ("The board has agreed to new rules, May
        said."; not "The judge said McCartney continued to grieve")."""
        name = _NAME_AND_NEXT.match(self.body, offset)
        verb = SAY_FIRST.match(self.body, name.end()) if name else None
        return verb is not None and self.body[verb.end():verb.end() + 1] in (".", ",", ";")

    def _role_subject(self, start: int, end: int, pronoun: str
                      ) -> tuple[int, bool, _Event | None] | None:
        """(offset of its speech verb, whether the role opens the sentence, the person) of
        a sentence whose subject is a role: "The President said that ..." is the one named
        President Barack Obama, where _described finds one, else None. Someone new the
        sentence opens on and does not name ("A spokesman said ...", "But one traveler
        said ...") is that person too, unless of the other gender: no one named before is
        taken for the pronoun after it ("" stands for that speaker; "the chancellor" may
        be one named before, so is no such stop)."""
        reach = min(end, start + _ROLE_SUBJECT_CHARS)
        # (or a stance: "A gaming office spokesman has defended the decision.")
        verb = SAY_WORD.search(self.body, start, reach) or _STANCE.search(self.body, start, reach)
        if not verb:
            return None
        stretch = self.body[start:verb.start()].rstrip()
        if stretch.endswith(","):
            return None  # "It sank in two minutes, said Andy Newman": the subject follows
        found = subject_before(stretch)
        if found and found[0] == "name" and found[1].lower() in self.not_people:
            found = _member_of(stretch, found[1])  # "A spokesman for the Alliance said"
        if not found or found[0] != "description" or _plural(found[1].rpartition(" ")[2]):
            return None  # (not "Her supporters say Lewis is ...": no "he" or "she")
        words = found[1].lower().split()
        opening = _opening_words(stretch)  # ("But one traveler said")
        # a determiner opening the sentence: not "When one pupil asked Mr McConnell", nor
        # "Owen's classmate told them a story, Krell said"
        opens = opening[:1] == words[:1] and words[0] in _ROLE_DETERMINERS
        named = self._described(found[1])
        if named:
            return verb.start(), opens, (start, 0, named)
        gender = next((DESCRIPTION_GENDER[w] for w in words if w in DESCRIPTION_GENDER), None)
        if opens and words[0] in _INDEFINITE and gender != _OTHER_GENDER.get(pronoun):
            return verb.start(), opens, (start, 0, "")
        return verb.start(), opens, None

    def _first_person(self, start: int, end: int, fits) -> _Event | None:
        """The first name of a person between ``start`` and ``end`` that may be a sentence's
        subject (see _object), outside quotations, after a phrase fronted before the
        subject ("Back in the presence of The Balvenie, Sam Simmons ...")."""
        opening = self.body[start:start + 24].split(None, 1)
        source = None  # "According to Professor Poo, the find is ...": whose account it is
        if opening and (opening[0].lower() in SUBJECT_PHRASE_OPENERS
                        or opening[0].endswith("ing") and opening[0].isalpha()):
            comma = self.body.find(", ", start, end)
            if comma >= 0 and len(self.body[start:comma].split()) <= _OPENING_WORDS:
                if opening[0] == "According":
                    source = (start, comma)
                start = comma
        mentions = self.mentions
        at = bisect_right(mentions, (start,))
        objects: list[_Event] = []
        aside: list[_Event] = []  # names between two dashes: a subject only if no other is
        while at < len(mentions) and mentions[at][0] < end:
            mention = mentions[at]
            at += 1
            if not fits(mention) or not self.body[mention[0]].isupper():  # (not "home page")
                continue
            if " " not in mention[2] and mention[2] not in self.speaking \
                    and self.body[start:mention[0]].strip(" ,\n\"“‘'") \
                    and not self._one_word_subject(mention, start):
                continue  # one word, not opening the sentence: too often no one ("Atari")
            if self._quoted(mention[0]):
                continue
            if self._object(mention[0], start):
                objects.append(mention)
                continue
            if self._told(mention[0], start):
                continue  # the listener ("the mayor told CNN's Candy Crowley"): never a subject
            if _in_aside(self.body, start, mention[0], end):
                aside.append(mention)  # ("-- and saying they came to see Winfrey --")
                continue
            named = self._named_role_after(mention[0], at, end, fits)
            if named:
                return named  # "Blake's mother, Destiny,", "Hernandez lawyer Charles Rankin"
            return self._coordinated_person(mention, end, fits) or mention
        # no name as a subject: the person whose account the sentence gives ("According to
        # Professor Poo Mun Chou, the discovery is ...": a "he said" after it is his); an
        # owner named first of words the sentence tells of ("Hall's
        # claims were dismissed by her mother Ann Price", "to hear Kerr's view of Moss's
        # plans"; not "Assad's army shelled Ahmad's home"); else the last named ("Opposition
        # leaders like Mmuse Maimane are seeking …", "… including The Hollywood Reporter's
        # Matthew Belloni")
        if source is not None:
            for mention in self._mentions_between(*source):
                if fits(mention) and self.body[mention[0]].isupper() \
                        and not self._quoted(mention[0]):
                    return mention
        if objects and self._owns_words(objects[0][0]):
            return objects[0]
        return objects[-1] if objects else aside[0] if aside else None

    def _one_word_subject(self, mention: _Event, start: int) -> bool:
        """Whether a person named by one word, in a sentence from ``start``, is someone as
        a subject may be: after a title ("Earlier, Prince Charles had tried"), or, as one
        of the story's main people, opening a clause ("-- Obama launched into"); not an
        object ("President Obama's address")."""
        offset = mention[0]
        before = self.body[max(0, offset - 24):offset]
        words = before.split()
        return bool(words) and (
            words[-1].rstrip(".").lower() in NAME_TITLES
            or mention[2] in self.salient and (
                before.endswith(("-- ", "— "))
                # an appositive, not a list's next name ("of William, Kate and their baby")
                or before.endswith(", ") and not words[-1][:1].isupper())
        ) and not self._object(offset, start)

    def _later_speaker(self, first: _Event, end: int, fits) -> _Event | None:
        """The last person named after ``first`` before ``end`` right before a verb of
        saying or thinking ("... Costa looks the same player in Europe Former favourite
        Hasselbaink believes ...": captions run on into a sentence), where ``first`` has no
        such verb after it: whom a "he" after the sentence most likely stands for."""
        written = _NAME_AND_NEXT.match(self.body, first[0])
        if self._speaks_or_thinks(first) or written is None \
                or self.body[written.end():written.end() + 1] == ",":
            return None  # (nor after an appositive: "Davies, MSF project coordinator, told")
        found = None
        for mention in self._mentions_between(first[0] + 1, end):
            if mention[2] != first[2] and mention[2] in self.people and fits(mention) \
                    and not self._quoted(mention[0]) and self._speaks_or_thinks(mention) \
                    and not self._after_object_marker(mention[0], first[0]):
                # (not "Gemma Davies of MSF told CNN": Davies told)
                found = mention
        return found

    def _speaks_or_thinks(self, mention: _Event) -> bool:
        """Whether a verb of saying or thinking follows the name at ``mention``."""
        return self._word_after_name(mention[0], 14) in _SPEAKING_OR_THINKING

    def _word_after_name(self, offset: int, reach: int) -> str | None:
        """The word right after the name written at ``offset``, read within ``reach``
        characters of it, or None where there is none or the name owns what follows
        ("Ross's aide")."""
        name = _NAME_AND_NEXT.match(self.body, offset)
        if name is None or name.group(1) is not None:
            return None
        words = self.body[name.end():name.end() + reach].split()
        return words[0] if words else None

    def _coordinated_person(self, first: _Event, end: int, fits) -> _Event | None:
        """The subject of the last clause joined by "and" or "but" after the one ``first``
        is the subject of, before ``end``, when a person of the article is named as that
        subject right before its verb ("McLoughlin confirmed that the council will get £3m
        and North Herefordshire's Tory MP Bill Wiggin has urged it to …"): the one a "he"
        after most likely stands for."""
        found = None
        for mention in self._mentions_between(first[0] + 1, end):
            if mention[2] == first[2] or not fits(mention) or self._quoted(mention[0]):
                continue
            before = self.body[max(first[0], mention[0] - 60):mention[0]].split()
            while before and before[-1][:1].isupper():
                before.pop()  # the titles and the owner before the name ("Tory MP")
            for _ in range(2):  # a role in lower case ("and local MP Bill Ward has")
                if before and before[-1].isalpha() and before[-1].islower() \
                        and before[-1] not in ("and", "but") and not SAY_WORD.match(before[-1]):
                    before.pop()
            verb = self._word_after_name(mention[0], 12)
            if before and before[-1] in ("and", "but") and verb is not None \
                    and (verb in _ACTIVE_AUXILIARIES or verb in REPORTING_VERBS
                         or verb in _PAST_ACTS):
                found = mention
        return found

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset`` falls inside one of the article's quotations."""
        index = bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and self.quote_spans[index][1] > offset

    @cached_property
    def speaking(self) -> frozenset[str]:
        """The people the article shows speaking: a one-word "person" counts as a pronoun's
        subject only if among them ("Yaroslavsky"; not "Atari" or "Balvenie")."""
        return frozenset(name for _, _, name in self.events)

    def _object(self, offset: int, start: int) -> bool:
        """Whether the name at ``offset`` follows a preposition or an article, past any
        titles before it ("pieces about Copeland", "a quote from Kathryn Stockett", "led by
        President Bashar al-Assad", "a Casey Anthony movie"), or owns what follows it
        ("Ms Jowell's deputy"), also past a relation ("by her mother Ann Lee"): no
        subject."""
        return self._after_object_marker(offset, start) or self._owns(offset)
        # ("Ms Jowell's deputy, Richard Caborn": an owner)

    def _after_object_marker(self, offset: int, start: int) -> bool:
        """Whether the name at ``offset`` follows a preposition or an article (see _object),
        past titles and a relation."""
        words = self.body[max(start, offset - 60):offset].split()
        while words and words[-1][:1].isupper() and words[-1][-1].isalpha():
            words.pop()  # titles and names before it, up to a comma ("of Joao Sousa, Djokovic")
        if words and words[-1].lower() in RELATIVES:
            words.pop()
            if words and words[-1].lower() in _OWNERS:
                words.pop()
        # (who speaks: "according to Krediet")
        return bool(words) and words[-1].lower() in OBJECT_MARKERS \
            and words[-2:] != ["according", "to"]

    def _told(self, offset: int, start: int) -> bool:
        """Whether the name at ``offset`` is told or asked something, after the verb and
        past an owner before it ("told CNN's Candy Crowley", "asked Mr Berry"), in a main
        clause (not "When one pupil asked Mr McConnell how ..., he began": the one asked
        goes on as the subject)."""
        opening = self.body[start:start + 12].split(None, 1)
        if opening and opening[0].lower() in _SUBORDINATORS:
            return False
        words = self.body[max(start, offset - 40):offset].split()
        while words and words[-1][:1].isupper():
            words.pop()  # titles and an owner ("CNN's")
        return bool(words) and words[-1] in _TELLING

    def _owns(self, offset: int) -> bool:
        """Whether the name at ``offset`` owns what follows it ("Kerr's view")."""
        name = _NAME_AND_NEXT.match(self.body, offset)
        return name is not None and name.group(1) is not None

    def _owns_words(self, offset: int) -> bool:
        """Whether the name at ``offset`` owns what they said or think ("Kerr's view",
        "Hall's claims"; see SPOKEN_NOUNS)."""
        name = _NAME_AND_NEXT.match(self.body, offset)
        if name is None or name.group(1) is None:
            return False
        owned = _NEXT_WORD.match(self.body, name.end())
        return owned is not None and owned.group(1) in SPOKEN_NOUNS

    @cached_property
    def genders(self) -> dict[str, str]:
        """"male" or "female" for the people the article itself shows to be: by the
        honorific before their name ("Mr Brown", "Mrs Costa"), the title opening it
        ("Duchess of Cornwall"), the given name it is alone ("Owen"), or the pronoun right
        after their speech verb twice ("Costa said she would stay"), when all signs
        agree."""
        votes: dict[str, list[str]] = {}
        for person in self.people:
            first, space, _ = person.partition(" ")
            # a sure sign, as an honorific is: a title, or a given name the article names
            # someone by alone ("Owen went missing")
            sign = TITLE_GENDER.get(first.lower()) if space else GIVEN_NAME_GENDER.get(
                first.lower())
            if sign:
                votes[person] = [sign] * 2
        for match in _HONORIFIC.finditer(self.body):
            gender = HONORIFIC_GENDER.get(match.group(1).lower())  # not "Ds", "Lrs"
            name = self.lookup.get(match.group(2).lower()) if gender else None
            if name and gender:  # a sure sign: counts twice (gender is set whenever name is)
                votes.setdefault(name, []).extend([gender] * 2)
        for offset, _, name in self.events:
            after = _PRONOUN_AFTER.match(self.body, offset)
            if after:  # may be someone else ("his lawyer said he denies it"): needs another
                votes.setdefault(name, []).append(_PRONOUN_GENDER[after.group(1).lower()])
        return {name: signs[0] for name, signs in votes.items()
                if len(signs) >= 2 and len(set(signs)) == 1}

    def _inherit(self, index: int, found: list[Found], out: list[str | None]) -> str | None:
        """An unattributed quote after a quote in the same paragraph (opening one of the
        next three sentences, or inside the next one), or opening the next paragraph, has
        the same speaker ("We will appeal," Ross said. "This is wrong.");
        so has one that opens its sentence after reported speech in this paragraph or the
        last, with no quote between ("Ross says the tariffs will stay." then a paragraph
        that opens on a quote)."""
        quote = found[index]
        opens_sentence = self._opens_sentence(quote)
        # (not a caption's pull-quote, "'I was treated like a burglar': Lytham Road, where
        # ...": the words of the one the caption names, not the reported speech before it)
        reported = self._reported_before(quote) if opens_sentence \
            and self.body[quote.end:quote.end + 1] != ":" else None
        if (reported and (index == 0 or found[index - 1].end < reported[0])
                and not self._quotes_in_sentence(reported[0], found)):
            return reported[2]  # not the attribution of a quote: indirect speech
        if index == 0 or out[-1] is None or self._someone_new_says(quote):
            # ('"…," said Ross. Another said: "…"', 'greeted by a man who said: "…"': not
            # Ross's)
            return None
        if not opens_sentence and index - 1 in self.titles \
                and self._other_says(quote.start, out[-1]):
            return None  # ('"Titanic" Director James Cameron planned to cast "an Audrey …"')
        previous = found[index - 1]
        if self._other_gender_says(previous.end, quote.start, out[-1]):
            # ('"...," she said. Abbott spoke next. "...," he said. "..."': not hers)
            return None
        if previous.last_paragraph == quote.paragraph:
            # near it only: a paragraph may run long (a one-paragraph copy is one), and a
            # phrase quoted sentences later is no one's for following a quote ("'We are
            # done,' Costa said. ... Critics called the plan 'a waste of money'")
            first = bisect_right(self.sentence_starts, previous.end - 1)
            last = bisect_right(self.sentence_starts, quote.start)
            # (a photo caption that a one-paragraph copy runs in counts for nothing, as one
            # set between two paragraphs does: "Study author Demosthenes Panagiotakos said:
            # '…' Protective: The diet comprises fresh fruit ... '…'")
            apart = last - first - sum(map(self._caption_sentence, range(first, last - 1)))
            if not opens_sentence and apart == 1 and self._other_says(quote.start, out[-1]):
                # a phrase in the next sentence whose own speaker went unread ("a statement
                # from the office of Ban Ki-moon said the U.N. would 'take all measures'")
                return None
            if apart > 1 and self._others_between(previous.end, quote.start, out[-1]):
                return None  # ("'...,' said Moss. Ferrari's orders differ, says Ross. '...'")
            return out[-1] if apart <= (_OPENER_APART if opens_sentence else 1) else None
        opens = not self.body[self.paragraphs[quote.paragraph][0]:quote.start].strip()
        # (a line of page furniture between counts for nothing: "Scroll down for video")
        between = [index for index in range(previous.last_paragraph + 1, quote.paragraph)
                   if not FURNITURE_SENTENCE.match(self._paragraph_text(index))]
        return out[-1] if opens and len(between) <= _CAPTIONS_APART and all(
            self._caption(index) for index in between) and not (
            between and _unended(self._paragraph_text(previous.last_paragraph))) else None

    def _someone_new_says(self, quote: Found) -> bool:
        """Whether a speech verb and a colon introduce the quote, the verb's subject someone
        new, an indefinite one: "Another said:", "While another exclaims:", "A spokesperson
        for the firm said:", "greeted by a man who said:" (whom the attribution could not
        name: no speaker, rather than the last one's)."""
        start, _ = self._sentence_around(quote.start)
        before = self.body[start:quote.start].rstrip(" \"'“‘")
        if not before.endswith(":"):
            return False
        words = before[:-1].lower().split()
        if len(words) < 2 or not SAY_WORD.fullmatch(words[-1]):
            return False
        clause = words[:-2] if words[-2] == "who" else words[:-1]
        cut = max((i for i, word in enumerate(clause) if word.endswith(",")), default=-1)
        subject = clause[cut + 1:]
        return bool(subject) and (
            subject[0] in _INDEFINITE
            or len(subject) > 1 and subject[0] in _CLAUSE_OPENERS and subject[1] in _INDEFINITE
            or len(subject) > 2 and subject[-2] in _INDEFINITE and subject[-1].isalpha())

    def _other_gender_says(self, start: int, end: int, speaker: str) -> bool:
        """Whether a "he" or "she" speaks between ``start`` and ``end`` (outside quotations)
        whom ``speaker``'s given name rules out (see _named_other_gender): someone else."""
        if " " not in speaker or speaker.partition(" ")[0].lower() not in GIVEN_NAME_GENDER:
            return False  # (no given name tells the speaker's gender: most speakers, no scan)
        for verb in SAY_WORD.finditer(self.body, start, end):
            before = self.body[max(start, verb.start() - 6):verb.start()].split()
            pronoun = before[-1].lower() if before else ""
            if pronoun in _OTHER_GENDER and not self._quoted(verb.start()) \
                    and _named_other_gender(speaker, pronoun):
                return True
        return False

    def _others_between(self, start: int, end: int, speaker: str) -> bool:
        """Whether, of the sentences of the text between ``start`` and ``end`` that hold a
        speech verb whose subject is no "he" or "she" and name people (outside quotations),
        the last names others than ``speaker`` (by surname): someone else is reported
        speaking last ("said Christopher Boucek", "Marie Griffis said")."""
        surname = speaker.rpartition(" ")[2]
        by_sentence: dict[int, set[str]] = {}
        for mention in self._mentions_between(start, end):
            if not self._quoted(mention[0]):
                sentence = bisect_right(self.sentence_starts, mention[0])
                by_sentence.setdefault(sentence, set()).add(mention[2].rpartition(" ")[2])
        others = False
        for sentence, named in by_sentence.items():
            first = max(start, self.sentence_starts[sentence - 1]) if sentence else start
            last = (min(end, self.sentence_starts[sentence])
                    if sentence < len(self.sentence_starts) else end)
            if surname in named:
                others = False  # (the speaker named again: "Costa said", "said Costa")
                continue
            verbs = [v.start() for v in SAY_WORD.finditer(self.body, first, last)]
            if verbs and not any(self.body[max(first, v - 4):v].lower().endswith(
                    ("he ", "she ")) for v in verbs):
                others = True  # (not "Murphy's autopsy showed nothing, he said": the speaker)
        return others

    def _other_says(self, offset: int, speaker: str) -> bool:
        """Whether the sentence holding ``offset`` names, outside quotations and before its
        first speech verb (else before ``offset``: "Inhofe knocked the pledge as '...'"),
        people other than ``speaker`` and not ``speaker`` (nor one sharing the surname:
        "Fallon" may be looked up as another Fallon)."""
        start, _ = self._sentence_around(offset)
        verb = SAY_WORD.search(self.body, start, offset)
        limit = verb.start() if verb else offset
        named = {m[2].rpartition(" ")[2] for m in self._mentions_between(start, limit)
                 if not self._quoted(m[0])}
        if not named and verb is not None:
            # no one named: a plural subject of the verb is others ("Officials were reported
            # as saying that …", "Her lawyers say …")
            words = self.body[start:verb.start()].split()
            while words and words[-1].lower() in _FRAME_WORDS:
                words.pop()
            return bool(words) and len(words[-1]) > 3 and words[-1].isalpha() \
                and words[-1].lower() not in _NOT_PLURAL_SUBJECTS and _plural(words[-1])
        return bool(named) and speaker.rpartition(" ")[2] not in named

    def _caption(self, index: int) -> bool:
        """Whether paragraph ``index`` is a photo caption (or a link's headline) set between
        the paragraphs of one speaker's quotes: a sentence of seven words or more with no
        quotation mark (an apostrophe is none: "Liverpool's") that ends without a full stop,
        as DailyMail's captions do ("He needed an emergency three-hour operation"); not a
        credit line ("Liam Lacey (Toronto Globe and Mail)")."""
        return _reads_as_caption(self._paragraph_text(index))

    def _caption_sentence(self, index: int) -> bool:
        """Whether sentence ``index`` is a photo caption a one-paragraph copy runs into the
        paragraph (see _caption)."""
        start, end = self._sentence_around(self.sentence_starts[index])
        return _reads_as_caption(self.body[start:end].rstrip())

    def _paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.body[start:end].rstrip()

    def _charged_by(self, quote: Found) -> str | None:
        """The person of the article who, as the subject of a verb of praise or blame,
        gives the quoted phrase inside the sentence after it ("Stoke manager Mark Hughes
        accused Joel Ward of making 'the best save of the match'", "Obama praised her 'ear
        for eloquence'"): the words are the subject's. None for a quote that opens its
        sentence, or where the verb stands more than _CHARGE_WORDS words before it."""
        start, _ = self._sentence_around(quote.start)
        if not self.body[start:quote.start].strip():
            return None
        # (the verb stands at most _CHARGE_WORDS words before the quote: only the characters
        # such words may fill are searched, in one pass)
        reach = max(start, quote.start - _CHARGE_CHARS)
        last = -1
        for verb in _CHARGE.finditer(self.body, reach, quote.start):
            last = verb.start()
        if last < 0 or len(self.body[last:quote.start].split()) > _CHARGE_WORDS:
            return None
        name = self._reporter(last)
        return name if name in self.people else None

    def _opens_sentence(self, quote: Found) -> bool:
        """Whether the quotation opens its sentence (it is no phrase inside another's)."""
        start, _ = self._sentence_around(quote.start)
        return not self.body[start:quote.start].strip()

    def _quotes_in_sentence(self, offset: int, found: list[Found]) -> bool:
        """Whether a quotation starts or ends in the sentence around ``offset``."""
        start, end = self._sentence_around(offset)
        # quotations follow one another without overlap: the last one to start before the
        # sentence ends is in it, or none is
        last = bisect_right(found, end - 1, key=_START) - 1
        return last >= 0 and found[last].end >= start

    def _sentence_around(self, offset: int) -> tuple[int, int]:
        """(start, end) in the body of the sentence holding ``offset``."""
        index = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        end = (self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts)
               else len(self.body))
        return start, end

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    @cached_property
    def mentions(self) -> list[_Event]:
        """Where each known person is named, in order (read only to resolve a pronoun)."""
        lower = self.body.lower()
        out = [(offset, self._paragraph_of(offset), self.lookup[key])
               for offset, key in key_positions(lower, self.lookup)]
        out.sort()
        return out

    @cached_property
    def events(self) -> list[_Event]:
        """Reported speech ("Ross said the tariffs ..."): the named subjects of speech verbs
        (read only to resolve a pronoun)."""
        offsets = sorted(o for verb in REPORTING_VERBS for o in word_positions(self.body, verb))
        return [(offset, self._paragraph_of(offset), name) for offset in offsets
                if (name := self._reporter(offset))]

    def _reported_before(self, quote: Found) -> _Event | None:
        """The last event (see events) before ``quote`` in its paragraph or the one before,
        and at most _REPORTED_CHARS before it, found without reading the rest of the article
        (so a paragraph of thousands of quotes costs linear time)."""
        first = self.paragraphs[max(0, quote.paragraph - 1)][0]  # after a line break
        if quote.start > _REPORTED_CHARS:
            first = max(first, self.body.rfind(" ", 0, quote.start - _REPORTED_CHARS) + 1)
        span = self.body[first:quote.start]  # starts after a line break or a space
        offsets = [first + o for verb in REPORTING_VERBS for o in word_positions(span, verb)]
        # a stance taken in the sentence right before ("Unison's Dave Prentis criticised the
        # plans." then '"If you want ..."'): the words that back it are that person's
        # (a person of the article: not "Soldiers questioned in the killings said")
        index = bisect_right(self.sentence_starts, quote.start) - 1
        last = self.sentence_starts[index - 1] if index > 0 else 0
        stances = set()
        if last >= first and self.sentence_starts[index] <= quote.start:
            stances = {verb.start() for verb in _STANCE.finditer(
                self.body, last, self.sentence_starts[index])}
        for offset in sorted([*offsets, *stances], reverse=True):
            if (name := self._reporter(offset)) and (offset not in stances
                                                     or name in self.people):
                return offset, self._paragraph_of(offset), name
        return None

    def _reporter(self, offset: int) -> str | None:
        """The named subject of the speech verb at ``offset``, if it has one before it
        (kept: events and _reported_before read the same verbs)."""
        if offset in self.reporters:
            return self.reporters[offset]
        found = self.reporters[offset] = self._reporter_at(offset)
        return found

    def _reporter_at(self, offset: int) -> str | None:
        sentence, _ = self._sentence_around(offset)
        stretch = self.body[max(sentence, offset - 120):offset].rstrip()
        if not stretch or stretch[-1] in _QUOTE_MARKS or stretch[-2:-1] in _QUOTE_MARKS:
            return None  # "…," said Ross: the subject comes after the verb
        if stretch[-1] == ",":  # "Ana Costa, a retired teacher, said": before the aside
            stretch = stretch[:stretch.find(",")].rstrip()
        found = subject_before(stretch) if stretch else None
        if found and found[0] == "name":
            return self._person(found[1]) or None
        return None

    def _person(self, text: str) -> str:
        """The person a written name points to (see canonical); a surname two people of
        the article share, after "Mr" or "Mrs", is the one of that gender ("Mrs Danczuk"
        beside "her husband Simon Danczuk" and "his wife Karen Danczuk")."""
        honorific, _, surname = text.partition(" ")
        # "Mrs Danczuk": the gender of an honorific before a surname alone
        gender = HONORIFIC_GENDER.get(honorific.rstrip(".").lower()) if " " not in surname \
            else None
        if gender and self.surname_sharers:
            sharing = self.surname_sharers.get(surname.lower(), ())
            chosen = [name for name in sharing if self.name_genders.get(name) == gender]
            if not chosen:  # two who share it, one known of the other gender: the other
                chosen = [name for name in sharing if name not in self.name_genders]
                if len(chosen) != len(sharing) - 1:
                    chosen = []
            if len(chosen) == 1:  # (surname_sharers holds surnames two or more share)
                return chosen[0]
        name = canonical(text, self.lookup, self.common)
        if name not in self.people or " " not in name:
            # "Father Mario", "Xi": the one whose name opens so (also where the entity stage
            # lists the given name alone as a person beside the full name: "Mario")
            return self.given_names.get(name.rpartition(" ")[2].lower(), name)
        if gender and self._name_gender(name) not in (None, gender):
            # "Mrs Gobat told the inquest" in a story of Oliver Gobat: his mother or his
            # widow, whom the article does not name in full; the speaker as written
            return text
        return name

    def _name_gender(self, name: str) -> str | None:
        """The gender a full name's given name tells (lexicon.GIVEN_NAME_GENDER), else the
        possessive right after the name where the article first writes it whole ("Dianne
        Staniforth, 51, discovered her husband"), else None."""
        known = GIVEN_NAME_GENDER.get(name.partition(" ")[0].lower())
        if known:
            return known
        at = self.body.find(name)
        if at < 0:
            return None
        after = _OWNER_AFTER.match(self.body, at + len(name))
        return _PRONOUN_GENDER[after.group(1).lower()] if after else None

    @cached_property
    def given_names(self) -> dict[str, str]:
        """First word of a name (lower case) -> the one person of the article whose full
        name opens with it, for words that open no other person's name and are no other
        form of a name than that given name alone: a given name ("Father Mario": Mario
        Pulicini, also where "Mario" is listed as a person too), or a family name written
        first ("Xi": Xi Jinping); not "Jordan" beside Michael Jordan."""
        only = _only_name_opened((words[0].lower(), name) for name in self.people
                                 if len(words := name.split()) > 1 and words[0].isalpha())
        return {given: name for given, name in only.items()
                if self.lookup.get(given, given).lower() == given}

    def _sharer_speaking(self, names: list[str], quote: Found) -> str | None:
        """Which of ``names``, people who share a surname, is the one a surname alone
        attributing ``quote`` stands for when the last quote before it, in its paragraph or
        the two before, is one of theirs: that one goes on speaking ("Gates' father, George
        William Gates, told CNN ... '…,' he said. '…,' Gates said" is the father's, though
        the story is the son's)."""
        if not self.quoted:
            return None
        _, paragraph, speaker = self.quoted[-1]
        return speaker if speaker in names and paragraph >= quote.paragraph - 2 else None

    @cached_property
    def surname_sharers(self) -> dict[str, list[str]]:
        """Surname (lower case) -> the people of the article whose full names end with it,
        for surnames two or more share."""
        out: dict[str, list[str]] = {}
        for name in self.people:
            words = name.split()
            if len(words) > 1:
                out.setdefault(words[-1].lower(), []).append(name)
        return {key: sorted(names) for key, names in out.items() if len(names) > 1}

    @cached_property
    def name_genders(self) -> dict[str, str]:
        """"male" or "female" for the people who share a surname, from the word right
        before their full or given name ("wife Karen Danczuk", "husband Simon"), when all
        such words agree."""
        votes: dict[str, set[str]] = {}
        for names in self.surname_sharers.values():
            for name in names:
                for form in (name, name.split()[0]):
                    for at in _starts(self.body, form):
                        before = self.body[max(0, at - 12):at].split()
                        gender = GENDERED_NOUNS.get(before[-1].rstrip(".").lower()) \
                            if before and self.body[at - 1] == " " else None
                        if gender:
                            votes.setdefault(name, set()).add(gender)
        return {name: genders.pop() for name, genders in votes.items() if len(genders) == 1}


class _LowerCaseWords:
    """``word in self``: the article also writes the word in lower case ("singer")."""

    def __init__(self, body: str) -> None:
        self.body = body

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and f" {word.lower()} " in self.body


def _only_name_opened(pairs) -> dict[str, str]:
    """From (first word, name) pairs, each first word that opens one name only -> that
    name."""
    out: dict[str, str | None] = {}
    for first, name in pairs:
        out[first] = None if first in out else name
    return {first: name for first, name in out.items() if name is not None}


def _introduced(text: str, noun: str) -> bool:
    """Whether ``text`` introduces someone new of the kind ``noun`` names: the noun after "a"
    or "an" and at most three other words ("a leading Syrian opposition group")."""
    at = text.find(f" {noun}")
    while at >= 0:
        for word in reversed(text[max(0, at - 60):at].lower().split()[-4:]):
            if word in _INDEFINITE:
                return True
            if word in _DETERMINERS_OF_KNOWN:
                break
        at = text.find(f" {noun}", at + 1)
    return False


_DETERMINERS_OF_KNOWN = frozenset(("the", "its", "this", "that"))


def _opening_words(text: str) -> list[str]:
    """The first two words of ``text``, lower case, without a "But" or "And" opening it."""
    words = text.lower().split(None, 2)[:2]
    if words[:1] in (["but"], ["and"]):
        words.pop(0)
    return words


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a quotation mark: not an apostrophe inside a word ("Liverpool's",
    "don’t") or after one ending in s ("the players' union")."""
    for at, char in enumerate(text):
        if char not in _QUOTE_MARKS:
            continue
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char in "'’" and before.isalnum() and (after.isalnum() or before in "sS"
                                                   and after == " "):
            continue
        return True
    return False


def _unended(paragraph: str) -> bool:
    """Whether a paragraph ends without a full stop or a closing quotation mark (a caption,
    whose quote is no speaker's before the next paragraph's)."""
    return bool(paragraph) and paragraph[-1] not in ".!?:" and paragraph[-1] not in _QUOTE_MARKS


def _after(window: str) -> tuple[str, str] | None:
    """The attribution right after a quote: ", said X", ", X said", ", according to X"."""
    window = window[:first_sentence_end(window)]
    if verb := SAY_FIRST.match(window):
        if verb.group(0).lstrip(" ,;—–-").lower() in _TOLD:
            return None  # '"…," told the Cricinfo website': the listener, not who spoke
        return subject_after(window[verb.end():])
    if according := _ACCORDING_FIRST.match(window):
        return subject_after(window[according.end():])
    lead = window.lstrip(" ,;—–-")
    if lead.startswith("as ") and (put := _as_put_it(lead.rstrip(" .,;:!?"))) is not None:
        return put  # "…," as Pfiffner put it.
    if lead.startswith(_WORDS_OF):  # "…," in the words of the Tourism Board.
        return subject_after(lead[len(_WORDS_OF):])
    if lead.startswith("read "):  # "…," read a statement on the club's website.
        return subject_after(lead[len("read "):])
    if quoted := _quoted_as_saying(window):  # "…," the newspaper quoted Jim Hagen as saying.
        return quoted
    verb = SAY_WORD.search(window, 0, 120) or _REMEMBERED.search(window, 0, 120)
    if verb:
        saying = _AS_SAYING.search(window, verb.end(), verb.end() + 100)
        if saying:  # "Andina reported Minister Ana Costa as saying": she spoke
            return subject_after(window[verb.end():saying.start()].lstrip() + ",")
        shown_end = window.find(" saying", verb.end(), verb.end() + 80)
        if verb.group(0) in _SHOWING_VERBS and shown_end > 0 and (
                shown := _reported_saying(window[:shown_end])):
            return shown  # "…," The Wrap reported Daniels saying
        stretch = window[:verb.start()].lstrip(" ,;—–-\n").rstrip()  # keep an appositive's comma
        if _colon_after(window, verb.end()):
            # "…?' An MoD spokesman said: '…", "…?' Johnson replies reassuringly: '…'": the
            # next quote's speaker
            return None
        if stretch and not any(q in stretch for q in "\"“”"):
            if stretch == "it":  # "…," it said: a body or a writing spoke (see _it_speaker)
                return _IT
            if read := _WRITING_READ.match(stretch):
                # '"…," it read, CNN affiliate KTXS reported': the writing's words, which
                # the outlet passes on
                return _IT if read.group(1) == "it" else subject_before(read.group(1))
            if (stretch.endswith(",") and verb.group(0) in _SPEAKER_AFTER_VERBS
                    and not any(word[:1].isupper() for word in stretch.split())
                    and (window[verb.end():verb.end() + 2][1:2].isupper()
                         or window.startswith(" the ", verb.end()))):
                # '"… was dropped" into the depths, said Jobling': the quoted sentence goes
                # on past the quote, and the speaker follows the verb
                return subject_after(window[verb.end():])
            opener = stretch.split(None, 2)
            if len(opener) > 1 and opener[0] in _OTHER_CLAUSE_OPENERS and opener[1][:1].isupper():
                # "… she'll 'call the police' while Davis responds": another's (not "… 'had
                # good effects' until last week, he said")
                return None
            if len(stretch.split()) <= 10:
                return subject_before(stretch)
            return _named_first(stretch) or _named_last(stretch)
    return None


def _writer(before: str, after: str) -> tuple[str, str] | None:
    """Whose statement the sentence around "statement" tells of, from the text ``before``
    and ``after`` that word (see _statement_author)."""
    if by := _STATEMENT_BY.match(after):  # "a statement (issued) from the State Department"
        return _author(after[by.end():])
    for verb in (_SAID_IN, _ISSUED):  # "DreamWorks issued a statement"
        if said := verb.search(before):  # (past a clause: "A spokesman for Grady Hospital,
            # where the victims were taken, released a statement")
            found = subject_before(_CLAUSE_AFTER_SUBJECT.sub("", before[:said.start()]))
            return ("maker", found[1]) if found and found[0] == "name" else found
    if _IN_A.match(before):  # "In a statement released later, the company reiterated …"
        head, comma, rest = after.partition(", ")
        if comma and len(head.split()) <= 5:
            return _author(rest)
    return None


def _statement_from(stretch: str) -> tuple[str, str] | None:
    """The maker of a statement that ends ``stretch`` as the subject of its speech verb,
    past a few words of when: "a statement from the office of Ban Ki-moon (on Monday)" said
    the U.N. would '…' (see _author)."""
    at = stretch.rfind(" statement ")
    by = _STATEMENT_BY.match(stretch, at + len(" statement")) if at >= 0 else None
    if by is None:
        return None
    author = _AUTHOR.match(stretch, by.end())
    rest = stretch[author.end():].strip().rstrip(",") if author else ""
    return _author(stretch[by.end():]) if author and len(rest.split()) <= 3 \
        and "," not in rest else None


def _author(text: str) -> tuple[str, str] | None:
    """The maker of a statement opening ``text``: a name, or a description."""
    found = _AUTHOR.match(text)
    if found is None:
        return None
    words = found.group(0).split()
    if words[0].lower() in _OWN_DETERMINERS:
        if len(words) == 1:
            return None  # ("The" alone: no name follows)
        if len(words) == 2 and words[1].islower():
            return "description", " ".join((words[0].lower(), words[1]))
        if words[1].islower():  # "the office of U.N. Secretary-General Ban Ki-moon"
            return "description", " ".join((words[0].lower(), *words[1:]))
        words = words[1:]
    if words[-1].endswith(".") and "." not in words[-1][:-1]:
        words[-1] = words[-1][:-1]  # the sentence's stop ("the State Department."), not "U.S."
    return "maker", " ".join(words)


def _quoted_as_saying(text: str) -> tuple[str, str] | None:
    """The one a report quotes, in "Xinhua quoted Zhang as saying", "the newspaper quoted
    him as saying"; in "Mbabazi was quoted as saying", "one BBC spokesman quoted by The
    Times as saying", the subject before "quoted"."""
    at = text.find(" quoted ")  # (``text`` is a window of a few hundred characters)
    saying = _AS_SAYING.search(text, at + 7, at + 130) if at >= 0 else None
    if saying is None:
        return None
    named = text[at + 8:saying.start()].strip(" ,")
    if not named or named.startswith("by "):
        words = text[:at].lstrip(" ,;—–-\"“”‘’'").split()
        while words and words[-1].lower() in _AUXILIARIES:
            words.pop()  # ("he was quoted", "Signorini, is quoted")
        return subject_before(" ".join(words)) if words else None
    if named.lower() in _OBJECT_PRONOUNS:
        return "pronoun", _OBJECT_PRONOUNS[named.lower()]
    for mark in ("'s ", "’s ", ", "):  # ("Friends of the Earth's Claire Wilton", "the
        if mark in named:  # governor's chief of staff, Dusty Johnson": the name at the end)
            named = named.rpartition(mark)[2]
    return subject_after(named + ",") if named else None


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_AUXILIARIES = frozenset(("was", "is", "were", "are", "been", "has", "have", "had", "being"))
# (not "was", "were": "and President Bush was briefed" tells of no one acting)
_ACTIVE_AUXILIARIES = frozenset(("has", "have", "had", "will", "would"))


def _goes_on(window: str) -> bool:
    """Whether the text after a quote goes on with its sentence: a word of letters in lower
    case right after the closing mark ('" she quipped', '" said Ross'; not '" iReport.com:
    ...', a link's line)."""
    word = window[1:16].partition(" ")[0].rstrip(",")
    return window[:1] == " " and word.isalpha() and word.islower()


def _dash_byline(window: str) -> tuple[str, str] | None:
    """The name after a dash that follows a quoted sentence, the line ending with it or
    with where it was said: '"…." -- House Minority Leader John Boehner on CNN's "State of
    the Union"' (not '"three carriers" -- British Airways, Lufthansa and Air France --')."""
    dash = _DASH_BYLINE.match(window)
    if dash is None:
        return None
    found = subject_after(window[dash.end():])
    if not found or found[0] != "name" or not window.startswith(found[1], dash.end()) \
            or "'s " in found[1] or "’s " in found[1]:
        return None  # (not a list's next item: '-- Moore's Law, the rule of thumb')
    rest = window[dash.end() + len(found[1]):].split(None, 1)
    return found if not rest or rest[0] in _BYLINE_LINKS or rest[0][0] in ",.;(" else None


def _credits(window: str) -> bool:
    """Whether the attribution after a quote credits a news outlet or a source that passes
    the words on ("..., Xinhua reported"), not one who spoke them."""
    verb = SAY_WORD.search(window, 0, 120)
    return verb is not None and verb.group(0) in CREDITING_VERBS


def _named_first(stretch: str) -> tuple[str, str] | None:
    """A full name that opens a long stretch before the verb, closed by a comma: an
    appositive that lost its closing comma ("Ann Phoya, the former head of nursing services
    for all Malawi told CNN")."""
    head, comma, _ = stretch.partition(",")
    words = head.split()
    if comma and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "name", head.strip()
    return None


def _named_last(stretch: str) -> tuple[str, str] | None:
    """A full name in the appositive that closes a long stretch before the verb, after a
    role ("the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter,
    told ...")."""
    if not stretch.endswith(","):
        return None
    found = subject_before(stretch)
    last = stretch[:-1].rpartition(",")[2].strip()
    return found if found and found[0] == "name" and found[1] == last else None


def _before(text: str) -> tuple[str, str] | None:
    """The attribution before a quote: "X said:", "X:", "according to X,", "X called it"."""
    text = text.rstrip()
    if not text:
        return None
    bare = text.rstrip(" ,:")
    if bare.endswith(" as saying"):  # "Xinhua quoted Zhang as saying:"
        return _quoted_as_saying(text[-160:])
    if bare.endswith(" saying") and (  # "The Wrap reported Daniels saying:"
            reported := _reported_saying(bare[:-len(" saying")])):
        return reported
    if (put := _as_put_it(bare)) is not None:  # "As Harmer notes,"
        return put
    if text.endswith(":"):
        head = text[:-1].rstrip()
        verb, _, rest = head.partition(" ")
        if verb[:1].isupper() and verb.lower() in _FRONTED_SPEECH and rest[:1].isupper() \
                and (found := subject_after(rest)) and found[0] == "name":
            return found  # "Added Dawn Turner Trice, a columnist ...:" (not "Asked if ...")
        verbs = list(SAY_WORD.finditer(head))
        if verbs and len(head[verbs[-1].end():].split()) <= 5:
            return _subject_or_antecedent(head[:verbs[-1].start()])
        if verbs and verbs[-1].group(0) in TELLING_VERBS and "," not in head[verbs[-1].end():]:
            # "X told magistrates at Blackpool just before the hearing began:"
            return subject_before(head[:verbs[-1].start()])
        words = head.split()
        found = subject_before(head) if 1 <= len(words) <= 4 or _ROLE_THEN_NAME.search(head) \
            else None
        return found if found and found[0] == "name" else None
    according = list(_ACCORDING.finditer(text)) if "ccording" in text else []  # (few do)
    if according and text.endswith(",") and len(text[according[-1].end():].split()) <= 8:
        return subject_after(text[according[-1].end():])
    verbs = list(SAY_WORD.finditer(text))
    if not verbs:
        return _claimed_by(text)
    if verbs[-1].group(0) == "reads" and text[verbs[-1].end():].strip(" ,:")[:1].isupper():
        return None  # "One-day reads Augusten Burroughs 'The Member ...'": a noun, no verb
    stretch = text[:verbs[-1].start()]
    if "," in text[verbs[-1].end():] and "," not in stretch \
            and _opening_words(stretch)[:1] in _FRONTED_CLAUSE:
        return None  # "While critics say it harms, the firm claims it will 'help'": the
        # verb is in the fronted clause, the quote in the main one
    if stretch[:3] in ("As ", "as ") and (named := _named_first(stretch[3:])):
        return named  # "As George Gresham, the president of ... Workers East wrote in ...,"
    if stretch.rstrip().endswith(",") and verbs[-1].group(0) in _SPEAKER_AFTER_VERBS \
            and text[verbs[-1].end():verbs[-1].end() + 2][1:2].isupper():
        rest = text[verbs[-1].end():].lstrip()
        after = subject_after(rest)
        if after and after[0] == "name" and rest.startswith(after[1]) \
                and rest.startswith((",", " of "), len(after[1])):
            # "It's all hogwash, says Goldberg, alleging that … '…'" (not "Ban Ki-moon, who
            # …, said Thursday's vote '…'", "Brian Baker, …, said Ricketts would …": the
            # name there goes on with its own verb)
            return after
    found = _statement_from(stretch) or _subject_or_antecedent(stretch)
    if found and found[0] in ("description", "member") and verbs[-1].group(0) in NAMING_VERBS:
        head, _, said = stretch.rstrip().lower().rpartition(f" {found[1].lower()}")
        if found[0] == "description" and not said and head.rpartition(" ")[2] in _RELATIVE_OPENERS:
            return found  # "a drop which one analyst called 'a black hole'": the analyst
        return None  # "an ailment called 'guitarist's nipple'" names, nobody speaks
    return found


def _role_phrase(text: str) -> bool:
    """Whether the words before a name that opens a sentence are none, or a role of a few
    words in lower case ("Television personality and writer Clare Balding"; not "Fans of")."""
    words = text.split()
    return not words or (len(words) <= _ROLE_PHRASE_WORDS and words[-1] in _OWNED_ROLES
                         and all(word.isalpha() and word.islower() for word in words[1:]))


def _colon_after(window: str, at: int) -> bool:
    """Whether a colon follows the speech verb ending at ``at``, right after it or after
    adverbs in "-ly" ("said: ", "replies reassuringly: ")."""
    words = window[at:at + 40].partition(":")[0].split()
    return ":" in window[at:at + 40] and all(is_ly_adverb(word) for word in words)


# Words opening a clause of its own after a quote, whose subject (a name) says something else
_OTHER_CLAUSE_OPENERS = frozenset(("while", "whereas", "before", "after", "until"))


def _member_of(stretch: str, body: str) -> tuple[str, str] | None:
    """The description of one member of ``body``, an organization the subject ``stretch``
    names after a role and "for", "of" or "at" ("A spokesman for the Business Software
    Alliance"): the member is the subject, not the body; None where the stretch is no
    such phrase."""
    words = stretch.split()
    if (len(words) >= 4 and words[0].lower() in _ROLE_DETERMINERS
            and words[2] in _MEMBER_LINKS and stretch.endswith(body)):
        return "description", " ".join(words[:2])
    return None


_MEMBER_LINKS = frozenset(("for", "of", "at"))


def _tells_of(text: str, person: str) -> bool:
    """Whether a quotation's ``text`` tells of ``person`` in the third person, so is not
    their words: by their full name ("say Abid Naseer is the one responsible"), a title or an
    honorific before their surname ("as deserving of freedom as Sgt. Bergdahl", "Mr Gale has
    complained"), or their surname owning something ("Mohamud's plan was to attack"). (Not a
    surname alone, which a relative shares or an attribution inside the quote gives:
    "Trayvon Martin" quoted from Tracy Martin, "..., Davies told CNN".)"""
    words = person.split()
    if len(words) < 2 or len(words[-1]) < 3:
        return False
    surname = words[-1]
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            if text.endswith(person, 0, end) and not text.endswith(
                    _SELF_NAMING, 0, end - len(person)) or text.startswith(("'s", "’s"), end):
                return True  # (not "My name is Dante Cano")
            before = text[max(0, at - 16):at].split()
            if before and before[-1].rstrip(".").lower() in _TITLES_BEFORE_SURNAME:
                return True
        at = text.find(surname, end)
    return False


_SELF_NAMING = ("name is ", "I am ", "I'm ", "I’m ")
_TITLES_BEFORE_SURNAME = NAME_TITLES | frozenset(HONORIFIC_GENDER) | frozenset(TITLE_GENDER)


def _in_aside(body: str, start: int, offset: int, end: int) -> bool:
    """Whether ``offset`` stands between two dashes of the sentence that runs from
    ``start`` to ``end``, in an aside no subject stands in ("After thanks to his wife -- and
    saying the crowd came to see Winfrey, not him -- Obama launched into his speech")."""
    before = sum(body.count(dash, start, offset) for dash in _DASHES)
    return before % 2 == 1 and any(body.find(dash, offset, end) >= 0 for dash in _DASHES)


_DASHES = (" -- ", " — ", " – ")


def _named_other_gender(name: str, pronoun: str) -> bool:
    """Whether a full name opens on a given name of the other gender than ``pronoun``'s
    (lexicon.GIVEN_NAME_GENDER), and holds none of its own before the surname ("Madison
    Mayor Paul Soglin" is a he)."""
    words = name.lower().split()
    other = _OTHER_GENDER.get(pronoun)
    return (len(words) > 1 and other is not None and GIVEN_NAME_GENDER.get(words[0]) == other
            and all(GIVEN_NAME_GENDER.get(word, other) == other for word in words[1:-1]))


def _reported_saying(text: str) -> tuple[str, str] | None:
    """The one a report or a film shows speaking, named between its verb and "saying" (which
    ``text`` stands before), before or after the quote: "The Wrap reported Daniels saying",
    "footage showed Mr Hughes saying"; None where no such verb stands right before the name
    ("He left the room saying": see the quote's own); "reported her saying" is that "she"."""
    words = text.split()
    if len(words) > 1 and words[-1] in _OBJECT_PRONOUN_OF and words[-2].lower() in _SHOWING_VERBS:
        return "pronoun", _OBJECT_PRONOUN_OF[words[-1]]  # "The Telegraph reported her saying"
    name = name_ending(text)
    words = words[:-len(name.split())] if name else []
    if not words or words[-1].lower() not in _SHOWING_VERBS:
        return None
    return "name", name


_OBJECT_PRONOUN_OF = {"him": "he", "her": "she"}


# Verbs a speaker's name may follow after a comma ("…, said Jobling"); not "told", whose
# object follows ("…, the victim's sister, Brannon, told WMBB")
_SPEAKER_AFTER_VERBS = frozenset(("said", "says", "added", "adds", "explained", "explains"))


def _as_put_it(text: str) -> tuple[str, str] | None:
    """The subject of "as X put it" or "as X notes" ending ``text`` (without its comma):
    "As historian James Pfiffner put it, '…'", "'…,' as Harmer notes"; else None."""
    tail = next((tail for tail in _AS_TAILS if text.endswith(tail)), None)
    if tail is None:
        return None
    words = text[:-len(tail)].split()[-8:]
    # the last "as" with a word after it
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() == "as"), None)
    return subject_before(" ".join(words[at + 1:])) if at is not None else None


_AS_TAILS = (" put it", " puts it", " notes", " noted", " observes", " observed")


_SHOWING_VERBS = frozenset("""reported reports quoted quotes cited cites showed shows heard
hears filmed recorded captured""".split())


def _glued_opening(text: str, end: int) -> int:
    """Where in ``text`` (before ``end``) the last sentence opens whose stop a one-paragraph
    copy lost after a photo caption: at a capitalised opener of a fronted phrase right
    after a word with no stop ("... at Melbourne Park In an interview with The Independent,
    Murray appeared to suggest ..., saying:"); else 0."""
    words = text[:end].split(" ")  # (split in C; only a capitalised word is looked up)
    at = end
    for index in range(len(words) - 1, 0, -1):
        word = words[index]
        at -= len(word) + 1  # the space before the word
        if word[:1].isupper() and word.lower() in _FRONTED_OPENERS \
                and words[index - 1][-1:].isalnum():
            return at + 1
    return 0


def _name_cut(tail: str, head: str) -> bool:
    """Whether a hard wrap cut a name between a paragraph that ends ``tail`` and the one
    ``head`` opens, before its speech verb: "DC Gary Kelly of Greater Manchester" then
    "Police said after the case: '…'" (a capitalised word ends the one with no stop, and a
    capitalised word and a speech verb open the other)."""
    words = head.split(None, 2)
    return (_unended(tail) and tail.rpartition(" ")[2][:1].isupper() and len(words) > 1
            and words[0][:1].isupper() and SAY_WORD.fullmatch(words[1]) is not None)


def _claimed_by(text: str) -> tuple[str, str] | None:
    """The one named before ", who claims" in ``text``, which a quote ends: "Maden, who
    claims on his Facebook page to be 'just a hard working person'" (the present tense,
    which the speech verbs leave out for the noun: "her claims were 'lies'")."""
    at = text.rfind(_WHO_CLAIMS)
    return _subject_or_antecedent(text[:at + len(", who")]) if at >= 0 else None


_WHO_CLAIMS = ", who claims "


def _reads_as_caption(text: str) -> bool:
    """Whether a paragraph's or a sentence's ``text`` reads as a photo caption: seven words
    or more, no quotation mark, no full stop, not a credit line's closing bracket."""
    return (_unended(text) and text[-1:] != ")" and len(text.split()) >= 7
            and not _has_quote_mark(text))


def _subject_or_antecedent(stretch: str) -> tuple[str, str] | None:
    """The subject ending ``stretch`` (see subject_before), or, where a relative clause
    opens there ("according to his lawyer Ian Cole, who said"), the person named before
    "who", if the article names a person so (attribution decides, as for "X of Y")."""
    stretch = stretch.rstrip()
    if not stretch.endswith(", who"):
        return subject_before(stretch)
    head, comma, age = stretch[:-len(", who")].rpartition(", ")
    if not (comma and age.isdigit() and len(age) <= 3):  # ("Colin Baker, 9, who said")
        head = stretch[:-len(", who")]
    name = name_ending(head)
    if name and head[:-len(name)].rstrip().rpartition(" ")[2].lower() in _COMPARED:
        return None  # (a picture "defaced to look like Hitler, who demanded": not Hitler)
    return ("member", f"{name}\t\t") if name else None

# Speech verbs that open a sentence before their subject and a colon ("Said Tom Hale:")
_FRONTED_SPEECH = frozenset("""said added asked wrote tweeted explained continued replied
noted recalled insisted warned declared concluded""".split())
# (a fronted clause: "When the topic turned to tax, Costa …")
_FRONTED_OPENERS = PHRASE_OPENERS | frozenset(("when", "while", "as", "although", "though",
                                               "because", "if", "once"))
_FRONTED_CLAUSE = (["while"], ["although"], ["though"], ["whereas"], ["if"], ["when"],
                   ["because"], ["unless"], ["once"])
_RELATIVE_OPENERS = frozenset(("which", "that", "what"))


def _past_relation(text: str) -> str:
    """``text`` past a relation that a name follows: "her mother Susan Burke (pictured)" →
    "Susan Burke (pictured)"; else ``text``."""
    words = text.split(None, 2)
    if len(words) == 3 and words[0].lower() in _OWNERS and words[1] in RELATIVES \
            and words[2][:1].isupper():
        return words[2]
    return text


# Participles that name what someone said before a quote and its agent ("was branded 'a
# figment of her imagination' by her mother", "dismissed as 'nonsense' by the Tories")
_PASSIVE_PARTICIPLES = frozenset("""branded called described labelled labeled dubbed termed
hailed praised dismissed slammed criticised criticized condemned deemed""".split())
_PASSIVE_FILLERS = frozenset(("a", "an", "the", "as"))


def _dominant(entities: tuple[Entity, ...]) -> str | None:
    """The name of the one entity the article names far more than any other: at least
    _DOMINANT_MENTIONS times, and twice as often as the next."""
    top = sorted(entities, key=_MENTIONS, reverse=True)[:2]  # (nlargest's, done in C)
    if not top or top[0].mentions < _DOMINANT_MENTIONS:
        return None
    if len(top) > 1 and top[0].mentions < 2 * top[1].mentions:
        return None
    return top[0].name


_DOMINANT_MENTIONS = 3
_MENTIONS = attrgetter("mentions")
# Roles "the ..." stands for the one person a story is about by (see _described_anew)
_OWN_ROLES = ANTECEDENT_ROLES - frozenset("""judge governor mayor king queen pope cardinal
bishop prince princess duke duchess emperor sheikh chief director owner boss chairman coach
founder""".split())
# Nouns for a person that open a description of the one person a story is about ("The
# British girl ..."), besides the roles; at most _DESCRIBED_WORDS words before them
_PERSON_NOUNS = frozenset(("girl", "woman", "boy", "man", "teenager", "mother", "father"))
_DESCRIBED_WORDS = 3
# Nouns "the ..." stands for the one organization a story is about by ("the group", "the
# club", "the airline" are as often another body of the story: tried on the read-through set)
_MAIN_BODY_NOUNS = frozenset(("agency", "company", "firm"))
# Last words of the names of public bodies, which no "the company" or "the firm" stands for
_PUBLIC_TAILS = frozenset("""office ministry department commission council committee police
court authority government administration army navy force party agency bureau service
services board parliament assembly senate university college school hospital""".split())


def _last_char_before(text: str, offset: int) -> str:
    """``text[:offset].rstrip()[-1:]``, read back from ``offset`` rather than from a copy of
    all the text before it (asked for each quote: a long text's copies grew with its
    square)."""
    at = min(offset, len(text)) - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""


def _starts(text: str, part: str) -> Iterator[int]:
    """Where ``part`` starts in ``text``, each place in turn."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _last_before(events: list[_Event], offset: int, fits=None) -> _Event | None:
    """The last event before ``offset`` (that ``fits``, among the last _LOOK_BACK)."""
    last = bisect_right(events, (offset,)) - 1
    for index in range(last, max(-1, last - _LOOK_BACK), -1):
        if fits is None or fits(events[index]):
            return events[index]
    return None


def _prefer_full_names(speakers: list[str | None]) -> list[str | None]:
    """A bare surname becomes the full name quoted elsewhere in the article ("Ross")."""
    full: dict[str, str] = {}
    for name in speakers:
        if name and len(name.split()) > 1 and name[0].isupper():
            full.setdefault(name.split()[-1], name)
    return [full.get(name, name) if name and " " not in name else name for name in speakers]


def _title(text: str) -> bool:
    """Whether a quotation is a title in Title Case: no question, cry or trailing off."""
    return in_title_case(text) and not text.rstrip(" .'\"’”").endswith(("?", "!")) \
        and "..." not in text and "…" not in text


def _plural(noun: str) -> bool:
    """Whether a description's head noun is a plural ("supporters", "police"), which no "he"
    or "she" stands for; not "boss" or "witness"."""
    lower = noun.lower()
    return lower in ("police", "people") or lower.endswith("s") and not lower.endswith("ss")
