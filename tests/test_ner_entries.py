"""The tagger's shipped entries of common words (summarizer/data/ner-entries.bin)."""
import dataclasses
import os

from newsbrief.atomic import replace_bytes
from newsbrief.facts import ner, ner_entries, ner_tables
from newsbrief.facts.ner_features import word_shape
from newsbrief.facts.ner_scores import FORCED, LIFT, WordTable
from tests.tools_output import tool_output


def _tables():
    """A table reading the shipped entries, and one making every entry itself."""
    model = ner.load_model()
    making = dataclasses.replace(model, entries=None, rows={})
    return WordTable(model, ner.stay_limits(model)), WordTable(making, ner.stay_limits(making))


def test_shipped_entries_belong_to_the_shipped_model():
    # None would mean the model files changed since the file was made: rebuild it with
    # python tools/build_ner_entries.py
    entries = ner.load_model().entries
    assert entries is not None
    assert len(entries) >= 1000
    assert {"the", "said", "The", "police", "U.S."} <= set(entries.words())


def test_every_shipped_entry_is_the_entry_the_model_makes():
    reading, making = _tables()
    words = ner.load_model().entries.words()
    assert [reading._make(word) for word in words] == [making._make(word) for word in words]


def test_a_word_the_file_lacks_is_made():
    reading, making = _tables()
    for word in ["Zyxwvutsrq", "glorptastic", "Łódź-bound", "“"]:
        assert ner.load_model().entries.get(word) is None
        assert reading._make(word) == making._make(word)


def test_entries_of_other_model_files_are_not_used():
    folder = os.path.join(os.path.dirname(ner.__file__), "..", "data")
    model = ner.load_model()
    assert ner_entries.load(folder, (b"{}", b""), len(model.tags)) is None
    assert ner_entries.load(folder, (b"{}", b""), len(model.tags) + 1) is None


def test_rows_and_leads_read_back_as_written():
    tags = 3
    rows = [((LIFT * 7, -5 << 64, (1 << 127) - 3, 0, -1), (FORCED, 0, -12, 9, FORCED)),
            ((0,) * 5, (1, 2, 3, 4, 5))]
    data = ner_entries.encode(["Ab", "ünï"], rows, ["Xx", "xx"], (1, 2), tags)
    entries = ner_entries.Entries(data)
    assert entries.model == (1, 2)
    assert entries.get("Ab") == (*rows[0], "Xx")
    assert entries.get("ünï") == (*rows[1], "xx")
    assert entries.get("ab") is None


def test_the_tool_writes_the_shipped_file_from_its_words():
    shipped = os.path.join(os.path.dirname(ner.__file__), "..", "data", ner_entries.ENTRIES_FILE)
    written = tool_output(
        "import sys, build_ner_entries as b\n"
        "from newsbrief.facts import ner\n"
        "data = b.entries_bytes(ner.load_model().entries.words())\n"
        "sys.stdout.write(data.hex())\n")
    with open(shipped, "rb") as file:
        assert bytes.fromhex(written) == file.read()


def test_shape_rows_and_flags_of_a_shipped_word_are_its_own():
    reading, _ = _tables()
    entry = reading._make("The")
    assert ner.load_model().entries.get("The")[2] == word_shape("The")
    assert entry[:5] == ner.load_model().entries.get("The")[0]
    assert entry[13] is True  # capitalised
    assert entry[16] == "the"
    assert entry[10:13] == tuple(reading.row(name + word_shape("The"))
                                 for name in ("first|", "headline|", "after-opening|"))


def test_a_file_cut_short_or_not_its_format_is_not_used(tmp_path):
    shipped = os.path.join(os.path.dirname(ner.__file__), "..", "data", ner_entries.ENTRIES_FILE)
    with open(shipped, "rb") as file:
        data = file.read()
    model_files = [os.path.join(os.path.dirname(shipped), name)
                   for name in (ner.MODEL_FILE, ner.WEIGHTS_FILE)]
    files = []
    for name in model_files:
        with open(name, "rb") as file:
            files.append(file.read())
    tags = len(ner.load_model().tags)
    assert ner_entries.load(os.path.dirname(shipped), files, tags) is not None
    for broken in (data[:-1], b"not json\n" + data, data[:100]):
        (tmp_path / ner_entries.ENTRIES_FILE).write_bytes(broken)
        assert ner_entries.load(str(tmp_path), files, tags) is None
    assert ner_entries.load(str(tmp_path / "nowhere"), files, tags) is None


def test_a_file_replaced_by_the_tools_leaves_a_mapping_of_it_as_it_was(tmp_path):
    # tools/build_ner_entries.py and tools/train_ner.py replace the model's files while a
    # model loaded in the same process maps them (ner_tables.mapped): written in place, the
    # mapped bytes would change under the tagger.
    path = tmp_path / ner_entries.ENTRIES_FILE
    path.write_bytes(b"old rows" * 512)
    mapped = ner_tables.mapped(str(path))
    replace_bytes(path, b"new rows" * 512)
    assert mapped[:8] == b"old rows" and path.read_bytes()[:8] == b"new rows"
    assert [p.name for p in tmp_path.iterdir()] == [ner_entries.ENTRIES_FILE]
