"""The VM actions (Run, Pause, Shut down …): which apply to which state, their words, keys
and questions, and ``VmActionSet``, the QActions of one window enabled by the states of
what it acts on.

Shared by the main window (the selected VMs) and a VM's details window (that VM), so
both offer the same actions with the same shortcuts and ask the same questions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kvmgui.libvirt import actions
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.utils import icons
from kvmgui.utils.tr import comma_list, fill, without_mnemonic
from kvmgui.widgets.question import question_box

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

S = DomainState
# A crashed VM (its guest panicked, the VM kept: on_crash "preserve") is still running for
# libvirt: it can be forced off, not started.
ACTIVE = {S.RUNNING, S.BLOCKED, S.PAUSED, S.SHUTDOWN, S.PMSUSPENDED, S.CRASHED}
CONTEXT = "VmAction"  # of the texts below: QT_TRANSLATE_NOOP needs it written out (lupdate)


def _tr(text: str) -> str:
    """A text of the table below, marked there, in its context."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class VmAction:
    """One action. ``text`` (with its mnemonic), ``confirm`` ("%1": the VMs' names) and
    ``failure`` ("%1" the VM, "%2" the host, "%3" libvirt's words) are source texts,
    translated when shown."""

    key: str  # also picks its icon (kvmgui.utils.icons.ACTION_ICONS)
    text: str
    run: Callable[..., None]
    states: frozenset[DomainState]
    shortcut: str = ""
    confirm: str = ""  # the question asked first, when Preferences say this action asks
    failure: str = ""
    persistent_only: bool = False  # libvirt refuses it for a transient VM
    # A Save holds the VM's job in libvirt until it ends: only a destroy gets through, the
    # others wait for the job lock and fail (QEMU pauses the VM while it writes the memory).
    during_save: bool = False

    def applies(self, state: DomainState) -> bool:
        return state in self.states

    def applies_to(self, record: DomainRecord) -> bool:
        return record.state in self.states and (record.persistent or not self.persistent_only)

    @property
    def label(self) -> str:
        """The translated menu text, with its mnemonic: '&Force Off'."""
        return _tr(self.text)

    @property
    def words(self) -> str:
        """The translated text without its mnemonic: 'Force Off'."""
        return without_mnemonic(self.label)

    def question(self, names: str) -> str:
        return fill(_tr(self.confirm), names)

    def failed(self, name: str, host: str, message: str) -> str:
        return fill(_tr(self.failure), name, host, message)


VM_ACTIONS = [
    VmAction("start", QT_TRANSLATE_NOOP("VmAction", "&Run"), actions.start,
             frozenset({S.SHUTOFF, S.NOSTATE, S.PMSUSPENDED}), "Ctrl+R",
             failure=QT_TRANSLATE_NOOP("VmAction", "Could not start '%1' on %2: %3")),
    VmAction("pause", QT_TRANSLATE_NOOP("VmAction", "&Pause"), actions.pause,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+P", QT_TRANSLATE_NOOP("VmAction", "Pause %1?"),
             QT_TRANSLATE_NOOP("VmAction", "Could not pause '%1' on %2: %3")),
    VmAction("resume", QT_TRANSLATE_NOOP("VmAction", "R&esume"), actions.resume,
             frozenset({S.PAUSED}), "Ctrl+Shift+P",
             failure=QT_TRANSLATE_NOOP("VmAction", "Could not resume '%1' on %2: %3")),
    VmAction("shutdown", QT_TRANSLATE_NOOP("VmAction", "&Shut Down"),
             actions.shutdown, frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+Shift+S",
             QT_TRANSLATE_NOOP("VmAction", "Shut down %1? The guest is asked to power off."),
             QT_TRANSLATE_NOOP("VmAction", "Could not shut down '%1' on %2: %3")),
    VmAction("reboot", QT_TRANSLATE_NOOP("VmAction", "Re&boot"), actions.reboot,
             frozenset({S.RUNNING, S.BLOCKED}), "Ctrl+Shift+R",
             QT_TRANSLATE_NOOP("VmAction", "Reboot %1?"),
             QT_TRANSLATE_NOOP("VmAction", "Could not reboot '%1' on %2: %3")),
    VmAction("reset", QT_TRANSLATE_NOOP("VmAction", "Force Rese&t"), actions.reset,
             frozenset({S.RUNNING, S.BLOCKED, S.PAUSED}), "Ctrl+Shift+T",
             QT_TRANSLATE_NOOP("VmAction", "Force reset %1? The guest gets no chance to save its work."),
             QT_TRANSLATE_NOOP("VmAction", "Could not force reset '%1' on %2: %3")),
    VmAction("force_off", QT_TRANSLATE_NOOP("VmAction", "&Force Off"),
             actions.force_off, frozenset(ACTIVE), "Ctrl+Shift+F",
             QT_TRANSLATE_NOOP("VmAction", "Force off %1? This is like pulling the power cord."),
             QT_TRANSLATE_NOOP("VmAction", "Could not force off '%1' on %2: %3"),
             during_save=True),
    VmAction("save", QT_TRANSLATE_NOOP("VmAction", "Sa&ve"), actions.save,
             frozenset({S.RUNNING, S.BLOCKED, S.PAUSED}), "Ctrl+Shift+V",
             QT_TRANSLATE_NOOP("VmAction", "Save the memory of %1 to disk and stop them? "
                                        "They resume on the next Run."),
             QT_TRANSLATE_NOOP("VmAction", "Could not save '%1' on %2: %3"),
             persistent_only=True),  # a managed save waits for a next start
]

ACTIONS_BY_KEY = {a.key: a for a in VM_ACTIONS}
TOOLBAR_KEYS = ("start", "pause", "resume", "shutdown", "reboot", "force_off")


def make_qaction(spec: VmAction, parent: QObject) -> QAction:
    qa = QAction(icons.action_icon(spec.key), spec.label, parent)
    qa.setObjectName(f"action_{spec.key}")
    if spec.shortcut:
        qa.setShortcut(QKeySequence(spec.shortcut))
    qa.setToolTip(_tooltip(spec))
    return qa


def _tooltip(spec: VmAction) -> str:
    if not spec.shortcut:
        return spec.words
    keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    return fill(QCoreApplication.translate("VmAction", "%1 (%2)"), spec.words, keys)


def confirm_box(parent: QWidget, spec: VmAction, names: Iterable[str],
                go: Callable[[], None]) -> QMessageBox:
    """The question ``spec`` asks before it runs on the VMs called ``names`` (not opened);
    ``go()`` after Yes."""
    return question_box(parent, spec.words, spec.question(comma_list(names)), go)


def _typing_in(widget: QWidget | None) -> bool:
    """Whether keys typed now go into an editable text field."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox) \
        and not widget.isReadOnly()


class VmActionSet(QObject):
    """A QAction per VM action, owned by ``parent``; ``update(records)`` enables those that
    apply to any of the given VMs. In a window ``parent``, their keys typed in a text field
    are the field's: Ctrl+Shift+V (paste as plain text elsewhere) must not save the VM away.

    Signals:
        triggered(VmAction): the user chose an action.
    """

    triggered = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for spec in VM_ACTIONS:
            qa = make_qaction(spec, parent)
            qa.triggered.connect(lambda _checked=False, s=spec: self.triggered.emit(s))
            self.actions[spec.key] = qa
        self._keys = {QKeySequence(s.shortcut) for s in VM_ACTIONS if s.shortcut}
        if isinstance(parent, QWidget):
            self.guard(parent)

    def guard(self, window: QWidget) -> None:
        """Give the actions' keys typed in a text field of ``window`` to the field (the
        parent is guarded already; a floating dock is a window of its own)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window sees the shortcut override its focused field left unclaimed: claiming
        # it sends the key to the field as a key press instead of running the action.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and isinstance(watched, QWidget) and _typing_in(watched.focusWidget()) \
                and QKeySequence(event.keyCombination()) in self._keys:
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def __getitem__(self, key: str) -> QAction:
        return self.actions[key]

    def values(self) -> list[QAction]:
        return list(self.actions.values())

    def toolbar_actions(self) -> list[QAction]:
        return [self.actions[k] for k in TOOLBAR_KEYS]

    def update(self, records: Iterable[DomainRecord],
               restarting: Iterable[DomainRecord] = (), saving: Iterable[str] = ()) -> None:
        """Enable the actions that apply to one of ``records`` (those of connected VMs); one
        that would apply only to VMs ``restarting`` is off and says why, as is one but Force
        Off that would apply only to VMs whose Save runs (UUIDs ``saving``)."""
        present, waiting, saved = list(records), list(restarting), set(saving)
        for spec in VM_ACTIONS:
            qa = self.actions[spec.key]
            busy = set() if spec.during_save else saved
            qa.setEnabled(any(spec.applies_to(r) and r.uuid not in busy for r in present))
            held = not qa.isEnabled() and any(spec.applies_to(r) for r in waiting)
            in_save = not qa.isEnabled() and any(spec.applies_to(r) for r in present)
            qa.setToolTip(fill(QCoreApplication.translate(
                "VmAction", "%1: not while the VM is being restarted"), spec.words)
                if held else fill(QCoreApplication.translate(
                    "VmAction", "%1: not while the VM is being saved"), spec.words)
                if in_save else _tooltip(spec))
