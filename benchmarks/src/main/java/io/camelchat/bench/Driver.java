package io.camelchat.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole benchmark: starts the stub server in its own JVM (pinned to core 0 with taskset when there are at
 * least 2 cores), then every client of every scenario in a fresh JVM of its own (pinned to core 1), and writes the
 * Markdown tables to {@code target/bench-results.md} (and prints them).
 *
 * <p>System properties (all optional): {@code bench.only=A,A5k,A10k,B,C,C1,S,P} scenarios to run; {@code bench.clients=a,b}
 * clients to run; {@code bench.quick=true} short durations to validate the harness; {@code bench.jfr=true} records
 * a JFR profile of every component client JVM into {@code target/jfr/}; {@code bench.A.warmup},
 * {@code bench.A.measure} (seconds; same for B and C); {@code bench.A.inFlight} (same for B and C);
 * {@code bench.clientJvmArgs} extra client JVM options (space-separated); {@code bench.componentJar} the component
 * jar to measure instead of this checkout's build (for before/after figures).
 */
public final class Driver {

    private static final boolean QUICK = Boolean.getBoolean("bench.quick");
    /** Every scenario, in run order: the default of {@code bench.only}. */
    static final String ALL = "A,A5k,A10k,B,C,C1,S,P,PAIR";

    private final Path base;
    private final String classpath;
    private final boolean pin;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private String baseUrl;
    private String flush = "slice";
    private Process server;
    private final Map<String, Map<String, String>> results = new LinkedHashMap<>();

    private Driver(Path base) throws IOException {
        this.base = base;
        Path cpFile = base.resolve("target/bench.classpath");
        if (!Files.exists(cpFile)) {
            throw new IllegalStateException(cpFile + " is missing: run `mvn -f benchmarks/pom.xml package` first");
        }
        StringBuilder cp = new StringBuilder(base.resolve("target/classes").toString());
        for (String entry : Files.readString(cpFile).trim().split(File.pathSeparator)) {
            cp.append(File.pathSeparator).append(entry.contains("camel-chatcompletion-0") ? componentJar(entry) : entry);
        }
        classpath = cp.toString();
        pin = Runtime.getRuntime().availableProcessors() >= 2 && new File("/usr/bin/taskset").canExecute();
    }

    /**
     * The component as built in this checkout (the first half of the documented command), copied so that another
     * checkout installing the same SNAPSHOT into the shared local repository mid-run cannot change it under the
     * client JVMs. Falls back to the local-repository jar.
     */
    private String componentJar(String repositoryJar) throws IOException {
        Path built = base.resolveSibling("camel-chatcompletion").resolve("target");
        Path source = Path.of(repositoryJar);
        String other = System.getProperty("bench.componentJar");
        if (other != null) {
            // another build of the component (an earlier commit, for before/after figures)
            built = Path.of("/nonexistent");
            source = Path.of(other);
        }
        if (Files.isDirectory(built)) {
            try (var jars = Files.list(built)) {
                source = jars.filter(j -> j.getFileName().toString()
                                .matches("camel-chatcompletion-[^-]+-SNAPSHOT\\.jar"))
                        .findFirst().orElse(source);
            }
        }
        Path copy = base.resolve("target/component-under-test.jar");
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("component under test: " + source + " (" + Files.getLastModifiedTime(source) + ")");
        return copy.toString();
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(System.getProperty("bench.basedir", "benchmarks")).toAbsolutePath();
        if (!Files.exists(base.resolve("pom.xml"))) {
            base = Path.of("").toAbsolutePath();
        }
        Driver driver = new Driver(base);
        long start = System.nanoTime();
        try {
            driver.run();
        } finally {
            driver.stopServer();
        }
        System.out.printf("%nbenchmark finished in %.0f s%n", (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }

    private void run() throws Exception {
        java.util.Set<String> only = new java.util.HashSet<>(Arrays.asList(System.getProperty("bench.only", ALL).split("\\s*,\\s*")));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        startServer();
        if (only.contains("A")) {
            int inFlight = intProp("bench.A.inFlight", 1000);
            for (String c : clients("camel", "camel-cap100", "raw", "raw-camel", "openai-sync", "lc4j-sync")) {
                load("A", c, inFlight, 500, 1, secs("A", "warmup", 6, 3), secs("A", "measure", 20, 6));
            }
        }
        // many calls in flight, latency scaled so that the limit stays 2,000 calls/s
        for (String scenario : new String[] {"A5k", "A10k"}) {
            if (only.contains(scenario)) {
                int inFlight = intProp("bench." + scenario + ".inFlight", scenario.equals("A5k") ? 5000 : 10000);
                int latency = inFlight / 2; // ms: inFlight / latency = 2,000 calls/s
                // calls started evenly over one latency period (else they complete in one wave per period); warm-up:
                // the ramp + one full period; measured: two periods (one in quick mode), i.e. 20,000 calls
                double period = latency / 1000.0;
                for (String c : clients("camel", "raw", "raw-camel")) {
                    load(scenario, c, inFlight, latency, 1, secs(scenario, "warmup", 2 * period + 1, 2 * period + 1),
                            secs(scenario, "measure", Math.max(2 * period, 6), period), latency);
                }
            }
        }
        if (only.contains("B")) {
            int inFlight = intProp("bench.B.inFlight", 16);
            for (String c : clients("camel", "camel-io", "camel-observed", "camel-structured", "raw", "raw-camel", "raw-camel-hop",
                    "openai-sync", "openai-async",
                    "lc4j-sync")) {
                load("B", c, inFlight, 0, 1, secs("B", "warmup", 8, 4), secs("B", "measure", 10, 4));
            }
        }
        if (only.contains("C")) {
            int inFlight = intProp("bench.C.inFlight", 8);
            for (String c : clients("camel-chunks", "camel-chunks-batch", "camel-aggregate", "raw-stream", "raw-camel-stream",
                    "jdk-stream",
                    "openai-sync-stream",
                    "lc4j-stream")) {
                load("C", c, inFlight, 0, 1000, secs("C", "warmup", 6, 4), secs("C", "measure", 10, 4));
            }
        }
        if (only.contains("C1")) {
            // every SSE event its own flushed HTTP chunk, as real servers send tokens
            int inFlight = intProp("bench.C1.inFlight", 8);
            flush = "event";
            for (String c : clients("camel-chunks", "camel-chunks-batch", "camel-aggregate", "raw-stream", "raw-camel-stream",
                    "jdk-stream")) {
                load("C1", c, inFlight, 0, 1000, secs("C1", "warmup", 4, 3), secs("C1", "measure", 5, 4));
            }
            flush = "slice";
        }
        if (only.contains("S")) {
            for (String c : clients("camel-chunks", "camel-chunks-batch", "camel-aggregate", "raw-stream",
                    "raw-camel-stream")) {
                configure(0, 100_000);
                runClient("S", c, 300, "single", c, baseUrl, "100000", QUICK ? "1" : "3");
            }
        }
        if (only.contains("P")) {
            runClient("P", "parsers", 300, "parser", "100000", QUICK ? "2" : "5", QUICK ? "3" : "10");
        }
        StringBuilder pairs = new StringBuilder();
        if (only.contains("PAIR")) {
            pairs.append(pairs());
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        String report = Report.render(results, machine(loadBefore, loadAfter)) + pairs;
        Path out = base.resolve("target/bench-results.md");
        Files.writeString(out, report);
        System.out.println();
        System.out.println(report);
        System.out.println("(written to " + out + ")");
    }

    /**
     * Scenario (b)'s load, each pair of clients in one JVM in alternating windows ({@link Paired}): the comparisons the
     * issues ask for, which separate runs on a shared machine cannot resolve.
     */
    private String pairs() throws Exception {
        String pairs = System.getProperty("bench.pairs",
                "raw-camel:camel-io,raw-camel-hop:camel,raw-camel:camel,camel:camel-observed,raw-camel-stream:camel-aggregate");
        int rounds = intProp("bench.pair.rounds", QUICK ? 3 : 10);
        double window = secs("pair", "window", 4, 2);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n#### Paired: two clients in one JVM, "
                + "alternating %.0f s windows, %d rounds (0 ms latency, 16 in flight; streams 1,000 chunks, 8 in flight)%n%n"
                + "| A | B | CPU µs/call A | CPU µs/call B | B / A median (min-max) | alloc KB/call A | alloc KB/call B | errors |%n"
                + "|---|---|---|---|---|---|---|---|%n", window, rounds));
        for (String pair : pairs.split(",")) {
            String[] ab = pair.split(":");
            boolean stream = ab[1].contains("aggregate") || ab[1].contains("chunks") || ab[0].contains("stream");
            int expected = stream ? 1000 : 1;
            configure(0, expected);
            String key = "PAIR/" + pair;
            runClient("PAIR", pair, (long) (rounds * 2 * window + 120), "pair", ab[0], ab[1], baseUrl,
                    stream ? "8" : "16", String.valueOf(expected), String.valueOf(QUICK ? 4 : 8),
                    String.valueOf(window), String.valueOf(rounds));
            Map<String, String> r = results.remove(key);
            if (r != null) {
                String unit = stream ? " (per call of 1,000 chunks)" : "";
                table.append(String.format(Locale.ROOT, "| %s | %s%s | %s | %s | %s (%s-%s) | %s | %s | %s |%n", ab[0],
                        ab[1], unit, r.get("cpuUsPerCallA"), r.get("cpuUsPerCallB"), r.get("ratioMedian"),
                        r.get("ratioMin"), r.get("ratioMax"), r.get("allocKBPerCallA"), r.get("allocKBPerCallB"),
                        r.get("errors")));
            }
        }
        return table.toString();
    }

    private String machine(String loadBefore, String loadAfter) throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", ""))
                .orElse("?");
        return String.format(Locale.ROOT,
                "%s; nproc %d; CPU %s; JDK %s (%s); server %s, clients %s; loadavg before %s, after %s%s",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
                Runtime.getRuntime().availableProcessors(), model, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), pin ? "taskset -c 0" : "unpinned",
                pin ? "taskset -c 1 (one JVM per client and scenario)" : "unpinned", loadBefore, loadAfter,
                QUICK ? "; QUICK durations (bench.quick=true)" : "");
    }

    private static List<String> clients(String... all) {
        String wanted = System.getProperty("bench.clients");
        if (wanted == null || wanted.isBlank()) {
            return Arrays.asList(all);
        }
        // in the order given, so that the order's effect (a server warmed by the previous client) can be checked
        List<String> a = Arrays.asList(all);
        return Arrays.stream(wanted.split(",")).filter(a::contains).toList();
    }

    private static double secs(String scenario, String what, double full, double quick) {
        return Double.parseDouble(System.getProperty("bench." + scenario + "." + what,
                String.valueOf(QUICK ? quick : full)));
    }

    private static int intProp(String name, int def) {
        return Integer.getInteger(name, def);
    }

    private void load(String scenario, String client, int inFlight, int latencyMs, int expected, double warmup,
                      double measure) throws Exception {
        load(scenario, client, inFlight, latencyMs, expected, warmup, measure, 0);
    }

    private void load(String scenario, String client, int inFlight, int latencyMs, int expected, double warmup,
                      double measure, long rampMs) throws Exception {
        configure(latencyMs, expected);
        runClient(scenario, client, (long) (warmup + measure + 90), "load", client, baseUrl,
                String.valueOf(inFlight), String.valueOf(expected), String.valueOf(warmup), String.valueOf(measure),
                String.valueOf(rampMs));
        Map<String, String> r = results.get(scenario + "/" + client);
        if (r != null) {
            r.put("inFlight", String.valueOf(inFlight));
            r.put("latencyMs", String.valueOf(latencyMs));
            r.put("measureSec", String.valueOf(measure));
        }
    }

    private void startServer() throws Exception {
        List<String> cmd = new ArrayList<>();
        if (pin) {
            cmd.addAll(List.of("taskset", "-c", "0"));
        }
        cmd.addAll(List.of(java, "-Xms512m", "-Xmx1g", "-cp", classpath, BenchServer.class.getName()));
        server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("PORT ")) {
            System.out.println("[server] " + line);
        }
        if (line == null) {
            throw new IllegalStateException("the stub server did not start");
        }
        baseUrl = "http://127.0.0.1:" + line.substring(5).trim();
        Thread drain = new Thread(() -> out.lines().forEach(l -> System.out.println("[server] " + l)));
        drain.setDaemon(true);
        drain.start();
        System.out.println("stub server at " + baseUrl + (pin ? " (core 0)" : ""));
    }

    private void stopServer() {
        if (server != null) {
            server.destroy();
        }
    }

    private String get(String path) throws IOException {
        try (var in = new URL(baseUrl + path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void configure(int latencyMs, int chunks) throws IOException {
        get("/config?latencyMs=" + latencyMs + "&chunks=" + chunks + "&flush=" + flush);
    }

    private void runClient(String scenario, String client, long timeoutSec, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (pin) {
            cmd.addAll(List.of("taskset", "-c", "1"));
        }
        cmd.add(java);
        cmd.addAll(List.of("-Xms256m", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        String extra = System.getProperty("bench.clientJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            cmd.addAll(Arrays.asList(extra.split("\\s+")));
        }
        if (Boolean.getBoolean("bench.jfr") && (client.startsWith("camel") || client.startsWith("raw"))) {
            Path dir = Files.createDirectories(base.resolve("target/jfr"));
            cmd.add("-Dbench.jfr.file=" + dir.resolve(scenario + "-" + client + ".jfr"));
        }
        cmd.addAll(List.of("-cp", classpath, ClientMain.class.getName()));
        cmd.addAll(Arrays.asList(args));
        System.out.printf("[%s] %-20s ... ", scenario, client);
        System.out.flush();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(lines::add));
        reader.start();
        if (!p.waitFor(timeoutSec, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        reader.join(5000);
        String result = lines.stream().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b).orElse(null);
        String stats = get("/stats");
        if (result == null) {
            System.out.println("FAILED");
            lines.stream().limit(40).forEach(l -> System.out.println("    " + l));
            return;
        }
        Map<String, String> r = new LinkedHashMap<>();
        for (String kv : (result.substring(7) + " " + stats).split(" ")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                r.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        results.put(scenario + "/" + client, r);
        System.out.printf("%.0f s  %s%n", (System.nanoTime() - t0) / 1e9, result.substring(7) + " " + stats);
    }
}
