#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, then check that the frozen app starts: it opens a fresh data folder
# (creating and migrating the database), shows the main window with the partnerships read from it, and exits
# (HEALTHDESK_BENCH_EXIT=ready). Also checks a command runs in the frozen app. Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
start=$(date +%s)
"$PY" scripts/translations.py release
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
built=$(date +%s)
echo "build: $((built - start)) s"

APP=dist/HealthDesk/healthdesk
[ -x "$APP" ] || APP=dist/HealthDesk/healthdesk.exe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
limit() { # at most 120 s where `timeout` exists (not on a bare macOS)
  if command -v timeout >/dev/null 2>&1; then timeout 120 "$@"; else "$@"; fi
}
HEALTHDESK_BENCH_EXIT=ready limit "$APP" --data-dir "$tmp/data" --lang zh
test -f "$tmp/data/healthdesk.sqlite3" || { echo "smoke: no database was created" >&2; exit 1; }
limit "$APP" --data-dir "$tmp/data" list >/dev/null
# The JMC review in the frozen app: vector charts need matplotlib's SVG backend, svglib and lxml in the bundle.
limit "$APP" --data-dir "$tmp/demo" demo >/dev/null
limit "$APP" --data-dir "$tmp/demo" report CQ-HY --lang bilingual -o "$tmp/review.pdf" >/dev/null
[ "$(head -c 4 "$tmp/review.pdf")" = "%PDF" ] || { echo "smoke: the frozen app wrote no review" >&2; exit 1; }
echo "smoke: frozen app opened a database, showed the main window, ran a command and printed a review" \
  "($(($(date +%s) - built)) s)"
# The bundle's size (the aim on Linux: under 150 MB; see docs/install.md) and its largest parts.
files=$(find dist/HealthDesk -type f | wc -l | tr -d ' ')
echo "size: $(du -sm dist/HealthDesk | cut -f1) MB on disk, ${files} files, in dist/HealthDesk"
du -sm dist/HealthDesk/*/* 2>/dev/null | sort -rn | sed -n '1,6s/^/  /p' # sed reads it all: no SIGPIPE under pipefail
