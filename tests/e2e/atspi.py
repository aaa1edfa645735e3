"""The test side of ``atspi_driver.py``: one driver process per session, found nodes as
``Node`` handles, and waiting on the tree (an outside process: there is nothing to await,
so the tree is read again until it matches)."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.e2e.desktop import HERE, SYSTEM_PYTHON, find_all

Step = tuple[str | None, str | None] | tuple[str | None, str | None, str]
Path_ = list[Step]


class AtspiError(AssertionError):
    pass


class Atspi:
    """AT-SPI access to the application called ``app`` in a desktop session's environment."""

    def __init__(self, env: dict[str, str], app: str = "kvmgui",
                 alive: Callable[[], None] = lambda: None) -> None:
        self.app = app
        self.alive = alive  # raises when the application died (its output in the message)
        self.proc = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_driver.py")], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def call(self, cmd: str, **args: Any) -> Any:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, "app": self.app, **args}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise AtspiError(f"the AT-SPI driver died ({self.proc.poll()})")
        answer = json.loads(line)
        if "error" in answer:
            raise AtspiError(f"{cmd} {args}: {answer['error']}")
        return answer["ok"]

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    # -- reading ---------------------------------------------------------------------------

    def tree(self, states: bool = False) -> dict:
        try:
            return self.call("tree", states=states)
        except AtspiError as exc:
            return {"error": str(exc)}

    def wait_for(self, predicate: Callable[[dict], Any], timeout: float = 20.0,
                 states: bool = False, what: str = "") -> Any:
        """Read the tree until ``predicate(tree)`` is true; returns its value."""
        deadline = time.monotonic() + timeout
        tree: dict = {}
        while time.monotonic() < deadline:
            self.alive()
            tree = self.tree(states)
            if "error" not in tree:
                value = predicate(tree)
                if value:
                    return value
            time.sleep(0.2)
        raise AtspiError(f"never true: {what or predicate}; last tree: {json.dumps(tree)[:3000]}")

    def find(self, *path: Step, timeout: float = 20.0) -> Node:
        """The first node matching the last (role, name) step under the earlier ones; waits
        for it to appear. A step (role, name, "child") looks at direct children only."""
        deadline = time.monotonic() + timeout
        while True:
            self.alive()
            handle = self.call("find", path=list(path))
            if handle is not None:
                return Node(self, handle, path)
            if time.monotonic() > deadline:
                raise AtspiError(f"not found: {path}")
            time.sleep(0.2)

    def window(self, name: str, timeout: float = 20.0) -> Node:
        """A top-level window (frame or dialog) by accessible name."""
        def top(tree: dict) -> str | None:
            for child in tree.get("children", []):
                if child["name"] == name:
                    return child["role"]
            return None
        role = self.wait_for(top, timeout, what=f"window {name!r}")
        return self.find((role, name))

    def windows(self) -> list[tuple[str, str]]:
        return [(c["role"], c["name"]) for c in self.tree().get("children", [])]

    def gone(self, name: str, timeout: float = 20.0) -> None:
        """Wait until no top-level window is called ``name`` (closed and not left behind)."""
        self.wait_for(lambda t: all(c["name"] != name for c in t.get("children", [])),
                      timeout, what=f"window {name!r} gone")

    def key(self, keysym: str, *modifiers: str) -> None:
        self.call("key", keysym=keysym, modifiers=list(modifiers))


@dataclass
class Node:
    atspi: Atspi
    handle: int
    path: tuple

    def action(self, name: str) -> bool:
        return self.atspi.call("action", handle=self.handle, name=name)

    def press(self) -> bool:
        """A push button, tool button or menu item: its default action."""
        for name in ("Press", "Click", "click", "press"):
            try:
                return self.action(name)
            except AtspiError as exc:
                if "has actions" not in str(exc):
                    raise
        raise AtspiError(f"{self.path} cannot be pressed")

    def select(self, child: str) -> bool:
        return self.atspi.call("select", handle=self.handle, child=child)

    def states(self) -> list[str]:
        return self.atspi.call("states", handle=self.handle)

    def focus(self) -> bool:
        """The keyboard focus, as a screen reader user moves it (Component.grabFocus)."""
        return self.atspi.call("focus", handle=self.handle)

    def text(self) -> str | None:
        return self.atspi.call("text", handle=self.handle)

    def set_text(self, text: str) -> bool:
        return self.atspi.call("set_text", handle=self.handle, text=text)


def named(tree: dict, name: str, role: str | None = None) -> list[dict]:
    return find_all(tree, role, name)
