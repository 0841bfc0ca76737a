#!/bin/sh
# Runs every releng/e2e/*.sh against the materialised product (the build's own copy is never touched). Each script gets
#   PRODUCT  a fresh copy of the product            SITE  the built update site (releng/org.vivarium.repository/target/repository)
#   WORK     an empty folder of its own             ROOT  the repository root          JAVA_HOME  a JDK >= 21
# and VIVARIUM_HOME=$PRODUCT, VIVARIUM_CONFIG (its own configuration area), so that $ROOT/vivarium runs the copy.
# A script fails the build when it exits non-zero; its output is shown then. Usage: run-e2e.sh ROOT [SCRIPT...]
set -e
ROOT=$(cd "${1:?usage: run-e2e.sh ROOT [SCRIPT...]}" && pwd); shift
. "$ROOT/releng/scripts/select-jdk.sh"
BUILT=$ROOT/releng/org.vivarium.product/target/products/org.vivarium.product/linux/gtk/x86_64/vivarium
SITE=$ROOT/releng/org.vivarium.repository/target/repository
[ -d "$BUILT/plugins" ] || { echo "[e2e] no materialised product in $BUILT" >&2; exit 1; }
[ -d "$SITE" ] || { echo "[e2e] no update site in $SITE" >&2; exit 1; }
[ $# -gt 0 ] || set -- "$ROOT"/releng/e2e/*.sh
failed=0
for script in "$@"; do
  [ -f "$script" ] || continue
  name=$(basename "$script" .sh)
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/vivarium-e2e-$name.XXXXXX")
  mkdir "$tmp/work" "$tmp/config"
  cp -a "$BUILT" "$tmp/product"
  start=$(date +%s)
  if PRODUCT="$tmp/product" SITE="$SITE" WORK="$tmp/work" ROOT="$ROOT" JAVA_HOME="$JAVA_HOME" \
     VIVARIUM_HOME="$tmp/product" VIVARIUM_CONFIG="$tmp/config" sh -e "$script" > "$tmp/output.txt" 2>&1; then
    echo "[e2e] $name: passed ($(( $(date +%s) - start )) s)"
    [ -n "${E2E_KEEP:-}" ] || rm -rf "$tmp"
  else
    echo "[e2e] $name: FAILED ($(( $(date +%s) - start )) s); its output (kept in $tmp):"
    sed 's/^/[e2e]   /' "$tmp/output.txt"
    failed=$((failed + 1))
  fi
done
[ $failed -eq 0 ] || { echo "[e2e] $failed script(s) failed" >&2; exit 1; }
