"""Golden files in tests/data/xml.

After an intended change to what the XML layer writes, regenerate them and
review the diff before committing:

    KVMGUI_REGEN_GOLDEN=1 .venv/bin/pytest tests/unit/xml
"""

from __future__ import annotations

import os
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "xml"
REGEN = os.environ.get("KVMGUI_REGEN_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with tests/data/xml/<name>, or rewrite it under KVMGUI_REGEN_GOLDEN=1."""
    path = DATA / name
    if REGEN:
        path.write_text(text)
    assert path.exists(), f"{path} is missing; run with KVMGUI_REGEN_GOLDEN=1"
    assert text == path.read_text()
