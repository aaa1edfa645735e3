"""The VM actions of the main window: which apply to which state, and running them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    confirm: str = ""  # a question asked first, when set

    def applies(self, state: DomainState) -> bool:
        return state in self.states


VM_ACTIONS = [
    VmAction("start", "&Run", "media-playback-start", actions.start,
             frozenset({S.SHUTOFF, S.CRASHED, S.NOSTATE, S.PMSUSPENDED}), "Ctrl+R"),
    VmAction("pause", "&Pause", "media-playback-pause", actions.pause,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+P"),
    VmAction("resume", "R&esume", "media-playback-start", actions.resume,
             frozenset({S.PAUSED}), "Ctrl+Shift+P"),
    VmAction("shutdown", "&Shut Down", "system-shutdown", actions.shutdown,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+Shift+S"),
    VmAction("reboot", "Re&boot", "view-refresh", actions.reboot,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+Shift+R"),
    VmAction("reset", "Force Rese&t", "view-refresh", actions.reset,
             frozenset({S.RUNNING, S.BLOCKED, S.PAUSED}), "",
             "Force reset {names}? The guest gets no chance to save its work."),
    VmAction("force_off", "&Force Off", "media-playback-stop", actions.force_off,
             frozenset(ACTIVE), "Ctrl+Shift+F",
             "Force off {names}? This is like pulling the power cord."),
    VmAction("save", "Sa&ve", "document-save", actions.save,
             frozenset({S.RUNNING, S.BLOCKED, S.PAUSED}), ""),
]

ACTIONS_BY_KEY = {a.key: a for a in VM_ACTIONS}


def make_qaction(spec: VmAction, parent: object) -> QAction:
    qa = QAction(icons.icon(spec.icon), spec.text, parent)
    qa.setObjectName(f"action_{spec.key}")
    if spec.shortcut:
        qa.setShortcut(QKeySequence(spec.shortcut))
    qa.setToolTip(spec.text.replace("&", ""))
    return qa
