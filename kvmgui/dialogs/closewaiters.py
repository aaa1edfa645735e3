"""Who waits for a window that asks before it closes: the VM details window
(``DetailsWindow.after_discard``) and the host details dialog (``after_close``). Remove
connection and Quit go on once it has closed, and are told the XML editor's name when
libvirt refused the text the close waited for (only the editor said so, and the user did
not learn why the removal or quit stopped)."""

from __future__ import annotations

from collections.abc import Callable

Call = Callable[[], None]
Refused = Callable[[str], None]


class CloseWaiters:
    """The calls to make once the window has closed, and those to tell of a refusal."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.refused: list[Refused] = []  # told the editor's name

    def add(self, call: Call, refused: Refused | None = None) -> None:
        """Each is kept once: a second Quit while the window asks is still called once."""
        if call not in self.calls:
            self.calls.append(call)
        if refused is not None and refused not in self.refused:
            self.refused.append(refused)

    def take(self) -> tuple[list[Call], list[Refused]]:
        """Every waiter, forgotten here (after an answer, a close or a refusal)."""
        taken = self.calls, self.refused
        self.calls, self.refused = [], []
        return taken
