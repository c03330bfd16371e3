#!/usr/bin/env python3
"""Score the relations of a judged table (issue 20) with any xref binary.

usage:
  Tools/judged_relations.py XREF [TABLE.swift] [--corpus DIR] [--show]

Reads the `.init("file", "context", "candidate", .verdict, key: ..., relation: ...)` rows of TABLE
(default Tests/XrefInputTests/JudgedRelations.swift), runs `XREF extract FILE --format jsonl` on each
file, finds the citation with the row's key over the candidate, and compares its relation with the
judged one. `knownError` rows count like the others: the figure is what a reader would call right.
Last line: 'right=N of M (P %)'. --show lists the rows xref gets wrong.
"""
import json, os, re, subprocess, sys

ROW = re.compile(r'\s*\.init\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)", \.(\w+)'
                 r'(?:, key: "((?:[^"\\]|\\.)*)")?(?:, organ: "[^"]*")?(?:, relation: "([^"]*)")?')

def unescape(s):
    return json.loads('"' + s + '"')

def main():
    argv = sys.argv[1:]
    xref = argv.pop(0)
    table, corpus, show = "Tests/XrefInputTests/JudgedRelations.swift", "../shared/corpus", False
    while argv:
        a = argv.pop(0)
        if a == "--corpus":
            corpus = argv.pop(0)
        elif a == "--show":
            show = True
        else:
            table = a
    rows = []
    for line in open(table, encoding="utf-8"):
        m = ROW.match(line)
        if m and m.group(6):
            rows.append((m.group(1), unescape(m.group(2)), unescape(m.group(3)), m.group(4), m.group(5) or "", m.group(6)))
    cache, right, wrong = {}, 0, []
    for file, context, candidate, verdict, key, relation in rows:
        path = os.path.join(corpus, file)
        if path not in cache:
            out = subprocess.run([xref, "extract", path, "--format", "jsonl"], capture_output=True).stdout
            cache[path] = ([json.loads(l) for l in out.splitlines() if l.strip()], open(path, "rb").read())
        cites, text = cache[path]
        ctx, cand = context.encode(), candidate.encode()
        at = text.find(ctx)
        got = None
        if at >= 0 and cand in ctx:
            s = at + ctx.find(cand)
            e = s + len(cand)
            hits = [c for c in cites if c["start"] < e and s < c["end"] and c["symbol"] == key]
            got = hits[0]["relation"] if hits else None
        if got == relation:
            right += 1
        else:
            wrong.append((file, candidate, key, relation, got, verdict))
    if show:
        for w in wrong:
            print("wrong\t%s\t%s\t%s\tjudged=%s\tgot=%s\t(%s)" % w)
    n = len(rows)
    print("right=%d of %d (%.1f %%)" % (right, n, 100.0 * right / max(1, n)))

main()
