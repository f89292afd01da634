#!/usr/bin/env bash
# `homes import ofsted`: the real files give a valid snapshot and a clean report;
# bad input gives clear errors and the documented exit codes.
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="$(swift build --show-bin-path)/homes"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "import.sh: $*"; exit 1; }

out=$("$homes" import ofsted Resources/ofsted/*/*.csv --out "$tmp/x.json"); code=$?
[ $code -eq 0 ] || fail "real files: exit $code: $out"
grep -q "imported 5 of 5 files: 15339 rows read, 0 rejected; 4006 homes, 9037 inspections, 149 authorities" <<<"$out" || fail "real files: totals: $out"
grep -q "Windows-1252" <<<"$out" || fail "real files: encoding not named: $out"
grep -q "NOT imported" <<<"$out" && fail "real files: an unknown column carries data: $out"
out=$("$homes" validate "$tmp/x.json"); code=$?
[ $code -eq 0 ] || fail "validate: exit $code: $out"

# An existing --out is not replaced without --force; --out may not be an input.
out=$("$homes" import ofsted Resources/ofsted/2023/*.csv --out "$tmp/x.json" 2>&1); code=$?
[ $code -ne 0 ] && grep -q "exists; add --force" <<<"$out" || fail "existing out: exit $code: $out"
out=$("$homes" import ofsted Resources/ofsted/2023/Provider_level_at_31_Aug_2023.csv --out Resources/ofsted/2023/Provider_level_at_31_Aug_2023.csv --force 2>&1); code=$?
[ $code -ne 0 ] && grep -q "is also an input" <<<"$out" || fail "out is input: exit $code: $out"
out=$("$homes" import ofsted Resources/ofsted/2023/*.csv --date 2023-02-30 --out "$tmp/y.json" 2>&1); code=$?
[ $code -ne 0 ] && grep -q "is not a date" <<<"$out" || fail "bad --date: exit $code: $out"

# A file that is not Ofsted's, and one that does not exist: reported, the rest imports, exit 1.
printf 'Name,Colour\nAnn,blue\n' > "$tmp/notes.csv"
out=$("$homes" import ofsted "$tmp/notes.csv" "$tmp/missing.csv" Resources/ofsted/2023/*.csv --out "$tmp/z.json"); code=$?
[ $code -eq 1 ] || fail "unusable files: exit $code, expected 1: $out"
grep -q "notes.csv:1: not an Ofsted provider or local authority file" <<<"$out" || fail "unusable files: no message: $out"
grep -q "missing.csv: no such file" <<<"$out" || fail "missing file: no message: $out"
grep -q "3759 homes" <<<"$out" || fail "unusable files: the rest did not import: $out"

# Nothing usable: nothing written, exit 2.
out=$("$homes" import ofsted "$tmp/notes.csv" --out "$tmp/w.json" 2>&1); code=$?
[ $code -eq 2 ] && [ ! -e "$tmp/w.json" ] || fail "nothing usable: exit $code: $out"

# Control characters in a bad value are escaped in the report, never sent raw.
printf 'URN,Provision type\n\033[2JSC1,Children'"'"'s home\n' > "$tmp/esc.csv"
out=$("$homes" import ofsted "$tmp/esc.csv" --out "$tmp/e.json"); code=$?
grep -q $'\033' <<<"$out" && fail "an escape character reached the terminal"
grep -q '\\u{1b}\[2JSC1' <<<"$out" || fail "escaped value not shown: $out"
echo "import.sh: ok"
