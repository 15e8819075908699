#!/usr/bin/env bash
# Installs the package built by check_deb.sh with dpkg (CI runs as root), runs both programs from /usr/bin, and
# removes it again: nothing of it may be left behind.
set -euo pipefail
build_dir="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "installing a package needs root (CI runs as root; run this test with sudo)"
deb=$(ls "$build_dir"/lpdesk_*_amd64.deb 2>/dev/null | head -n1)
[[ -n "$deb" ]] || fail "no package in $build_dir (the deb_contents test builds it)"

if dpkg-query -W -f='${Status}' lpdesk 2>/dev/null | grep -q "install ok installed"; then
    fail "lpdesk is already installed on this machine; remove it first (dpkg -r lpdesk)"
fi
cleanup() { dpkg --purge lpdesk >/dev/null 2>&1 || true; }
trap cleanup EXIT

dpkg -i "$deb"
[[ -x /usr/bin/lpdesk && -x /usr/bin/lpdesk-cli ]] || fail "programs not in /usr/bin"
version=$(dpkg-deb -f "$deb" Version)
out=$(cd / && env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" /usr/bin/lpdesk-cli --version 2>/dev/null)
[[ "$out" == "lpdesk-cli ${version%-*}" ]] || fail "lpdesk-cli --version printed '$out'"
help=$(cd / && env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" QT_QPA_PLATFORM=offscreen /usr/bin/lpdesk --help 2>/dev/null)
grep -q -- "--db" <<<"$help" || fail "lpdesk --help printed: $help"
# An installed lpdesk-cli really works: a database made, unlocked and checked by the installed program.
tmp=$(mktemp -d)
export HOME="$tmp" LPDESK_PASSPHRASE="installed package check passphrase"
(cd "$tmp" && /usr/bin/lpdesk-cli --db "$tmp/c.lpdb" init --admin admin >/dev/null)
[[ "$(/usr/bin/lpdesk-cli --db "$tmp/c.lpdb" whoami)" == *admin* ]] || fail "whoami after init"
rm -rf "$tmp"
man -w lpdesk-cli >/dev/null 2>&1 || fail "man lpdesk-cli is not found"

dpkg --purge lpdesk
trap - EXIT
for path in /usr/bin/lpdesk /usr/bin/lpdesk-cli /usr/share/applications/org.lpdesk.LPDesk.desktop \
    /usr/share/doc/lpdesk; do
    [[ ! -e "$path" ]] || fail "$path is left after removal"
done
echo "OK: installed, ran ($out), removed"
