#!/usr/bin/env bash
# Vendors Temml VERSION from npm into src/Scholarly/Markup/Vendor/temml-VERSION/ (its minified build and licence).
set -euo pipefail
version="${1:?usage: update-temml.sh VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "temml@$version" >/dev/null && tar -xzf "temml-$version.tgz")
mkdir -p "$here/temml-$version"
cp "$work/package/dist/temml.min.js" "$work/package/LICENSE" "$here/temml-$version/"
# The theme's stylesheet for the MathML that version writes.
assets="$here/../../../../themes/scholar/assets/temml-$version"
mkdir -p "$assets"
cp "$work/package/dist/Temml-Local.css" "$work/package/dist/Temml.woff2" "$work/package/LICENSE" "$assets/"
echo "copied its stylesheet into themes/scholar/assets/temml-$version (write its README.md from the previous one)"
echo "vendored temml $version into $here/temml-$version"
