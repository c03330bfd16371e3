#!/usr/bin/env python3
"""Do the other-language editions of a resolution cite the same symbols as its English edition? (issue 14)

usage:
  Tools/editions.py [--xref XREF] [--corpus ../shared/corpus] [--lang fr,es] [--show N] [--resolved-only]

Reads `CORPUS/akn-intl/manifest.tsv` (lang, file, english_file, ...), runs `XREF extract --format jsonl`
once on the English editions (in `CORPUS/akn/`) and once per language on `CORPUS/akn-intl/<lang>/` (with --text on their text renderings in
`CORPUS/akn-intl-text/<lang>/`), and
compares per pair the set of `symbol` values (the canonical keys the Resolver writes; unresolved
citations too, unless --resolved-only). Prints per language the share of pairs whose sets are equal.
With --show N it prints up to N differing pairs per language: the symbols only in English (`-`) and only
in the translation (`+`), each with the surface of its first occurrence.

`Tools/editions-judged.tsv` holds the differences a person read and judged not to be the translation
scanner's fault (lang, file, side, symbol, category, why): `text` (the editions' texts differ: corrigenda,
footnotes, passages), `typo` (one edition misprints the symbol), `english` (the English recognizer's miss
or error), `wording` (one edition names the body or the resolutions, the other does not). A pair whose
every difference is judged counts as equal in the second figure ("net of judged"); the categories are
counted per pair. Differences not in the file are printed with --show whatever their number.
The last figure is segmentation's: of the citations of symbols both editions cite, the share whose
paragraph id ("pp3", "12", "fn4") is one the English edition cites that symbol from.
"""
import argparse, collections, json, os, subprocess, sys


def extract(xref, paths):
    """{file name: {symbol: (surface, resolved, [paragraph ids])}} from one extract run over `paths`."""
    out = subprocess.run([xref, "extract", "--format", "jsonl"] + paths, capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"editions.py: {xref} extract failed ({out.returncode}): {out.stderr.decode()[:400]}")
    docs = collections.defaultdict(dict)
    for line in out.stdout.splitlines():
        c = json.loads(line)
        docs[os.path.basename(c["document"])].setdefault(c["symbol"], (c["surface"], c.get("resolved", True), []))[2].append(c["paragraph"])
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--xref", default=".build/debug/xref")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--lang", default="fr,es,ru,zh,ar")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--resolved-only", action="store_true")
    ap.add_argument("--judged", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "editions-judged.tsv"))
    ap.add_argument("--text", action="store_true", help="read the translations' text renderings (akn-intl-text/<lang>/*.txt)")
    a = ap.parse_args()

    pairs = collections.defaultdict(list)
    with open(os.path.join(a.corpus, "akn-intl", "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            pairs[row["lang"]].append((row["file"], row["english_file"]))

    judged = {}
    if os.path.exists(a.judged):
        with open(a.judged, encoding="utf-8") as f:
            next(f)
            for line in f:
                lang, file, side, symbol, category, _ = line.rstrip("\n").split("\t")
                judged[(lang, file, side, symbol)] = category

    langs = [l for l in a.lang.split(",") if l in pairs]
    english_files = sorted({e for l in langs for _, e in pairs[l]})
    english = extract(a.xref, [os.path.join(a.corpus, "akn", e) for e in english_files])

    def keys(doc):
        return {s for s, (_, resolved, _) in doc.items() if resolved or not a.resolved_only}

    for lang in langs:
        other = extract(a.xref, [os.path.join(a.corpus, "akn-intl-text" if a.text else "akn-intl", lang)])
        if a.text:
            other = {os.path.splitext(k)[0] + ".xml": v for k, v in other.items()}
        equal, net = 0, 0
        # Segmentation: citations of a symbol both editions cite whose paragraph id is one the English
        # edition cites it from ("pp3", "12", "fn4").
        same_paragraph = paragraphs = 0
        categories = collections.Counter()
        diffs = []
        for file, efile in pairs[lang]:
            e, o = english.get(efile, {}), other.get(file, {})
            ek, ok = keys(e), keys(o)
            for symbol in ek & ok:
                for p in o[symbol][2]:
                    paragraphs += 1
                    same_paragraph += p in e[symbol][2]
            if ek == ok:
                equal += 1
                net += 1
                continue
            verdicts = [judged.get((lang, file, "-", s)) for s in ek - ok] + [judged.get((lang, file, "+", s)) for s in ok - ek]
            if all(verdicts):
                net += 1
                categories.update(set(verdicts))
            else:
                diffs.append((file, efile, ek - ok, ok - ek, e, o))
        n = len(pairs[lang])
        cats = ", ".join(f"{c} {k}" for c, k in sorted(categories.items()))
        print(f"{lang}\t{equal}/{n}\t{100 * equal / n:.1f} %\tnet of judged {net}/{n}\t{100 * net / n:.1f} %\t({cats})"
              f"\tparagraph ids {same_paragraph}/{paragraphs} {100 * same_paragraph / max(paragraphs, 1):.1f} %")
        for file, efile, only_e, only_o, e, o in diffs[: a.show]:
            print(f"  {file}  (English {efile})")
            for s in sorted(only_e):
                print(f"    - {s}\t{e[s][0]!r}")
            for s in sorted(only_o):
                print(f"    + {s}\t{o[s][0]!r}")


if __name__ == "__main__":
    main()
