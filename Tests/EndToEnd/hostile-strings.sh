#!/usr/bin/env bash
# Names, organisations and child references full of terminal attacks and naughty strings
# (fixtures/terminal-attacks.json, then fixtures/blns.json) draw as text: the terminal
# never receives a control. Checked on every page of the list, in details and a journey,
# at 100x30 and 200x50: the title, modes and cursor stay as homes set them, the screen
# keeps its shape (header first, status last), columns stay aligned (display width of
# each row up to its last column), and after quitting no attribute is left on.
source "$(dirname "$0")/lib/tmux.bash"
command -v jq >/dev/null || { echo "hostile-strings: jq is needed (scripts/install-deps installs it)" >&2; exit 1; }

HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d /tmp/homes-e2e-hostile.XXXXXX)"
trap 'e2e_cleanup; rm -rf "$WORK"' EXIT
SNAPSHOT="$WORK/hostile.json"
SAMPLE="${HOMES_SAMPLE:-$E2E_ROOT/Resources/sample/ofsted-2023-08-31.json}"

# Every string lands somewhere: home i is named after string i and its organisation is
# string (n-1-i); the first placements get the attacks as child references.
jq --slurpfile blns "$HERE/fixtures/blns.json" --slurpfile attacks "$HERE/fixtures/terminal-attacks.json" '
  ($attacks[0] + $blns[0]) as $s
  | .homes |= [to_entries[] | .value + (if .key < ($s | length)
      then {name: $s[.key], organisation: $s[($s | length) - 1 - .key]} else {} end)]
  | .placements |= [to_entries[] | .value + (if .key < ($attacks[0] | length)
      then {child: $attacks[0][.key]} else {} end)]
' "$SAMPLE" > "$SNAPSHOT"
homes_total="$(jq '.homes | length' "$SNAPSHOT")"
homes_count="$(e2e_count "$homes_total")"
strings_count="$(jq '. | length' "$HERE/fixtures/blns.json")"
[ "$homes_total" -ge 100 ] || fail "the sample has only $homes_count homes"

# What tmux reports while homes shows a clean snapshot: the reference for the hostile one.
flags() { tm display -p '#{pane_title}|#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{insert_flag} #{origin_flag} #{wrap_flag} #{keypad_flag}'; }

# check_screen WHERE HEIGHT: the terminal state and the shape of the screen.
check_screen() {
  local where="$1" height="$2" now lines
  now="$(flags)"
  [ "$now" = "$REFERENCE" ] || fail "$where: the terminal changed: '$now', expected '$REFERENCE' (title|alt cursor mouse insert origin wrap keypad)"
  lines="$(e2e_screen | wc -l)"
  [ "$lines" -eq "$height" ] || fail "$where: the screen has $lines lines, expected $height"
}

# check_aligned WHERE: in the list, every row reaches its last column (a date or
# "never") at the same display width, so no name pushed or pulled the columns.
check_aligned() {
  local widths
  widths="$(e2e_screen | grep -E '^ (SC[0-9]{6}|[0-9]{6,7}) ' | sed -E 's/([0-9]{4}-[0-9]{2}-[0-9]{2}|never)$//' |
    while IFS= read -r row; do printf '%s\n' "$row" | wc -L; done | sort -u)"
  [ "$(printf '%s\n' "$widths" | wc -l)" -eq 1 ] || fail "$where: the last column starts at different widths: $(echo $widths)"
}

for size in 100x30 200x50; do
  width=${size%x*} height=${size#*x}
  e2e_start "$width" "$height"
  e2e_run "$HOMES"
  e2e_wait_for ' [0-9,]+ open homes at ' "the clean sample at $size"
  REFERENCE="$(flags)"
  e2e_keys q
  e2e_wait_exit "q on the clean sample"

  e2e_run "clear; $HOMES $SNAPSHOT"
  # The list holds the homes open at the snapshot date (closed ones need status:any).
  e2e_wait_for ' [0-9,]+ open homes at ' "the hostile snapshot at $size"
  open_count="$(e2e_screen | grep -Eo ' [0-9,]+ open homes at' | awk '{print $1}')"
  open_total="${open_count//,/}"
  pages=$(( (open_total + height - 4) / (height - 3) ))
  for page in $(seq 1 "$pages"); do
    check_screen "$size list page $page" "$height"
    check_aligned "$size list page $page"
    e2e_screen | head -n 1 | grep -q '^ homes · hostile.json' || fail "$size page $page: the header moved"
    e2e_screen | tail -n 1 | grep -Eq " $open_count open homes at " || fail "$size page $page: the status line moved"
    [ "$page" -lt "$pages" ] && e2e_press PageDown
  done
  pass "$size: $pages pages of the list ($open_count open of $homes_count homes named from $strings_count naughty strings and the attacks)"

  # Details of the first homes (attack names) and of the homes holding attack children.
  e2e_keys g
  for n in 1 2 3 4 5 6 7 8; do
    e2e_keys Enter
    e2e_wait_for '^ Home$' "detail $n"
    check_screen "$size detail $n" "$height"
    e2e_press G
    check_screen "$size detail $n (end)" "$height"
    e2e_keys Escape Down
    e2e_wait_for " $open_count open homes at " "back to the list"
  done
  for urn in $(jq -r '.placements[0:6][].home' "$SNAPSHOT" | sort -u); do
    e2e_keys /
    e2e_type "$urn status:any"
    e2e_wait_for " 1 of $homes_count homes, any status" "the search for $urn (open or closed)"
    e2e_keys Enter Enter
    e2e_wait_for '^ Home$' "the detail of $urn"
    e2e_keys G
    e2e_wait_for '^ ([0-9]+)/\1 ' "the last line (a placement) of $urn"
    check_screen "$size detail of $urn" "$height"
    e2e_keys Enter
    e2e_wait_for '^ Child .*journey' "a journey from $urn"
    check_screen "$size journey from $urn" "$height"
    e2e_keys Escape Escape
    e2e_keys / C-u Enter
    e2e_wait_for " $open_count open homes at " "the whole list again"
  done
  pass "$size: details and journeys"

  e2e_keys q
  e2e_wait_exit "q on the hostile snapshot"
  e2e_expect_restored "$size: quit after the hostile snapshot"
  if tm capture-pane -p -e | grep -q $'\e\\[[0-9;]*[1-9][0-9;]*m'; then
    fail "$size: attributes left on after quitting: $(tm capture-pane -p -e | grep $'\e' | cat -v | head -3)"
  fi
  [ "$(flags)" = "${REFERENCE%%|*}|0 1 0 0 0 1 0" ] || fail "$size: after quitting tmux reports '$(flags)'"
done
