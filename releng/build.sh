#!/bin/sh
# Builds Vivarium and runs every test (unit, integration and UI tests) - the README's test command.
#  - picks a JDK >= 21 (Tycho 5 cannot run on Java 17), even when the default `java` is older;
#  - the UI tests need GTK 3 and an X display: without $DISPLAY the build runs under Xvfb (installed with apt-get when
#    missing and we are root; otherwise one line says what to install);
#  - the lab server tests start a real PostgreSQL: Debian's postgresql is installed the same way when missing
#    (not needed with -DskipTests);
#  - then runs the Maven 3.9 wrapper with the given arguments (default: -B clean verify).
# Usage: releng/build.sh [maven args...]   e.g. releng/build.sh -B verify -DskipTests  |  releng/build.sh -o -B verify
set -e
cd "$(dirname "$0")/.."
. ./releng/scripts/select-jdk.sh
. ./releng/scripts/need-gui.sh
case " $* " in *" -DskipTests "*) ;; *) . ./releng/scripts/need-postgresql.sh ;; esac
[ $# -gt 0 ] || set -- -B clean verify
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw "$@"
fi
exec ./mvnw "$@"
