"""No kvmgui signal is named like a method of a Qt base class.

PySide6 (6.11) then looks the name up for every Qt event delivered to the object (a
queued call, ``deleteLater``), finds the signal, and keeps one more reference to the
object each time: it is never freed. ``Connection.event`` did this to removed hosts
(docs/event-bridge.md, "PySide pitfalls").
"""

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QObject, Signal

import kvmgui


def kvmgui_qobject_classes():
    for info in pkgutil.walk_packages(kvmgui.__path__, "kvmgui."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QObject) and cls.__module__ == module.__name__:
                yield cls


def shadowing_signals(cls):
    qt_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("PySide6")]
    found = []
    for name, value in vars(cls).items():
        owner = next((b for b in qt_bases if name in vars(b)), None)
        if isinstance(value, Signal) and owner is not None:
            found.append(f"{cls.__module__}.{cls.__qualname__}.{name} "
                         f"(shadows {owner.__name__}.{name})")
    return found


def test_no_signal_shadows_a_qt_method(qapp):
    found = [s for cls in kvmgui_qobject_classes() for s in shadowing_signals(cls)]
    assert found == []


def test_the_check_finds_a_shadowing_signal():
    class Shadowing(QObject):
        event = Signal(object)
        fine = Signal()

    assert shadowing_signals(Shadowing) == [
        f"{__name__}.test_the_check_finds_a_shadowing_signal.<locals>.Shadowing.event "
        "(shadows QObject.event)"]
