"""Base of the network wizard's pages: ``common.page.SpecPage`` on the network state,
its problems (``Message``s) shown by ``FieldMarks``; every owned problem blocks Next."""

from __future__ import annotations

from kvmgui.wizards.common import page
from kvmgui.wizards.network.fields import FieldMarks
from kvmgui.wizards.network.state import Message, WizardState


class SpecPage(page.SpecPage[Message]):
    """A page that writes its widgets into ``state.spec`` as the user types.

    Next (or Finish) stays disabled while a problem it owns remains.
    """

    marks: FieldMarks

    def __init__(self, state: WizardState, title: str, subtitle: str) -> None:
        super().__init__(state, FieldMarks(), title, subtitle)
        self.state = state
