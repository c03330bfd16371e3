#!/bin/sh
# Do text pages keep their latency while pictures are drawn? (issue 19, point 2: two clients loading
# neighbourhood pictures took /symbol from ~9,600 to 340 requests/s.) Starts `xref serve` on a folder, runs
# wrk on a symbol page alone, then again while two clients load uncached pictures one after another, and
# prints wrk's figures for both, twice.
#
# usage: Tools/pages-while-pictures.sh [XREF] [FOLDER] [SECONDS]
#   Tools/pages-while-pictures.sh .build/release/xref ../shared/corpus/akn 15
set -eu
xref=${1:-.build/debug/xref}
folder=${2:-../shared/corpus/akn}
seconds=${3:-15}
port=$((18500 + $$ % 400))
page="http://127.0.0.1:$port/symbol?key=A/RES/74/177"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

"$xref" serve "$folder" --port "$port" 2>/dev/null &
server=$!
loaders=""
cleanup() { kill $loaders "$server" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 1; done

# One client: pictures of A/RES/SESSION/N for N from 100 on, each new to the cache.
pictures() {
    n=100
    while :; do
        curl -s -o /dev/null "http://127.0.0.1:$port/graph.svg?key=A/RES/$1/$n&depth=$2"
        n=$((n + 1))
    done
}

measure() {
    echo "== $1"
    wrk -t2 -c20 -d"${seconds}s" --latency "$page" | grep -E "Requests/sec|^ +50%|^ +99%"
}

for round in 1 2; do
    measure "alone (round $round)"
    pictures 75 2 & loaders="$loaders $!"
    pictures 77 1 & loaders="$loaders $!"
    measure "two clients loading pictures (round $round)"
    kill $loaders 2>/dev/null || true
    loaders=""
done
