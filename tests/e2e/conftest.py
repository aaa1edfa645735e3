import pytest

from tests.e2e.desktop import DesktopSession, skip_reason


@pytest.fixture
def desktop():
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    session = DesktopSession()
    session.start()
    yield session
    session.stop()
