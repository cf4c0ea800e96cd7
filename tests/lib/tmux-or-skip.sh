# Sourced by the tests that drive a terminal with tmux (tests/repl,
# tests/nodes): exits 77 (ctest's skip) when tmux is missing or cannot open
# a pseudo-terminal here (no /dev/pts, as in some chroots).
if ! command -v tmux > /dev/null; then
  echo "tmux is not installed: skipped"
  exit 77
fi
probe="vial-pty-probe-$$"
if ! env -u TMUX tmux -L "$probe" -f /dev/null new-session -d true 2> /dev/null; then
  echo "tmux cannot open a terminal here (no pseudo-terminals): skipped"
  exit 77
fi
env -u TMUX tmux -L "$probe" kill-server 2> /dev/null
