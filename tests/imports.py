"""What a fresh interpreter has imported after running some code: start-up stays lean."""

from __future__ import annotations

import subprocess
import sys


def modules_after(code: str) -> set[str]:
    """The names in `sys.modules` once `code` has run in a new Python process."""
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))\n"
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    return set(ran.stdout.split())
