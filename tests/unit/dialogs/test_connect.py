"""The new-connection dialog: builds URIs, refuses bad input before anything connects."""

from PySide6.QtWidgets import QDialogButtonBox

from kvmgui.dialogs.connect import ConnectDialog, build_uri, uri_problem
from kvmgui.libvirt.registry import uri_key
from kvmgui.widgets.styles import Tone, tone_of


def test_connect_dialog_builds_uris_and_refuses_bad_input(qtbot):
    assert build_uri("ssh", "root", "kvm1") == "qemu+ssh://root@kvm1/system"
    assert build_uri("tls", "", "kvm1 ") == "qemu+tls://kvm1/system"
    assert uri_problem("tls", "", " kvm1 ", "") == ""  # the spaces around are dropped
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
    assert "Leave the password out" in uri_problem("custom", "", "", "qemu+ssh://root:hun/ter@kvm1/system")
    assert uri_problem("custom", "", "", "qemu+ssh://root@kvm1/system?keyfile=/k") == ""
    assert "Leave the password out" in uri_problem("custom", "", "", "qemu+ssh://:hunter2@kvm1/system")
    # An IPv6 address's colons are no password (the URI was refused)
    assert uri_problem("custom", "", "", "qemu+ssh://[fe80::1]/system?keyfile=/home/a@b/k") == ""
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    dialog.custom.setText("qemu+tcp://bob:s3cret@kvm2/system")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.preview.text() == "" and "s3cret" not in dialog.problem.text()


def test_an_ipv6_address_is_bracketed_in_the_uri():
    """libvirt cannot parse qemu+ssh://fe80::1/system ("Unable to parse URI")."""
    assert build_uri("ssh", "root", "fe80::1") == "qemu+ssh://root@[fe80::1]/system"
    assert build_uri("tcp", "", " 2001:db8::7 ") == "qemu+tcp://[2001:db8::7]/system"
    assert build_uri("tls", "", "[2001:db8::7]:16514") == "qemu+tls://[2001:db8::7]:16514/system"
    assert build_uri("ssh", "", "kvm1:2222") == "qemu+ssh://kvm1:2222/system"
    assert build_uri("ssh", "", "192.0.2.4") == "qemu+ssh://192.0.2.4/system"


def test_an_ipv6_zone_is_escaped_in_the_uri():
    """libvirt decodes the host's %-escapes: qemu+tcp://[fe80::1%12]/system dialled
    'fe80::1\x12' ("Unable to resolve address"), and a zone such as 'ab0' lost its
    first two letters; written as %25, the '%' itself, it reaches libvirt whole."""
    assert build_uri("tcp", "", "fe80::1%12") == "qemu+tcp://[fe80::1%2512]/system"
    assert build_uri("ssh", "root", "fe80::1%eth0") == "qemu+ssh://root@[fe80::1%25eth0]/system"
    assert build_uri("tls", "", "[fe80::1%ab0]:16514") == "qemu+tls://[fe80::1%25ab0]:16514/system"
    for host in ("fe80::1%12", "[fe80::1%12]:22"):
        assert uri_problem("tcp", "", host, "") == "", host


def test_an_ipv6_zone_typed_escaped_is_not_escaped_again(qtbot):
    """fe80::1%25eth0, as a URI writes it (and as the custom URI's hint says), was
    escaped again: the preview said [fe80::1%2525eth0] and libvirt dialled zone '25eth0';
    nor was it found already in the list. '%25' alone is zone 25."""
    assert build_uri("tcp", "", "fe80::1%25eth0") == "qemu+tcp://[fe80::1%25eth0]/system"
    assert build_uri("ssh", "", "[fe80::1%25eth0]:22") == "qemu+ssh://[fe80::1%25eth0]:22/system"
    assert build_uri("tcp", "", "fe80::1%25") == "qemu+tcp://[fe80::1%2525]/system"
    assert "already" in uri_problem("tcp", "", "fe80::1%25eth0", "", ["qemu+tcp://[fe80::1%25eth0]/system"])
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tls"))
    dialog.host.setText("fe80::1%25eth0")
    assert dialog.preview.text() == "qemu+tls://[fe80::1%25eth0]/system"


def test_a_custom_uri_whose_ipv6_zone_libvirt_would_decode_is_refused(qtbot):
    """libvirt decodes %12 in qemu+tcp://[fe80::1%12]/system into a byte and dialled
    'fe80::1\x12'; %ab0 made an error message the binding could not even read."""
    for uri in ("qemu+tcp://[fe80::1%12]/system", "qemu+tls://[fe80::1%ab0]:16514/system"):
        assert "%25" in uri_problem("custom", "", "", uri), uri
    for uri in ("qemu+tcp://[fe80::1%2512]/system", "qemu+tcp://[fe80::1%eth0]/system",
                "qemu+tcp://[fe80::1%25ab0]:16514/system"):
        assert uri_problem("custom", "", "", uri) == "", uri


def test_a_zoned_host_saved_with_a_raw_percent_is_already_in_the_list(qtbot):
    """Versions before %25 saved qemu+tcp://[fe80::1%eth0]/system, which libvirt dials
    as the same host: adding fe80::1%eth0 again made a second entry for it."""
    existing = ["qemu+tcp://[fe80::1%eth0]/system"]
    assert "already" in uri_problem("tcp", "", "fe80::1%eth0", "", existing)
    assert uri_problem("tcp", "", "fe80::1%eth1", "", existing) == ""


def test_a_blank_host_is_asked_for_and_a_wrong_one_is_red(qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ssh"))
    assert dialog.problem.text() == "Enter the host name or address."
    assert tone_of(dialog.problem) == Tone.NORMAL
    dialog.user.setText("a b")  # the blank host is asked for first
    assert dialog.problem.text() == "Enter the host name or address."
    dialog.user.setText("")
    dialog.host.setText("kvm 1")
    assert "may not contain" in dialog.problem.text() and tone_of(dialog.problem) == Tone.ERROR
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    assert "Enter a libvirt URI" in dialog.problem.text() and tone_of(dialog.problem) == Tone.NORMAL
    dialog.custom.setText("kvm1")
    assert "Enter a libvirt URI" in dialog.problem.text() and tone_of(dialog.problem) == Tone.ERROR


def test_a_host_with_a_query_or_fragment_mark_is_refused(qtbot):
    """qemu+ssh://kvm1?x/system parses as host kvm1 with no path and a query (and '#'
    starts a fragment): the dialog accepted it and only connecting failed, or went to
    another host than shown."""
    for host in ("kvm1?x", "kvm1#2", "?", "#"):
        assert "may not contain" in uri_problem("ssh", "", host, ""), host
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tcp"))
    dialog.host.setText("kvm1?transport=x")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert tone_of(dialog.problem) == Tone.ERROR and dialog.preview.text() == ""


def test_a_wrong_user_name_left_in_the_disabled_field_does_not_block_a_local_connection(qtbot):
    """Typed for SSH, then "this machine" chosen: the user field is disabled and not in
    the URI, yet OK stayed off saying the user name may not contain spaces."""
    assert uri_problem("local-system", "a b", "", "") == ""
    assert uri_problem("custom", "a@b", "", "qemu:///session") == ""
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ssh"))
    dialog.user.setText("a b")
    dialog.host.setText("kvm1")
    assert "user name" in dialog.problem.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("local-session"))
    assert dialog.problem.text() == "" and dialog.preview.text() == "qemu:///session"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_host_that_makes_no_uri_is_refused(qtbot):
    """libvirt said "Unable to parse URI" only when connecting, and the broken host was
    saved in the list by then."""
    for host in ("kvm1:abc", "kvm1:", "a:b:c", "a:1:2", "[fe80::1", "kvm]1"):
        assert "port" in uri_problem("ssh", "", host, ""), host
    for host in ("kvm1", "kvm1:2222", "fe80::1", "[2001:db8::7]:16514", "fe80::1%eth0", "192.0.2.4"):
        assert uri_problem("ssh", "root", host, "") == "", host


def test_a_host_character_libvirt_cannot_parse_or_a_port_out_of_range_is_refused(qtbot):
    """libvirt said "Unable to parse URI" only when connecting (qemu+ssh://a<b/system,
    a bare '%', a name in another script), and took port 99999 to ssh, which refused it."""
    for host in ("a<b", "a>b", "a%b", "50%", "a|b", 'a"b', "a\\b", "a{b}", "a^b", "a`b",
                 "müller", "kvm\t1"):
        assert "may not contain" in uri_problem("ssh", "", host, ""), host
    for host in ("kvm1:0", "kvm1:65536", "kvm1:99999", "[fe80::1]:70000", "kvm1:99999999999"):
        assert "1 to 65535" in uri_problem("ssh", "", host, ""), host
    assert "port" in uri_problem("ssh", "", "[kvm<1]", "")  # no IPv6 address in the brackets
    assert "port" in uri_problem("ssh", "", "kvm1:２２", "")  # digits libvirt does not read
    for host in ("kvm-1.example.org", "kvm_1", "kvm1:65535", "[fe80::1%eth0]:22"):
        assert uri_problem("ssh", "", host, "") == "", host
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tls"))
    dialog.host.setText("kvm1|kvm2")
    assert dialog.problem.text() == "The host name may not contain '|'."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_same_host_in_other_letter_case_is_already_in_the_list(qtbot):
    """Host names (and schemes) are case-insensitive: KVM1 was added beside kvm1, a
    second entry for the same host; a user name or path in other case is another one."""
    existing = ["qemu+ssh://root@kvm1.example.org/system", "qemu+tls://[fe80::a]:16514/system"]
    assert "already" in uri_problem("ssh", "root", "KVM1.Example.org", "", existing)
    assert "already" in uri_problem("tls", "", "[FE80::A]:16514", "", existing)
    assert "already" in uri_problem("custom", "", "", "QEMU+SSH://root@KVM1.example.org/system",
                                    existing)
    assert uri_problem("ssh", "Root", "kvm1.example.org", "", existing) == ""
    assert uri_problem("custom", "", "", "qemu+ssh://root@kvm1.example.org/System", existing) == ""
    dialog = ConnectDialog(existing=existing)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ssh"))
    dialog.user.setText("root")
    dialog.host.setText("KVM1.example.org")
    assert dialog.problem.text() == "This connection is already in the list."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_custom_uri_whose_host_makes_no_uri_is_refused(qtbot):
    """An unclosed '[' was taken, and when libvirt refused it ("Unable to parse URI") the
    failure could not be read: an exception, and the host stayed 'Connecting…'. A custom
    URI's host is checked as a typed one."""
    for uri in ("qemu+ssh://[fe80::1/system", "qemu+ssh://root@kvm]1/system",
                "qemu+ssh://fe80::1/system", "qemu+tcp://kvm1:abc/system"):
        assert "port number" in uri_problem("custom", "", "", uri), uri
    assert "may not contain '<'" in uri_problem("custom", "", "", "qemu+ssh://a<b/system")
    assert "1 to 65535" in uri_problem("custom", "", "", "qemu+ssh://kvm1:99999/system")
    for uri in ("test:///default", "esx://vc?no_verify=1", "qemu+ssh://root@kvm1:2222/system",
                "qemu+ssh://[fe80::1%25eth0]/system", "qemu+ssh://[fe80::1]/system?keyfile=/a@b/k",
                "qemu+unix:///system?socket=/run/x"):
        assert uri_problem("custom", "", "", uri) == "", uri


def test_the_same_host_with_its_default_port_written_out_is_already_in_the_list(qtbot):
    """libvirt dials tls 16514, tcp 16509 and libssh(2) 22 when the URI names no port:
    kvm1:16514 beside kvm1 was a second entry for one host. Plain ssh is left alone:
    ssh's config may give that host another port."""
    existing = ["qemu+tls://kvm1/system", "qemu+tcp://kvm2:16509/system",
                "qemu+libssh2://kvm3/system", "qemu+tls://[fe80::a]/system"]
    assert "already" in uri_problem("tls", "", "kvm1:16514", "", existing)
    assert "already" in uri_problem("tcp", "", "KVM2", "", existing)
    assert "already" in uri_problem("custom", "", "", "qemu+libssh2://kvm3:22/system", existing)
    assert "already" in uri_problem("tls", "", "[fe80::a]:16514", "", existing)
    for host in ("kvm1:16509", "kvm2:16514", "[fe80::a]:22"):
        assert uri_problem("tls" if host != "kvm2:16514" else "tcp", "", host, "", existing) == "", host
    assert uri_problem("ssh", "", "kvm5:22", "", ["qemu+ssh://kvm5/system"]) == ""


def test_an_ipv6_zone_in_other_letter_case_is_another_interface(qtbot):
    """Interface names are case-sensitive (eth0 and Eth0 are two): fe80::1%Eth0 was refused
    as already in the list beside fe80::1%eth0; the address itself is case-insensitive."""
    existing = ["qemu+tcp://[fe80::1%25eth0]/system"]
    assert uri_problem("tcp", "", "fe80::1%Eth0", "", existing) == ""
    assert uri_problem("custom", "", "", "qemu+tcp://[fe80::1%25ETH0]/system", existing) == ""
    assert "already" in uri_problem("tcp", "", "FE80::1%eth0", "", existing)


def test_a_remote_uri_without_transport_is_the_tls_one_already_in_the_list():
    """qemu://kvm1/system is qemu+tls://kvm1/system (libvirt's default transport for a
    host): adding it made a second entry for the host."""
    existing = ["qemu+tls://kvm1.example.org/system", "qemu://kvm2.example.org/system"]
    assert "already" in uri_problem("custom", "", "", "qemu://kvm1.example.org/system", existing)
    assert "already" in uri_problem("tls", "", "kvm2.example.org", "", existing)
    assert uri_problem("custom", "", "", "qemu:///system", ["qemu+tls:///system"]) == ""  # local
    # These drivers dial the host themselves (https, WinRM): no tls transport of libvirt's.
    assert uri_problem("custom", "", "", "esx://vc.example.org/", ["esx+tls://vc.example.org/"]) == ""


def test_the_same_user_written_escaped_is_already_in_the_list():
    """The dialog writes a user name's '+' as %2B (svc%2Bkvm@), as libvirt decodes it; a
    saved svc+kvm@kvm1 was another host to the list, and the host was added twice."""
    existing = ["qemu+ssh://svc+kvm@kvm1.example.org/system"]
    assert build_uri("ssh", "svc+kvm", "kvm1.example.org") == \
        "qemu+ssh://svc%2Bkvm@kvm1.example.org/system"
    assert "already" in uri_problem("ssh", "svc+kvm", "kvm1.example.org", "", existing)


def test_the_same_address_or_parameters_written_otherwise_are_already_in_the_list(qtbot):
    """libvirt dials [0:0::1] as [::1] and [127.0.0.1] as 127.0.0.1, and reads parameters
    by name (in any case) whatever their order or separator: each was added beside the
    other as a second entry for the same host."""
    existing = ["qemu+ssh://root@[::1]:2222/system",
                "qemu+tls://127.0.0.1/system",
                "qemu+ssh://kvm1/system?keyfile=/k&no_verify=1"]
    assert "already" in uri_problem("ssh", "root", "[0:0::1]:2222", "", existing)
    # (The dialog refuses [127.0.0.1]; a saved one, or one given with -c, was a second host.)
    assert uri_key("qemu+tls://[127.0.0.1]:16514/system") == uri_key(existing[1])
    for uri in ("qemu+ssh://kvm1/system?no_verify=1&keyfile=/k",
                "qemu+ssh://kvm1/system?No_Verify=1;keyfile=%2Fk"):
        assert "already" in uri_problem("custom", "", "", uri, existing)
    # Other values, or a repeated name's other last value, are another connection.
    assert uri_problem("ssh", "root", "[::2]:2222", "", existing) == ""
    for uri in ("qemu+ssh://kvm1/system?keyfile=/k",
                "qemu+ssh://kvm1/system?no_verify=1&keyfile=/k&no_verify=0",
                "qemu+ssh://kvm1/system?keyfile=/k;no_verify=1&"):  # keyfile "/k;no_verify=1"
        assert uri_problem("custom", "", "", uri, existing) == ""
