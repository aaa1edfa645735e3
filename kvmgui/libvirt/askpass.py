"""ssh's questions (host key, password, passphrase) answered in kvmgui's own dialogs.

libvirt's ``qemu+ssh://`` transport runs OpenSSH with a filtered environment and no
terminal. For each connection kvmgui gives it, through the URI's ``command=``
parameter, a small wrapper (``dial_uri``) that runs the user's ssh (or the one the URI
named) with

* ``SSH_ASKPASS`` = kvmgui's askpass program and ``SSH_ASKPASS_REQUIRE=force``: every
  question goes to ``askpass_client.py``, which hands it over a private unix socket to
  this server; ssh-agent is still asked first (libvirt passes SSH_AUTH_SOCK on);
* ``ControlMaster=auto`` with a ``ControlPath`` in this server's private directory and
  ``ControlPersist``: one login per host and user, shared by reconnects and by every
  other ssh kvmgui runs for that connection; ``ServerAlive*`` so a master whose host
  stopped answering ends rather than holding new sessions.

The server listens on a thread; each question waits on its own thread while
``requested`` (queued to the GUI thread) shows a dialog, which calls
``SshRequest.finish``. Neither the GUI thread nor libvirt's open waits on the other
beyond that. Answers travel only through the socket and ssh's pipe; a password is kept
only when the user asks, and then only in the Secret Service (``secretstore``). See
docs/remote-login.md.

Past 400 lines: the server's records (each ssh's questions, its key's wrapper) and the one
lock that keeps them consistent between the socket threads, the GUI thread and a close
stay in one class; split, the lock would have to be shared across modules.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote

from PySide6.QtCore import QMetaMethod, QObject, Qt, Signal

from kvmgui.libvirt import askpass_client
from kvmgui.libvirt.secretstore import SecretServiceStore, Store, StoreState
from kvmgui.libvirt.sshprompts import PromptKind, SshPrompt, parse_prompt, yes_no_answer
from kvmgui.utils.logs import hide_password
from kvmgui.utils.uris import query_items, split_uri

log = logging.getLogger(__name__)

CONTROL_PERSIST_S = 60  # a master outlives its last session this long (a reconnect reuses it)
# A hung master ends after ~12 s (4 intervals without data), before libvirt's keepalive
# would close the connection at ~20 s: ending through ssh is safe, keepalive's close is
# not (linkwatch.py says why).
SERVER_ALIVE = ("ServerAliveInterval=3", "ServerAliveCountMax=3")
READ_TIMEOUT_S = 10.0  # for the askpass program to send its question
_SOCKET_PATH_MAX = 107  # sun_path: 108 bytes with the NUL


def is_openssh_uri(uri: str) -> bool:
    """``qemu+ssh://…``: libvirt runs OpenSSH (libssh transports answer through libvirt's
    own auth callbacks instead)."""
    return uri.partition(":")[0].lower().partition("+")[2] == "ssh"  # urlsplit may raise


def secret_account(prompt: SshPrompt, uri: str = "") -> str:
    """The Secret Service account a remembered answer is kept under ('' if none): a
    password's by user and host, and by port where the connection's URI names another
    than 22 for that host (ssh's question names none, and alice@localhost on port 2222
    and on 2223 are two machines: one's password is never offered to the other); a
    passphrase's by its key file.

    ssh names the host its config leads to (an alias's HostName, a jump host), which
    says nothing of the port or the way there: two aliases of localhost, on ports 2222
    and 2223, both ask "alice@localhost's password: ". Such a password is kept for the
    URI's host and port too (``password:alice@localhost (vm2)``)."""
    if prompt.kind is PromptKind.PASSWORD and prompt.host:
        parts = split_uri(uri)
        account = f"password:{prompt.user}@{prompt.host}"
        if parts is None or not parts.hostname:
            return account
        port = parts.port_number if parts.port_number != 22 else None
        named = parts.hostname.lower()
        if named != prompt.host.lower():
            named = f"[{named}]" if ":" in named else named
            return f"{account} ({named}:{port})" if port else f"{account} ({named})"
        host = f"[{prompt.host}]" if port and ":" in prompt.host else prompt.host
        return f"password:{prompt.user}@{host}:{port}" if port else account
    if prompt.kind is PromptKind.PASSPHRASE and prompt.key_path:
        return f"passphrase:{prompt.key_path}"
    return ""


@dataclass(eq=False)
class SshRequest:
    """One question of ssh's for the GUI. ``uri``: the connection that asked; ``retry``:
    the same ssh asked this before, so the last answer was refused; ``stored_refused``:
    that answer was the remembered one (now forgotten), not one the user typed;
    ``stored_kept``: yet the store failed to forget it; ``store``: whether an answer can
    be remembered. The GUI calls ``finish`` (any thread)."""

    uri: str
    prompt: SshPrompt
    retry: bool = False
    stored_refused: bool = False
    stored_kept: bool = False
    store: StoreState = StoreState.UNKNOWN
    answer: str | None = field(default=None, repr=False)  # None: cancelled; never logged
    remember: bool = False
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    def finish(self, answer: str | None, remember: bool = False) -> None:
        """``answer`` (None: cancel); for yes/no questions ``answer_yes_no`` says it."""
        if self._done.is_set():
            return
        self.answer, self.remember = answer, remember
        self._done.set()

    def answer_yes_no(self, accepted: bool) -> None:
        self.finish(yes_no_answer(accepted))

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float) -> bool:
        return self._done.wait(timeout)


class AskpassServer(QObject):
    """Answers the askpass program of every ssh that kvmgui's connections run.

    ``store``: where remembered passwords live (default: the Secret Service); ``ssh``:
    the program a wrapper runs when the URI names none.

    Signals:
        requested(SshRequest): a question for the user, on the GUI thread.
        withdrawn(SshRequest): nobody waits for that answer any more (the connection
            was closed, or the question timed out): close its dialog.
        not_remembered(str): the URI of a connection whose answer the user asked to
            remember could not be stored (the store failed), on the GUI thread.
    """

    requested = Signal(object)
    withdrawn = Signal(object)
    not_remembered = Signal(str)
    _asked = Signal(object)  # from a question's thread, queued to the GUI thread
    _gone = Signal(object)  # likewise, for withdrawn
    _unstored = Signal(str)  # likewise, for not_remembered
    TIMEOUT = 300.0

    def __init__(self, store: Store | None = None, *, ssh: str = "ssh",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Through a slot, not signal to signal: with this object's two queued
        # signal-to-signal connections a test run crashed in one of four (PySide 6.11;
        # docs/event-bridge.md, "PySide pitfalls").
        self._asked.connect(self._forward_asked, Qt.ConnectionType.QueuedConnection)
        self._gone.connect(self._forward_gone, Qt.ConnectionType.QueuedConnection)
        self._unstored.connect(self._forward_unstored, Qt.ConnectionType.QueuedConnection)
        self.store: Store = store if store is not None else SecretServiceStore()
        self._ssh = ssh
        self._lock = threading.Lock()
        self._dir: Path | None = None
        self._listener: socket.socket | None = None
        self._keys: dict[str, str] = {}  # wrapper key -> connection URI (until closed)
        self._by_uri: dict[str, str] = {}
        self._dialed: dict[str, str] = {}  # URI -> URI with its wrapper (made once)
        self._numbers = itertools.count(1)
        self._pending: set[SshRequest] = set()
        self._pending_by: dict[SshRequest, str] = {}
        # (key, ssh pid, kind, account): times asked. Per account: ssh asks each key's
        # passphrase in turn, and the next key's first question is no retry.
        self._seen: dict[tuple[str, int, PromptKind, str], int] = {}
        # (key, ssh pid, account): answered from the store. Per account: a stored
        # passphrase's mark is not a later password's, whose retry would delete that.
        self._from_store: set[tuple[str, int, str]] = set()
        self._declined: set[tuple[str, int, PromptKind, str]] = set()  # cancelled by the user
        # (key, ssh pid, account) -> an answer to remember, stored once the login worked
        # (``logged_in``): a refused one is never written.
        self._unsaved: dict[tuple[str, int, str], str] = {}
        self._saving: list[threading.Thread] = []  # stores (logged_in), wrapper removals
        self._starts: dict[int, int | None] = {}  # ssh pid -> its start time (pids are reused)
        self._closing = False

    def _forward_asked(self, request: SshRequest) -> None:
        if not request.finished:  # not withdrawn on its way here (its withdrawal came first)
            self.requested.emit(request)

    def _forward_gone(self, request: SshRequest) -> None:
        self.withdrawn.emit(request)

    def _forward_unstored(self, uri: str) -> None:
        self.not_remembered.emit(uri)

    # -- any thread ----------------------------------------------------------------------

    @property
    def directory(self) -> Path:
        """The private directory (socket, wrappers, control sockets); made on first use."""
        self._start()
        assert self._dir is not None
        return self._dir

    def dial_uri(self, uri: str) -> str:
        """``uri`` as libvirt should open it: for OpenSSH URIs, ``command=`` this
        connection's wrapper (which runs the command the URI named, if any), and no
        password."""
        if not is_openssh_uri(uri):
            return uri
        with self._lock:
            dialed = self._dialed.get(uri)
        if dialed is not None:
            return dialed
        # Read as split_uri reads it (urlsplit raised on a host libvirt dials, [127.0.0.1],
        # and took a '?' in a password given with -c for the query's start).
        parts = split_uri(uri)
        if parts is None:
            return uri
        # The user's items as written, each with its own separator: libvirt cuts at '&'
        # while one remains, then at ';' (query_items), and so reads them here as there.
        kept, target = "", self._ssh
        for item, separator in query_items(parts.query):
            name, _eq, value = item.partition("=")
            if unquote(name).lower() == "command":  # as libvirt reads it: any case
                target = unquote(value) or self._ssh
            else:
                kept += item + separator
        wrapper = self._wrapper(uri, target)
        # Where ';' separates the items after the last '&', ours follows a ';': an '&'
        # after them would make libvirt read them as one value (keyfile "/k;no_verify=1").
        if kept and not kept.endswith(("&", ";")):
            kept += ";" if ";" in kept.rpartition("&")[2] else "&"
        kept += "command=" + quote(str(wrapper), safe="/")
        # Without a password given in the URI: libvirt would run ssh -l user:password (in
        # the process list, and no host's user name); ssh asks for it here instead.
        dialed = parts.without_password().with_query(kept).text()
        with self._lock:
            self._dialed[uri] = dialed
        return dialed

    def ssh_options(self) -> list[str]:
        """The ``-o`` options every ssh of kvmgui's gets (connection sharing)."""
        # ssh expands %-tokens in ControlPath and splits its options at white space.
        control = str(self.directory).replace("%", "%%") + "/cm-%C"
        if any(ch.isspace() for ch in control):
            control = f'"{control}"'
        opts = ["ControlMaster=auto", f"ControlPath={control}",
                f"ControlPersist={CONTROL_PERSIST_S}", *SERVER_ALIVE]
        return [arg for opt in opts for arg in ("-o", opt)]

    def _start(self) -> None:
        with self._lock:
            if self._dir is not None:
                return
            self._dir = _private_dir()
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            listener.bind(str(self._dir / "askpass.sock"))
            listener.listen(16)
            self._listener = listener
            program = self._dir / "askpass"
            program.write_text(
                "#!/bin/sh\n"
                f"exec {shlex.quote(sys.executable)} -I -S "
                f"{shlex.quote(askpass_client.__file__)} \"$@\"\n")
            program.chmod(0o700)
            threading.Thread(target=self._accept_loop, args=(listener,),
                             name="kvmgui-askpass", daemon=True).start()

    def _wrapper(self, uri: str, target: str) -> Path:
        self._start()
        assert self._dir is not None
        with self._lock:
            key = self._by_uri.get(uri)
            if key is None:
                key = self._by_uri[uri] = f"c{next(self._numbers)}"
                self._keys[key] = uri
        path = self._dir / f"{key}-ssh"
        env = {"SSH_ASKPASS": str(self._dir / "askpass"), "SSH_ASKPASS_REQUIRE": "force",
               "KVMGUI_ASKPASS_SOCKET": str(self._dir / "askpass.sock"),
               "KVMGUI_ASKPASS_KEY": key}
        lines = ["#!/bin/sh", "# kvmgui: ssh with kvmgui's askpass and a shared connection"]
        lines += [f"{name}={shlex.quote(value)}; export {name}" for name, value in env.items()]
        lines.append(shlex.join(["exec", target, *self.ssh_options()]) + ' "$@"')
        tmp = path.with_suffix(".new")
        tmp.write_text("\n".join(lines) + "\n")
        tmp.chmod(0o700)
        tmp.replace(path)  # a running open may be reading the old one
        return path

    # -- the server's threads ----------------------------------------------------------

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                sock, _addr = listener.accept()
            except OSError:
                return  # closed by shutdown
            threading.Thread(target=self._serve, args=(sock,), name="kvmgui-askpass-q",
                             daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        with sock:
            try:
                reply = self._answer(sock)
            except (OSError, ValueError) as exc:
                log.warning("askpass: bad question: %s", type(exc).__name__)
                reply = None
            body = {"answer": reply} if reply is not None else {"cancel": True}
            with contextlib.suppress(OSError):
                sock.sendall(json.dumps(body).encode() + b"\n")

    def _answer(self, sock: socket.socket) -> str | None:
        """The answer to the question on ``sock`` (None: cancel)."""
        uid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                  struct.calcsize("3i")))[1]
        if uid != os.getuid():
            log.warning("askpass: refused a question from uid %d", uid)
            return None
        sock.settimeout(READ_TIMEOUT_S)
        message = json.loads(askpass_client.read_line(sock) or b"null")
        if not isinstance(message, dict) or message.get("v") != askpass_client.PROTOCOL:
            raise ValueError("not a kvmgui askpass question")
        key, text = str(message.get("key", "")), str(message.get("prompt", ""))
        ssh_pid = message.get("ssh_pid")
        # A pid is what every record is pruned by (os.kill): anything else is refused.
        if type(ssh_pid) is not int or not 0 < ssh_pid < 2**31:
            raise ValueError("not an ssh pid")
        with self._lock:
            uri = self._keys.get(key)
        if uri is None or self._closing:
            return None
        # ssh names the user:password libvirt gave it as the user (a password given with -c)
        prompt = parse_prompt(hide_password(text, uri))
        log.debug("askpass: %s asks %s", uri, prompt.kind.value)  # never the answer
        account = secret_account(prompt, uri)
        with self._lock:
            self._forget_ended()
            self._starts.setdefault(ssh_pid, _started(ssh_pid))
            question = (key, ssh_pid, prompt.kind, account)
            if question in self._declined:
                return None  # the user cancelled it; ssh asks again after an empty answer
            seen = self._seen.get(question, 0)
            self._seen[question] = seen + 1
            if seen:
                self._unsaved.pop((key, ssh_pid, account), None)  # refused: not remembered
        remembered, stored_refused, stored_kept = (
            self._remembered(key, ssh_pid, account, retry=seen > 0)
            if account else (None, False, False))
        if remembered is not None:
            return remembered
        request = SshRequest(uri, prompt, retry=seen > 0, stored_refused=stored_refused,
                             stored_kept=stored_kept,
                             store=self.store.state() if account else StoreState.UNKNOWN)
        answer = self._ask(key, request)
        if answer is None:
            with self._lock:
                self._declined.add(question)
        if answer is not None and request.remember and account:
            with self._lock:  # ssh gets it now; the store waits for the login to work
                self._unsaved[(key, ssh_pid, account)] = answer
        return answer

    def _forget_ended(self) -> None:
        """Drop what ssh processes that have ended asked (with the lock held): each open
        runs a new ssh, and a long session would keep every one's."""
        pids = {s[1] for s in self._seen} | {s[1] for s in self._declined} \
            | {s[1] for s in self._from_store} | set(self._starts)
        # Ended, or its number now another process's: that one has asked nothing yet.
        starts = {pid: _started(pid) for pid in pids}
        ended = {pid for pid, t in starts.items() if t is None or t != self._starts.get(pid)}
        if ended:
            self._starts = {p: t for p, t in self._starts.items() if p not in ended}
            self._seen = {s: n for s, n in self._seen.items() if s[1] not in ended}
            self._declined = {s for s in self._declined if s[1] not in ended}
            self._from_store = {s for s in self._from_store if s[1] not in ended}
            self._unsaved = {s: a for s, a in self._unsaved.items() if s[1] not in ended}

    def _remembered(self, key: str, ssh_pid: int, account: str, *,
                    retry: bool) -> tuple[str | None, bool, bool]:
        """The stored answer for a first question; after a refused stored answer, forget
        it. Second: whether the refused answer was the stored one; third: whether the
        store failed to forget it."""
        if retry:
            if (key, ssh_pid, account) in self._from_store:
                self._from_store.discard((key, ssh_pid, account))
                forgotten = self.store.delete(account)  # refused: the user types it again
                return None, True, not forgotten
            return None, False, False
        stored = self.store.get(account)
        if stored is not None:
            self._from_store.add((key, ssh_pid, account))
        return stored, False, False

    def _ask(self, key: str, request: SshRequest) -> str | None:
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.requested)):
            return None  # nobody to ask (a headless use): ssh fails as with BatchMode
        with self._lock:
            # Checked again with the lock ``cancel`` takes: reading the store may have
            # waited (a keyring's unlock prompt), and a close meanwhile found nothing.
            if self._closing or key not in self._keys:
                return None
            self._pending.add(request)
            self._pending_by[request] = key
        try:
            self._asked.emit(request)
            if not request.wait(self.TIMEOUT):
                request.finish(None)
                self._gone.emit(request)
            return request.answer
        finally:
            with self._lock:
                self._pending.discard(request)
                self._pending_by.pop(request, None)

    def logged_in(self, uri: str, dialed: str) -> None:
        """The open of ``uri`` through ``dialed`` (its ``dial_uri``) worked: ssh took its
        answers, so those the user asked to remember are stored now, on a thread of their
        own (the store may wait on D-Bus). Called from the open's worker."""
        with self._lock:
            key = self._by_uri.get(uri)
            if key is None or self._dialed.get(uri) != dialed:
                return  # closed meanwhile: what its ssh was told went with it
            self._forget_ended()  # an earlier ssh that gave up: its last answer was wrong
            found = {s[2]: a for s, a in self._unsaved.items() if s[0] == key}
            self._unsaved = {s: a for s, a in self._unsaved.items() if s[0] != key}
            if not found:
                return
            saver = threading.Thread(target=self._save, args=(uri, found),
                                     name="kvmgui-askpass-save", daemon=True)
            self._saving = [*filter(threading.Thread.is_alive, self._saving), saver]
        saver.start()

    def _save(self, uri: str, answers: dict[str, str]) -> None:
        stored = [self.store.set(account, answer) for account, answer in answers.items()]
        if not all(stored):  # the user ticked "Remember": told, not only the log
            self._unstored.emit(uri)

    # -- GUI thread --------------------------------------------------------------------

    def cancel(self, uri: str) -> None:
        """Answer "cancel" to every open question of ``uri``'s connection (it was closed)."""
        with self._lock:
            key = self._by_uri.pop(uri, None)
            if key is None:
                return
            # ssh takes "cancel" as an empty answer and asks on (next key, password), and
            # an ssh still connecting asks later: every ssh started with this key gets no
            # dialog any more. The next open gets a new key (and wrapper).
            del self._keys[key]
            self._dialed.pop(uri, None)
            requests = [r for r, k in self._pending_by.items() if k == key]
            self._seen = {s: n for s, n in self._seen.items() if s[0] != key}
            self._declined = {s for s in self._declined if s[0] != key}
            self._from_store = {s for s in self._from_store if s[0] != key}
            self._unsaved = {s: a for s, a in self._unsaved.items() if s[0] != key}
            directory = self._dir
        if directory is not None:  # on a thread: this is the GUI thread, which waits on no disk
            remover = threading.Thread(target=_remove, args=(directory / f"{key}-ssh",),
                                       name="kvmgui-askpass-rm", daemon=True)
            with self._lock:
                self._saving = [*filter(threading.Thread.is_alive, self._saving), remover]
            remover.start()
        for request in requests:
            request.finish(None)
            self.withdrawn.emit(request)

    def shutdown(self) -> None:
        """Cancel every question, stop listening, end the shared ssh masters and remove
        the directory (on a thread: ``ssh -O exit`` may take a moment)."""
        if self._closing:
            return
        self._closing = True
        with self._lock:
            requests, listener, directory = list(self._pending), self._listener, self._dir
            self._listener = None
        for request in requests:
            request.finish(None)
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        if directory is not None:
            self._cleaner = threading.Thread(target=_end_masters, args=(directory, self._ssh),
                                             name="kvmgui-askpass-end")
            self._cleaner.start()

    def wait_closed(self, timeout: float) -> bool:
        """For tests: until shutdown's cleanup, the stores ``logged_in`` began and the
        wrapper removals ``cancel`` began finished."""
        with self._lock:
            threads = [*self._saving, *filter(None, [getattr(self, "_cleaner", None)])]
        for thread in threads:
            thread.join(timeout)
        return not any(thread.is_alive() for thread in threads)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # gone already (shutdown removed the directory)
        path.unlink()


def _started(pid: int) -> int | None:
    """When the process ``pid`` (the user's own) started, in clock ticks since boot, or
    None if it does not run; 0 where /proc cannot tell (running is all that is known)."""
    try:
        os.kill(pid, 0)
    except OSError:  # gone, or the number is now another user's process
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rpartition(")")[2].split()[19])  # field 22: starttime
    except (OSError, ValueError, IndexError):
        return 0


def _private_dir() -> Path:
    """A new directory only this user may enter, in XDG_RUNTIME_DIR (memory) if it is
    usable and short enough for socket paths, else in the temporary directory."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = runtime if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK) else None
    path = Path(tempfile.mkdtemp(prefix="kvmgui-ssh-", dir=base))  # mode 0700
    # ssh binds ControlPath + "." + 16 characters first; %C is 40 hex digits.
    if len(str(path / "cm-")) + 40 + 17 > _SOCKET_PATH_MAX and base is not None:
        path.rmdir()
        path = Path(tempfile.mkdtemp(prefix="kvmgui-ssh-"))
    return path


def _end_masters(directory: Path, ssh: str) -> None:
    for control in directory.glob("cm-*"):
        if control.is_socket():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run([ssh, "-o", f"ControlPath={control}", "-O", "exit", "kvmgui"],
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=5,
                               check=False)
    shutil.rmtree(directory, ignore_errors=True)
