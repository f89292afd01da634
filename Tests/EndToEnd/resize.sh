#!/usr/bin/env bash
# Resizing redraws at once at the new size; below the minimum the browser says so
# instead of drawing garbage, and growing again brings back exactly what was there.
source "$(dirname "$0")/lib/tmux.bash"

list_rows() { e2e_screen | grep -Ec '^ (SC[0-9]{6}|[0-9]{6,7}) '; }

e2e_start 80 24
e2e_run "$HOMES"
e2e_wait_for ' [0-9,]+ open homes at ' "the list at 80x24"
e2e_keys Down Down
for size in 200x50 120x40 60x12 80x24; do
  width=${size%x*} height=${size#*x}
  tm resize-window -x "$width" -y "$height"
  e2e_wait_for "^ homes .{$((width - 12)),}" "the header to span $width columns"
  deadline=$((SECONDS + E2E_TIMEOUT))
  until [ "$(list_rows)" -eq $((height - 3)) ]; do
    [ $SECONDS -lt $deadline ] || fail "at $size the list shows $(list_rows) rows, expected $((height - 3))"
    sleep 0.05
  done
  [ "$(e2e_screen | wc -l)" -eq "$height" ] || fail "the screen is not $height lines at $size"
  e2e_screen | tail -n 1 | grep -Eq ' [0-9,]+ (of [0-9,]+ )?(open )?homes' || fail "the status line is not on the last row at $size"
  pass "redrawn at $size with $((height - 3)) rows"
done

for size in 59x12 60x11 30x8; do
  tm resize-window -x "${size%x*}" -y "${size#*x}"
  e2e_wait_for 'Terminal too small' "the too-small message at $size"
  e2e_screen | grep -Eq '^ (SC[0-9]{6}|[0-9]{6,7}) ' && fail "list rows drawn under the too-small message at $size"
  pass "too small at $size"
done

# Back from too small into a detail opened before the shrink.
tm resize-window -x 80 -y 24
e2e_wait_for ' [0-9,]+ open homes at ' "the list again at 80x24"
e2e_keys Enter
e2e_wait_for '^ Home$' "a detail"
tm resize-window -x 200 -y 50
e2e_wait_for '^ Inspections \([0-9]+\)' "the detail redrawn at 200x50"
tm resize-window -x 40 -y 10
e2e_wait_for 'Terminal too small' "too small over the detail"
tm resize-window -x 80 -y 24
e2e_wait_for '^ Home$' "the detail back at 80x24"
pass "detail survives resizing"
e2e_keys Q
e2e_wait_exit "after Q"
e2e_expect_restored "Q after resizing"

# The key test reports the sizes the adapter sees.
e2e_run "clear; $HOMES --key-test"
e2e_wait_for '^size 80x24' "the key test at 80x24"
tm resize-window -x 132 -y 43
e2e_wait_for '^event resize\(width: 132, height: 43\)' "a resize event of 132x43"
e2e_keys q
e2e_wait_exit "after q"
e2e_expect_restored "key test after resizing"
