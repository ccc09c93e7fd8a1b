"""Entry point: `python -m crm_desktop` and the `crm-desktop` console script: a command, or the window."""

import argparse
import sys


def run_gui(args: argparse.Namespace) -> int:
    from crm_desktop.app import run_gui as start  # Qt is imported only when the window is wanted

    return start(args)


def main() -> int:
    from crm_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:], gui=run_gui)


if __name__ == "__main__":
    sys.exit(main())
