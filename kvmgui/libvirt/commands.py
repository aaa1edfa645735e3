"""The ``virsh`` command line behind every change kvmgui makes, and the journal that keeps them.

A :class:`Command` is what ``virsh -c <uri> …`` would do the same thing with: the arguments
after the URI, with :class:`XmlFile` standing where virsh reads a file (its text is kept; the
displaying layer writes it to a named file and puts the path into the line; a preview's
:class:`DataFile` likewise, for data made in memory). kvmgui never
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

    @property
    def suffix(self) -> str:
        return ".xml"

    @property
    def content(self) -> bytes:
        return self.text.encode("utf-8")


@dataclass(frozen=True, slots=True)
class DataFile:
    """Data kvmgui makes in memory that virsh reads from a local file (``vol-upload`` of a
    new VM's cloud-init ISO). Only a preview's lines carry the data (the dialog writes it
    as it writes the XML files); a job's lines name the file, its data not kept."""

    name: str
    data: bytes = field(repr=False)

    @property
    def stem(self) -> str:
        return os.path.splitext(self.name)[0]

    @property
    def suffix(self) -> str:
        return os.path.splitext(self.name)[1]

    @property
    def content(self) -> bytes:
        return self.data


FileArg = XmlFile | DataFile
Arg = str | FileArg


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

    @property
    def all_files(self) -> tuple[FileArg, ...]:
        """The XML files and the other files (``DataFile``) virsh reads."""
        return tuple(a for a in self.args if not isinstance(a, str))

    def argv(self, paths: Mapping[FileArg, str] | None = None) -> list[str]:
        """The command as a list; a file argument is its path in ``paths``, else its name."""
        paths = paths or {}
        out = ["virsh", "-c", without_password(self.uri)]  # shown and copied: virsh asks
        for arg in self.args:
            out.append(arg if isinstance(arg, str) else paths.get(arg, arg.name))
        return out

    def line(self, paths: Mapping[FileArg, str] | None = None) -> str:
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


def write_files(commands: list[Command], directory: str) -> dict[FileArg, str]:
    """Write the files of ``commands`` into ``directory`` (blocking: call it in a worker);
    their paths, for ``Command.line``. Equal stems get "-2", "-3" …, a stem too long for a
    file name is shortened (``file_name``). A file there already is never written over
    (an earlier dialog's lines name it); one with the same content is used again."""
    paths: dict[FileArg, str] = {}
    limit = _name_max(directory)
    for command in commands:
        for file in command.all_files:
            if file in paths:
                continue
            name, n = file_name(file.stem, file.suffix, limit=limit), 1
            while (path := os.path.join(directory, name)) in paths.values() \
                    or not _claim(path, file.content):
                n += 1
                name = file_name(file.stem, file.suffix, f"-{n}", limit)
            paths[file] = path
    return paths


NAME_MAX = 255  # bytes in a file name: Linux's NAME_MAX, where pathconf does not say
_KEPT_END = 24  # bytes of a shortened stem's end kept: "-interface", "-device", a number


def _name_max(directory: str) -> int:
    try:
        found = os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError):
        return NAME_MAX
    return found if 0 < found < NAME_MAX else NAME_MAX


def _cut(text: str, size: int, *, end: bool = False) -> str:
    """At most ``size`` bytes of ``text``'s start (or end) in UTF-8, in whole characters."""
    if size <= 0:
        return ""
    data = text.encode()
    return (data[-size:] if end else data[:size]).decode(errors="ignore")


def file_name(stem: str, suffix: str, mark: str = "", limit: int = NAME_MAX) -> str:
    """``stem`` + ``mark`` + ``suffix`` in at most ``limit`` bytes: a stem too long (a VM
    name of 100 Chinese characters) keeps its start and its end around "…", which the
    numbering (``mark``) then keeps apart from another of the same start and end."""
    room = limit - len(f"{mark}{suffix}".encode())
    if len(stem.encode()) > room:
        end = _cut(stem, min(_KEPT_END, room // 4), end=True)
        stem = f"{_cut(stem, room - len(end.encode()) - len('…'.encode()))}…{end}"
    return f"{stem}{mark}{suffix}"


def _claim(path: str, content: bytes) -> bool:
    """Whether ``path`` holds ``content`` now: written if it was free, read if it was not."""
    try:
        with open(path, "xb") as out:
            out.write(content)
    except FileExistsError:
        try:
            with open(path, "rb") as there:
                return there.read() == content
        except OSError:  # unreadable: another file
            return False
    return True
