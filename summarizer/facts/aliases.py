"""Merge mentions of one entity: surnames, acronyms and short company names."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from newsbrief.cache import GenerationCache
from newsbrief.facts.ner import load_model
from newsbrief.facts.ner_tables import SortedTable
from newsbrief.facts.orthography import seen_lower
from newsbrief.lexicon import (
    ARABIC_NAME_PREFIXES,
    CLUB_TAILS,
    COMPANY_TAILS,
    LEGISLATURES,
    MAKERS_TAILS,
    NAME_ROLES,
    NAME_SUFFIXES,
    NEVER_ALONE,
    NOT_PERSON_HEADS,
    ORGANIZATIONS,
    PARTIES,
    PLACE_HEADS,
    PLACE_TAILS,
    TITLE_AND_RELATION_WORDS,
)
from newsbrief.records import Entity

_KIND_ORDER = ("person", "organization", "place")
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "on", "in"})
_ORDER = itemgetter(2)  # Mention.order
_ENTITY = itemgetter(3)  # the entity of merge_mentions's ranked entries


class Mention(NamedTuple):  # a tuple: made for every name the tagger finds, made fast
    text: str
    kind: str  # person | organization | place
    order: tuple[int, int]  # (sentence index, character offset): reading order


class _Form:
    """All mentions written the same way (ignoring case and spacing)."""

    # A plain class, not a dataclass: dataclass compiles its methods at every start.
    __slots__ = ("words", "display", "first", "votes", "kind")

    def __init__(self, words: tuple[str, ...], display: str, first: tuple[int, int],
                 kind: str) -> None:
        self.words = words
        self.display = display
        self.first = first
        self.votes = {kind: 1}  # kind -> calls, first call first
        self.kind = kind  # (the tagger's first call, until decide)

    def decide(self) -> None:
        # The majority of the tagger's calls; a tie goes to the earliest call (max keeps
        # the first of equals).
        votes = self.votes
        self.kind = max(votes, key=votes.__getitem__)


def merge_mentions(mentions: list[Mention], declared: dict[str, str] | None = None
                   ) -> tuple[tuple[Entity, ...], ...]:
    """(people, organizations, places) from mentions, aliases merged, by salience.
    ``declared`` maps short forms the article gives in brackets after a name (lower case:
    "ukif" -> "uk internet forum") to that name."""
    forms: dict[str, _Form] = {}
    keys: dict[str, str] = {}  # (a name comes back about twice: its key made once)
    for text, kind, order in sorted(mentions, key=_ORDER):
        key = keys.get(text)
        if key is None:
            key = keys[text] = _key(text)
        form = forms.get(key)
        if form is None:
            forms[key] = _Form(tuple(key.split()), text, order, kind)
            continue
        if text != form.display and _better_display(text, form.display):
            form.display = text
        votes = form.votes
        votes[kind] = votes.get(kind, 0) + 1
    for form in forms.values():
        if len(form.votes) > 1:  # (most forms have one kind: the first call's)
            form.decide()
    _people_tagged_otherwise(forms)
    fuller = _FullerNames(forms, {_key(k): _key(v) for k, v in declared.items()}
                          if declared else {})
    groups: dict[str, list[_Form]] = {}
    targets = fuller.targets
    for key, form in forms.items():
        root = _root(key, targets) if key in targets else key  # (most names stand alone)
        group = groups.get(root)
        if group is None:
            groups[root] = [form]
        else:
            group.append(form)
    # per kind: (-mentions, first mention, arrival, entity), the most mentioned first
    ranked: dict[str, list[tuple[int, tuple[int, int], int, Entity]]] = {
        kind: [] for kind in _KIND_ORDER}
    for root, members in groups.items():
        head = forms[root]
        same_kind = ranked.get(head.kind)
        if same_kind is None:
            continue
        if len(members) == 1 and members[0] is head:  # (most names: written one way)
            count = sum(head.votes.values())
            same_kind.append((-count, head.first, len(same_kind),
                              Entity(head.display, head.kind, count, ())))
            continue
        aliases = sorted({f.display for f in members if f is not head})
        count = sum(sum(f.votes.values()) for f in members)
        first = min(f.first for f in members)
        same_kind.append((-count, first, len(same_kind),
                          Entity(head.display, head.kind, count, tuple(aliases))))
    return tuple(tuple(map(_ENTITY, sorted(ranked[kind]))) for kind in _KIND_ORDER)


def _better_display(text: str, display: str) -> bool:
    """Whether a form is better shown as ``text`` than as ``display``: "Leicestershire"
    rather than a headline's "LEICESTERSHIRE", "University of Vermont" rather than "The
    University of Vermont" and "Mobile Police" rather than "Mobile police"."""
    return (display.isupper() and not text.isupper()
            or display.startswith("The ") and not text.startswith("The ")
            or " " in display and display[-1].islower() and text[-1].islower()
            and text.rpartition(" ")[2][0].isupper()
            and not display.rpartition(" ")[2][0].isupper())


def _key(text: str) -> str:
    """A name's form for merging: lower case, single spaces, straight apostrophes, no
    accents, and no "The" before a name of several words ("Le Bonheur Children’s Hospital"
    is "Le Bonheur Children's Hospital", "Lindt Café" is "Lindt Cafe", "The University of
    Warwick" is "University of Warwick")."""
    key = " ".join(text.lower().split())
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key.replace("’", "'"))
                      if not unicodedata.combining(c))
    if key.startswith("the ") and key.count(" ") > 1:
        key = key[4:]
    return key


def _people_tagged_otherwise(forms: dict[str, _Form]) -> None:
    """A name of two or three capitalised words the tagger called an organization or a
    place, whose last word the article uses alone for a person and no person's full name
    ends with, is that person ("Ana Costa" after "Editor's note:", then "Costa said";
    "Victoria Toensing", then "Toensing"), and so is a name of two words whose last word
    ends another person's full name (a relative: "Krystal Ramirez" beside "Isaac Ramirez"),
    if that word is only ever a name (not "Patrol" of "Border Patrol", which the tagger may
    take alone for a person), and, for an organization, the first word opens no place or
    company name and neither the lexicon nor the gazetteer knows the whole name as an
    organization ("Boko Haram", "Aston Villa", then "Haram", "Villa" taken for a person); for
    a place, the gazetteer does not know the whole name as a place."""
    tails = {form.words[-1] for form in forms.values()
             if form.kind == "person" and len(form.words) > 1}
    for key, form in forms.items():
        last = form.words[-1]
        if (form.kind != "person" and 2 <= len(form.words) <= 3
                and (last not in tails and last in forms and forms[last].kind == "person"
                     or len(form.words) == 2 and last in tails and _may_open_name(form))
                and all(w[:1].isupper() for w in form.display.split())
                and last not in COMPANY_TAILS and not seen_lower(last)
                and (not _place_or_company(form.words[0]) and key not in ORGANIZATIONS
                     and "ORG" not in gazetteer_kinds(key)
                     if form.kind == "organization"
                     else _person_called_place(key, form.words))):
            form.kind = "person"


def _may_open_name(form: _Form) -> bool:
    """Whether the first word of a name of two words may be a given name or a title: no
    acronym ("SE Android", "USNS Vandenberg"), no word Punkt's corpus writes in lower case
    ("Rare Whisky", "La Romanee-Conti") and none that is never a name ("Shiite")."""
    first = form.words[0]
    return (not form.display.split()[0].isupper() and not seen_lower(first)
            and first not in NEVER_ALONE)


def _person_called_place(key: str, words: tuple[str, ...]) -> bool:
    """Whether a "place" may be a person's full name: the gazetteer knows neither it nor
    its first word as a place ("Afghanistan Obama" is a place glued to a name, and so,
    alas, may "Victoria Nuland" be), nothing in it says place ("Canyon", "Mount"), its
    first word is a title ("Prince") or one Punkt's corpus never writes in lower case (not
    "New", "Old", "Key"), and no storm or city opens it ("Hurricane Irene", "Ciudad
    Juarez")."""
    first = words[0].rstrip(".")
    return (not known_place(key) and not known_place(first)
            and words[-1] not in PLACE_TAILS
            and words[0] not in PLACE_HEADS and first not in NOT_PERSON_HEADS
            and (first in TITLE_AND_RELATION_WORDS or not seen_lower(first)))


def _place_or_company(word: str) -> bool:
    """A word that opens names of places or companies ("West Ham", "Nokia Lumia")."""
    return word in ORGANIZATIONS or known_place(word)


def known_place(name: str) -> bool:
    """A name (lower case) the gazetteer lists as a place, region or country ("wales",
    "washington", "new york")."""
    found = _PLACES.recent.get(name)  # the usual case, without a call
    return _PLACES(name) if found is None else found


def _look_up_place(name: str) -> bool:
    kinds = gazetteer_kinds(name)
    return "LOC" in kinds or "region" in kinds or "country" in kinds


# name -> whether the gazetteer knows it as a place, kept across documents: the entity
# rules ask about the same names and words in every story (washington, police)
_PLACES: GenerationCache[str, bool] = GenerationCache(_look_up_place, 20_000)


@lru_cache(maxsize=4096)
def given_name(word: str) -> bool:
    """Whether ``word`` (lower case) opens a person's name of several words the tagger's
    gazetteer holds ("mary", "paul"): a bisection of the shipped table, not a set of all
    its first names built at every start (that cost ~40 M instructions of a cold start)."""
    table = load_model().gazetteer.kinds
    if isinstance(table, SortedTable):
        return table.prefixed_holds(word + " ", "PER")
    return any(key.startswith(word + " ") and "PER" in kinds for key, kinds in table.items())


def gazetteer_kinds(name: str) -> str:
    """What the tagger's gazetteer calls a name (lower case): "LOC,ORG", "PER", or ""."""
    found = _KINDS.recent.get(name)  # the usual case, without a call
    return _KINDS(name) if found is None else found


def _look_up_kinds(name: str) -> str:
    return load_model().gazetteer.kinds.get(name) or ""


# name -> its gazetteer kinds, kept across documents (see _PLACES)
_KINDS: GenerationCache[str, str] = GenerationCache(_look_up_kinds, 20_000)


def _root(key: str, targets: dict[str, str]) -> str:
    seen = {key}
    while key in targets and targets[key] not in seen:
        key = targets[key]
        seen.add(key)
    return key


_Names = dict[tuple[str, ...], list[str]]  # words -> the keys of the names they stand in


class _FullerNames:
    """For each form, the fuller name it stands for, if any."""

    __slots__ = ("forms", "declared", "surnames", "given", "several", "companies",
                 "org_heads", "middles", "org_tails", "org_ends", "bodies", "place_rests",
                 "openings", "bare", "spellings", "acronyms", "targets")

    def __init__(self, forms: dict[str, _Form], declared: dict[str, str]) -> None:
        self.forms = forms
        self.declared = declared
        self.surnames: _Names = {}  # "beeler" -> ["laurel beeler"]
        self.given: _Names = {}  # "laurel" -> ["laurel beeler"]
        self.several: list[str] = []  # the names of several words, for _acronyms
        self.companies: dict[tuple[str, ...], str] = {}  # "tencent" -> "tencent holdings ltd."
        self.org_heads: _Names = {}  # "nook" -> ["nook media"]
        self.middles: _Names = {}  # "turati" -> ["marcela turati munoz"]
        self.org_tails: _Names = {}  # "city" -> ["manchester city"]
        # "bureau of prisons" -> ["federal bureau of prisons"]; "harvard" -> ["harvard
        # university"]: the end of a longer name, and its head before a body's word
        self.org_ends: _Names = {}
        self.bodies: _Names = {}
        # "juarez" -> ["ciudad juarez"]: a place's name after a place's word that opens it
        self.place_rests: _Names = {}
        # "michaella mccollum" -> ["michaella mccollum connolly"]: a full name's first words
        self.openings: _Names = {}
        # "assad" -> ["bashar al-assad"]: a surname without its article, for people only
        # (the Houthis are no "Abdul-Malik al-Houthi")
        self.bare: _Names = {}
        # (made where first asked: few articles ask)
        self.spellings: _Spellings | None = None
        self.acronyms: dict[str, str] | None = None
        titled = _titled_names(forms)
        self._index(titled)
        self.targets: dict[str, str] = {}
        for key, form in forms.items():
            # "Author Tim Federle" is Tim Federle
            target = titled.get(key) or self._target(key, form)
            if target is not None and target != key:
                self.targets[key] = target
        self._given_names_of_one()

    def _index(self, titled: dict[str, str]) -> None:
        """The names of several words, under their parts (a name of one word stands in
        none)."""
        forms = self.forms
        for key, form in forms.items():  # (merge_mentions makes them in reading order)
            words = form.words
            if len(words) == 1 or key in titled:
                continue  # ("Author Tim Federle" names nobody but Tim Federle)
            self.several.append(key)
            if form.kind == "person":
                self._index_person(key, words)
            elif form.kind == "organization":
                self._index_organization(key, words)
            elif form.kind == "place" and len(words) == 2 and words[0] in PLACE_HEADS:
                self.place_rests.setdefault(words[1:], []).append(key)
        # "Michaella" is the one Michaella when "Michaella McCollum" is "Michaella McCollum
        # Connolly": a shorter form merged into a full name is no second person of the name
        given = self.given
        for words, fuller_names in self.openings.items():
            if len(fuller_names) == 1 and words[:1] in given:
                short = " ".join(words)
                given[words[:1]] = [k for k in given[words[:1]] if k != short]

    def _index_person(self, key: str, words: tuple[str, ...]) -> None:
        """A person's full name (two words or more) under its given name, its surnames,
        its middle name, its opening words and its surname without an article."""
        self.given.setdefault(words[:1], []).append(key)
        if len(words) == 3:
            self.middles.setdefault(words[1:2], []).append(key)
        if (len(words) > 2 and _one_more_name(words[-1]) and words[-1] not in self.forms
                and words[-1] not in words[:-1]):
            # (not a name of its own the article writes, glued on where a copy lost a
            # full stop: "Tom Kingston" + "Pippa", "Mohamed Morsy" + "Morsy")
            self.openings.setdefault(words[:-1], []).append(key)
        surnames = self.surnames
        for cut in range(1, len(words)):
            surnames.setdefault(words[cut:], []).append(key)
        article, hyphen, surname = words[-1].partition("-")
        if hyphen and surname and article in ARABIC_NAME_PREFIXES:
            self.bare.setdefault((surname,), []).append(key)

    def _index_organization(self, key: str, words: tuple[str, ...]) -> None:
        """An organization's name (two words or more) under its head and its last word,
        its name without a company's tails ("tencent"), its ends and its body's head."""
        self.org_heads.setdefault(words[:1], []).append(key)
        self.org_tails.setdefault(words[-1:], []).append(key)
        cut = len(words)  # the words from ``cut`` on are all company tails ("holdings ltd.")
        while cut > 1 and words[cut - 1] in COMPANY_TAILS:
            cut -= 1
        for short in range(cut, len(words)):
            self.companies.setdefault(words[:short], key)
        for cut in range(1, len(words) - 1):
            if words[cut - 1][:1].isdigit() or words[cut - 1] in _REPORTING_ROLES:
                break  # ("2010 Human Rights Watch", "CNN Correspondent Ann Lee")
            if words[cut] not in _ACRONYM_SKIP and words[cut - 1] != "of":
                self.org_ends.setdefault(words[cut:], []).append(key)  # (not "Ann Lee
                # of Human Rights Watch")
        if words[-1:] in _SAME_BODY_TAILS or words[-2:] == ("police", "department"):
            self.bodies.setdefault(words[:-1], []).append(key)
        elif words[-2:] == ("high", "school") and len(words) > 2:
            self.bodies.setdefault(words[:-2], []).append(key)  # "Therrell" of its High School

    def _target(self, key: str, form: _Form) -> str | None:
        """The fuller name ``form`` stands for, or None: the first rule that finds one."""
        words, kind = form.words, form.kind
        # One word that is a person's surname is that person even where the tagger
        # called it a company ("Bush") or a place the gazetteer does not know ("for
        # Maguire" after "Tobey Maguire"); known places stay places ("Wales",
        # "Washington"). A place is not taken for a given name: "Malaga" beside a
        # "Malaga Airport" the tagger called a person is more often the place.
        if form.votes.get("person") or len(words) == 1 and kind != "place":
            target = self._person_of(form)
            if target is not None:
                return target
        elif len(words) == 1 and not known_place(words[0]):
            target = self._person_called_place(words)
            if target is not None:
                return target
        if len(words) == 2 and len(initial := words[0].rstrip(".")) <= 2 \
                and initial.isalpha() and form.display.split()[0].isupper():
            # (not "Ed Smart", "Mo Walker") "S Horgan" (a line-up's initial) of "Shane
            # Horgan"; "J. Smit" of "John Smit"; also where the tagger took it for a body
            # ("P Montgomery")
            fuller_names = [name for name in self.surnames.get(words[1:], ())
                            if name != key and name.startswith(initial[0])
                            and not self.forms[name].display.split()[0].isupper()]
            if len(fuller_names) == 1:
                return fuller_names[0]
        declared = self.declared.get(key)
        if declared in self.forms and self.forms[declared].kind == kind:
            return declared  # "the UK Internet Forum (UKIF)"
        if form.display.isupper() and _looks_like_acronym(form):
            target = self._acronyms().get(words[0].replace(".", ""))
            if target is not None:
                return target
        target = self.companies.get(words)
        if target is not None:
            return target
        if kind == "person":
            return self._short_person(form) if len(words) == 1 else self._whole_person(key, form)
        if kind == "organization":
            return self._short_organization(key, form)
        if kind == "place" and len(words) == 1 and not known_place(words[0]):
            # "Juarez" of "Ciudad Juarez", "Everest" of "Mount Everest"; not "Chad" beside a
            # "Lake Chad", a place of its own
            fuller = self.place_rests.get(words, ())
            if len(fuller) == 1:
                return fuller[0]
        return None

    def _person_of(self, form: _Form) -> str | None:
        """The person a name the tagger called a person at least once, or a word it
        called no place, stands for: whose surname ("Beeler"), one given name ("Laurel",
        if only one Laurel), middle name ("Turati", the first surname of "Marcela Turati
        Munoz"), surname without its article ("Assad") or misspelt surname it is."""
        words, forms = form.words, self.forms
        names = self.surnames.get(words)
        if names:
            return _most_mentioned(names, forms)
        people = self.given.get(words, ())
        if len(people) == 1:
            return people[0]
        people = self.middles.get(words, ())
        if len(people) == 1:
            return people[0]
        if form.kind != "person":
            return None
        names = self.bare.get(words)
        if names:
            return _most_mentioned(names, forms)
        if len(words) == 1 and words not in self.given and _may_misspell(words[0]):
            if self.spellings is None:  # (made once, where first asked)
                self.spellings = _Spellings(self.surnames)
            return _misspelt_surname(words[0], self.spellings, self.surnames, forms)
        return None

    def _person_called_place(self, words: tuple[str, ...]) -> str | None:
        """The person a word the tagger called a place, which the gazetteer does not
        know as one, stands for: whose surname it is, or ("Michaella", after "Michaella
        McCollum") whose given name, if one person's, neither word is a word nor the
        head of a "person" that is no one's name ("Windsor Castle", "Tampa Mayor Pam
        Iorio")."""
        names = self.surnames.get(words)
        if names:
            return _most_mentioned(names, self.forms)
        people = self.given.get(words, ())
        if (len(people) == 1 and not seen_lower(words[0])
                and not any(seen_lower(w) or w in TITLE_AND_RELATION_WORDS
                            for w in self.forms[people[0]].words[1:])):
            return people[0]
        return None

    def _short_person(self, form: _Form) -> str | None:
        """A lone word that no full name ends with, but one organization's name starts
        with, is that organization's short name ("Nook" of "Nook Media"), unless the word
        is named more often ("Obama" beside one "Obama Administration" is the man)."""
        heads = self.org_heads.get(form.words, ())
        if len(heads) == 1 and _count(self.forms[heads[0]]) >= _count(form):
            return heads[0]
        return None

    def _whole_person(self, key: str, form: _Form) -> str | None:
        """The fuller name a person's name of two words or more is: one it opens
        ("Michaella McCollum" of "Michaella McCollum Connolly"), its own misspelt once
        ("Alexey Navalny", "Alexei Navalny": see _spelt_otherwise), or its own with initials
        between ("George Bush" of "George W. Bush")."""
        words, forms = form.words, self.forms
        whole = self.openings.get(words) or ()
        target = None
        if len(whole) == 1:
            target = whole[0]
        elif len(words) == 2:
            target = _spelt_otherwise(key, form, self.given.get(words[:1]) or (), forms, 1)
        if target is None and len(words[0]) >= 5:
            target = _spelt_otherwise(key, form, self.surnames.get(words[1:]) or (), forms, 0)
        if target is None and len(words) == 2:
            # "George Bush" of "George W. Bush": the one full name of the same given name and
            # surname with initials between
            initialled = [name for name in self.given.get(words[:1], ())
                          if len(forms[name].words) > 2 and forms[name].words[-1] == words[1]
                          and all(len(w.rstrip(".")) == 1 for w in forms[name].words[1:-1])]
            if len(initialled) == 1:
                target = initialled[0]
        return target

    def _short_organization(self, key: str, form: _Form) -> str | None:
        """The longer organization's name an organization's name is short for."""
        words = form.words
        if len(words) == 1 and words[0] not in _OWN_BODIES and not known_place(words[0]):
            # The last word of one organization's name alone is that organization's
            # short form ("City" of "Manchester City", "Times" of "New York Times"); not
            # a body of its own ("Congress" beside a "Mobile World Congress") or a place
            tails = self.org_tails.get(words, ())
            if len(tails) == 1:
                return tails[0]
        # A name that ends one longer organization's name ("Bureau of Prisons" of
        # "Federal Bureau of Prisons", "Foreign Office" of "British Foreign Office"), or
        # opens one before a word that names the same body ("Harvard" of "Harvard
        # University", "Oscoda Township Police" of its Department)
        longer = self.org_ends.get(words, ()) or self.bodies.get(words, ())
        if len(longer) == 1:
            return longer[0]
        if form.display[-1:].isupper() and len(words) > 1:
            return _initials_after_head(form, self._acronyms())  # "Hereford ISD"
        if words[0][:1].isdigit() and len(words) > 1:
            return _unit_named_whole(key, self.forms)  # "1st Battalion"
        return None

    def _acronyms(self) -> dict[str, str]:
        """The names of several words by their initials (see _acronyms), made where first
        asked."""
        if self.acronyms is None:
            self.acronyms = _acronyms(self.several, self.forms)
        return self.acronyms

    def _given_names_of_one(self) -> None:
        """"Mario" is the one Mario when "Mario Pulcini" is "Mario Pulicini" misspelt: a
        given name alone stands for the one person all the full names it opens are."""
        targets = self.targets
        for key, form in self.forms.items():
            if form.kind == "person" and key not in targets:
                people = self.given.get(form.words, ())
                if len(people) > 1:
                    roots = {_root(name, targets) for name in people}
                    if len(roots) == 1:
                        targets[key] = roots.pop()


def _acronyms(keys: list[str], forms: dict[str, _Form]) -> dict[str, str]:
    """The initials of each name of ``keys`` (names of several words, first named first),
    and the first name they stand for ("nato" -> "north atlantic treaty organization")."""
    acronyms: dict[str, str] = {}
    for key in keys:
        initials = [w[0] for w in forms[key].words if w not in _ACRONYM_SKIP and w[:1].isalpha()]
        acronyms.setdefault("".join(initials), key)
    return acronyms


def _one_more_name(word: str) -> bool:
    """Whether the last word of a full name may be one more name of the person the words
    before it name ("Connolly" of "Michaella McCollum Connolly"): no generation ("Jr.": the
    father and the son are two people), numeral ("XXII") or common word ("Jeremy Lin
    Effect", "Ben Folds Five")."""
    return (word not in NAME_SUFFIXES and word[0].isalpha() and not seen_lower(word)
            and word.strip("ivxlcdm") != "")


def _spelt_otherwise(key: str, form: _Form, namesakes, forms: dict[str, _Form], at: int
                     ) -> str | None:
    """The one other person among ``namesakes`` whose name differs from this one only in
    its word ``at``, of five letters or more, by one letter (changed, one more, or two
    swapped), named more often (or as often and first): the same person, the name misspelt
    once ("Beccy Ruchow" of "Beccy Rochow", "Roberth Upham" of "Robert Upham"). A given
    name with a vowel more at its end is another's ("Louis" and "Louise" Smith)."""
    word = form.words[at]
    if len(word) < 5:
        return None
    size = len(form.words)
    found = [other for other in namesakes if other != key and len(forms[other].words) == size
             and forms[other].words[:at] == form.words[:at]
             and forms[other].words[at + 1:] == form.words[at + 1:]
             and _one_letter_apart(word, forms[other].words[at])
             and not (at == 0 and _vowel_more(word, forms[other].words[at]))]
    if len(found) != 1:
        return None
    other = forms[found[0]]
    if (_count(other), -other.first[0], -other.first[1]) > (_count(form), -form.first[0],
                                                           -form.first[1]):
        return found[0]
    return None


def _misspelt_surname(word: str, spellings: _Spellings, surnames: _Names,
                      forms: dict[str, _Form]) -> str | None:
    """The full name most mentioned whose last word ``word`` (five letters or more, and no
    given name, see _may_misspell: "Osama" is no "Obama") misspells by one letter: "Kudja"
    of "Jarek Kujda", "Vares" of "Robert Veres"."""
    near = spellings.near(word)
    if not near:
        return None
    return _most_mentioned([name for last, names in surnames.items()
                            if len(last) == 1 and last[0] in near
                            for name in names if forms[name].words[-1] == last[0]], forms)


def _may_misspell(word: str) -> bool:
    """Whether a surname alone may be a full name's misspelt (_misspelt_surname): five
    letters or more, and no given name."""
    return len(word) >= 5 and not given_name(word)


class _Spellings:
    """An article's one-word surnames (four letters or more), to find those a word misspells
    (_misspelt_surname). The words one letter apart share a form with one letter left out,
    or one is the other so ("Kujda" and "Kudja": "Kuda"): a long text (it may hold
    thousands of surnames) finds them through an index of those forms, not by comparing
    every surname; a short one compares its few surnames, fewer steps than the index."""

    __slots__ = ("words", "index")

    def __init__(self, surnames: _Names) -> None:
        self.words = [last[0] for last in surnames if len(last) == 1 and len(last[0]) >= 4]
        # each surname under itself and each form of it with one letter left out
        self.index: dict[str, set[str]] | None = None
        if len(self.words) > _FEW_SURNAMES:
            self.index = {}
            for word in self.words:
                for form in _letter_out(word):
                    self.index.setdefault(form, set()).add(word)

    def near(self, word: str) -> set[str]:
        """The surnames one letter apart from ``word``."""
        candidates: Iterable[str] = self.words if self.index is None else {
            other for form in _letter_out(word) for other in self.index.get(form, ())}
        return {other for other in candidates
                if other != word and _one_letter_apart(other, word)}


_FEW_SURNAMES = 32  # (more, and a misspelt surname is looked up in _Spellings's index)


def _letter_out(word: str) -> set[str]:
    """``word``, and ``word`` with each of its letters left out in turn."""
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def _one_letter_apart(one: str, other: str) -> bool:
    """Whether two words differ in exactly one letter: one changed ("Ruchow", "Rochow"), one
    more in one of them ("Pulcini", "Pulicini"), or two side by side swapped ("Kujda",
    "Kudja")."""
    if len(one) == len(other):
        apart = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
        return len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1
                                   and one[apart[0]] == other[apart[1]]
                                   and one[apart[1]] == other[apart[0]])
    if abs(len(one) - len(other)) != 1:
        return False
    short, long = sorted((one, other), key=len)
    cut = next((i for i, (a, b) in enumerate(zip(short, long[:len(short)], strict=True))
                if a != b), len(short))
    return short[cut:] == long[cut + 1:]


def _vowel_more(one: str, other: str) -> bool:
    """Whether one word is the other with a vowel more at its end ("louise", "louis")."""
    short, long = sorted((one, other), key=len)
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in "aeiouy"


_OWN_BODIES = LEGISLATURES | PARTIES
# Roles that make a long "organization" a person's credit ("CNN Chief International
# Correspondent Christiane Amanpour"), which no short name stands for.
_REPORTING_ROLES = frozenset("correspondent reporter editor anchor host director".split())
# The words after a body's short name that name the same body ("Harvard University",
# "Labour Party"; not "Harvard University Police", "NFL Network", "Microsoft Office").
_SAME_BODY_TAILS = frozenset((word,) for word in (
    "party", "university", "college", "airlines", "airways", "corporation", "company", "club",
    "association", "society", "agency", "army", *sorted(CLUB_TAILS),
    *sorted(MAKERS_TAILS)))  # (not "United Nations Foundation"; "Glenfiddich Distillery")


def _titled_names(forms: dict[str, _Form]) -> dict[str, str]:
    """Forms that put a word or two of role before a full name the article gives elsewhere
    ("Author Tim Federle", "Prime Minister Tony Blair"), and that name."""
    out: dict[str, str] = {}
    full: dict[tuple[str, ...], str] | None = None  # (made where first asked: few articles)
    for key, form in forms.items():
        words = form.words
        if len(words) < 3:  # (most names: no word of role before a full name)
            continue
        for cut in (1, 2):
            if len(words) > cut + 1 and words[cut - 1].rstrip(".") in NAME_ROLES:
                if full is None:
                    full = {other.words: name for name, other in forms.items()
                            if other.kind == "person" and len(other.words) > 1}
                target = full.get(words[cut:])
                if target is not None:
                    out[key] = target
                    break
    return out


def _count(form: _Form) -> int:
    return sum(form.votes.values())


def _most_mentioned(keys, forms: dict[str, _Form]) -> str | None:
    """The name among ``keys`` mentioned most (the earliest on a tie)."""
    best = None
    for key in keys:
        if best is None or _count(forms[key]) > _count(forms[best]):
            best = key
    return best


def _initials_after_head(form: _Form, acronyms: dict[str, str]) -> str | None:
    """The longer name a name's first words and the capitals after them stand for: its
    head's initials and the capitals ("Hereford ISD" of "Hereford Independent Schools
    District"), or None."""
    head, _, tail = form.display.rpartition(" ")
    if not (tail.isupper() and tail.isalpha() and len(tail) >= 2) or head.isupper():
        return None
    initials = "".join(w[0] for w in form.words[:-1] if w not in _ACRONYM_SKIP)
    return acronyms.get(initials + tail.lower())


def _unit_named_whole(key: str, forms: dict[str, _Form]) -> str | None:
    """The one longer organization a numbered unit's name opens ("1st Battalion" of "1st
    Battalion The Princess of Wales's Royal Regiment", where a caption spelt the rest
    otherwise), or None."""
    longer = [name for name, form in forms.items()
              if form.kind == "organization" and name.startswith(key + " ")]
    return longer[0] if len(longer) == 1 else None


def _looks_like_acronym(form: _Form) -> bool:
    """"NATO", "U.N.": one word in capitals."""
    letters = form.display.replace(".", "")
    return len(form.words) == 1 and len(letters) >= 2 and letters.isupper() and letters.isalpha()
