"""Entry point: `python -m crm_desktop` and the `crm-desktop` console script: a command, or the window."""

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm_desktop.services.reports import ReportResult


def run_gui(args: argparse.Namespace) -> int:
    from crm_desktop.app import run_gui as start  # Qt is imported only when the window is wanted

    return start(args)


def render_chart(result: "ReportResult", width: int, height: int) -> bytes:
    """A report's chart as PNG for `report --out FILE.docx`; Qt is imported only when a chart is drawn."""
    from crm_desktop.ui.reports.charts import render_png

    return render_png(result, width, height)


def main() -> int:
    from crm_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:], gui=run_gui, chart_renderer=render_chart)


if __name__ == "__main__":
    sys.exit(main())
