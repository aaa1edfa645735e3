"""The log: warnings always in a rotating file in the XDG state directory, debug with
--debug, readable by its owner only, no secrets, and nothing heavy at start-up."""

import logging
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kvmgui.utils import logfile, logs, logwriter

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def logged(tmp_path):
    """Set up logging into tmp_path (no stderr handler: pytest captures that); undone after."""
    made = []

    def setup(debug):
        made.append(logs.setup(debug, tmp_path / "kvmgui", stderr=False))
        return made[-1]

    yield setup
    for m in made:
        m.close()


def test_state_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.state_dir() == tmp_path / "state" / "kvmgui"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")  # not absolute: ignored (XDG spec)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert logs.state_dir() == tmp_path / ".local" / "state" / "kvmgui"
    monkeypatch.delenv("XDG_STATE_HOME")
    assert logs.state_dir() == tmp_path / ".local" / "state" / "kvmgui"


def test_warnings_always_reach_the_file_debug_only_with_debug(logged):
    made = logged(False)
    log = logging.getLogger("kvmgui.test")
    log.debug("a debug line")
    assert not made.path.exists()  # nothing worth keeping yet: not even created
    log.warning("a warning line")
    made.flush()  # the writer thread writes it
    text = made.path.read_text()
    assert "a warning line" in text and "a debug line" not in text
    assert "kvmgui.test WARNING" in text
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    made.close()
    made = logged(True)
    log.debug("now with --debug")
    logging.getLogger("asyncio").debug("not ours")
    made.flush()
    text = made.path.read_text()
    assert "now with --debug" in text and "not ours" not in text


def test_the_file_rotates(logged, monkeypatch):
    monkeypatch.setattr(logfile, "MAX_BYTES", 2000)
    made = logged(False)
    log = logging.getLogger("kvmgui.test")
    for i in range(200):
        log.warning("line %d %s", i, "x" * 50)
    made.flush()
    files = sorted(p.name for p in made.path.parent.iterdir())
    assert files == ["kvmgui.log", "kvmgui.log.1", "kvmgui.log.2", "kvmgui.log.3"]
    assert all(p.stat().st_size <= 2100 for p in made.path.parent.iterdir())
    assert "line 199 " in made.path.read_text()


def test_secrets_are_redacted(logged):
    made = logged(True)
    log = logging.getLogger("kvmgui.test")
    log.warning("open %s failed", "qemu+ssh://alice:sesame@host/system")
    log.debug("tls settings: password=sesame2; passphrase: sesame3 user=bob")
    try:
        raise ValueError("qemu+tcp://bob:sesame4@host/system")
    except ValueError:
        log.exception("boom")
    made.flush()
    text = made.path.read_text()
    assert "sesame" not in text
    assert "qemu+ssh://alice:***@host/system" in text and "user=bob" in text


@pytest.mark.parametrize("text, redacted", [
    ("<graphics type='vnc' passwd='se same'/>", "<graphics type='vnc' passwd='***'/>"),
    ('<graphics passwd="sesame" port="5900">', '<graphics passwd="***" port="5900">'),
    ("{'password': 'sesame', 'user': 'bob'}", "{'password': '***', 'user': 'bob'}"),
    ('{"passphrase": "ses ame"}', '{"passphrase": "***"}'),
])
def test_quoted_secrets_are_redacted(text, redacted):
    """XML attributes, Python and JSON mappings quote the value: redacted all the same."""
    assert logs.redact(text) == redacted


def test_unwritable_directory_leaves_the_app_running(tmp_path, capfd):
    blocker = tmp_path / "file"
    blocker.write_text("")
    made = logs.setup(False, blocker / "kvmgui", stderr=False)
    try:
        logging.getLogger("kvmgui.test").warning("nowhere to go")
        logging.getLogger("kvmgui.test").warning("still nowhere")
    finally:
        made.close()
    assert capfd.readouterr().err.count("cannot write the log") == 1


def test_start_up_imports_nothing_heavy(tmp_path):
    code = ("import sys; from kvmgui.utils import logs, crash; logs.setup(False); "
            "import logging; logging.getLogger('kvmgui').info('x'); "
            "print(sorted(m for m in ('logging.handlers', 'socket', 'pickle', 'platform') "
            "if m in sys.modules))")
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert not (tmp_path / "kvmgui" / "kvmgui.log").exists()


def test_a_log_file_that_cannot_be_opened_is_said_once(tmp_path, capfd):
    """The directory is there but the file cannot be opened (here: a directory of that
    name; for a user, a file left by root): one line on stderr, not a traceback per line."""
    (tmp_path / "kvmgui" / logs.LOG_NAME).mkdir(parents=True)
    made = logs.setup(False, tmp_path / "kvmgui", stderr=False)
    try:
        for _ in range(3):
            logging.getLogger("kvmgui.test").warning("nowhere to go")
    finally:
        made.close()
    err = capfd.readouterr().err
    assert err.count("cannot write the log") == 1 and "Traceback" not in err, err


def test_a_log_file_readable_by_others_is_made_private(logged, tmp_path):
    """Left by an older version, copied, or rotated in by hand: it keeps host names and
    errors, so it becomes its owner's only, as a new one is."""
    folder = tmp_path / "kvmgui"
    folder.mkdir(mode=0o755)
    (folder / logs.LOG_NAME).write_text("old line\n")
    (folder / logs.LOG_NAME).chmod(0o644)
    made = logged(False)
    logging.getLogger("kvmgui.test").warning("a private line")
    made.flush()
    assert "a private line" in made.path.read_text()
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600


def test_old_log_backups_readable_by_others_are_made_private(logged, tmp_path):
    """An older version's rotated logs (kvmgui.log.1 …) stayed readable by every user until
    three rotations pushed them out: their host names and errors as open as before."""
    folder = tmp_path / "kvmgui"
    folder.mkdir(mode=0o700)
    backups = [folder / f"{logs.LOG_NAME}.{i}" for i in range(1, logs.BACKUPS + 1)]
    for backup in backups:
        backup.write_text("an old line about kvm1.example.org\n")
        backup.chmod(0o644)
    elsewhere = tmp_path / "not-a-log"
    elsewhere.write_text("")
    elsewhere.chmod(0o644)
    backups[-1].unlink()
    backups[-1].symlink_to(elsewhere)  # not a log of ours: left as it is
    made = logged(False)
    logging.getLogger("kvmgui.test").warning("a private line")
    made.flush()
    assert "a private line" in made.path.read_text()
    assert [oct(stat.S_IMODE(b.stat().st_mode)) for b in backups[:-1]] \
        == [oct(0o600)] * (logs.BACKUPS - 1)
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644



def test_a_log_directory_readable_by_others_is_made_private(logged, tmp_path):
    """One an older version made (0755) stayed so: every user could list the log and its
    backups, and a file put there later by hand was as open as the folder."""
    folder = tmp_path / "kvmgui"
    folder.mkdir()
    folder.chmod(0o755)
    made = logged(False)
    logging.getLogger("kvmgui.test").warning("a private line")
    made.flush()
    assert "a private line" in made.path.read_text()
    assert oct(stat.S_IMODE(folder.stat().st_mode)) == oct(0o700)


def test_a_log_directory_not_the_users_or_a_link_is_left_alone(tmp_path):
    """A link (the log put elsewhere on purpose) or a folder of another user's (a shared
    one): not kvmgui's to close."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    linked = tmp_path / "linked"
    linked.symlink_to(shared, target_is_directory=True)
    other = tmp_path / "other"
    other.mkdir()
    other.chmod(0o777)
    if os.geteuid() == 0:  # else it is the user's, which is the case above
        os.chown(other, 4242, 4242)
    for folder in (linked, other):
        made = logs.setup(False, folder, stderr=False)
        try:
            logging.getLogger("kvmgui.test").warning("a line")
        finally:
            made.close()
        assert "a line" in made.path.read_text()
    assert oct(stat.S_IMODE(shared.stat().st_mode)) == oct(0o755)
    if os.geteuid() == 0:
        assert oct(stat.S_IMODE(other.stat().st_mode)) == oct(0o777)

def test_a_password_with_an_at_sign_is_hidden_whole():
    assert logs.redact("cannot open qemu+ssh://alice:p@ss@host/system?x=a@b") == \
        "cannot open qemu+ssh://alice:***@host/system?x=a@b"


@pytest.mark.parametrize("uri", [
    "qemu+ssh://alice:pa/ss@host/system",  # a slash typed as is, not as %2F
    "qemu+ssh://alice:p/@ss@host/system?keyfile=/home/a@b/key",
])
def test_a_password_with_a_slash_is_hidden_whole(uri):
    assert logs.redact(f"cannot open {uri}: failed") == \
        f"cannot open qemu+ssh://alice:***@host/system{uri.partition('/system')[2]}: failed"


def test_a_uri_without_a_password_is_left_alone():
    for text in ("open qemu+tcp://host:16509/system failed, ask root@host",
                 "open qemu+ssh://alice@host:22/system", "open test:///tmp/a@b/host.xml",
                 "open qemu+ssh://host:22/system?keyfile=/home/a@b/key"):
        assert logs.redact(text) == text


@pytest.mark.parametrize("uri, redacted", [
    ("qemu+ssh://:pw@host/system", "qemu+ssh://:***@host/system"),  # no user, only a password
    # Digits then '/' (not a port: the '@' is not in a query)
    ("qemu+ssh://alice:123/abc@host/system", "qemu+ssh://alice:***@host/system"),
    ("qemu+ssh://alice:123/abc@[fe80::1]:22/system?keyfile=/home/a@b/key",
     "qemu+ssh://alice:***@[fe80::1]:22/system?keyfile=/home/a@b/key"),
    ("qemu+ssh://alice:12?ab@host/system", "qemu+ssh://alice:***@host/system"),
])
def test_a_password_looking_like_no_user_or_a_port_is_hidden(uri, redacted):
    assert logs.redact(f"cannot open {uri}: failed") == f"cannot open {redacted}: failed"


@pytest.mark.parametrize("text", [
    "open qemu+ssh://[fe80::1]/system?keyfile=/home/a@b/key",  # an IPv6 address's colons
    "open esx://vc?no_verify=1&note=a:b@c",  # no port: a query holding ':' and '@'
    "open qemu+ssh://kvm1:/system?keyfile=/home/a@b/key",  # an empty port
])
def test_an_at_sign_in_the_query_hides_nothing(text):
    assert logs.redact(text) == text


@pytest.mark.parametrize("uri", [
    "qemu+tcp://kvm1:16509/sys@tem",  # a port, then an '@' in the path (no query)
    "qemu+ssh://kvm1:22/system/a:b@c",
    "qemu+ssh://[fe80::1]:22/x@y",
    "qemu+ssh://alice:123/abc@host/system",  # libvirt: host alice, port 123, path /abc@host/…
])
def test_without_password_reads_the_host_as_libvirt_does(uri):
    """libvirt's authority ends at the first '/': an '@' after it names no user and no
    password. The saved URI was another host's: qemu+tcp://kvm1@tem."""
    assert logs.without_password(uri) == uri


@pytest.mark.parametrize("uri, saved", [
    ("qemu+tcp://alice:s3cret@kvm1/system", "qemu+tcp://alice@kvm1/system"),
    ("qemu+ssh://:pw@kvm1/system", "qemu+ssh://@kvm1/system"),
    ("qemu+ssh://alice:p@ss@kvm1:22/sys@tem", "qemu+ssh://alice@kvm1:22/sys@tem"),
    ("qemu+ssh://alice:s3cret@[fe80::1]:22/system?keyfile=/a@b/k",
     "qemu+ssh://alice@[fe80::1]:22/system?keyfile=/a@b/k"),
    # libvirt cannot read these ("pa" is no port): the password is left out all the same
    ("qemu+ssh://alice:pa/ss@kvm1/system", "qemu+ssh://alice@kvm1/system"),
])
def test_without_password_leaves_the_password_out(uri, saved):
    assert logs.without_password(uri) == saved


def test_hide_password_hides_the_user_password_ssh_says_back():
    uri = "qemu+ssh://alice:s%40cret@host/system"
    text = "alice:s@cret@host: Permission denied; alice:s%40cret; a, alice, s@cret alone"
    assert logs.hide_password(text, uri) == \
        "alice:***@host: Permission denied; alice:***; a, alice, s@cret alone"
    for uri in ("qemu+ssh://alice@host/system", "qemu+ssh://host:22/a:b@c", "qemu:///system"):
        assert logs.hide_password("alice:b@c", uri) == "alice:b@c"


@pytest.mark.parametrize("uri, saved", [
    ("qemu+tcp://alice:pa?ss@kvm1/system", "qemu+tcp://alice@kvm1/system"),
    ("qemu+tcp://alice:pa#ss@[fe80::1%25eth0]:16509/system",
     "qemu+tcp://alice@[fe80::1%25eth0]:16509/system"),
    ("qemu+ssh://alice:p/@ss@kvm1/system?keyfile=/home/a@b/k",
     "qemu+ssh://alice@kvm1/system?keyfile=/home/a@b/k"),
])
def test_hide_password_hides_a_password_that_ends_libvirts_authority(uri, saved):
    """A '?', '#' or '/' typed in a password given with -c ends the authority as libvirt
    reads it ('alice:pa', no port), so libvirt refuses the URI and says it back whole:
    'Unable to parse URI …'. hide_password read no user:password there and the
    connections list and notification showed it; it reads the URI as typed now, as
    without_password does."""
    text = f"internal error: Unable to parse URI {uri}"
    hidden = logs.hide_password(text, uri)
    assert hidden == f"internal error: Unable to parse URI {logs.redact(uri)}"
    assert "alice:***@" in hidden
    assert logs.without_password(uri) == saved


def test_a_log_that_cannot_be_rotated_is_said_once_and_still_written(logged, monkeypatch, capfd):
    """The file is writable but the directory is not (rotation renames in it): one line
    on stderr, not a traceback per line, the lines still reach the file, and it stays
    within its size."""
    monkeypatch.setattr(logfile, "MAX_BYTES", 2000)
    made = logged(False)
    log = logging.getLogger("kvmgui.test")
    log.warning("before the limit")  # the file is made

    def refused(src, _dst):
        raise PermissionError(13, "Permission denied", src)

    monkeypatch.setattr(os, "rename", refused)
    for i in range(200):
        log.warning("line %d %s", i, "x" * 50)
    made.flush()
    err = capfd.readouterr().err
    assert err.count("cannot rotate the log") == 1 and "Traceback" not in err, err
    assert "line 199 " in made.path.read_text()
    assert made.path.stat().st_size <= 2100
    assert sorted(p.name for p in made.path.parent.iterdir()) == ["kvmgui.log"]


@pytest.mark.parametrize("uri, secret", [
    ("qemu+tcp://alice:open sesame@127.0.0.1:1/system", "sesame"),  # a passphrase
    ("qemu+tcp://al ice:Kvm-S3cret@127.0.0.1:1/system", "S3cret"),  # a user name mistyped
])
def test_a_password_with_a_space_never_reaches_the_log(registry, tmp_path, qtbot, uri, secret):
    """A URI with a space in its user:password part (libvirt cannot parse it: the open
    fails at once, without a network). Each log line names the connection by its URI, and
    ``redact`` stops a password at a space: it reached the file, also without --debug."""
    from kvmgui.libvirt.connection import ConnState

    made = logs.setup(True, tmp_path / "state", stderr=False)
    try:
        conn = registry.add(uri, save=False)
        assert secret not in conn.display_name  # the host's name in the window, too
        conn.open()
        qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=5000)
        logging.getLogger("kvmgui.test").error("crash report: %s", uri)
    finally:
        made.close()
    text = made.path.read_text()
    assert "failed (open_failed)" in text  # the story is there
    assert secret not in text, text
    assert logs.redact(f"report: {uri}") == f"report: {logs.without_password(uri)}" \
        .replace("@", ":***@", 1)


def test_a_log_line_never_waits_for_the_files_disk(logged, monkeypatch):
    """A worker's line written to a log file whose disk stopped answering (a home on NFS)
    held the file's lock, and the GUI thread's next log call waited on it: the window
    froze until the disk answered. A log call now only hands its line over; a writer
    thread of the log's own writes the lines, in order."""
    import threading
    import time

    entered, release = threading.Event(), threading.Event()
    write = logs.LazyRotatingFile.emit

    def hangs(self, record):
        if "from a worker" in record.getMessage():
            entered.set()
            release.wait(3)  # the disk answers again
        write(self, record)

    monkeypatch.setattr(logs.LazyRotatingFile, "emit", hangs)
    made = logged(False)
    log = logging.getLogger("kvmgui.test")
    worker = threading.Thread(target=log.warning, args=("from a worker",))
    worker.start()
    try:
        assert entered.wait(5)
        start = time.monotonic()
        log.warning("from the GUI thread")
        took = time.monotonic() - start
    finally:
        release.set()
        worker.join(5)
    assert took < 1.0, f"the log call waited {took:.1f} s for the disk"
    made.flush()
    text = made.path.read_text()
    assert text.index("from a worker") < text.index("from the GUI thread")


def test_the_program_ends_while_a_log_write_hangs(tmp_path):
    """At exit logging flushes and closes every handler, each under its lock: with a line's
    write hung on a disk that stopped answering, that waited for the write, and the program
    never ended. The writer is now given a moment, then left behind."""
    code = textwrap.dedent("""\
        import logging, sys, threading
        from pathlib import Path
        from kvmgui.utils import logs
        write = logs.LazyRotatingFile.emit
        def emit(self, record):
            if "hangs" in record.getMessage():
                threading.Event().wait()  # the disk never answers
            write(self, record)
        logs.LazyRotatingFile.emit = emit
        logs.setup(False, Path(sys.argv[1]), stderr=False)
        logging.getLogger("kvmgui.test").warning("this line hangs")
        print("logged", flush=True)
    """)
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "kvmgui")], cwd=REPO,
                         capture_output=True, text=True, timeout=30)
    assert out.stdout == "logged\n" and out.returncode == 0, out.stderr


def test_a_flush_while_a_write_hangs_returns(logged, monkeypatch):
    """A flush gives the writer ``FLUSH_WAIT_S``; it then flushed the file's handler too,
    which waited, under that handler's lock, for the write that hangs."""
    import threading
    import time

    monkeypatch.setattr(logwriter, "FLUSH_WAIT_S", 0.2)
    made = logged(False)
    log = logging.getLogger("kvmgui.test")
    log.warning("the file is made")
    made.flush()
    handler = made.handlers[0].inner._inner  # the rotating file's
    hung, release = threading.Event(), threading.Event()

    class DeadDisk:
        def write(self, text):
            return len(text)

        def seek(self, offset, whence=0):  # where rotation asks the file's length
            return 0

        def tell(self):
            return 0

        def flush(self):  # where the buffered line reaches the disk
            hung.set()
            release.wait(3)

    monkeypatch.setattr(handler, "stream", DeadDisk())
    log.warning("this line hangs")
    try:
        assert hung.wait(5)
        start = time.monotonic()
        made.flush()
        took = time.monotonic() - start
    finally:
        release.set()
    assert took < 1.0, f"the flush waited {took:.1f} s for the disk"
