"""The troubleshooter's runner on the test driver: steps in order, each in a worker with a
timeout; fakes stand in for what the test driver lacks (leases, a guest agent) and for this
machine's networking."""

import base64
import ipaddress
import shutil
import threading
import time

import libvirt
import pytest

from kvmgui.libvirt import dhcphosts, fanout, netprobe, virsh
from kvmgui.libvirt.netcheck import ALL_STEPS, Fix, Outcome, Reason, Step, Target
from kvmgui.libvirt.netfix import apply_fix
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.probes import LocalSystem, PermissionDeniedError, Probes
from kvmgui.libvirt.troubleshoot import Troubleshooter
from kvmgui.xml.network_validate import HostRoute
from tests.helpers import DEMO_VMS, FakeError, run_in_worker, together, uuid_of

WEB01_MAC = "52:54:00:6b:3c:01"
BROKEN = "4dea22b3-1d52-d8f3-2516-782e98a23f99"
BROKEN_MAC = "52:54:00:bb:00:01"


def leases_of(*pairs):
    def leases(_net):
        return [Lease(mac, ip, 24, "guest", int(time.time()) + 3600, "ipv4") for mac, ip in pairs]
    return leases


def run(qtbot, conn, target, probes, **kwargs):
    checker = Troubleshooter(conn, target, probes=probes, **kwargs)
    with qtbot.waitSignal(checker.finished, timeout=30000) as done:
        checker.start()
    results = done.args[0]
    assert [r.step for r in results] == list(ALL_STEPS)
    return {r.step: r for r in results}, checker


def define_broken(qtbot, conn, link="down", network="default"):
    xml = (f"<domain type='test'><name>broken</name><uuid>{BROKEN}</uuid><memory>65536</memory>"
           f"<os><type>hvm</type></os><devices><interface type='network'>"
           f"<mac address='{BROKEN_MAC}'/><source network='{network}'/><link state='{link}'/>"
           f"</interface></devices></domain>")
    run_in_worker(qtbot, conn, lambda c: c.defineXML(xml).create())
    qtbot.waitUntil(lambda: BROKEN in conn.domains, timeout=5000)


def test_a_healthy_nic_on_a_remote_looking_host(connected, qtbot):
    target = Target(DEMO_VMS["web01"], WEB01_MAC, local=False)
    got, checker = run(qtbot, connected, target, Probes(leases=leases_of((WEB01_MAC, "192.168.122.45"))))
    assert checker.first_failure is None
    for step in (Step.VM_RUNNING, Step.LINK_UP, Step.NETWORK, Step.DHCP, Step.DNSMASQ,
                 Step.STATIC_HOSTS, Step.LEASE):
        assert got[step].outcome is Outcome.PASSED, got[step]
    assert got[Step.LEASE].args[0] == "192.168.122.45"
    for step in (Step.IP_FORWARD, Step.NAT_RULES, Step.ROUTES):
        assert (got[step].outcome, got[step].reason) == (Outcome.SKIPPED, Reason.NOT_LOCAL)
    # The test driver has no guest agent: libvirt says so, the guest steps are skipped.
    assert (got[Step.AGENT].outcome, got[Step.AGENT].reason) == (Outcome.SKIPPED, Reason.NO_AGENT)
    assert got[Step.PING_NAME].outcome is Outcome.SKIPPED


def test_link_down_is_the_first_failure_and_its_fix_is_offered(connected, qtbot):
    define_broken(qtbot, connected)
    got, checker = run(qtbot, connected, Target(BROKEN, BROKEN_MAC, local=False),
                       Probes(leases=leases_of()))
    first = checker.first_failure
    assert (first.step, first.reason, first.fix) == (Step.LINK_UP, Reason.LINK_DOWN, Fix.SET_LINK_UP)
    assert first.fix_args == (BROKEN, BROKEN_MAC)
    assert got[Step.LEASE].reason is Reason.NO_LEASE  # the symptom comes later
    plan = connected.preview(apply_fix, first.fix, first.fix_args)
    qtbot.waitUntil(plan.done, timeout=5000)
    assert [c.verb for c in plan.result()] == ["define", "update-device"]
    assert '<link state="up"/>' in plan.result()[1].files[0].text


def test_a_stopped_network_fails_and_starting_it_fixes_it(connected, qtbot):
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    got, checker = run(qtbot, connected, Target(DEMO_VMS["router"], "52:54:00:6b:3c:05", local=False),
                       Probes(leases=leases_of()))
    first = checker.first_failure
    assert (first.step, first.reason, first.fix, first.fix_args) == (
        Step.NETWORK, Reason.NETWORK_INACTIVE, Fix.START_NETWORK, (net10,))
    assert got[Step.DHCP].outcome is Outcome.PASSED  # judged from the definition
    assert got[Step.DNSMASQ].reason is Reason.EARLIER_FAILED
    run_in_worker(qtbot, connected, apply_fix, first.fix, first.fix_args)
    assert run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).isActive())


def test_starting_a_network_someone_started_meanwhile_counts_as_done(connected, qtbot, monkeypatch):
    net10 = uuid_of(connected.networks, "net10")  # running: started after the checks ran
    run_in_worker(qtbot, connected, apply_fix, Fix.START_NETWORK, (net10,))
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).destroy())
    real = virsh.net_start

    def started_first(net):  # someone starts it between the look and the call
        net.create()
        real(net)

    monkeypatch.setattr(virsh, "net_start", started_first)
    run_in_worker(qtbot, connected, apply_fix, Fix.START_NETWORK, (net10,))
    assert run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net10).isActive())


def test_a_missing_network(connected, qtbot):
    define_broken(qtbot, connected, link="up", network="default")
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BROKEN).destroy())
    xml = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BROKEN).XMLDesc(0))
    run_in_worker(qtbot, connected, lambda c: c.defineXML(xml.replace("'default'", "'gone'")))
    got, checker = run(qtbot, connected, Target(BROKEN, BROKEN_MAC, local=False), Probes())
    assert checker.first_failure.reason is Reason.VM_STOPPED
    assert got[Step.NETWORK].reason is Reason.NETWORK_MISSING
    assert got[Step.AGENT].reason is Reason.EARLIER_FAILED


def test_a_step_that_hangs_is_skipped_after_its_timeout(connected, qtbot):
    release = threading.Event()

    def slow_leases(_net):
        release.wait(10)
        return []

    try:
        got, _checker = run(qtbot, connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                            Probes(leases=slow_leases), timeout_s=0.3)
    finally:
        release.set()
    assert (got[Step.DNSMASQ].outcome, got[Step.DNSMASQ].reason) == (Outcome.SKIPPED, Reason.TIMED_OUT)
    assert got[Step.LEASE].reason is Reason.EARLIER_FAILED  # the run went on
    assert got[Step.ROUTES].outcome is Outcome.SKIPPED


def test_a_step_still_hanging_is_not_started_again_nor_held_in_the_shared_pool(connected, qtbot):
    """A step that timed out kept its worker; each "Run Again" (or consent toggle) started
    it once more, on the shared pool that every other job waits on: four runs on a hung
    host and no action, reading or check of kvmgui answered any more. The step now runs on
    the troubleshooter's own threads, and is not started again while it hangs (said so)."""
    release = threading.Event()
    asked = []

    def slow_leases(_net):
        asked.append(1)
        release.wait(10)
        return []

    checker = Troubleshooter(connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                             probes=Probes(leases=slow_leases), timeout_s=0.3)
    try:
        for _run in range(4):  # the shared pool has four threads
            with qtbot.waitSignal(checker.finished, timeout=30000) as done:
                checker.start()
        got = {r.step: r for r in done.args[0]}
        assert len(asked) == 1  # not asked again while the first one hangs
        assert (got[Step.DNSMASQ].outcome, got[Step.DNSMASQ].reason) == (
            Outcome.SKIPPED, Reason.STILL_RUNNING)
        assert got[Step.DNSMASQ].args == ("0.3",)
        # The rest of kvmgui still gets answers meanwhile.
        future = connected.run(lambda c: c.getHostname())
        qtbot.waitUntil(future.done, timeout=3000)
    finally:
        release.set()
    with qtbot.waitSignal(checker.finished, timeout=30000) as done:
        checker.start()
    got = {r.step: r for r in done.args[0]}
    assert len(asked) == 2  # the first answered: the step runs again
    assert got[Step.DNSMASQ].reason is not Reason.STILL_RUNNING


def test_a_rerun_waits_for_the_step_its_cancelled_run_left_running(connected, qtbot):
    """The consent box's toggle cancels the run and starts another: the step that was
    running is not started twice; the new run takes its turn once the old one answered."""
    release = threading.Event()
    asked = []

    def slow_leases(_net):
        asked.append(1)
        release.wait(10)
        return []

    checker = Troubleshooter(connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                             probes=Probes(leases=slow_leases), timeout_s=20)
    with qtbot.waitSignal(checker.stepStarted, timeout=10000,
                          check_params_cb=lambda step: step is Step.DNSMASQ):
        checker.start()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    checker.cancel()
    with qtbot.waitSignal(checker.stepStarted, timeout=10000,
                          check_params_cb=lambda step: step is Step.DNSMASQ):
        checker.start()
    assert len(asked) == 1
    with qtbot.waitSignal(checker.finished, timeout=30000) as done:
        release.set()
    got = {r.step: r for r in done.args[0]}
    assert len(asked) == 2
    assert got[Step.DNSMASQ].reason is not Reason.STILL_RUNNING


class FakeLocal(LocalSystem):
    def __init__(self, forward=True, firewall=None, routes=()):
        self.forward, self.firewall, self.route_list = forward, firewall, list(routes)

    def has_interface(self, name):
        return name == "virbr0"

    def bridge_of(self, dev):
        return "virbr0"

    def ip_forward(self):
        return self.forward

    def firewall_listings(self):
        if isinstance(self.firewall, Exception):
            raise self.firewall
        return self.firewall or []

    def routes(self):
        return self.route_list

    def host_address(self):
        return "10.0.0.2"


def local_probes(local):
    return Probes(leases=leases_of((WEB01_MAC, "192.168.122.45")), local=local)


def test_local_nat_checks(connected, qtbot):
    web01 = Target(DEMO_VMS["web01"], WEB01_MAC, local=True)
    rules = [("iptables", "-A LIBVIRT_PRT -s 192.168.122.0/24 ! -d 192.168.122.0/24 -j MASQUERADE")]
    got, checker = run(qtbot, connected, web01, local_probes(FakeLocal(firewall=rules)))
    assert checker.first_failure is None
    assert got[Step.NAT_RULES].args == ("iptables", "192.168.122.0/24")
    assert got[Step.ROUTES].outcome is Outcome.PASSED

    overlap = [HostRoute(ipaddress.ip_network("192.168.0.0/16"), "wg0")]
    got, checker = run(qtbot, connected, web01, local_probes(FakeLocal(
        forward=False, firewall=PermissionDeniedError("iptables, nft"), routes=overlap)))
    assert checker.first_failure.reason is Reason.FORWARD_OFF
    assert (got[Step.NAT_RULES].outcome, got[Step.NAT_RULES].reason) == (Outcome.SKIPPED,
                                                                         Reason.NEEDS_ROOT)
    assert got[Step.ROUTES].reason is Reason.ROUTE_OVERLAP

    got, _ = run(qtbot, connected, web01, local_probes(FakeLocal(firewall=[("nft", "table ip filter {}")])))
    assert got[Step.NAT_RULES].reason is Reason.NAT_RULES_MISSING


class FakeAgent:
    """A guest agent: its answers by command; guest-exec runs from a table of outputs."""

    def __init__(self, outputs, interfaces):
        self.outputs, self.interfaces = outputs, interfaces
        self.ran = []
        self._argv = {}

    def __call__(self, _dom, command, arguments):
        if command == "guest-ping":
            return {}
        if command == "guest-network-get-interfaces":
            return self.interfaces
        if command == "guest-exec":
            argv = (arguments["path"], *arguments["arg"])
            self.ran.append(argv)
            pid = len(self.ran)
            self._argv[pid] = argv
            return {"pid": pid}
        if command == "guest-exec-status":
            code, text = self.outputs[self._argv[arguments["pid"]][:2] if
                                      self._argv[arguments["pid"]][0] == "ip" else
                                      self._argv[arguments["pid"]][-1]]
            return {"exited": True, "exitcode": code,
                    "out-data": base64.b64encode(text.encode()).decode()}
        raise FakeError(f"unknown command {command}")


def test_guest_side_with_consent(connected, qtbot):
    agent = FakeAgent(
        {("ip", "a"): (0, f"2: eth0: <UP>\n    link/ether {WEB01_MAC} brd ff\n"
                          "    inet 192.168.122.45/24 scope global eth0\n"),
         ("ip", "route"): (0, "default via 192.168.122.1 dev eth0\n"),
         "192.168.122.1": (0, "1 received"),
         "10.0.0.2": (1, "0 received"),
         "example.org": (1, "ping: bad address 'example.org'")},
        [{"name": "eth0", "hardware-address": WEB01_MAC,
          "ip-addresses": [{"ip-address-type": "ipv4", "ip-address": "192.168.122.45"}]}])
    probes = Probes(leases=leases_of((WEB01_MAC, "192.168.122.45")), agent=agent,
                    local=FakeLocal(firewall=[("iptables", "-s 192.168.122.0/24 -j MASQUERADE")]))
    without = Target(DEMO_VMS["web01"], WEB01_MAC, local=True, name_to_ping="example.org")
    got, _ = run(qtbot, connected, without, probes)
    assert got[Step.GUEST_NIC].args == ("eth0", "192.168.122.45")
    assert got[Step.GUEST_ADDR].reason is Reason.NO_CONSENT and agent.ran == []  # asked first

    consent = Target(DEMO_VMS["web01"], WEB01_MAC, local=True, guest_commands=True,
                     name_to_ping="example.org")
    got, checker = run(qtbot, connected, consent, probes)
    assert agent.ran[:2] == [("ip", "a"), ("ip", "route")]
    assert got[Step.GUEST_ADDR].outcome is Outcome.PASSED
    assert "inet 192.168.122.45" in got[Step.GUEST_ADDR].output
    assert got[Step.GUEST_ROUTE].reason is Reason.ROUTE_VIA_GATEWAY
    assert got[Step.PING_GATEWAY].outcome is Outcome.PASSED
    assert got[Step.PING_HOST].reason is Reason.NO_REPLY and got[Step.PING_HOST].args == ("10.0.0.2",)
    assert checker.first_failure.step is Step.PING_HOST
    assert got[Step.PING_NAME].reason is Reason.NAME_NOT_RESOLVED
    assert got[Step.PING_NAME].output.startswith("$ ping -c 1 -W 3 example.org")



class GermanGuest(FakeAgent):
    """A guest set up in German: its commands speak German unless told LC_ALL=C, and the
    agent finds a program only on the PATH it is given (qemu-ga searches the one in
    guest-exec's env; GLib's default has no /usr/sbin)."""

    def __call__(self, dom, command, arguments):
        if command == "guest-exec":
            env = arguments.get("env")
            path = next((e[5:] for e in env or () if e.startswith("PATH=")), None)
            if env is not None and "/usr/sbin" not in (path or "/bin:/usr/bin").split(":"):
                raise FakeError("Guest agent command failed, error was 'Failed to execute "
                                "child process “ip” (No such file or directory)'")
            self.c_locale = env is not None and "LC_ALL=C" in env
        answer = super().__call__(dom, command, arguments)
        if command == "guest-exec-status" and not self.c_locale:
            text = base64.b64decode(answer["out-data"]).decode()
            text = text.replace("Name or service not known", "Der Name oder der Dienst ist nicht bekannt")
            answer["out-data"] = base64.b64encode(text.encode()).decode()
        return answer


def test_a_name_a_guest_in_another_language_cannot_resolve_is_said_so(connected, qtbot):
    """The guest's ping answered in the guest's language ("Der Name oder der Dienst ist
    nicht bekannt"), which the step did not recognise: it said "No reply from example.org"
    where the name was not resolved. Guest commands run in the C locale now."""
    agent = GermanGuest(
        {("ip", "a"): (0, f"2: eth0: <UP>\n    link/ether {WEB01_MAC} brd ff\n"
                          "    inet 192.168.122.45/24 scope global eth0\n"),
         ("ip", "route"): (0, "default via 192.168.122.1 dev eth0\n"),
         "192.168.122.1": (0, "1 received"), "10.0.0.2": (0, "1 received"),
         "example.org": (2, "ping: example.org: Name or service not known")},
        [{"name": "eth0", "hardware-address": WEB01_MAC,
          "ip-addresses": [{"ip-address-type": "ipv4", "ip-address": "192.168.122.45"}]}])
    probes = Probes(leases=leases_of((WEB01_MAC, "192.168.122.45")), agent=agent,
                    local=FakeLocal(firewall=[("iptables", "-s 192.168.122.0/24 -j MASQUERADE")]))
    target = Target(DEMO_VMS["web01"], WEB01_MAC, local=True, guest_commands=True,
                    name_to_ping="example.org")
    got, _ = run(qtbot, connected, target, probes)
    assert got[Step.GUEST_ADDR].outcome is Outcome.PASSED  # 'ip' found on the PATH given
    assert got[Step.PING_NAME].reason is Reason.NAME_NOT_RESOLVED, got[Step.PING_NAME]


@pytest.mark.parametrize("name", ["-f", "-i0.002", "libvirt.org -f", "$(reboot)", "'x'", ""])
def test_a_name_to_ping_that_is_no_host_name_is_not_sent_to_the_guest(connected, qtbot, name):
    """The "ping a name" step gave the guest's ping what was typed as its last argument:
    '-f' reached it as an option (the step said "No reply from -f")."""
    agent = FakeAgent(
        {("ip", "a"): (0, f"2: eth0: <UP>\n    link/ether {WEB01_MAC} brd ff\n"
                          "    inet 192.168.122.45/24 scope global eth0\n"),
         ("ip", "route"): (0, "default via 192.168.122.1 dev eth0\n"),
         "192.168.122.1": (0, "1 received"), "10.0.0.2": (0, "1 received"),
         name: (1, "ping: invalid argument")},
        [{"name": "eth0", "hardware-address": WEB01_MAC,
          "ip-addresses": [{"ip-address-type": "ipv4", "ip-address": "192.168.122.45"}]}])
    probes = Probes(leases=leases_of((WEB01_MAC, "192.168.122.45")), agent=agent,
                    local=FakeLocal(firewall=[("iptables", "-s 192.168.122.0/24 -j MASQUERADE")]))
    target = Target(DEMO_VMS["web01"], WEB01_MAC, local=True, guest_commands=True,
                    name_to_ping=name)
    got, _ = run(qtbot, connected, target, probes)
    pinged = [argv[-1] for argv in agent.ran if argv[0] == "ping"]
    assert pinged == ["192.168.122.1", "10.0.0.2"]  # the gateway and the host, not the name
    result = got[Step.PING_NAME]
    if name:
        assert (result.outcome, result.reason, result.args) == (Outcome.SKIPPED,
                                                                Reason.NOT_A_NAME, (name,))
    else:
        assert (result.outcome, result.reason) == (Outcome.NOT_APPLICABLE, Reason.NO_TARGET)


def _ping_host_of(qtbot, conn, monkeypatch, own_uri, ssh_config, resolve):
    """The guest's "ping the host" step for a remote connection opened as ``own_uri``
    (libvirt names it as dialled, with kvmgui's ssh wrapper as command=): ``ssh_config``
    maps a host to ssh's HostName for it, ``resolve`` a name to its address."""
    import socket

    dialled = own_uri + "?command=/run/user/0/kvmgui-ssh-x/c1-ssh"
    monkeypatch.setattr(libvirt.virConnect, "getURI", lambda _self: dialled)

    def address(name):
        if name not in resolve:
            raise socket.gaierror(-2, "Name or service not known")
        return resolve[name]

    agent = FakeAgent(
        {("ip", "a"): (0, f"2: eth0: <UP>\n    link/ether {WEB01_MAC} brd ff\n"
                          "    inet 192.168.122.45/24 scope global eth0\n"),
         ("ip", "route"): (0, "default via 192.168.122.1 dev eth0\n"),
         "192.168.122.1": (0, "1 received"), "libvirt.org": (0, "1 received"),
         **{ip: (0, "1 received") for ip in resolve.values()}},
        [{"name": "eth0", "hardware-address": WEB01_MAC,
          "ip-addresses": [{"ip-address-type": "ipv4", "ip-address": "192.168.122.45"}]}])
    probes = Probes(leases=leases_of((WEB01_MAC, "192.168.122.45")), agent=agent,
                    remote_address=address,
                    ssh_hostname=lambda login: ssh_config.get(login.host, login.host))
    target = Target(DEMO_VMS["web01"], WEB01_MAC, local=False, guest_commands=True,
                    host_uri=own_uri)
    got, _ = run(qtbot, conn, target, probes)
    return got[Step.PING_HOST]


def test_the_guest_pings_the_host_an_ssh_alias_names(connected, qtbot, monkeypatch):
    """qemu+ssh://vm2/system with "Host vm2 / HostName kvm2.example" in ~/.ssh/config: the
    step looked the alias up in DNS, found nothing and said "Nothing to ping"."""
    got = _ping_host_of(qtbot, connected, monkeypatch, "qemu+ssh://root@vm2/system",
                        {"vm2": "kvm2.example"}, {"kvm2.example": "10.0.0.7"})
    assert (got.reason, got.args) == (Reason.REPLY, ("10.0.0.7",))


def test_a_host_reached_through_this_machines_loopback_is_not_pinged(connected, qtbot,
                                                                     monkeypatch):
    """A host reached through a port forwarded to localhost (qemu+ssh://root@localhost:2222):
    the guest was told to ping 127.0.0.1, its own loopback, and the step passed."""
    got = _ping_host_of(qtbot, connected, monkeypatch, "qemu+ssh://root@localhost:2222/system",
                        {}, {"localhost": "127.0.0.1"})
    assert (got.outcome, got.reason) == (Outcome.NOT_APPLICABLE, Reason.NO_TARGET)


def test_the_guest_does_not_see_the_card(connected, qtbot):
    agent = FakeAgent({}, [{"name": "lo", "hardware-address": "00:00:00:00:00:00"}])
    got, _ = run(qtbot, connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                 Probes(leases=leases_of(), agent=agent))
    assert got[Step.GUEST_NIC].reason is Reason.GUEST_NO_NIC


@pytest.mark.parametrize("code", [libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_INTERNAL_ERROR])
def test_unreadable_leases(connected, qtbot, code):
    def fail(_net):
        raise FakeError("cannot read leases", code)

    got, _ = run(qtbot, connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                 Probes(leases=fail))
    expected = Outcome.SKIPPED if code == libvirt.VIR_ERR_NO_SUPPORT else Outcome.FAILED
    assert (got[Step.DNSMASQ].outcome, got[Step.DNSMASQ].args) == (expected, ("cannot read leases",))


def test_a_pinned_nic_with_an_ipv6_lease_too_is_not_pinned_elsewhere(connected, qtbot):
    default = uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, dhcphosts.pin, default, WEB01_MAC, "web01", "192.168.122.45")

    def dual_stack(_net):
        soon = int(time.time()) + 3600
        return [Lease(WEB01_MAC, "192.168.122.45", 24, "web01", soon, "ipv4"),
                Lease(WEB01_MAC, "fd00:122::45", 64, "web01", soon, "ipv6")]

    got, checker = run(qtbot, connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                       Probes(leases=dual_stack))
    assert (got[Step.STATIC_HOSTS].outcome, got[Step.STATIC_HOSTS].reason) == (
        Outcome.PASSED, Reason.PINNED_TO), got[Step.STATIC_HOSTS]
    assert checker.first_failure is None


def test_a_host_bridge_network_says_so_in_every_dhcp_step(connected, qtbot):
    lan = "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(lan).create())
    define_broken(qtbot, connected, link="up", network="lan")
    got, checker = run(qtbot, connected, Target(BROKEN, BROKEN_MAC, local=False), Probes())
    assert got[Step.NETWORK].outcome is Outcome.PASSED
    for step in (Step.DHCP, Step.DNSMASQ, Step.STATIC_HOSTS, Step.LEASE):
        # Not "depends on the network step", which passed: the DHCP server is outside.
        assert (got[step].outcome, got[step].reason, got[step].args) == (
            Outcome.NOT_APPLICABLE, Reason.OUTSIDE_NETWORK, ("lan", "bridge")), got[step]
    assert checker.first_failure is None


class OutsideBridge(FakeLocal):
    """The card's tap is in no bridge (the one it should be in exists)."""

    def has_interface(self, name):
        return name in ("virbr0", "br0")

    def bridge_of(self, dev):
        return ""


def test_a_card_outside_a_host_bridge_is_not_offered_a_reconnect_that_does_nothing(connected,
                                                                                   qtbot):
    """A bridge card on the host bridge a network forwards to was offered "Plug the card in
    again": reconnect_nics leaves cards on a host bridge alone (it did not go with the
    network), so the fix did nothing and the check failed again."""
    run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(
        "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>") and None)
    uuid = "4dea22b3-1d52-d8f3-2516-782e98a23f98"
    run_in_worker(qtbot, connected, lambda c: c.createXML(
        f"<domain type='test'><name>onlan</name><uuid>{uuid}</uuid><memory>65536</memory>"
        "<os><type>hvm</type></os><devices><interface type='bridge'>"
        "<mac address='52:54:00:cc:00:01'/><source bridge='br0'/></interface></devices>"
        "</domain>", 0) and None)
    got, _ = run(qtbot, connected, Target(uuid, "52:54:00:cc:00:01", local=True),
                 Probes(leases=leases_of(), local=OutsideBridge()))
    network = got[Step.NETWORK]
    assert (network.outcome, network.reason, network.fix) == (
        Outcome.FAILED, Reason.NIC_OUTSIDE_HOST_BRIDGE, None)
    assert network.args == ("lan", "testnet0", "br0")
    # A network's own bridge: plugged in again by the fix, as before.
    got, _ = run(qtbot, connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=True),
                 Probes(leases=leases_of(), local=OutsideBridge()))
    assert got[Step.NETWORK].fix is Fix.RECONNECT_NIC


def test_a_network_card_outside_a_host_bridge_is_not_offered_a_reconnect(connected, qtbot):
    """A type='network' card on a network forwarding to a host bridge was offered "Plug the
    card in again": its change to the bridge and back cannot move a tap (both ends are the
    same host bridge; qemu refuses it), so the fix failed with "this host cannot change the
    card of a running VM"."""
    run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(
        "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>") and None)
    uuid = "4dea22b3-1d52-d8f3-2516-782e98a23f99"
    run_in_worker(qtbot, connected, lambda c: c.createXML(
        f"<domain type='test'><name>onlan</name><uuid>{uuid}</uuid><memory>65536</memory>"
        "<os><type>hvm</type></os><devices><interface type='network'>"
        "<mac address='52:54:00:cc:00:02'/><source network='lan'/></interface></devices>"
        "</domain>", 0) and None)
    got, _ = run(qtbot, connected, Target(uuid, "52:54:00:cc:00:02", local=True),
                 Probes(leases=leases_of(), local=OutsideBridge()))
    network = got[Step.NETWORK]
    assert (network.outcome, network.reason, network.fix) == (
        Outcome.FAILED, Reason.NIC_OUTSIDE_HOST_BRIDGE, None)


def test_ssh_config_is_asked_for_the_host_name_without_dialling(tmp_path, monkeypatch):
    """``ssh -G`` (print the configuration, connect nowhere) with the URI's user and port;
    a command= that is not OpenSSH's ssh is not run with -G: the ssh on PATH is."""
    from kvmgui.libvirt.probes import ssh_hostname
    from kvmgui.utils.ssh import libvirt_login

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    asked = tmp_path / "asked"
    for name in ("ssh", "myssh"):
        program = bin_dir / name
        program.write_text(f"#!/bin/sh\necho {name} \"$@\" >> {asked}\n"
                           "printf 'user root\\nhostname kvm2.example\\nport 2222\\n'\n")
        program.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    login = libvirt_login("qemu+ssh://root@vm2:2222/system")
    assert ssh_hostname(login) == "kvm2.example"
    login = libvirt_login(f"qemu+ssh://vm2/system?command={bin_dir}/myssh")
    assert ssh_hostname(login) == "kvm2.example"
    assert asked.read_text().splitlines() == ["ssh -G -p 2222 -l root -- vm2",
                                              "ssh -G -- vm2"]


def test_a_hung_host_does_not_hold_up_the_checks_of_another(registry, connected, qtbot, tmp_path,
                                                           monkeypatch):
    """Every host's checks ran on one set of threads (one per step): a host that stopped
    answering kept a thread per step of each VM checked there (a step that times out keeps
    its worker until it answers), and once they were all held, the checks of a healthy host
    queued behind them and timed out, each of them. Each host has threads of its own now."""
    from kvmgui.libvirt import netprobe
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    shutil.copy(DEMO_HOST, tmp_path / "hung.xml")
    hung = open_connection(registry, qtbot, f"test://{tmp_path / 'hung.xml'}", timeout=10000)
    release = threading.Event()
    hung_uri = run_in_worker(qtbot, hung, lambda c: c.getURI())
    real = netprobe.run_step
    asked = []

    def step(conn, *args):
        if conn.getURI() == hung_uri:  # every call of this host hangs
            asked.append(1)
            release.wait(20)
        return real(conn, *args)

    monkeypatch.setattr(netprobe, "run_step", step)
    try:
        stuck = Troubleshooter(hung, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                               probes=Probes(leases=leases_of()), timeout_s=0.05,
                               exec_timeout_s=0.05)
        with qtbot.waitSignal(stuck.finished, timeout=30000):
            stuck.start()
        assert len(asked) == len(ALL_STEPS)  # each step timed out and holds its thread
        got, checker = run(qtbot, connected, Target(DEMO_VMS["web01"], WEB01_MAC, local=False),
                           Probes(leases=leases_of((WEB01_MAC, "192.168.122.45"))), timeout_s=5)
        assert got[Step.VM_RUNNING].outcome is Outcome.PASSED, got[Step.VM_RUNNING]
        assert checker.first_failure is None
    finally:
        release.set()


def test_a_far_hosts_networks_are_read_side_by_side_for_a_bridge_card(connected, qtbot,
                                                                      monkeypatch):
    """Which network a bridge card's bridge is: every network's XML, at once on a far host
    (a round trip for all, not one each); the same network found as near."""
    run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(
        "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>") and None)
    near = run_in_worker(qtbot, connected, lambda c: netprobe._network_on_bridge(c, "br0").name())
    assert near == "lan"
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virNetwork, "XMLDesc", parties=3)
    assert run_in_worker(qtbot, connected,
                         lambda c: netprobe._network_on_bridge(c, "br0").name()) == near
