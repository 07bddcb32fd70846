"""Golden briefs: the JSON of a few articles written for the tests must not change unnoticed.

After an intended change of output, rewrite them with
    python -m tests.test_golden
and review the diff before committing.
"""
import json
from pathlib import Path

import pytest

from newsbrief import Options, brief_to_dict, summarize_text

from .conftest import TITLED_ARTICLE, WIRE_ARTICLE

ROOT = Path(__file__).resolve().parent
GOLDEN = ROOT / "golden"
ARTICLES = {
    "wire": WIRE_ARTICLE,
    "titled": TITLED_ARTICLE,
    "sample": (ROOT.parent / "examples" / "sample.txt").read_text(encoding="utf-8"),
}
CASES = [(name, method) for name in ARTICLES for method in ("brief", "lead")]


def _brief(name: str, method: str) -> dict:
    return brief_to_dict(summarize_text(ARTICLES[name], Options(method=method), source=name))


@pytest.mark.parametrize("name, method", CASES)
def test_golden(name, method):
    expected = json.loads((GOLDEN / f"{name}.{method}.json").read_text(encoding="utf-8"))
    assert _brief(name, method) == expected


if __name__ == "__main__":
    for name, method in CASES:
        path = GOLDEN / f"{name}.{method}.json"
        path.write_text(json.dumps(_brief(name, method), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
        print("wrote", path)
