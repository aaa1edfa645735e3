"""kvmgui.libvirt.graphics: reading a VM's displays, planning and opening the VNC socket."""

from __future__ import annotations

import os
import socket
import stat
import textwrap
import threading

import libvirt
import pytest

from kvmgui.libvirt import fanout, graphics
from kvmgui.libvirt.graphics import (
    GraphicsDevice,
    GraphicsError,
    GraphicsProblem,
    RouteKind,
    open_socket,
    parse_graphics,
    plan_route,
    read_displays,
)
from tests.helpers import FakeError, meet, run_in_worker

XML = """<domain type='kvm'><name>x</name><devices>
  <graphics type='vnc' port='5901' autoport='yes' listen='0.0.0.0' passwd='secret'>
    <listen type='address' address='0.0.0.0'/>
  </graphics>
  <graphics type='vnc' port='-1' autoport='yes'><listen type='socket' socket='/run/vnc.sock'/></graphics>
  <graphics type='spice' port='5902' tlsPort='5903'><listen type='network' address='10.0.0.5'/></graphics>
  <graphics type='vnc'><listen type='none'/></graphics>
</devices></domain>"""


def test_parse_graphics():
    vnc, sock, spice, none = parse_graphics(XML)
    assert vnc == GraphicsDevice(0, "vnc", 5901, None, "0.0.0.0", None, "secret")
    assert (sock.index, sock.port, sock.socket, sock.listen) == (1, None, "/run/vnc.sock", None)
    assert (spice.type, spice.port, spice.tls_port, spice.listen) == ("spice", 5902, 5903, "10.0.0.5")
    assert (none.port, none.listen, none.socket) == (None, None, None)


def device(**kw):
    base = {"index": 0, "type": "vnc", "port": 5900, "listen": "127.0.0.1"}
    return GraphicsDevice(**(base | kw))


def test_local_connections_ask_libvirt_for_the_socket():
    route = plan_route("qemu:///system", True, device(index=2))
    assert (route.kind, route.index) == (RouteKind.LOCAL_FD, 2)
    assert plan_route("qemu:///system", True, device(port=None, socket="/s")).kind is RouteKind.LOCAL_FD
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu:///system", True, device(port=None))
    assert err.value.problem is GraphicsProblem.NOT_LISTENING


def test_a_display_listening_nowhere_is_reached_through_libvirt_on_its_host():
    """<listen type='none'/>: QEMU serves it only through openGraphicsFD, which a local
    connection passes (it was refused as listening nowhere); a remote one cannot."""
    (nowhere,) = parse_graphics("<domain><devices><graphics type='vnc'><listen type='none'/>"
                                "</graphics></devices></domain>")
    assert plan_route("qemu:///system", True, nowhere).kind is RouteKind.LOCAL_FD
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu+ssh://host.example/system", False, nowhere)
    assert err.value.problem is GraphicsProblem.NOT_LISTENING


def test_ssh_routes_tunnel_to_the_listen_address_on_the_far_side():
    route = plan_route("qemu+ssh://admin@host.example:2222/system?keyfile=/k/id", False,
                       device(listen="0.0.0.0", port=5905))
    assert route.kind is RouteKind.SSH
    assert route.argv == ("ssh", "-o", "ConnectTimeout=10", "-o", "ExitOnForwardFailure=yes",
                          "-p", "2222", "-l", "admin", "-i", "/k/id",
                          "-W", "localhost:5905", "--", "host.example")
    # The URI's ssh command (kvmgui's wrapper in a connection's dial_uri) runs the tunnel.
    wrapped = plan_route("qemu+ssh://h/system?command=/run/k/c1-ssh&no_tty=1", False, device())
    assert wrapped.argv[0] == "/run/k/c1-ssh" and wrapped.argv[-2:] == ("--", "h")
    assert plan_route("qemu+libssh://h/system?command=/x", False, device()).argv[0] == "ssh"
    loop = plan_route("qemu+ssh://h/system", False, device(listen="::1"))
    assert loop.argv[-3:] == ("[::1]:5900", "--", "h")
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu+ssh://h/system", False, device(port=None, socket="/run/x"))
    assert err.value.problem is GraphicsProblem.REMOTE_SOCKET
    with pytest.raises(GraphicsError):
        plan_route("qemu+ssh://-oProxyCommand=x/system", False, device())


def test_tcp_routes_need_a_reachable_address():
    wildcard = plan_route("qemu+tls://host.example/system", False, device(listen="0.0.0.0"))
    assert (wildcard.kind, wildcard.host, wildcard.port) == (RouteKind.TCP, "host.example", 5900)
    named = plan_route("qemu+tcp://h/system", False, device(listen="192.0.2.7"))
    assert named.host == "192.0.2.7"
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu+tcp://h/system", False, device(listen="127.0.0.1"))
    assert err.value.problem is GraphicsProblem.LOOPBACK_ONLY


def test_read_displays_on_the_test_driver(qtbot, connected):
    xml = ("<domain type='test'><name>gfx</name><memory>65536</memory><os><type>hvm</type></os>"
           "<devices><graphics type='vnc' port='5901' autoport='no' passwd='pw'/></devices></domain>")
    uid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())
    assert run_in_worker(qtbot, connected, read_displays, uid) == graphics.DisplayInfo(False)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).create())
    info = run_in_worker(qtbot, connected, read_displays, uid)
    assert info.active
    assert info.first("vnc").port == 5901
    assert info.first("vnc").password == "pw"  # read with VIR_DOMAIN_XML_SECURE
    assert info.first("spice") is None
    route = plan_route(connected.uri, connected.is_local, info.first("vnc"))
    with pytest.raises(GraphicsError) as err:  # the test driver has no VNC server to hand out
        run_in_worker(qtbot, connected, open_socket, uid, route)
    assert err.value.problem is GraphicsProblem.CONNECT_FAILED
    assert "not supported" in err.value.detail


def test_tcp_socket(qtbot, connected):
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()[0].recv(5)))
    thread.start()
    route = graphics.Route(RouteKind.TCP, 0, "127.0.0.1", port)
    opened = run_in_worker(qtbot, connected, open_socket, "unused", route)
    with socket.socket(fileno=opened.fd) as sock:
        sock.sendall(b"hello")
        thread.join(5)
    server.close()
    assert accepted == [b"hello"]
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    server.close()  # nobody listens there now
    with pytest.raises(GraphicsError) as err:
        run_in_worker(qtbot, connected, open_socket, "unused",
                      graphics.Route(RouteKind.TCP, 0, "127.0.0.1", port))
    assert err.value.problem is GraphicsProblem.CONNECT_FAILED


def test_ssh_tunnel_carries_the_socket(qtbot, connected, tmp_path, monkeypatch):
    """A stand-in ``ssh`` echoes its stdin: bytes go through the socketpair and back."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    args = tmp_path / "args"
    fake = bindir / "ssh"
    fake.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        printf '%s\\n' "$@" > {args}
        echo "ssh says hello" >&2
        exec cat
    """))
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    route = plan_route("qemu+ssh://root@far/system", False, device(listen="0.0.0.0"))
    opened = run_in_worker(qtbot, connected, open_socket, "unused", route)
    assert opened.tunnel is not None
    with socket.socket(fileno=opened.fd) as sock:
        sock.sendall(b"RFB?")
        assert sock.recv(4) == b"RFB?"
    assert args.read_text().splitlines()[-3:] == ["localhost:5900", "--", "far"]
    assert opened.stop_tunnel() == "ssh says hello"
    assert opened.tunnel is None


def _options(argv):
    return [argv[i + 1] for i, arg in enumerate(argv) if arg == "-o"]


def test_the_tunnel_checks_host_keys_and_logs_in_as_libvirt_does(tmp_path, monkeypatch):
    """What libvirt's own ssh transport makes of the URI's options, the tunnel does too:
    otherwise it fails (or asks) where the connection logged in without a question."""
    ssh = plan_route("qemu+ssh://h/system?no_verify=1&no_tty=1", False, device()).argv
    assert {"StrictHostKeyChecking=no", "BatchMode=yes"} <= set(_options(ssh))
    plain = plan_route("qemu+ssh://h/system?no_verify=0&no_tty=0", False, device()).argv
    assert _options(plain) == ["ConnectTimeout=10", "ExitOnForwardFailure=yes"]
    # libssh keeps its keys in libvirt's own known_hosts (or the URI's), logs in as root
    # when the URI names nobody, and reads known_hosts_verify.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    libssh = plan_route("qemu+libssh://h/system", False, device()).argv
    assert f"UserKnownHostsFile={tmp_path}/cfg/libvirt/known_hosts" in _options(libssh)
    assert libssh[libssh.index("-l") + 1] == "root"
    auto = plan_route("qemu+libssh2://me@h/system?known_hosts=/k/hosts&known_hosts_verify=auto",
                      False, device()).argv
    assert {"UserKnownHostsFile=/k/hosts", "StrictHostKeyChecking=accept-new"} <= set(_options(auto))
    assert auto[auto.index("-l") + 1] == "me"
    ignore = plan_route("qemu+libssh://h/system?known_hosts_verify=ignore", False, device()).argv
    assert {"UserKnownHostsFile=/dev/null", "StrictHostKeyChecking=no"} <= set(_options(ignore))
    spaced = plan_route("qemu+libssh://h/system?known_hosts=/a%20b/hosts", False, device()).argv
    assert 'UserKnownHostsFile="/a b/hosts"' in _options(spaced)  # ssh splits at white space


def test_the_tunnel_reads_the_uri_as_libvirt_does():
    """libvirt decodes %-escapes in the user name, keeps '+' in values (not a space),
    reads parameter names in any case and takes the last of a repeated one."""
    argv = plan_route("qemu+ssh://me%40corp.example@h/system?keyfile=/k/id+work&No_Verify=1",
                      False, device()).argv
    assert argv[argv.index("-l") + 1] == "me@corp.example"
    assert argv[argv.index("-i") + 1] == "/k/id+work"
    assert "StrictHostKeyChecking=no" in _options(argv)
    last = plan_route("qemu+ssh://h/system?keyfile=/k/a&KEYFILE=/k/b", False, device()).argv
    assert last[last.index("-i") + 1] == "/k/b"


def test_an_ipv6_host_with_a_zone_is_reached_as_libvirt_reaches_it():
    """libvirt decodes the URI's host: '[fe80::1%25eth0]' is fe80::1 on eth0, which ssh
    and connect() take as 'fe80::1%eth0' ('%25eth0' is no interface)."""
    ssh = plan_route("qemu+ssh://root@[fe80::1%25eth0]/system", False, device(listen="0.0.0.0"))
    assert ssh.argv[-2:] == ("--", "fe80::1%eth0") and ssh.host == "fe80::1%eth0"
    tcp = plan_route("qemu+tcp://[fe80::1%25eth0]/system", False, device(listen="0.0.0.0"))
    assert tcp.host == "fe80::1%eth0"


def test_a_host_urlsplit_refuses_is_reached_as_libvirt_reaches_it():
    """libvirt dials [127.0.0.1] as 127.0.0.1 (the connection opened), and a password
    given with -c may hold a '?'; plan_route cut the URI with urlsplit, which raised
    ValueError out of the console's slot (the crash window) or read host 'alice'."""
    ssh = plan_route("qemu+ssh://root@[127.0.0.1]:2222/system?keyfile=/k/id", False, device())
    assert ssh.argv[-2:] == ("--", "127.0.0.1") and ssh.host == "127.0.0.1"
    assert ssh.argv[ssh.argv.index("-p") + 1] == "2222"
    assert ssh.argv[ssh.argv.index("-i") + 1] == "/k/id"
    tcp = plan_route("qemu+tcp://[127.0.0.1]/system", False, device(listen="0.0.0.0"))
    assert (tcp.kind, tcp.host) == (RouteKind.TCP, "127.0.0.1")
    typed = plan_route("qemu+ssh://alice:pa?ss@far/system?keyfile=/k/id", False, device())
    assert typed.argv[-2:] == ("--", "far")
    assert typed.argv[typed.argv.index("-l") + 1] == "alice"
    assert typed.argv[typed.argv.index("-i") + 1] == "/k/id"


def test_a_host_ssh_cannot_take_is_named_without_the_uris_password():
    """A host ssh would read as an option was refused as 'bad host in <URI>', the URI with
    its password in it, on screen and in the log."""
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu+ssh://alice:s3cret@-oProxyCommand=x/system", False, device())
    assert err.value.problem is GraphicsProblem.BAD_HOST
    assert err.value.detail == "-oProxyCommand=x"
    assert "s3cret" not in str(err.value)


def test_an_autoport_display_of_a_starting_vm_has_no_port_yet():
    """port='-1' with autoport: QEMU has not been given its port yet; that is no display
    that listens nowhere (nor port -1 to dial)."""
    pending, = parse_graphics("<domain><devices><graphics type='vnc' port='-1' autoport='yes'>"
                              "<listen type='address' address='0.0.0.0'/></graphics>"
                              "</devices></domain>")
    assert pending.port is None and pending.port_pending
    for uri, local in (("qemu:///system", True), ("qemu+ssh://h/system", False),
                       ("qemu+tcp://h/system", False)):
        with pytest.raises(GraphicsError) as err:
            plan_route(uri, local, pending)
        assert err.value.problem is GraphicsProblem.NO_PORT_YET
    nowhere, = parse_graphics("<domain><devices><graphics type='vnc' autoport='yes'>"
                              "<listen type='none'/></graphics></devices></domain>")
    assert not nowhere.port_pending


def test_a_loopback_display_of_a_host_dialled_on_this_machine_is_reached_directly():
    """qemu+tcp://localhost or qemu+tls://127.0.0.1 is this machine: a display on its
    loopback is right here, and was refused as "only on the remote host's loopback"."""
    for uri in ("qemu+tcp://localhost/system", "qemu+tls://127.0.0.1:16514/system",
                "qemu+tcp://[::1]/system"):
        route = plan_route(uri, False, device(listen="127.0.0.1", port=5907))
        assert (route.kind, route.host, route.port) == (RouteKind.TCP, "127.0.0.1", 5907)
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu+tcp://far.example/system", False, device(listen="127.0.0.1"))
    assert err.value.problem is GraphicsProblem.LOOPBACK_ONLY


def test_a_host_dialled_over_tcp_without_a_name_is_reached_over_tcp_not_fd_passing():
    """qemu+tcp:///system has no host (kvmgui calls it local) but libvirt dials localhost
    over TCP, where no file descriptor can be passed: openGraphicsFD was asked and
    refused. The display is reached directly, as on localhost."""
    for uri in ("qemu+tcp:///system", "qemu+tls:///system"):
        loop = plan_route(uri, True, device(listen="127.0.0.1", port=5907))
        assert (loop.kind, loop.host, loop.port) == (RouteKind.TCP, "127.0.0.1", 5907)
        wild = plan_route(uri, True, device(listen="0.0.0.0", port=5907))
        assert (wild.kind, wild.host) == (RouteKind.TCP, "localhost")
    assert plan_route("qemu:///system", True, device()).kind is RouteKind.LOCAL_FD
    assert plan_route("qemu+unix:///system", True, device()).kind is RouteKind.LOCAL_FD


def test_a_socket_display_of_a_host_dialled_on_this_machine_is_reached_directly(qtbot, connected,
                                                                                 tmp_path):
    """qemu+tcp://localhost (or qemu+tcp:///): a display on a UNIX socket is on this
    machine, and was refused as "a UNIX socket of the remote host"."""
    path = str(tmp_path / "vnc.sock")
    for uri, local in (("qemu+tcp://localhost/system", False), ("qemu+tcp:///system", True)):
        route = plan_route(uri, local, device(port=None, listen=None, socket=path))
        assert (route.kind, route.host) == (RouteKind.UNIX, path)
    with pytest.raises(GraphicsError) as err:
        plan_route("qemu+tcp://far.example/system", False, device(port=None, socket=path))
    assert err.value.problem is GraphicsProblem.REMOTE_SOCKET
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    server.listen(1)
    opened = run_in_worker(qtbot, connected, open_socket, "unused",
                           plan_route("qemu+tcp://localhost/system", False,
                                      device(port=None, socket=path)))
    with socket.socket(fileno=opened.fd) as sock:
        sock.sendall(b"hi")
        assert server.accept()[0].recv(2) == b"hi"
    server.close()


def test_a_far_hosts_display_is_read_side_by_side_and_read_the_same(qtbot, connected,
                                                                    monkeypatch):
    """A console's first step: whether the VM runs and its XML go at once (a round trip
    less behind a slow link); a refused secure XML still falls back to the plain one."""
    xml = ("<domain type='test'><name>gfx</name><memory>65536</memory><os><type>hvm</type></os>"
           "<devices><graphics type='vnc' port='5901' autoport='no' passwd='pw'/></devices></domain>")
    uid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).createWithFlags(0) or
                        c.lookupByName("gfx").UUIDString())
    near = run_in_worker(qtbot, connected, read_displays, uid)
    assert near.active and near.first("vnc").password == "pw"
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    meet(monkeypatch, [(libvirt.virDomain, "isActive"), (libvirt.virDomain, "XMLDesc")])
    assert run_in_worker(qtbot, connected, read_displays, uid) == near
    real = libvirt.virDomain.XMLDesc

    def read_only(self, flags=0):
        if flags & libvirt.VIR_DOMAIN_XML_SECURE:
            raise FakeError("operation forbidden: read only access prevents "
                            "virDomainGetXMLDesc with secure flag", libvirt.VIR_ERR_OPERATION_DENIED)
        return real(self, flags)
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", read_only)
    seen = run_in_worker(qtbot, connected, read_displays, uid)
    assert seen.active and seen.first("vnc").port == 5901
