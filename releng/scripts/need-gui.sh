# shellcheck shell=sh
# Sourced by releng/build.sh and vivarium: makes sure SWT can open windows here.
#  - SWT on Linux needs GTK 3 (libgtk-3-0);
#  - without $DISPLAY it needs a virtual X server (xvfb-run).
# Installs the missing Debian packages when we may (root + apt-get); otherwise stops with one line saying what to do.
_vivarium_pkgs=""
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || _vivarium_pkgs="libgtk-3-0 fonts-dejavu-core"
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then _vivarium_pkgs="$_vivarium_pkgs xvfb xauth"; fi
if [ -n "$_vivarium_pkgs" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "vivarium: installing$(printf ' %s' $_vivarium_pkgs) (apt-get) for the SWT user interface ..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $_vivarium_pkgs; } >/dev/null 2>&1 || {
      echo "vivarium: could not install them: run 'sudo apt-get install$(printf ' %s' $_vivarium_pkgs)' and try again." >&2; exit 1; }
  else
    echo "vivarium: missing$(printf ' %s' $_vivarium_pkgs): run 'sudo apt-get install$(printf ' %s' $_vivarium_pkgs)' and try again." >&2
    exit 1
  fi
fi
unset _vivarium_pkgs
