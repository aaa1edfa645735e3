"""kvmgui's askpass: the real askpass program, run as ssh runs it, asking the server.

ssh itself is not needed here: the program is started with the environment a
connection's wrapper gives it (tests/integration/test_ssh_login.py goes through ssh).
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import stat
import subprocess
import tempfile
import threading
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import libvirt
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kvmgui.libvirt.askpass import AskpassServer, SshRequest, secret_account
from kvmgui.libvirt.secretstore import StoreState
from kvmgui.libvirt.sshprompts import PromptKind, parse_prompt

URI = "qemu+ssh://root@198.18.0.2/system"
PASSWORD = "root@198.18.0.2's password: "
HOST_KEY = ("The authenticity of host '198.18.0.2 (198.18.0.2)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:Yk1W3fGkq0m+u1yJrJ1n2v0zkS9Jb8pQ3o2mK7dQ0xE.\n"
            "Are you sure you want to continue connecting (yes/no/[fingerprint])? ")


class DictStore:
    """A secret store in memory, recording what was asked of it."""

    def __init__(self, state=StoreState.AVAILABLE):
        self.secrets: dict[str, str] = {}
        self._state = state
        self.calls: list[tuple[str, str]] = []

    def state(self):
        return self._state

    def get(self, account):
        self.calls.append(("get", account))
        return self.secrets.get(account)

    def set(self, account, secret):
        self.calls.append(("set", account))
        self.secrets[account] = secret
        return True

    def delete(self, account):
        self.calls.append(("delete", account))
        self.secrets.pop(account, None)
        return True


@pytest.fixture
def server(qtbot):
    srv = AskpassServer(store=DictStore())
    yield srv
    srv.shutdown()
    assert srv.wait_closed(10)
    srv.deleteLater()


def wrapper_env(server, uri):
    """The environment a connection's wrapper gives ssh (read from the wrapper itself)."""
    wrapper = urlsplit(server.dial_uri(uri)).query.split("command=")[1]
    env = {}
    for line in open(wrapper).read().splitlines():  # noqa: SIM115 - a short script
        if "; export " in line:
            name, _eq, value = line.split("; export ")[0].partition("=")
            env[name] = shlex.split(value)[0]
    return env


class Client:
    """The askpass program, run on a thread as ssh would run it."""

    def __init__(self, server, uri, prompt, env=None):
        env = env or dict(os.environ) | wrapper_env(server, uri)
        self.result: subprocess.CompletedProcess | None = None
        argv = [env["SSH_ASKPASS"], prompt]
        self.thread = threading.Thread(
            target=lambda: setattr(self, "result", subprocess.run(
                argv, env=env, capture_output=True, text=True, timeout=30, check=False)))
        self.thread.start()

    def finished(self, qtbot):
        qtbot.waitUntil(lambda: self.result is not None, timeout=10000)
        return self.result


def ask(qtbot, server, prompt, uri=URI) -> tuple[SshRequest, Client]:
    with qtbot.waitSignal(server.requested, timeout=10000) as blocker:
        client = Client(server, uri, prompt)
    return blocker.args[0], client


def test_a_password_goes_from_the_dialog_to_ssh_and_nowhere_else(server, qtbot, caplog):
    caplog.set_level(logging.DEBUG)
    request, client = ask(qtbot, server, PASSWORD)
    assert request.uri == URI and not request.retry
    assert request.prompt.kind is PromptKind.PASSWORD and request.prompt.user == "root"
    assert request.store is StoreState.AVAILABLE
    request.finish("s3cret p@ss")
    done = client.finished(qtbot)
    assert (done.returncode, done.stdout) == (0, "s3cret p@ss\n")
    assert "s3cret" not in caplog.text
    assert server.store.secrets == {}  # not remembered unless asked
    for path in server.directory.iterdir():  # the wrappers, the program, the socket
        assert path.is_socket() or "s3cret" not in path.read_text()


def test_a_question_shows_no_password_given_in_the_uri(server, qtbot):
    """libvirt hands ssh the URI's user:password (given with -c) as its user name, and
    ssh asks "root:hunter2@host's password:": the dialog said 'Password for root:hunter2',
    and a remembered answer's account, which the Secret Service does not encrypt, held it."""
    uri = "qemu+ssh://root:hunter2@198.18.0.2/system"
    request, client = ask(qtbot, server, "root:hunter2@198.18.0.2's password: ", uri)
    assert (request.prompt.kind, request.prompt.user) == (PromptKind.PASSWORD, "root:***")
    assert "hunter2" not in request.prompt.text
    request.finish("typed", remember=True)
    assert client.finished(qtbot).stdout == "typed\n"
    server.logged_in(uri, server.dial_uri(uri))
    qtbot.waitUntil(lambda: server.store.secrets == {"password:root:***@198.18.0.2": "typed"},
                    timeout=5000)


def test_an_ssh_uri_is_dialled_without_its_password(server, qtbot):
    """-c qemu+ssh://root:hunter2@host: libvirt runs ssh -l root:hunter2, a password in
    the process list for any user to read, and a user name no host has, so the login
    could never work. ssh gets root, and asks for the password in kvmgui's dialog."""
    uri = "qemu+ssh://root:hunter2@198.18.0.2/system?keyfile=/k"
    dialed = server.dial_uri(uri)
    assert urlsplit(dialed).netloc == "root@198.18.0.2" and "hunter2" not in dialed
    assert parse_qs(urlsplit(dialed).query)["keyfile"] == ["/k"]
    request, client = ask(qtbot, server, PASSWORD, uri)
    assert request.uri == uri  # the connection as given
    request.finish(None)
    client.finished(qtbot)


def test_cancel_makes_askpass_fail(server, qtbot):
    request, client = ask(qtbot, server, PASSWORD)
    request.finish(None)
    done = client.finished(qtbot)
    assert (done.returncode, done.stdout) == (1, "")


@pytest.mark.parametrize("trusted, said", [(True, "yes\n"), (False, "no\n")])
def test_a_host_key_is_answered_yes_or_no(server, qtbot, trusted, said):
    request, client = ask(qtbot, server, HOST_KEY)
    assert request.prompt.kind is PromptKind.HOST_KEY
    assert request.prompt.fingerprint.startswith("SHA256:Yk1W")
    request.answer_yes_no(trusted)
    assert client.finished(qtbot).stdout == said


def test_closing_the_connection_withdraws_its_question(server, qtbot):
    request, client = ask(qtbot, server, PASSWORD)
    with qtbot.waitSignal(server.withdrawn, timeout=5000) as blocker:
        server.cancel(URI)
    assert blocker.args == [request] and request.finished
    assert client.finished(qtbot).returncode == 1


def test_after_cancel_ssh_does_not_ask_the_same_again(server, qtbot):
    """ssh takes Cancel as an empty password and asks again: that is no refused answer
    to show as 'That was not accepted', and the user said no. Another question (a key's
    passphrase) is still asked."""
    request, client = ask(qtbot, server, PASSWORD)
    request.finish(None)
    assert client.finished(qtbot).returncode == 1
    asked: list[SshRequest] = []
    server.requested.connect(asked.append)
    assert Client(server, URI, PASSWORD).finished(qtbot).returncode == 1
    assert asked == []
    request, client = ask(qtbot, server, "Enter passphrase for key '/k': ")
    assert not request.retry
    request.finish("pass")
    assert client.finished(qtbot).stdout == "pass\n"


def test_the_ssh_of_a_closed_connection_asks_nothing_more(server, qtbot):
    """ssh takes a cancelled answer as an empty one and asks on (the next key, the
    password three times): after the connection was closed, no dialog opens for it."""
    env = dict(os.environ) | wrapper_env(server, URI)  # the ssh of this connection
    with qtbot.waitSignal(server.requested, timeout=10000):
        client = Client(server, URI, "Enter passphrase for key '/k': ", env)
    server.cancel(URI)
    assert client.finished(qtbot).returncode == 1
    server.requested.connect(lambda r: pytest.fail(f"asked the user: {r.prompt.kind}"))
    assert Client(server, URI, PASSWORD, env).finished(qtbot).returncode == 1


def test_a_question_withdrawn_on_its_way_to_the_gui_opens_no_dialog(server, qtbot):
    """Closing the connection after ssh asked but before the GUI thread got the question:
    no dialog for an answer nobody waits for (its withdrawal came before it)."""
    on_its_way = threading.Event()
    server._asked.connect(lambda _r: on_its_way.set(), Qt.ConnectionType.DirectConnection)
    shown = []
    server.requested.connect(shown.append)
    client = Client(server, URI, PASSWORD)
    assert on_its_way.wait(10)  # queued to this thread, not delivered yet
    server.cancel(URI)
    assert client.finished(qtbot).returncode == 1  # delivers the queued question
    QCoreApplication.sendPostedEvents()  # the question, had it not been withdrawn
    assert shown == []


def test_without_a_listener_questions_are_refused(qtbot):
    srv = AskpassServer(store=DictStore())
    try:
        client = Client(srv, URI, PASSWORD)  # nobody connected to ``requested``
        assert client.finished(qtbot).returncode == 1
    finally:
        srv.shutdown()
        srv.wait_closed(10)


def test_a_question_for_an_unknown_connection_is_refused(server, qtbot):
    env = dict(os.environ) | wrapper_env(server, URI) | {"KVMGUI_ASKPASS_KEY": "c999"}
    server.requested.connect(lambda r: pytest.fail("asked the user"))
    done = subprocess.run([env["SSH_ASKPASS"], PASSWORD], env=env, capture_output=True,
                          timeout=30, check=False)
    assert done.returncode == 1


def test_remembered_only_when_asked_and_forgotten_when_refused(server, qtbot):
    store = server.store
    request, client = ask(qtbot, server, PASSWORD)
    request.finish("first", remember=True)
    client.finished(qtbot)
    server.logged_in(URI, server.dial_uri(URI))
    qtbot.waitUntil(lambda: store.secrets == {"password:root@198.18.0.2": "first"}, timeout=5000)

    # The next ssh (another pid) gets it from the store without a dialog...
    server._seen.clear()  # (this test's "ssh" is always the same process)
    server._from_store.clear()
    server.requested.connect(lambda r: None)
    done = Client(server, URI, PASSWORD).finished(qtbot)
    assert done.stdout == "first\n"
    # ...and when that ssh asks again, the stored one was refused: forgotten, user asked.
    request, client = ask(qtbot, server, PASSWORD)
    assert request.retry
    assert store.secrets == {}
    request.finish("second")
    assert client.finished(qtbot).stdout == "second\n"
    assert store.secrets == {}


def test_a_remembered_answer_that_ssh_refuses_is_never_stored(server, qtbot):
    """A wrong password typed with 'remember' ticked: ssh asks again, so it is not kept
    (else the next login would try it first and greet the user with 'not accepted'),
    nor written to the store before that (a locked keyring would ask to unlock for it)."""
    store = server.store
    request, client = ask(qtbot, server, PASSWORD)
    request.finish("wrong", remember=True)
    client.finished(qtbot)
    request, client = ask(qtbot, server, PASSWORD)
    assert request.retry
    request.finish("right")
    assert client.finished(qtbot).stdout == "right\n"
    server.logged_in(URI, server.dial_uri(URI))
    assert server.wait_closed(10)  # (what logged_in stores, it stores on a thread)
    assert store.secrets == {}
    assert [call for call, _account in store.calls] == ["get"]


def test_the_request_says_why_nothing_can_be_remembered(qtbot):
    srv = AskpassServer(store=DictStore(StoreState.NO_SERVICE))
    try:
        request, client = ask(qtbot, srv, "Enter passphrase for key '/k': ")
        assert request.store is StoreState.NO_SERVICE
        request.finish("x", remember=True)
        assert client.finished(qtbot).stdout == "x\n"
    finally:
        srv.shutdown()
        srv.wait_closed(10)


def test_accounts():
    assert secret_account(parse_prompt(PASSWORD)) == "password:root@198.18.0.2"
    assert secret_account(parse_prompt("Enter passphrase for key '/k': ")) == "passphrase:/k"
    assert secret_account(parse_prompt(HOST_KEY)) == ""
    assert secret_account(parse_prompt("Verification code: ")) == ""


# -- the URI and the wrapper ----------------------------------------------------------------


def test_only_openssh_uris_get_the_wrapper(server):
    for uri in ("qemu:///system", "qemu+tcp://h/system", "qemu+libssh://h/system?known_hosts=/k",
                "test:///default"):
        assert server.dial_uri(uri) == uri


def test_the_wrapper_keeps_the_uri_and_runs_its_command(server, tmp_path):
    uri = ("qemu+ssh://root@h:2222/system?keyfile=/a%20b/key&command=" + str(tmp_path / "myssh")
           + "&no_verify=0")
    dialed = server.dial_uri(uri)
    parts = urlsplit(dialed)
    assert dialed.startswith("qemu+ssh://root@h:2222/system?keyfile=/a%20b/key&no_verify=0&")
    query = parse_qs(parts.query)
    assert query["keyfile"] == ["/a b/key"]
    wrapper = query["command"][0]
    assert os.path.dirname(wrapper) == str(server.directory)
    assert server.dial_uri(uri) == dialed  # one wrapper per connection
    assert stat.S_IMODE(server.directory.stat().st_mode) == 0o700

    # Run it: the URI's command gets the sharing options, then libvirt's arguments.
    log = tmp_path / "ran"
    fake = tmp_path / "myssh"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {log}\n'
                    f'echo "$SSH_ASKPASS_REQUIRE $SSH_ASKPASS" >> {log}\n')
    fake.chmod(0o700)
    subprocess.run([wrapper, "-p", "2222", "-T", "--", "h", "sh -c x"], check=True, timeout=30)
    ran = log.read_text().splitlines()
    assert ran[-1] == f"force {server.directory / 'askpass'}"
    args = ran[:-1]
    assert args[-5:] == ["-p", "2222", "-T", "--", "h", "sh -c x"][-5:]
    options = [args[i + 1] for i, a in enumerate(args) if a == "-o"]
    assert "ControlMaster=auto" in options
    assert f"ControlPath={server.directory}/cm-%C" in options
    assert any(o.startswith("ControlPersist=") for o in options)


def test_shutdown_removes_the_directory(qtbot):
    srv = AskpassServer(store=DictStore())
    srv.dial_uri(URI)
    directory = srv.directory
    assert (directory / "askpass.sock").is_socket()
    srv.shutdown()
    assert srv.wait_closed(10)
    assert not directory.exists()


def test_ssh_reads_the_options_as_meant_even_in_an_odd_directory(qtbot, tmp_path, monkeypatch):
    """The real ssh, asked for its effective config (-G, no connection): control options
    as given, also when the runtime directory holds a space and a '%'."""
    runtime = Path(tempfile.mkdtemp(prefix="kv run 100%"))  # short: socket paths are
    request_cleanup = lambda: shutil.rmtree(runtime, ignore_errors=True)  # noqa: E731
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    srv = AskpassServer(store=DictStore())
    try:
        wrapper = urlsplit(srv.dial_uri(URI)).query.split("command=")[1]
        assert str(srv.directory).startswith(str(runtime))
        config = subprocess.run([unquote(wrapper), "-F", "/dev/null", "-G", "h.example"],
                                capture_output=True, text=True, check=True, timeout=30).stdout
        effective = dict(line.split(" ", 1) for line in config.splitlines() if " " in line)
        assert effective["controlmaster"] == "auto"
        assert effective["controlpath"].startswith(f"{srv.directory}/cm-")
        assert len(effective["controlpath"].rsplit("cm-", 1)[1]) == 40  # %C: a hash
        assert effective["controlpersist"] == "60"
        assert effective["serveraliveinterval"] == "3"
        assert effective["serveralivecountmax"] == "3"
    finally:
        srv.shutdown()
        srv.wait_closed(10)
        request_cleanup()


def test_the_wrapper_runs_the_command_libvirt_would_have_run(server, tmp_path):
    """libvirt reads parameter names in any case: ``Command=`` names the ssh to run."""
    dialed = server.dial_uri(f"qemu+ssh://h/system?Command={tmp_path}/myssh")
    assert "Command=" not in dialed  # else libvirt would see two commands
    wrapper = urlsplit(dialed).query.split("command=")[1]
    exec_line = open(unquote(wrapper)).read().splitlines()[-1]  # noqa: SIM115 - a short script
    assert shlex.split(exec_line)[1] == f"{tmp_path}/myssh"


def test_a_connection_closed_before_its_ssh_asked_gets_no_dialog(server, qtbot):
    """Closed while ssh still connects: its first question (the password) opens no
    dialog for a connection nobody waits for; the next open asks as usual."""
    env = dict(os.environ) | wrapper_env(server, URI)  # the ssh this open started
    server.cancel(URI)
    asked: list[SshRequest] = []
    server.requested.connect(lambda r: (asked.append(r), r.finish(None)))
    assert Client(server, URI, PASSWORD, env).finished(qtbot).returncode == 1
    QCoreApplication.sendPostedEvents()  # the question, had it been let through
    assert asked == []
    request, client = ask(qtbot, server, PASSWORD)  # a new open of the same URI
    assert request.uri == URI and not request.retry
    assert client.finished(qtbot).returncode == 1


def test_what_an_ended_ssh_was_asked_is_forgotten(server, qtbot):
    """Each open runs a new ssh: what one asked (how often, what the user cancelled) is
    dropped once it has ended, not kept for every attempt of a long session."""
    env = dict(os.environ) | wrapper_env(server, URI)
    done: list[subprocess.CompletedProcess] = []
    shell = '"$SSH_ASKPASS" "$1"; status=$?; exit $status'  # the shell stays its parent
    with qtbot.waitSignal(server.requested, timeout=10000) as blocker:
        threading.Thread(target=lambda: done.append(subprocess.run(
            ["sh", "-c", shell, "ssh", PASSWORD], env=env, timeout=30, check=False))).start()
    blocker.args[0].finish(None)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    ended = {record[1] for record in server._declined} - {os.getpid()}
    assert len(ended) == 1
    request, client = ask(qtbot, server, PASSWORD)  # the next ssh asks
    request.finish(None)
    client.finished(qtbot)
    for records in (server._seen, server._declined, server._from_store):
        assert not ended & {record[1] for record in records}


def raw_question(server, ssh_pid):
    """A question sent straight to the socket, as a broken or foreign program might."""
    import json
    import socket

    from kvmgui.libvirt import askpass_client

    env = wrapper_env(server, URI)
    message = {"v": askpass_client.PROTOCOL, "key": env["KVMGUI_ASKPASS_KEY"],
               "ssh_pid": ssh_pid, "prompt": PASSWORD}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(env["KVMGUI_ASKPASS_SOCKET"])
        sock.sendall(json.dumps(message).encode() + b"\n")
        return askpass_client.read_line(sock)


@pytest.mark.parametrize("ssh_pid", [[1], "x", None, 0, -1, 2**80])
def test_a_question_with_a_bad_pid_is_refused_and_later_ones_are_asked(server, qtbot, ssh_pid):
    """Not a pid: refused with a reply (not a thread dying without one, which the app
    reports as a crash), and nothing of it is kept to break the next question."""
    server.requested.connect(lambda r: pytest.fail("asked the user"))
    assert raw_question(server, ssh_pid) == b'{"cancel": true}\n'
    server.requested.disconnect()
    request, client = ask(qtbot, server, PASSWORD)
    request.finish("pass")
    assert client.finished(qtbot).stdout == "pass\n"


def test_a_new_ssh_with_an_ended_ones_pid_starts_afresh(server, qtbot, monkeypatch):
    """pids are reused (pid_max is often 32768): a new ssh that got the number of one
    whose password question the user cancelled is asked as a first question, not
    refused unasked nor told 'That was not accepted'."""
    from kvmgui.libvirt import askpass

    started = [1]  # the start time of the process that has the test's pid
    monkeypatch.setattr(askpass, "_started", lambda _pid: started[0], raising=False)
    request, client = ask(qtbot, server, PASSWORD)
    request.finish(None)
    assert client.finished(qtbot).returncode == 1
    started[0] = 2  # that ssh ended; a new one has its pid
    request, client = ask(qtbot, server, PASSWORD)
    assert not request.retry
    request.finish("pass")
    assert client.finished(qtbot).stdout == "pass\n"


def test_a_connection_closed_while_the_store_is_read_gets_no_dialog(server, qtbot):
    """Reading the secret store may wait (an unlock prompt of the keyring's): a close
    meanwhile leaves nobody waiting for the question, so no dialog opens after it."""
    reading, gate = threading.Event(), threading.Event()
    plain_get = server.store.get

    def slow_get(account):
        reading.set()
        gate.wait(10)
        return plain_get(account)

    server.store.get = slow_get
    asked: list[SshRequest] = []
    server.requested.connect(lambda r: (asked.append(r), r.finish(None)))
    client = Client(server, URI, PASSWORD)
    assert reading.wait(10)
    server.cancel(URI)
    gate.set()
    assert client.finished(qtbot).returncode == 1
    QCoreApplication.sendPostedEvents()  # the question, had it been let through
    assert asked == []


def test_a_stored_passphrase_does_not_make_a_typed_password_a_refused_stored_one(server, qtbot):
    """The key's passphrase came from the store, the server refused the key, and the
    password typed after it was wrong: the password kept in the store (not read this
    time: the keyring was locked) was never tried, so it stays."""
    store = server.store
    store.secrets = {"passphrase:/k": "pp", "password:root@198.18.0.2": "kept"}
    store.get = lambda account: None if account.startswith("password:") \
        else store.secrets.get(account)  # the password's read failed (locked)
    assert Client(server, URI, "Enter passphrase for key '/k': ").finished(qtbot).stdout == "pp\n"
    request, client = ask(qtbot, server, PASSWORD)
    assert not request.retry
    request.finish("typo")
    client.finished(qtbot)
    request, client = ask(qtbot, server, PASSWORD)
    assert request.retry
    request.finish(None)
    client.finished(qtbot)
    assert store.secrets["password:root@198.18.0.2"] == "kept"


def test_a_remembered_answer_is_stored_once_the_login_worked_and_not_before(server, qtbot):
    """ssh gets its answer at once, also while the store would wait (a locked keyring's
    unlock prompt); the answer is stored only once the open through it worked, on a
    thread of its own (not the open's)."""
    store, saving, gate = server.store, threading.Event(), threading.Event()
    plain_set = store.set

    def slow_set(account, secret):
        saving.set()
        gate.wait(10)
        return plain_set(account, secret)

    store.set = slow_set
    try:
        request, client = ask(qtbot, server, PASSWORD)
        request.finish("right", remember=True)
        assert client.finished(qtbot).stdout == "right\n"
        assert not saving.is_set()  # not known to be right yet
        server.logged_in(URI, server.dial_uri(URI))  # returns while the store waits
        assert saving.wait(10)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: store.secrets == {"password:root@198.18.0.2": "right"}, timeout=5000)


def test_a_remembered_answer_of_an_ssh_that_ended_is_not_stored_by_a_later_login(
        server, qtbot, monkeypatch):
    """ssh gave up after a third wrong password (no question followed it); the next open
    logs in otherwise (a typed password without 'remember'): the wrong one is not kept."""
    from kvmgui.libvirt import askpass

    started = [1]  # the start time of the process that has the test's pid
    monkeypatch.setattr(askpass, "_started", lambda _pid: started[0], raising=False)
    request, client = ask(qtbot, server, PASSWORD)
    request.finish("wrong", remember=True)
    client.finished(qtbot)
    started[0] = 2  # that ssh ended; the next open's ssh logs in
    server.logged_in(URI, server.dial_uri(URI))
    assert server.wait_closed(10)
    assert server.store.secrets == {}


def test_a_remembered_answer_of_a_closed_connection_is_not_stored(server, qtbot):
    dialed = server.dial_uri(URI)
    request, client = ask(qtbot, server, PASSWORD)
    request.finish("right", remember=True)
    client.finished(qtbot)
    server.cancel(URI)  # closed before its open returned
    server.logged_in(URI, dialed)
    server.logged_in(URI, server.dial_uri(URI))  # the next open's, which asked nothing
    assert server.wait_closed(10)
    assert server.store.secrets == {}


def test_an_open_that_worked_stores_what_its_ssh_was_told_to_remember(server, qtbot,
                                                                     monkeypatch):
    """The connection tells the server once libvirt's open through ssh returned."""
    import libvirt

    from kvmgui.libvirt.connection import Connection, ConnState
    from tests.unit.libvirt.fakes import FakeConnect

    class SshConnect(FakeConnect):
        def setKeepAlive(self, interval, count):
            return -1  # not supported: no link watch

    def open_auth(uri, auth, flags):  # what libvirt's ssh does: asks, then it is in
        env = dict(os.environ) | wrapper_env(server, URI)
        assert Client(server, URI, PASSWORD, env).finished(qtbot).stdout == "right\n"
        return SshConnect()

    monkeypatch.setattr(libvirt, "openAuth", open_auth)
    server.requested.connect(lambda r: r.finish("right", remember=True))
    conn = Connection(URI, askpass=server)
    try:
        with qtbot.waitSignal(conn.stateChanged, timeout=10000,
                              check_params_cb=lambda s, _r: s == ConnState.CONNECTED):
            conn.open()
        qtbot.waitUntil(lambda: server.store.secrets == {"password:root@198.18.0.2": "right"},
                        timeout=5000)
    finally:
        conn.shutdown()
        conn.deleteLater()


def test_a_second_key_s_passphrase_is_a_first_question(server, qtbot):
    """ssh tries each key in turn: the second key's passphrase question is no retry of
    the first's (not 'That was not accepted', its stored passphrase used and kept),
    and Cancel on one key's passphrase does not refuse the next key's unasked."""
    store = server.store
    store.secrets = {"passphrase:/k2": "pp2"}
    request, client = ask(qtbot, server, "Enter passphrase for key '/k1': ")
    request.finish("pp1")  # right, but the server does not take that key
    client.finished(qtbot)
    asked: list[SshRequest] = []
    server.requested.connect(lambda r: (asked.append(r), r.finish(None)))
    done = Client(server, URI, "Enter passphrase for key '/k2': ").finished(qtbot)
    server.requested.disconnect()
    assert [r.retry for r in asked] == [] and done.stdout == "pp2\n"
    assert store.secrets == {"passphrase:/k2": "pp2"}
    request, client = ask(qtbot, server, "Enter passphrase for key '/k3': ")
    assert not request.retry
    request.finish(None)  # not this key: ssh goes on with the next one
    client.finished(qtbot)
    request, client = ask(qtbot, server, "Enter passphrase for key '/k4': ")
    assert not request.retry
    request.finish("pp4")
    assert client.finished(qtbot).stdout == "pp4\n"


def test_a_keyring_that_fails_to_load_still_lets_ssh_ask(qtbot, monkeypatch):
    """keyring is installed but its import fails otherwise than ImportError (an
    incompatible SecretStorage or cryptography): the password is still asked, with
    'Remember' off and a reason, and ssh gets the answer."""
    import importlib.abc
    import sys

    import keyring.backends

    from kvmgui.libvirt.secretstore import SecretServiceStore

    class Broken(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name == "keyring.backends.SecretService":
                raise AttributeError("module 'secretstorage' has no attribute 'dbus_init'")
            return None

    monkeypatch.delitem(sys.modules, "keyring.backends.SecretService", raising=False)
    monkeypatch.delattr(keyring.backends, "SecretService", raising=False)
    monkeypatch.setattr(sys, "meta_path", [Broken(), *sys.meta_path])
    srv = AskpassServer(store=SecretServiceStore())
    try:
        request, client = ask(qtbot, srv, PASSWORD)
        assert request.store is StoreState.BROKEN
        request.finish("typed", remember=True)
        assert client.finished(qtbot).stdout == "typed\n"
    finally:
        srv.shutdown()
        srv.wait_closed(10)


def test_a_refused_remembered_answer_is_told_apart_from_a_refused_typed_one(server, qtbot):
    """The dialog after a refused stored password must not say the user's answer was
    wrong (the user typed nothing): the request says the remembered one was refused."""
    server.store.secrets = {"password:root@198.18.0.2": "stale"}
    server.requested.connect(lambda r: None)
    assert Client(server, URI, PASSWORD).finished(qtbot).stdout == "stale\n"
    request, client = ask(qtbot, server, PASSWORD)
    assert request.retry and request.stored_refused
    request.finish("typo")
    client.finished(qtbot)
    request, client = ask(qtbot, server, PASSWORD)  # the typed one refused in turn
    assert request.retry and not request.stored_refused
    request.finish(None)
    client.finished(qtbot)
    assert not request.stored_kept


def test_a_refused_remembered_answer_the_store_could_not_forget_is_told(server, qtbot):
    """The stored password was refused and deleting it failed (the keyring locked or
    gone meanwhile): the dialog must not say it is forgotten, it is tried next time."""
    server.store.secrets = {"password:root@198.18.0.2": "stale"}
    server.store.delete = lambda account: False
    server.requested.connect(lambda r: None)
    assert Client(server, URI, PASSWORD).finished(qtbot).stdout == "stale\n"
    request, client = ask(qtbot, server, PASSWORD)
    assert request.stored_refused and request.stored_kept
    request.finish(None)
    client.finished(qtbot)


def test_an_answer_the_store_could_not_keep_is_told(server, qtbot):
    """'Remember' was ticked and the login worked, but the store refused to save it (its
    daemon went away): the user is told, not only the log."""
    server.store.set = lambda account, secret: False
    request, client = ask(qtbot, server, PASSWORD)
    request.finish("right", remember=True)
    client.finished(qtbot)
    with qtbot.waitSignal(server.not_remembered, timeout=5000) as told:
        server.logged_in(URI, server.dial_uri(URI))
    assert told.args == [URI]


@pytest.mark.parametrize(("uri", "kept"), [
    # A password given with -c that holds a '?' or '#': urlsplit took it for the query or
    # the fragment, and the wrapper went into the path (qemu+ssh://alice@h/system&command=…)
    # or was dropped with the password: libvirt ran plain ssh, which could ask nothing.
    ("qemu+ssh://alice:pa?ss@h/system", "qemu+ssh://alice@h/system?"),
    ("qemu+ssh://alice:pa#ss@h/system?keyfile=/k", "qemu+ssh://alice@h/system?keyfile=/k&"),
    # libvirt dials 127.0.0.1; urlsplit raised, and the URI went without the wrapper.
    ("qemu+ssh://root@[127.0.0.1]:2222/system", "qemu+ssh://root@[127.0.0.1]:2222/system?"),
])
def test_the_wrapper_goes_into_the_query_libvirt_reads(server, uri, kept):
    dialed = server.dial_uri(uri)
    assert dialed.startswith(kept), dialed
    command = dialed[len(kept):]
    assert command.startswith("command=") and "&" not in command and "#" not in command
    assert os.path.dirname(unquote(command.removeprefix("command="))) == str(server.directory)


def test_a_remembered_password_is_never_offered_to_the_same_name_on_another_port(server, qtbot):
    """ssh asks 'root@localhost's password: ' for every port: the password remembered for
    the machine forwarded to localhost:2222 was handed, unasked, to the one on :2223."""
    first, second = "qemu+ssh://root@localhost:2222/system", "qemu+ssh://root@localhost:2223/system"
    prompt = "root@localhost's password: "
    request, client = ask(qtbot, server, prompt, first)
    request.finish("first", remember=True)
    client.finished(qtbot)
    server.logged_in(first, server.dial_uri(first))
    qtbot.waitUntil(lambda: list(server.store.secrets.values()) == ["first"], timeout=5000)
    request, client = ask(qtbot, server, prompt, second)  # asked: not answered from the store
    assert not request.retry and not request.stored_refused
    request.finish("second")
    assert client.finished(qtbot).stdout == "second\n"
    assert server.store.secrets == {"password:root@localhost:2222": "first"}
    assert secret_account(parse_prompt(prompt), "qemu+ssh://root@localhost:22/system") == \
        secret_account(parse_prompt(prompt), "qemu+ssh://root@localhost/system") == \
        "password:root@localhost"  # ssh's own port: as before
    assert secret_account(parse_prompt("root@fd00::5's password: "),
                          "qemu+ssh://root@[fd00::5]:2222/system") == "password:root@[fd00::5]:2222"


def _libvirt_runs(uri: str, written: Path) -> list[str]:
    """The arguments libvirt's own client gives the ssh of ``uri`` (no daemon is asked:
    the open fails, that 'ssh' only writes them into ``written``)."""
    written.write_text("")
    libvirt.registerErrorHandler(lambda *_a: None, None)
    with pytest.raises(libvirt.libvirtError):
        libvirt.open(uri)
    return written.read_text().split("\n")


@pytest.mark.parametrize(("query", "key", "verify"), [
    # libvirt cuts at '&' while one remains, then at ';': the wrapper's "&command=…" made
    # libvirt read "/k;no_verify=1" as the key file, and check the host's key after all.
    ("keyfile=/k;no_verify=1", "/k", True),
    ("keyfile=/k;no_verify=1;Command={ssh}", "/k", True),
    ("a=1&keyfile=/k;no_verify=1", "/k", True),
    ("keyfile=/k;x&no_verify=1", "/k;x", True),  # before an '&': one value, as libvirt read it
    ("keyfile=/k;x&command={ssh}", "/k;x", False),
    ("command={ssh};keyfile=/k", "/k", False),
])
def test_the_wrapper_keeps_the_parameters_as_libvirt_read_them(server, tmp_path, query, key,
                                                              verify):
    fake = tmp_path / "myssh"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {tmp_path}/args\nexit 1\n')
    fake.chmod(0o700)
    uri = "qemu+ssh://h/system?" + query.format(ssh=fake)
    if "{ssh}" not in query:
        uri += ";command=" if ";" in query.rpartition("&")[2] else "&command="
        uri += str(fake)
    # What the user's URI makes libvirt run (with the fake as its ssh) ...
    plain = _libvirt_runs(uri, tmp_path / "args")
    assert plain[plain.index("-i") + 1] == key
    assert ("StrictHostKeyChecking=no" in plain) is verify
    # ... is what the dialled one runs, through the wrapper (which adds its own options).
    args = _libvirt_runs(server.dial_uri(uri), tmp_path / "args")
    assert args[args.index("-i") + 1] == key
    assert ("StrictHostKeyChecking=no" in args) is verify
    assert f"ControlPath={server.directory}/cm-%C" in args


def test_a_remembered_password_is_never_offered_to_another_alias_of_the_same_host_name(
        server, qtbot):
    """~/.ssh/config's 'Host vm2 / HostName localhost / Port 2222' and 'Host vm3 / HostName
    localhost / Port 2223': ssh asks 'root@localhost's password: ' for both, and the
    password remembered for vm2 was handed, unasked, to whatever answered for vm3."""
    first, second = "qemu+ssh://root@vm2/system", "qemu+ssh://root@vm3/system"
    prompt = "root@localhost's password: "
    request, client = ask(qtbot, server, prompt, first)
    request.finish("first", remember=True)
    client.finished(qtbot)
    server.logged_in(first, server.dial_uri(first))
    qtbot.waitUntil(lambda: list(server.store.secrets.values()) == ["first"], timeout=5000)
    request, client = ask(qtbot, server, prompt, second)  # asked: not answered from the store
    assert not request.retry and not request.stored_refused
    request.finish("second")
    assert client.finished(qtbot).stdout == "second\n"
    assert server.store.secrets == {"password:root@localhost (vm2)": "first"}
    client = Client(server, "qemu+ssh://root@VM2/system", prompt)  # vm2 in any case: no question
    assert client.finished(qtbot).stdout == "first\n"
    # The port the URI names, in the alias's account too; ssh's own name as before.
    password = parse_prompt(prompt)
    assert secret_account(password, "qemu+ssh://root@vm2:2200/system") == \
        "password:root@localhost (vm2:2200)"
    assert secret_account(password, "qemu+ssh://root@[fd00::5]:22/system") == \
        "password:root@localhost ([fd00::5])"
    assert secret_account(password, "qemu+ssh://root@LocalHost/system") == \
        "password:root@localhost"


def test_closing_removes_the_wrapper_off_the_gui_thread(server, qtbot, monkeypatch):
    """Closing a connection (on the GUI thread) removed its ssh wrapper file there: the
    window waited on the disk (rule 1), a temporary directory's too where
    XDG_RUNTIME_DIR is not usable."""
    wrapper = Path(parse_qs(urlsplit(server.dial_uri(URI)).query)["command"][0])
    assert wrapper.exists()
    removed = []
    real = Path.unlink

    def unlink(path, *args, **kwargs):
        removed.append((path, threading.current_thread() is threading.main_thread()))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    server.cancel(URI)
    qtbot.waitUntil(lambda: not wrapper.exists(), timeout=5000)
    assert removed == [(wrapper, False)]
