#!/bin/sh
# Runs camel-spring-boot's own starter generator (camel-spring-boot-generator-maven-plugin, goal
# prepare-spring-boot-auto-configuration) against the component jar and its catalog JSON, into
# camel-chatcompletion-starter/target/generated-starter, for a diff against the committed classes.
#
# 4.17.0 is the newest version of the plugin this Maven mirror serves (4.18.0 and 4.22.0 are refused). The plugin
# only looks at dependencies with groupId org.apache.camel, so the component jar is installed under a scratch
# coordinate org.apache.camel:camel-chatcompletion:0.0.0-starter-gen first.
# The committed classes are its output, then adapted (see the class Javadoc): durations as java.time.Duration,
# @AutoConfiguration with constructor injection, only the options the application set are copied.
set -eu
cd "$(dirname "$0")/../../.."
JAR=camel-chatcompletion/target/camel-chatcompletion-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -o -B -q install -DskipTests -pl camel-chatcompletion
mvn -o -B -q install:install-file -Dfile="$JAR" -DgroupId=org.apache.camel -DartifactId=camel-chatcompletion \
    -Dversion=0.0.0-starter-gen -Dpackaging=jar
OUT=camel-chatcompletion-starter/target/generated-starter
rm -rf "$OUT" && mkdir -p "$OUT"
cat > "$OUT/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.camelchat</groupId>
  <artifactId>camel-chatcompletion-starter</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <dependencies>
    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-chatcompletion</artifactId><version>0.0.0-starter-gen</version></dependency>
    <dependency><groupId>org.apache.camel.springboot</groupId><artifactId>camel-spring-boot-starter</artifactId><version>4.22.0</version></dependency>
    <dependency><groupId>org.apache.httpcomponents.client5</groupId><artifactId>httpclient5</artifactId><version>5.6.3</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.22.1</version></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.camel.springboot</groupId><artifactId>camel-spring-boot-generator-maven-plugin</artifactId><version>4.17.0</version>
    <executions><execution><goals><goal>prepare-spring-boot-auto-configuration</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
mvn -o -B -q -f "$OUT/pom.xml" generate-resources
find "$OUT/src" -type f
