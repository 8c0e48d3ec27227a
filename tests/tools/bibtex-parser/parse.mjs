// Reads a BibTeX file with citation.js and prints, as JSON, what a reader of it gets back for each entry:
// key, type, title, authors, year. Usage: node parse.mjs FILE.bib
import { readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";

const text = readFileSync(process.argv[2], "utf8");
const entries = new Cite(text, { forceType: "@biblatex/text" }).data.map((item) => ({
  key: item["citation-key"] ?? item.id,
  type: item.type,
  title: item.title,
  authors: (item.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(" ")),
  year: item.issued?.["date-parts"]?.[0]?.[0] ?? null,
  doi: item.DOI ?? null,
}));
process.stdout.write(JSON.stringify(entries));
