"""Numbers with what they count: cardinals, ranges, money, percentages, measures."""
from __future__ import annotations

import re

from newsbrief.dates import MONTH_RE, WEEKDAY_RE, month_number
from newsbrief.facts.numwords import (
    CONTEXT_TOKEN,
    CURRENCY,
    NUMBER,
    NUMBER_WORDS,
    TIME_UNIT,
    UNIT,
    WORDS,
)
from newsbrief.facts.scan import digit_starts, sentence_anchors, word_positions
from newsbrief.lexicon import (
    BEFORE_ADJECTIVES,
    CLAUSE_WORDS,
    CONJUNCTIONS,
    CONTEXT_FUNCTION_WORDS,
    NOT_NAMES_BEFORE_COUNTS,
    PAST_VERBS,
    QUALIFIERS,
    SCORE_WORDS_AFTER,
    STREET_WORDS,
    VAGUE,
    alternatives,
)
from newsbrief.precompiled import regex
from newsbrief.records import Document, NumberFact
from newsbrief.text import stop_words

# One number (digits or words), maybe with a currency sign before it. The look-behind
# keeps numbers glued to words or signs out ("G20", "COVID-19", "9/11", "+44").
_CORE = regex(rf"(?<![\w.,/#@+$€£¥₹-])(?P<cur>{CURRENCY})?(?P<num>{NUMBER})")
_CURRENCY_BEFORE = regex(rf"(?:{CURRENCY})$")
_SCALE = regex(r"\s?(?:thousand|million|billion|trillion)\b|(?:bn|mn|tn)\b")
_MONEY_SCALE = regex(r"(?:m|k)\b")  # "£3m", "$40k": only after a currency sign
_RANGE = regex(rf"(?P<sep>\s?[-–—]\s?|\s(?:to|and)\s)(?P<cur>{CURRENCY})?(?P<num>{NUMBER})")
# What follows a number says its kind: one anchored match, first group that fits.
_SUFFIX = regex(
    r"(?P<percent>\s?(?i:%|per\s?cent\b|percent\b|percentage[ -]points?\b))"
    r"|(?P<money>\s(?:dollars|euros|pounds sterling|yen|yuan|renminbi|rupees|pesos|francs|rubles|"
    r"roubles|cents|pence|rand|reais|dinars|shekels|dirhams|riyals)\b)"
    r"|(?P<age>-(?:year|month|week|day)-old\b)"
    rf"|(?P<unit>(?:-|\s|(?=[a-z°]))(?:{UNIT})(?![\w°]))")

_AGO = regex(r"\s+ago\b")
_ONE_DAY = regex(r"(?i:one\sday)\b")  # "one day they will": an idiom, not a measure

YEAR = regex(r"(?:1[89]|20)\d\d")  # (numbers_other too)
_TIME_AFTER = regex(r"\s?(?:[ap]\.m\.|[AaPp][Mm]\b|o['’]clock|GMT\b|ET\b|hrs\b)|:\d")
_DATE_BEFORE = regex(rf"\b{MONTH_RE}\.?\s$")
_DATE_AFTER = regex(rf"\s(?:of\s)?{MONTH_RE}(?![a-z])")
_ORDINAL = regex(r"(?:st|nd|rd|th)\b")
_NAME_BEFORE = regex(r"(?:\b(?:[A-Z][\w'’&.]*|number)|#)\s?$")
_STREET = regex(r"\s(?:[A-Z][a-z]+\s){1,3}(?:" + alternatives(STREET_WORDS) + ")")
_MORE_DIGITS = regex(r"[-–./]\d")
CODE = regex(r"0\d+")  # a number with a leading zero is a code
_AFTER_DIGITS = regex(r"\d\s$")
_SCORE = regex(r"[-–](\d{1,2})(?!\d)")
_MORE_SETS = regex(r"(?:\s\d{1,2}[-–]\d{1,2}(?![\d-]))+")
_SCORE_AFTER = regex(r"\s(?:" + alternatives(SCORE_WORDS_AFTER) + r")\b")
# "Hugh Grant, 54," / "Paul Maxwell (49)" / "Martin Burke, now 73,": the capitalised name
# right before an age
_AGE_OWNER = regex(r"((?:[A-Z][\w'’.-]+\s){0,3}[A-Z][\w'’.-]+)(?:,\s(?:now\s|aged\s)?|\s\()$")
_SCORE_WORDS = regex(r"\b(?:won|win|wins|lost|lose|beat|beats|defeated|drew|victory|defeat|"
                     r"draw|score|scored|lead|leading|led|level|trail(?:ed|ing)?)\s+(?:\w+\s){0,2}$",
                     re.I)

_WHEN = (rf"(?:the\s)?(?:(?:19|20)\d\d|{MONTH_RE}|{WEEKDAY_RE}|first|second|third|fourth|last|"
         r"past|next|this|early|late|year|month|week|quarter|morning|afternoon|evening|night|"
         r"recent)(?![a-z])")
# After-context that only says when ("in March", "last year"): the words before say more.
_WEAK_CONTEXT = regex(
    r"(?:last|this|next|than|compared|a\s(?:year|month|week|day)|year|month|week|"
    rf"day)\b|(?:in|on|at|by|since|during|from|until|through)\s{_WHEN}")
_WORD = regex(r"[\w'’]+(?:[-.][\w'’]+){0,5}")
_NUMBER_AHEAD = regex(rf"{CURRENCY}\d|{WORDS}")
_RANK_SPLIT = regex(r"\d*")
_MAX_CONTEXT_WORDS = 6
# A qualifier of several words right before a number ("more than", "up to", "at least")
_QUALIFIER_BEFORE = regex(r"\s(?:(?:more|less|fewer|greater|higher|lower)\sthan|up\sto|at\sleast|"
                          r"as\s(?:many|much)\sas)\s$")
_SENTENCE_END = regex(r"[.!?]?[\"”’']?\s*$")
_TO_A_COUNT = regex(r"\b[a-z]+\s(?:to|of|for|than|from)\s(?:(?:nearly|almost|about|around|"
                    r"roughly|just|only|some|over|under)\s)?$")
_NOT_WHAT_WENT_ON = frozenset("""him her them us me it themselves himself herself itself out up
down there here country countries""".split())
# The preposition of a time spent, and a qualifier, right before the number
_SPENT = regex(r"\b(?:(?:for|within|over)\s|in\s(?=the\s))(?:the\s(?:next|past|last|first)\s)?"
               r"(?:(?:nearly|almost|about|around|roughly|just|only|more\sthan|less\sthan|"
               r"at\sleast|up\sto)\s)?$")
# A conversion in brackets right after an amount ("$250 (£132)", "4.3bn rupees ($98m; £52m)")
_CONVERSION = regex(r"\d[\w.,]*(?:\s[a-z]+){0,2}\s?\((?:[^()]{1,30};\s?)?$")


def extract_numbers(document: Document) -> tuple[NumberFact, ...]:
    """Counts, money, percentages and measures, each with the words saying what it counts."""
    facts: list[NumberFact] = []
    seen: set[tuple[str, str]] = set()
    for sentence, anchors in sentence_anchors(document, _anchors):
        text, index = sentence.text, sentence.index
        previous = document.sentences[index - 1].text if index else ""
        # Punkt sometimes splits "No. 1 seed" after "No."; the number then opens a sentence.
        skip_to = 0
        if previous.endswith(" No."):
            rank = _RANK_SPLIT.match(text)
            assert rank is not None  # \d* matches at any position
            skip_to = rank.end()
        for start, end, kind in _numbers_in(text, anchors, skip_to):
            value = text[start:end]
            context = _context(text, start, end, kind, value)
            if not context and kind == "number":
                context = _whose_age(text, start, end)
                kind = "age"
            elif not context and kind == "money" and facts and facts[-1].sentence == index \
                    and facts[-1].kind == "money" and _CONVERSION.search(text, 0, start):
                context = facts[-1].context  # the amount before it, in another currency
            if not context:
                continue  # a bare number ("... 45, said") says nothing on its own
            key = (value.lower(), context.lower())
            if key not in seen:
                seen.add(key)
                facts.append(NumberFact(value, context, kind, index))
    return tuple(facts)


def _anchors(text: str) -> list[int]:
    """Where a number can start: a run of digits or a number word."""
    return [*digit_starts(text), *_number_words(text.lower())]


def _held_in(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each of ``words`` that holds no other, with the words that hold it ("seven":
    "seventeen", "seventy"), itself first; a word is listed once, under the first it holds."""
    bases = [word for word in words if not any(other in word for other in words if other != word)]
    groups: dict[str, list[str]] = {base: [base] for base in bases}
    for word in words:
        if word not in groups:
            groups[next(base for base in bases if base in word)].append(word)
    return {base: tuple(group) for base, group in groups.items()}


# A number word that holds another ("sixty", "dozens") is looked for only in a text that
# holds that one: each look is a scan of the lowered body (~10 K instructions an article),
# and "six", "seven", "eight", "nine" are missing from most articles.
_NUMBER_WORDS_HELD = _held_in(NUMBER_WORDS)


def _number_words(lower: str) -> list[int]:
    """The offsets of the whole number words of ``lower`` (a lowered text), in no order."""
    return [offset for word, holders in _NUMBER_WORDS_HELD.items() if word in lower
            for holder in holders for offset in word_positions(lower, holder)]


def _numbers_in(text: str, anchors: list[int], position: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the number expressions of one sentence, left to right."""
    out = []
    for anchor in anchors:
        if anchor < position:
            continue  # inside the expression found before
        currency = _CURRENCY_BEFORE.search(text, max(0, anchor - 5), anchor)
        match = _CORE.match(text, currency.start() if currency else anchor)
        if match is None:
            continue
        found = _number_at(text, match)
        position = found[1] if found else match.end()
        if found:
            out.append(found)
    return out


def _number_at(text: str, match: re.Match) -> tuple[int, int, str] | None:
    """(start, end, kind) of the number expression at ``match``, or None when it is no count."""
    number, currency, start = match.group("num"), match.group("cur"), match.start()
    if number[0].isupper() and not currency and not _opens_clause(text[:start]):
        return None  # "the Big Three": a word number inside a name
    end = _scaled_end(text, match.end(), bool(currency))
    scaled = end != match.end()
    score = _SCORE.match(text, end) if number.isdigit() and not currency else None
    if score:
        sets = _MORE_SETS.match(text, score.end())  # "won 6-4 6-2", "a 7-6 6-2 win": one result
        score_end = sets.end() if sets else score.end()
        if _is_score(text, start, number, score, score_end):
            return start, score_end, "score"  # "lost 3-0 to Werder Bremen", "drew 2-2"
    range_end, is_range = _range_end(text, start, end, bool(currency), number)
    if range_end is None:
        return None  # a phone number, a score or a span of years
    end = range_end
    suffix = _SUFFIX.match(text, end)
    named = suffix.lastgroup if suffix else None
    if named in {"percent", "money"} and suffix:  # (named is set only with a suffix)
        return start, suffix.end(), named
    if currency:
        return start, end, "money"
    if named == "age" and suffix:
        return start, suffix.end(), "measure"
    if number.lower() == "one" and _ONE_DAY.match(text, start):
        return None
    if named == "unit" and suffix:
        if TIME_UNIT.search(suffix.group(0)) and _AGO.match(text, suffix.end()):
            return None  # "27 years ago" is a date
        return start, suffix.end(), "measure"
    if number.lower() == "one" and not scaled and not is_range:
        return None  # "one of them", "no one": a pronoun more often than a count
    if end < len(text) and text[end].isalpha():
        return None  # "4G", "3D": a number glued to letters is a name
    if not scaled and _not_a_count(text, start, end, number):
        return None
    return start, end, "number"


def _is_score(text: str, start: int, first: str, score: re.Match, score_end: int) -> bool:
    """Whether "N-M" is a result: a word of winning or losing before it ("won 3-1"), or no
    bigger second number and "down", "up", "win" or a preposition after it ("2-0 down",
    "1-1 at half-time"); not a range ("10-15") nor a phone number. ``score_end``: where
    the result ends, after the sets that follow it ("a 7-6 6-2 win")."""
    other = score.group(1)
    if _MORE_DIGITS.match(text, score.end()) or len(first) > 2:
        return False
    if _SCORE_WORDS.search(text[max(0, start - 40):start]):
        return True
    return int(other) <= int(first) and bool(_SCORE_AFTER.match(text, score_end))


def _whose_age(text: str, start: int, end: int) -> str:
    """The person whose age a bare number is: "Hugh Grant, 54, said" → "Hugh Grant", and
    so at the end of a sentence ("... her boyfriend Nico Jackson, 35.")."""
    value = text[start:end]
    if not value.isdigit() or not 0 < int(value) < 120 or text[end:end + 1] not in (",", ")") \
            and text[end:].rstrip() != ".":
        return ""
    name = _AGE_OWNER.search(text, max(0, start - 60), start)
    return name.group(1) if name else ""


def _scaled_end(text: str, end: int, money: bool) -> int:
    """The end after a scale word ("19 million", "€20bn", "£3m")."""
    if scale := _SCALE.match(text, end):
        return scale.end()
    if money and (scale := _MONEY_SCALE.match(text, end)):
        return scale.end()
    return end


def _range_end(text: str, start: int, end: int, money: bool,
               first: str) -> tuple[int | None, bool]:
    """Extend over "10 to 15", "10-15"; None for phone numbers, scores and spans of years."""
    second = _RANGE.match(text, end)
    if second is None:
        return end, False
    sep = second.group("sep").strip()
    if sep == "and" and not text[:start].rstrip().lower().endswith("between"):
        return end, False  # "and" joins a range only in "between 10 and 15"
    other = second.group("num")
    if sep in "-–—" and first.isdigit() and other.isdigit():
        if _MORE_DIGITS.match(text, second.end()) or (len(first) == 3 and len(other) == 4):
            return None, False  # 555-1234, 1-800-555-0199
        if int(other) <= int(first) or _SCORE_WORDS.search(text[max(0, start - 40):start]):
            return None, False  # a score ("won 3-1"), not a range
    if YEAR.fullmatch(first) or YEAR.fullmatch(other):
        return None, False  # "2009-2010" is a span of years; "in 1929 to 63 years" no range
    return _scaled_end(text, second.end(), money or bool(second.group("cur"))), True


def _not_a_count(text: str, start: int, end: int, number: str) -> bool:
    """Years, clock times, dates, ordinals, numbers in names and addresses are not counts."""
    if YEAR.fullmatch(number) or _ORDINAL.match(text, end) or _TIME_AFTER.match(text, end):
        return True
    before = text[max(0, start - 24):start]
    if before.endswith(":") or _MORE_DIGITS.match(text, end) or _STREET.match(text, end):
        return True
    if CODE.fullmatch(number) or _AFTER_DIGITS.search(before):
        return True  # "0958", "20 7946 0958": parts of a phone number or a code
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(text, end):
        return True
    name = _NAME_BEFORE.search(before)
    word = name.group(0).strip().rstrip(".") if name else ""
    if word in {"#", "No", "Number", "number"}:
        return True  # "No. 1", "#3": a rank
    # "Flight 370", "Boeing 737", "Apollo 11": a capitalised word before makes it a name.
    return (bool(word) and word.lower() not in NOT_NAMES_BEFORE_COUNTS
            and word.lower() not in stop_words("en"))


def _opens_clause(head: str) -> bool:
    """True when nothing, or only opening punctuation, comes before this point of the sentence."""
    head = head.rstrip()
    return not head or head[-1] in "\"“'‘(:;.!?-—"


def _context(text: str, start: int, end: int, kind: str, value: str) -> str:
    """What the number counts: the words after it; for money and percentages whose
    following words only say when ("2.5% in March"), the words before it."""
    after = _context_after(text, end, kind, value)
    weak = bool(after) and bool(_WEAK_CONTEXT.match(after))
    if kind == "number" and weak:
        return ""  # "11.5 million last year" does not say what it counts
    if kind == "number" and not after and _SENTENCE_END.match(text, end) \
            and _TO_A_COUNT.search(text, max(0, start - 30), start):
        # "... taking their tally to 444.", "... projections for more than 14 million.": a
        # count that ends its sentence after a preposition, said by the noun before it
        before = _context_before(text, start)
        return before if _says_what_went_on(before) else ""
    if kind == "number" or (after and (kind == "measure" or not weak)):
        return after
    before = _context_before(text, start)
    if kind == "measure" and not _done_for(before):
        # a time something went on for ("friends for nearly 15 years", "fit for trial within
        # 18 months"): the words before its preposition
        spent = TIME_UNIT.search(value) and _SPENT.search(text, max(0, start - 40), start)
        if not spent:
            return ""
        before = _context_before(text, spent.start())  # (without "within")
        return before if _says_what_went_on(before) else ""
    # money, percentages, scores, and measures of what was done, said by the words before
    # them ("Chelsea lost 3-0 to ...", "was jailed for seven years")
    return before or after


def _says_what_went_on(before: str) -> bool:
    """Whether the words before a time spent say what went on: they hold a verb ("served in
    Burundi", "fought his cancer"; not "lowest streets" of "relocate 340 families from the
    lowest streets over the next three years"), and end in no pronoun ("stood beside him")
    nor hold an amount ("$1 trillion")."""
    words = before.split()
    if not words or any(_SCALE.fullmatch(" " + w) for w in words):
        return False
    last = words[-1]
    if last.lower() in _NOT_WHAT_WENT_ON:
        return False
    return any(w.endswith(("ed", "ing")) and w.islower() for w in words)


def _done_for(before: str) -> bool:
    """Whether the words before a measure end in a verb of what took it ("Bird was jailed",
    "lasted", "talks were suspended"); other words before a measure rarely say what it
    measures ("second time", "million lives", "New Jersey")."""
    words = before.split()
    return bool(words) and words[-1].endswith("ed") and not any(
        w[:1].isdigit() or w.lower() in NUMBER_WORDS for w in words)


def _context_after(text: str, end: int, kind: str, value: str) -> str:
    """The words after the number that say what it counts ("regular users in the U.S.").

    The context is a verbatim slice of the sentence: it stops at any character between
    two words that is not a space, so it never joins words across punctuation.
    """
    words: list[re.Match] = []
    previous_end = end
    whole = None  # words before a number inside the phrase: "of the city's 12 million"
    in_total = 0  # number tokens among the words after ``whole`` ("12", "million")
    for token in CONTEXT_TOKEN.finditer(text, end, min(len(text), end + 160)):
        word = token.group(0)
        last = words[-1].group(0) if words else ""
        if text[previous_end:token.start()].strip():
            break  # something that is not a word sits between the two
        if word == "," and whole is not None and len(words) > whole and last.isdigit() \
                and text[token.end():token.end() + 1].isdigit():
            previous_end = token.end()
            continue  # a comma inside the total ("348,000")
        previous_end = token.end()
        if not (word[0].isalnum() or (word[0] in "'’" and len(word) > 1
                                      and not word[1:2].isupper())):
            break  # punctuation ends the phrase, and so does a quote opening ("games 'I")
        if word[0].isdigit() or _NUMBER_AHEAD.match(text, token.start()):
            if not words:
                return ""  # "20 7946 0958": a run of numbers is a code, not a count
            if whole is None and _takes_a_total(words, value) and not YEAR.fullmatch(word):
                whole = len(words)  # "1 million of the city's 12 million residents"
            if whole is not None and in_total == len(words) - whole:
                words.append(token)  # the total and its scale ("12", "million")
                in_total += _is_number_token(word)
                continue
            if word[0].isdigit() and month_number(last) and len(words) > 1:
                words.pop()  # "two bombs on February 8": the date is not what it counts
                while len(words) > 1 and words[-1].group(0).lower() in _BEFORE_DATES:
                    words.pop()  # "five times between November 3 ..."
            break  # the next number starts its own phrase
        if word in CLAUSE_WORDS or (word == "to" and (words or kind != "money")):
            break
        if words and (word in PAST_VERBS or word in _COMPARATIVES
                      or (word.endswith(("ed", "ing")) and not _before_adjective(last))):
            break  # "1,200 homes lost power": the verb ends the noun phrase
        if not words and word in {"'s", "’s"}:
            return ""  # "the 23-year-old's injuries": the number names a person
        if word.lower() in _CONTRACTIONS:
            break  # "five years he's been": "'s" is a verb here
        if whole is not None:
            if word.lower() in CONTEXT_FUNCTION_WORDS or word.lower() in stop_words("en") \
                    or len(words) - whole - in_total >= 2:
                break  # "of the capital's 520 patients": the total's noun ends the phrase
            in_total += _is_number_token(word)
        words.append(token)
        if len(words) >= _MAX_CONTEXT_WORDS + in_total:
            break
    if whole is not None and _numbers_in_total(words, whole) == len(words) - whole:
        del words[whole:]  # "of the 50": a total that is not followed by what it counts
    if words and words[0].group(0).lower() == "of" and value.lower() in VAGUE:
        words.pop(0)  # "thousands of protesters" counts protesters
    while words and words[-1].group(0).lower() in CONTEXT_FUNCTION_WORDS:
        words.pop()
    return text[words[0].start():words[-1].end()] if words else ""


_POSSESSIVE = ("'s", "’s", "s'", "s’")
# "'s" that is "is" or "has": the phrase has reached a verb
_CONTRACTIONS = frozenset(f"{pronoun}{mark}s" for pronoun in
                          ("he", "she", "it", "that", "there", "here", "what", "who", "let")
                          for mark in "'’")
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS) | {"hundred", "thousand", "million", "billion",
                                               "trillion", "bn", "m"}


def _takes_a_total(words: list[re.Match], value: str) -> bool:
    """Whether the phrase so far leads into a total: "of the", "of the city's", "of" (not
    after "hundreds": "hundreds of thousands" is one vague number)."""
    texts = [token.group(0).lower() for token in words]
    if _is_possessive(texts[-1]):
        return True
    return (texts[0] == "of" and all(t in ("of", "the") for t in texts)
            and (len(texts) > 1 or value.lower() not in VAGUE))


def _is_number_token(word: str) -> bool:
    """Digits, or a number word ("12", "million", "twelve")."""
    return word[0].isdigit() or word.lower() in _NUMBER_WORD_SET


def _numbers_in_total(words: list[re.Match], whole: int) -> int:
    """How many of the words after ``whole`` are the total's number tokens."""
    return sum(1 for token in words[whole:] if _is_number_token(token.group(0)))


def _is_possessive(word: str) -> bool:
    """"city's", "workers'"; not "he's", which is "he is"."""
    return word.endswith(_POSSESSIVE) and word.lower() not in _CONTRACTIONS


def _before_adjective(last: str) -> bool:
    """Whether a word ending in -ed or -ing after ``last`` qualifies the noun ahead:
    after "the", a possessive ("the world's leading") or a number ("2.8 million registered")."""
    return last in BEFORE_ADJECTIVES or _is_possessive(last) or _is_number_token(last)


_BEFORE_DATES = frozenset({"between", "during", "since", "until", "by", "from"})
_COMPARATIVES = frozenset({"more", "less", "fewer"})


def _context_before(text: str, start: int) -> str:
    """Up to four words before the number, back to its clause or the previous number."""
    base = max(0, start - 80)
    head = text[base:start]
    if qualifier := _QUALIFIER_BEFORE.search(head):
        head = head[:qualifier.start()]  # "increased by more than 800%": not cut at "than"
    cut = max(head.rfind(mark) for mark in ",;:(\"“”—") + 1
    words: list[re.Match] = []
    following = len(head)
    for token in reversed(list(_WORD.finditer(head, cut))):
        word = token.group(0)
        if head[token.end():following].strip():
            break  # punctuation between this word and the next one
        if word[0].isdigit() or word in CONJUNCTIONS or len(words) == 4 \
                or word.lower() in _CONTRACTIONS:
            break  # "That's 60%": no more than "60%" alone
        words.insert(0, token)
        following = token.start()
    while words and (words[0].group(0).lower() in CONTEXT_FUNCTION_WORDS
                     or words[0].group(0).lower() in CLAUSE_WORDS):
        words.pop(0)  # "could cost importers" → "cost importers"
    while words and (words[-1].group(0).lower() in QUALIFIERS
                     or words[-1].group(0).lower() in CONTEXT_FUNCTION_WORDS):
        words.pop()  # "paid roughly $20": the qualifier belongs to the number
    return head[words[0].start():words[-1].end()] if words else ""
