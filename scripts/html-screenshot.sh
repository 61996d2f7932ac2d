#!/usr/bin/env bash
# Renders the HTML report of dossiers (default: the bundled example dossiers) in headless Chromium
# and checks that it renders: the page's text must hold the verdicts and the action sentences, and
# the screenshot must be a real picture. Chromium's own messages are kept in OUT_DIR/chromium.log
# and shown when something fails.
#
#   scripts/html-screenshot.sh [OUT_DIR [DOSSIER...]]   (default OUT_DIR: target/html-check)
#
# OUT_DIR and the dossiers may be absolute or relative to the folder the script is run from.
# Installs Debian's chromium when it is missing (needs root and apt). Exit 0 when the page renders.
set -euo pipefail
caller="$PWD"
repo="$(cd "$(dirname "$0")/.." && pwd)"

# A path as given, made absolute against the caller's folder.
absolute() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s\n' "$caller/$1" ;;
    esac
}

out="$(absolute "${1:-$repo/target/html-check}")"
shift || true
dossiers=()
if [ $# -eq 0 ]; then
    dossiers=("$repo/examples/dossiers/complete" "$repo/examples/dossiers/incomplete"
              "$repo/examples/dossiers/needs-review")
else
    for d in "$@"; do dossiers+=("$(absolute "$d")"); done
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing chromium (Debian package)..." >&2
        apt-get update -qq && apt-get install -y -qq chromium >/dev/null
        browser="$(command -v chromium)"
    else
        echo "chromium is not installed; install Debian's 'chromium' package and run again" >&2
        exit 2
    fi
fi

(cd "$repo" && cargo build --quiet --release)
page="$out/report.html"
# Exit 1 only means a dossier is incomplete; anything else is a failure.
status=0
"$repo/target/release/dossiercheck" check "${dossiers[@]}" --as-of 2026-11-23 --format html \
    > "$page" || status=$?
if [ "$status" -gt 1 ]; then
    echo "FAIL: dossiercheck exited with $status" >&2
    exit "$status"
fi

log="$out/chromium.log"
: > "$log"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$(mktemp -d)")
show_log() {
    echo "--- Chromium's messages ($log):" >&2
    grep -v '^\s*$' "$log" | tail -n 40 >&2 || true
}
url="file://$page"
if ! "$browser" "${flags[@]}" --window-size=1280,1600 --screenshot="$out/report.png" "$url" 2>>"$log"; then
    echo "FAIL: Chromium could not take the screenshot" >&2
    show_log
    exit 1
fi
if ! "$browser" "${flags[@]}" --dump-dom "$url" 2>>"$log" > "$out/dom.html"; then
    echo "FAIL: Chromium could not render the page" >&2
    show_log
    exit 1
fi

fail=0
for text in "Dossiercontrole" "Resultaat:" "inplannen" "Verwijsbrief met vraagstelling"; do
    if ! grep -q "$text" "$out/dom.html"; then
        echo "FAIL: the rendered page lacks \"$text\"" >&2
        fail=1
    fi
done
size=$(stat -c %s "$out/report.png" 2>/dev/null || echo 0)
if [ "$size" -lt 20000 ]; then
    echo "FAIL: the screenshot is missing or blank ($size bytes)" >&2
    fail=1
fi
if [ $fail -ne 0 ]; then
    show_log
    exit 1
fi
echo "ok: $out/report.png ($size bytes) rendered with the expected text"
