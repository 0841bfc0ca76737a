#!/bin/sh
# Regenerates the EMF model code (bundles/org.vivarium.model/src-gen) and the item providers
# (bundles/org.vivarium.model.edit/src-gen) from bundles/org.vivarium.model/model/vivarium.genmodel, headless, with the
# EMF generator from Maven Central. Repeatable: a second run changes nothing; hand-written code lives in src/.
# Usage: releng/emf-codegen/generate.sh [extra Maven args, e.g. -o or -Demf.types=model]
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VIVARIUM_MIN_JAVA=17
. "$ROOT/releng/scripts/select-jdk.sh"
exec "$ROOT/mvnw" -f "$ROOT/releng/emf-codegen/pom.xml" -B -q process-classes "$@"
