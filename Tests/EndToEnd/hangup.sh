#!/usr/bin/env bash
# The terminal closed while homes is still loading a snapshot (SIGHUP, or the pane
# itself killed) ends the process at once and leaves the terminal as it was;
# SIGHUP while drawing is in quit-restores-terminal.sh.
source "$(dirname "$0")/lib/tmux.bash"

# The load is made long for certain, as in load-progress.sh: the sample is read from a
# pipe whose writer keeps it open, so homes has read the bytes and waits for the end.
work="$(mktemp -d "${TMPDIR:-/tmp}/homes-e2e-hangup.XXXXXX")"
feeder=""
stop_feeder() { [ -z "$feeder" ] || { kill "$feeder" 2>/dev/null || true; wait "$feeder" 2>/dev/null || true; }; feeder=""; }
trap 'e2e_cleanup; stop_feeder; rm -rf "$E2E_STATE" "$work"' EXIT
mkfifo "$work/snapshot.json"

# start_loading: runs homes on the held-open snapshot and returns once it is loading:
# its progress line is on the normal screen, and the browser has drawn nothing.
start_loading() {
  stop_feeder
  ( cat "$E2E_ROOT/Resources/sample/ofsted-2023-08-31.json"; sleep 60 ) >"$work/snapshot.json" &
  feeder=$!
  e2e_run "clear; $HOMES $work/snapshot.json; echo exit=\$?"
  e2e_wait_for '^Reading snapshots: ' "the progress line while loading"
  [ -n "$(e2e_homes_pid)" ] || fail "homes is not running while its progress line shows"
  [ "$(e2e_state)" = "0 1" ] || fail "the browser took the screen before the load ended"
}

e2e_start 80 24

# SIGHUP mid-load: the default action ends the process (no handler is needed before
# curses starts, and none must swallow it); the shell reports exit 129.
start_loading
pid="$(e2e_homes_pid)"
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
