"""CoNLL-2003 files as documents of plain text with gold entity character spans."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Tokens glued to the token before them ("U.S. 's", "do n't", "end .").
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%") | {"'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d",
                                              "'m", "'RE", "'VE", "'LL", "'D", "'M", "'", "..."}
_NO_SPACE_AFTER = frozenset("([{$")


@dataclass(frozen=True)
class ConllDocument:
    """One document: its text and gold (start, end, type) spans, MISC included."""

    text: str
    spans: tuple[tuple[int, int, str], ...]

    def gold(self, types: frozenset[str] = frozenset({"PER", "ORG", "LOC"})
             ) -> set[tuple[str, str]]:
        """The document's set of (type, normalised name) pairs."""
        return {(kind, normalise(self.text[a:b])) for a, b, kind in self.spans if kind in types}


def normalise(name: str) -> str:
    """Lower-case and collapse spaces: the exact-match key of a name."""
    return " ".join(name.lower().split())


def read_conll(path: Path) -> list[ConllDocument]:
    """Documents of a CoNLL-2003 file (tokens re-joined with normal spacing)."""
    return parse_conll(path.read_text(encoding="utf-8").splitlines())


def parse_conll(lines: list[str]) -> list[ConllDocument]:
    """Documents of CoNLL-2003 lines: a token and its tag a line, a blank line between
    sentences, "-DOCSTART-" opening each document."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in lines:
        parts = line.split()
        if not parts:
            if sentence and documents:
                documents[-1].append(sentence)
            sentence = []
        elif parts[0] == "-DOCSTART-":
            documents.append([])
        else:
            sentence.append((parts[0], parts[-1]))
    if sentence and documents:
        documents[-1].append(sentence)
    return [_document(sentences) for sentences in documents if sentences]


def _document(sentences: list[list[tuple[str, str]]]) -> ConllDocument:
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for sentence in sentences:
        text, starts = detokenize([token for token, _ in sentence])
        tags = [tag for _, tag in sentence]
        for first, last, kind in _chunks(tags):
            end = starts[last] + len(sentence[last][0])
            spans.append((offset + starts[first], offset + end, kind))
        pieces.append(text)
        offset += len(text) + 1
    return ConllDocument("\n".join(pieces), tuple(spans))


def detokenize(tokens: list[str]) -> tuple[str, list[int]]:
    """Join tokens with normal spacing; return the text and each token's start offset."""
    out: list[str] = []
    starts: list[int] = []
    length = 0
    glue_next = False
    open_quote = False
    for token in tokens:
        glue = glue_next or token in _NO_SPACE_BEFORE
        glue_next = token in _NO_SPACE_AFTER
        if token == '"':  # straight quotes alternate: opening glues right, closing glues left
            glue = glue or open_quote
            glue_next = not open_quote
            open_quote = not open_quote
        if out and not glue:
            out.append(" ")
            length += 1
        starts.append(length)
        out.append(token)
        length += len(token)
    return "".join(out), starts


def _chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) token ranges of IOB2 (or IOB1) tags."""
    chunks: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag == "O":
            continue
        prefix, kind = tag.split("-", 1)
        if prefix == "I" and chunks and chunks[-1][1] == i - 1 and chunks[-1][2] == kind:
            chunks[-1] = (chunks[-1][0], i, kind)
        else:
            chunks.append((i, i, kind))
    return chunks


def data_dir(option: str | None) -> Path:
    """The data folder: --data, else ../shared/data beside the repository."""
    if option:
        return Path(option)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data"
