#!/usr/bin/env bash
# Build a .deb from the PyInstaller one-folder build (make deb).
#
#   scripts/build_deb.sh DIST_FOLDER OUT_DIR        -> prints the .deb's path
#
# Layout: the folder in /opt/rakor-desktop, /usr/bin/rakor-desktop -> its executable,
# a .desktop entry (Exec ... --open %f), the icon, and a MIME type so that
# double-clicking a .rakor bundle opens the import dialog. Removing the package never
# touches a user's data (~/.local/share/rakor-desktop: databases, backups).
# RAKOR_DEB_COMPRESS=xz gives the smallest file for a release (slower); the default
# zstd -9 is a few seconds on two cores.
set -euo pipefail

dist=${1:?usage: build_deb.sh DIST_FOLDER OUT_DIR}
out=${2:?usage: build_deb.sh DIST_FOLDER OUT_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/pyproject.toml" | head -n1)
arch=$(dpkg --print-architecture)
[ -x "$dist/rakor-desktop" ] || { echo "build_deb: no executable in $dist (run make dist)" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/rakor-desktop_${version}_${arch}"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/mime/packages" \
    "$root/usr/share/doc/rakor-desktop"
cp -a "$dist" "$root/opt/rakor-desktop"
ln -s /opt/rakor-desktop/rakor-desktop "$root/usr/bin/rakor-desktop"
install -m 0644 "$here/packaging/linux/rakor-desktop.desktop" "$root/usr/share/applications/"
install -m 0644 "$here/packaging/linux/rakor-desktop-mime.xml" \
    "$root/usr/share/mime/packages/rakor-desktop.xml"
install -m 0644 "$here/resources/icons/app.svg" \
    "$root/usr/share/icons/hicolor/scalable/apps/rakor-desktop.svg"
install -m 0644 "$here/README.md" "$root/usr/share/doc/rakor-desktop/README.md"
size_kb=$(du -sk "$root" | cut -f1)

cat > "$root/DEBIAN/control" <<CONTROL
Package: rakor-desktop
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Installed-Size: $size_kb
Depends: libc6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libfontconfig1, libfreetype6, libpng16-16, libbrotli1, libexpat1, libdbus-1-3, libsystemd0, libglib2.0-0, libx11-6, libx11-xcb1, libgcrypt20, libgpg-error0, libkrb5-3, libk5crypto3, libgssapi-krb5-2, libkrb5support0, libkeyutils1, libcom-err2, libzstd1, liblz4-1, liblzma5, libbz2-1.0, libcap2, libpcre2-8-0, libffi8
Maintainer: Rakor Desktop <rakor-desktop@localhost>
Homepage: https://example.invalid/rakor-desktop
Description: Rapat koordinasi (Rakor) for regency offices, offline
 Meetings, invitations with QR cards, door check-in, agenda, live notes,
 decisions, follow-ups and OPD performance in a local database, with the
 official notulen, daftar hadir, undangan and matriks as PDF.
CONTROL

# Desktop and MIME caches: refreshed on install and removal; user data is left alone.
for script in postinst postrm; do
    cat > "$root/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database /usr/share/mime || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
HOOK
    chmod 0755 "$root/DEBIAN/$script"
done

mkdir -p "$out"
deb="$out/rakor-desktop_${version}_${arch}.deb"
case "${RAKOR_DEB_COMPRESS:-zstd}" in
    xz) dpkg-deb -Zxz -z6 --root-owner-group -b "$root" "$deb" >/dev/null ;;
    *) dpkg-deb -Zzstd -z9 --root-owner-group -b "$root" "$deb" >/dev/null ;;
esac
echo "$deb"
