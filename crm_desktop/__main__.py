"""Entry point: `python -m crm_desktop` and the `crm-desktop` console script."""

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
