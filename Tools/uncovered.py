#!/usr/bin/env python3
"""Candidate citations that no xref citation covers (issue 10's judged sample).

usage:
  Tools/uncovered.py XREF FOLDER... [--sample N] [--seed S] [--found N] > candidates.tsv

For every document under FOLDER it runs `XREF text` and `XREF extract --format jsonl`, then finds
candidates by broad patterns over the text: a session/number or year/number item within a clause
after "resolution(s)"/"decision(s)", `NNNN (YYYY)`, `N (ROMAN)` and symbol-shaped strings. A
candidate that no extracted citation overlaps is printed as `uncovered` with its context, one TSV row
each (file, start, kind, candidate, context). `--found N` also prints a seeded random sample of N
extracted citations (`found` rows: symbol, organ, relation, context) to judge precision and relations.
Rows are what a person reads and judges; Tests/XrefInputTests/JudgedSampleTests.swift keeps the verdicts.
"""
import json, os, random, re, subprocess, sys

TRIGGER = re.compile(rb"(?i)\b(resolutions?|decisions?)\b")
ITEM = re.compile(rb"(?<![\w/.-])(?:ES-|S-)?\d{1,4}/\d{1,4}(?![\w/])")
YEAR = re.compile(rb"(?<![\w/.])\d{1,4}\s?\((?:19[4-9]\d|20[0-3]\d)\)")
ROMAN = re.compile(rb"(?<![\w/.])\d{1,4}(?:\s[A-H](?:(?:\sand\s|\sto\s|-|,\s)[A-H])*)?\s?\((?:ES-|S-)?(?:[IVXLC]|\xd0\xa5|\xd0\x86)+\)")
SYMBOL = re.compile(rb"(?<![\w/.])[A-Z][A-Z]{0,7}(?:\.\d+)?/(?:[A-Z0-9][A-Za-z0-9.\-()]*/)*[A-Z0-9][A-Za-z0-9.\-()]*")

def run(xref, args):
    return subprocess.run([xref] + args, capture_output=True).stdout

def documents(folders):
    for f in folders:
        for root, _, names in os.walk(f):
            for n in sorted(names):
                if not n.startswith(".") and os.path.splitext(n)[1].lower() in (".pdf", ".txt", ".md", ".xml", ".docx", ".html"):
                    yield os.path.join(root, n)

def context(text, s, e, r=70):
    a, b = max(0, s - r), min(len(text), e + r)
    return text[a:b].decode("utf-8", "replace").replace("\n", "⏎").replace("\t", " ")

def norm(symbol):
    return re.sub(rb"\s+", b"", symbol).upper()

def own_symbols(path, text):
    """The document's own symbols, which are no citations: the masthead's (the first symbols in its
    first 400 bytes, a double symbol "A/79/730-S/2025/41" giving two) and the file name's."""
    own = set()
    first = SYMBOL.search(text)
    for m in ([first] if first else []) + list(SYMBOL.finditer(text[:400])):
        own.add(norm(m.group(0)))
        for part in re.split(rb"[-\s]", m.group(0)):
            own.add(norm(part))
    stem = os.path.basename(path).split(".")[0]
    own.add(norm(stem.replace("_", "/").encode()))
    ga = re.match(r"A_RES_(\d+)_(\d+)", stem)
    if ga:
        own.add(norm(f"{ga.group(1)}/{ga.group(2)}".encode()))
    sc = re.match(r"S_RES_0*(\d+)_\(?(\d{4})", stem)
    if sc:
        own.add(norm(f"{sc.group(1)} ({sc.group(2)})".encode()))
    upr = re.search(r"A_HRC_WG_6_\d+_[A-Z]{3}_\d", stem)
    if upr:
        own.add(norm(upr.group(0).replace("_", "/").replace("WG/6", "WG.6").encode()))
    return own

JOB = re.compile(rb"\d\d-\d{5}")

def page_number(text, s, e):
    """A page number of a running head ("4/13" alone on its line beside the job number "23-26038")."""
    ls, le = text.rfind(b"\n", 0, s) + 1, text.find(b"\n", e)
    if text[ls:le if le >= 0 else len(text)].strip() != text[s:e]:
        return False
    return bool(JOB.search(text[max(0, ls - 40): (le if le >= 0 else len(text)) + 40]))

def candidates(text):
    out = []
    for m in TRIGGER.finditer(text):
        end = min(len(text), m.end() + 300)
        stop = re.search(rb"\.\s+[A-Z]|\n\s*\n\s*\d+\.\s", text[m.end():end])
        window = text[m.end(): m.end() + stop.start() if stop else end]
        for it in ITEM.finditer(window):
            out.append(("item", m.end() + it.start(), m.end() + it.end()))
    for kind, pat in (("year", YEAR), ("roman", ROMAN), ("symbol", SYMBOL)):
        for it in pat.finditer(text):
            out.append((kind, it.start(), it.end()))
    return out

def main():
    args = sys.argv[1:]
    opts = {"--sample": 0, "--seed": 10, "--found": 0}
    for k in list(opts):
        if k in args:
            i = args.index(k); opts[k] = int(args[i + 1]); del args[i:i + 2]
    xref, folders = args[0], args[1:]
    rows, found_rows = [], []
    for path in documents(folders):
        text = run(xref, ["text", path])
        cites = [json.loads(l) for l in run(xref, ["extract", path, "--format", "jsonl"]).splitlines() if l.strip()]
        spans = [(c["start"], c["end"]) for c in cites]
        own = own_symbols(path, text)
        seen = set()
        for kind, s, e in candidates(text):
            if any(a < e and s < b for a, b in spans) or (s, e) in seen or norm(text[s:e]) in own or page_number(text, s, e):
                continue
            seen.add((s, e))
            rows.append((path, s, kind, text[s:e].decode("utf-8", "replace"), context(text, s, e)))
        for c in cites:
            found_rows.append((path, c["start"], c["symbol"], c["organ"], c["relation"], context(text, c["start"], c["end"])))
    rnd = random.Random(opts["--seed"])
    if opts["--sample"] and len(rows) > opts["--sample"]:
        rows = sorted(rnd.sample(rows, opts["--sample"]), key=lambda r: (r[0], r[1]))
    print(f"# {len(rows)} uncovered candidates", file=sys.stderr)
    for r in rows:
        print("uncovered\t" + "\t".join(str(x) for x in r))
    if opts["--found"]:
        print(f"# {len(found_rows)} citations found", file=sys.stderr)
        for r in sorted(rnd.sample(found_rows, min(opts["--found"], len(found_rows))), key=lambda r: (r[0], r[1])):
            print("found\t" + "\t".join(str(x) for x in r))

if __name__ == "__main__":
    main()
