#!/usr/bin/env bash
# Writes that fail part way leave no partial file and the old file intact
# (AtomicFile): a size limit (ulimit -f, the process's own "disk full"), a full tmpfs
# (when this machine lets us mount one), a folder we may not write to, and Ctrl-C in
# the middle of a write. Each check that this machine cannot make says SKIP, visibly.
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="$(swift build --show-bin-path)/homes"
tmp=$(mktemp -d)
mounted=""
locked=""
cleanup() {
  [ -n "$locked" ] && chattr -i "$locked" 2>/dev/null
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
  chmod -R u+w "$tmp" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL [write-faults]: $*"; exit 1; }
ok() { echo "ok   [write-faults] $*"; }
skip() { echo "SKIP [write-faults] $*"; }

ofsted=(Resources/ofsted/2023/*.csv)
old="an older snapshot, which must survive"

# no_partial DIR: no temporary file left behind in DIR.
no_partial() {
  local left
  left=$(find "$1" -name '.*.partial-*' | head -n 3)
  [ -z "$left" ] || fail "temporary files left behind: $left"
}

# 1. The file bigger than the process may write (ulimit -f, in 512-byte blocks): with
#    SIGXFSZ ignored the write fails with EFBIG; exit 2, the reason said, nothing lost.
printf '%s\n' "$old" >"$tmp/out.json"
out=$( (ulimit -f 64; "$homes" import ofsted "${ofsted[@]}" --out "$tmp/out.json" --force) 2>&1); code=$?
[ $code -eq 2 ] || fail "import over the size limit: exit $code, expected 2: $(tail -n 3 <<<"$out")"
grep -qF "cannot write '$tmp/out.json': the file is larger than this process may write (ulimit -f); nothing written" <<<"$out" \
  || fail "import over the size limit: no clear message: $(tail -n 3 <<<"$out")"
[ "$(cat "$tmp/out.json")" = "$old" ] || fail "import over the size limit changed the old file"
no_partial "$tmp"
out=$( (ulimit -f 64; "$homes" generate --homes 300 --out "$tmp/out.json") 2>&1); code=$?
[ $code -eq 1 ] || fail "generate over the size limit: exit $code, expected 1: $out"
grep -qF "the file is larger than this process may write" <<<"$out" || fail "generate over the size limit: $out"
[ "$(cat "$tmp/out.json")" = "$old" ] || fail "generate over the size limit changed the old file"
no_partial "$tmp"
ok "a size limit (ulimit -f): exit 2 (import) and 1 (generate), the old file intact, no partial file"

# 2. A full disk: a 64 KB tmpfs (needs root and a kernel that lets us mount).
mkdir "$tmp/small"
if mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
  mounted="$tmp/small"
  printf '%s\n' "$old" >"$tmp/small/out.json"
  out=$("$homes" import ofsted "${ofsted[@]}" --out "$tmp/small/out.json" --force 2>&1); code=$?
  [ $code -eq 2 ] || fail "import to a full disk: exit $code: $(tail -n 3 <<<"$out")"
  grep -qF "cannot write '$tmp/small/out.json': no space left on the device; nothing written" <<<"$out" \
    || fail "import to a full disk: no clear message: $(tail -n 3 <<<"$out")"
  [ "$(cat "$tmp/small/out.json")" = "$old" ] || fail "import to a full disk changed the old file"
  no_partial "$tmp/small"
  out=$("$homes" generate --homes 300 --out "$tmp/small/new.json" 2>&1); code=$?
  [ $code -eq 1 ] && grep -qF "no space left on the device" <<<"$out" || fail "generate to a full disk: exit $code: $out"
  [ -e "$tmp/small/new.json" ] && fail "generate to a full disk left a file"
  no_partial "$tmp/small"
  ok "a full disk (64 KB tmpfs): exit 2, 'no space left', the old file intact, no partial file"
else
  skip "a full disk: cannot mount a tmpfs here (not root); the size limit above takes its place"
fi

# 3. Permission denied: a folder made read-only (chmod; root ignores that, so for root
#    the folder is made immutable with chattr +i, which binds root too).
mkdir "$tmp/locked"
printf '%s\n' "$old" >"$tmp/locked/out.json"
if [ "$(id -u)" != 0 ]; then
  chmod a-w "$tmp/locked"; can_lock=yes
elif chattr +i "$tmp/locked" 2>/dev/null; then
  locked="$tmp/locked"; can_lock=yes
else
  can_lock=no
fi
if [ $can_lock = yes ]; then
  out=$("$homes" import ofsted "${ofsted[@]}" --out "$tmp/locked/out.json" --force 2>&1); code=$?
  [ $code -eq 2 ] || fail "import into a read-only folder: exit $code: $(tail -n 3 <<<"$out")"
  grep -qF "cannot write '$tmp/locked/out.json': permission denied in folder '$tmp/locked'; nothing written" <<<"$out" \
    || fail "import into a read-only folder: no clear message: $(tail -n 3 <<<"$out")"
  [ "$(cat "$tmp/locked/out.json")" = "$old" ] || fail "import into a read-only folder changed the old file"
  out=$("$homes" generate --homes 20 --out "$tmp/locked/new.json" 2>&1); code=$?
  [ $code -eq 64 ] && grep -qF "is not writable" <<<"$out" || fail "generate into a read-only folder: exit $code: $out"
  [ -e "$tmp/locked/new.json" ] && fail "generate into a read-only folder wrote a file"
  ok "permission denied (a read-only folder): a clear message, the old file intact"
else
  skip "permission denied: running as root and chattr +i is not available on this file system"
fi

# 4. Ctrl-C during the write: SIGINT as soon as the temporary file appears. The old
#    file stays, the temporary file is removed, and the process ends by the signal.
printf '%s\n' "$old" >"$tmp/big.json"
# Job control on: otherwise bash starts background commands with SIGINT ignored.
set -m
"$homes" generate --homes 6000 --out "$tmp/big.json" >/dev/null 2>&1 &
pid=$!
set +m
caught=no
for _ in $(seq 1 200000); do
  if [ -n "$(find "$tmp" -maxdepth 1 -name '.big.json.partial-*' -print -quit)" ]; then
    kill -INT $pid && caught=yes
    break
  fi
  kill -0 $pid 2>/dev/null || break
done
wait $pid; code=$?
if [ $caught = yes ] && [ $code -eq 130 ]; then
  # The signal may land after the rename (while the folder is flushed): then the new
  # file is whole. Either way never a mixture.
  if [ "$(cat "$tmp/big.json")" != "$old" ]; then
    "$homes" validate --strict "$tmp/big.json" >/dev/null || fail "Ctrl-C during the write left a broken file"
  fi
  no_partial "$tmp"
  ok "Ctrl-C during the write: ended by SIGINT (exit 130), the old file (or the whole new one) kept, no partial file"
elif [ $code -eq 0 ]; then
  skip "Ctrl-C during the write: the write finished before the signal arrived"
else
  fail "Ctrl-C during the write: exit $code (caught: $caught)"
fi
echo "write-faults.sh: ok"
