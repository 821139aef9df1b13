#!/usr/bin/env bash
# Build the Debian/Ubuntu package from the one-folder app (dist/HealthDesk, made by `python3 scripts/dev.py build`):
#   dist/healthdesk_VERSION_ARCH.deb
# It installs the app in /opt/healthdesk, `healthdesk` in /usr/bin, the icon in the hicolor theme, a menu entry, a
# hidden entry that opens .hdinvite and .hdresponse files (`healthdesk open %f`), and the two MIME types
# (shared-mime-info). Depends are what the bundle links but does not carry (found with readelf, ldconfig and
# dpkg -S on this machine). Compressed with zstd (dpkg 1.21.18+: Debian 12, Ubuntu 21.10 and later); DEB_COMPRESS=xz
# makes a smaller file that older dpkg reads too, in minutes instead of seconds; DEB_LEVEL sets the level.
# Install: sudo apt install ./dist/healthdesk_VERSION_ARCH.deb   Check it: scripts/verify_linux_package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
APP=dist/HealthDesk
if [ ! -x "$APP/healthdesk" ]; then
  echo "no $APP/healthdesk: build the app first (python3 scripts/dev.py build, or scripts/dev.py package)" >&2
  exit 1
fi
for tool in dpkg-deb readelf objdump; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt install dpkg binutils)" >&2; exit 1; }
done
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' healthdesk/__init__.py)
arch=$(dpkg --print-architecture)
name="healthdesk_${version}_${arch}"
root="build/deb/$name"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin"

# The app, and the command on the PATH (a script, so the bundle finds its own folder whatever the link).
cp -a "$APP" "$root/opt/healthdesk"
cat >"$root/usr/bin/healthdesk" <<'EOF'
#!/bin/sh
exec /opt/healthdesk/healthdesk "$@"
EOF
chmod 755 "$root/usr/bin/healthdesk"

# Desktop integration.
install -D -m 644 packaging/linux/healthdesk.desktop "$root/usr/share/applications/healthdesk.desktop"
install -D -m 644 packaging/linux/healthdesk-open.desktop "$root/usr/share/applications/healthdesk-open.desktop"
install -D -m 644 packaging/linux/healthdesk-mime.xml "$root/usr/share/mime/packages/healthdesk.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "resources/icons/healthdesk-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/healthdesk.png"
done
install -D -m 644 resources/icons/healthdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/healthdesk.svg"
install -D -m 644 /dev/stdin "$root/usr/share/doc/healthdesk/copyright" <<EOF
HealthDesk ${version}: partnership health assessments.
The app is a PyInstaller bundle in /opt/healthdesk; the licences of the bundled libraries (Qt for Python, Python,
matplotlib, NumPy, SQLAlchemy, ReportLab, cryptography and others) and fonts are in /opt/healthdesk/_internal,
the bundled font's in /opt/healthdesk/_internal/resources/fonts.
EOF
install -m 755 packaging/linux/postinst packaging/linux/postrm "$root/DEBIAN/"

# Depends: the system libraries the bundle links but does not carry, by the package that holds each here.
bundle_files=$(find "$root/opt/healthdesk" -type f \( -name '*.so*' -o -name healthdesk \))
needed=$(echo "$bundle_files" | xargs readelf -d 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u)
carried=$(find "$root/opt/healthdesk" -printf '%f\n' | sort -u)
glibc=$(echo "$bundle_files" | xargs objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' \
  | sort -uV | tail -n 1)
deps=("libc6 (>= ${glibc})")
for so in $(comm -23 <(echo "$needed") <(echo "$carried")); do
  path=$(ldconfig -p | awk -v so="$so" '$1 == so && !found { print $NF; found = 1 }') # (no early exit: pipefail)
  pkg=""
  for candidate in "$path" "$(readlink -f "$path" 2>/dev/null)" "/usr$path"; do
    [ -n "$path" ] || break
    pkg=$(dpkg -S "$candidate" 2>/dev/null | sed -n '1s/:.*//p') && [ -n "$pkg" ] && break
  done
  if [ -z "$pkg" ]; then # not installed here: the packages that hold them on Debian and Ubuntu
    case "$so" in
      libwayland-cursor.so.0) pkg=libwayland-cursor0 ;;
      libwayland-egl.so.1) pkg=libwayland-egl1 ;;
      libwayland-client.so.0) pkg=libwayland-client0 ;;
    esac
  fi
  if [ -z "$pkg" ]; then
    echo "warning: no package found for $so (needed by the bundle); not in Depends" >&2
  elif [ "$pkg" != libc6 ]; then
    deps+=("$pkg")
  fi
done
depends=$(printf '%s\n' "${deps[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: healthdesk
Version: ${version}
Architecture: ${arch}
Maintainer: HealthDesk <healthdesk@example.org>
Installed-Size: ${installed_kb}
Depends: ${depends}
Recommends: shared-mime-info, desktop-file-utils, xdg-utils, hicolor-icon-theme
Section: office
Priority: optional
Description: partnership health assessments for both partners of an alliance
 Executives of both partners of a joint venture, channel partnership or strategic
 alliance walk through a ten-minute, five-dimension health assessment on their own
 laptops, offline, in Chinese or English. HealthDesk shows the health index, the
 trend and where the two partners see it differently, runs the strategy-alignment
 workshop and prints the review for the joint management committee.
 .
 Opens HealthDesk invitations (.hdinvite) and response files (.hdresponse).
EOF

deb="dist/${name}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-zstd}" ${DEB_LEVEL:+-z"$DEB_LEVEL"} --build "$root" "$deb" >/dev/null
rm -rf "$root"
echo "package: $deb ($(du -m "$deb" | cut -f1) MB, installs $((installed_kb / 1024)) MB) in $((SECONDS - start)) s"
echo "depends: $depends"
