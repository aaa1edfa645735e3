"""Base of the wizard's pages: fill the spec on every edit, show the problems they own."""

from __future__ import annotations

from PySide6.QtWidgets import QWizardPage

from kvmgui.wizards.network.fields import FieldMarks
from kvmgui.wizards.network.state import Message, WizardState


class SpecPage(QWizardPage):
    """A page that writes its widgets into ``state.spec`` as the user types.

    Next (or Finish) stays disabled while a problem it owns remains.
    """

    def __init__(self, state: WizardState, title: str, subtitle: str) -> None:
        super().__init__()
        self.state = state
        self.marks = FieldMarks()
        self._complete = True
        self._loading = False
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        state.validated.connect(self._on_validated)
        state.add_page(self.store, self.local_problems)

    # -- for subclasses --------------------------------------------------------------

    def owns(self, key: str) -> bool:
        """Whether problems of ``key`` are shown (and block Next) on this page."""
        return False

    def local_problems(self) -> list[Message]:
        """Problems the spec cannot express (text that does not parse)."""
        return []

    def store(self) -> None:
        """Write the widgets' values into the spec."""

    # -- plumbing --------------------------------------------------------------------

    def edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.state.edited()

    def _on_validated(self, problems: list[Message]) -> None:
        mine = [p for p in problems if self.owns(p.field)]
        self.marks.show(mine)
        complete = not mine
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._complete

    def validatePage(self) -> bool:
        # QWizard.next() called from code (or AT-SPI) skips the disabled button: refuse here too.
        return self._complete
