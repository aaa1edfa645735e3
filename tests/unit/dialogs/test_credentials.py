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
    registry.credentials.requested.connect(lambda req: show_credential_dialog(req))
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
