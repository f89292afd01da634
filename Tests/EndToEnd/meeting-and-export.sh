#!/usr/bin/env bash
# Issue 11 in the meeting and on the laptop, on the bundled sample:
# - `homes --meeting` shows the banner, and the detail, its placements, a child's journey,
#   the authority card, the children list and the summary show no child reference (no
#   "C" and seven digits): children are Child A, Child B… and small counts "fewer than 5";
# - two homes marked with m, listed with M, exported with e to a file in a temporary
#   directory: the file is what `homes query --format csv` says of those two homes;
# - exporting again to the same name asks first, and n leaves the file as it was; into a
#   folder that cannot be written, the reason is shown and the file there kept;
# - F9 turns meeting mode off (the banner goes, references come back), q q quits and the
#   terminal is restored;
# - `homes authority --meeting` prints the card with the same counts hidden.
source "$(dirname "$0")/lib/tmux.bash"

sample="$E2E_ROOT/Resources/sample"
out="$(mktemp -d "${TMPDIR:-/tmp}/homes-e2e-export.XXXXXX")"
locked=""
trap 'e2e_cleanup; [ -z "$locked" ] || chattr -i "$locked" 2>/dev/null; chmod -R u+w "$out" 2>/dev/null; rm -rf "$E2E_STATE" "$out"' EXIT

# no_reference WHERE: the screen holds nothing shaped like a child reference.
no_reference() {
  if e2e_screen | grep -Eq 'C[0-9]{7}'; then fail "$1: a child reference is on the screen in meeting mode"; fi
  e2e_screen | head -n 1 | grep -q 'MEETING MODE' || fail "$1: no meeting-mode banner"
  pass "$1: banner, no child reference"
}

walk() {
  local width=$1 height=$2
  e2e_start "$width" "$height"
  e2e_run "cd '$out' && $HOMES --meeting '$sample' 2>/dev/null"
  e2e_wait_for 'MEETING MODE' "the banner at ${width}x$height"
  e2e_wait_for ' open homes at ' "the list"
  no_reference "${width}x$height list"

  e2e_keys Enter
  e2e_wait_for '^ Home$' "a home's detail"
  no_reference "${width}x$height detail"
  e2e_keys End
  e2e_wait_for '^  Child A ' "the placements, Child A"
  no_reference "${width}x$height placements"
  e2e_keys Enter
  e2e_wait_for '^ Child [A-Z]+  ·  journey' "the journey of the last placement's child"
  no_reference "${width}x$height journey"
  e2e_keys q
  e2e_wait_for '^  Child A ' "back on the placements"
  e2e_keys A
  e2e_wait_for 'authority card' "the authority card"
  no_reference "${width}x$height authority card"
  e2e_keys End
  e2e_wait_for 'fewer than 5' "small counts of children hidden on the card"
  no_reference "${width}x$height authority card's tables"
  e2e_keys q q
  e2e_wait_for ' open homes at ' "back on the list"

  e2e_keys C
  e2e_wait_for '^ Child A ' "the children list, Child A first"
  no_reference "${width}x$height children"
  e2e_keys Down Enter
  e2e_wait_for '^ Child B  ·  journey' "Child B's journey called as its row was"
  no_reference "${width}x$height journey from the children"
  e2e_keys q q
  e2e_wait_for ' open homes at ' "back on the list"

  e2e_keys S
  e2e_wait_for 'Summary by local authority' "the summary"
  no_reference "${width}x$height summary"
  e2e_keys a
  e2e_wait_for 'authority card' "the summary's authority card"
  no_reference "${width}x$height summary's authority card"
  e2e_keys q q
  e2e_wait_for ' open homes at ' "back on the list"
}

walk 200 50
e2e_keys Q
e2e_wait_exit "Q at 200x50"
walk 80 24

# Mark the first two homes of the list (m moves down), list and export them.
e2e_keys m
e2e_wait_for 'Marked .* · 1 marked' "the first mark"
e2e_keys m
e2e_wait_for 'Marked .* · 2 marked' "the second mark"
e2e_screen | grep -Eq '^•' || fail "no • before a marked home in the list"
pass "two homes marked, a • before each"
e2e_keys M
e2e_wait_for '^ Marked homes · 2' "the marked homes listed"
no_reference "marked homes"
e2e_keys e
e2e_wait_for '^Export 2 marked homes to: homes-marked-2023-08-31.csv' "the file name offered in the current directory"
e2e_keys Enter
e2e_wait_for 'Wrote 2 marked homes to homes-marked-2023-08-31.csv \(CSV\)' "the export written"
file="$out/homes-marked-2023-08-31.csv"
[ -f "$file" ] || fail "no $file"
[ "$(wc -l < "$file")" -eq 3 ] || fail "$file has $(wc -l < "$file") lines, not a header and two homes"
if grep -Eq 'C[0-9]{7}' "$file"; then fail "$file holds a child reference"; fi
# The two homes, as `homes query` writes them: the first two of the list by name.
urns="$(tail -n +2 "$file" | cut -d, -f1 | tr -d '\r' | paste -sd' ')"
expected="$("$HOMES" query "$sample" "urn:${urns%% *},${urns##* }" --format csv 2>/dev/null | tail -n +2 | sort)"
[ "$(tail -n +2 "$file" | sort)" = "$expected" ] || fail "the file's rows are not what homes query says of $urns"
pass "exported the marked homes $urns: the rows homes query --format csv writes"
[ "$(ls -A "$out" | grep -c partial)" -eq 0 ] || fail "a temporary file was left in $out"

# Again to the same name: asked first, n keeps the file.
before="$(cat "$file")"
e2e_keys e
e2e_wait_for '^Export 2 marked homes to:' "the export prompt again"
e2e_keys Enter
e2e_wait_for 'already exists' "asked before overwriting"
e2e_type n
e2e_wait_for 'Not overwritten: nothing written' "n keeps the file"
[ "$(cat "$file")" = "$before" ] || fail "the file changed after n"
pass "an existing file is not overwritten without y"

# Into a folder that cannot be written (for root, chattr +i, which binds root too): the
# reason on the status line, the file there as it was, no partial file, the browser on.
mkdir "$out/locked"
printf 'old\n' >"$out/locked/homes.csv"
can_lock=""
if [ "$(id -u)" -ne 0 ]; then chmod a-w "$out/locked"; can_lock=yes
elif chattr +i "$out/locked" 2>/dev/null; then locked="$out/locked"; can_lock=yes; fi
if [ -n "$can_lock" ]; then
  e2e_keys e
  e2e_wait_for '^Export 2 marked homes to:' "the export prompt for the read-only folder"
  e2e_keys C-u
  e2e_type "$out/locked/homes.csv"
  e2e_keys Enter
  e2e_wait_for 'already exists' "asked before overwriting in the read-only folder"
  e2e_type y
  e2e_wait_for "^ Nothing written: cannot write '" "the reason the export failed"
  [ "$(cat "$out/locked/homes.csv")" = old ] || fail "the failed export changed the file in the read-only folder"
  [ "$(ls -A "$out/locked" | grep -c partial)" -eq 0 ] || fail "a temporary file was left in the read-only folder"
  # The notice lasts until the next key: the browser carries on.
  e2e_keys j
  e2e_wait_gone "^ Nothing written: " "the notice gone at the next key"
  e2e_screen | grep -q '^ Marked homes · 2' || fail "not on the marked homes after the failed export"
  pass "an export into a read-only folder says why, keeps the old file and leaves nothing behind"
else
  echo "SKIP [meeting-and-export] a read-only folder: running as root and chattr +i is not available here"
fi

# F9 ends meeting mode: references come back on the children list.
e2e_keys q F9
e2e_wait_gone 'MEETING MODE' "the banner"
e2e_keys C
e2e_wait_for '^ C[0-9]{7} ' "child references back after F9"
pass "F9 turns meeting mode off"
e2e_keys q q
e2e_wait_exit "q q"
e2e_expect_restored "meeting and export"

# The command prints the card the browser draws in meeting mode.
card="$("$HOMES" authority somerset "$sample" --meeting 2>/dev/null)"
echo "$card" | grep -q 'fewer than 5' || fail "homes authority --meeting hides no small count"
if echo "$card" | grep -Eq '  [1-4]$'; then fail "homes authority --meeting still shows a count of 1 to 4"; fi
"$HOMES" authority somerset "$sample" 2>/dev/null | grep -Eq '  [1-4]$' || fail "without --meeting the card has no small count to hide"
pass "homes authority --meeting: counts of children under 5 hidden"
