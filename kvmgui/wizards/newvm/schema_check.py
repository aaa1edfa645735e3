"""libvirt's RelaxNG check of the hand-edited domain XML, in a worker.

The check waits on the schema's thread: tens of milliseconds the first time (the schema
is compiled), a few after, longer for a big definition; the GUI thread must not wait on
it at each key (docs/architecture.md, "Async and errors"). A text is checked once typing
pauses; an answer for a text no longer shown is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import workers
from kvmgui.models.words import failure_words
from kvmgui.xml.base import validate_rng

log = logging.getLogger(__name__)

DELAY_MS = 250  # typing pauses: check then, not at each key

Problems = list[tuple[int, str]]


class SchemaCheck(QObject):
    """Signals:
        checked(): the answer for the text last asked about arrived (``answer`` has it).
    """

    checked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: str | None = None  # the text whose answer is wanted
        self._answer: tuple[str, Problems, str] | None = None  # text, problems, why it failed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._ask)

    def answer(self, text: str) -> tuple[Problems, str] | None:
        """The schema's problems with ``text`` (empty: valid) and, if the check itself
        failed, why; None while the answer is not in (it is asked for once typing pauses,
        and ``checked`` says when it comes)."""
        if self._answer is not None and self._answer[0] == text:
            return self._answer[1], self._answer[2]
        if text != self._wanted:
            self._wanted = text
            self._timer.start()
        return None

    def _ask(self) -> None:
        text = self._wanted
        if text is None:
            return
        workers.shared().submit(validate_rng, text, "domain", context=self,
                                done=lambda problems: self._got(text, problems, ""),
                                failed=lambda exc: self._failed(text, exc))

    def _failed(self, text: str, exc: BaseException) -> None:
        log.error("checking the domain XML against libvirt's schema failed", exc_info=exc)
        self._got(text, [], failure_words(exc))

    def _got(self, text: str, problems: Problems, error: str) -> None:
        if text != self._wanted:
            return  # typed on meanwhile: that text is checked next
        self._answer = (text, problems, error)
        self.checked.emit()
