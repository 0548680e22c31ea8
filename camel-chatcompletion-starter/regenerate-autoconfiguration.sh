#!/usr/bin/env bash
# Regenerates src/generated/java with camel-spring-boot's own generator (the tool that writes every Camel starter),
# from the component's catalog in the camel-chatcompletion jar installed in the local Maven repository.
# Run it after a component option changed:
#   mvn -B -q install -DskipTests -pl camel-chatcompletion && camel-chatcompletion-starter/regenerate-autoconfiguration.sh
# The generator only looks for a component under the group id org.apache.camel, so the script installs a copy of the
# component jar under that group id with a version no build uses, in a throwaway project, and runs the generator there.
set -euo pipefail
cd "$(dirname "$0")"
version=0.1.0-SNAPSHOT
jar="$HOME/.m2/repository/io/camelchat/camel-chatcompletion/$version/camel-chatcompletion-$version.jar"
[ -f "$jar" ] || { echo "install the component first: mvn -B -q install -DskipTests -pl camel-chatcompletion" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q install:install-file -Dfile="$jar" -DgroupId=org.apache.camel -DartifactId=camel-chatcompletion \
    -Dversion=0.0.0-starter-generator -Dpackaging=jar
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.camelchat</groupId>
  <artifactId>camel-chatcompletion-starter</artifactId>
  <version>$version</version>
  <dependencies>
    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-chatcompletion</artifactId><version>0.0.0-starter-generator</version></dependency>
    <dependency><groupId>org.apache.camel.springboot</groupId><artifactId>camel-spring-boot-starter</artifactId><version>4.22.0</version></dependency>
    <dependency><groupId>org.apache.httpcomponents.client5</groupId><artifactId>httpclient5</artifactId><version>5.5.2</version></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.camel.springboot</groupId><artifactId>camel-spring-boot-generator-maven-plugin</artifactId>
    <version>4.17.0</version>
    <executions><execution><goals><goal>prepare-spring-boot-auto-configuration</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
(cd "$work" && mvn -B -q generate-resources)
rm -rf src/generated/java
mkdir -p src/generated/java
cp -r "$work/src/main/java/." src/generated/java/
echo "regenerated: $(find src/generated/java -name '*.java' | wc -l) classes in src/generated/java"
