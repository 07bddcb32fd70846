import io

import pytest

from newsbrief.errors import InputError
from newsbrief.loading import decode, read_source


def test_utf8_with_and_without_bom():
    assert decode("Café opens.".encode("utf-8"), "x") == "Café opens."
    assert decode(b"\xef\xbb\xbf" + "Café opens.".encode("utf-8"), "x") == "Café opens."


def test_utf16_with_bom():
    assert decode("Zoë spoke.\r\nAgain.".encode("utf-16"), "x") == "Zoë spoke.\nAgain."


def test_line_endings_normalised():
    assert decode(b"One.\r\nTwo.\rThree.", "x") == "One.\nTwo.\nThree."


def test_cp1252_detected():
    text = "The caf\xe9 served cr\xe8me br\xfbl\xe9e to the minister’s guests on Monday. " * 5
    assert "café" in decode(text.encode("cp1252"), "x")


def test_invalid_utf8_in_valid_text_is_replaced_not_rejected():
    data = "Zoë said the plan was “fine”. ".encode("utf-8") * 20 + b"\xff\xfe" + "Then she left.".encode()
    text = decode(data, "x")
    assert "\ufffd" in text and "Zoë" in text and text.endswith("Then she left.")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"  \n\t\n ", "empty"), (b"abc\x00def", "binary"),
])
def test_bad_content(data, reason):
    with pytest.raises(InputError) as info:
        decode(data, "in.txt")
    assert reason in info.value.reason and info.value.source == "in.txt"


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 100)
    with pytest.raises(InputError, match="limit of 100 bytes"):
        read_source(str(path), max_bytes=100)
    assert len(read_source(str(path), max_bytes=500)) == 500


def test_stdin_stream_is_read_and_capped():
    assert read_source("-", stdin=io.BytesIO(b"Hello there.")) == b"Hello there."
    with pytest.raises(InputError, match="limit"):
        read_source("-", stdin=io.BytesIO(b"x" * 11), max_bytes=10)
