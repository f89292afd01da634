#!/usr/bin/env bash
# scripts/install into a temporary prefix: the installed homes runs in tmux on the
# bundled sample it installed (not the clone's), its man page and completions are in
# place, --version answers, and scripts/uninstall removes exactly what was installed.
# Installs the debug build scripts/test has just built (HOMES_BUILD=release to try the
# release build, about three minutes more from scratch).
source "$(dirname "$0")/lib/tmux.bash"

prefix="$(mktemp -d "${TMPDIR:-/tmp}/homes-e2e-prefix.XXXXXX")"
trap 'e2e_cleanup; rm -rf "$E2E_STATE" "$prefix"' EXIT
# Something of the user's already in the prefix: uninstalling must leave it.
mkdir -p "$prefix/bin" "$prefix/share/man/man1"
echo "mine" >"$prefix/bin/other-tool"

HOMES_BUILD="${HOMES_BUILD:-debug}" "$E2E_ROOT/scripts/install" "$prefix" >"$E2E_STATE/install.log" 2>&1 \
  || { cat "$E2E_STATE/install.log" >&2; fail "scripts/install failed"; }
installed="$prefix/bin/homes"
[ -x "$installed" ] || fail "no $installed"
for f in share/man/man1/homes.1 share/bash-completion/completions/homes share/zsh/site-functions/_homes \
         share/fish/vendor_completions.d/homes.fish share/homes/sample/ofsted-2023-08-31.json; do
  [ -s "$prefix/$f" ] || fail "scripts/install did not install $f"
done
grep -q '^\.Dt HOMES 1' "$prefix/share/man/man1/homes.1" || fail "the man page is not a man page"
grep -q 'generate-completion' "$prefix/share/man/man1/homes.1" && fail "the man page shows ArgumentParser's hidden options"
grep -q '\.It Em query' "$prefix/share/man/man1/homes.1" || fail "the man page lacks the query command"
grep -q '^complete -c .*homes' "$prefix/share/fish/vendor_completions.d/homes.fish" || fail "the fish completions are empty"
pass "installed the binary, man page, completions and sample"

version="$("$installed" --version)"
grep -Eq '^homes [0-9]+\.[0-9]+\.[0-9]+$' <<<"$version" || fail "--version said: $version"
grep -q 'schema version 1' <<<"$version" || fail "--version does not name the snapshot format: $version"
pass "--version: $(echo "$version" | tr '\n' ' ')"

# The installed sample, not the clone's: validate names the files it read.
HOMES_SNAPSHOTS= XDG_CONFIG_HOME="$E2E_STATE/config" "$installed" validate >"$E2E_STATE/validate.out" 2>&1 \
  || fail "validate on the installed sample failed: $(cat "$E2E_STATE/validate.out")"
grep -q "^$prefix/share/homes/sample/ofsted-2023-08-31.json: snapshot of 2023-08-31" "$E2E_STATE/validate.out" \
  || fail "the installed homes did not read the installed sample: $(head -3 "$E2E_STATE/validate.out")"
pass "the installed homes reads the sample installed beside it"

e2e_start 80 24
e2e_run "cd / && PATH='$prefix/bin':\$PATH && homes"
e2e_wait_for '^ homes · bundled sample · 2 snapshots · as of 2023-08-31' "the installed browser on the sample"
e2e_wait_for ' [0-9,]+ open homes at ' "the list"
e2e_type "/"
e2e_type "leeds rating:inadequate"
e2e_keys Enter
e2e_wait_for ' [0-9]+ of [0-9,]+ open homes' "the query's answer"
e2e_keys q
e2e_wait_exit "q"
e2e_expect_restored "the installed homes"

"$E2E_ROOT/scripts/uninstall" "$prefix" >"$E2E_STATE/uninstall.log" 2>&1 || fail "scripts/uninstall failed: $(cat "$E2E_STATE/uninstall.log")"
left="$(cd "$prefix" && find . -mindepth 1 | sort | tr '\n' ' ')"
[ "$left" = "./bin ./bin/other-tool ./share ./share/man ./share/man/man1 " ] || fail "after uninstall the prefix holds: $left"
pass "scripts/uninstall removed exactly what was installed"
