#!/usr/bin/env bash
# The terminal closed while homes is still loading a large snapshot (SIGHUP, or the
# pane itself killed) ends the process at once and leaves the terminal as it was;
# SIGHUP while drawing is in quit-restores-terminal.sh.
source "$(dirname "$0")/lib/tmux.bash"

big="$(mktemp -d "${TMPDIR:-/tmp}/homes-e2e-hangup.XXXXXX")"
trap 'e2e_cleanup; rm -rf "$E2E_STATE" "$big"' EXIT
# Large enough that the load takes a noticeable time in a debug build.
"$HOMES" generate --homes 12000 --placements-per-home 40 --seed 2 --out "$big/national.json" >/dev/null \
  || fail "could not generate the snapshot"

# start_loading: runs homes on the big snapshot and returns once its process exists,
# before the browser has drawn anything (checked: the screen is not yet alternate).
start_loading() {
  e2e_run "clear; $HOMES $big/national.json; echo exit=\$?"
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while [ -z "$(e2e_homes_pid)" ]; do
    [ $SECONDS -lt $deadline ] || fail "homes did not start"
    sleep 0.01
  done
}

e2e_start 80 24

# SIGHUP mid-load: the default action ends the process (no handler is needed before
# curses starts, and none must swallow it); the shell reports exit 129.
start_loading
pid="$(e2e_homes_pid)"
[ "$(e2e_state)" = "0 1" ] || echo "note [hangup]: the load finished before the signal; the drawing case is checked instead"
kill -HUP "$pid"
e2e_wait_for '^exit=129$' "exit 129 (SIGHUP) mid-load"
e2e_expect_restored "SIGHUP while loading"

# The pane itself closed mid-load (what closing a terminal window does): nothing of
# homes is left running.
start_loading
pid="$(e2e_homes_pid)"
tm kill-pane -t 0 2>/dev/null || tm kill-server
deadline=$((SECONDS + E2E_TIMEOUT))
while kill -0 "$pid" 2>/dev/null; do
  [ $SECONDS -lt $deadline ] || fail "homes (pid $pid) still running after its terminal was closed mid-load"
  sleep 0.05
done
pass "terminal closed while loading: homes ended"

# The same once the browser is drawing: the terminal closed under it ends it too.
e2e_start 80 24
e2e_run "$HOMES"
e2e_wait_for ' [0-9,]+ (of [0-9,]+ )?(open )?homes' "homes to open"
pid="$(e2e_homes_pid)"
tm kill-server
deadline=$((SECONDS + E2E_TIMEOUT))
while kill -0 "$pid" 2>/dev/null; do
  [ $SECONDS -lt $deadline ] || fail "homes (pid $pid) still running after its terminal was closed while drawing"
  sleep 0.05
done
pass "terminal closed while drawing: homes ended"
