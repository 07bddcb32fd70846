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


class _Recorded(io.BufferedReader):
    """A file whose reads are recorded: how many bytes each asked for."""

    asked: list[int] = []

    def read(self, size=-1):
        type(self).asked.append(size)
        return super().read(size)


def _open_recorded(monkeypatch):
    import newsbrief.loading as loading

    _Recorded.asked = []
    monkeypatch.setattr(loading, "open", lambda path, mode: _Recorded(io.FileIO(path, mode)),
                        raising=False)
    return _Recorded.asked


def test_a_file_is_read_at_its_size_not_at_the_cap(tmp_path, monkeypatch):
    path = tmp_path / "short.txt"
    path.write_bytes(b"The council met on Monday.")
    asked = _open_recorded(monkeypatch)
    assert read_source(str(path)) == b"The council met on Monday."
    assert asked == [27]  # its 26 bytes and one more; not the 50 MB cap (a buffer of 50 MB)


def test_a_file_longer_than_its_stat_is_read_on_to_the_cap(tmp_path, monkeypatch):
    """A file that grew after its size was read (or /proc's, which tell none) is read whole,
    and refused past the cap, as before."""
    import os

    path = tmp_path / "growing.txt"
    path.write_bytes(b"word " * 40)
    real_stat = os.stat

    def stale(target, *args, **kwargs):
        found = real_stat(target, *args, **kwargs)
        if str(target) != str(path):
            return found
        fields = list(found)
        fields[6] = 10  # st_size: as it was before it grew
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", stale)
    asked = _open_recorded(monkeypatch)
    assert read_source(str(path), max_bytes=500) == b"word " * 40
    assert asked == [11, 490]
    with pytest.raises(InputError, match="limit of 100 bytes"):
        read_source(str(path), max_bytes=100)
