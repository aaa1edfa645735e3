"""The "New virtual machine" wizard (issue 10): pages fill a ``NewVmSpec``."""
