"""The reliability tests run real processes on one file for about a minute each; `-m "not reliability"` skips them."""

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reliability: a long test with real processes on one shared file")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Called with every collected test of the run, not only this folder's.
    for item in items:
        if Path(str(item.path)).resolve().is_relative_to(HERE):
            item.add_marker(pytest.mark.reliability)
