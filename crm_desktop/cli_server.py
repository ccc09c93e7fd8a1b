"""The command line's server mode: `move-to-server URL [--from FILE] [--use] [--json]`.

Kept apart from cli.py so that module stays a list of commands. The move copies the database file (--from, else
the one --db or Settings name) into an empty PostgreSQL database and checks the row counts of every table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop import config
from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.db.database import Database

COMMANDS = ("move-to-server",)
EXIT_OK = 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The server commands, added to the command line's sub-parsers."""
    move = sub.add_parser(
        "move-to-server", help="move the database file into an empty PostgreSQL database and check the counts",
        description="Copy every table of the database file into an empty PostgreSQL database in one transaction, "
                    "then compare the number of rows of each table. Any difference or error undoes the whole "
                    "copy. The file itself is only read; what others save in it during the move stays there "
                    "only, so ask them to close crm-desktop first.")
    move.add_argument("url", metavar="URL", help="the server database, e.g. postgresql+psycopg://user:pw@host/crm")
    move.add_argument("--from", dest="source", type=Path, metavar="FILE",
                      help="the database file to move (default: the one --db or Settings name)")
    move.add_argument("--use", action="store_true",
                      help="from now on open the server on this computer: the URL goes into Settings, its "
                           "password into PostgreSQL's password file (~/.pgpass)")
    move.add_argument("--json", action="store_true", help="print the counts per table as JSON")


def refuse_early(args: argparse.Namespace) -> None:
    """Refusals that need no database, before it is opened; --from becomes the database to open."""
    from crm_desktop.db.postgres import is_postgres_url

    if not is_postgres_url(args.url):
        raise CrmError(f"'{args.url}' is not a PostgreSQL URL; write it as postgresql+psycopg://user:pw@host/db.")
    if args.source is not None:
        if not args.source.is_file():
            raise CrmError(f"'{args.source}' does not exist or is not a file.")
        args.db = str(args.source)
    elif config.db_is_url(config.resolve_database(args.db, config.AppConfig.load())):
        raise CrmError("The database in use is on a server already; name the file to move with --from FILE.")


def run(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.db.postgres import store_password
    from crm_desktop.services.progress import Progress
    from crm_desktop.services.transfer import move_to_postgres

    shown = -1

    def report(done: int, total: int, text: str) -> None:
        nonlocal shown
        percent = done * 100 // total if total else 100
        if sys.stderr.isatty() and percent != shown:
            shown = percent
            print(f"\r{percent:3d}%  {text[:60]:<60}", end="", file=sys.stderr, flush=True)

    result = move_to_postgres(db, args.url, Progress(report))
    if shown >= 0:
        print(file=sys.stderr)
    stored = None
    if args.use:
        cfg = config.AppConfig.load()
        cfg.database, stored = store_password(args.url)
        cfg.save()
    if args.json:
        data = dataclasses.asdict(result) | {"settings": bool(args.use),
                                             "password_file": str(stored) if stored else None}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Moved {result.rows:,} rows of {len(result.tables)} tables to {result.target} "
          f"in {result.seconds:.1f} s; the counts of every table are equal.")
    for count in result.tables:
        if count.source:
            print(f"  {count.table:<26}{count.source:>10,}")
    if args.use:
        print(f"From now on this computer opens {result.target}."
              + (f" Its password is in '{stored}'." if stored else ""))
    else:
        print(f"Open it with: crm-desktop --db {result.target}  (or set it in Settings)")
    return EXIT_OK
