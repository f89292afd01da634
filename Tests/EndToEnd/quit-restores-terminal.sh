#!/usr/bin/env bash
# Every way out of homes leaves the terminal usable: q, Ctrl-C, SIGTERM, SIGHUP, and the
# signals a crash raises (SEGV, ABRT, ILL …), which the handlers restore then re-raise.
source "$(dirname "$0")/lib/tmux.bash"

open_homes() {
  e2e_run "$HOMES --key-test"
  e2e_wait_for 'homes key test' "homes to open"
  [ "$(e2e_state)" = "1 1" ] || [ "$(e2e_state)" = "1 0" ] || fail "homes is not in the alternate screen ($(e2e_state))"
}

e2e_start 80 24

open_homes
e2e_keys q
e2e_wait_exit "after q"
e2e_expect_restored "q"

open_homes
e2e_keys C-c
e2e_wait_exit "after Ctrl-C"
e2e_expect_restored "Ctrl-C"

for signal in TERM HUP SEGV ABRT ILL BUS FPE TRAP; do
  open_homes
  pid="$(e2e_homes_pid)"
  [ -n "$pid" ] || fail "no homes process found"
  kill "-$signal" "$pid"
  e2e_wait_exit "after kill -$signal"
  e2e_expect_restored "kill -$signal"
done
