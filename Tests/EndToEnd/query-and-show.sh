#!/usr/bin/env bash
# `homes query` and `homes show` from the shell (issue 12): paths and query words in any
# order, --limit, --format, exit statuses (0, 1 no such home, 2 unloadable, 64 bad
# arguments) and the unknown-URN message. No terminal needed; stdout and stderr apart.
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="${HOMES:-$(swift build --show-bin-path)/homes}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL [query-and-show] $*"; exit 1; }
pass() { echo "ok   [query-and-show] $*"; }
command -v jq >/dev/null || fail "jq is needed (scripts/install-deps installs it)"

# run ARGS…: sets $out (stdout), $err (stderr) and $code.
run() { out=$("$homes" "$@" 2>"$tmp/err"); code=$?; err=$(cat "$tmp/err"); }

# --- paths and query words
run query 'la:leeds care'; joined="$out"
[ $code -eq 0 ] || fail "la:leeds care: exit $code: $err"
run query la:leeds Resources/sample care
[ "$out" = "$joined" ] || fail "a path between query words changed the result:\n$out"
run query Resources/sample/ofsted-2023-08-31.json 'la:leeds care'
[ "$(tail -1 <<<"$out")" = "$(tail -1 <<<"$joined")" ] || fail "one snapshot file as the path: $(tail -1 <<<"$out")"
# A word naming nothing on disk is a query word, unless it looks like a path: a mistyped
# file name is an error, not a search that quietly lists nothing.
for missing in no-such-dir/ snapshto.json ./nothing 'Ofsted 2023.CSV'; do
  run query leeds "$missing"
  [ $code -eq 2 ] || fail "'$missing': exit $code, not 2: $out"
  grep -qF "$missing: cannot open: no such file or directory" <<<"$err" || fail "'$missing': no 'cannot open' message: $err"
done
run query 24/7
[ $code -eq 0 ] && grep -q '24/7' <<<"$(sed 1d <<<"$out")" || fail "24/7 as a word: exit $code: $out $err"
pass "paths and query words in any order"

# --- --limit shortens the list, not the count
run query 'la:leeds' --limit 2
[ $code -eq 0 ] && [ "$(wc -l <<<"$out")" -eq 4 ] && [ "$(tail -1 <<<"$out")" = "2 shown; 35 of 3,999 open homes" ] \
  || fail "--limit 2: $out"
run query 'la:leeds' --limit 0 --format csv
[ "$(tr -d '\r' <<<"$out")" = "URN,Name,Type,Sector,Authority,Places,Rating,Trend,Last inspected,Status" ] || fail "--limit 0 csv: $out"
run query 'la:leeds' --limit -1
[ $code -eq 64 ] && [ -z "$out" ] || fail "--limit -1: exit $code, expected 64: $out $err"
pass "--limit"

# --- --format: one row per home in csv and json, the same homes as the table
run query 'la:leeds' --format csv
[ $code -eq 0 ] && [ "$(($(wc -l <<<"$out") - 1))" -eq 35 ] || fail "csv rows: $(wc -l <<<"$out")"
grep -q $'\r$' <<<"$out" || fail "csv lines should end with CRLF"
csv_urns=$(tail -n +2 <<<"$out" | cut -d, -f1 | sort)
run query 'la:leeds' --format json
[ $code -eq 0 ] && [ "$(jq length <<<"$out")" -eq 35 ] || fail "json: not 35 homes: $out"
[ "$(jq -r '.[].urn' <<<"$out" | sort)" = "$csv_urns" ] || fail "json and csv list different homes"
[ "$(jq -r '[.[] | select(.authority != "Leeds")] | length' <<<"$out")" -eq 0 ] || fail "json: a home outside Leeds"
run query 'la:leeds' --format xml
[ $code -eq 64 ] && grep -q "xml" <<<"$err" || fail "--format xml: exit $code: $err"
pass "--format table, csv, json"

# --- exit statuses and messages of query
run query 'horizon ratng:good'
[ $code -eq 64 ] && [ -z "$out" ] && grep -q "did you mean 'rating'" <<<"$err" || fail "bad query: exit $code: $out $err"
run query -- '-sector:private' --format csv
[ $code -eq 64 ] && [ -z "$out" ] && grep -q "'--format' comes after '--'" <<<"$err" || fail "option after --: exit $code: $err"
printf 'not json' > "$tmp/broken.json"
run query la:leeds "$tmp/broken.json"
[ $code -eq 2 ] && [ -z "$out" ] || fail "unloadable snapshot: exit $code, expected 2: $err"
run query 'rating:inadequate la:york'
[ $code -eq 0 ] && [ "$(tail -1 <<<"$out")" = "0 of 3,999 open homes" ] || fail "no match is not an error: exit $code: $out"
pass "query exit statuses (0, 2, 64)"

# --- show
run show 1155761
[ $code -eq 0 ] && grep -q "^Carbrey Care Ltd  ·  1155761$" <<<"$out" \
  && grep -q "Latest rating       Good 2023-06-21 from a monitoring inspection" <<<"$out" || fail "show 1155761: $out"
for section in "Inspections (4)" "Register history (2 snapshots)" "Placements (3)"; do
  grep -qF "$section" <<<"$out" || fail "show 1155761: no '$section'"
done
run show sc068456
[ $code -eq 0 ] && grep -q "SC068456" <<<"$(head -1 <<<"$out")" || fail "a lower-case URN: exit $code: $out"
run show SC12345
[ $code -eq 1 ] && [ -z "$out" ] || fail "unknown URN: exit $code, expected 1 and nothing on stdout: $out"
[ "$err" = "homes: no home has URN 'SC12345' in this snapshot.
Nearest URNs: SC068145, SC068456, SC068645, SC069335, SC069455
Search by name or other fields with: homes query 'WORDS'" ] || fail "unknown URN message: $err"
run show $'SC\e[2J1'
[ $code -eq 1 ] && ! grep -q $'\e' <<<"$err" || fail "an escape in the URN reached the terminal: $err"
run show
[ $code -eq 64 ] || fail "show without a URN: exit $code, expected 64"
run show 1155761 "$tmp/broken.json"
[ $code -eq 2 ] && [ -z "$out" ] || fail "show on an unloadable snapshot: exit $code, expected 2"
pass "show: the record, an unknown URN (1), no URN (64), an unloadable snapshot (2)"
