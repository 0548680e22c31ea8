#!/usr/bin/env bash
# Camel JBang check: resolves the Camel JBang CLI through Maven, starts a one-file plain OpenAI-compatible chat
# server, runs
#   camel run chat-once.camel.yaml --dep=io.camelchat:camel-chatcompletion:<version>
# (the component as installed in ~/.m2 by `mvn install`), and checks that the route logged the server's answer.
# Every process it starts is stopped on exit; the whole check is bounded by CHECK_TIMEOUT seconds (default 180).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${CHATCOMPLETION_VERSION:-0.1.0-SNAPSHOT}"
timeout_s="${CHECK_TIMEOUT:-180}"
answer="Hello from the stub chat server"
work="$(mktemp -d)"
server_pid=""

cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. the Camel JBang CLI through Maven: camel-jbang-core; CamelJBang.java is its `camel` command
mvn -B -q -f "$here/camel-jbang-launcher.pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/launcher.cp"

# 2. a plain OpenAI-compatible server on a free port, path /v1/chat/completions
java "$here/ChatStub.java" "$work/port" /v1/chat/completions "$answer" &
server_pid=$!
for _ in $(seq 1 100); do [ -f "$work/port" ] && break; sleep 0.1; done
[ -f "$work/port" ] || { echo "the chat server did not start" >&2; exit 1; }
port="$(cat "$work/port")"

# 3. camel run, in the foreground, stopping after the one message (or after timeout_s seconds)
cd "$work"
set +e
timeout --kill-after=10 "$timeout_s" \
    java -cp "$(cat "$work/launcher.cp")" "$here/CamelJBang.java" \
    run "$here/chat-once.camel.yaml" \
    --dep="io.camelchat:camel-chatcompletion:$version" \
    --property="chat.base.url=http://127.0.0.1:$port" \
    --max-messages=1 >"$work/camel.log" 2>&1
rc=$?
set -e
cat "$work/camel.log"

# 4. the answer must have reached the route's log step
if grep -q "CHAT ANSWER: $answer" "$work/camel.log"; then
    echo "camel-jbang-check: OK (camel run exit $rc)"
else
    echo "camel-jbang-check: FAILED, the answer did not appear (camel run exit $rc)" >&2
    exit 1
fi
