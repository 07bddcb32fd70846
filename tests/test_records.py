"""Records made by ``record`` behave as ``@dataclass(frozen=True, slots=True)`` classes."""
import dataclasses
import pickle
import sys

import pytest

from newsbrief.records import Entity, Facts, Sentence, Stats, record


@record
class Pair:
    """Two values."""

    left: int
    right: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class PlainPair:
    """Two values."""

    left: int
    right: tuple[str, ...] = ()


@record
class One:
    """One value."""

    only: str


def test_equality_hash_and_repr_as_a_dataclass():
    a, b, c = Pair(1, ("x",)), Pair(1, ("x",)), Pair(2)
    plain = PlainPair(1, ("x",))
    assert a == b and hash(a) == hash(b) and not (a != b)
    assert a != c and c == Pair(2, ())
    assert hash(a) == hash(plain) and repr(a) == repr(plain).replace("PlainPair", "Pair")
    assert a != plain and plain != a  # another class is never equal, as with dataclasses
    assert (a == (1, ("x",))) is False
    assert One("z") == One("z") and hash(One("z")) == hash(("z",)) and repr(One("z")) == "One(only='z')"
    assert len({a, b, c}) == 2


def test_frozen_slots_replace_asdict_pickle_match():
    a = Pair(1, ("x",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.left = 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.left
    assert not hasattr(a, "__dict__")
    assert dataclasses.is_dataclass(a) and [f.name for f in dataclasses.fields(a)] == ["left", "right"]
    assert dataclasses.replace(a, left=5) == Pair(5, ("x",))
    assert dataclasses.asdict(a) == {"left": 1, "right": ("x",)}
    assert pickle.loads(pickle.dumps(a)) == a
    assert Pair.__match_args__ == ("left", "right")
    with pytest.raises(TypeError):
        Pair()
    with pytest.raises(TypeError):
        Pair(1, (), 3)


def test_pipeline_records_are_records():
    sentence = Sentence("Hi.", 0, 0, 3, 0, 0)
    assert repr(sentence) == ("Sentence(text='Hi.', index=0, start=0, end=3, paragraph=0, "
                              "paragraph_position=0)")
    facts = Facts(people=(Entity("Ann Lee", "person", 2),))
    assert facts == Facts(people=(Entity("Ann Lee", "person", 2),)) != Facts()
    assert hash(Stats(1, 2)) == hash((1, 2))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="typing.dataclass_transform is 3.11+")
def test_record_is_marked_for_type_checkers_as_a_frozen_dataclass():
    # mypy and pyright read this marker to see a record's fields, __init__ and frozenness
    marker = record.__dataclass_transform__
    # 3.12 names frozen_default; 3.11 keeps the keywords it does not know under "kwargs"
    assert marker.get("frozen_default", marker.get("kwargs", {}).get("frozen_default")) is True


def test_every_record_takes_its_init_from_the_generated_table():
    """tools/build_record_inits.py wrote summarizer/record_inits.py for today's records: each
    record's __init__ is the table's code (compiled once, kept as bytecode), and the file
    is what the tool writes now."""
    from newsbrief.record_inits import CODES

    from .tools_output import ROOT, tool_output

    written = tool_output("import build_record_inits as b\n"
                          "print(b.source(b.made_records()), end='')")
    assert written == (ROOT / "summarizer" / "record_inits.py").read_text(encoding="utf-8")
    from newsbrief.records import Article, Sentence
    assert Article.__init__.__code__ is CODES[tuple(f.name for f in dataclasses.fields(Article))]
    assert Sentence.__init__.__code__ in CODES.values()


def test_a_record_the_table_lacks_compiles_its_own_init():
    @record
    class Unlisted:
        first_of_its_kind: int
        second: str = "x"

    assert Unlisted(1) == Unlisted(first_of_its_kind=1, second="x")
    assert Unlisted.__init__.__code__.co_varnames[:3] == ("self", "first_of_its_kind", "second")
