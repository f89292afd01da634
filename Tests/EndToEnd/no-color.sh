#!/usr/bin/env bash
# Judgements are coloured when the terminal can, and NO_COLOR=1 or --no-color (or a
# terminal without colours) gives the readable fallback: no colour codes at all, the
# judgement still told apart by the browser's symbols and attributes.
source "$(dirname "$0")/lib/tmux.bash"

# colour_codes: SGR foreground/background colour parameters in the captured screen.
colour_codes() { tm capture-pane -p -e | grep -Eo $'\e\\[[0-9;]*m' | grep -Ec '\[([0-9;]*;)?(3[0-7]|9[0-7]|38;5;[0-9]+)[;m]' || true; }

e2e_start 100 30
e2e_run "$HOMES"
e2e_wait_for ' [0-9,]+ open homes at ' "the list in colour"
[ "$(colour_codes)" -gt 0 ] || fail "no colour on a colour terminal"
coloured="$(colour_codes)"
e2e_keys q
e2e_wait_exit "q"
pass "colour by default ($coloured colour codes on screen)"

for how in "NO_COLOR=1 $HOMES" "$HOMES --no-color" "TERM=vt100 $HOMES"; do
  e2e_run "clear; $how"
  e2e_wait_for ' [0-9,]+ open homes at ' "the list with $how"
  [ "$(colour_codes)" -eq 0 ] || fail "$how: colour codes on screen: $(tm capture-pane -p -e | grep -Eo $'\e\\[[0-9;]*m' | sort | uniq -c | head -5 | tr '\n' ' ')"
  tm capture-pane -p -e | grep -q $'\e\\[[0-9;]*1[;m]' || fail "$how: no bold either: the fallback is missing"
  e2e_keys Enter
  e2e_wait_for '^ Inspections \([0-9]+\)' "a detail with $how"
  [ "$(colour_codes)" -eq 0 ] || fail "$how: colour codes in the detail"
  e2e_keys Q
  e2e_wait_exit "Q with $how"
  e2e_expect_restored "$how: no colour"
done

# NO_COLOR set but empty does not count (no-color.org).
e2e_run "clear; NO_COLOR= $HOMES"
e2e_wait_for ' [0-9,]+ open homes at ' "the list with an empty NO_COLOR"
[ "$(colour_codes)" -gt 0 ] || fail "an empty NO_COLOR turned colour off"
e2e_keys q
e2e_wait_exit "q"
e2e_expect_restored "empty NO_COLOR keeps colour"
