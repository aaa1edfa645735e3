"""Hypothesis strategies for what users type into kvmgui's forms: mostly plausible values,
often garbage, and the near misses between (a space, a /31, a multicast MAC)."""

from __future__ import annotations

import ipaddress

from hypothesis import strategies as st

from kvmgui.xml.network_spec import (
    BridgeSpec,
    DhcpRange,
    DnsHost,
    DnsSpec,
    ForwardMode,
    IPv4Spec,
    IPv6Spec,
    MacvtapMode,
    NetworkSpec,
    StaticHost,
)
from kvmgui.xml.newvm_spec import (
    GENERIC_OSES,
    CloudInitSpec,
    InstallMethod,
    InstallSpec,
    NetworkKind,
    NewVmSpec,
    NicChoice,
    StorageKind,
    StorageSpec,
)

# Any text a user might paste (no surrogates: Qt's line edits cannot hold lone ones).
JUNK = st.text(max_size=24)
SPACES = st.sampled_from(["", " ", "\t", "\n", " \n"])


def padded(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A value, sometimes with white space around it (a paste from elsewhere)."""
    return st.one_of(values, st.tuples(SPACES, values, SPACES).map("".join))


def near(valid: st.SearchStrategy[str], *misses: str) -> st.SearchStrategy[str]:
    """Mostly ``valid`` values, some padded, some fixed near misses, some junk."""
    return st.one_of(valid, valid, padded(valid), st.sampled_from(misses or ("",)), JUNK)


NAME_OK = st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}", fullmatch=True)
NAMES = near(NAME_OK, "", "-lead", ".hidden", "a/b", "a b", "x" * 65, "naïve", "a\nb")
IFNAME_OK = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True)
IFNAMES = near(IFNAME_OK, "", "eth0:1", "a" * 16, ".", "..", "br 0", "eth/0")
MAC_OK = st.tuples(st.integers(0, 127).map(lambda b: b * 2), st.binary(min_size=5, max_size=5)).map(
    lambda t: ":".join(f"{x:02x}" for x in (t[0], *t[1])))
MACS = near(MAC_OK, "", "01:00:5e:00:00:01", "00:00:00:00:00:00", "52:54:00:12:34", "52-54-00-12-34-56",
            "52:54:00:12:34:5g", "52:54:00:12:34:56:78", "525400123456", "52:54:00:12:34:56\n")
DNS_OK = st.from_regex(r"[a-z][a-z0-9-]{0,8}(\.[a-z][a-z0-9]{0,5}){0,2}", fullmatch=True)
DNS_NAMES = near(DNS_OK, "", "-x.lan", "a..b", "a_b.lan", "x." * 130, "ünï.lan")
INTS = st.one_of(st.integers(-5, 70000), st.sampled_from([0, 1, 29, 30, 31, 32, 64, 127, 128, 129]))


@st.composite
def ipv4_specs(draw: st.DrawFn) -> IPv4Spec:
    """A subnet and addresses in it, or (often) not quite."""
    prefix = draw(st.one_of(st.integers(8, 30), INTS))
    base = draw(st.sampled_from(["10.0.0.0", "192.168.77.0", "172.20.0.0", "10.255.255.0"]))
    try:
        net = ipaddress.ip_network(f"{base}/{prefix}", strict=False)
    except ValueError:
        net = ipaddress.ip_network(f"{base}/24")
    hosts = [str(net.network_address + i) for i in (1, 2, 10, 100, 200)]
    inside = st.sampled_from(hosts) if net.num_addresses > 4 else st.just(str(net.network_address))
    address = draw(near(inside, str(net.network_address), str(net.broadcast_address), "127.0.0.1",
                        "224.0.0.1", "169.254.0.1", "0.0.0.0", "256.0.0.1", "10.0.0", "fd00::1"))
    ranges = draw(st.lists(st.builds(DhcpRange, near(inside, "10.1.2.3", "x"),
                                     near(inside, "10.1.2.3", "")), max_size=3))
    statics = draw(st.lists(st.builds(StaticHost, MACS, NAMES, near(inside, "1.2.3.4", "")), max_size=3))
    return IPv4Spec(enabled=draw(st.booleans()), address=address, prefix=prefix,
                    dhcp_enabled=draw(st.booleans()), dhcp_ranges=ranges, hosts=statics)


@st.composite
def ipv6_specs(draw: st.DrawFn) -> IPv6Spec:
    prefix = draw(st.one_of(st.sampled_from([48, 64, 96, 120]), INTS))
    inside = st.sampled_from(["fd00:1::1", "fd00:1::100", "fd00:1::1ff", "fd00:1::2"])
    return IPv6Spec(
        enabled=draw(st.booleans()),
        address=draw(near(inside, "::1", "fe80::1", "ff02::1", "::", "10.0.0.1", "fd00:1::1/64")),
        prefix=prefix,
        dhcp_enabled=draw(st.booleans()),
        dhcp_range=draw(st.builds(DhcpRange, near(inside, ""), near(inside, ""))),
        nat=draw(st.booleans()),
    )


chaos_specs = st.builds(
    NetworkSpec,
    name=NAMES,
    mode=st.sampled_from(list(ForwardMode)),
    macvtap_mode=st.sampled_from(list(MacvtapMode)),
    forward_dev=st.one_of(st.just(""), IFNAMES),
    nat_port_start=st.one_of(st.none(), INTS),
    nat_port_end=st.one_of(st.none(), INTS),
    bridge=st.builds(BridgeSpec, st.one_of(st.none(), IFNAMES), st.booleans(), INTS),
    mtu=st.one_of(st.none(), INTS),
    mac=st.one_of(st.none(), MACS),
    ipv4=ipv4_specs(),
    ipv6=ipv6_specs(),
    dns=st.builds(DnsSpec, st.one_of(st.just(""), DNS_NAMES), st.booleans(),
                  st.lists(st.builds(DnsHost, near(st.sampled_from(["10.0.0.5", "fd00:1::5"]), "x"),
                                     st.lists(DNS_NAMES, max_size=3)), max_size=2)),
)


@st.composite
def sound_specs(draw: st.DrawFn) -> NetworkSpec:
    """A spec that should be fine: consistent subnet, ranges, hosts and mode."""
    mode = draw(st.sampled_from(list(ForwardMode)))
    managed = mode.managed
    third = draw(st.integers(0, 255))
    prefix = draw(st.integers(16, 28))
    net = ipaddress.ip_network(f"10.{third}.0.0/{prefix}", strict=False)
    gateway = net.network_address + 1
    last = net.broadcast_address - 1
    first_free = gateway + 1
    start = draw(st.integers(int(first_free), int(last)))
    end = draw(st.integers(start, min(int(last), start + 1000)))
    hosts = []
    for i, mac in enumerate(draw(st.lists(MAC_OK, max_size=2, unique=True))):
        ip = net.network_address + 2 + i
        if int(ip) < start or int(ip) > end:  # keep static hosts out of the range's way: either is fine
            hosts.append(StaticHost(mac, f"h{i}", str(ip)))
    nat_start = draw(st.one_of(st.none(), st.integers(1, 65535)))
    nat_end = None if nat_start is None else draw(st.integers(nat_start, 65535))
    v6 = draw(st.booleans()) and managed
    return NetworkSpec(
        name=draw(NAME_OK),
        mode=mode,
        macvtap_mode=draw(st.sampled_from(list(MacvtapMode))),
        forward_dev=draw(IFNAME_OK) if mode in (ForwardMode.MACVTAP, ForwardMode.HOSTDEV)
        else draw(st.one_of(st.just(""), IFNAME_OK)),
        nat_port_start=nat_start,
        nat_port_end=nat_end,
        bridge=BridgeSpec(draw(IFNAME_OK) if mode is ForwardMode.BRIDGE
                          else draw(st.one_of(st.none(), IFNAME_OK)),
                          draw(st.booleans()), draw(st.integers(0, 30))),
        mtu=draw(st.one_of(st.none(), st.integers(1280, 9000))),
        mac=draw(st.one_of(st.none(), MAC_OK)),
        ipv4=IPv4Spec(enabled=managed, address=str(gateway), prefix=prefix,
                      dhcp_enabled=draw(st.booleans()),
                      dhcp_ranges=[DhcpRange(str(ipaddress.ip_address(start)),
                                             str(ipaddress.ip_address(end)))],
                      hosts=hosts),
        ipv6=IPv6Spec(enabled=v6, address="fd00:1::1", prefix=64, dhcp_enabled=draw(st.booleans()),
                      dhcp_range=DhcpRange("fd00:1::100", "fd00:1::1ff"), nat=draw(st.booleans())),
        dns=DnsSpec(draw(st.one_of(st.just(""), DNS_OK)), draw(st.booleans()),
                    [DnsHost("10.0.0.5", draw(st.lists(DNS_OK, min_size=1, max_size=2)))]
                    if draw(st.booleans()) else []),
    )


# One field of a sound spec replaced by what a user might type there instead.
_MUTATIONS = {
    "name": lambda s, v: setattr(s, "name", v),
    "forward_dev": lambda s, v: setattr(s, "forward_dev", v),
    "bridge.name": lambda s, v: setattr(s.bridge, "name", v),
    "mac": lambda s, v: setattr(s, "mac", v),
    "ipv4.address": lambda s, v: setattr(s.ipv4, "address", v),
    "ipv4.dhcp.start": lambda s, v: setattr(s.ipv4.dhcp_ranges[0], "start", v),
    "ipv4.dhcp.end": lambda s, v: setattr(s.ipv4.dhcp_ranges[0], "end", v),
    "ipv4.hosts.ip": lambda s, v: s.ipv4.hosts.append(StaticHost("52:54:00:00:00:99", "x", v)),
    "ipv4.hosts.mac": lambda s, v: s.ipv4.hosts.append(StaticHost(v, "y", "")),
    "ipv6.address": lambda s, v: setattr(s.ipv6, "address", v),
    "ipv6.dhcp.start": lambda s, v: setattr(s.ipv6.dhcp_range, "start", v),
    "dns.domain": lambda s, v: setattr(s.dns, "domain", v),
    "dns.host.ip": lambda s, v: s.dns.hosts.append(DnsHost(v, ["web"])),
    "dns.host.name": lambda s, v: s.dns.hosts.append(DnsHost("10.0.0.7", [v])),
}
_NUMBERS = {
    "ipv4.prefix": lambda s, v: setattr(s.ipv4, "prefix", v),
    "ipv6.prefix": lambda s, v: setattr(s.ipv6, "prefix", v),
    "mtu": lambda s, v: setattr(s, "mtu", v),
    "bridge.delay": lambda s, v: setattr(s.bridge, "delay", v),
    "nat_port_start": lambda s, v: setattr(s, "nat_port_start", v),
    "nat_port_end": lambda s, v: setattr(s, "nat_port_end", v),
}
_TEXT_FOR = {
    "name": NAMES, "forward_dev": IFNAMES, "bridge.name": IFNAMES, "mac": MACS,
    "ipv4.hosts.mac": MACS, "dns.domain": DNS_NAMES, "dns.host.name": DNS_NAMES,
}
ADDRESSY = near(st.sampled_from(["10.0.0.1", "10.0.0.9", "10.0.255.254", "fd00:1::5"]), "",
                "10.0.0", "10.0.0.256", "1.2.3.4", "0.0.0.0", "255.255.255.255", "::", "10.0.0.1/24")


@st.composite
def mutated_specs(draw: st.DrawFn) -> NetworkSpec:
    spec = draw(sound_specs())
    key = draw(st.sampled_from(sorted(_MUTATIONS) + sorted(_NUMBERS)))
    if key in _NUMBERS:
        _NUMBERS[key](spec, draw(INTS))
    else:
        _MUTATIONS[key](spec, draw(_TEXT_FOR.get(key, ADDRESSY)))
    return spec


network_specs = st.one_of(sound_specs(), mutated_specs(), mutated_specs(), chaos_specs)


# -- the new-VM wizard's spec ---------------------------------------------------------------

PATH_OK = st.from_regex(r"/[a-z0-9][a-z0-9/._-]{0,20}", fullmatch=True)
HOST_PATHS = near(PATH_OK, "", "/", "debian.iso", "~/vm.iso", "./a.iso", "/iso/a\nb.iso", "/iso/\x1b[0ma.iso",
                  "/iso/a\x00.iso", "C:\\iso\\a.iso")
VOLUME_OK = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,12}", fullmatch=True)
VOLUMES = near(VOLUME_OK, "", "a/b", "disk\x07.qcow2", "two\nlines", " ")
CMDLINE_OK = st.from_regex(r"[a-z0-9=/ ._-]{0,20}", fullmatch=True)
CMDLINES = near(CMDLINE_OK, "console=ttyS0\x0c", "a\nb", "\ufffe")


@st.composite
def sound_newvm_specs(draw: st.DrawFn) -> NewVmSpec:
    """A new VM as the wizard fills it, with plausible values in every field."""
    maybe = lambda texts: st.one_of(st.just(""), texts)  # noqa: E731 (optional fields)
    spec = NewVmSpec(name=draw(NAME_OK), os=draw(st.sampled_from(GENERIC_OSES)),
                     memory_mib=draw(st.integers(1024, 65536)), vcpus=draw(st.integers(1, 64)))
    spec.install = InstallSpec(
        draw(st.sampled_from(list(InstallMethod))), iso_path=draw(PATH_OK), iso_pool=draw(VOLUME_OK),
        iso_volume=draw(VOLUME_OK), cdrom_device=draw(PATH_OK), kernel=draw(PATH_OK),
        initrd=draw(maybe(PATH_OK)), cmdline=draw(CMDLINE_OK), dtb=draw(maybe(PATH_OK)),
        base_path=draw(PATH_OK), base_pool=draw(VOLUME_OK), base_volume=draw(maybe(VOLUME_OK)))
    spec.storage = StorageSpec(draw(st.sampled_from(list(StorageKind))), pool=draw(VOLUME_OK),
                               volume=draw(maybe(VOLUME_OK)), path=draw(PATH_OK),
                               capacity_bytes=draw(st.integers(64 << 30, 1 << 42)))
    spec.network = NicChoice(draw(st.sampled_from(list(NetworkKind))), source=draw(IFNAME_OK),
                             mac=draw(maybe(MAC_OK)))
    spec.cloud_init = CloudInitSpec(enabled=draw(st.booleans()), pool=draw(maybe(VOLUME_OK)),
                                    volume=draw(maybe(VOLUME_OK)))
    return spec


# A field of a sound new VM and what a user might type or paste there instead.
_NEWVM_FIELDS = {
    "name": ("name", NAMES), "install.iso_path": ("iso_path", HOST_PATHS),
    "install.iso_pool": ("iso_pool", VOLUMES), "install.iso_volume": ("iso_volume", VOLUMES),
    "install.cdrom_device": ("cdrom_device", HOST_PATHS), "install.kernel": ("kernel", HOST_PATHS),
    "install.initrd": ("initrd", HOST_PATHS), "install.cmdline": ("cmdline", CMDLINES),
    "install.dtb": ("dtb", HOST_PATHS), "install.base_path": ("base_path", HOST_PATHS),
    "install.base_volume": ("base_volume", VOLUMES), "storage.pool": ("pool", VOLUMES),
    "storage.volume": ("volume", VOLUMES), "storage.path": ("path", HOST_PATHS),
    "network.source": ("source", st.one_of(IFNAMES, VOLUMES)), "network.mac": ("mac", MACS),
    "cloud_init.pool": ("pool", VOLUMES), "cloud_init.volume": ("volume", VOLUMES),
}


@st.composite
def broken_newvm_specs(draw: st.DrawFn) -> NewVmSpec:
    spec = draw(sound_newvm_specs())
    for key in draw(st.lists(st.sampled_from(sorted(_NEWVM_FIELDS)), min_size=1, max_size=2)):
        part, (attr, texts) = key.split(".")[0], _NEWVM_FIELDS[key]
        setattr(spec if part == key else getattr(spec, part), attr, draw(texts))
    return spec


newvm_specs = st.one_of(sound_newvm_specs(), broken_newvm_specs(), broken_newvm_specs())
