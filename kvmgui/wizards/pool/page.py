"""Base of the pool wizard's pages: fill the spec on every edit, show the problems they own."""

from __future__ import annotations

from PySide6.QtWidgets import QWizardPage

from kvmgui.wizards.pool.fields import ProblemMarks
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.xml.storage_check import Problem


class SpecPage(QWizardPage):
    """A page that writes its widgets into ``state.spec`` as the user types.

    Next (or Finish) stays disabled while an *error* it owns remains; warnings show but
    do not block.
    """

    def __init__(self, state: PoolWizardState, title: str, subtitle: str) -> None:
        super().__init__()
        self.state = state
        self.marks = ProblemMarks()
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

    def local_problems(self) -> list[Problem]:
        """Problems the spec cannot express (text that does not parse)."""
        return []

    def store(self) -> None:
        """Write the widgets' values into the spec."""

    def load(self) -> None:
        """Show the spec's values in the widgets (after the spec changed from outside)."""

    # -- plumbing --------------------------------------------------------------------

    def reload(self) -> None:
        """``load`` without the widgets' change signals writing back half-way."""
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False

    def edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.state.edited()

    def _on_validated(self, problems: list[Problem]) -> None:
        mine = [p for p in problems if self.owns(p.field)]
        self.marks.show(mine)
        complete = not any(p.is_error for p in mine)
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._complete

    def validatePage(self) -> bool:
        # QWizard.next() called from code (or AT-SPI) skips the disabled button: refuse here too.
        return self._complete
