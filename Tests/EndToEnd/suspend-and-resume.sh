#!/usr/bin/env bash
# Ctrl-Z hands the terminal back to the shell (restored); `fg` brings homes back and
# redraws the whole screen, also after the screen was changed while it was stopped.
source "$(dirname "$0")/lib/tmux.bash"

e2e_start 80 24
e2e_run "$HOMES"
e2e_wait_for ' [0-9,]+ (of [0-9,]+ )?(open )?homes' "homes to open"
e2e_keys /
e2e_type "ac"
e2e_wait_for '^/ ac' "the query being typed"

e2e_keys C-z
e2e_wait_for 'Stopped' "the shell's job-control message"
[ "$(e2e_state)" = "0 1" ] || fail "Ctrl-Z left the terminal in curses mode ($(e2e_state))"
e2e_run "clear; echo while-stopped"
e2e_wait_for '^while-stopped$' "the shell to run a command while homes is stopped"
e2e_run "fg"
e2e_wait_for 'query: ac' "homes to redraw after fg"
e2e_wait_for '^/ ac' "the query line kept across the suspend"
e2e_screen | grep -q 'while-stopped' && fail "the screen was not fully redrawn after fg"
[ "$(e2e_state)" = "1 1" ] || fail "after fg the cursor is not back in the query line ($(e2e_state))"
e2e_type "o"
e2e_wait_for '^/ aco' "typing to go on after fg"
pass "Ctrl-Z then fg"
e2e_keys Escape
e2e_wait_gone '^/' "the query line to close"
e2e_keys Q
e2e_wait_exit "after Q"
e2e_expect_restored "Q after a suspend"

# A program's own suspend (Effect.suspend; the key test's s) behaves the same.
e2e_run "$HOMES --key-test"
e2e_wait_for 'homes key test' "the key test to open"
e2e_type "s"
e2e_wait_for 'Stopped' "the suspend effect to stop homes"
[ "$(e2e_state)" = "0 1" ] || fail "the suspend effect left the terminal in curses mode ($(e2e_state))"
e2e_run "fg"
e2e_wait_for 'homes key test' "homes to redraw after fg"
e2e_keys q
e2e_wait_exit "after q"
e2e_expect_restored "suspend effect, fg, q"
