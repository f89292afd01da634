#!/usr/bin/env bash
# Pasting into the browser (issue 12): a paste is text, never commands, and settles
# promptly however long. The terminal brackets a paste once homes asks it to
# (ESC [?2004h): tmux's paste-buffer -p sends it so. Keys sent as fast as tmux can
# (send-keys -l, no brackets) are drained and handled as one batch.
source "$(dirname "$0")/lib/tmux.bash"

open_homes() {
  e2e_run "$HOMES"
  e2e_wait_for ' [0-9,]+ open homes' "homes to open"
}

# millis: a monotonic-enough clock for the settle times printed.
millis() { date +%s%3N; }

e2e_start 80 24
open_homes

# A bracketed paste on the list: "quality" would quit at its q and "c" open the changes
# if taken as keys. It opens the query line with the text instead, lines joined by spaces.
tm set-buffer -b homes -- "$(printf 'quality\nla:leeds')"
tm paste-buffer -p -b homes
e2e_wait_for '^/ quality la:leeds' "the pasted lines on the query line, joined by a space"
e2e_wait_for '0 of 3,999 open homes' "the pasted query's count"
[ -n "$(e2e_homes_pid)" ] || fail "the pasted q quit the browser"
pass "a paste on the list is a query, not keys (q did not quit, newline ran nothing)"

# 2,000 characters pasted into the open query line: 222 times "la:leeds " and 2 spaces.
e2e_keys C-u
e2e_wait_for '^/ *$' "an empty query line"
text="$(printf 'la:leeds %.0s' $(seq 222))  "
[ ${#text} -eq 2000 ] || fail "the paste is ${#text} characters, not 2,000"
tm set-buffer -b homes -- "$text"
started=$(millis)
tm paste-buffer -p -b homes
e2e_wait_for ' of 35 matching' "the 2,000-character paste's result"
settled=$(($(millis) - started))
[ -n "$(e2e_homes_pid)" ] || fail "the browser ended during the paste"
pass "a bracketed paste of 2,000 characters settled in ${settled} ms (polling every 50 ms included)"

# The same 2,000 characters as keys, unbracketed, as a terminal without bracketed paste
# would send them: drained into batches, one query each.
e2e_keys C-u
e2e_wait_for '^/ *$' "an empty query line"
started=$(millis)
e2e_type "$text"
e2e_wait_for ' of 35 matching' "the 2,000 typed characters' result"
settled=$(($(millis) - started))
[ $settled -lt 5000 ] || fail "2,000 characters sent as keys took ${settled} ms to settle"
pass "2,000 characters sent as keys settled in ${settled} ms"

# Enter keeps the query; Esc on the list then clears it: the paste left nothing pending.
e2e_keys Enter
e2e_wait_gone '^/ ' "the query line to close"
e2e_keys Escape
e2e_wait_for ' 3,999 open homes' "the whole list after Esc"

# The children's own / line takes a paste as one batch too: 2,000 characters of
# "moves>=1 " list the children `homes children 'moves>=1'` counts.
moved="$("$HOMES" children 'moves>=1' | tail -n 1 | awk '{print $1}')"
e2e_keys C
e2e_wait_for '^ Children · ' "the children list"
e2e_keys /
children_text="$(printf 'moves>=1 %.0s' $(seq 222))  "
tm set-buffer -b homes -- "$children_text"
started=$(millis)
tm paste-buffer -p -b homes
e2e_wait_for " $moved of [0-9,]+ children" "the children's paste's result"
settled=$(($(millis) - started))
e2e_keys Escape
e2e_wait_gone " $moved of [0-9,]+ children" "Esc to restore every child"
e2e_keys q
e2e_wait_for ' 3,999 open homes' "back to the list"
pass "a paste of 2,000 characters into the children's line settled in ${settled} ms on $moved children"

e2e_keys q
e2e_wait_exit "q after the pastes"
e2e_expect_restored "q after the pastes"

# Bracketed paste is turned off on every way out: `cat -v` run straight after homes (the
# shell does not touch the terminal in between) shows a paste without ESC [200~ marks.
for way in q TERM; do
  e2e_run "$HOMES; cat -v"
  e2e_wait_for ' [0-9,]+ open homes' "homes to open before $way"
  if [ "$way" = q ]; then e2e_keys q; else kill -TERM "$(e2e_homes_pid)"; fi
  e2e_wait_gone ' [0-9,]+ open homes' "homes to end ($way)"
  tm set-buffer -b homes -- "probe-$way"
  tm paste-buffer -p -b homes
  e2e_keys Enter
  e2e_wait_for "^probe-$way\$" "the probe pasted after $way"
  e2e_screen | grep -q '200~' && fail "bracketed paste left on after $way"
  e2e_keys C-d
  e2e_wait_for '^\$ ?$' "the shell prompt after cat"
  pass "bracketed paste turned off after $way"
done
