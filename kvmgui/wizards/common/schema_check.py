"""libvirt's RelaxNG check of XML edited by hand in a wizard, in a worker.

The check waits on the schema's thread: tens of milliseconds the first time (the schema
is compiled), a few after, longer for a big definition; the GUI thread must not wait on
it at each key (docs/architecture.md, "Async and errors"). A text is checked once typing
pauses; an answer for a text no longer shown is dropped. The New VM, network and pool
wizards' XML tabs use it (``domain``, ``network``, ``storagepool``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import workers
from kvmgui.models.words import failure_words
from kvmgui.xml.base import validate_rng

log = logging.getLogger(__name__)

DELAY_MS = 250  # typing pauses: check then, not at each key

Problems = list[tuple[int, str]]


@dataclass(frozen=True)
class Shown:
    """What to show of the schema's answer for a text: its ``problems`` (line, libxml2's
    words) and ``failure`` (why the check itself failed, or ""), or while ``waiting`` for
    that text's answer the last answer's (not to blink at each key)."""

    problems: Problems
    failure: str
    waiting: bool


class SchemaCheck(QObject):
    """Checks texts against libvirt's schema ``schema`` (an ``.rng`` name).

    Signals:
        checked(): the answer for the text last asked about arrived (``answer`` has it).
    """

    checked = Signal()

    def __init__(self, schema: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
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

    def shown(self, text: str) -> Shown:
        """``answer`` for ``text``, or while it is out the last answer's (none at first)."""
        answer = self.answer(text)
        if answer is not None:
            return Shown(answer[0], answer[1], False)
        if self._answer is None:
            return Shown([], "", True)
        return Shown(self._answer[1], self._answer[2], True)

    @property
    def pending(self) -> bool:
        """Whether the answer for the text last asked about is still out."""
        return self._wanted is not None and (self._answer is None or self._answer[0] != self._wanted)

    def _ask(self) -> None:
        text = self._wanted
        if text is None:
            return
        workers.shared().submit(validate_rng, text, self.schema, context=self,
                                done=lambda problems: self._got(text, problems, ""),
                                failed=lambda exc: self._failed(text, exc))

    def _failed(self, text: str, exc: BaseException) -> None:
        log.error("checking the %s XML against libvirt's schema failed", self.schema, exc_info=exc)
        self._got(text, [], failure_words(exc))

    def _got(self, text: str, problems: Problems, error: str) -> None:
        if text != self._wanted:
            return  # typed on meanwhile: that text is checked next
        self._answer = (text, problems, error)
        self.checked.emit()
