"""Credential requests from openAuth are answered through a dialog; the GUI never waits."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kvmgui.dialogs.credentials import CredentialDialog, show_credential_dialog
from kvmgui.libvirt.connection import ConnState

AUTH = '<auth><user password="sesame">alice</user></auth>'


@pytest.fixture
def auth_host(tmp_path):
    text = (Path(__file__).resolve().parents[3] / "resources/demo/host.xml").read_text()
    path = tmp_path / "auth-host.xml"
    path.write_text(text.replace("<node>", "<node>" + AUTH, 1))
    return f"test://{path}"


def answer_dialog(qtbot, user, password, accept=True):
    def dialog():
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, CredentialDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    d = dialog()
    # The test driver asks twice: user name, then password.
    d.fields[0].setText(user if "username" in d.request.prompts[0][1] else password)
    if accept:
        d.accept()
    else:
        d.reject()


def open_with_dialog(registry, qtbot, uri):
    registry.credentials.requested.connect(
        lambda req: show_credential_dialog(req, broker=registry.credentials))
    conn = registry.add(uri, save=False)
    conn.open()
    return conn


def test_right_credentials_connect(registry, auth_host, qtbot):
    conn = open_with_dialog(registry, qtbot, auth_host)
    answer_dialog(qtbot, "alice", "sesame")
    answer_dialog(qtbot, "alice", "sesame")
    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=5000)
    assert len(conn.domains) == 5


def test_wrong_password_fails_with_libvirts_message(registry, auth_host, qtbot):
    conn = open_with_dialog(registry, qtbot, auth_host)
    answer_dialog(qtbot, "alice", "nope")
    answer_dialog(qtbot, "alice", "nope")
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=5000)
    assert "auth" in conn.reason.error.lower()


def test_cancel_fails_cleanly(registry, auth_host, qtbot):
    conn = open_with_dialog(registry, qtbot, auth_host)
    answer_dialog(qtbot, "alice", "", accept=False)
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=5000)
    assert len(conn.domains) == 0


def shown_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CredentialDialog) and w.isVisible()]


def test_disconnect_while_asked_closes_the_question_and_a_new_connect_asks_again(
        registry, auth_host, qtbot):
    """Disconnect while the dialog asks: the dialog goes (nobody waits for its answer),
    and Connect asks anew at once, not after the first question's five minutes."""
    conn = open_with_dialog(registry, qtbot, auth_host)
    qtbot.waitUntil(lambda: bool(shown_dialogs()), timeout=5000)
    conn.close()
    qtbot.waitUntil(lambda: not shown_dialogs(), timeout=5000)
    assert conn.state == ConnState.DISCONNECTED
    conn.open()
    answer_dialog(qtbot, "alice", "sesame")
    answer_dialog(qtbot, "alice", "sesame")
    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=5000)


def test_secret_prompts_are_hidden(qtbot):
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    req = CredentialRequest("test:///x", [(libvirt.VIR_CRED_AUTHNAME, "User:", ""),
                                          (libvirt.VIR_CRED_PASSPHRASE, "Password:", "")])
    dialog = CredentialDialog(req)
    qtbot.addWidget(dialog)
    assert dialog.fields[0].echoMode() == dialog.fields[0].EchoMode.Normal
    assert dialog.fields[1].echoMode() == dialog.fields[1].EchoMode.Password
    assert dialog.fields[1].accessibleName() == "Password"


def test_no_secret_reaches_the_log(registry, tmp_path, qtbot):
    """A wrong and then a right password, typed into the dialog with --debug logging into
    the log file: the file tells the story of the connection, never the password."""
    from kvmgui.utils import logs

    secret, wrong = "Kvm-S3cret-9x", "Wr0ng-P4ss-7q"
    text = (Path(__file__).resolve().parents[3] / "resources/demo/host.xml").read_text()
    host = tmp_path / "secret-host.xml"
    host.write_text(text.replace("<node>", f'<node><auth><user password="{secret}">alice</user>'
                                           "</auth>", 1))
    made = logs.setup(True, tmp_path / "state", stderr=False)
    try:
        conn = open_with_dialog(registry, qtbot, f"test://{host}")
        answer_dialog(qtbot, "alice", wrong)
        answer_dialog(qtbot, "alice", wrong)
        qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=5000)
        conn.open()
        answer_dialog(qtbot, "alice", secret)
        answer_dialog(qtbot, "alice", secret)
        qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=5000)
    finally:
        made.close()
    log = made.path.read_text()
    assert "failed (open_failed): authentication failed" in log  # the story is there
    assert "connected (connected)" in log
    assert secret not in log and wrong not in log


def test_a_request_never_shows_its_answers():
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    req = CredentialRequest("test:///x", [(libvirt.VIR_CRED_PASSPHRASE, "Password:", "")])
    req.finish(True, ["Kvm-S3cret-9x"])
    assert "Kvm-S3cret-9x" not in repr(req) and "Kvm-S3cret-9x" not in str(req)


def test_the_first_answer_counts(qtbot):
    """A withdrawn question's dialog closes and finishes it again with what was typed:
    that must not turn the withdrawal into an answer, nor keep the typed secret."""
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    req = CredentialRequest("test:///x", [(libvirt.VIR_CRED_PASSPHRASE, "Password:", "")])
    req.finish(False)  # the connection was closed
    req.finish(True, ["typed"])  # the dialog, closing
    assert (req.accepted, req.answers) == (False, [])


def test_a_request_withdrawn_before_it_reached_the_gui_is_not_shown(qtbot):
    from kvmgui.libvirt.auth import CredentialBroker, CredentialRequest

    broker = CredentialBroker()
    shown = []
    broker.requested.connect(shown.append)
    req = CredentialRequest("test:///x", [])
    broker._pending.add(req)  # as ask() holds it while the worker waits
    broker.cancel("test:///x")
    broker._forward(req)  # the queued hop arriving after the close
    assert shown == [] and not req.accepted


def test_a_question_nobody_answers_in_time_closes_its_dialog(registry, auth_host, qtbot,
                                                             monkeypatch):
    """After the broker's timeout the open has failed: the dialog goes, as the ssh
    dialogs do, instead of waiting for an answer that would go nowhere."""
    monkeypatch.setattr(registry.credentials, "TIMEOUT", 3.0)
    conn = open_with_dialog(registry, qtbot, auth_host)
    qtbot.waitUntil(lambda: bool(shown_dialogs()), timeout=5000)
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=10000)
    qtbot.waitUntil(lambda: not shown_dialogs(), timeout=5000)


def test_cancel_keeps_nothing_typed(qtbot):
    """Cancel: what was typed is no answer, so the request does not keep it, and the
    dialog's fields are emptied as the ssh dialog's are."""
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    req = CredentialRequest("test:///x", [(libvirt.VIR_CRED_AUTHNAME, "User:", ""),
                                          (libvirt.VIR_CRED_PASSPHRASE, "Password:", "")])
    dialog = CredentialDialog(req)
    qtbot.addWidget(dialog)
    dialog.fields[0].setText("alice")
    dialog.fields[1].setText("Kvm-S3cret-9x")
    dialog.reject()
    assert (req.accepted, req.answers) == (False, [])
    assert [f.text() for f in dialog.fields] == ["", ""]


def test_ok_answers_what_was_typed_and_empties_the_fields(qtbot):
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    req = CredentialRequest("test:///x", [(libvirt.VIR_CRED_PASSPHRASE, "Password:", "")])
    dialog = CredentialDialog(req)
    qtbot.addWidget(dialog)
    dialog.fields[0].setText("Kvm-S3cret-9x")
    dialog.accept()
    assert (req.accepted, req.answers) == (True, ["Kvm-S3cret-9x"])
    assert dialog.fields[0].text() == ""


def test_a_question_without_a_prompt_is_asked_with_a_named_field(qtbot):
    """libvirt-python passes None for a NULL prompt (and challenge, default): the dialog
    opens with a field named after what is asked, and the answer reaches libvirt."""
    import threading

    import libvirt

    from kvmgui.libvirt.auth import CredentialBroker

    broker = CredentialBroker()
    shown: list[CredentialDialog] = []
    broker.requested.connect(lambda req: shown.append(CredentialDialog(req)))
    creds = [[libvirt.VIR_CRED_AUTHNAME, None, None, None, None],
             [libvirt.VIR_CRED_PASSPHRASE, None, None, None, None]]
    result = []
    asker = threading.Thread(target=lambda: result.append(broker.ask("test:///x", creds)))
    asker.start()
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        dialog = shown[0]
        qtbot.addWidget(dialog)
        assert [f.accessibleName() for f in dialog.fields] == ["User name", "Password"]
        dialog.fields[0].setText("alice")
        dialog.fields[1].setText("sesame")
        dialog.accept()
    finally:
        broker.cancel_all()  # the asking thread never waits out the timeout
        asker.join(5)
    assert result == [0] and [c[4] for c in creds] == ["alice", "sesame"]


def test_the_title_names_the_host(qtbot):
    """Several hosts asking at once: the windows tell them apart without opening them."""
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    prompts = [(libvirt.VIR_CRED_AUTHNAME, "User:", "")]
    one = CredentialDialog(CredentialRequest("qemu+tcp://h1.example/system", prompts))
    two = CredentialDialog(CredentialRequest("qemu+tcp://h2.example/system", prompts))
    local = CredentialDialog(CredentialRequest("qemu:///system", prompts))
    for dialog in (one, two, local):
        qtbot.addWidget(dialog)
    assert "h1.example" in one.windowTitle() and "h2.example" in two.windowTitle()
    assert "qemu:///system" in local.windowTitle()
    assert one.accessibleName() == one.windowTitle()


def test_the_title_names_an_ipv6_hosts_zone_as_typed(qtbot):
    """The URI writes the zone's '%' as %25 (libvirt decodes it): the title said
    'fe80::1%25eth0'."""
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    dialog = CredentialDialog(CredentialRequest("qemu+tcp://[fe80::1%25eth0]/system",
                                                [(libvirt.VIR_CRED_AUTHNAME, "User:", "")]))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith(" fe80::1%eth0")


def test_a_uri_with_the_title_placeholder_is_shown_whole(qtbot):
    """Qt takes '[*]' in a window title as the 'modified' mark and hides it: a test
    driver file in a folder named so lost those characters from the title."""
    import libvirt

    from kvmgui.libvirt.auth import CredentialRequest

    uri = "test:///srv/lab[*]/host.xml"
    dialog = CredentialDialog(CredentialRequest(uri, [(libvirt.VIR_CRED_AUTHNAME, "User:", "")]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert uri in dialog.windowHandle().title()
    assert uri in dialog.accessibleName() and "[*][*]" not in dialog.accessibleName()


def test_a_password_in_the_uri_is_not_shown(qtbot):
    """A host given with -c qemu+tcp://alice:s3cret@… that asks for credentials (SASL):
    the dialog's first line showed the password in the URI."""
    import libvirt
    from PySide6.QtWidgets import QLabel

    from kvmgui.libvirt.auth import CredentialRequest

    for uri in ("qemu+tcp://alice:s3cret@kvm1.invalid/system", "qemu+tcp://alice:s3cret@/system"):
        dialog = CredentialDialog(CredentialRequest(uri, [(libvirt.VIR_CRED_PASSPHRASE, "Password:", "")]))
        qtbot.addWidget(dialog)
        shown = [dialog.windowTitle(), dialog.accessibleName()]
        shown += [w.text() for w in dialog.findChildren(QLabel)]
        assert not [text for text in shown if "s3cret" in text]
        assert f"Credentials for {uri.replace('s3cret', '***')}" in shown
