#!/usr/bin/env bash
# homes opens, draws and quits cleanly under the terminal types inspectors meet, and
# says clearly when TERM names a terminal this system does not know.
source "$(dirname "$0")/lib/tmux.bash"

e2e_start 80 24
for term in xterm-256color screen-256color tmux-256color linux vt100; do
  e2e_run "clear; TERM=$term $HOMES"
  e2e_wait_for ' [0-9,]+ (of [0-9,]+ )?(open )?homes' "homes to open with TERM=$term"
  e2e_keys Enter
  e2e_wait_for '^ Home$' "a detail under TERM=$term"
  e2e_keys Escape
  e2e_wait_for ' [0-9,]+ (of [0-9,]+ )?(open )?homes' "back to the list under TERM=$term"
  e2e_keys q
  e2e_wait_exit "TERM=$term"
  e2e_expect_restored "TERM=$term"
done

e2e_run "clear; TERM=no-such-terminal $HOMES; echo exit=\$?"
e2e_wait_for '^exit=2$' "exit code 2 for an unknown TERM"
e2e_screen | grep -q 'TERM="no-such-terminal" is unknown' || fail "no clear message for an unknown TERM"
e2e_expect_restored "unknown TERM"
