"""What every details page shares: a heading, a form (built in code with ``add_row`` or
loaded from a Designer form with ``use_form``), Apply/Revert, and honest messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.addresses import AddressReport
from kvmgui.libvirt.domainops import ApplyResult, Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import say
from kvmgui.utils.tr import fill, without_mnemonic
from kvmgui.widgets.forms import Form
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


def edited_or(shown: T, loaded: T, now: T) -> T:
    """A field's value to apply: the user's (``shown``) if they changed it from what it was
    ``loaded`` with, else the VM's ``now`` (changed elsewhere meanwhile, it is not undone)."""
    return shown if shown != loaded else now


def _settings_differ(view: DomainView, loaded: DomainView | None) -> bool:
    """Whether the VM's settings (its definition, autostart) in ``view`` are not those
    the fields were filled from."""
    return loaded is None or (view.xml.inactive, view.xml.autostart, view.xml.persistent) != (
        loaded.xml.inactive, loaded.xml.autostart, loaded.xml.persistent)


class Page(QWidget):
    """A page of the details window; editable pages override ``load``/``build_change``.

    Signals:
        changeRequested(Change): the user applied valid edits; the window runs them.
    """

    changeRequested = Signal(object)
    editable = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.view: DomainView | None = None
        self.loaded: DomainView | None = None  # what the fields were last filled from
        self._dirty = False
        self._focus: QWidget | None = None  # the field focused when the fields were disabled
        self._loading = False
        self.setAccessibleName(fill(self.tr("%1 page"), title))
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleDescription(fill(self.tr("%1 heading"), title))
        self.heading = heading

        self.body = QWidget(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addLayout(self.form)
        self._tail = True
        self.body_layout.addStretch(1)  # keeps the rows compact until something should grow
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(fill(self.tr("%1 settings"), title))

        self.problem = MessageLine(self, description=fill(self.tr("%1: problem"), title))
        self.pending = MessageLine(self, description=fill(self.tr("%1: pending until restart"), title))
        self.message = MessageLine(self, description=fill(self.tr("%1: result"), title),
                                   hide_empty=False)

        self.apply_button = QPushButton(self.tr("&Apply"), self)
        lower = title if title[:2].isupper() else title[:1].lower() + title[1:]  # CPUs, NIC stay
        self.apply_button.setAccessibleName(fill(self.tr("Apply %1 changes"), lower))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setAccessibleName(fill(self.tr("Revert %1 changes"), lower))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.pending)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def add_row(self, label: str, field: W, name: str | None = None,
                buddy: QWidget | None = None) -> W:
        """A labelled row; the label is the buddy of the field (or of ``buddy``, a control
        inside a composite field) and names it for screen readers."""
        words = name or without_mnemonic(label).rstrip(":")
        if isinstance(field, QLabel):
            field.setAccessibleDescription(words)  # its name is its text: the value
        else:
            field.setAccessibleName(words)
        row_label = QLabel(label, self)
        row_label.setBuddy(buddy or field)
        self.form.addRow(row_label, field)
        return field

    def use_form(self, name: str) -> Form:
        """The page's static rows from the Designer form ``ui/<name>.ui`` (its field rows in
        a QFormLayout called "form", which ``add_row`` and ``self.form`` then mean)."""
        holder = QWidget(self.body)
        form = Form(name, holder)
        # The empty code-built form stays where it was (an empty layout takes no room).
        self.body_layout.insertWidget(0, holder)
        self.form = form.widget("form", QFormLayout)
        return form

    def add_body(self, widget: QWidget, stretch: int = 0) -> None:
        """A widget below the form; one with a stretch takes the spare height."""
        self.body_layout.insertWidget(self.body_layout.count() - int(self._tail), widget, stretch)
        if stretch and self._tail:
            self.body_layout.takeAt(self.body_layout.count() - 1)
            self._tail = False

    def track(self, *widgets: QWidget) -> None:
        """Edits in these widgets make the page dirty (and re-validate it)."""
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self._edited)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self._edited)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._edited)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._edited)
                if w.isEditable():
                    w.editTextChanged.connect(self._edited)
            elif isinstance(w, QGroupBox | QAbstractButton):
                w.toggled.connect(self._edited)

    # -- state ------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.message.clear()
        self.validate_inline()
        self._update_buttons()

    def show_view(self, view: DomainView) -> None:
        """New settings from libvirt; edits in progress are kept, never overwritten."""
        self.view = view
        lines = self.pending_lines(view)
        self.pending.pending(self.tr("Pending until the VM restarts:") + "\n• " + "\n• ".join(lines)
                             if lines else "")
        self.show_status(view)
        if self._dirty:
            if not _settings_differ(view, self.loaded):
                return  # a start, a pause …: nothing the fields show changed
            self.message.setText(self.tr("The VM's settings changed meanwhile; your edits are kept "
                                         "(Revert shows the new settings)."))
            return
        self._load(view)

    def _load(self, view: DomainView) -> None:
        self._loading = True
        try:
            self.load(view)
        finally:
            self._loading = False
        self.loaded = view
        self.problem.clear()
        self._update_buttons()

    def revert(self) -> None:
        self._dirty = False
        self.message.clear()
        if self.view is not None:
            self._load(self.view)

    def apply(self) -> None:
        problem = self.validate_inline()
        if problem or not self._dirty:
            return
        change = self.build_change()
        if change is None:
            self._dirty = False
            self._update_buttons()
            return
        self.set_busy(True)
        self.message.setText(self.tr("Applying…"))
        self.changeRequested.emit(change)

    def validate_inline(self) -> str | None:
        problem = self.validate()
        self.problem.error(problem or "")
        self.apply_button.setEnabled(self._dirty and not problem)
        return problem

    def set_busy(self, busy: bool) -> None:
        if busy and self._focus is None:
            focus = QApplication.focusWidget()
            self._focus = focus if focus is not None and self.body.isAncestorOf(focus) else None
        self.body.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self._dirty)
        self.revert_button.setEnabled(not busy and self._dirty)
        if not busy and self._focus is not None:
            # Disabling the fields dropped the focus (Alt+A from a field): it goes back
            # there, unless the user has focused something else meanwhile.
            focus, self._focus = self._focus, None
            if shiboken6.isValid(focus) and focus.isEnabled() and focus.isVisible() \
                    and QApplication.focusWidget() is None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def told(self, result: ApplyResult) -> ApplyResult:
        """``result`` of our change as the user reads it, here and in the window: a page
        that did more for it says so."""
        return result

    def applied(self, result: ApplyResult) -> None:
        """The window's report of our change (``told``); the new settings follow via show_view."""
        self._dirty = False
        self.set_busy(False)
        self.message.say(say(result.words), Tone.PENDING if result.warns else Tone.NORMAL)
        self._update_buttons()

    def apply_failed(self, message: str, tell: Callable[[str], None] | None = None) -> None:
        """libvirt refused: nothing changed; the user's values stay for another try.
        ``tell``: says it in the window's bar again, for a page that has more to say once
        it has undone what it did for the change (the failure side of ``told``)."""
        self.set_busy(False)
        self.message.error(fill(self.tr("Not applied: %1"), message))
        self._update_buttons()

    def partly_applied(self, message: str, view: DomainView) -> None:
        """The running VM (a transient one) took part of our change, not the rest: the
        user's values stay, now edits of ``view`` (the VM as it took that part: no "changed
        meanwhile" when it is read again); Apply again tries what is still different."""
        self.loaded = view
        self.set_busy(False)
        self.message.error(fill(self.tr("Applied in part: %1"), message))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.apply_button.setVisible(self.editable)
        self.revert_button.setVisible(self.editable)
        self.apply_button.setEnabled(self._dirty and not self.problem.text())
        self.revert_button.setEnabled(self._dirty)

    # -- for subclasses -----------------------------------------------------------------------

    def load(self, view: DomainView) -> None:
        """Fill the fields from ``view`` (signals of tracked widgets are ignored meanwhile)."""

    def show_status(self, view: DomainView) -> None:
        """Refresh read-only parts that follow the VM even while the user edits."""

    def show_addresses(self, report: AddressReport) -> None:
        """The VM's IP addresses changed (pages that show them override this)."""

    def show_address_failure(self, message: str) -> None:
        """Reading the VM's IP addresses failed: those shown may be stale (ditto)."""

    def validate(self) -> str | None:
        """A message when the fields cannot be applied as they are."""
        return None

    def build_change(self) -> Change | None:
        return None

    def pending_lines(self, view: DomainView) -> list[str]:
        return []
