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
grep -q "imported 7 of 7 files: 20666 rows read, 0 blank, 0 rejected; 5470 homes (3999 open, 1471 closed), 9037 inspections, 149 authorities" <<<"$out" || fail "real files: totals: $out"
grep -q "Closed_childrens_homes_31Mar23.csv: closed children's homes list, UTF-8, dated 2023-03-31 (from the file name)" <<<"$out" || fail "real files: closed list: $out"
grep -q "Providers_places_at_31_Aug_2023.csv: places list" <<<"$out" || fail "real files: places list: $out"
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

# A file that is not Ofsted's, and one that does not exist: each reported, and nothing
# written (a snapshot without a file the user named would be quietly wrong), exit 2.
printf 'Name,Colour\nAnn,blue\n' > "$tmp/notes.csv"
out=$("$homes" import ofsted "$tmp/notes.csv" "$tmp/missing.csv" Resources/ofsted/2023/*.csv --out "$tmp/z.json" 2>&1); code=$?
[ $code -eq 2 ] && [ ! -e "$tmp/z.json" ] || fail "unusable files: exit $code, expected 2 and nothing written: $out"
grep -q "notes.csv:1: not a file of Ofsted's nor an episodes file: its header has 'Name', 'Colour'" <<<"$out" || fail "unusable files: no message: $out"
grep -q "missing.csv: no such file" <<<"$out" || fail "missing file: no message: $out"
grep -q "2 of 6 files could not be imported" <<<"$out" || fail "unusable files: no summary on stderr: $out"

# Nothing usable: nothing written, exit 2.
out=$("$homes" import ofsted "$tmp/notes.csv" --out "$tmp/w.json" 2>&1); code=$?
[ $code -eq 2 ] && [ ! -e "$tmp/w.json" ] || fail "nothing usable: exit $code: $out"

# Trailing empty rows, as Ofsted's exports end: counted as blank, not rejected.
{ head -n 3 Resources/ofsted/2023/Providers_places_at_31_Aug_2023.csv; for i in 1 2 3 4 5; do echo ',,,,,,,,,,,,,,,,,,,,'; done; } > "$tmp/Providers_places_at_31_Aug_2023.csv"
out=$("$homes" import ofsted "$tmp/Providers_places_at_31_Aug_2023.csv" --out "$tmp/b.json"); code=$?
[ $code -eq 0 ] || fail "blank rows: exit $code: $out"
grep -q "7 rows read, 5 blank, 0 rejected; 2 homes; opened 2, closed 0" <<<"$out" || fail "blank rows: not counted: $out"

# Control characters in a header, or in a bad value, are escaped in the report, never sent raw.
printf '\033[2JURN,Colour\nSC000001,blue\n' > "$tmp/esch.csv"
out=$("$homes" import ofsted "$tmp/esch.csv" --out "$tmp/h.json" 2>&1); code=$?
[ $code -eq 2 ] || fail "escaped header: exit $code, expected 2: $out"
grep -q $'\033' <<<"$out" && fail "an escape character in a header reached the terminal"
grep -qF "its header has '\\u{1b}[2JURN', 'Colour'" <<<"$out" || fail "escaped header not shown: $out"
printf 'URN,Registration status,Date closed\n\033[2JSC1,Resigned,01/02/2023\n' > "$tmp/esc.csv"
out=$("$homes" import ofsted "$tmp/esc.csv" --out "$tmp/e.json"); code=$?
# The row is rejected (not a URN) but the file is imported: exit 0, a snapshot written.
[ $code -eq 0 ] && [ -s "$tmp/e.json" ] || fail "escaped value: exit $code, expected 0 and a snapshot: $out"
grep -q $'\033' <<<"$out" && fail "an escape character reached the terminal"
grep -q '\\u{1b}\[2JSC1' <<<"$out" || fail "escaped value not shown: $out"
# More than 20 problems in a file: the first 20 and a count; --all-problems lists all.
{ echo "URN,Provision type,Registration status,Places"; for i in $(seq 10 34); do echo "SC1000$i,,Active,3"; done; } > "$tmp/Providers_places_at_31_Aug_2023.csv"
out=$("$homes" import ofsted "$tmp/Providers_places_at_31_Aug_2023.csv" --out "$tmp/p.json"); code=$?
[ $code -eq 0 ] || fail "many problems: exit $code: $out"
[ "$(grep -c 'no provision type: row left out' <<<"$out")" -eq 21 ] || fail "many problems: not 20 listed (and the total line): $out"
grep -qF "… and 5 more problems in this file (--all-problems lists them)" <<<"$out" || fail "many problems: no count of the rest: $out"
out=$("$homes" import ofsted "$tmp/Providers_places_at_31_Aug_2023.csv" --out "$tmp/p.json" --force --all-problems); code=$?
[ $code -eq 0 ] || fail "--all-problems: exit $code: $out"
[ "$(grep -c 'Providers_places_at_31_Aug_2023.csv:[0-9]*: column .Provision type.: no provision type' <<<"$out")" -eq 25 ] || fail "--all-problems: not all 25 listed: $out"
grep -q "more problems in this file" <<<"$out" && fail "--all-problems still holds some back: $out"
echo "import.sh: ok"
