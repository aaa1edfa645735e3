"""The new-connection dialog: builds URIs, refuses bad input before anything connects."""

from PySide6.QtWidgets import QDialogButtonBox

from kvmgui.dialogs.connect import ConnectDialog, build_uri, uri_problem


def test_connect_dialog_builds_uris_and_refuses_bad_input(qtbot):
    assert build_uri("ssh", "root", "kvm1") == "qemu+ssh://root@kvm1/system"
    assert build_uri("tls", "", "kvm1 ") == "qemu+tls://kvm1/system"
    assert build_uri("local-session") == "qemu:///session"
    assert uri_problem("ssh", "", "", "") == "Enter the host name or address."
    assert "may not contain" in uri_problem("ssh", "a b", "kvm1", "")
    assert "already" in uri_problem("local-system", "", "", "", ["qemu:///system"])
    dialog = ConnectDialog(existing=["qemu:///system"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "already" in dialog.problem.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ssh"))
    assert not ok.isEnabled()
    dialog.host.setText("kvm1.example.org")
    dialog.user.setText("admin")
    assert ok.isEnabled() and dialog.preview.text() == "qemu+ssh://admin@kvm1.example.org/system"
    dialog.name.setText(" Lab ")
    assert dialog.label() == "Lab"


def test_a_password_in_a_custom_uri_is_refused(qtbot):
    assert "Leave the password out" in uri_problem("custom", "", "", "qemu+ssh://root:hunter2@kvm1/system")
    assert uri_problem("custom", "", "", "qemu+ssh://root@kvm1/system?keyfile=/k") == ""
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    dialog.custom.setText("qemu+tcp://bob:s3cret@kvm2/system")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.preview.text() == "" and "s3cret" not in dialog.problem.text()
