#!/usr/bin/env bash
# The settings file as an inspector meets it: homes with no path opens the settings'
# snapshots directory and the header says so; $HOMES_SNAPSHOTS wins over it; with
# neither the header says "bundled sample"; a broken file is reported with its path and
# line, homes still starts (with the settings it could read), and the file is untouched;
# sort:, columns: and meeting: are how the browser starts, the saved queries are listed
# in the query line, and a query kept there (Ctrl-K) is written into the settings file.
source "$(dirname "$0")/lib/tmux.bash"

config="$E2E_STATE/config/homes"
mkdir -p "$config" "$E2E_STATE/data"
cp "$E2E_ROOT/Resources/sample/ofsted-2022-03-31.json" "$E2E_STATE/data/"

e2e_start 80 24
e2e_run "clear; $HOMES"
e2e_wait_for '^ homes · bundled sample · 2 snapshots · as of 2023-08-31' "the sample when nothing is configured"
e2e_keys q
e2e_wait_exit "q"
pass "no settings: the bundled sample, said in the header"

printf '# mine\nsnapshots: ../../data\ncolour: false\n' >"$config/settings.yaml"
e2e_run "clear; $HOMES"
e2e_wait_for '^ homes · settings: .*/data · 1 snapshot · as of 2022-03-31' "the settings' snapshots directory"
e2e_keys q
e2e_wait_exit "q"
pass "snapshots: in the settings opens that directory, said in the header"

e2e_run "clear; HOMES_SNAPSHOTS='$E2E_ROOT/Resources/sample' $HOMES"
e2e_wait_for '^ homes · \$HOMES_SNAPSHOTS · 2 snapshots · as of 2023-08-31' "\$HOMES_SNAPSHOTS over the settings"
e2e_keys q
e2e_wait_exit "q"
pass "\$HOMES_SNAPSHOTS wins over the settings file"

broken=$'snapshots: ../../data\nmeeting: perhaps\nsort: [rating\n'
printf '%s' "$broken" >"$config/settings.yaml"
e2e_run "clear; $HOMES"
e2e_wait_for "^settings: $config/settings.yaml:4:1: not valid" "the broken file's path and line"
e2e_wait_for 'Press Enter to browse' "the wait before browsing"
e2e_keys Enter
e2e_wait_for '^ homes · bundled sample · 2 snapshots' "homes starting with the defaults"
e2e_keys q
e2e_wait_exit "q"
e2e_expect_restored "a broken settings file"
[ "$(cat "$config/settings.yaml")" = "${broken%$'\n'}" ] || [ "$(cat "$config/settings.yaml")" = "$broken" ] || fail "the broken settings file was changed"
pass "a broken settings file: reported with path and line, defaults used, the file untouched"

printf 'snapshots: ../../data\nmeeting: perhaps\n' >"$config/settings.yaml"
e2e_run "clear; $HOMES"
e2e_wait_for "^settings: $config/settings.yaml:2:10: meeting:" "a wrong value's line and column"
e2e_keys Enter
e2e_wait_for '^ homes · settings: .*/data · 1 snapshot' "the other settings still used"
e2e_keys q
e2e_wait_exit "q"
pass "a wrong value leaves only that setting at its default"

cat >"$config/settings.yaml" <<'YAML'
# mine
snapshots: ../../data
sort: places descending
columns: [urn, name, places, rating]
meeting: true
queries:
  leeds: "la:leeds"
YAML
e2e_run "clear; $HOMES"
e2e_wait_for 'MEETING MODE' "meeting: true starting meeting mode"
e2e_wait_for '^ URN +Name +(Pl\.|Places) ▼ +Rating *$' "columns: and sort: in the list's headings"
e2e_screen | grep -q 'Last visit\|Authority' && fail "a column not in columns: is shown"
pass "sort:, columns: and meeting: in the settings are how the browser starts"

e2e_keys /
e2e_keys Tab
e2e_wait_for '^ Saved queries · 1' "the saved-queries list"
e2e_wait_for '^  leeds +la:leeds' "the saved query from the settings file"
e2e_keys Enter
e2e_wait_for 'la:leeds' "the saved query recalled on the query line"
e2e_keys C-u
e2e_type "rating:good"
e2e_keys C-k
e2e_wait_for 'name' "the prompt for a name"
e2e_keys C-u
e2e_type "good ones"
e2e_keys Enter
e2e_wait_for 'Kept "good ones"' "the query kept"
grep -q '^  good ones: .*rating:good' "$config/settings.yaml" || fail "the kept query is not in the settings file: $(cat "$config/settings.yaml")"
grep -q '^  leeds: .*la:leeds' "$config/settings.yaml" || fail "the saved query already there was lost"
grep -q '^columns: \[urn, name, places, rating\]' "$config/settings.yaml" && grep -q '^# mine' "$config/settings.yaml" || fail "saving a query lost another setting or the comment: $(cat "$config/settings.yaml")"
e2e_keys Escape
e2e_keys q
e2e_wait_exit "q"
e2e_expect_restored "saving a query"
pass "a query kept with Ctrl-K in the query line lands in the settings file, beside the others"

printf 'meeting: perhaps\nqueries:\n  leeds: "la:leeds"\n' >"$config/settings.yaml"
before="$(cat "$config/settings.yaml")"
e2e_start 200 30
e2e_run "clear; $HOMES --no-color"
e2e_wait_for 'Press Enter to browse' "the wait before browsing"
e2e_keys Enter
e2e_wait_for '^ homes · bundled sample' "homes starting"
e2e_keys /
e2e_type "rating:good"
e2e_keys C-k
e2e_wait_for 'name' "the prompt for a name"
e2e_type "good"
e2e_keys Enter
e2e_wait_for 'Nothing saved: first fix .*/settings.yaml:1:10: meeting: expected true or false' "why the query was not saved, with the file and line"
[ "$(cat "$config/settings.yaml")" = "$before" ] || fail "a settings file with a problem was written"
e2e_keys Escape
e2e_keys q
e2e_wait_exit "q"
pass "saving into a settings file with a problem says where the problem is and writes nothing"
