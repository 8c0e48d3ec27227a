"""Scholarly adapter for the shared SSG benchmark (../shared/bench).

Writes the benchmark's data as a Scholarly site (scholarly.yml, profile.md, papers/<slug>.md with YAML front
matter, a layouts/ folder of five small templates matching what the other peers render) and builds it with a
published Scholarly executable. run.sh copies the benchmark, drops this file into its adapters/ and registers it.
"""
import os
from pathlib import Path

from .base import Adapter, Date, front_matter, write

#: The published executable; run.sh sets SCHOLARLY_EXE (a native build, or ReadyToRun).
EXE = Path(os.environ.get("SCHOLARLY_EXE", "/tmp/scholarly-bench/publish/Scholarly.Cli"))

CONFIG = """\
title: {title}
description: {description}
base_url: {base_url}
language: {language}
relative_links: false     # the benchmark's contract: root-relative links
build_date: 2026-11-30
# The benchmark's page set is N + T + 2 pages and one feed, what every peer builds; Scholarly's extras are off.
disable_kinds: [404, sitemap, robots, atom, tag_feeds, citations, search, years]
"""

# The same page content every peer renders (see the benchmark README), in Scholarly's template language.
BASE = """\
<!DOCTYPE html>
<html lang="{{ site.language }}">
<head>
<meta charset="utf-8">
<title>{{ if page.kind == "home" }}{{ site.title }}{{ else }}{{ page.title }} · {{ site.title }}{{ end }}</title>
<link rel="alternate" type="application/rss+xml" href="{{ absolute_url "feed.xml" }}" title="{{ site.title }}">
</head>
<body>
<header><a href="{{ relative_url "" }}">{{ profile.name }}</a> · <a href="{{ relative_url "tags/" }}">Tags</a> · <a href="{{ relative_url "feed.xml" }}">RSS</a></header>
<main>
{{ content }}
</main>
</body>
</html>
"""

ITEM = """\
<li class="paper">
  <a class="title" href="{{ relative_url paper.url }}">{{ paper.title }}</a>
  <div class="authors">{{ for a in paper.authors }}{{ if !for.first }}, {{ end }}{{ a.name }}{{ end }}</div>
  <time datetime="{{ paper.date_iso }}">{{ date.to_string paper.date "%e %B %Y" }}</time>
  <span class="tags">{{ for t in paper.tags }}<a class="tag" href="{{ relative_url t.url }}">{{ t.name }}</a> {{ end }}</span>
</li>
"""

HOME = """\
<section class="profile">
<h1>{{ profile.name }}</h1>
<p class="affiliation">{{ profile.affiliation }}</p>
<div class="bio">{{ profile.bio }}</div>
</section>
<h2>Publications</h2>
<p>{{ site.papers.size }} papers.</p>
<ul class="papers">
{{ for paper in site.papers }}{{ include "paper-item" }}{{ end }}
</ul>
"""

PAPER = """\
<article class="paper">
<h1>{{ paper.title }}</h1>
<p class="authors">{{ for a in paper.authors }}{{ if !for.first }}, {{ end }}{{ a.name }}{{ end }}</p>
<p class="meta"><time datetime="{{ paper.date_iso }}">{{ date.to_string paper.date "%e %B %Y" }}</time> · {{ paper.venue }} · {{ paper.citations }} citations</p>
<p class="tags">{{ for t in paper.tags }}<a class="tag" href="{{ relative_url t.url }}">{{ t.name }}</a> {{ end }}</p>
<h2>Abstract</h2>
<div class="abstract">{{ paper.abstract }}</div>
<div class="body">{{ paper.notes }}</div>
<p class="links">{{ for l in paper.links }}<a href="{{ l.url }}">{{ l.label }}</a> {{ end }}</p>
</article>
"""

TAGS = """\
<h1>Tags</h1>
<ul class="tags">
{{ for t in site.tags }}<li><a href="{{ relative_url t.url }}">{{ t.name }}</a> ({{ t.count }})</li>
{{ end }}</ul>
"""

TAG = """\
<h1>{{ tag.name }}</h1>
<ul class="papers">
{{ for paper in tag.papers }}{{ include "paper-item" }}{{ end }}
</ul>
"""


class ScholarlyAdapter(Adapter):
    name, title = "scholarly", "Scholarly"

    def available(self):
        return (EXE.exists(), f"{EXE} missing (run bench/run.sh in the Scholarly repository)")

    def version(self):
        return self.run_version([str(EXE), "--version"])

    def write_source(self, data, src):
        site, profile = data["site"], data["profile"]
        write(src / "scholarly.yml", CONFIG.format(**{k: _q(v) for k, v in site.items()}))
        write(src / "profile.md", front_matter({"name": profile["name"], "affiliation": profile["affiliation"],
                                                "email": profile["email"]}) + profile["bio"] + "\n")
        for name, text in {"base": BASE, "home": HOME, "paper": PAPER, "tags": TAGS, "tag": TAG}.items():
            write(src / "layouts" / f"{name}.html", text)
        write(src / "layouts" / "partials" / "paper-item.html", ITEM)
        for p in data["papers"]:
            fields = {"title": p["title"], "date": Date(p["date"]), "authors": p["authors"], "tags": p["tags"],
                      "venue": p["venue"], "citations": p["citations"], "abstract": p["abstract"]}
            text = front_matter(fields)
            links = {k: p[k] for k in ("arxiv", "code") if p[k]}
            if links:
                text = text[:-4] + "links:\n" + "".join(f"  {k}: {_q(v)}\n" for k, v in links.items()) + "---\n"
            write(self.paper_file(src, p["slug"]), text + "\n" + p["body"] + "\n")

    def paper_file(self, src, slug):
        return src / "papers" / f"{slug}.md"

    def build_argv(self, src, out):
        return [str(EXE), "build", "--source", str(src), "--output", str(out)]

    def state_paths(self, src, out):
        # A build keeps the previous output beside the new one as its second tree (.NAME.swap, see StagingFolder),
        # and typeset formulas in .scholarly-cache; a clean build must find neither.
        return [out, out.parent / f".{out.name}.swap", src / ".scholarly-cache"]


def _q(value):
    import json
    return json.dumps(str(value), ensure_ascii=False)
