"""The ``virsh`` command line behind every change kvmgui makes, and the journal that keeps them.

A :class:`Command` is what ``virsh -c <uri> …`` would do the same thing with: the arguments
after the URI, with :class:`XmlFile` standing where virsh reads a file (its text is kept; the
displaying layer writes it to a named file and puts the path into the line). kvmgui never
runs these lines: they are shown, copied, and used by tests.

The calls that change a host go through :mod:`kvmgui.libvirt.virsh`, where each libvirt call
takes its arguments once and builds its ``Command`` from the same values, so the line cannot
drift from the call. Those functions hand the pair to the :class:`Journal` of the job they run
in (``Connection`` opens one per job with :func:`recording`): it notes the command, makes the
call (or, for a preview, only notes it) and keeps what libvirt answered.

Adding an operation (pools and volumes, say): write its libvirt call in ``virsh.py`` as
``_do(Command-arguments…, call)`` and use that function in the operation; the timeline and the
"Show command" dialog then know it without further work.
"""

from __future__ import annotations

import os
import shlex
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

from kvmgui.utils.logs import without_password

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class XmlFile:
    """An XML document virsh reads from a file (``define FILE``, ``attach-device NAME FILE``)."""

    stem: str  # a file name to suggest, without ".xml": "web01", "web01-interface"
    text: str

    @property
    def name(self) -> str:
        return f"{self.stem}.xml"


Arg = str | XmlFile


@dataclass(frozen=True, slots=True)
class Command:
    """``virsh -c <uri> <args…>``: one libvirt call as a command line.

    ``kind`` ("domain", "network", "pool", "volume") and ``target`` (the object's name) say
    what it acts on, for timelines; ``verb`` is virsh's command ("start", "net-update").
    """

    uri: str
    kind: str
    target: str
    args: tuple[Arg, ...]

    @property
    def verb(self) -> str:
        first = self.args[0] if self.args else ""
        return first if isinstance(first, str) else first.name

    @property
    def files(self) -> tuple[XmlFile, ...]:
        return tuple(a for a in self.args if isinstance(a, XmlFile))

    def argv(self, paths: Mapping[XmlFile, str] | None = None) -> list[str]:
        """The command as a list; a file argument is its path in ``paths``, else its name."""
        paths = paths or {}
        out = ["virsh", "-c", without_password(self.uri)]  # shown and copied: virsh asks
        for arg in self.args:
            out.append(paths.get(arg, arg.name) if isinstance(arg, XmlFile) else arg)
        return out

    def line(self, paths: Mapping[XmlFile, str] | None = None) -> str:
        """The command line, quoted for a POSIX shell (``shlex.join``)."""
        return shlex.join(self.argv(paths))


@dataclass(frozen=True, slots=True)
class Issued:
    """A command kvmgui issued: when, and libvirt's message if the call failed."""

    command: Command
    time: float
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class Journal:
    """The commands of one job, in order. With ``dry`` the calls are not made (a preview)."""

    uri: str
    dry: bool = False
    issued: list[Issued] = field(default_factory=list)
    # In a preview: (kind, name) → the UUID a define's file gives a new object (``virsh.planned``).
    planned: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def commands(self) -> list[Command]:
        return [i.command for i in self.issued]

    def do(self, command: Command, call: Callable[[], R]) -> R | None:
        """Note ``command`` and make ``call`` (not in a dry run: then None)."""
        if self.dry:
            self.issued.append(Issued(command, time.time()))
            return None
        try:
            result = call()
        except Exception as exc:
            self.issued.append(Issued(command, time.time(), _message(exc)))
            raise
        self.issued.append(Issued(command, time.time()))
        return result


def _message(exc: BaseException) -> str:
    getter = getattr(exc, "get_error_message", None)
    text = getter() if callable(getter) else None
    return str(text or exc or type(exc).__name__)


_current: ContextVar[Journal | None] = ContextVar("kvmgui_journal", default=None)


@contextmanager
def recording(uri: str, *, dry: bool = False) -> Iterator[Journal]:
    """Collect the commands of the calls made inside the block (in this thread)."""
    journal = Journal(uri, dry)
    token = _current.set(journal)
    try:
        yield journal
    finally:
        _current.reset(token)


def current() -> Journal | None:
    return _current.get()


def previewing() -> bool:
    """True inside a dry run: operations must not change anything themselves."""
    journal = _current.get()
    return journal is not None and journal.dry


def write_files(commands: list[Command], directory: str) -> dict[XmlFile, str]:
    """Write the XML files of ``commands`` into ``directory`` (blocking: call it in a
    worker); their paths, for ``Command.line``. Equal stems get "-2", "-3" … A file there
    already is never written over (an earlier dialog's lines name it); one with the same
    text is used again."""
    paths: dict[XmlFile, str] = {}
    for command in commands:
        for xml in command.files:
            if xml in paths:
                continue
            name, n = xml.name, 1
            while (path := os.path.join(directory, name)) in paths.values() or not _claim(path, xml.text):
                n += 1
                name = f"{xml.stem}-{n}.xml"
            paths[xml] = path
    return paths


def _claim(path: str, text: str) -> bool:
    """Whether ``path`` holds ``text`` now: written if it was free, read if it was not."""
    try:
        with open(path, "x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        try:
            with open(path, encoding="utf-8") as there:
                return there.read() == text
        except (OSError, ValueError):  # unreadable, or not UTF-8: another file
            return False
    return True
