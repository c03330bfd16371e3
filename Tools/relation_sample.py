#!/usr/bin/env python3
"""A seeded sample of found citations to judge by hand for their relation (issue 20).

usage:
  Tools/relation_sample.py XREF [--seed S] [--skip FILE.swift]... FOLDER:N... > sample.tsv

For each FOLDER it runs `XREF extract FOLDER --format jsonl` and draws N citations at random (seed S,
default 20) from plain-text documents, leaving out citations whose surface and file a `--skip` Swift
table (JudgedSample*.swift) already holds. Each TSV row: file (relative to the corpus), symbol, the
relation xref gives, the clause before the citation (up to 400 bytes) and the citation with what follows
(80 bytes), then a context string unique in the file for a `JudgedRow`. A person reads the clause and
writes the relation a reader would give; Tests/XrefInputTests/JudgedRelations.swift keeps the verdicts.
"""
import json, os, random, re, subprocess, sys

def unique_context(text, s, e):
    """A short string around [s, e) that occurs once in text, on whole UTF-8 characters."""
    for r in (30, 60, 100, 160, 240, 400):
        a, b = max(0, s - r), min(len(text), e + 20 + r // 4)
        while a > 0 and (text[a] & 0xC0) == 0x80:
            a -= 1
        while b < len(text) and (text[b] & 0xC0) == 0x80:
            b += 1
        chunk = text[a:b]
        if text.count(chunk) == 1:
            return chunk.decode("utf-8")
    return None

def main():
    argv = sys.argv[1:]
    xref, seed, skip, folders = argv.pop(0), 20, set(), []
    while argv:
        a = argv.pop(0)
        if a == "--seed":
            seed = int(argv.pop(0))
        elif a == "--skip":
            for line in open(argv.pop(0), encoding="utf-8"):
                m = re.match(r'\s*\.init\("([^"]+)", "(?:[^"\\]|\\.)*", "((?:[^"\\]|\\.)*)"', line)
                if m:
                    skip.add((m.group(1), m.group(2)))
        else:
            folders.append(a)
    rng = random.Random(seed)
    corpus = os.path.commonpath([f.split(":")[0] for f in folders] + [os.path.dirname(folders[0].split(":")[0])])
    for spec in folders:
        folder, n = spec.rsplit(":", 1)
        out = subprocess.run([xref, "extract", folder, "--format", "jsonl"], capture_output=True).stdout
        rows = [json.loads(l) for l in out.splitlines() if l.strip()]
        rows = [r for r in rows if r["document"].endswith((".txt", ".md"))]
        rows = [r for r in rows if (os.path.relpath(r["document"], corpus), r["surface"]) not in skip]
        texts = {}
        for r in sorted(rng.sample(rows, min(int(n), len(rows))), key=lambda r: (r["document"], r["start"])):
            path = r["document"]
            text = texts.setdefault(path, open(path, "rb").read())
            s, e = r["start"], r["end"]
            clause = text[max(0, s - 400):s].decode("utf-8", "replace").replace("\n", "⏎").replace("\t", " ")
            after = text[s:e + 80].decode("utf-8", "replace").replace("\n", "⏎").replace("\t", " ")
            ctx = unique_context(text, s, e)
            print("\t".join([os.path.relpath(path, corpus), r["symbol"], r["relation"], r["paragraph"],
                             clause, after, json.dumps(ctx, ensure_ascii=False), json.dumps(r["surface"], ensure_ascii=False)]))

main()
