#!/bin/sh
# Builds the fixture lab plug-in as a p2 site without Maven (fast): javac against the product's jars, jar, then the
# product's own p2 publisher. Usage: build-site.sh VERSION API_RANGE OUT_DIR   (PRODUCT, JAVA_HOME, WORK set)
#   OUT_DIR/site      the p2 site (feature org.example.lab.feature, bundle org.example.lab.analysis)
#   OUT_DIR/bundle.jar the bundle alone (for dropins/ and plugins/ tests)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
version=$1; api=$2; out=$3
mkdir -p "$out/classes" "$out/source/plugins" "$out/source/features/org.example.lab.feature_$version"
sed "s/@VERSION@/$version/g" "$HERE/src/org/example/lab/analysis/ObservationCount.java" > "$out/ObservationCount.java"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$out/classes" -cp "$(ls "$PRODUCT"/plugins/*.jar | paste -sd: -)" \
  "$out/ObservationCount.java"
sed "s/@VERSION@/$version/g; s/@API@/$api/g" "$HERE/MANIFEST.MF" > "$out/MANIFEST.MF"
sed "s/@VERSION@/$version/g" "$HERE/plugin.xml" > "$out/classes/plugin.xml"
"$JAVA_HOME/bin/jar" --create --file "$out/bundle.jar" --manifest "$out/MANIFEST.MF" -C "$out/classes" .
cp "$out/bundle.jar" "$out/source/plugins/org.example.lab.analysis_$version.jar"
sed "s/@VERSION@/$version/g" "$HERE/feature.xml" > "$out/source/features/org.example.lab.feature_$version/feature.xml"
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -jar "$LAUNCHER" -install "$PRODUCT" \
  -configuration "$WORK/publisher-configuration" -data @none -nosplash \
  -application org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher \
  -metadataRepository "file:$out/site" -artifactRepository "file:$out/site" -source "$out/source" -publishArtifacts \
  > "$out/publisher.log" 2>&1 || { cat "$out/publisher.log"; exit 1; }
[ -f "$out/site/content.jar" ] || [ -f "$out/site/content.xml" ] || { echo "no site written:"; cat "$out/publisher.log"; exit 1; }
