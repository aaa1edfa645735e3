"""Writes the keyboard map into README.md (between the "keymap" markers), read from the
real actions of the main and details windows, as Help → Keyboard shortcuts shows it.

    QT_QPA_PLATFORM=offscreen python3 tools/keymap.py          # rewrite README.md
    QT_QPA_PLATFORM=offscreen python3 tools/keymap.py --print  # print the table only

``tests/unit/dialogs/test_shortcuts.py`` fails when README.md and the actions differ.
"""

# ruff: noqa: PLC0415 - kvmgui is imported once sys.path names this checkout
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
sys.path.insert(0, str(ROOT))  # this checkout's kvmgui, not an installed one
BEGIN, END = "<!-- keymap: begin (tools/keymap.py writes this) -->", "<!-- keymap: end -->"


def current_keymap() -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kvmgui.dialogs.shortcuts import keymap_markdown
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.window.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "keymap.ini"), QSettings.Format.IniFormat)
        registry = ConnectionRegistry(settings)
        window = MainWindow(registry, settings)
        try:
            return keymap_markdown(window.keymap())
        finally:
            window.deleteLater()
            registry.shutdown()
            app.processEvents()


def with_keymap(readme: str, keymap: str) -> str:
    head, rest = readme.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{keymap}\n{END}{tail}"


def main(argv: list[str]) -> int:
    keymap = current_keymap()
    if "--print" in argv:
        print(keymap)
        return 0
    README.write_text(with_keymap(README.read_text(), keymap))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
