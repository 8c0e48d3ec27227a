#!/usr/bin/env bash
# Times Scholarly against Hugo, Jekyll and Eleventy with the shared benchmark (../shared/bench, read-only):
# publishes Scholarly as a native binary (Native AOT; needs clang: apt-get install -y clang zlib1g-dev), or
# ReadyToRun with SCHOLARLY_BENCH_PUBLISH=r2r, copies the benchmark to a work folder, adds the Scholarly adapter,
# and runs it with the arguments given, e.g.
#   bench/run.sh -n 1000 --peers hugo,scholarly --runs 5 --warmup 2
# Results land in $BENCH_DIR/results.md (default /tmp/scholarly-bench/bench).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${SCHOLARLY_BENCH_WORK:-/tmp/scholarly-bench}
bench="$work/bench"

case "${SCHOLARLY_BENCH_PUBLISH:-aot}" in
  aot) dotnet publish "$repo/src/Scholarly.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/publish" >/dev/null ;;
  r2r) dotnet publish "$repo/src/Scholarly.Cli" -c Release -r linux-x64 --self-contained false \
         -p:PublishReadyToRun=true -o "$work/publish" >/dev/null ;;
  *) echo "SCHOLARLY_BENCH_PUBLISH is aot or r2r" >&2; exit 2 ;;
esac
export SCHOLARLY_EXE="$work/publish/Scholarly.Cli"

if [ ! -d "$bench" ]; then
  mkdir -p "$work"
  cp -r "$repo/../shared/bench" "$bench"
  chmod -R u+w "$bench"
fi
cp "$repo/bench/scholarly.py" "$bench/adapters/scholarly.py"
if ! grep -q ScholarlyAdapter "$bench/adapters/__init__.py"; then
  sed -i 's/^from .eleventy import EleventyAdapter$/from .eleventy import EleventyAdapter\nfrom .scholarly import ScholarlyAdapter/; s/EleventyAdapter)}/EleventyAdapter, ScholarlyAdapter)}/' \
    "$bench/adapters/__init__.py"
fi
cd "$bench"
exec ./run.sh "$@"
