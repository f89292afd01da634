#!/usr/bin/env bash
# A new user's tour of the browser on the bundled sample, at 80x24 and at 200x50:
# the list, search narrowing on every keystroke, the filter panel, a home's detail,
# a child's journey, back to exactly where they were, help, the changes screen (the
# sample's two snapshots compared), and quitting.
# The list shows the homes open at the snapshot date: "N open homes at DATE".
source "$(dirname "$0")/lib/tmux.bash"
changes="$("$HOMES" changes --format csv | tail -n +2 | wc -l)"

tour() {
  local width=$1 height=$2
  e2e_start "$width" "$height"
  e2e_run "$HOMES"
  e2e_wait_for ' [0-9,]+ open homes at [0-9]{4}-[0-9]{2}-[0-9]{2}' "the list of every open home at ${width}x$height"
  e2e_screen | head -n 1 | grep -Eq 'sample|[0-9] snapshots' || fail "the header does not name the snapshot"
  e2e_screen | sed -n 2p | grep -Eq 'URN +Name.* Rating +Last visit' || fail "no column headings (Rating beside Last visit)"
  local total rows urn
  total="$(e2e_screen | grep -Eo ' [0-9,]+ open homes at' | head -n 1 | awk '{print $1}')"
  rows="$(e2e_screen | grep -Ec '^ (SC[0-9]{6}|[0-9]{6,7}) ')"
  [ "$rows" -eq $((height - 3)) ] || fail "the list shows $rows homes, expected $((height - 3)) rows"
  pass "${width}x$height: list of $total open homes, $rows rows"

  # Detail of the first home, then `]` to the next until one has placements; Enter on a
  # placement opens the child's journey; back returns to the same place each time.
  local first
  first="$(e2e_screen | sed -n 3p | awk '{print $1}')"
  e2e_keys Enter
  e2e_wait_for "^ Home\$" "the detail of $first"
  e2e_wait_for "URN +$first" "the detail's URN field"
  # G goes to the last line: the last placement, when the home has any.
  local nexts=0
  e2e_press G
  while e2e_screen | grep -q 'No placements recorded'; do
    [ $nexts -lt 15 ] || fail "none of the first 15 homes has placements"
    e2e_press ']'; nexts=$((nexts + 1))
    e2e_press G
  done
  e2e_wait_for '^ Placements \([0-9]+\)' "the placements at the end of the detail"
  e2e_keys Enter
  e2e_wait_for '^ Child .* journey' "the child's journey"
  e2e_wait_for '^ Placements, in date order' "the journey's placements"
  pass "${width}x$height: child journey (home $((nexts + 1)) of the list)"
  e2e_keys q
  e2e_wait_for "^ Placements \\([0-9]+\\)" "back to the detail, where it was"
  e2e_screen | head -n 1 | grep -q journey && fail "q did not leave the journey"
  e2e_keys Escape
  e2e_wait_for " $total open homes at" "back to the list"
  pass "${width}x$height: detail, journey and back"

  # Search: the list narrows as each character is typed.
  urn="$(e2e_screen | sed -n 5p | awk '{print $1}')"
  e2e_keys /
  e2e_wait_for '^/' "the query line"
  e2e_type "${urn:0:2}"
  e2e_wait_for "query: ${urn:0:2}" "the query after two characters"
  e2e_type "${urn:2}"
  e2e_wait_for " 1 of $total open homes" "the list narrowed to $urn"
  e2e_screen | grep -Eq "^ $urn " || fail "$urn is not the home left in the list"
  [ "$(e2e_state)" = "1 1" ] || fail "the cursor is not shown in the query line ($(e2e_state))"
  e2e_keys Enter
  e2e_wait_gone '^/' "the query line to close"
  [ "$(e2e_state)" = "1 0" ] || fail "the cursor stays visible after the query line closed ($(e2e_state))"
  pass "${width}x$height: search narrowed to $urn"
  e2e_keys Enter
  e2e_wait_for "URN +$urn" "the detail of the home found"
  e2e_keys Escape
  e2e_wait_for " 1 of $total open homes" "back to the list with the query kept"

  # Esc on the query line restores the query that was there before.
  e2e_keys /
  e2e_wait_for '^/' "the query line"
  e2e_keys C-u
  e2e_wait_for " $total open homes at" "the list widening as the query is cleared"
  e2e_keys Escape
  e2e_wait_for " 1 of $total open homes" "Esc restoring the previous query"
  e2e_keys /
  e2e_wait_for '^/' "the query line"
  e2e_keys C-u Enter
  e2e_wait_for " $total open homes at" "the cleared query kept"

  # The filter panel: Space selects a value, the query line agrees, x clears.
  e2e_keys f
  e2e_wait_for '^ Filters' "the filter panel"
  e2e_keys Space
  e2e_wait_for 'query: [a-z]+:' "the query to follow the panel"
  e2e_keys f
  e2e_wait_for ' [0-9,]+ (of|matching ·) [0-9,]+ open homes' "the list after filtering"
  local filtered
  # "7 of 3,999 open homes", or "1–21 of 808 matching · 3,999 open homes" when it scrolls.
  filtered="$(e2e_screen | grep -Eo '(^ |of )[0-9,]+ (of|matching ·) [0-9,]+ open homes' | sed -E 's/^(of )?//' | awk '{print $1}')"
  [ "${filtered//,/}" -lt "${total//,/}" ] || fail "selecting a filter value did not narrow the list ($filtered of $total)"
  e2e_keys x
  e2e_wait_for " $total open homes at" "x to clear the filters"
  pass "${width}x$height: filter panel ($filtered of $total, then cleared)"

  # Help lists the keys; q returns to the list.
  e2e_keys '?'
  e2e_wait_for '^ Help' "the help screen"
  e2e_screen | grep -q 'Move up one line' || fail "help does not list the movement keys"
  e2e_keys G
  # The help ends with what the marks and words mean (trend marks, closed homes).
  e2e_wait_for 'terminal is too small' "the notes at the end of the help"
  # The notes take more than a page at 80x24: the last two pages between them.
  { e2e_screen; e2e_press PageUp; e2e_screen; } | grep -q 'Last visit is' \
    || fail "the help's notes do not explain Last visit beside Rating"
  e2e_keys q
  e2e_wait_for " $total open homes at" "back from help"
  pass "${width}x$height: help"

  # Changes: the sample is two snapshots (2022 and 2023), so c compares them, with the
  # same count of changes as `homes changes`; 2 shows the closures; q returns to the list.
  e2e_keys c
  e2e_wait_for '^ Changes 2022-03-31 → 2023-08-31' "the changes screen comparing the sample's two snapshots"
  e2e_screen | grep -q "\[All $(e2e_count "$changes")\]" || fail "the changes screen does not count the $changes changes homes changes lists"
  e2e_keys 2
  e2e_wait_for '\[Closed [0-9,]+\]' "only the closures (key 2)"
  e2e_keys q
  e2e_wait_for " $total open homes at" "back from the changes screen"
  pass "${width}x$height: changes screen ($changes changes, as homes changes)"

  # Q quits from a nested screen.
  e2e_keys Enter
  e2e_wait_for "^ Home\$" "a detail"
  e2e_keys Q
  e2e_wait_exit "after Q from the detail"
  e2e_expect_restored "${width}x$height: Q from the detail"
}

tour 80 24
tour 200 50
