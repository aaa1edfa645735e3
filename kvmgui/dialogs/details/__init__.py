"""The details window of a VM: overview, performance, CPUs and memory, boot, devices."""

from kvmgui.dialogs.details.window import DetailsWindow, open_details

__all__ = ["DetailsWindow", "open_details"]
