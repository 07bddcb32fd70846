"""Merge mentions of one entity: surnames, acronyms and short company names."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..records import Entity

_KIND_ORDER = ("person", "organization", "place")
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "on", "in"})
_COMPANY_TAIL = frozenset("""inc inc. corp corp. co co. ltd ltd. llc plc group holdings company
corporation limited sa ag nv se bv ab asa spa international""".split())


@dataclass(frozen=True)
class Mention:
    text: str
    kind: str  # person | organization | place
    order: tuple[int, int]  # (sentence index, character offset): reading order


@dataclass
class _Form:
    """All mentions written the same way (ignoring case and spacing)."""

    words: tuple[str, ...]
    display: str
    first: tuple[int, int]
    votes: Counter = field(default_factory=Counter)

    @property
    def kind(self) -> str:
        # Majority of the tagger's calls; a tie goes to the earliest call.
        best = max(self.votes.values())
        return next(k for k in self.votes if self.votes[k] == best)

    @property
    def count(self) -> int:
        return sum(self.votes.values())


def merge_mentions(mentions: list[Mention]) -> tuple[tuple[Entity, ...], ...]:
    """(people, organizations, places) from mentions, aliases merged, by salience."""
    forms: dict[str, _Form] = {}
    for m in sorted(mentions, key=lambda m: m.order):
        key = " ".join(m.text.lower().split())
        form = forms.get(key)
        if form is None:
            form = forms[key] = _Form(tuple(key.split()), m.text, m.order)
        elif form.display.isupper() and not m.text.isupper():
            form.display = m.text  # prefer "Leicestershire" to a headline's "LEICESTERSHIRE"
        form.votes[m.kind] += 1
    by_first = sorted(forms.items(), key=lambda item: item[1].first)
    targets = {key: _alias_target(form, by_first) for key, form in forms.items()}
    groups: dict[str, list[_Form]] = {}
    for key, form in forms.items():
        groups.setdefault(_root(key, targets), []).append(form)
    entities: list[tuple[tuple[int, int], Entity]] = []
    for root, members in groups.items():
        head = forms[root]
        aliases = sorted({f.display for f in members if f is not head})
        count = sum(f.count for f in members)
        first = min(f.first for f in members)
        entities.append((first, Entity(head.display, head.kind, count, tuple(aliases))))
    entities.sort(key=lambda pair: (-pair[1].mentions, pair[0]))
    return tuple(tuple(e for _, e in entities if e.kind == kind) for kind in _KIND_ORDER)


def _root(key: str, targets: dict[str, str | None]) -> str:
    seen = {key}
    while targets.get(key) is not None and targets[key] not in seen:
        key = targets[key]
        seen.add(key)
    return key


def _alias_target(form: _Form, candidates: list[tuple[str, _Form]]) -> str | None:
    """The key of the fuller name this form is an alias of, if any (earliest first)."""
    for key, other in candidates:
        if other is form or len(other.words) <= len(form.words):
            continue
        if other.kind == "person" and _is_surname_of(form, other):
            return key
        if _is_acronym_of(form, other) or _is_short_company_name(form, other):
            return key
    return None


def _is_surname_of(form: _Form, person: _Form) -> bool:
    """"Beeler" or "Van Damme" of "Laurel Beeler" / "Jean-Claude Van Damme"."""
    if form.words != person.words[-len(form.words):]:
        return False
    # A name the tagger never called a person stays what it is ("Washington" the city).
    return form.votes["person"] > 0


def _is_acronym_of(form: _Form, other: _Form) -> bool:
    """"NATO" of "North Atlantic Treaty Organization"."""
    if len(form.words) != 1 or not form.display.replace(".", "").isupper():
        return False
    letters = form.words[0].replace(".", "")
    initials = "".join(w[0] for w in other.words if w not in _ACRONYM_SKIP and w[:1].isalpha())
    return len(letters) >= 2 and letters == initials


def _is_short_company_name(form: _Form, other: _Form) -> bool:
    """"Tencent" of "Tencent Holdings Ltd.": the rest is only company suffixes."""
    if other.kind != "organization" or other.words[:len(form.words)] != form.words:
        return False
    return all(w in _COMPANY_TAIL for w in other.words[len(form.words):])
