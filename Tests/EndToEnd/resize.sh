#!/usr/bin/env bash
# Resizing the terminal redraws at once at the new size, down to tiny and back.
source "$(dirname "$0")/lib/tmux.bash"

e2e_start 80 24
e2e_run "$HOMES --key-test"
e2e_wait_for '^size 80x24' "homes at 80x24"
for size in 200x50 120x40 30x8 10x3 80x24; do
  tm resize-window -x "${size%x*}" -y "${size#*x}"
  if [ "$size" = 10x3 ]; then
    e2e_wait_for '^too small' "the too-small message at $size"
  else
    e2e_wait_for "^size $size" "a redraw at $size"
    [ "${size%x*}" -lt 40 ] ||
      e2e_wait_for "^event resize\\(width: ${size%x*}, height: ${size#*x}\\)" "the resize event at $size"
  fi
done
pass "resize 80x24 → 200x50 → 120x40 → 30x8 → 10x3 → 80x24"
e2e_keys q
e2e_wait_exit "after q"
e2e_expect_restored "q after resizing"
