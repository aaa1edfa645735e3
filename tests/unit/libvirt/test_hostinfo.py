"""What the host is, from its capabilities and version numbers."""

from kvmgui.libvirt.hostinfo import Acceleration, acceleration_from_caps, version_words

QEMU_CAPS = """<capabilities><host><cpu><arch>x86_64</arch></cpu></host>
  <guest><os_type>hvm</os_type><arch name='x86_64'><domain type='{}'/></arch></guest>
</capabilities>"""


def test_kvm_or_tcg_from_capabilities():
    assert acceleration_from_caps(QEMU_CAPS.format("kvm"), "QEMU") == Acceleration.KVM
    assert acceleration_from_caps(QEMU_CAPS.format("qemu"), "QEMU") == Acceleration.TCG
    assert acceleration_from_caps(QEMU_CAPS.format("test"), "TEST") == Acceleration.NOT_APPLICABLE
    assert version_words(9_000_000) == "9.0.0" and version_words(8_002_001) == "8.2.1"
