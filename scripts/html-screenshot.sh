#!/usr/bin/env bash
# Renders the HTML report of the bundled example dossiers in headless Chromium and checks that it
# renders: the page's text must hold the verdicts, and the screenshot must be a real picture.
#
#   scripts/html-screenshot.sh [OUT_DIR]     (default OUT_DIR: target/html-check)
#
# Installs Debian's chromium when it is missing (needs root and apt). Exit 0 when the page renders.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/html-check}"
mkdir -p "$out"

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

cargo build --quiet --release
page="$out/report.html"
# Exit 1 only means the dossiers are incomplete; anything else is a failure.
./target/release/dossiercheck check examples/dossiers/complete examples/dossiers/incomplete \
    --as-of 2026-11-23 --format html > "$page" || [ $? -eq 1 ]

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$(mktemp -d)")
"$browser" "${flags[@]}" --window-size=1280,1600 --screenshot="$out/report.png" "file://$PWD/$page" 2>/dev/null
"$browser" "${flags[@]}" --dump-dom "file://$PWD/$page" 2>/dev/null > "$out/dom.html"

fail=0
for text in "Dossiercontrole" "compleet" "niet compleet" "Verwijsbrief met vraagstelling" "Nog op te vragen"; do
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
[ $fail -eq 0 ] && echo "ok: $out/report.png ($size bytes) rendered with the expected text"
exit $fail
