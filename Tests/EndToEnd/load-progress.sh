#!/usr/bin/env bash
# A long load shows a progress line on the normal screen before the browser takes over,
# and Ctrl-C during the load ends homes at once (exit 130) with the line erased and the
# terminal as the shell left it. The load is made long for certain by reading the sample
# from a pipe whose writer keeps it open: homes has read the bytes and waits for the end.
# Without a terminal on stderr no progress line is written.
source "$(dirname "$0")/lib/tmux.bash"

work="$(mktemp -d "${TMPDIR:-/tmp}/homes-e2e-progress.XXXXXX")"
feeder=""
trap 'e2e_cleanup; [ -z "$feeder" ] || kill "$feeder" 2>/dev/null || true; rm -rf "$E2E_STATE" "$work"' EXIT
mkfifo "$work/snapshot.json"
( cat "$E2E_ROOT/Resources/sample/ofsted-2023-08-31.json"; sleep 60 ) >"$work/snapshot.json" &
feeder=$!

e2e_start 80 24
e2e_run "clear; $HOMES $work/snapshot.json; echo exit=\$?"
e2e_wait_for '^Reading snapshots: [0-9.]+ MB · [0-9.]+ s' "the progress line while loading"
started=$SECONDS
e2e_keys C-c
e2e_wait_for '^exit=130' "homes ending on Ctrl-C"
[ $((SECONDS - started)) -le 2 ] || fail "Ctrl-C took $((SECONDS - started)) s to end the load"
e2e_screen | grep -q 'Reading snapshots' && fail "the progress line was left on the screen"
e2e_expect_restored "Ctrl-C during a load"
kill "$feeder" 2>/dev/null || true
wait "$feeder" 2>/dev/null || true

# Not a terminal: the same slow load into a file prints no progress line.
( cat "$E2E_ROOT/Resources/sample/ofsted-2023-08-31.json"; sleep 1 ) >"$work/snapshot.json" &
feeder=$!
"$HOMES" query 'la:leeds' "$work/snapshot.json" >"$work/out" 2>"$work/err" || fail "homes query on a pipe failed: $(cat "$work/err")"
grep -q 'Reading' "$work/err" && fail "a progress line went into a file: $(cat -v "$work/err")"
grep -q 'Leeds' "$work/out" || fail "the query found nothing: $(head -3 "$work/out")"
pass "no progress line when stderr is not a terminal"
