"""Finds GVnc (gtk-vnc's GTK-free core) through PyGObject, or says which part is missing.

Nothing here imports ``gi`` at module import time: kvmgui runs without it, and the
graphical console then says what to install and offers virt-viewer instead.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import Enum
from functools import cache
from types import ModuleType


class Missing(Enum):
    """What is missing for the built-in VNC view (the console words it)."""

    PYGOBJECT = "pygobject"  # no ``gi`` module in this Python
    TYPELIB = "typelib"  # ``gi`` works, but GVnc-1.0 introspection data is not installed


@dataclass(frozen=True)
class Gi:
    GVnc: ModuleType
    GLib: ModuleType
    GObject: ModuleType


@cache
def load() -> Gi | Missing:
    """The modules when usable, else what is missing."""
    try:
        gi = importlib.import_module("gi")
    except ImportError:
        return Missing.PYGOBJECT
    try:
        gi.require_version("GVnc", "1.0")
        return Gi(*(importlib.import_module(f"gi.repository.{name}")
                    for name in ("GVnc", "GLib", "GObject")))
    except (ImportError, ValueError, AttributeError):
        return Missing.TYPELIB


def missing() -> Missing | None:
    found = load()
    return found if isinstance(found, Missing) else None
