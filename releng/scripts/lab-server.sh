#!/bin/bash
# A private PostgreSQL lab server on this machine (for trying the lab server out, and for the tests).
#
#   releng/scripts/lab-server.sh start DIR [--port P]   initdb into DIR/data, start on 127.0.0.1 (a free port unless
#                                                       --port), make the database "vivarium"; the superuser password
#                                                       is kept in DIR/password and DIR/pgpass (mode 0600); the LAST
#                                                       output line is the lab URL postgresql://postgres@127.0.0.1:P/vivarium
#   releng/scripts/lab-server.sh stop DIR               fast shutdown (the data stays in DIR; delete DIR to drop it)
#
# Needs Debian's postgresql package: installed with apt-get when missing and we are root, else one line says what to
# install. PostgreSQL refuses to run as root, so as root initdb/pg_ctl run as the OS user postgres (made by the
# package); DIR must then be reachable by that user (e.g. under /tmp). Loopback only, scram-sha-256 passwords for
# every connection, the socket in DIR (no clash with a system cluster).
set -euo pipefail

usage() { echo "usage: lab-server.sh start DIR [--port P] | stop DIR" >&2; exit 1; }
cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || usage
shift 2
port=
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || usage; port=$2; shift 2 ;;
    --port=*) port=${1#--port=}; shift ;;
    *) echo "lab-server.sh: unexpected argument '$1'" >&2; usage ;;
  esac
done
if [ -n "$port" ] && ! { [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ]; }; then
  echo "lab-server.sh: --port must be a number from 1024 to 65535, not '$port'" >&2; exit 1
fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BINDIR=${PG_BINDIR:-$(bindir)}
if [ "$cmd" = start ] && [ ! -x "$PG_BINDIR/pg_ctl" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "lab-server.sh: installing postgresql (apt-get) ..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 || {
      echo "lab-server.sh: could not install postgresql: run 'sudo apt-get install postgresql' and try again" >&2; exit 1; }
    PG_BINDIR=$(bindir)
  else
    echo "lab-server.sh: PostgreSQL is not installed: run 'sudo apt-get install postgresql' and try again" >&2; exit 1
  fi
fi

if [ "$(id -u)" = 0 ]; then
  os_user=${PG_OS_USER:-postgres}
  if ! id "$os_user" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$os_user"
  fi
  as_pg() { runuser -u "$os_user" -- "$@"; }
else
  os_user=$(id -un)
  as_pg() { "$@"; }
fi

case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -e "$dir/data" ]; then
    echo "lab-server.sh: $dir already holds a lab server (stop it with 'lab stop $dir'; delete $dir to start afresh)" >&2
    exit 1
  fi
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown "$os_user:" "$dir"
  if ! as_pg test -w "$dir"; then
    echo "lab-server.sh: the user $os_user cannot write $dir (choose a folder it can reach, e.g. under /tmp)" >&2; exit 1
  fi
  umask 077
  password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  printf '%s\n' "$password" > "$dir/password"
  [ "$(id -u)" = 0 ] && chown "$os_user:" "$dir/password"
  as_pg "$PG_BINDIR/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" -A scram-sha-256 \
        -E UTF8 --no-locale --no-sync --no-instructions >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; exit 1; }
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 50
CONF
  started=
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    p=${port:-$((20000 + RANDOM % 40000))}
    if [ -z "$port" ] && (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then continue; fi
    if as_pg "$PG_BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $p" -w -t 60 -s start >/dev/null; then
      started=$p; break
    fi
    if [ -n "$port" ] || ! grep -q 'could not bind' "$dir/server.log"; then
      echo "lab-server.sh: the server did not start (log: $dir/server.log):" >&2; tail -n 3 "$dir/server.log" >&2; exit 1
    fi
  done
  [ -n "$started" ] || { echo "lab-server.sh: no free port found" >&2; exit 1; }
  printf '%s\n' "$started" > "$dir/port"
  printf '127.0.0.1:%s:*:postgres:%s\n' "$started" "$password" > "$dir/pgpass"
  PGPASSWORD=$password "$PG_BINDIR/psql" -h 127.0.0.1 -p "$started" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE vivarium" >/dev/null
  echo "PostgreSQL $("$PG_BINDIR/postgres" -V | awk '{print $3}') running on 127.0.0.1:$started, data in $dir/data"
  echo "superuser postgres, password in $dir/password (for the lab commands: export PGPASSFILE=$dir/pgpass)"
  echo "postgresql://postgres@127.0.0.1:$started/vivarium"
  ;;
stop)
  if [ ! -d "$dir/data" ]; then
    echo "lab-server.sh: no lab server in $dir" >&2; exit 1
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 60 -s stop
    echo "stopped the lab server in $dir"
  else
    echo "the lab server in $dir is not running"
  fi
  ;;
*)
  usage ;;
esac
