"""`crm-desktop report`: JSON and table output on the hand-worked base, files, and refusals with exit status 2."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import openpyxl
import pytest

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from crm_desktop.db.database import Database
from tests.unit.services.test_reports import Base, build_base, in_utc

Run = Callable[..., tuple[int, str, str]]
Q1 = ("--from", "2026-01-01", "--to", "2026-03-31")


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_utc(monkeypatch)


@pytest.fixture
def base(db: Database) -> Base:
    return build_base(db)


@pytest.fixture
def report(base: Base, db_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `crm-desktop --db FILE report ARGS` in this process; the exit status, stdout and stderr."""

    def run(*argv: str | Path, renderer: Callable[[object, int, int], bytes] | None = None) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "report", *(str(a) for a in argv)], chart_renderer=renderer)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_json_of_won_and_lost(report: Run) -> None:
    code, out, _ = report("won-lost", *Q1, "--granularity", "month", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["totals"] == {"new": 8, "won_count": 4, "won_amount": "6500.00", "lost_count": 3,
                              "lost_amount": "6000.00", "win_rate": 57.1, "granularity": "month"}
    assert data["columns"] == ["bucket", "new", "won_count", "won_amount", "lost_count", "lost_amount"]
    assert data["rows"][1] == ["2026-02", 3, 1, "2000.00", 1, "4000.00"]
    assert data["notes"] == ["Deals in USD (1) are not in these figures; choose USD to see them."]
    assert data["currency"] == "EUR"


def test_json_with_filters_and_second_tables(report: Run) -> None:
    code, out, _ = report("loss-reasons", *Q1, "--owner", "ANNA", "--pipeline", "sales", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    # anna's losses: D5 (4000, Qualified) and D13 (500, Proposal sent), both "Price too high".
    assert data["rows"] == [["Price too high", 2, "4500.00", 100.0]]
    assert data["tables"]["stages"]["rows"] == [["Qualified", 1, "4000.00", 50.0],
                                                ["Proposal sent", 1, "500.00", 50.0]]
    assert data["extra"]["filters"] == {"pipeline": "Sales", "owner": "Anna Alder"}


def test_owner_by_full_name_and_source(report: Run) -> None:
    code, out, _ = report("sources", *Q1, "--owner", "Boris Brandt", "--source", "referral", "--json")
    assert code == EXIT_OK
    # boris's Referral deals: D3 (won 2000 in Q1) and D8 (open).
    assert json.loads(out)["rows"] == [["Referral", 2, 0, 1, "2000.00", 50.0]]


def test_table_output(report: Run) -> None:
    code, out, _ = report("managers", *Q1)
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "Managers — 2026-01-01 – 2026-03-31; currency: EUR"
    assert lines[1].split() == ["Manager", "New", "deals", "Won", "Won", "amount", "Lost", "Conversion", "Calls",
                                "Meetings", "Emails", "Overdue", "tasks"]
    # (overdue tasks are counted at the real "now" here, so their column is left out)
    assert lines[2].split()[:11] == ["Anna", "Alder", "4", "2", "4,000.00", "2", "50.0", "%", "2", "1", "1"]
    assert "  won_amount: 6500.00" in lines
    assert lines[-1] == "Note: Deals in USD (1) are not in these figures; choose USD to see them."


def test_an_empty_period_prints_no_data(report: Run) -> None:
    code, out, _ = report("loss-reasons", "--from", "2030-01-01", "--to", "2030-01-31")
    assert code == EXIT_OK
    assert "(no data in this period)" in out


def test_xlsx_out(report: Run, tmp_path: Path) -> None:
    target = tmp_path / "abc.xlsx"
    code, out, _ = report("abc-xyz", *Q1, "--out", target)
    assert code == EXIT_OK
    assert out.strip() == f"ABC/XYZ analysis written to '{target}'."
    ws = openpyxl.load_workbook(target).worksheets[0]
    assert [c.value for c in ws[2]] == ["A", 0, 0, 2]
    assert len(ws._charts) == 1


def test_docx_out_with_and_without_a_renderer(report: Run, tmp_path: Path) -> None:
    from tests.unit.services.test_report_export import tiny_png

    asked: list[tuple[int, int]] = []

    def renderer(result: object, width: int, height: int) -> bytes:
        asked.append((width, height))
        return tiny_png()

    with_chart, without = tmp_path / "funnel.docx", tmp_path / "bare.docx"
    assert report("funnel", *Q1, "--out", with_chart, renderer=renderer)[0] == EXIT_OK
    assert report("funnel", *Q1, "--out", without)[0] == EXIT_OK
    assert asked == [(1200, 700)]
    assert len(docx.Document(str(with_chart)).inline_shapes) == 1
    bare = docx.Document(str(without))
    assert len(bare.inline_shapes) == 0
    assert [c.text for c in bare.tables[0].rows[1].cells] == ["New lead", "9", "77.8 %", "55.6 %"]


@pytest.mark.parametrize(("argv", "message"), [
    (("funnel", "--owner", "nobody"), "There is no manager named 'nobody'"),
    (("funnel", "--pipeline", "Wholesale"), "There is no pipeline named 'Wholesale'; the pipelines: Sales."),
    (("funnel", "--source", "Radio"), "There is no lead source named 'Radio'"),
    (("funnel", "--tag", "gold"), "There is no tag named 'gold'; the tags: vip."),
    (("funnel", "--from", "2026-03-01", "--to", "2026-02-01"), "--to 2026-02-01 is before --from 2026-03-01"),
    (("funnel", "--out", "report.pdf"), "a report is written to .xlsx or .docx, not to 'report.pdf'"),
    (("won-lost", "--currency", "EURO"), "'EURO' is not a currency code"),
])
def test_refusals_exit_with_2(report: Run, argv: tuple[str, ...], message: str) -> None:
    code, out, err = report(*argv)
    assert code == EXIT_REFUSED
    assert message in err
    assert out == ""


@pytest.mark.parametrize("argv", [("funnel", "--from", "2026-02-30"), ("funnel", "--to", "soon"),
                                  ("churn",), ("funnel", "--period", "next-year")])
def test_bad_arguments_exit_with_2(report: Run, argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        report(*argv)
    assert exit_info.value.code == EXIT_REFUSED
    assert "crm-desktop report: error:" in capsys.readouterr().err
