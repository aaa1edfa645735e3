"""Base of the network and pool wizards' pages: fill the spec on every edit, show the
problems they own, keep Next disabled while one of them blocks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWizardPage

from kvmgui.wizards.common.fields import Marks, P


class SpecState(Protocol[P]):
    """What a page needs of its wizard's state (``network.state.WizardState``,
    ``pool.state.PoolWizardState``)."""

    @property
    def validated(self) -> SignalInstance: ...

    def add_page(self, store: Callable[[], None], check: Callable[[], list[P]]) -> None: ...

    def edited(self) -> None: ...


class SpecPage(QWizardPage, Generic[P]):
    """A page that writes its widgets into ``state.spec`` as the user types.

    Next (or Finish) stays disabled while a problem it owns ``blocks``.
    """

    def __init__(self, state: SpecState[P], marks: Marks[P], title: str, subtitle: str) -> None:
        super().__init__()
        self.marks = marks
        self._complete = True
        self._held = ""  # why Next (Finish) waits though nothing here is wrong
        self._loading = False
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        self._state = state
        state.validated.connect(self._on_validated)
        state.add_page(self.store, self.local_problems)

    # -- for subclasses --------------------------------------------------------------

    def owns(self, key: str) -> bool:
        """Whether problems of ``key`` are shown (and block Next) on this page."""
        return False

    def blocks(self, problem: P) -> bool:
        """Whether an owned problem keeps Next disabled (all do, unless overridden)."""
        return True

    def local_problems(self) -> list[P]:
        """Problems the spec cannot express (text that does not parse)."""
        return []

    def waiting(self) -> bool:
        """Whether Next (or Finish) waits for a check that runs in a worker (asked for by
        ``local_problems``; its answer revalidates)."""
        return False

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
        self._state.edited()

    def _on_validated(self, problems: list[P]) -> None:
        mine = [p for p in problems if self.owns(p.field)]
        self.marks.show(mine)
        complete = not any(self.blocks(p) for p in mine) and not self.waiting()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def hold(self, reason: str) -> None:
        """Keep Next (or Finish) disabled for ``reason`` ("": no longer)."""
        if reason != self._held:
            self._held = reason
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._complete and not self._held

    def validatePage(self) -> bool:
        # QWizard.next() called from code (or AT-SPI) skips the disabled button: refuse here too.
        return self.isComplete()
