#!/usr/bin/env bash
# Build the one-folder bundle dist/crm-desktop/ with PyInstaller (build.spec), then prove that it works:
# the CLI runs migrations, checks and lists on a fresh database, the window starts, and the files loaded by path
# (migrations, translations, fonts, Qt plugins) are inside. Exits non-zero on the first failure.
#   VENV_BIN   the virtualenv's bin folder (default .venv/bin; the venv is created when missing)
#   PYTHON     the interpreter that creates a missing venv (default python3)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VENV_BIN:-.venv/bin}"
bundle="dist/crm-desktop"
exe="$bundle/crm-desktop"

fail() { echo "build_bundle: FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

if [ ! -x "$bin/python" ]; then
  step "creating the virtualenv $(dirname "$bin")"
  "${PYTHON:-python3}" -m venv "$(dirname "$bin")"
fi
if ! "$bin/python" -c "import PyInstaller" 2>/dev/null; then
  step "installing the package with PyInstaller"
  "$bin/python" -m pip install -e '.[bundle]'
fi

step "building with PyInstaller $("$bin/python" -m PyInstaller --version)"
started=$SECONDS
"$bin/python" -m PyInstaller --noconfirm --clean build.spec
build_seconds=$((SECONDS - started))
[ -x "$exe" ] || fail "$exe was not built"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/crm-desktop-bundle.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# Every folder of the app (settings, data, backups, log) goes below the temporary home; nothing of the user's.
export CRM_DESKTOP_HOME="$tmp/home"
unset CRM_DESKTOP_DB
db="$tmp/check.db"

run() {  # run the bundle, show the command and its output, stop on a non-zero status
  echo "\$ crm-desktop $*"
  "$exe" "$@" || fail "crm-desktop $* exited with status $?"
}

step "CLI proof"
run --version
run --db "$db" check  # creates the database: every Alembic migration runs from the bundle
if [ -f crm_desktop/services/demo.py ]; then
  run --db "$db" demo --contacts 50 --deals 10 --seed 3
  run --db "$db" check
else
  echo "SKIPPED: demo data (crm_desktop/services/demo.py does not exist yet); 'list deals' runs on the empty database"
fi
run --db "$db" list deals --limit 3 --json
run --db "$db" search a --limit 3 --json
if [ -f crm_desktop/services/demo.py ]; then
  run --db "$db" document invoice --deal 1 --lang pl --out "$tmp/invoice.docx" --json
  run --db "$db" document offer --deal 1 --lang fa --out "$tmp/offer.docx"
  # Spreadsheets (openpyxl out, python-calamine in), iCalendar, and a report whose chart is drawn by Qt offscreen.
  run --db "$db" export contacts "$tmp/contacts.xlsx"
  run --db "$tmp/copy.db" import "$tmp/contacts.xlsx" --dry-run
  run --db "$db" export tasks "$tmp/tasks.ics"
  run --db "$tmp/copy.db" import "$tmp/tasks.ics"
  run --db "$db" reminders
  run --db "$db" report won-lost --period this-year --out "$tmp/won-lost.docx"
fi

step "files loaded by path are in the bundle"
internal="$bundle/_internal"  # PyInstaller 6 puts everything but the executable here
[ -d "$internal" ] || internal="$bundle"
missing=0
expect() {  # expect <description> <glob>: at least one file matches
  local description="$1" pattern="$2" found
  found=$(compgen -G "$pattern" | head -n 1 || true)
  if [ -n "$found" ]; then
    echo "ok       $description: ${found#"$bundle"/}"
  else
    echo "MISSING  $description: ${pattern#"$bundle"/}"
    missing=1
  fi
}
expect "Alembic env.py" "$internal/crm_desktop/db/migrations/env.py"
expect "Alembic template" "$internal/crm_desktop/db/migrations/script.py.mako"
for revision in crm_desktop/db/migrations/versions/*.py; do
  expect "migration" "$internal/$revision"
done
for qm in resources/translations/*.qm; do
  expect "translation" "$internal/$qm"
done
for font in resources/fonts/*.ttf; do
  expect "font" "$internal/$font"
done
plugins="$internal/PySide6/Qt/plugins"
expect "Qt offscreen platform" "$plugins/platforms/*qoffscreen*"
case "$(uname -s)" in
  Linux) expect "Qt X11 platform" "$plugins/platforms/libqxcb.so"
         expect "Qt Wayland platform" "$plugins/platforms/libqwayland*.so" ;;
esac
expect "Qt SVG image format" "$plugins/imageformats/*qsvg*"
for lang in nl fa pl ru; do
  expect "Qt's own $lang strings" "$internal/PySide6/Qt/translations/qtbase_$lang.qm"
done
[ "$missing" = 0 ] || fail "files are missing from the bundle (see MISSING above)"

step "window smoke test (offscreen, stopped after 15 s)"
# The window is imported lazily by crm_desktop.__main__, so only starting it proves the hidden imports. A start that fails
# exits at once with a traceback; one that works is still running in its event loop when timeout stops it (124).
if command -v timeout >/dev/null; then
  status=0
  QT_QPA_PLATFORM=offscreen timeout -k 5 15 "$exe" --db "$db" --lang fa >"$tmp/gui.log" 2>&1 || status=$?
  if [ "$status" != 124 ] || grep -q "Traceback" "$tmp/gui.log"; then
    cat "$tmp/gui.log" >&2
    fail "the window did not start (status $status)"
  fi
  echo "ok       the window was still running after 15 s, no traceback"
  # Not a condition (the backup policy may change), but evidence that the window's start-up work ran.
  for backup in "$CRM_DESKTOP_HOME"/data/backups/*.db; do
    if [ -f "$backup" ]; then echo "ok       its start-up check wrote the daily backup ${backup#"$tmp"/}"; fi
  done
else
  echo "SKIPPED: no 'timeout' command on this system"
fi

step "done"
echo "build time:  ${build_seconds} s"
echo "bundle size: $(du -sh "$bundle" | cut -f1)  ($bundle)"
