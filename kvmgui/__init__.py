"""kvmgui: a desktop manager for KVM/QEMU virtual machines, built on libvirt."""

__version__ = "0.1.0"
APP_ID = "io.github.kvmgui.KvmGui"
