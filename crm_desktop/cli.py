"""The command line: the same services as the window, without Qt. `crm-desktop --help` lists the commands."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_desktop import __version__, cli_offline, cli_server, cli_users, config
from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.db.database import Database

log = logging.getLogger(__name__)
# Draws a report's chart as PNG bytes: (ReportResult, width, height) -> bytes; given by the entry point (Qt).
ChartRenderer = Callable[[Any, int, int], bytes]
EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-desktop",
        description="An offline-first desktop CRM. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help=f"database file or SQLAlchemy URL (default: ${config.DB_ENV}, then Settings, "
                             "then the file in the user data folder)")
    parser.add_argument("--lang", choices=config.LANGUAGES, help="language of the window and new data")
    cli_users.add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--contacts", type=int, default=1000, metavar="N", help="people to create (default 1000)")
    demo.add_argument("--deals", type=int, default=None, metavar="N", help="deals to create (default contacts/3)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same data")
    demo.add_argument("--json", action="store_true", help="print the counts as JSON")

    check = sub.add_parser("check", help="check the database: integrity, schema version, counts")
    check.add_argument("--json", action="store_true", help="print the report as JSON")

    backup = sub.add_parser("backup", help="back up the database (to FILE, or to the backups folder)")
    backup.add_argument("file", nargs="?", type=Path, metavar="FILE")

    restore = sub.add_parser("restore", help="replace the database by a verified backup (the current one is kept)")
    restore.add_argument("file", type=Path, metavar="FILE")

    sub.add_parser("compact", help="compact the database file (VACUUM); others working in it wait meanwhile")

    lister = sub.add_parser("list", help="list contacts, companies, deals or tasks")
    lister.add_argument("kind", choices=("contacts", "companies", "deals", "tasks"))
    lister.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (default 50)")
    lister.add_argument("--json", action="store_true", help="print a JSON array of objects")

    finder = sub.add_parser("search", help="find people and companies by name, company, email, phone, city, tags")
    finder.add_argument("text", metavar="TEXT", help="what to look for, as typed in the search box")
    finder.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    finder.add_argument("--json", action="store_true", help="print a JSON array of objects")

    document = sub.add_parser("document", help="fill a Word template for a deal, company or contact")
    document.add_argument("template", metavar="TEMPLATE",
                          help="offer, invoice, contract, letter, a user template's name, or the path of a .docx")
    target = document.add_mutually_exclusive_group(required=True)
    target.add_argument("--deal", type=int, metavar="ID", help="the deal the document is for")
    target.add_argument("--company", type=int, metavar="ID", help="the company the document is for")
    target.add_argument("--contact", type=int, metavar="ID", help="the contact person the document is for")
    document.add_argument("--out", type=Path, metavar="FILE.docx",
                          help="where to write it (default: the documents folder, named by number or title)")
    document.add_argument("--pdf", action="store_true", help="also write a PDF beside it (needs LibreOffice)")
    # Its own name: the top-level --lang is the language of the window and of new data.
    document.add_argument("--lang", dest="document_lang", choices=config.LANGUAGES,
                          help="language of the document (default: the contact's, else the app's)")
    document.add_argument("--json", action="store_true", help="print the result as JSON")

    importer = sub.add_parser("import", help="import records from a spreadsheet (.xlsx .xls .ods .csv), a .vcf "
                                             "or an .ics",
                              description="Import a spreadsheet, a vCard or an iCalendar file in one transaction: "
                                          "all of it or, "
                                          "after an error or a cancel, nothing. Rows that cannot be stored are "
                                          "rejected with their reason and the rest goes on.")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--into", choices=("contacts", "companies", "deals", "products", "tasks"),
                          help="what the rows are (default: contacts; a .vcf holds contacts, an .ics tasks)")
    importer.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip",
                          help="a record that matches one already there: skip it (default), update it, or create")
    importer.add_argument("--match", default="email,phone,taxid", metavar="KEYS",
                          help="how duplicates are found: a comma list of email, phone, taxid, name (companies), "
                               "column:N (the N-th column, from 1) (default: email,phone,taxid)")
    importer.add_argument("--dry-run", action="store_true", help="count what would happen; write nothing")
    importer.add_argument("--errors", type=Path, metavar="FILE.xlsx",
                          help="write the rejected rows there, with their reasons, to correct and import again")
    importer.add_argument("--json", action="store_true", help="print the counts and the rejected rows as JSON")

    reminder_list = sub.add_parser("reminders", help="list the reminders due now (--due) or coming up")
    reminder_list.add_argument("--due", action="store_true", help="only the reminders that are due now")
    reminder_list.add_argument("--limit", type=int, default=50, metavar="N",
                               help="at most N upcoming reminders (default 50)")
    reminder_list.add_argument("--json", action="store_true", help="print a JSON array of objects")

    exporter = sub.add_parser("export", help="export records to a file; the format comes from its suffix "
                                             "(.xlsx, .csv; .vcf for contacts, .ics for tasks)")
    exporter.add_argument("what", choices=("contacts", "companies", "deals", "tasks", "products"), metavar="WHAT",
                          help="contacts, companies, deals, tasks or products")
    exporter.add_argument("file", type=Path, metavar="FILE",
                          help="FILE.xlsx, FILE.csv, FILE.vcf for contacts or FILE.ics for tasks")
    exporter.add_argument("--segment", metavar="NAME", help="only the contacts or companies of this saved segment")
    exporter.add_argument("--owner", metavar="LOGIN|NAME", help="only this user's tasks (.ics)")
    exporter.add_argument("--layout", choices=("import", "full"), default="import",
                          help="import: one column per field, ready to import again (default); full: every "
                               "stored value with ids and dates of change (.xlsx and .csv)")
    exporter.add_argument("--json", action="store_true", help="print the result as JSON")

    from crm_desktop.services.reports import GRANULARITIES, PERIODS, REPORTS

    report = sub.add_parser("report", help="a sales report for a period: printed, as JSON, or to .xlsx or .docx")
    report.add_argument("name", choices=REPORTS, metavar="NAME", help=", ".join(REPORTS))
    report.add_argument("--period", choices=PERIODS, default="this-month",
                        help="the period (default this-month); --from and --to replace its ends")
    report.add_argument("--from", dest="start", type=_date_arg, metavar="DATE", help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=_date_arg, metavar="DATE", help="last day, YYYY-MM-DD")
    report.add_argument("--owner", metavar="LOGIN|NAME", help="only this manager's deals and activities")
    report.add_argument("--pipeline", metavar="NAME", help="only this pipeline (funnel: default pipeline)")
    report.add_argument("--source", metavar="NAME", help="only deals from this lead source")
    report.add_argument("--tag", metavar="NAME", help="only deals with this tag")
    report.add_argument("--currency", metavar="XXX",
                        help="the currency of the money figures (default: the one with the most won)")
    report.add_argument("--granularity", choices=GRANULARITIES, default="auto",
                        help="buckets of won-lost and activity (default auto)")
    report.add_argument("--out", type=Path, metavar="FILE", help="write FILE.xlsx or FILE.docx instead of a table")
    report.add_argument("--json", action="store_true", help="print the totals, columns, rows and notes as JSON")
    cli_users.add_commands(sub)
    cli_offline.add_commands(sub)
    cli_server.add_commands(sub)
    return parser


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD") from None


def _json_default(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _print_json(data: object) -> None:
    print(json.dumps(data, default=_json_default, ensure_ascii=False, indent=2))


def _print_table(rows: Sequence[object]) -> None:
    if not rows:
        print("(none)")
        return
    dicts = [dataclasses.asdict(r) for r in rows]  # type: ignore[call-overload]
    columns = [c for c in dicts[0] if c != "uuid"]
    cells = [[_cell(d[c]) for c in columns] for d in dicts]
    widths = [min(40, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list):  # several phones or emails in one cell
        return ", ".join(str(v) for v in value)
    return str(value)


def _open(args: argparse.Namespace, cfg: config.AppConfig):  # type: ignore[no-untyped-def]
    from crm_desktop.db.database import open_database
    from crm_desktop.services import defaults

    target = config.resolve_database(args.db, cfg)
    if not config.db_is_url(target):
        default = config.default_database_path()
        if Path(target).expanduser().resolve() == default.resolve():
            default.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(target, backups_dir=cfg.effective_backups_dir)
    defaults.ensure_defaults(db, args.lang or cfg.effective_language)
    try:
        # Every command runs as a user, and the access rules of that user's role apply to it.
        db.actor = cli_users.login(db, getattr(args, "user", None))
    except BaseException:
        db.close()
        raise
    # The funnel's "generate document" rule works from the command line too; docxtpl loads only when it runs.
    from crm_desktop.services import documents

    documents.register()
    return db


def run_command(args: argparse.Namespace, chart_renderer: ChartRenderer | None = None) -> int:
    """Run one command and return its exit status."""
    from crm_desktop.services import maintenance, records

    cfg = config.AppConfig.load()
    if args.command == "restore":
        target = config.resolve_database(args.db, cfg)
        if config.db_is_url(target):
            raise CrmError("restore works on a database file; a server database is restored with pg_restore.")
        kept, revision = maintenance.restore(Path(target), args.file, cfg.effective_backups_dir)
        from crm_desktop.db.database import open_database

        open_database(target, backups_dir=cfg.effective_backups_dir).close()  # migrates an older backup
        print(f"Restored '{args.file}' (schema {revision}) into '{target}'.")
        if kept:
            print(f"The previous database was kept as '{kept}'.")
        return EXIT_OK

    if args.command in ("import", "export"):
        _refuse_format(args)   # before the database is opened: a refused file changes nothing
    if args.command in cli_offline.COMMANDS:
        cli_offline.refuse_early(args)
    if args.command in cli_server.COMMANDS:
        cli_server.refuse_early(args)
    db = _open(args, cfg)
    try:
        if args.command in cli_users.COMMANDS:
            return cli_users.run(db, args)
        if args.command in cli_offline.COMMANDS:
            return cli_offline.run(db, args)
        if args.command in cli_server.COMMANDS:
            return cli_server.run(db, args)
        if args.command == "demo":
            from crm_desktop.services import demo

            if args.contacts < 0 or (args.deals is not None and args.deals < 0):
                raise CrmError("--contacts and --deals must be 0 or more.")
            counts = demo.generate_demo(db, contacts=args.contacts, deals=args.deals, seed=args.seed,
                                        language=args.lang or cfg.effective_language)
            if args.json:
                _print_json(dataclasses.asdict(counts))
            else:
                print("Demo data added: " + ", ".join(f"{v} {k}" for k, v in dataclasses.asdict(counts).items()))
            return EXIT_OK
        if args.command == "check":
            report = maintenance.check(db)
            if args.json:
                _print_json(dataclasses.asdict(report) | {"ok": report.ok})
            else:
                print(f"Database:  {report.database}")
                print(f"Integrity: {', '.join(report.integrity)}")
                print(f"Schema:    {report.schema_revision} (this version: {report.head_revision})")
                if report.journal_mode:
                    print(f"Journal:   {report.journal_mode}")
                for name, n in report.counts.items():
                    print(f"  {name:<11}{n:>10}")
            return EXIT_OK if report.ok else EXIT_FAILED
        if args.command == "compact":
            compacted = maintenance.vacuum(db, user=db.actor.login if db.actor else None)
            print(f"Compacted: {compacted.size_before:,} -> {compacted.size_after:,} bytes.")
            return EXIT_OK
        if args.command == "backup":
            path = maintenance.backup_now(db, cfg.effective_backups_dir, args.file)
            print(f"Backup written to '{path}'.")
            return EXIT_OK
        if args.command == "list":
            rows = records.list_records(db, args.kind, args.limit)
            if args.json:
                _print_json([dataclasses.asdict(r) for r in rows])
            else:
                _print_table(rows)
            return EXIT_OK
        if args.command == "search":
            from crm_desktop.services.search import SearchService

            if args.limit < 1:
                raise CrmError("--limit must be 1 or more.")
            hits = SearchService(db).search(args.text, limit=args.limit)
            if args.json:
                _print_json([dataclasses.asdict(h) for h in hits])
            else:
                _print_table(hits)
            return EXIT_OK
        if args.command == "reminders":
            return _reminders(db, args)
        if args.command == "document":
            return _document(db, args)
        if args.command == "import":
            return _import(db, args)
        if args.command == "export":
            return _export(db, args)
        if args.command == "report":
            return _report(db, args, chart_renderer)
        raise CrmError(f"Unknown command '{args.command}'.")
    finally:
        db.close()
        from crm_desktop.services import documents

        documents.unregister()   # the hook is process-wide; a command run inside another program leaves none


def _reminders(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services.reminders import ReminderService

    if args.limit < 1:
        raise CrmError("--limit must be 1 or more.")
    service = ReminderService(db)
    found = service.due() if args.due else service.upcoming(limit=args.limit)
    if args.json:
        _print_json([dataclasses.asdict(r) for r in found])
        return EXIT_OK
    if not found:
        print("No reminders are due now." if args.due else "No reminders are coming up.")
        return EXIT_OK
    for r in found:
        links = ", ".join(x for x in (r.person_name, r.company_name, r.deal_title) if x)
        due = _local_text(r.due_at) if r.due_at is not None else "no due time"
        print(f"{_local_text(r.effective_at)}  {r.task_title}  (due {due}{'; ' + links if links else ''})")
    return EXIT_OK


def _local_text(value: datetime) -> str:
    """A stored naive UTC time as the computer's local time, to the minute."""
    from datetime import UTC

    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _document(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services import defaults
    from crm_desktop.services.documents import DocumentService

    service = DocumentService(db, user_id=defaults.current_user_id(db))
    result = service.generate(args.template, deal_id=args.deal, company_id=args.company, person_id=args.contact,
                              language=args.document_lang or args.lang, out=args.out, pdf=args.pdf)
    if args.json:
        _print_json(dataclasses.asdict(result))
    else:
        number = f" {result.number}" if result.number else ""
        print(f"Document{number} written to '{result.path}'.")
        if result.pdf_path is not None:
            print(f"PDF written to '{result.pdf_path}'.")
    return EXIT_OK


def _refuse_format(args: argparse.Namespace) -> None:
    suffix = args.file.suffix.lower()
    if args.command == "import":
        from crm_desktop.services import tabular

        if suffix == ".ics" and args.into not in (None, "tasks"):
            raise CrmError(f"an .ics file holds tasks; it cannot be imported into {args.into}.")
        if suffix not in (".vcf", ".ics") and suffix not in tabular.WORKBOOK_SUFFIXES + tabular.CSV_SUFFIXES:
            raise CrmError(f"importing {suffix or 'a file without a suffix'} is not available; import a .vcf, .ics, "
                           f"{', '.join(tabular.WORKBOOK_SUFFIXES + tabular.CSV_SUFFIXES)} file.")
        if suffix == ".vcf" and args.into not in (None, "contacts"):
            raise CrmError(f"a .vcf file holds contacts; it cannot be imported into {args.into}.")
        if not args.file.is_file():
            raise CrmError(f"'{args.file}' does not exist or is not a file.")
        if args.errors is not None and args.errors.suffix.lower() != ".xlsx":
            raise CrmError(f"--errors writes an .xlsx file; '{args.errors.name}' does not end in .xlsx.")
        if suffix not in (".vcf", ".ics"):
            from crm_desktop.services import import_mapping

            # A file that cannot be read, or whose columns name no field, is refused before the database opens.
            args.source = tabular.inspect(args.file)
            kind = args.into or "contacts"
            if not any(import_mapping.propose(kind, args.source.headers).values()):
                raise CrmError(f"No column of '{args.file.name}' is a field of {kind} "
                               f"({', '.join(args.source.headers[:6])}); name the columns like the fields "
                               "(First name, Last name, Email...) or import it in the window, where they are chosen.")
    else:
        if suffix == ".ics" and args.what != "tasks":
            raise CrmError(f"an .ics file holds tasks; export {args.what} to .xlsx or .csv.")
        if args.owner is not None and suffix != ".ics":
            raise CrmError("--owner chooses the tasks of an .ics file; it does not apply here.")
        if suffix == ".vcf" and args.what != "contacts":
            raise CrmError(f"a .vcf file holds contacts; export {args.what} to .xlsx or .csv.")
        if suffix not in (".xlsx", ".csv", ".vcf", ".ics"):
            extra = {"contacts": " (or .vcf)", "tasks": " (or .ics)"}.get(args.what, "")
            raise CrmError(f"exporting to {suffix or 'a file without a suffix'} is not available; export "
                           f"{args.what} to .xlsx or .csv{extra}.")
        if args.segment is not None and args.what not in ("contacts", "companies"):
            raise CrmError(f"--segment chooses contacts or companies; {args.what} have no segments.")
        if suffix in (".vcf", ".ics") and args.layout != "import":
            raise CrmError(f"--layout chooses the columns of a .xlsx or .csv file; a {suffix} file has none.")


def _import(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services import defaults

    if args.file.suffix.lower() == ".ics":
        return _import_ics(db, args)
    if args.file.suffix.lower() != ".vcf":
        return _import_table(db, args)
    from crm_desktop.services.vcard import VCardService

    service = VCardService(db, user_id=defaults.current_user_id(db))
    counts = service.import_file(args.file, on_duplicate=args.on_duplicate, dry_run=args.dry_run)
    if args.json:
        data = dataclasses.asdict(counts)
        data["rejected_rows"] = [{"card": n, "name": name, "reason": reason}
                                 for n, name, reason in counts.rejected_rows]
        _print_json(data)
    else:
        head = "Dry run (nothing written): " if counts.dry_run else "Imported: "
        print(f"{head}{counts.new} new, {counts.updated} updated, {counts.skipped} skipped, "
              f"{counts.rejected} rejected.")
        for n, name, reason in counts.rejected_rows:
            print(f"  card {n} ({name}): {reason}")
    return EXIT_OK


def _import_ics(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services import defaults
    from crm_desktop.services.ical import import_ics

    result = import_ics(db, args.file, user_id=defaults.current_user_id(db), dry_run=args.dry_run)
    if args.json:
        data = dataclasses.asdict(result)
        data["rejected_items"] = [{"event": n, "title": title, "reason": reason}
                                  for n, title, reason in result.rejected_items]
        data["warnings"] = [{"event": n, "title": title, "note": text} for n, title, text in result.warnings]
        _print_json(data)
    else:
        print("\n".join(result.report_lines()))
    return EXIT_OK


def _import_table(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services import defaults
    from crm_desktop.services.imports import ImportOptions, ImportService

    match = []
    for key in (k.strip() for k in args.match.split(",")):
        if key.startswith("column:") and key[7:].isdigit():
            if int(key[7:]) < 1:
                raise CrmError(f"'{key}': columns are counted from 1.")
            key = f"column:{int(key[7:]) - 1}"   # the user counts from 1, the service from 0
        if key:
            match.append(key)
    options = ImportOptions(kind=args.into or "contacts", on_duplicate=args.on_duplicate, match=tuple(match),
                            dry_run=args.dry_run, locale=args.lang or config.AppConfig.load().effective_language)
    service = ImportService(db, user_id=defaults.current_user_id(db))
    result = service.run(args.source, options, error_workbook=args.errors)
    if args.json:
        _print_json({**result.counts(), "dry_run": result.dry_run, "run_id": result.run_id,
                     "error_workbook": result.error_workbook, "seconds": round(result.seconds, 3),
                     "rejected_rows": [{"row": r.row, "reason": r.reason,
                                        "values": ["" if v is None else str(v) for v in r.values]}
                                       for r in result.rejected_rows]})
    else:
        head = "Dry run (nothing written): " if result.dry_run else "Imported: "
        print(f"{head}{result.new} new, {result.updated} updated, {result.skipped} skipped, "
              f"{result.rejected} rejected.")
        for r in result.rejected_rows[:50]:
            print(f"  row {r.row}: {r.reason}")
        if len(result.rejected_rows) > 50:
            print(f"  ... and {len(result.rejected_rows) - 50} more rejected rows.")
        if result.error_workbook is not None:
            print(f"Rejected rows written to '{result.error_workbook}'.")
    return EXIT_OK


def _export(db: Database, args: argparse.Namespace) -> int:
    from crm_desktop.services import exports

    segment_id = _segment_id(db, args.what, args.segment) if args.segment is not None else None
    if args.file.suffix.lower() == ".ics":
        from crm_desktop.services.ical import export_ics, task_ids_for_export

        owner_id = _user_id(db, args.owner)
        written = export_ics(db, task_ids_for_export(db, owner_id), args.file)
    elif args.file.suffix.lower() == ".vcf":
        from crm_desktop.services.vcard import export_vcards

        written = export_vcards(db, exports.record_ids(db, "contacts", segment_id=segment_id), args.file)
    else:
        written = exports.export_records(db, args.what, args.file, segment_id=segment_id, layout=args.layout)
    if args.json:
        _print_json({"written": written, "path": str(args.file), "what": args.what})
    else:
        print(f"{written} {args.what} written to '{args.file}'.")
    return EXIT_OK


def _segment_id(db: Database, what: str, name: str) -> int:
    """The id of the saved segment of contacts or companies named `name` (letter case and accents aside)."""
    from crm_desktop.db.search_index import fold
    from crm_desktop.services import defaults
    from crm_desktop.services.contact_list import ContactListService

    kind = "person" if what == "contacts" else "company"
    segments = [seg for seg in ContactListService(db, defaults.current_user_id(db)).segments() if seg.kind == kind]
    for seg in segments:
        if fold(seg.name) == fold(" ".join(name.split())):
            return seg.id
    known = ", ".join(f"'{seg.name}'" for seg in segments) or "none"
    raise CrmError(f"No segment of {what} is named '{name}'; the segments of {what}: {known}.")


def _report(db: Database, args: argparse.Namespace, chart_renderer: ChartRenderer | None) -> int:
    from crm_desktop.services import defaults
    from crm_desktop.services.report_export import cell_text, period_text, to_docx, to_xlsx
    from crm_desktop.services.reports import ReportQuery, ReportService, ReportTable, period

    service = ReportService(db, user_id=defaults.current_user_id(db))
    start, end = period(args.period, service.today())
    start, end = args.start or start, args.end or end
    if end < start:
        raise CrmError(f"--to {end.isoformat()} is before --from {start.isoformat()}.")
    if args.out is not None and args.out.suffix.lower() not in (".xlsx", ".docx"):
        raise CrmError(f"a report is written to .xlsx or .docx, not to '{args.out.name}'.")
    options = service.options()
    query = ReportQuery(args.name, start, end, granularity=args.granularity,
                        pipeline_id=_option_id(options.pipelines, args.pipeline, "pipeline"),
                        owner_id=_option_id(options.owners, args.owner, "manager", _logins(db)),
                        lead_source_id=_option_id(options.sources, args.source, "lead source"),
                        tag_id=_option_id(options.tags, args.tag, "tag"),
                        currency=args.currency.upper() if args.currency else None)
    result = service.run(query)
    if args.out is not None:
        if args.out.suffix.lower() == ".xlsx":
            to_xlsx(result, args.out)
        else:
            picture = chart_renderer(result, 1200, 700) if chart_renderer and result.categories else None
            to_docx(result, args.out, picture)
    if args.json:
        def table(columns: Sequence[Any], rows: Sequence[Sequence[object]]) -> dict[str, object]:
            return {"columns": [c.key for c in columns], "rows": [list(r) for r in rows]}

        _print_json({"report": result.name, "title": result.title, "start": start, "end": end,
                     "currency": result.currency, "currencies_found": list(result.currencies_found),
                     "totals": result.totals, **table(result.columns, result.rows), "notes": list(result.notes),
                     "tables": {k: table(v.columns, v.rows) for k, v in result.extra.items()
                                if isinstance(v, ReportTable)},
                     "extra": {k: v for k, v in result.extra.items() if not isinstance(v, ReportTable)},
                     **({"file": args.out} if args.out is not None else {})})
        return EXIT_OK
    if args.out is not None:
        print(f"{result.title} written to '{args.out}'.")
        return EXIT_OK
    print(f"{result.title} — {period_text(result)}")
    _print_cells([c.label for c in result.columns],
                 [[cell_text(v, c.kind) for c, v in zip(result.columns, row, strict=False)] for row in result.rows])
    for key, value in result.totals.items():
        print(f"  {key}: {'—' if value is None else value}")
    for note in result.notes:
        print(f"Note: {note}")
    return EXIT_OK


def _option_id(options: Sequence[tuple[int, str]], wanted: str | None, what: str,
               aliases: dict[str, int] | None = None) -> int | None:
    """The id of a filter given by name (any case), or a refusal naming what exists."""
    if wanted is None:
        return None
    needle = wanted.casefold()
    for option_id, name in options:
        if name.casefold() == needle:
            return option_id
    if aliases and needle in aliases:
        return aliases[needle]
    known = ", ".join(name for _, name in options) or "none"
    raise CrmError(f"There is no {what} named '{wanted}'; the {what}s: {known}.")


def _user_id(db: Database, wanted: str) -> int | None:
    """The id of the user named by login or full name (any case), or a refusal naming the users."""
    from sqlalchemy import select

    from crm_desktop.models import User

    with db.session(write=False) as s:
        users = [(uid, name or login) for uid, login, name in s.execute(select(User.id, User.login, User.full_name))]
    return _option_id(users, wanted, "user", _logins(db))


def _logins(db: Database) -> dict[str, int]:
    from sqlalchemy import select

    from crm_desktop.models import User

    with db.session(write=False) as s:
        return {login.casefold(): uid for uid, login in s.execute(select(User.id, User.login))}


def _print_cells(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    if not rows:
        print("(no data in this period)")
        return
    widths = [min(40, max(len(h), *(len(r[i]) for r in rows))) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(v[:w].ljust(w) if i == 0 else v[:w].rjust(w) for i, (v, w) in enumerate(zip(row, widths,
                                                                                                    strict=True))))


def main(argv: Sequence[str] | None = None, gui: Callable[[argparse.Namespace], int] | None = None,
         chart_renderer: ChartRenderer | None = None) -> int:
    """Run a command; without one, start the window through `gui` (the CLI itself never imports Qt).

    `chart_renderer(result, width, height) -> PNG bytes` draws a report's chart for `report --out FILE.docx`; the
    entry point passes the window's renderer, so the CLI module itself stays free of Qt."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if gui is None:
            parser.print_help(sys.stderr)
            return EXIT_REFUSED
        return gui(args)
    try:
        return run_command(args, chart_renderer)
    except CrmError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`crm-desktop list ... | head`): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("crm-desktop: interrupted; nothing was half-written.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # a defect: one line for the user, the traceback to the log file
        logfile = config.data_dir() / "crm-desktop.log"
        try:
            logfile.parent.mkdir(parents=True, exist_ok=True)
            with logfile.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now().isoformat()} {' '.join(sys.argv)}\n{traceback.format_exc()}\n")
        except OSError:
            pass
        print(f"crm-desktop: internal error: {exc} (details in {logfile})", file=sys.stderr)
        return EXIT_FAILED
