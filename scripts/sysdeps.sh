#!/usr/bin/env bash
# Make sure the system libraries and tools Rakor Desktop needs are present (Debian/Ubuntu).
#
#   scripts/sysdeps.sh GROUP...     groups: gui xvfb test build postgres office
#
#   gui       Qt offscreen/xcb/wayland libraries and fonts (enough for `make run`)
#   xvfb      Xvfb, xvfb-run, xauth, xdotool (`make run-xvfb`, the GUI walkthrough)
#   test      gui + xvfb + build + postgres + poppler-utils (pdftotext/pdftoppm/pdfsig)
#             + libnss3-tools (certutil: pdfsig trusting the office certificate)
#             + LibreOffice Calc, headless (matrices and workbooks "saved by LibreOffice")
#   build     binutils (PyInstaller needs objdump, and strip for a smaller bundle)
#   postgres  PostgreSQL server binaries (initdb/pg_ctl under /usr/lib/postgresql/*/bin)
#   office    LibreOffice Writer, headless (documents benchmark); never fatal
#
# Checks are functional (ldconfig, command -v, files), so they are quick when all is there
# and no apt-get runs. When something is missing: as root with apt-get, install exactly
# those Debian packages; otherwise print the apt-get command to run and fail.
# Everything goes to stderr (so `make bench` keeps stdout for JSON lines).
set -euo pipefail
exec 3>&1 1>&2

VENV_PY=${VENV_PY:-.venv/bin/python}

if [ "$(uname -s)" != "Linux" ]; then
    echo "sysdeps: $(uname -s): no system packages to check (Linux only)"
    exit 0
fi

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(test)
want_gui=0 want_xvfb=0 want_build=0 want_pg=0 want_poppler=0 want_office=0
for g in "${groups[@]}"; do
    case "$g" in
        gui) want_gui=1 ;;
        xvfb) want_xvfb=1 ;;
        build) want_build=1 ;;
        postgres) want_pg=1 ;;
        office) want_office=1 ;;
        test) want_gui=1 want_xvfb=1 want_build=1 want_pg=1 want_poppler=1 ;;
        *) echo "sysdeps: unknown group '$g'"; exit 2 ;;
    esac
done

# soname -> Debian package. Qt's xcb platform plugin dlopens nothing it does not link,
# so `ldd` on the plugins finds anything missing that is not listed here (see below).
GUI_LIBS=(
    libEGL.so.1:libegl1
    libGL.so.1:libgl1
    libxkbcommon.so.0:libxkbcommon0
    libxkbcommon-x11.so.0:libxkbcommon-x11-0
    libfontconfig.so.1:libfontconfig1
    libfreetype.so.6:libfreetype6
    libdbus-1.so.3:libdbus-1-3
    libglib-2.0.so.0:libglib2.0-0
    libX11-xcb.so.1:libx11-xcb1
    libxcb-cursor.so.0:libxcb-cursor0
    libxcb-icccm.so.4:libxcb-icccm4
    libxcb-keysyms.so.1:libxcb-keysyms1
    libxcb-shape.so.0:libxcb-shape0
    libxcb-xinerama.so.0:libxcb-xinerama0
    libxcb-randr.so.0:libxcb-randr0
    libxcb-render-util.so.0:libxcb-render-util0
    libxcb-image.so.0:libxcb-image0
    libxcb-xkb.so.1:libxcb-xkb1
    libxcb-glx.so.0:libxcb-glx0
    libxcb-sync.so.1:libxcb-sync1
    libxcb-xfixes.so.0:libxcb-xfixes0
    libxcb-shm.so.0:libxcb-shm0
    libxcb-util.so.1:libxcb-util1
    libwayland-client.so.0:libwayland-client0
    libwayland-cursor.so.0:libwayland-cursor0
    libwayland-egl.so.1:libwayland-egl1
    # QtMultimedia (the kiosk's camera check-in) links PulseAudio's client library.
    libpulse.so.0:libpulse0
)
GUI_FILES=(
    /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf:fonts-liberation2
    /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core
)
XVFB_CMDS=(Xvfb:xvfb xvfb-run:xvfb xauth:xauth xdotool:xdotool)
POPPLER_CMDS=(pdftotext:poppler-utils pdftoppm:poppler-utils pdfsig:poppler-utils certutil:libnss3-tools soffice:libreoffice-calc-nogui)
BUILD_CMDS=(objdump:binutils strip:binutils)

missing=()
add_missing() {
    local p
    for p in "$@"; do
        case " ${missing[*]-} " in *" $p "*) ;; *) missing+=("$p") ;; esac
    done
}

ldcache() {
    { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true; } | awk '{print $1}'
}

check_all() {
    missing=()
    local cache entry
    if [ $want_gui = 1 ]; then
        cache=$(ldcache)
        for entry in "${GUI_LIBS[@]}"; do
            grep -qxF "${entry%%:*}" <<<"$cache" || add_missing "${entry##*:}"
        done
        for entry in "${GUI_FILES[@]}"; do
            [ -e "${entry%%:*}" ] || add_missing "${entry##*:}"
        done
    fi
    local cmds=()
    [ $want_xvfb = 1 ] && cmds+=("${XVFB_CMDS[@]}")
    [ $want_poppler = 1 ] && cmds+=("${POPPLER_CMDS[@]}")
    [ $want_build = 1 ] && cmds+=("${BUILD_CMDS[@]}")
    for entry in ${cmds[@]+"${cmds[@]}"}; do
        command -v "${entry%%:*}" >/dev/null 2>&1 || add_missing "${entry##*:}"
    done
    if [ $want_pg = 1 ]; then
        compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || add_missing postgresql
    fi
    # PyInstaller bundles libpython. Debian's python3 binary is linked statically, so the
    # shared library is a separate package (libpython3.11) that a bare machine lacks.
    if [ $want_build = 1 ] && [ -x "$VENV_PY" ]; then
        local soname libdir ver
        read -r soname libdir ver < <("$VENV_PY" -c 'import sys, sysconfig as s
print(s.get_config_var("INSTSONAME") or "-", s.get_config_var("LIBDIR") or "-", "%d.%d" % sys.version_info[:2])') || true
        if [ -n "${soname:-}" ] && [ "$soname" != - ] && [ ! -e "$libdir/$soname" ] \
            && ! grep -qxF "$soname" <<<"$(ldcache)"; then
            case "$libdir" in
                /usr/*) add_missing "libpython$ver" ;;
                *) echo "sysdeps: warning: $soname not found in $libdir; PyInstaller needs a Python built with --enable-shared" ;;
            esac
        fi
    fi
}

apt_install() {
    # $@: packages. Returns apt-get's status.
    echo "sysdeps: installing $*"
    if [ -z "${SYSDEPS_APT_UPDATED:-}" ]; then
        apt-get update -qq
        export SYSDEPS_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$@"
}

can_install() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}

check_all
if [ ${#missing[@]} -gt 0 ]; then
    if can_install; then
        apt_install "${missing[@]}"
        check_all
        if [ ${#missing[@]} -gt 0 ]; then
            echo "sysdeps: still missing after install: ${missing[*]}"
            exit 1
        fi
    else
        echo "sysdeps: missing system packages: ${missing[*]}"
        echo "sysdeps: install them with (Debian/Ubuntu package names):"
        echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
        exit 1
    fi
fi

if [ $want_office = 1 ] && ! command -v soffice >/dev/null 2>&1; then
    if can_install; then
        apt_install libreoffice-writer-nogui || apt_install libreoffice-writer \
            || echo "sysdeps: LibreOffice could not be installed; documents benchmark skips it"
    else
        echo "sysdeps: no soffice; for the LibreOffice comparison run:"
        echo "    sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui"
    fi
fi

# Functional probe: Qt really starts offscreen and finds fonts (catches libraries this
# list does not know about, e.g. after a PySide6 upgrade).
if [ $want_gui = 1 ] && [ -x "$VENV_PY" ]; then
    qt_dir=$("$VENV_PY" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))' 2>/dev/null || true)
    if [ -n "$qt_dir" ]; then
        for plugin in "$qt_dir"/Qt/plugins/platforms/libq{xcb,offscreen}.so; do
            [ -e "$plugin" ] || continue
            notfound=$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
            [ -z "$notfound" ] || echo "sysdeps: warning: $(basename "$plugin") cannot load: ${notfound}(unknown package; see 'apt-file search')"
        done
    fi
    probe='
import sys
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Rapat koordinasi")
label.resize(240, 40)
assert not label.grab().isNull(), "offscreen rendering failed"
assert QFontDatabase.families(), "Qt finds no fonts (fontconfig)"
'
    if ! out=$(QT_QPA_PLATFORM=offscreen timeout 120 "$VENV_PY" -c "$probe" 2>&1); then
        echo "sysdeps: Qt does not start offscreen:"
        echo "$out" | tail -20
        exit 1
    fi
fi
echo "sysdeps: ok (${groups[*]})"
