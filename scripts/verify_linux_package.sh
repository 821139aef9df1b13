#!/usr/bin/env bash
# Check the Linux package end to end on this machine (Debian/Ubuntu, as root, e.g. in a container):
#   1. install dist/healthdesk_*.deb with apt (its Depends resolved), and the desktop tools a laptop has
#      (shared-mime-info, desktop-file-utils, xdg-utils and its MIME helper, Xvfb);
#   2. the installed command works; a facilitator data folder (demo data) exports an invitation with it;
#   3. the desktop knows the file type and its application:
#        xdg-mime query filetype FILE.hdinvite            -> application/x-healthdesk-invitation
#        xdg-mime query default application/x-healthdesk-invitation   -> healthdesk-open.desktop (HealthDesk)
#   4. `xdg-open FILE.hdinvite` under Xvfb starts HealthDesk with that file: the process runs
#      `/opt/healthdesk/healthdesk open FILE`, HealthDesk's windows appear (the main window and the invitation's
#      confirmation), and a screenshot of the screen is saved (look at it: the confirmation names the person,
#      the partnership and the round of the invitation);
#   5. the package is removed (purged) again (unless --keep): /opt/healthdesk and the file type are gone.
# Exits non-zero at the first check that fails.   Usage: scripts/verify_linux_package.sh [--keep] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
if [ "${1:-}" = "--keep" ]; then
  keep=1
  shift
fi
out=${1:-/tmp/healthdesk-verify}
mkdir -p "$out"
out=$(cd "$out" && pwd)
deb=$(ls -t dist/healthdesk_*.deb 2>/dev/null | sed -n 1p)
[ -n "$deb" ] || { echo "no dist/healthdesk_*.deb: run scripts/package_linux.sh first" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "run as root (installs a package)" >&2; exit 1; }

step() { printf '\n== %s\n' "$*"; }
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then
    echo "ok: $1: $3"
  else
    echo "FAILED: $1: expected '$2', got '$3'" >&2
    exit 1
  fi
}

step "install $deb and the desktop tools"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends shared-mime-info desktop-file-utils xdg-utils \
  libfile-mimeinfo-perl xvfb x11-utils imagemagick >/dev/null
apt-get install -y -qq "./$deb" >/dev/null
dpkg -s healthdesk | grep -E '^(Version|Installed-Size|Depends):'
echo "files: $(dpkg -L healthdesk | wc -l), $(command -v healthdesk) -> $(healthdesk --version)"
desktop-file-validate /usr/share/applications/healthdesk.desktop
desktop-file-validate /usr/share/applications/healthdesk-open.desktop
echo "ok: desktop-file-validate: both entries valid"

tmp=$(mktemp -d)
xvfb_pid=""
app_pid=""
opener_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$opener_pid" ] && kill "$opener_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

step "an invitation, made with the installed command (facilitator folder with the demo data)"
healthdesk --data-dir "$tmp/facilitator" demo >/dev/null
IFS=$'\t' read -r partnership round < <(healthdesk --data-dir "$tmp/facilitator" list --json | python3 -c '
import json, sys
for p in json.load(sys.stdin)["partnerships"]:
    rounds = [r for r in p["rounds"] if r["status"] == "open"]
    if rounds:
        print(p["code"], rounds[-1]["label"], sep="\t")
        break
')
echo "partnership $partnership, round $round"
healthdesk --data-dir "$tmp/facilitator" export-invitations "$partnership" --round "$round" --out "$tmp/mail"
invitation=$(ls "$tmp"/mail/*.hdinvite | sed -n 1p)
cp "$invitation" "$out/" && invitation="$out/$(basename "$invitation")"
echo "invitation: $invitation"

step "the desktop's view of the file"
check "xdg-mime query filetype" application/x-healthdesk-invitation "$(xdg-mime query filetype "$invitation")"
touch "$tmp/answer.hdresponse"
check "xdg-mime query filetype (.hdresponse)" application/x-healthdesk-response \
  "$(xdg-mime query filetype "$tmp/answer.hdresponse")"
default=$(xdg-mime query default application/x-healthdesk-invitation)
check "xdg-mime query default" healthdesk-open.desktop "$default"
check "its name" "Name=HealthDesk" "$(grep -m1 '^Name=' "/usr/share/applications/$default")"
check "its command" "Exec=healthdesk open %f" "$(grep -m1 '^Exec=' "/usr/share/applications/$default")"
check "default for .hdresponse" healthdesk-open.desktop "$(xdg-mime query default application/x-healthdesk-response)"

step "xdg-open the invitation under Xvfb"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
unset QT_QPA_PLATFORM # the real xcb platform of the bundle, as on a laptop
export HEALTHDESK_DATA_DIR="$tmp/respondent" # the executive's (empty) data folder
xdg-open "$invitation" 2>"$tmp/xdg-open.log" & # (the generic xdg-open waits for the application)
opener_pid=$!
windows=0
for _ in $(seq 120); do
  app_pid=$(pgrep -n -f "^/opt/healthdesk/healthdesk open $invitation\$" || true)
  # HealthDesk's top-level windows, by their X class ("healthdesk" "HealthDesk").
  windows=$(xwininfo -root -tree 2>/dev/null | grep -c '("healthdesk" "HealthDesk")' || true)
  [ -n "$app_pid" ] && [ "$windows" -ge 2 ] && break
  sleep 0.5
done
if [ -z "$app_pid" ]; then
  echo "FAILED: no 'healthdesk open FILE' process after xdg-open" >&2
  cat "$tmp/xdg-open.log" >&2
  exit 1
fi
echo "ok: xdg-open started process $app_pid: $(tr '\0' ' ' </proc/"$app_pid"/cmdline)"
[ "$windows" -ge 1 ] || { echo "FAILED: no HealthDesk window on $display" >&2; exit 1; }
sleep 3 # let the windows paint before the screenshot
echo "ok: $windows HealthDesk windows on $display:"
xwininfo -root -tree | grep '("healthdesk" "HealthDesk")' | sed -n 's/^ *0x[0-9a-f]* \("[^"]*"\).*/    \1/p'
import -window root "$out/xdg-open-invitation.png"
echo "screenshot: $out/xdg-open-invitation.png"
kill "$app_pid"
wait "$opener_pid" 2>/dev/null || true
app_pid=""
opener_pid=""

if [ "$keep" = 1 ]; then
  echo "kept installed (--keep)"
  exit 0
fi
step "uninstall"
apt-get purge -y -qq healthdesk >/dev/null # (remove would keep dpkg's record, as for every package with maintainer scripts)
if [ -e /opt/healthdesk ] || [ -e /usr/bin/healthdesk ]; then
  echo "FAILED: /opt/healthdesk or /usr/bin/healthdesk still there after removal" >&2
  exit 1
fi
echo "ok: /opt/healthdesk and /usr/bin/healthdesk gone"
after=$(xdg-mime query filetype "$invitation")
if [ "$after" = application/x-healthdesk-invitation ]; then
  echo "FAILED: the file type is still registered after removal" >&2
  exit 1
fi
echo "ok: after removal the desktop sees the invitation as $after"
echo "all checks passed"
