#!/usr/bin/env bash
# `homes generate`: writes a snapshot the loader accepts, the same bytes for the same
# seed, and clear messages (exit 64) for bad arguments or an unwritable path.
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="$(swift build --show-bin-path)/homes"
tmp=$(mktemp -d)
trap 'chattr -i "$tmp/locked" 2>/dev/null; chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fail() { echo "generate.sh: $*"; exit 1; }

out=$("$homes" generate --homes 120 --seed 5 --out "$tmp/a.json"); code=$?
[ $code -eq 0 ] || fail "generate: exit $code: $out"
grep -q "wrote $tmp/a.json: 120 homes, [0-9]* inspections, [0-9]* children, [0-9]* placements, 153 authorities" <<<"$out" \
  || fail "generate: no summary: $out"
grep -q "bytes; generated in" <<<"$out" || fail "generate: no size or time: $out"

out=$("$homes" validate --strict "$tmp/a.json"); code=$?
[ $code -eq 0 ] || fail "validate of a generated file: exit $code: $out"

"$homes" generate --homes 120 --seed 5 --out "$tmp/b.json" >/dev/null || fail "second run failed"
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "same seed gave different bytes"
"$homes" generate --homes 120 --seed 6 --out "$tmp/c.json" >/dev/null || fail "third run failed"
cmp -s "$tmp/a.json" "$tmp/c.json" && fail "different seeds gave the same bytes"

"$homes" generate --homes 40 --seed 1 --date 2023-08-31 --out "$tmp/d.json" >/dev/null || fail "--date run failed"
grep -q '"snapshotDate":"2023-08-31"' "$tmp/d.json" || fail "--date not in the metadata"

# Bad arguments: exit 64, a message naming the option and the value, and no file.
expect_error() {  # expected-message, then the arguments
  local message=$1; shift
  out=$("$homes" generate "$@" 2>&1); code=$?
  [ $code -eq 64 ] || fail "'$*': exit $code, expected 64: $out"
  grep -qF -- "$message" <<<"$out" || fail "'$*': no '$message' in: $out"
}
expect_error "--homes must be a whole number from 1" --homes -5 --out "$tmp/e.json"
expect_error "not 'many'" --homes many --out "$tmp/e.json"
expect_error "--date must be a real date written yyyy-mm-dd, not '2023-02-30'" --homes 5 --date 2023-02-30 --out "$tmp/e.json"
expect_error "--seed must be a whole number" --homes 5 --seed -1 --out "$tmp/e.json"
expect_error "folder $tmp/nowhere does not exist" --homes 5 --out "$tmp/nowhere/e.json"
expect_error "it is a directory" --homes 5 --out "$tmp"
mkdir "$tmp/locked" && chmod a-w "$tmp/locked"
# Root ignores permissions: for root the folder is made immutable (chattr +i), which
# binds root too; where neither works the check is skipped, visibly.
if [ "$(id -u)" != 0 ]; then
  expect_error "is not writable" --homes 5 --out "$tmp/locked/e.json"
elif chattr +i "$tmp/locked" 2>/dev/null; then
  expect_error "is not writable" --homes 5 --out "$tmp/locked/e.json"
  chattr -i "$tmp/locked"
else
  echo "SKIP [generate] a read-only folder: running as root without chattr +i"
fi
[ -e "$tmp/e.json" ] && fail "a rejected run wrote a file"
echo "generate.sh: ok"
