"""Character classes of writing systems, kept apart so that importing them compiles nothing."""
from __future__ import annotations

# Han ideographs, kana and the iteration mark: scripts written without spaces.
CJK_CHARS = "\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
