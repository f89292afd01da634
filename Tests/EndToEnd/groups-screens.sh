#!/usr/bin/env bash
# Issue 10's questions on the bundled sample, at 80x24 and 200x50, each answered on
# screen and checked against the command line:
# - "how are this owner's homes rated?": S, Tab Tab (owner), / hexagon, Enter narrows
#   the list to the owner's homes (as many as the summary's Homes);
# - "how many places does Leeds have and how many of its children live elsewhere?":
#   the authority card from the summary (a) says what `homes authority leeds` says;
# - "which children moved twice or more this year?": C, / moves>=2, as many rows as
#   `homes children 'moves>=2'`.
# Then the commands alone: summary's CSV header and totals, one child per row.
source "$(dirname "$0")/lib/tmux.bash"

sample="$E2E_ROOT/Resources/sample"
open_homes="$("$HOMES" query "$sample" | tail -n 1 | awk '{print $1}' | tr -d ,)"

tour() {
  local width=$1 height=$2
  e2e_start "$width" "$height"
  e2e_run "$HOMES $sample 2>/dev/null"
  e2e_wait_for " $(e2e_count "$open_homes") open homes at " "the list at ${width}x$height"

  # The owner's homes, rated.
  e2e_keys S
  e2e_wait_for '^ Summary by local authority · [0-9,]+ groups' "the summary by authority"
  e2e_keys Tab Tab
  e2e_wait_for '\[Owner\]' "the summary by owner"
  e2e_keys /
  e2e_type 'hexagon'
  e2e_wait_for '^ Hexagon Care Serv' "Hexagon's group narrowed by /"
  local row homes
  row="$(e2e_screen | grep -E '^ Hexagon Care Serv' | head -n 1)"
  homes="$(echo "$row" | sed -E 's/^ Hexagon[^0-9]* +([0-9,]+) .*/\1/')"
  echo "$row" | grep -Eq '[█▓▒░]' || fail "no rating mix bar on Hexagon's row"
  pass "${width}x$height: Hexagon's row: $homes homes with a rating mix"
  e2e_keys Enter Enter
  e2e_wait_for "query: owned-by:\"Hexagon Care Services" "the list narrowed to the owner"
  e2e_wait_for "( $homes of | of $homes matching · )$(e2e_count "$open_homes") open homes" "as many homes as the summary said ($homes)"
  pass "${width}x$height: Enter narrows the list to the owner's $homes homes"

  # Leeds: places and children elsewhere, as the command line says.
  e2e_keys / C-u
  e2e_keys Enter
  e2e_keys S /
  e2e_type 'leeds'
  e2e_wait_for '^ Leeds ' "Leeds in the summary"
  e2e_keys Enter a
  e2e_wait_for '^ Leeds \(E08000035\)  ·  authority card' "Leeds's card"
  local places elsewhere
  places="$("$HOMES" authority leeds "$sample" | grep -E '^  Places ' | awk '{print $2}')"
  elsewhere="$("$HOMES" authority leeds "$sample" | grep -E '^    elsewhere ' | awk '{print $2}')"
  e2e_wait_for "^  Places +$places\$" "Leeds's places ($places)"
  e2e_wait_for "^    elsewhere +$elsewhere " "Leeds's children placed elsewhere ($elsewhere)"
  pass "${width}x$height: Leeds has $places places and $elsewhere children placed elsewhere, as 'homes authority' says"
  e2e_keys q q
  e2e_wait_for ' open homes' "back to the list"

  # Children who moved twice or more this year.
  local moved
  moved="$("$HOMES" children 'moves>=2' "$sample" | tail -n 1 | awk '{print $1}')"
  e2e_keys C
  e2e_wait_for '^ Children · ' "the children list"
  e2e_keys /
  e2e_type 'moves>=2'
  e2e_keys Enter
  e2e_wait_for " $moved of [0-9,]+ children · sort: Moves 12m" "$moved children who moved twice or more"
  e2e_keys Enter
  e2e_wait_for '^ Child C[0-9]+  ·  journey' "a child's journey"
  e2e_wait_for '^  Moves +[0-9]+ in all, 2 in the last 12 months' "two moves in the journey"
  pass "${width}x$height: $moved children moved twice or more; Enter opens a journey with 2 moves"
  e2e_keys q q
  e2e_wait_for ' open homes' "back to the list"
  e2e_keys Q
  e2e_wait_exit "after Q"
  e2e_expect_restored "${width}x$height: Q from the list"
}

tour 80 24
tour 200 50

# The commands alone.
header="$("$HOMES" summary "$sample" --by authority --format csv | head -n 1 | tr -d '\r')"
[[ "$header" == group,homes,places,outstanding,good,ri,inadequate,none* ]] || fail "summary CSV header: $header"
total="$("$HOMES" summary "$sample" --by region --format json | jq '[.[].homes] | add')"
[ "$total" = "$open_homes" ] || fail "summary by region adds up to $total, the list has $open_homes"
children="$("$HOMES" children "$sample" --format json | jq length)"
distinct="$("$HOMES" children "$sample" --format csv | tail -n +2 | cut -d, -f1 | sort -u | wc -l)"
[ "$children" = "$distinct" ] || fail "homes children printed $children rows for $distinct distinct references"
pass "commands: CSV header, summary totals $total = the list, $children rows for $children children"
"$HOMES" authority lesds "$sample" >/dev/null 2>"$E2E_ROOT/.build/e2e-authority.err" && fail "a misspelt authority exited 0"
grep -q 'Nearest names: Leeds' "$E2E_ROOT/.build/e2e-authority.err" || fail "no nearest names for 'lesds'"
rm -f "$E2E_ROOT/.build/e2e-authority.err"
pass "commands: 'homes authority lesds' suggests Leeds"
