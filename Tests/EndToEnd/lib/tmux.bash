# Shared helpers for the end-to-end tests: drive the real `homes` binary in a private
# tmux server, read the screen back, and check the terminal is restored afterwards.
# Sourced by Tests/EndToEnd/*.sh (this file is not a test: scripts/test runs only *.sh).
#
# Every test gets its own tmux socket (-L homes-e2e-$$, with a number for each fresh
# session, so a server still shutting down never meets its successor) and kills it on exit,
# so tests never touch a user's tmux and leave nothing running. Waits poll the screen
# with a timeout instead of sleeping a fixed time.

set -euo pipefail

E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
HOMES="${HOMES:-$E2E_ROOT/.build/debug/homes}"
E2E_SOCKET="homes-e2e-$$"
E2E_SESSIONS=0
E2E_NAME="$(basename "$0" .sh)"
E2E_TIMEOUT="${E2E_TIMEOUT:-10}"
# The browser keeps its query history in $XDG_STATE_HOME/homes/history and reads its
# settings from $XDG_CONFIG_HOME/homes/settings.yaml: each test gets its own of both
# (config/ inside the state folder), removed on exit, so tests neither read nor write a
# user's history or settings.
E2E_STATE="$(mktemp -d "${TMPDIR:-/tmp}/homes-e2e-state.XXXXXX")"

if [ ! -x "$HOMES" ]; then
  echo "$E2E_NAME: $HOMES is missing; run 'swift build' first" >&2
  exit 1
fi
if ! command -v tmux >/dev/null; then
  echo "$E2E_NAME: tmux is not installed (scripts/install-deps installs it)" >&2
  exit 1
fi

tm() { tmux -L "$E2E_SOCKET" "$@"; }

# Kills this test's server and removes its socket (tmux leaves the file behind).
e2e_cleanup() {
  tm kill-server >/dev/null 2>&1 || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$E2E_SOCKET" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$E2E_SOCKET.lock"
}
trap 'e2e_cleanup; rm -rf "$E2E_STATE"' EXIT

# fail MESSAGE: print what went wrong and the screen as it is, then stop the test.
fail() {
  echo "FAIL [$E2E_NAME]: $*" >&2
  echo "---- screen ----" >&2
  tm capture-pane -p >&2 2>/dev/null || true
  echo "----------------" >&2
  exit 1
}

pass() { echo "ok   [$E2E_NAME] $*"; }

# e2e_start WIDTH HEIGHT: a fresh session running a plain bash with a short prompt,
# in a UTF-8 locale and without NO_COLOR unless a test sets it.
e2e_start() {
  e2e_cleanup
  E2E_SESSIONS=$((E2E_SESSIONS + 1))
  E2E_SOCKET="homes-e2e-$$-$E2E_SESSIONS"
  tm -f /dev/null new-session -d -x "$1" -y "$2" -e LANG=C.UTF-8 -e LC_ALL= \
    "env -u NO_COLOR PS1='$ ' HOME=/tmp XDG_STATE_HOME='$E2E_STATE' XDG_CONFIG_HOME='$E2E_STATE/config' bash --norc --noprofile"
  tm set-option -g window-size manual >/dev/null
  e2e_wait_for '^\$' "the shell prompt"
}

# e2e_type TEXT: types TEXT literally (no key names).
e2e_type() { tm send-keys -l -- "$1"; }
# e2e_keys KEY…: sends tmux key names (Enter, Escape, C-c, Up, BTab …).
e2e_keys() { tm send-keys "$@"; }
# e2e_run COMMAND: types a shell command and Enter.
e2e_run() { e2e_type "$1"; e2e_keys Enter; }

e2e_screen() { tm capture-pane -p; }

# e2e_count N: N as the browser shows counts (4006 → 4,006).
e2e_count() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta'; }

# e2e_wait_for REGEX [WHAT]: waits until the screen matches the extended regex.
e2e_wait_for() {
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while ! tm capture-pane -p 2>/dev/null | grep -Eq -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "timed out waiting for ${2:-/$1/}"
    sleep 0.05
  done
}

# e2e_press KEY…: sends tmux key names and waits until the screen, styles included (a
# moved selection counts), differs from before: for keys whose effect has no text of
# its own to wait for (PageDown, G, Tab). Fails if nothing changes.
e2e_press() { e2e_after tm send-keys "$@"; }

# e2e_after COMMAND…: runs the command (a key, a click typed into the pane) and waits
# until the screen, styles included, differs from before. Fails if nothing changes.
e2e_after() {
  local before
  before="$(tm capture-pane -p -e)"
  "$@"
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while [ "$(tm capture-pane -p -e 2>/dev/null)" = "$before" ]; do
    [ $SECONDS -lt $deadline ] || fail "the screen did not change after $*"
    sleep 0.05
  done
}

# e2e_wait_for_styled REGEX [WHAT]: e2e_wait_for on the screen with its escape
# sequences (for a selection shown in reverse video).
e2e_wait_for_styled() {
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while ! tm capture-pane -p -e 2>/dev/null | grep -Eq -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "timed out waiting for ${2:-/$1/}"
    sleep 0.05
  done
}

# e2e_wait_gone REGEX [WHAT]: waits until nothing on screen matches.
e2e_wait_gone() {
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while tm capture-pane -p 2>/dev/null | grep -Eq -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "timed out waiting for ${2:-/$1/} to go"
    sleep 0.05
  done
}

# e2e_state: "ALTERNATE CURSOR" as tmux sees the terminal: "0 1" is restored.
e2e_state() { tm display -p '#{alternate_on} #{cursor_flag}'; }

# e2e_homes_pid: the pid of homes running in the pane (the shell's child).
e2e_homes_pid() {
  local shell_pid
  shell_pid="$(tm display -p '#{pane_pid}')"
  ps -o pid= --ppid "$shell_pid" | tr -d ' ' | head -n 1
}

# e2e_expect_restored HOW: after homes ended, the alternate screen is off, the cursor
# visible, echo and line editing back: a typed command runs and shows its output.
e2e_expect_restored() {
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while [ "$(e2e_state)" != "0 1" ]; do
    [ $SECONDS -lt $deadline ] || fail "$1: terminal not restored (alternate_on cursor_flag = $(e2e_state))"
    sleep 0.05
  done
  local token="restored-$RANDOM$RANDOM"
  e2e_run "echo $token | tr a-z A-Z"
  e2e_wait_for "^${token^^}\$" "$1: a usable shell prompt"
  # The typed command itself must have been echoed (stty echo is back).
  e2e_screen | grep -q -- "echo $token" || fail "$1: the shell does not echo what is typed"
  pass "$1: terminal restored"
}

# e2e_wait_exit: waits until homes is no longer running in the pane.
e2e_wait_exit() {
  local deadline=$((SECONDS + E2E_TIMEOUT))
  while [ -n "$(e2e_homes_pid)" ]; do
    [ $SECONDS -lt $deadline ] || fail "homes did not exit: $1"
    sleep 0.05
  done
}
