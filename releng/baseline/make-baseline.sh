#!/bin/sh
# Rebuilds a baseline p2 repository of the analysis API (org.vivarium.analysis) from a released commit - how
# releng/baseline/1.0 was made (see README.md there). Run from the repository root:
#   releng/baseline/make-baseline.sh 8a828ff 1.0 v20261127-0859
# It exports that commit into a temporary folder, declares the API packages' versions the release meant (1.0.0: the
# commit's manifest exported them without a version, which OSGi reads as 0.0.0), builds model, model.edit, core and
# analysis there (offline, no tests) with the given qualifier, and copies the one-bundle p2 repository to
# releng/baseline/<version>. Builds go through /work/mvnlock when it exists (shared build machines).
set -e
[ $# -eq 3 ] || { echo "usage: $0 COMMIT VERSION QUALIFIER   e.g. $0 8a828ff 1.0 v20261127-0859" >&2; exit 1; }
commit=$1 version=$2 qualifier=$3
root=$(pwd)
out="$root/releng/baseline/$version"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive "$commit" | tar -x -C "$tmp"
cd "$tmp"
manifest=bundles/org.vivarium.analysis/META-INF/MANIFEST.MF
for p in org.vivarium.analysis org.vivarium.analysis.data org.vivarium.analysis.result; do
  sed -i "s/^\(Export-Package:\)\{0,1\}\( \{0,1\}\)$p,\$/\1\2$p;version=\"$version.0\",/" "$manifest"
done
grep -q "org.vivarium.analysis.result;version=" "$manifest" || { echo "could not version the exports of $manifest" >&2; exit 2; }
mkdir -p releng/baseline-repo
cat > releng/baseline-repo/category.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<site>
   <bundle id="org.vivarium.analysis"><category name="api"/></bundle>
   <category-def name="api" label="Vivarium analysis API (baseline)"/>
</site>
XML
cat > releng/baseline-repo/pom.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.vivarium</groupId>
    <artifactId>org.vivarium.parent</artifactId>
    <version>1.0.0-SNAPSHOT</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>
  <artifactId>org.vivarium.baseline</artifactId>
  <packaging>eclipse-repository</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>tycho-p2-repository-plugin</artifactId>
        <configuration>
          <repositoryName>Vivarium analysis API (baseline)</repositoryName>
          <includeAllDependencies>false</includeAllDependencies>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
XML
sed -i 's#<module>releng/org.vivarium.repository</module>#&\n    <module>releng/baseline-repo</module>#' pom.xml
lock=; [ -x /work/mvnlock ] && lock=/work/mvnlock
$lock releng/build.sh -o -B -ntp verify -DskipTests -DforceContextQualifier="$qualifier" \
  -pl bundles/org.vivarium.model,bundles/org.vivarium.model.edit,bundles/org.vivarium.core,bundles/org.vivarium.analysis,releng/baseline-repo
rm -rf "$out"
mkdir -p "$out"
cp -r releng/baseline-repo/target/repository/. "$out/"
echo "wrote $out"
