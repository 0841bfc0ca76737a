# shellcheck shell=sh
# Sourced by releng/build.sh: the lab server tests run against a real PostgreSQL that they start themselves with
# releng/scripts/lab-server.sh, so the server binaries must be installed (Debian's postgresql package).
# Installs it when we may (root + apt-get); otherwise stops with one line saying what to do.
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "vivarium: installing postgresql (apt-get) for the lab server tests ..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 || {
      echo "vivarium: could not install postgresql: run 'sudo apt-get install postgresql' and try again." >&2; exit 1; }
  else
    echo "vivarium: missing postgresql (the lab server tests need it): run 'sudo apt-get install postgresql' and try again." >&2
    exit 1
  fi
fi
