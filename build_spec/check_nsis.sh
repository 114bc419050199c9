#!/usr/bin/env bash
# Check that the Windows installer script (build_spec/lam_desk.nsi) compiles, with Debian's
# makensis, around the Linux one-folder build. The installer written is only a syntax and
# packaging check (it holds Linux binaries): the real one is made on Windows from lam-desk.exe.
#
#   bash build_spec/check_nsis.sh [DIST_DIR]     (default: build/dist/lam-desk)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$(cd "${1:-$root/build/dist/lam-desk}" 2>/dev/null && pwd)" || {
    echo "NSIS check FAILED: no one-folder build at ${1:-$root/build/dist/lam-desk}" >&2
    exit 1
}
makensis="$(command -v makensis)" || {
    echo "NSIS check FAILED: makensis not found (apt-get install nsis)" >&2
    exit 1
}
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/lam_desk/__init__.py")"
if [[ -z "$version" ]]; then
    echo "NSIS check FAILED: no __version__ in lam_desk/__init__.py" >&2
    exit 1
fi
out_dir="$root/build/nsis-check"
out="$out_dir/LAM-Desk-$version-setup.exe"
mkdir -p "$out_dir"
rm -f "$out"

echo "makensis $("$makensis" -VERSION): $dist (version $version)"
# -WX: a warning is an error, so that the script stays clean.
"$makensis" -V2 -WX -INPUTCHARSET UTF8 \
    "-DDIST_DIR=$dist" "-DVERSION=$version" "-DEXE_NAME=lam-desk" "-DOUT_FILE=$out" \
    "$root/build_spec/lam_desk.nsi"

if [[ ! -s "$out" ]] || [[ "$(head -c 2 "$out")" != "MZ" ]]; then
    echo "NSIS check FAILED: $out was not written as a Windows program" >&2
    exit 1
fi
echo "NSIS check passed: $out ($(du -h "$out" | cut -f1), from $(du -sh "$dist" | cut -f1) of files)"
