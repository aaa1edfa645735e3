"""Icons: the desktop theme first, kvmgui's bundled SVGs as the fallback."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kvmgui.utils.resources import resource_dir


@cache
def icon(name: str) -> QIcon:
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    path = resource_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
