# shellcheck shell=sh
# Selects a JDK whose major version is >= $VIVARIUM_MIN_JAVA (default 21) and exports JAVA_HOME and PATH.
#   . releng/scripts/select-jdk.sh                          (source it: changes JAVA_HOME of the calling shell)
#   VIVARIUM_MIN_JAVA=17; . releng/scripts/select-jdk.sh    (POSIX sh passes no arguments to `. file args`)
# Order: $JAVA_HOME, the `java` on PATH, then the newest JDK in the usual install locations.
# Why: Tycho 5 is Java 21 code loaded into the Maven JVM, so Maven itself must start on Java >= 21.
vivarium_java_major() { # <java-home> -> major version (17, 21, 25, ...) or nothing
  [ -x "$1/bin/java" ] || return 0
  # the JDK's release file says it without starting a JVM (about 0.3-0.5 s less before ./vivarium starts Java)
  _rv=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -n "$_rv" ]; then echo "$_rv"; unset _rv; return 0; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}
vivarium_select_jdk() {
  _min=${1:-21}
  _best=""; _best_v=0
  for _h in "${JAVA_HOME:-}" \
            "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    [ -n "$_h" ] || continue
    _v=$(vivarium_java_major "$_h")
    if [ -n "$_v" ] && [ "$_v" -ge "$_min" ]; then _best=$_h; _best_v=$_v; break; fi
  done
  if [ -z "$_best" ]; then
    for _h in /usr/lib/jvm/* /opt/java/* /usr/java/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
      [ -d "$_h" ] || continue
      _v=$(vivarium_java_major "$_h")
      if [ -n "$_v" ] && [ "$_v" -ge "$_min" ] && [ "$_v" -gt "$_best_v" ]; then _best=$_h; _best_v=$_v; fi
    done
  fi
  if [ -z "$_best" ]; then
    echo "vivarium: no JDK >= $_min found: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 25) or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME=$_best; PATH="$JAVA_HOME/bin:$PATH"; export JAVA_HOME PATH
  unset _min _best _best_v _h _v
}
vivarium_select_jdk "${VIVARIUM_MIN_JAVA:-21}" || exit 1
