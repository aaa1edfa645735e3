"""tools/translations.py, imported by path (tools/ is not a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "tools" / "translations.py"
_spec = importlib.util.spec_from_file_location("kvmgui_translations_tool", _PATH)
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)
