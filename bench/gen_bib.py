#!/usr/bin/env python3
"""Writes a synthetic .bib of N entries (deterministic) for timing `scholarly import`:
   python3 bench/gen_bib.py 10000 > /tmp/10k.bib
Entries mix the shapes real files have: @string macros, month macros, accents in LaTeX, braces that protect
capitals, "and others", crossref-free inproceedings/article/misc with DOIs and arXiv ids, abstracts and keywords."""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
rng = random.Random(1)
first = ["Ada", "Charles", "Elena", "Łukasz", "José", "Ingrid", "Wei", "Yuki", "Amara", "Noor", "Pierre", "Zoë"]
last = ["Lovelace", "Babbage", "Markovi{\\'c}", "Wr{\\'o}bel", "N{\\'u}{\\~n}ez", "{\\O}stby", "Zhang", "Tanaka", "Okafor", "Haddad", "Lef{\\`e}vre", "M{\\\"u}ller"]
words = ["Learning", "Sparse", "Attention", "Graphs", "Robust", "Efficient", "Transformers", "Inference", "Causal", "Models", "Retrieval", "Diffusion"]
months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
out = ['@string{neurips = "Advances in Neural Information Processing Systems"}', '@string{icml = "International Conference on Machine Learning"}', ""]
for i in range(n):
    authors = " and ".join(f"{rng.choice(last)}, {rng.choice(first)}" for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.2:
        authors += " and others"
    title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 9)))
    kind = rng.choice(["inproceedings", "article", "misc"])
    year = rng.randint(2000, 2026)
    lines = [f"@{kind}{{key{i},", f"  title = {{{{{title.split()[0]}}} {' '.join(title.split()[1:])} with $O(n \\log n)$ Cost}},", f"  author = {{{authors}}},", f"  year = {year},", f"  month = {rng.choice(months)},"]
    if kind == "inproceedings":
        lines.append(f"  booktitle = {rng.choice(['neurips', 'icml'])} # \" {year - 1986}\",")
    elif kind == "article":
        lines.append("  journal = {Journal of Machine Learning Research},")
    else:
        lines.append(f"  eprint = {{{2000 + i % 7000 // 100:04d}.{i:05d}}},\n  archivePrefix = {{arXiv}},\n  primaryClass = {{cs.LG}},")
    lines.append(f"  doi = {{10.5555/bench.{i}}},")
    lines.append(f"  keywords = {{{', '.join(rng.sample(words, 3))}}},")
    lines.append("  abstract = {We study \\emph{efficient} methods; results hold for 95\\% of cases.},")
    lines.append("}")
    out.append("\n".join(lines))
    out.append("")
sys.stdout.write("\n".join(out))
