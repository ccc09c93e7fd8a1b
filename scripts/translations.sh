#!/usr/bin/env bash
# Refresh the .ts files from the sources (new strings appear as unfinished), then compile them to .qm.
# Translate the unfinished strings with Qt Linguist (pyside6-linguist resources/translations/*.ts) before a release.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VENV_BIN:-.venv/bin}"
for lang in en nl fa pl ru; do
  extra=(); [ "$lang" = en ] && extra=(-pluralonly)
  "$bin/pyside6-lupdate" crm_desktop/app.py $(find crm_desktop/ui -name "*.py" | sort) -ts "resources/translations/crm_desktop_$lang.ts" \
    -target-language "$lang" -no-obsolete -locations none "${extra[@]}"
  "$bin/pyside6-lrelease" -silent "resources/translations/crm_desktop_$lang.ts" \
    -qm "resources/translations/crm_desktop_$lang.qm"
done
