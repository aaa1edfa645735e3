"""The details window of a VM: overview, performance, CPUs and memory, boot, devices."""

from kvmgui.dialogs.details.closing import close_details_of, end_details_of, open_details
from kvmgui.dialogs.details.window import DetailsWindow

__all__ = ["DetailsWindow", "close_details_of", "end_details_of", "open_details"]
