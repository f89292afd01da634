#!/usr/bin/env bash
# Without a terminal on both ends, homes explains what to use instead and draws nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HOMES="${HOMES:-$ROOT/.build/debug/homes}"

check() {
  local how="$1" output status
  set +e
  output="$(eval "$2" 2>&1)"
  status=$?
  set -e
  [ "$status" -eq 1 ] || { echo "FAIL [not-a-terminal] $how: exit $status, expected 1" >&2; exit 1; }
  grep -q "homes query" <<<"$output" && grep -q "homes show" <<<"$output" ||
    { echo "FAIL [not-a-terminal] $how: no hint to use homes query/show; got: $output" >&2; exit 1; }
  if grep -q $'\e' <<<"$output"; then
    echo "FAIL [not-a-terminal] $how: escape sequences written: $(cat -v <<<"$output")" >&2
    exit 1
  fi
  echo "ok   [not-a-terminal] $how"
}

check "stdin from /dev/null, stdout a pipe" "'$HOMES' < /dev/null | cat; exit \${PIPESTATUS[0]}"
check "stdout a pipe" "'$HOMES' | cat; exit \${PIPESTATUS[0]}"
check "stdin from /dev/null" "'$HOMES' < /dev/null"
check "key test, stdin from /dev/null" "'$HOMES' --key-test < /dev/null"

# stdout a file (stdin a terminal or not): the same refusal, and the file holds no
# escape sequences, only the hint.
out_file="$(mktemp)"
trap 'rm -f "$out_file"' EXIT
check "stdout a file" "'$HOMES' > '$out_file' 2>&1 < /dev/null; status=\$?; cat '$out_file'; exit \$status"
check "key test, stdout a file" "'$HOMES' --key-test > '$out_file' 2>&1 < /dev/null; status=\$?; cat '$out_file'; exit \$status"
