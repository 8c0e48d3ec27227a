#!/usr/bin/env python3
"""Edit-to-page latency of a live server (`scholarly serve`, `hugo server`) on a benchmark site.

Starts the server on a site written by the shared benchmark (bench/run.sh leaves them in
$BENCH/work/sites/<peer>-<N>/src), waits for its first build, then edits one paper's title several times.
For each edit it times, from the moment the file is saved, how long until
  page: the paper's own page serves the new title, and
  lists: the home page and the paper's first tag page both do (every page that lists it).
Prints the medians as one line of JSON. Standard library only.

  python3 bench/serve_edit.py --peer scholarly --exe PATH/Scholarly.Cli --site $BENCH/work/sites/scholarly-10000/src
  python3 bench/serve_edit.py --peer hugo --site $BENCH/work/sites/hugo-10000/src
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(url, token, interval, limit=120.0):
    """Seconds until the page at url holds token (polled every interval seconds), from the call."""
    start = time.perf_counter()
    while token not in get(url):
        if time.perf_counter() - start > limit:
            raise TimeoutError(f"{url} never showed {token!r}")
        time.sleep(interval)
    return time.perf_counter()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peer", choices=["scholarly", "hugo"], required=True)
    parser.add_argument("--site", required=True, help="the site's source folder")
    parser.add_argument("--exe", help="the scholarly executable (for --peer scholarly)")
    parser.add_argument("--port", type=int, default=18765)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--server-log", help="write the server's output here (scholarly: run with --verbose, which times each rebuild's phases)")
    args = parser.parse_args()

    papers = os.path.join(args.site, "content", "papers") if args.peer == "hugo" else os.path.join(args.site, "papers")
    names = sorted(n for n in os.listdir(papers) if n.endswith(".md"))
    paper = os.path.join(papers, names[len(names) // 2])
    slug = os.path.basename(paper)[:-3]
    original = open(paper, encoding="utf-8").read()
    tag = re.search(r'^tags: \["([^"]+)"', original, re.M).group(1).lower()

    base = f"http://127.0.0.1:{args.port}/"
    command = ([args.exe, "serve", "--source", args.site, "--port", str(args.port)] if args.peer == "scholarly"
               else ["hugo", "server", "-s", args.site, "-p", str(args.port), "--bind", "127.0.0.1", "--baseURL", base])
    if args.server_log and args.peer == "scholarly":
        command.append("--verbose")
    log = open(args.server_log, "w", encoding="utf-8") if args.server_log else subprocess.DEVNULL
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    page_times, list_times = [], []
    try:
        title = re.search(r'^title: "(.*)"$', original, re.M).group(1)
        wait_for(base + f"papers/{slug}/", title, 0.1, limit=600)
        for edit in range(args.edits):
            token = f"Edited{edit}x{os.getpid()}"
            with open(paper, "w", encoding="utf-8") as file:
                file.write(original.replace(f'title: "{title}"', f'title: "{title} {token}"', 1))
            saved = time.perf_counter()
            page_times.append(wait_for(base + f"papers/{slug}/", token, 0.002) - saved)
            wait_for(base, token, 0.01)
            list_times.append(wait_for(base + f"tags/{tag}/", token, 0.01) - saved)
            time.sleep(1.0)  # the rest of the rebuild settles before the next edit
    finally:
        with open(paper, "w", encoding="utf-8") as file:
            file.write(original)
        server.terminate()
        server.wait(timeout=30)
        if args.server_log:
            log.close()

    print(json.dumps({
        "peer": args.peer, "papers": len(names), "edits": args.edits,
        "page_ms": round(statistics.median(page_times) * 1000, 1),
        "lists_ms": round(statistics.median(list_times) * 1000, 1),
        "page_all_ms": [round(t * 1000, 1) for t in page_times],
        "lists_all_ms": [round(t * 1000, 1) for t in list_times],
    }))


if __name__ == "__main__":
    sys.exit(main())
