#!/usr/bin/env bash
# `homes validate`: the report and the exit codes (0 valid, 1 records rejected, 2 unloadable).
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="$(swift build --show-bin-path)/homes"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "validate.sh: $*"; exit 1; }

out=$("$homes" validate Resources/sample); code=$?
[ $code -eq 0 ] || fail "sample: exit $code, expected 0: $out"
grep -q "homes .* loaded, 0 rejected" <<<"$out" || fail "sample: no homes row: $out"

# A placement with an unknown SSDA903 code: loaded with one rejected record.
sed 's/"placementType":"K2"/"placementType":"ZZ"/' Resources/sample/ofsted-2023-08-31.json > "$tmp/bad.json"
grep -q '"ZZ"' "$tmp/bad.json" || fail "the sample has no K2 placement to spoil"
out=$("$homes" validate "$tmp/bad.json"); code=$?
[ $code -eq 1 ] || fail "bad record: exit $code, expected 1: $out"
grep -q 'placements\[[0-9]*\].placementType: unknown SSDA903 code "ZZ"' <<<"$out" || fail "bad record: no problem line: $out"

# Strict mode refuses the same file.
out=$("$homes" validate --strict "$tmp/bad.json"); code=$?
[ $code -eq 2 ] || fail "strict: exit $code, expected 2: $out"

# A syntax error names line and column; a missing file says so.
printf '{"metadata":\n  {"format" "homes-snapshot"}}' > "$tmp/broken.json"
out=$("$homes" validate "$tmp/broken.json"); code=$?
[ $code -eq 2 ] || fail "syntax: exit $code, expected 2: $out"
grep -q "broken.json:2:13: expected ':'" <<<"$out" || fail "syntax: no line:column: $out"
"$homes" validate "$tmp/missing.json" >/dev/null; code=$?
[ $code -eq 2 ] || fail "missing file: exit $code, expected 2"
echo "validate.sh: ok"
