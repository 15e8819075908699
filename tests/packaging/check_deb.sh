#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it the way Debian's own tools do: its contents, lintian
# (no errors), desktop-file-validate, appstreamcli validate, the man pages (made from --help) and the bash
# completion (driven against the real lpdesk-cli).
set -euo pipefail
build_dir="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build_dir"
rm -f lpdesk_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; fail "cpack could not build the package"; }
deb=$(ls lpdesk_*_amd64.deb 2>/dev/null | head -n1)
[[ -n "$deb" ]] || fail "no lpdesk_<version>_amd64.deb in $build_dir"
echo "package: $deb ($(stat -c %s "$deb") bytes)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/contents"
dpkg-deb -x "$deb" "$work/root"
id=org.lpdesk.LPDesk
for path in /usr/bin/lpdesk /usr/bin/lpdesk-cli \
    /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/man/man1/lpdesk.1.gz /usr/share/man/man1/lpdesk-cli.1.gz \
    /usr/share/bash-completion/completions/lpdesk-cli \
    /usr/share/doc/lpdesk/copyright /usr/share/doc/lpdesk/changelog.Debian.gz; do
    grep -qx "$path" "$work/contents" || fail "$path is not in the package"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    grep -qx "$png" "$work/contents" || fail "$png is not in the package"
    # The PNG header's width and height (bytes 16..23) must match the folder it is in.
    dims=$(od -An -tu1 -j16 -N8 "$work/root$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims"
done
if grep -E '^/usr/(lib|share)/.*(Test|bench_|fuzz)' "$work/contents"; then fail "test programs in the package"; fi

# Control data: dependencies computed from the binaries plus the run-time plugins.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libsqlcipher0 libavcodec59 libssl3 libopencv-dnn406 qt6-qpa-plugins fonts-dejavu-core opencv-data; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
for pkg in qt6-translations-l10n qt6-gtk-platformtheme; do
    grep -q "$pkg" <<<"$recommends" || fail "Recommends lacks $pkg"
done
# The packaged programs are built without the test hooks: an environment variable that makes the passphrase's key
# derivation cheap (LPDESK_KDF_MS, honoured by the build tree's programs the tests drive) must not be in them at all.
for program in lpdesk lpdesk-cli; do
    if grep -q -a LPDESK_KDF_MS "$work/root/usr/bin/$program"; then
        fail "/usr/bin/$program honours LPDESK_KDF_MS (built with the test hooks)"
    fi
done
grep -q -a LPDESK_KDF_MS bin/lpdesk-cli || fail "bin/lpdesk-cli (the tests' program) has no LPDESK_KDF_MS: the check above proves nothing"
kind=$(file "$work/root/usr/bin/lpdesk-cli")
grep -q "stripped" <<<"$kind" || fail "lpdesk-cli is not stripped"
grep -q "not stripped" <<<"$kind" && fail "lpdesk-cli is not stripped"

desktop-file-validate "$work/root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$id.metainfo.xml"
version=$(dpkg-deb -f "$deb" Version)
grep -q "release version=\"${version%-*}\"" "$work/root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "the AppStream release is not ${version%-*}"

# Man pages come from --help: every command lpdesk-cli lists is in its page.
# Rendered by man itself, as a reader sees it.
MANWIDTH=250 man -l -P cat "$work/root/usr/share/man/man1/lpdesk-cli.1.gz" 2>/dev/null | col -b >"$work/cli.1"
man_commands=0
while read -r cmd; do
    grep -qF -- "$cmd" "$work/cli.1" || fail "the man page lacks the command '$cmd'"
    man_commands=$((man_commands + 1))
done < <("$work/root/usr/bin/lpdesk-cli" --help | awk '/^Commands:/{c=1;next} c&&/^[^ ]/{c=0} c&&/^  [a-z]/{print $1}' | sort -u)
echo "man page names all $man_commands command words"
# Rendered to a file first: `grep -q` leaving a pipe early makes man fail with SIGPIPE under pipefail.
MANWIDTH=250 man -l -P cat "$work/root/usr/share/man/man1/lpdesk.1.gz" 2>/dev/null | col -b >"$work/gui.1"
grep -q -- '--db' "$work/gui.1" || fail "lpdesk.1 lacks --db"

# Bash completion against the packaged program.
completion() {
    PATH="$work/root/usr/bin:$PATH" bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
        _lpdesk_cli; echo "${COMPREPLY[*]}"' _ "$work/root/usr/share/bash-completion/completions/lpdesk-cli" "$@"
}
[[ "$(completion lpdesk-cli user '')" == "add confirm-role list policy remove set-role" ]] || fail "completion of 'user': $(completion lpdesk-cli user '')"
[[ "$(completion lpdesk-cli settings '')" == "exigent-signoff followup-check idle-lock" ]] || fail "completion of 'settings': $(completion lpdesk-cli settings '')"
[[ "$(completion lpdesk-cli trim X --mode '')" == "copy smart reencode" ]] || fail "completion of --mode"
grep -qw verify <<<"$(completion lpdesk-cli '')" || fail "completion does not offer 'verify'"

# lintian: no errors (warnings are printed for the log).
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.txt"
echo "lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"
echo "OK"
