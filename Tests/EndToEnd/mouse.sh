#!/usr/bin/env bash
# The mouse as an inspector uses it: a click selects a row, a double click opens it, the
# wheel moves three rows; mouse reporting is off again after q and while stopped with
# Ctrl-Z, and --no-mouse or `mouse: false` in the settings never turn it on (so the
# terminal's own text selection works).
#
# tmux passes on only the mouse of a real client, so the reports are typed into the pane
# as the terminal would send them: SGR (ESC [ < b ; x ; y M) when homes asked for SGR
# reports, else the xterm X10 form (ESC [ M then three bytes); ncurses picks one from
# the terminfo of TERM inside tmux.
source "$(dirname "$0")/lib/tmux.bash"

# mouse_flag: 1 while the program in the pane has mouse reporting on.
mouse_flag() { tm display -p '#{mouse_any_flag}'; }

# mouse_report BUTTON X Y: the bytes a terminal sends for BUTTON (0 left press, 3 release,
# 64 wheel up, 65 wheel down) at the 0-based cell X, Y.
mouse_report() {
  if [ "$(tm display -p '#{mouse_sgr_flag}')" = 1 ]; then
    if [ "$1" = 3 ]; then printf '\033[<0;%d;%dm' $(($2 + 1)) $(($3 + 1)); else printf '\033[<%d;%d;%dM' "$1" $(($2 + 1)) $(($3 + 1)); fi
  else
    printf '\033[M%b%b%b' "$(printf '\\%03o' $((32 + $1)))" "$(printf '\\%03o' $((33 + $2)))" "$(printf '\\%03o' $((33 + $3)))"
  fi
}
click() { tm send-keys -l -- "$(mouse_report 0 "$1" "$2")$(mouse_report 3 "$1" "$2")"; }
# A hand's double click: the second click a tenth of a second after the first (inside
# the 0.4 s homes allows). Both in one write is no hand's click: curses then reports
# one press for the four reports (seen with --key-test).
double_click() { click "$1" "$2"; sleep 0.1; click "$1" "$2"; }
wheel_down() { tm send-keys -l -- "$(mouse_report 65 "$1" "$2")"; }
# wait_mouse_flag VALUE WHAT: waits until mouse reporting is VALUE (1 on, 0 off).
wait_mouse_flag() {
  local deadline=$((SECONDS + E2E_TIMEOUT))
  until [ "$(mouse_flag)" = "$1" ]; do
    [ $SECONDS -lt $deadline ] || fail "$2"
    sleep 0.05
  done
}

open_homes() {
  e2e_run "clear; $HOMES $*"
  e2e_wait_for '^ [0-9,]+–[0-9,]+ of [0-9,]+ open homes' "homes to open"
}

# The URN on screen row Y (0-based) of the list.
urn_on_row() { e2e_screen | sed -n "$(($1 + 1))p" | awk '{print $1}'; }

e2e_start 80 24

open_homes
[ "$(mouse_flag)" = 1 ] || fail "homes did not turn mouse reporting on"
# A click on the fourth row selects it: Enter opens that home.
urn="$(urn_on_row 5)"
# The selection moves to the row clicked: the screen changes.
e2e_after click 20 5
e2e_keys Enter
e2e_wait_for "^ .*  ·  $urn\$" "the home clicked ($urn) to open with Enter"
e2e_keys q
e2e_wait_for '^ [0-9,]+–[0-9,]+ of' "the list again"
pass "a click selects the row under it"

urn="$(urn_on_row 7)"
double_click 30 7
e2e_wait_for "^ .*  ·  $urn\$" "a double click to open $urn"
e2e_keys q
e2e_wait_for '^ [0-9,]+–[0-9,]+ of' "the list again"
pass "a double click opens the row"

# Eight notches from row 6 (the fifth home) reach the 29th home: the list has scrolled.
e2e_keys g
for _ in 1 2 3 4 5 6 7 8; do wheel_down 20 10; done
e2e_wait_for '^ 5–25 of' "the list to scroll by three rows a notch"
pass "the wheel moves three rows"

e2e_keys C-z
e2e_wait_for 'Stopped' "the shell's job-control message"
[ "$(mouse_flag)" = 0 ] || fail "Ctrl-Z left mouse reporting on"
e2e_run "fg"
e2e_wait_for '^ 5–25 of' "homes to redraw after fg"
wait_mouse_flag 1 "after fg mouse reporting is not back on"
pass "Ctrl-Z turns mouse reporting off, fg turns it on"

e2e_keys q
e2e_wait_exit "q"
e2e_expect_restored "q with the mouse on"
[ "$(mouse_flag)" = 0 ] || fail "q left mouse reporting on"
pass "q turns mouse reporting off"

# A signal's handler writes the reset bytes prepared at start, mouse modes off among them.
open_homes
[ "$(mouse_flag)" = 1 ] || fail "homes did not turn mouse reporting on"
kill -TERM "$(e2e_homes_pid)"
e2e_wait_exit "kill -TERM"
e2e_expect_restored "kill -TERM with the mouse on"
[ "$(mouse_flag)" = 0 ] || fail "kill -TERM left mouse reporting on"
pass "a signal turns mouse reporting off"

# Mouse reporting is asked for (or not) before the first frame is written, so once the
# list shows, the flag is what it stays: no wait needed for these two checks.
open_homes --no-mouse
[ "$(mouse_flag)" = 0 ] || fail "--no-mouse turned mouse reporting on"
e2e_keys q
e2e_wait_exit "q"
pass "--no-mouse leaves the mouse to the terminal"

mkdir -p "$E2E_STATE/config/homes"
printf 'mouse: false\n' >"$E2E_STATE/config/homes/settings.yaml"
open_homes
[ "$(mouse_flag)" = 0 ] || fail "mouse: false in the settings turned mouse reporting on"
e2e_keys q
e2e_wait_exit "q"
e2e_expect_restored "q with the mouse off"
pass "mouse: false in the settings leaves the mouse to the terminal"
