#!/usr/bin/env bash
# Issue 9, "the browser forgives and explains", on the bundled sample at 80x24 and 200x50,
# from the keys an inspector presses: Esc clears a query and never quits, the status line
# says where the view is, a sort shows the top, a query with an error says which query the
# rows answer and shows its whole suggestion, history is recalled and kept for the next
# start, free text reads ratings, values of several words need no quotes, the help teaches
# the query language, placement figures are fields and columns, a child's query opens on
# its placement, Tab lands on a placement, Enter on a heading says why, the journey states
# its totals, and the filter panel jumps, reopens where it was and undoes with Esc.
source "$(dirname "$0")/lib/tmux.bash"

SAMPLE_NEWEST="$(ls "$E2E_ROOT"/Resources/sample/*.json | tail -n 1)"
# How many open homes a query finds, by the command line, to compare with the browser.
count_of() { "$HOMES" query "$1" --format csv | tail -n +2 | grep -c . || true; }
first_urn() { "$HOMES" query "$1" --sort "$2" --desc --format csv | sed -n 2p | cut -d, -f1; }

# query TEXT: the query line cleared, TEXT typed, kept with Enter.
query() {
  e2e_keys /
  e2e_wait_for '^/' "the query line"
  e2e_keys C-u
  e2e_type "$1"
  e2e_keys Enter
  e2e_wait_gone '^/ ' "the query line to close after '$1'"
}

status_line() { e2e_screen | tail -n 1; }

session() {
  local width=$1 height=$2 page=$(( $2 - 3 ))
  e2e_start "$width" "$height"
  e2e_run "$HOMES"
  e2e_wait_for ' open homes at [0-9-]+' "the list at ${width}x$height"
  local total
  total="$(status_line | grep -Eo 'of [0-9,]+ open homes at' | awk '{print $2}')"

  # Esc clears the query, and the empty result said so; Esc again does nothing.
  query zzzqqq
  e2e_wait_for 'No home matches this query\. Esc clears it' "the empty result's message"
  e2e_keys Escape
  e2e_wait_for " of $total open homes at" "Esc to clear the query"
  e2e_keys Escape
  # Still running and past the Esc: the help opens over the list, and q closes it.
  e2e_keys '?'
  e2e_wait_for '^ Help' "the help after Esc on an unfiltered list (did Esc quit?)"
  [ -n "$(e2e_homes_pid)" ] || fail "Esc on an unfiltered list quit"
  e2e_keys q
  e2e_wait_for " of $total open homes at| $total open homes at" "the list again after the help"
  pass "${width}x$height: Esc clears the query and never quits"

  # Where the view is, and a fresh sort shows the top.
  e2e_keys PageDown
  e2e_wait_for "^ $((page + 1))–$((2 * page)) of $total open homes at" "the position after PgDn"
  e2e_keys 6
  e2e_wait_for "^ 1–$page of $total open homes at .*sort: Places ▼" "the top of the list sorted by places"
  local top
  top="$(first_urn '' places)"
  e2e_screen | sed -n 3p | grep -q "^ $top " || fail "the first row is not $top, the home with the most places"
  e2e_keys 2
  pass "${width}x$height: position on the status line; a sort by places shows $top first"

  # A query with an error: which query the rows answer, the whole suggestion, the error alone.
  e2e_keys /
  e2e_type 'la:brimingham'
  e2e_wait_for 'rows for: la:bri' "the title bar naming the query the rows answer"
  e2e_wait_for "did you mean 'birmingham'\?" "the whole suggestion"
  e2e_keys C-u
  e2e_type 'placementz>20'
  e2e_wait_for "unknown field 'placementz'" "the unknown field"
  e2e_screen | grep -q 'No home matches' && fail "'No home matches' shown above the error"
  e2e_keys C-u
  e2e_type 'occupancyy:'
  e2e_wait_for "unknown field 'occupancyy'" "unknown field rather than a missing value"
  e2e_keys Escape
  e2e_wait_gone '^/ ' "Esc to leave the query line"
  pass "${width}x$height: errors say which rows are shown and suggest in full"

  # Free text finds rating words; the field form is offered; multi-word values.
  query 'birmingham inadequate'
  e2e_wait_for " $(count_of 'la:birmingham rating:inadequate') of $total open homes" "birmingham inadequate"
  e2e_wait_for 'try: la:birmingham rating:inadequate' "the field form on the status line"
  query 'rating:requires improvement'
  e2e_wait_for " $(e2e_count "$(count_of 'rating:ri')") matching · $total open homes" "rating:requires improvement = rating:ri"
  pass "${width}x$height: free text reads ratings; values of two words need no quotes"

  # History: ↑ recalls the newest kept query, Ctrl-P the one before.
  e2e_keys /
  e2e_wait_for '^/' "the query line"
  e2e_keys C-u Up
  e2e_wait_for '^/ rating:requires improvement' "↑ recalling the last query"
  e2e_keys C-p
  e2e_wait_for '^/ birmingham inadequate' "Ctrl-P recalling the one before"
  e2e_keys Escape
  grep -qx 'birmingham inadequate' "$E2E_STATE/homes/history" || fail "the history file does not hold the kept query"
  pass "${width}x$height: history recalled and written to \$XDG_STATE_HOME/homes/history"

  # Placement figures: a field, a column sorted with 0, and on wide terminals shown anyway.
  query 'unplanned>=2'
  e2e_wait_for " $(count_of 'unplanned>=2') of $total open homes" "unplanned>=2"
  e2e_keys 0
  e2e_wait_for 'Unpl\. ▼|Unplanned ▼' "the Unplanned column sorted"
  e2e_keys 2 Escape
  e2e_wait_for " of $total open homes at" "the whole list"
  if [ "$width" -ge 160 ]; then
    e2e_screen | sed -n 2p | grep -q 'Owner .*Occupancy .*Unplanned' || fail "a wide list lacks the owner and figure columns"
  fi
  pass "${width}x$height: placement figures as a field and a column"

  # A child's query opens the home on that child's placement (the reverse-video line).
  local child home
  read -r child home < <(jq -r '[.placements[] | select(.end == null)][0] | .child + " " + .home' "$SAMPLE_NEWEST")
  query "child:$child"
  e2e_keys Enter
  e2e_wait_for "·  $home" "the detail of $home"
  tm capture-pane -p -e | grep "$child" | grep -q $'\e\[7m\|\e\[[0-9;]*;7m' || fail "$child's placement is not selected"
  # Enter on a heading says why nothing opened; Tab to placements lands on a placement.
  e2e_keys g Enter
  e2e_wait_for 'Nothing to open here' "why Enter did nothing"
  e2e_keys Tab Tab Tab Tab
  e2e_wait_for_styled $'(\e\\[7m|\e\\[[0-9;]*;7m).*C[0-9]{7}' "Tab to land on a placement (shown selected)"
  e2e_keys Enter
  e2e_wait_for '^ Child .*journey' "the journey"
  for field in 'Moves .* in all' 'Placed by' 'Homes in' 'Endings'; do
    e2e_screen | grep -Eq "^  $field" || fail "the journey does not state '$field'"
  done
  e2e_screen | grep -Eq ' (planned|unplanned|ongoing) ' || fail "the journey's endings are not in words"
  e2e_keys Escape Escape Escape
  e2e_wait_for " of $total open homes at" "back to the whole list"
  pass "${width}x$height: child:$child opens on its placement; Tab, Enter on a heading, the journey"

  # The filter panel: type to jump, Enter keeps, it reopens on that facet, Esc undoes.
  e2e_keys f
  e2e_wait_for '^ Filters' "the filter panel"
  e2e_keys Tab Tab Tab Tab
  e2e_wait_for '▸ Local authority' "the authority facet"
  e2e_type leeds
  e2e_wait_for 'jump: leeds' "the jump text"
  e2e_keys Space Enter
  e2e_wait_for 'query: la:leeds' "la:leeds kept with Enter"
  e2e_keys f
  e2e_wait_for '▸ Local authority' "the panel reopening on the authority facet"
  e2e_type leeds
  e2e_keys Space
  e2e_wait_for 'every open home' "la:leeds unticked"
  e2e_keys Escape
  e2e_wait_for 'query: la:leeds' "Esc undoing the untick"
  e2e_keys Escape
  e2e_wait_for " of $total open homes at" "the whole list"
  pass "${width}x$height: filter panel jump, keep, reopen, undo"

  # Help teaches the query language first and explains the marks.
  e2e_keys '?'
  e2e_wait_for '^ Finding homes: / then type' "the query language first in the help"
  e2e_keys G
  e2e_wait_for 'history' "the help's last notes"
  e2e_keys g
  e2e_keys q
  e2e_wait_for " of $total open homes at" "back from help"
  pass "${width}x$height: help"

  # The next start recalls the history.
  e2e_keys q
  e2e_wait_exit "after q"
  e2e_run "$HOMES"
  e2e_wait_for ' open homes at [0-9-]+' "the list again"
  e2e_keys / C-u Up
  e2e_wait_for '^/ leeds|^/ child:|^/ unplanned' "the history recalled after a restart"
  e2e_keys Escape Q
  e2e_wait_exit "after Q"
  e2e_expect_restored "${width}x$height: Q"
}

session 80 24
session 200 50
