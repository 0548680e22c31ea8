#!/usr/bin/env bash
# Camel JBang check. Resolves the Camel JBang CLI through Maven, starts a one-file plain OpenAI-compatible chat server
# (path /v1/chat/completions), then runs
#   1. camel run chat-once.camel.yaml --dep=io.camelchat:camel-chatcompletion:<version>
#      (the component as `mvn install` left it in ~/.m2), and
#   2. camel run kamelet-once.camel.yaml <the chatcompletion-action Kamelet as Maven filtered it>
#      (no --dep: the Kamelet's own mvn: dependency brings the component),
# and checks that each route logged the server's answer. Needs a build of the examples module first (for the filtered
# Kamelet in target/classes). Every process it starts is stopped on exit; each camel run is bounded by CHECK_TIMEOUT
# seconds (default 180).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${CHATCOMPLETION_VERSION:-0.1.0-SNAPSHOT}"
timeout_s="${CHECK_TIMEOUT:-180}"
kamelet="$here/../target/classes/kamelets/chatcompletion-action.kamelet.yaml"
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

[ -f "$kamelet" ] || { echo "no filtered Kamelet at $kamelet: build the examples module first" >&2; exit 1; }

# the Camel JBang CLI through Maven: camel-jbang-core; CamelJBang.java is its `camel` command
mvn -B -q -f "$here/camel-jbang-launcher.pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/launcher.cp"

# a plain OpenAI-compatible server on a free port
java "$here/ChatStub.java" "$work/port" /v1/chat/completions "$answer" &
server_pid=$!
for _ in $(seq 1 100); do [ -f "$work/port" ] && break; sleep 0.1; done
[ -f "$work/port" ] || { echo "the chat server did not start" >&2; exit 1; }
port="$(cat "$work/port")"

# camel run <args...> in the foreground, stopping after its one message; then the expected log line must be there
camel_run() {
    local name="$1" expected="$2"
    shift 2
    mkdir -p "$work/$name"
    set +e
    (cd "$work/$name" && timeout --kill-after=10 "$timeout_s" \
        java -cp "$(cat "$work/launcher.cp")" "$here/CamelJBang.java" run "$@" \
        --property="chat.base.url=http://127.0.0.1:$port" --max-messages=1) >"$work/$name.log" 2>&1
    local rc=$?
    set -e
    cat "$work/$name.log"
    if grep -q "$expected" "$work/$name.log"; then
        echo "camel-jbang-check $name: OK (camel run exit $rc)"
    else
        echo "camel-jbang-check $name: FAILED, '$expected' did not appear (camel run exit $rc)" >&2
        exit 1
    fi
}

camel_run dep "CHAT ANSWER: $answer" "$here/chat-once.camel.yaml" --dep="io.camelchat:camel-chatcompletion:$version"
camel_run kamelet "KAMELET ANSWER: $answer" "$here/kamelet-once.camel.yaml" "$kamelet"
