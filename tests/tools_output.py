"""What a build tool in tools/ writes now, for the tests that check a generated file is current."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool_output(script: str) -> str:
    """Standard output of ``script`` run in a fresh interpreter at the project's root, with
    tools/ importable (a fresh process: nothing this test session loaded counts)."""
    script = "import sys\nsys.path.insert(0, 'tools')\n" + script
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return run.stdout
