#!/usr/bin/env bash
# Every way out of homes leaves the terminal usable: q and Esc from the list, Q from a
# nested screen, Ctrl-C, SIGTERM, SIGHUP, the signals a crash raises (SEGV, ABRT, ILL …),
# which the handlers restore then re-raise, and a snapshot that cannot be loaded.
source "$(dirname "$0")/lib/tmux.bash"

open_homes() {
  e2e_run "$HOMES"
  e2e_wait_for ' [0-9,]+ (of [0-9,]+ )?(open )?homes' "homes to open"
  [ "$(e2e_state)" = "1 1" ] || [ "$(e2e_state)" = "1 0" ] || fail "homes is not in the alternate screen ($(e2e_state))"
}

e2e_start 80 24

open_homes
e2e_keys q
e2e_wait_exit "after q"
e2e_expect_restored "q"

# Esc on the list never quits (it clears a query); q after it does.
open_homes
e2e_keys Escape
# Still running and past the Esc: the help opens over the list, and q closes it.
e2e_keys '?'
e2e_wait_for '^ Help' "the help after Esc on the list (did Esc quit?)"
[ -n "$(e2e_homes_pid)" ] || fail "Esc on the list quit the browser"
e2e_keys q
e2e_wait_gone '^ Help' "the help to close"
e2e_keys q
e2e_wait_exit "after Esc then q"
e2e_expect_restored "Esc (stays), then q"

open_homes
e2e_keys Enter
e2e_wait_for '^ Home$' "a home's detail"
e2e_keys '?'
e2e_wait_for '^ Help' "the help over the detail"
e2e_keys Q
e2e_wait_exit "after Q"
e2e_expect_restored "Q from the help over a detail"

open_homes
e2e_keys / 
e2e_type "ac"
e2e_keys C-c
e2e_wait_exit "after Ctrl-C"
e2e_expect_restored "Ctrl-C"

for signal in TERM HUP SEGV ABRT ILL BUS FPE TRAP; do
  open_homes
  pid="$(e2e_homes_pid)"
  [ -n "$pid" ] || fail "no homes process found"
  kill "-$signal" "$pid"
  case $signal in
    TERM|HUP) ;;
    *)
      # A crash signal goes on to the Swift runtime's backtracer, which prints on the
      # restored terminal and, on a terminal, offers to interact: any key ends it.
      e2e_wait_for 'Program crashed' "the backtrace after kill -$signal"
      e2e_wait_for 'Press space to interact' "the backtracer's prompt"
      [ "$(e2e_state)" = "0 1" ] || fail "kill -$signal: the backtrace was printed before the terminal was restored ($(e2e_state))"
      e2e_keys q
      ;;
  esac
  e2e_wait_exit "after kill -$signal"
  e2e_expect_restored "kill -$signal"
  e2e_run clear
done

# A snapshot that cannot be loaded: the error is printed on the normal screen (the
# terminal is never taken over), exit code 2.
printf '{"metadata": {' > "/tmp/homes-e2e-$$-broken.json"
e2e_run "clear; $HOMES /tmp/homes-e2e-$$-broken.json; echo exit=\$?"
e2e_wait_for '^exit=2$' "exit code 2 for a broken snapshot"
e2e_screen | grep -q "homes-e2e-$$-broken.json:1:" || fail "the load error does not name the file and place"
rm -f "/tmp/homes-e2e-$$-broken.json"
e2e_expect_restored "a snapshot that cannot be loaded"
