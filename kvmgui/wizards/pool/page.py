"""Base of the pool wizard's pages: ``common.page.SpecPage`` on the pool state, its
problems (``storage_check.Problem``) shown by ``ProblemMarks``; warnings do not block."""

from __future__ import annotations

from kvmgui.wizards.common import page
from kvmgui.wizards.pool.fields import ProblemMarks
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.xml.storage_check import Problem


class SpecPage(page.SpecPage[Problem]):
    """A page that writes its widgets into ``state.spec`` as the user types.

    Next (or Finish) stays disabled while an *error* it owns remains; warnings show but
    do not block.
    """

    marks: ProblemMarks

    def __init__(self, state: PoolWizardState, title: str, subtitle: str) -> None:
        super().__init__(state, ProblemMarks(), title, subtitle)
        self.state = state

    def blocks(self, problem: Problem) -> bool:
        return problem.is_error
