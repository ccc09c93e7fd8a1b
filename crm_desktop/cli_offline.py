"""The command line's offline copies: `copy-out FILE [--owner NAME]...` and `bring-back FILE [--json]`.

Kept apart from cli.py so that module stays a list of commands. Exit status of bring-back: 0 when it was brought
back (or had been already, or a dry run), 3 when conflicts need a choice (nothing was written then: run it again with
--prefer office|copy, or bring it back in the window to choose per field), 2 when it was refused.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.db.database import Database
    from crm_desktop.services.offline import BringBackResult

COMMANDS = ("copy-out", "bring-back", "copies")
EXIT_OK, EXIT_CONFLICTS = 0, 3
PLURAL = {"company": "companies", "person": "people", "deal": "deals", "task": "tasks", "activity": "activities"}


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The offline-copy commands, added to the command line's sub-parsers."""
    out = sub.add_parser("copy-out", help="take an offline copy of the database for a laptop (all of it, or "
                                          "some owners' records)",
                         description="Write an offline copy: a database file to work in without the office "
                                     "network. Bring it back with bring-back; it can be brought back once.")
    out.add_argument("file", type=Path, metavar="FILE")
    out.add_argument("--owner", action="append", metavar="LOGIN|NAME",
                     help="only this user's companies, people, deals, tasks and what they refer to "
                          "(repeat for several owners; default: everything)")
    out.add_argument("--force", action="store_true", help="replace FILE when it exists")
    out.add_argument("--json", action="store_true", help="print the result as JSON")

    back = sub.add_parser("bring-back", help="merge an offline copy back into this database",
                          description="Merge an offline copy into this database: new records are added, changes "
                                      "made on one side are applied, different fields changed on both sides are "
                                      "merged. A field changed to different values on both sides, or a record "
                                      "deleted on one side and edited on the other, is a conflict: without "
                                      "--prefer nothing is written and the conflicts are listed (exit status 3).")
    back.add_argument("file", type=Path, metavar="FILE")
    back.add_argument("--prefer", choices=("office", "copy"),
                      help="which value wins each conflict (default: none; conflicts stop the bring-back)")
    back.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    back.add_argument("--json", action="store_true", help="print the result and the conflicts as JSON")

    copies = sub.add_parser("copies", help="list the offline copies taken from this database and whether they "
                                           "were brought back")
    copies.add_argument("--json", action="store_true", help="print a JSON array of objects")


def refuse_early(args: argparse.Namespace) -> None:
    """Refusals that need no database, before it is opened."""
    if args.command == "copy-out" and args.file.exists() and not args.force:
        raise CrmError(f"'{args.file}' exists already; choose a new file name, or replace it with --force.")
    if args.command == "bring-back" and not args.file.is_file():
        raise CrmError(f"'{args.file}' does not exist or is not a file.")


def run(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services import defaults, offline

    if args.command == "copies":
        taken = offline.taken_copies(db)
        if args.json:
            _print([dataclasses.asdict(c) for c in taken])
        elif not taken:
            print("No offline copy was taken from this database.")
        for c in [] if args.json else taken:
            back = (f"brought back {c.brought_back_at:%Y-%m-%d %H:%M}" if c.brought_back_at
                    else "not brought back yet")
            whose = f" of {', '.join(c.owners)}" if c.owners else ""
            print(f"{c.made_at:%Y-%m-%d %H:%M}  {c.made_by or '?'}  copy{whose} in '{c.file_name}': {back}")
        return EXIT_OK
    user_id = db.actor.user_id if db.actor is not None else defaults.current_user_id(db)
    if args.command == "copy-out":
        owners = [_user_id(db, name) for name in args.owner or ()]
        copied = offline.copy_out(db, args.file, owners or None, user_id=user_id, overwrite=args.force)
        if args.json:
            _print({"path": copied.path, "copy_uuid": copied.copy_uuid, "counts": copied.counts,
                    "owners": list(copied.owners), "size_bytes": copied.size_bytes,
                    "seconds": round(copied.seconds, 3)})
        else:
            scope = f" of {', '.join(copied.owners)}" if copied.owners else ""
            counts = ", ".join(f"{n} {kind if n == 1 else PLURAL.get(kind, kind)}" for kind, n in copied.counts.items())
            print(f"Offline copy{scope} written to '{copied.path}': {counts}.")
            print("Bring it back with: crm-desktop bring-back FILE (once).")
        return EXIT_OK
    result = offline.bring_back(db, args.file, prefer=args.prefer, dry_run=args.dry_run, user_id=user_id)
    if args.json:
        _print(result_json(result))
    else:
        _print_result(result)
    return EXIT_CONFLICTS if result.status == "needs_choices" else EXIT_OK


def result_json(result: BringBackResult) -> dict[str, Any]:
    data = dataclasses.asdict(result)
    data["message"] = result.message
    data["counts"] = {c["kind"]: {k: v for k, v in c.items() if k != "kind"} for c in data["counts"]}
    return data


def _print_result(result: BringBackResult) -> None:
    print(result.message)
    if result.status == "already":
        return
    taken = result.made_at.strftime("%Y-%m-%d %H:%M")
    print(f"The copy was taken on {taken} (UTC){' by ' + result.made_by if result.made_by else ''}.")
    for c in result.counts:
        if c.added or c.updated or c.merged or c.deleted or c.conflicts:
            print(f"  {c.kind:<9} {c.added} added, {c.updated} updated, {c.merged} merged, {c.deleted} to the "
                  f"Trash, {c.conflicts} conflicts")
    if result.lists_added:
        print(f"  {result.lists_added} new list entries (tags, stages, products...)")
    if result.history_added:
        print(f"  {result.history_added} history entries")
    for conflict in result.conflicts:
        chosen = f" -> {conflict.chosen}" if conflict.chosen else ""
        print(f"  conflict: {conflict.kind} '{conflict.record}', {conflict.field}: office '{conflict.office}', "
              f"copy '{conflict.copy}'{chosen}")
    if result.status == "needs_choices":
        print("Run it again with --prefer office or --prefer copy, or bring it back in the window "
              "(File > Bring back an offline copy) to choose per field.")
    for note in result.notes:
        print(f"Note: {note}")


def _user_id(db: Database, wanted: str) -> int:
    """The id of the user named by login or full name (any case), or a refusal naming the users."""
    from sqlalchemy import select

    from crm_desktop.models import User

    needle = wanted.casefold()
    with db.session(write=False) as s:
        users = list(s.execute(select(User.id, User.login, User.full_name)))
    for uid, login, name in users:
        if needle in (login.casefold(), (name or "").casefold()):
            return int(uid)
    known = ", ".join(name or login for _, login, name in users) or "none"
    raise CrmError(f"There is no user named '{wanted}'; the users: {known}.")


def _json_default(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _print(data: object) -> None:
    print(json.dumps(data, default=_json_default, ensure_ascii=False, indent=2))
