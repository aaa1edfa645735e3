"""Hypothesis profiles for the property tests.

``ci`` (the default): derandomized, so every CI run draws the same examples (a fixed
seed), no example database, no deadline (the GUI thread waits on signals).  ``fuzz``:
random, many more examples (tests/property/support.py ``budget``), failures kept in
.cache/hypothesis/examples so a rerun starts from them.  ``make fuzz`` selects it through
KVMGUI_HYPOTHESIS_PROFILE=fuzz.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

from tests.property.support import CI_PROFILE, FUZZ_PROFILE

# Hypothesis' own files (caches, the fuzz profile's examples) under the ignored .cache/,
# not in a .hypothesis/ of the working tree.
HOME = Path(__file__).resolve().parents[2] / ".cache" / "hypothesis"
set_hypothesis_home_dir(str(HOME))

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]

settings.register_profile(
    CI_PROFILE,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)
settings.register_profile(
    FUZZ_PROFILE,
    derandomize=False,
    database=DirectoryBasedExampleDatabase(str(HOME / "examples")),
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
    phases=list(Phase),
)
settings.load_profile(os.environ.get("KVMGUI_HYPOTHESIS_PROFILE", CI_PROFILE))
