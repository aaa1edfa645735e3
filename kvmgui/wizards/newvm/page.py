"""Base of the new-VM wizard's pages: fill the spec on every edit, show the messages
of the fields the page owns, keep Next disabled while one of them blocks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWizardPage

from kvmgui.wizards.newvm.fields import FieldMarks, Match
from kvmgui.wizards.newvm.state import Message, WizardState


def fill_line(edit: QLineEdit, text: str, read: Callable[[str], str] = str.strip) -> None:
    """Show the spec's ``text`` in ``edit`` unless it says that already as ``store`` reads
    it (``read``): the spec is loaded again at every pool event or new host fact, and
    setting the same text would drop what ``store`` trims (a space just typed between two
    kernel arguments) and put the cursor at the end, in the middle of the user's typing."""
    if read(edit.text()) != text:
        edit.setText(text)


class SpecPage(QWizardPage):
    """A page that writes its widgets into ``state.spec`` as the user edits them.

    Subclasses set ``owns`` (which field keys are theirs), fill widgets in ``load``
    (from the spec: at start and whenever ``state.reloaded``) and write them back in
    ``store``. Next (or Finish) stays disabled while a blocking message they own remains.
    """

    def __init__(self, state: WizardState, title: str, subtitle: str, owns: Match) -> None:
        super().__init__()
        self.state = state
        self.owns = owns
        self.marks = FieldMarks()
        self._complete = True
        self._loading = False
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        state.validated.connect(self._on_validated)
        state.reloaded.connect(self.reload)

    # -- for subclasses ----------------------------------------------------------------

    def load(self) -> None:
        """Fill the widgets from the spec (their signals are ignored meanwhile)."""

    def store(self) -> None:
        """Write the widgets' values into the spec."""

    def show_messages(self, mine: list[Message]) -> None:
        """Show this page's messages beyond the field marks (override to add)."""

    # -- plumbing ----------------------------------------------------------------------

    def reload(self) -> None:
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False

    def edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.store()
        self.state.revalidate()

    def mine(self, messages: list[Message]) -> list[Message]:
        return [m for m in messages if self.owns(m.field)]

    def _on_validated(self, messages: list[Message]) -> None:
        mine = self.mine(messages)
        self.marks.show(mine)
        self.show_messages(mine)
        complete = not any(m.blocks for m in mine)
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._complete

    def validatePage(self) -> bool:
        # QWizard.next() from code (or AT-SPI) skips the disabled button: refuse here too.
        return self._complete

    def initializePage(self) -> None:
        # Files may have appeared (or gone) since the last look; the pages' values stand.
        self.state.look_again()

    def cleanupPage(self) -> None:
        """Back: keep what the user entered (QWizard would reset the fields)."""
