"""kvmgui: a desktop manager for KVM/QEMU virtual machines, built on libvirt."""

__version__ = "0.2.0"
APP_ID = "io.github.kvmgui.KvmGui"
