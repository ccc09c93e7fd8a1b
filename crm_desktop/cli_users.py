"""The command line's users: who runs a command (--user), and the commands that list, add and change users and
reassign a user's records. Kept apart from cli.py so that module stays a list of commands."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING

from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.db.database import Actor, Database

PASSWORD_ENV = "CRM_DESKTOP_PASSWORD"
ROLES = ("admin", "manager", "read_only")  # models.enums.Role; the command line loads no models to show --help
COMMANDS = ("users", "user-add", "user-edit", "user-passwd", "reassign", "reassign-undo")


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="LOGIN",
                        help=f"work as this user (the password comes from ${PASSWORD_ENV}, else it is asked); "
                             "without it, the computer's login user when no user has a password")


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The user commands, added to the command line's sub-parsers."""
    roles = ROLES
    lister = sub.add_parser("users", help="list the users with their roles")
    lister.add_argument("--json", action="store_true", help="print a JSON array of objects")

    adder = sub.add_parser("user-add", help="add a user (administrators)")
    adder.add_argument("login", metavar="LOGIN")
    adder.add_argument("--name", default="", help="the full name shown in lists")
    adder.add_argument("--email", default=None)
    adder.add_argument("--role", choices=roles, default="manager", help="default: manager")
    adder.add_argument("--own-only", action="store_true", help="a manager who sees and changes only own records")
    adder.add_argument("--password-stdin", action="store_true", help="read the new user's password from stdin")

    editor = sub.add_parser("user-edit", help="change a user's name, role, own-records rule or activity "
                                              "(administrators)")
    editor.add_argument("login", metavar="LOGIN")
    editor.add_argument("--name", default=None)
    editor.add_argument("--email", default=None)
    editor.add_argument("--role", choices=roles, default=None)
    editor.add_argument("--own-only", choices=("yes", "no"), default=None,
                        help="yes: sees and changes only own records")
    editor.add_argument("--active", choices=("yes", "no"), default=None,
                        help="no: a user who left; kept in history, cannot log in")

    passwd = sub.add_parser("user-passwd", help="set a user's password (your own, or anybody's as administrator)")
    passwd.add_argument("login", metavar="LOGIN")
    passwd.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    passwd.add_argument("--clear", action="store_true",
                        help="remove the password (administrators); with none left, nobody is asked to log in")

    reassign = sub.add_parser("reassign", help="hand every record of a user to one or several others "
                                               "(administrators)")
    reassign.add_argument("source", metavar="FROM", help="login or name of the user whose records move")
    reassign.add_argument("--to", required=True, metavar="A[,B...]",
                          help="the new owners; with several, each company goes whole to one of them")
    reassign.add_argument("--open-only", action="store_true",
                          help="only open deals and open tasks (default: every record not in the Trash)")
    reassign.add_argument("--dry-run", action="store_true", help="show what would move; write nothing")
    reassign.add_argument("--json", action="store_true", help="print the counts as JSON")

    undo = sub.add_parser("reassign-undo", help="give records back to their previous owner (administrators)")
    undo.add_argument("id", type=int, metavar="ID", help="the number reassign printed")
    undo.add_argument("--json", action="store_true", help="print the result as JSON")


def login(db: Database, wanted: str | None) -> Actor:
    """Who runs this command: --user with its password, else the computer's login user when nobody needs one."""
    from crm_desktop.services import users

    service = users.UserService(db)
    if wanted is None:
        if users.needs_login(db):
            raise CrmError(f"This database has passwords: say who you are with --user LOGIN (the password is "
                           f"read from ${PASSWORD_ENV}, or asked).")
        return users.os_actor(db)
    if not users.needs_login(db):
        # Nobody has a password: the login chooses whose rules apply, as the window does for its user.
        found = [u for u in service.list_users() if u.login.casefold() == wanted.casefold() and u.active]
        if not found:
            raise CrmError(users.LOGIN_REFUSED)
        return users.actor_for(found[0])
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CrmError(f"No password for --user {wanted}: set ${PASSWORD_ENV}, or run the command in a "
                           "terminal to be asked.")
        password = getpass.getpass(f"Password of {wanted}: ")
    return service.authenticate(wanted, password)


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CrmError("No password on stdin.")
        return line
    if not sys.stdin.isatty():
        raise CrmError("Give the password with --password-stdin, or run the command in a terminal to be asked.")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise CrmError("The two passwords differ; nothing was changed.")
    return first


def _print(data: object) -> None:
    print(json.dumps(data, default=str, ensure_ascii=False, indent=2))


def run(db: Database, args: argparse.Namespace) -> int:
    """Run one of COMMANDS; the exit status."""
    from crm_desktop.services.users import UserInput, UserService

    service = UserService(db)
    if args.command == "users":
        rows = service.list_users()
        if args.json:
            _print([dataclasses.asdict(u) for u in rows])
            return 0
        print(f"{'login':<16}{'name':<26}{'role':<11}{'own only':<10}{'active':<8}password")
        for u in rows:
            print(f"{u.login[:15]:<16}{u.full_name[:25]:<26}{u.role:<11}{'yes' if u.own_records_only else '':<10}"
                  f"{'yes' if u.active else 'no':<8}{'set' if u.has_password else ''}")
        return 0
    if args.command == "user-add":
        password = _new_password(args) if args.password_stdin else None
        user = service.add(UserInput(args.login, args.name, args.email, args.role, args.own_only), password)
        print(f"User '{user.login}' added ({user.role}{', own records only' if user.own_records_only else ''}"
              f"{', with a password' if user.has_password else ', no password yet'}).")
        return 0
    if args.command == "user-edit":
        user = service.find(args.login)
        changed = service.update(user.id, UserInput(
            user.login, user.full_name if args.name is None else args.name,
            user.email if args.email is None else args.email, args.role or user.role,
            user.own_records_only if args.own_only is None else args.own_only == "yes",
            user.active if args.active is None else args.active == "yes"))
        print(f"User '{changed.login}': {changed.role}{', own records only' if changed.own_records_only else ''}"
              f"{'' if changed.active else ', inactive'}.")
        return 0
    if args.command == "user-passwd":
        user = service.find(args.login)
        service.set_password(user.id, None if args.clear else _new_password(args))
        print(f"Password of '{user.login}' {'removed' if args.clear else 'set'}.")
        return 0
    if args.command == "reassign":
        source = service.find(args.source)
        targets = [service.find(name).id for name in (n.strip() for n in args.to.split(",")) if name]
        if args.dry_run:
            preview = service.reassign_preview(source.id, targets, open_only=args.open_only)
            reassignment_id = None
        else:
            result = service.reassign(source.id, targets, open_only=args.open_only)
            preview, reassignment_id = result.preview, result.id
        if args.json:
            _print({"id": reassignment_id, "dry_run": args.dry_run, "from": preview.from_name,
                    "open_only": preview.open_only, "total": preview.total,
                    "to": [dataclasses.asdict(share) | {"total": share.total} for share in preview.shares]})
            return 0
        head = "Dry run (nothing written): would move" if args.dry_run else "Moved"
        print(f"{head} {preview.total} records of {preview.from_name}:")
        for share in preview.shares:
            print(f"  to {share.name}: {share.companies} companies, {share.persons} people, {share.deals} deals, "
                  f"{share.tasks} tasks")
        if reassignment_id is not None:
            print(f"Reassignment {reassignment_id}; undo with: crm-desktop reassign-undo {reassignment_id}")
        return 0
    if args.command == "reassign-undo":
        undone = service.undo_reassign(args.id)
        if args.json:
            _print({"id": undone.reassignment_id, "restored": undone.restored,
                    "kept": [{"table": t, "id": i} for t, i in undone.kept]})
        else:
            print(undone.message)
        return 0
    raise CrmError(f"unknown command {args.command}")
