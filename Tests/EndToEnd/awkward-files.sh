#!/usr/bin/env bash
# Awkward files and directories: symbolic links in a loop or to nothing, names with a
# newline or an escape sequence, a file given where a directory is expected, an
# unreadable file. Each is named in a clear message (escaped, on one line), and every
# valid snapshot beside them is still read.
set -uo pipefail
cd "$(dirname "$0")/../.."
homes="$(swift build --show-bin-path)/homes"
tmp=$(mktemp -d)
trap 'chmod -R u+rw "$tmp"; rm -rf "$tmp"' EXIT
fail() { echo "FAIL [awkward-files]: $*"; exit 1; }
ok() { echo "ok   [awkward-files] $*"; }

dir="$tmp/snapshots"
mkdir "$dir"
cp Resources/sample/ofsted-2023-08-31.json "$dir/good.json"
cp Resources/sample/ofsted-2022-03-31.json "$dir/$(printf 'two\nlines.json')"
printf '{' >"$dir/$(printf 'esc\033[2J.json')"
ln -s loop-b.json "$dir/loop-a.json"
ln -s loop-a.json "$dir/loop-b.json"
ln -s nowhere.json "$dir/dangling.json"

out=$("$homes" validate "$dir" 2>&1); code=$?
[ $code -eq 2 ] || fail "validate: exit $code, expected 2 (some files unloadable): $out"
grep -q $'\033' <<<"$out" && fail "an escape sequence from a file name reached the terminal: $(cat -v <<<"$out")"
grep -qF "$dir/good.json: snapshot of 2023-08-31" <<<"$out" || fail "the good snapshot was not read: $out"
grep -qF "$dir/two\\nlines.json: snapshot of 2022-03-31" <<<"$out" || fail "a name with a newline is not on one line, escaped: $out"
grep -qF "$dir/esc\\u{1b}[2J.json: could not be loaded" <<<"$out" || fail "a name with an escape is not escaped: $out"
grep -qF "$dir/loop-a.json: cannot open: too many levels of symbolic links" <<<"$out" || fail "a symlink loop is not named: $out"
grep -qF "$dir/dangling.json: cannot open: no such file or directory" <<<"$out" || fail "a dangling symlink is not named: $out"
grep -qF "6 files: 4 could not be loaded" <<<"$out" || fail "summary: $out"
ok "validate: loops, dangling links and odd names named and escaped; the valid snapshots read"

# The same directory given to a command that loads: every valid snapshot is used
# (the newest is current), the problems said on standard error.
out=$("$homes" query 'la:leeds' "$dir" 2>"$tmp/err"); code=$?
[ $code -eq 0 ] || fail "query over the directory: exit $code: $(cat "$tmp/err")"
grep -qE "^[0-9,]+ of 3,999 open homes" <<<"$out" || fail "query did not use the newest valid snapshot: $(tail -n 2 <<<"$out")"
grep -q $'\033' "$tmp/err" && fail "an escape sequence reached standard error: $(cat -v "$tmp/err")"
grep -qF "loop-a.json" "$tmp/err" || fail "query did not mention the symlink loop: $(cat "$tmp/err")"
ok "query: the valid snapshots used, the others named on standard error"

# A file where a directory is expected, and a path through a file.
out=$("$homes" validate "$dir/good.json/" 2>&1); code=$?
[ $code -ne 0 ] && grep -qF "$dir/good.json/: cannot open: not a directory" <<<"$out" || fail "a file given as a directory: exit $code: $out"
out=$("$homes" validate "$dir/good.json/more" 2>&1); code=$?
[ $code -ne 0 ] && grep -qF "good.json/more: cannot open: not a directory" <<<"$out" || fail "a path through a file: exit $code: $out"
ok "a file where a directory is expected: 'not a directory', named"

# An unreadable file beside a good one (root reads anything: skipped, visibly).
if [ "$(id -u)" != 0 ]; then
  cp Resources/sample/ofsted-2023-08-31.json "$dir/locked.json"
  chmod 000 "$dir/locked.json"
  out=$("$homes" validate "$dir" 2>&1)
  grep -qF "$dir/locked.json: cannot open: permission denied" <<<"$out" || fail "an unreadable file is not named: $out"
  grep -qF "$dir/good.json: snapshot of 2023-08-31" <<<"$out" || fail "the good snapshot beside an unreadable one was not read"
  ok "an unreadable file: named, the others read"
else
  echo "SKIP [awkward-files] an unreadable file: running as root, which reads any file"
fi
echo "awkward-files.sh: ok"
