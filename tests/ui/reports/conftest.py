"""Fixtures of the report widget tests."""

import pytest

from crm_desktop.ui.context import AppContext
from tests.ui.reports.dataset import Sales, make_sales


@pytest.fixture
def sales(ctx: AppContext) -> Sales:
    return make_sales(ctx)
