#!/usr/bin/env bash
# The register over time from the shell, as a user would type it: `homes changes`,
# closed homes in `homes query` and `homes show`, Ofsted's CSVs opened directly (also
# in the browser, past the import's warnings), and directories mixing snapshots and
# other files.
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="$(swift build --show-bin-path)/homes"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "register.sh: $*"; exit 1; }

# homes changes: the exact CSV header, one row per change, kinds from the list.
csv=$("$homes" changes Resources/sample --format csv) || fail "changes: exit $?"
[ "$(head -n 1 <<<"$csv" | tr -d '\r')" = "change,urn,name,authority,before,after,date" ] || fail "changes: header: $(head -n 1 <<<"$csv")"
kinds=$(tail -n +2 <<<"$csv" | cut -d, -f1 | sort -u | tr '\n' ' ')
[ "$kinds" = "closed first-rating owner places rating-down rating-up registered status " ] || fail "changes: kinds seen: $kinds"
# The table's summary counts agree with the CSV's rows.
table=$("$homes" changes Resources/sample) || fail "changes table: exit $?"
registered=$(tail -n 1 <<<"$table" | grep -Eo 'Registered [0-9]+' | awk '{print $2}')
[ "$registered" = "$(grep -c '^registered,' <<<"$csv")" ] || fail "changes: 'Registered $registered' against $(grep -c '^registered,' <<<"$csv") rows"
grep -q "from 2022-03-31 .* to 2023-08-31" <<<"$table" || fail "changes: which snapshots were compared is not said"
# The query narrows; JSON is an array of objects.
leeds=$("$homes" changes 'la:leeds' Resources/sample --format json) || fail "changes json: exit $?"
[ "$(jq 'length' <<<"$leeds")" -gt 0 ] || fail "changes json: no Leeds changes"
[ "$(jq '[.[] | select(.authority != "Leeds")] | length' <<<"$leeds")" = 0 ] || fail "changes json: a change outside Leeds"
# One snapshot: nothing to compare, exit 2 with advice.
out=$("$homes" changes Resources/sample/ofsted-2023-08-31.json 2>&1); code=$?
[ $code -eq 2 ] && grep -q "only one snapshot" <<<"$out" || fail "one snapshot: exit $code: $out"
echo "ok   [register] homes changes: header, kinds, counts, query, one snapshot"

# Open by default; closed homes on request, said in words.
open=$("$homes" query --format csv Resources/sample | tail -n +2 | wc -l)
[ "$open" -eq 3999 ] || fail "query: $open open homes, expected Ofsted's register of 3,999"
closed=$("$homes" query status:closed --format csv Resources/sample | tail -n +2)
grep -q ',closed 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]' <<<"$closed" || fail "query status:closed: no 'closed DATE'"
urn=$(grep -m1 ',closed 20' <<<"$closed" | cut -d, -f1)
"$homes" show "$urn" Resources/sample | head -n 1 | grep -q "closed 20[0-9-]*$" || fail "show $urn: the title does not say closed"
"$homes" show "$urn" Resources/sample | grep -q "Status .* closed 20[0-9-]* (not open at 2023-08-31)" || fail "show $urn: the status does not say closed"
echo "ok   [register] open by default ($open), closed homes in words"

# Ofsted's CSVs opened directly, alone or in a directory; a stray file in a directory is named and skipped.
n=$("$homes" query 'type:"children'"'"'s home" rating:inadequate' --format csv Resources/ofsted/2023 2>/dev/null | tail -n +2 | wc -l)
[ "$n" -gt 0 ] || fail "query on the CSV directory found no inadequate children's homes"
cp Resources/ofsted/2023/*.csv Resources/sample/ofsted-2022-03-31.json "$tmp/"
echo "notes from the meeting" > "$tmp/notes.txt"
out=$("$homes" changes "$tmp" 2>"$tmp/err") || fail "mixed directory: exit $?: $(cat "$tmp/err")"
grep -q "notes.txt: not read: is text" "$tmp/err" || fail "mixed directory: notes.txt not named: $(cat "$tmp/err")"
grep -q "from 2022-03-31 .* to 2023-08-31" <<<"$out" || fail "mixed directory: the CSVs did not become the 2023 snapshot"
out=$("$homes" query x "$tmp/notes.txt" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "neither a JSON snapshot nor a CSV file" <<<"$out" || fail "a named text file: exit $code: $out"
echo "ok   [register] CSVs read directly; a mixed directory names what it skips"

# The browser on Ofsted's CSVs: warnings first, Enter to browse, the register's count.
source Tests/EndToEnd/lib/tmux.bash
e2e_start 100 30
e2e_run "$HOMES Resources/ofsted/2023"
e2e_wait_for 'Press Enter to browse' "the warnings before browsing"
tm send-keys Enter
e2e_wait_for '3,999 open homes at 2023-08-31' "the list of Ofsted's register"
e2e_keys q
e2e_wait_for '^\$' "the shell after quitting"
echo "ok   [register] the browser opens Ofsted's CSVs after their warnings"
