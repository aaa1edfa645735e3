"""The ssh question dialogs: what they show, what they answer, what they never do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from kvmgui.dialogs.sshlogin import HostKeyDialog, SecretDialog, dialog_for, show_ssh_prompt
from kvmgui.libvirt.askpass import AskpassServer, SshRequest
from kvmgui.libvirt.secretstore import StoreState
from kvmgui.libvirt.sshprompts import parse_prompt
from tests.helpers import click, type_into

URI = "qemu+ssh://root@vm.example/system"
HOST_KEY = ("The authenticity of host 'vm.example (10.0.0.5)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:Yk1W3fGkq0m+u1yJrJ1n2v0zkS9Jb8pQ3o2mK7dQ0xE.\n"
            "Are you sure you want to continue connecting (yes/no/[fingerprint])? ")


def request(text, **kw):
    return SshRequest(URI, parse_prompt(text), **kw)


def labels(dialog):
    return " ".join(w.text() for w in dialog.findChildren(QLabel))


def every_control_is_named(dialog):
    for w in dialog.findChildren(QWidget):
        if w.isVisibleTo(dialog) and w.focusPolicy() != 0 and not isinstance(w, QLabel):
            assert w.accessibleName() or w.text(), w


def test_host_key_shows_the_fingerprint_and_cancel_is_the_default(qtbot):
    req = request(HOST_KEY)
    dialog = HostKeyDialog(req)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fingerprint.text() == "SHA256:Yk1W3fGkq0m+u1yJrJ1n2v0zkS9Jb8pQ3o2mK7dQ0xE"
    assert dialog.fingerprint.isReadOnly()
    assert "vm.example" in labels(dialog) and URI in labels(dialog)
    assert dialog.windowTitle() == dialog.accessibleName() == "Unknown host key — vm.example"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault() and not dialog.trust.isDefault()
    every_control_is_named(dialog)
    dialog.accept()
    assert req.answer == "yes"


def test_closing_the_host_key_dialog_says_no(qtbot):
    req = request(HOST_KEY)
    dialog = HostKeyDialog(req)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert req.answer == "no"


def test_password_is_answered_and_not_kept_in_the_dialog(qtbot):
    req = request("root@vm.example's password: ", store=StoreState.AVAILABLE)
    dialog = SecretDialog(req)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "root" in labels(dialog) and "vm.example" in labels(dialog)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert not dialog.problem.isVisibleTo(dialog)
    every_control_is_named(dialog)
    type_into(qtbot, dialog.secret, "pa ss")
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton,  # on its box
                     pos=QPoint(6, dialog.remember.height() // 2))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert (req.answer, req.remember) == ("pa ss", True)
    assert dialog.secret.text() == ""


@pytest.mark.parametrize("state", [s for s in StoreState if s is not StoreState.AVAILABLE])
def test_without_a_secret_store_remember_is_off_and_says_why(qtbot, state):
    req = request("Enter passphrase for key '/k': ", store=state)
    dialog = SecretDialog(req)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert dialog.remember_reason.isVisibleTo(dialog) and dialog.remember_reason.text()
    assert dialog.remember.accessibleDescription() == dialog.remember_reason.text()
    dialog.secret.setText("x")
    dialog.accept()
    assert (req.answer, req.remember) == ("x", False)


def test_a_refused_answer_is_said_and_cancel_answers_nothing(qtbot):
    req = request("root@vm.example's password: ", retry=True)
    dialog = SecretDialog(req)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text()
    dialog.secret.setText("typed")
    dialog.reject()
    assert req.finished and req.answer is None


def test_unknown_questions_show_ssh_words_without_remember(qtbot):
    req = request("Verification code: ")
    dialog = dialog_for(req)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog, SecretDialog)
    assert "Verification code:" in labels(dialog)
    assert not dialog.remember.isVisibleTo(dialog)


def test_a_withdrawn_question_closes_its_dialog(qtbot):
    server = AskpassServer()
    req = request(HOST_KEY)
    dialog = show_ssh_prompt(req, server)
    qtbot.waitUntil(dialog.isVisible)
    server.withdrawn.emit(request(HOST_KEY))  # another question: stays
    assert dialog.isVisible()
    server.withdrawn.emit(req)
    assert not dialog.isVisible()
    server.deleteLater()


def test_names_read_as_words_in_a_chinese_catalogue(qtbot, traditional_chinese):
    """The catalogues write shortcuts as '密碼(&P)：': a screen reader names the field
    '密碼', not '密碼(P)：', and the trust button without its '(T)'."""
    secret = SecretDialog(request("root@vm.example's password: ", store=StoreState.AVAILABLE))
    qtbot.addWidget(secret)
    host_key = HostKeyDialog(request(HOST_KEY))
    qtbot.addWidget(host_key)
    assert secret.secret.accessibleName() == "密碼"
    assert host_key.trust.accessibleName() == "信任此金鑰並連線"


def test_a_refused_remembered_answer_says_so(qtbot):
    """The user typed nothing: the dialog says the remembered password was refused (and
    forgotten), not 'That was not accepted'."""
    typed = SecretDialog(request("root@vm.example's password: ", retry=True))
    stored = SecretDialog(request("root@vm.example's password: ", retry=True,
                                  stored_refused=True))
    for dialog in (typed, stored):
        qtbot.addWidget(dialog)
    assert stored.problem.text() and stored.problem.text() != typed.problem.text()
    assert "remembered" in stored.problem.text()


def test_a_refused_remembered_answer_still_stored_is_not_said_forgotten(qtbot):
    """Deleting the refused remembered answer failed: the dialog does not claim it is
    forgotten (the next login tries it again)."""
    gone = SecretDialog(request("root@vm.example's password: ", retry=True,
                                stored_refused=True))
    kept = SecretDialog(request("root@vm.example's password: ", retry=True,
                                stored_refused=True, stored_kept=True))
    for dialog in (gone, kept):
        qtbot.addWidget(dialog)
    assert "forgotten now" in gone.problem.text()
    assert "forgotten now" not in kept.problem.text()
    assert "remembered" in kept.problem.text()


def test_each_dialog_names_its_host_in_the_title(qtbot):
    """Several hosts asking at once: the windows (task bar, window list) tell them apart."""
    def uri_request(uri, text):
        return SshRequest(uri, parse_prompt(text))

    dialogs = [SecretDialog(uri_request("qemu+ssh://root@a&b.example/system", "Password: ")),
               SecretDialog(uri_request("qemu+ssh://root@c.example/system",
                                        "Enter passphrase for key '/k': ")),
               HostKeyDialog(uri_request("qemu+ssh://d.example:2222/system", HOST_KEY))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    titles = [d.windowTitle() for d in dialogs]
    assert [h in t for h, t in zip(["a&b.example", "c.example", "d.example"], titles,
                                   strict=True)] == [True] * 3
    assert [d.accessibleName() for d in dialogs] == titles


def test_the_title_names_an_ipv6_hosts_zone_as_typed(qtbot):
    """The URI writes the zone's '%' as %25 (libvirt decodes it): the title said
    'fe80::1%25eth0'."""
    dialog = SecretDialog(SshRequest("qemu+ssh://root@[fe80::1%25eth0]/system",
                                     parse_prompt("Password: ")))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith(" fe80::1%eth0")


def test_a_uri_with_the_title_placeholder_is_shown_whole(qtbot):
    """Qt takes '[*]' in a window title as the 'modified' mark and hides it: a URI
    without a host (its title names the whole URI) must keep it."""
    uri = "qemu+ssh:///system?keyfile=/home/u/k[*]"
    dialog = SecretDialog(SshRequest(uri, parse_prompt("Password: ")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert uri in dialog.windowHandle().title()
    assert uri in dialog.accessibleName() and "[*][*]" not in dialog.accessibleName()


def test_a_keyring_that_failed_to_load_is_said_so(qtbot):
    """A broken keyring package (installed, failed to import) was worded as a store that
    could not be checked, the words for "not looked yet": the user had nothing to fix."""
    reasons = {}
    for state in (StoreState.BROKEN, StoreState.UNKNOWN):
        dialog = SecretDialog(request("root@vm.example's password: ", store=state))
        qtbot.addWidget(dialog)
        reasons[state] = dialog.remember_reason.text()
    assert reasons[StoreState.BROKEN] != reasons[StoreState.UNKNOWN]
    assert "failed to load" in reasons[StoreState.BROKEN]


def test_a_password_in_the_uri_is_not_shown(qtbot):
    """ssh asks for the password of a host given as qemu+ssh://root:s3cret@…: the
    Connection line showed it."""
    dialog = SecretDialog(SshRequest("qemu+ssh://root:s3cret@vm.example/system",
                                     parse_prompt("Password: ")))
    qtbot.addWidget(dialog)
    assert "s3cret" not in labels(dialog) + dialog.windowTitle() + dialog.accessibleName()
    assert "qemu+ssh://root:***@vm.example/system" in labels(dialog)
