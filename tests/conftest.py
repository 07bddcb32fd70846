"""Shared fixtures: short articles written for these tests."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

# The splitter caches Punkt's models in the user's cache folder (newsbrief.punkt_cache): the
# tests, and the processes they start, use a folder of their own, new at every session.
_CACHE_HOME = tempfile.mkdtemp(prefix="brief-tests-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE_HOME
atexit.register(shutil.rmtree, _CACHE_HOME, True)

WIRE_ARTICLE = """date 2020-09-20 By Sebastian Herrera and Katy Stech Ferek

WASHINGTON (Reuters) - A federal judge on Sunday blocked the Commerce Department from banning WeChat, the messaging app owned by Tencent Holdings Ltd., which has about 19 million regular users in the U.S.

Judge Laurel Beeler of the U.S. District Court in San Francisco said the ban would harm users who rely on the app to talk with family abroad.

The Commerce Department said on Friday it would bar transactions starting at 11:59 p.m. on Sunday. "We will appeal," said Wilbur Ross, the commerce secretary.

Tencent shares rose 2.5% in Hong Kong trading on Monday. WeChat has more than 1.2 billion users worldwide.
"""

TITLED_ARTICLE = """Harbour bridge reopens after repairs

By Jane Example

The Old Harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city $12 million.

Engineers replaced 400 steel cables and resurfaced the deck, the transport office said.

Drivers had faced detours of up to 40 minutes while the bridge was closed.

The city expects about 30,000 vehicles a day to cross the bridge again by the end of the month.
"""


@pytest.fixture
def wire_path(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def titled_path(tmp_path):
    path = tmp_path / "titled.txt"
    path.write_text(TITLED_ARTICLE, encoding="utf-8")
    return path


# Hypothesis: a small profile for CI, a larger one for local runs
# (HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py).
try:
    import os

    from hypothesis import HealthCheck, settings

    settings.register_profile("ci", max_examples=150, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("thorough", max_examples=3000, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    pass
