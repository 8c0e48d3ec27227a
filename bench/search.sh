#!/usr/bin/env bash
# The site search's size and speed at N papers (docs/performance.md): builds the benchmark's generated site of N
# papers with the scholar theme and the search on, prints the index's size, and times queries in Chromium.
#   bench/search.sh 10000        (needs the sites bench/run.sh generated: run it with -n N first)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${SCHOLARLY_BENCH_WORK:-/tmp/scholarly-bench}
n=${1:-10000}
src="$work/bench/work/sites/scholarly-$n/src"
[ -d "$src" ] || { echo "no generated site at $src: run bench/run.sh -n $n --peers scholarly first" >&2; exit 1; }
site="$work/search-$n"
rm -rf "$site" "$site-out"
cp -r "$src" "$site"
rm -rf "$site/layouts" "$site/.scholarly-cache"   # the benchmark's own templates have no search box
# The search on, and page-relative links (the default), which the page needs to work from file://.
sed -i 's/^disable_kinds: .*/disable_kinds: [404, sitemap, robots, atom, tag_feeds, citations, years]/; /^relative_links:/d' "$site/scholarly.yml"
"$work/publish/Scholarly.Cli" build -q -s "$site" -o "$site-out"
index="$site-out/search"
echo "index: $(du -sb "$index" | cut -f1) bytes in $(ls "$index" | wc -l) files, $(cat "$index"/*.js | gzip -9 | wc -c) gzipped; largest file of words $(ls -S "$index"/terms-* | head -1 | xargs wc -c | cut -d' ' -f1) bytes"
SCHOLARLY_SEARCH_SITE="$site-out" dotnet test "$repo/tests/Scholarly.Tests" --filter "FullyQualifiedName~Benchmarks.SearchLatency" \
  --logger "console;verbosity=detailed" 2>&1 | sed -n '/^| where/,/^$/p'
