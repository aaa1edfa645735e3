"""The VM actions of the main window: which apply to which state, and running them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from kvmgui.libvirt import actions
from kvmgui.libvirt.records import DomainState
from kvmgui.utils import icons

S = DomainState
ACTIVE = {S.RUNNING, S.BLOCKED, S.PAUSED, S.SHUTDOWN, S.PMSUSPENDED}


@dataclass(frozen=True)
class VmAction:
    key: str
    text: str
    icon: str
    run: Callable[..., None]
    states: frozenset[DomainState]
    shortcut: str = ""
    confirm: str = ""  # the question asked first, when Preferences say this action asks

    def applies(self, state: DomainState) -> bool:
        return state in self.states

    @property
    def words(self) -> str:
        """The text without its mnemonic: 'Force Off'."""
        return self.text.replace("&", "")


VM_ACTIONS = [
    VmAction("start", "&Run", "media-playback-start", actions.start,
             frozenset({S.SHUTOFF, S.CRASHED, S.NOSTATE, S.PMSUSPENDED}), "Ctrl+R"),
    VmAction("pause", "&Pause", "media-playback-pause", actions.pause,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+P", "Pause {names}?"),
    VmAction("resume", "R&esume", "media-playback-start", actions.resume,
             frozenset({S.PAUSED}), "Ctrl+Shift+P"),
    VmAction("shutdown", "&Shut Down", "system-shutdown", actions.shutdown,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+Shift+S",
             "Shut down {names}? The guest is asked to power off."),
    VmAction("reboot", "Re&boot", "view-refresh", actions.reboot,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+Shift+R", "Reboot {names}?"),
    VmAction("reset", "Force Rese&t", "view-refresh", actions.reset,
             frozenset({S.RUNNING, S.BLOCKED, S.PAUSED}), "Ctrl+Shift+T",
             "Force reset {names}? The guest gets no chance to save its work."),
    VmAction("force_off", "&Force Off", "media-playback-stop", actions.force_off,
             frozenset(ACTIVE), "Ctrl+Shift+F",
             "Force off {names}? This is like pulling the power cord."),
    VmAction("save", "Sa&ve", "document-save", actions.save,
             frozenset({S.RUNNING, S.BLOCKED, S.PAUSED}), "Ctrl+Shift+V",
             "Save the memory of {names} to disk and stop them? They resume on the next Run."),
]

ACTIONS_BY_KEY = {a.key: a for a in VM_ACTIONS}


def make_qaction(spec: VmAction, parent: QObject) -> QAction:
    qa = QAction(icons.icon(spec.icon), spec.text, parent)
    qa.setObjectName(f"action_{spec.key}")
    if spec.shortcut:
        qa.setShortcut(QKeySequence(spec.shortcut))
    qa.setToolTip(spec.words + (f" ({spec.shortcut})" if spec.shortcut else ""))
    return qa
