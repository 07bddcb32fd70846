"""Features of the entity tagger, shared by training (tools/train_ner.py) and tagging."""
from __future__ import annotations

from functools import lru_cache

START, END = "<s>", "</s>"  # pseudo-words beyond the ends of a sentence
# Roles a word plays for a token: itself, one or two words before it, one or two after.
ROLES = ("own", "prev1", "next1", "prev2", "next2")
MAX_GAZETTEER_WORDS = 5


def word_shape(word: str) -> str:
    """Character classes with runs cut to two: Smith -> Xxx, NATO -> XX, U.S. -> X.X."""
    out: list[str] = []
    for ch in word[:24]:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != kind or out[-2] != kind:
            out.append(kind)
    return "".join(out)


def _case(word: str) -> str:
    if word.isupper():
        return "upper" if len(word) > 1 else "cap1"
    if word[:1].isupper():
        return "title" if word[1:].islower() or len(word) == 1 else "mixed"
    if word.islower():
        return "lower"
    return "other"


@lru_cache(maxsize=50_000)
def role_features(word: str) -> tuple[tuple[str, ...], ...]:
    """The features ``word`` lends to a token in each role of ROLES."""
    if word in (START, END):
        return tuple((f"{role}={word}",) for role in ROLES)
    lower = word.lower()
    shape = word_shape(word)
    own = ["bias", f"w={lower}", f"shape={shape}", f"case={_case(word)}",
           f"suf2={lower[-2:]}", f"suf3={lower[-3:]}", f"suf4={lower[-4:]}",
           f"pre2={lower[:2]}", f"pre3={lower[:3]}"]
    if "-" in word:
        own.append("hyphen")
        own.append(f"head={lower.rsplit('-', 1)[-1]}")
    return (
        tuple(own),
        (f"p1w={lower}", f"p1s={shape}"),
        (f"n1w={lower}", f"n1s={shape}"),
        (f"p2w={lower}",),
        (f"n2w={lower}",),
    )


def gazetteer_tags(lowers: list[str], gazetteer: dict[str, str]) -> list[tuple[str, ...]]:
    """Per token, the gazetteer entries covering it, as ``TYPE|B`` / ``TYPE|I`` marks."""
    marks: list[list[str]] = [[] for _ in lowers]
    n = len(lowers)
    for i in range(n):
        if not lowers[i][:1].isalpha():
            continue
        for size in range(min(MAX_GAZETTEER_WORDS, n - i), 0, -1):
            kinds = gazetteer.get(" ".join(lowers[i:i + size]))
            if kinds is None:
                continue
            for kind in kinds.split(","):
                marks[i].append(f"{kind}|B" if size > 1 else f"{kind}|U")
                for j in range(i + 1, i + size):
                    marks[j].append(f"{kind}|I")
            break  # the longest entry wins
    return [tuple(m) for m in marks]


def positional_features(words: list[str], lowered_in_document: frozenset[str],
                        gazetteer: dict[str, str]) -> list[list[str]]:
    """Per token, features that depend on where it stands, not only on its word."""
    letters = [c for w in words for c in w if c.isalpha()]
    headline = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    gaz = gazetteer_tags([w.lower() for w in words], gazetteer)
    out: list[list[str]] = []
    for i, word in enumerate(words):
        feats: list[str] = []
        shape = word_shape(word)
        if i == 0:
            feats.append(f"first|{shape}")
        if headline:
            feats.append(f"headline|{shape}")
        if word[:1].isupper() and word.lower() in lowered_in_document:
            feats.append("lower-elsewhere|first" if i == 0 else "lower-elsewhere")
        if i > 0 and words[i - 1] in {'"', "(", "``", ":", "-"}:
            feats.append(f"after-opening|{shape}")
        feats.extend(f"gaz={mark}" for mark in gaz[i])
        out.append(feats)
    return out


def lowered_words(sentences: list[list[str]]) -> frozenset[str]:
    """Words the document writes in lower case somewhere."""
    return frozenset(w for words in sentences for w in words if w.islower())


def sentence_features(words: list[str], lowered_in_document: frozenset[str],
                      gazetteer: dict[str, str]) -> list[list[str]]:
    """Every feature of every token of a sentence (the training view)."""
    padded = [START, START, *words, END, END]
    positional = positional_features(words, lowered_in_document, gazetteer)
    out = []
    for i in range(len(words)):
        feats = list(role_features(padded[i + 2])[0])
        for role, offset in ((1, -1), (2, 1), (3, -2), (4, 2)):
            feats.extend(role_features(padded[i + 2 + offset])[role])
        feats.extend(positional[i])
        out.append(feats)
    return out
