"""A wheel's or touchpad's turning, as whole steps.

A touchpad (or a free-spinning wheel) sends parts of a notch (120 of Qt's angle units):
taken one by one, each rounds to no step (or to a whole one), so they add up here until
they make a step; a turn the other way starts afresh, else the rest of the old direction
would eat the first part of the new one.
"""

from __future__ import annotations


class WheelSteps:
    """Angle in, whole steps of ``unit`` out (a notch is 120); the rest kept for the next."""

    def __init__(self, unit: int = 120) -> None:
        self.unit = unit
        self.rest = 0

    def take(self, amount: int) -> int:
        """The steps ``amount`` makes with what was left: positive up (or right)."""
        total = amount + (self.rest if self.rest * amount > 0 else 0)
        steps = abs(total) // self.unit * (1 if total >= 0 else -1)
        self.rest = total - steps * self.unit
        return steps
