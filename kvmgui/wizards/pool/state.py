"""What the pool wizard's pages share: the spec they fill, what the host has (its pools,
its pool capabilities, which paths exist), and the problems of the spec."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.pathcache import PathCache
from kvmgui.libvirt.records import PoolRecord
from kvmgui.xml.newvm_checks import NOT_FOUND, PathState, path_state_reason
from kvmgui.xml.pool_caps import HostPoolCaps
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_validate import PoolContext, validate_pool
from kvmgui.xml.storage_check import Problem
from kvmgui.xml.words import Words

Check = Callable[[], list[Problem]]
Store = Callable[[], None]


def host_pools(records: list[PoolRecord]) -> tuple[frozenset[str], dict[str, str]]:
    """Names of the host's pools, and their target paths (path -> pool name)."""
    targets = {rec.target_path: rec.name for rec in records if rec.target_path}
    return frozenset(r.name for r in records), targets


class PoolWizardState(QObject):
    """Signals:
        validated(list): the problems of the spec (and of the pages' own checks) after an edit.
        contextChanged(): the host's pools or capabilities changed (choices may change).
    """

    validated = Signal(list)
    contextChanged = Signal()

    def __init__(self, spec: PoolSpec, local_paths: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.paths: PathCache | None = None
        if local_paths:
            self.paths = PathCache(self)
            self.paths.changed.connect(self.revalidate)
        self.context = PoolContext(path_exists=self._exists if self.paths else None,
                                   path_trouble=self._trouble if self.paths else None)
        self.problems: list[Problem] = []
        self._checks: list[Check] = []
        self._stores: list[Store] = []

    def _exists(self, path: str) -> bool:
        # Unknown counts as existing until the worker answers; then the checks run again.
        state = self.paths.get(path) if self.paths else None
        return state not in NOT_FOUND

    def _trouble(self, path: str) -> Words | None:
        state = self.paths.get(path) if self.paths else None
        return path_state_reason(state) if state is not None else None

    @property
    def caps(self) -> HostPoolCaps | None:
        return self.context.caps

    def add_page(self, store: Store, check: Check) -> None:
        """A page's writer into the spec, and its own checks for what the spec cannot hold."""
        self._stores.append(store)
        self._checks.append(check)

    def edited(self) -> None:
        """Every page writes its widgets into the spec (the type decides which fields
        count), then all is checked again."""
        for store in self._stores:
            store()
        self.revalidate()

    def set_caps(self, caps: HostPoolCaps) -> None:
        self.context.caps = caps
        self.contextChanged.emit()
        self.revalidate()

    def set_pools(self, records: list[PoolRecord]) -> None:
        names, targets = host_pools(records)
        if names == self.context.names and targets == self.context.targets:
            # Most pool events change what the checks do not look at (free space, a
            # start): checking every page again would redo each problem line for nothing.
            return
        self.context.names, self.context.targets = names, targets
        self.contextChanged.emit()
        self.revalidate()

    def revalidate(self) -> None:
        problems = validate_pool(self.spec, self.context)
        for check in self._checks:
            problems.extend(check())
        self.problems = problems
        self.validated.emit(problems)

    def target_existed(self) -> bool | None:
        """Whether the target directory was there before the pool was built (None: not known)."""
        if self.paths is None or not self.spec.target_path:
            return None
        path = self.spec.target_path
        state = self.paths.known(path)
        if state is None or self.paths.failed(path):
            return None  # the undo then keeps the folder: deleting it on a guess is worse
        if state is not PathState.MISSING and state in NOT_FOUND:
            return None  # the stat failed (a dead mount): no more than a guess either
        # A folder the stat may not read (permission denied) is there all the same.
        return state is not PathState.MISSING

    def free_name(self, base: str = "pool") -> str:
        used = self.context.names
        if base not in used:
            return base
        return next(f"{base}{i}" for i in range(1, len(used) + 2) if f"{base}{i}" not in used)
