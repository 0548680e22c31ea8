package io.camelchat.bench;

import java.util.Locale;
import java.util.Map;

/** Renders the Markdown tables: every figure beside its ratio to the raw baseline measured in the same run. */
final class Report {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("camel", "**camel-chatcompletion** (route, non-stream)"),
            Map.entry("camel-observed", "**camel-chatcompletion** (route, non-stream), metrics + tracing on"),
            Map.entry("camel-structured", "**camel-chatcompletion** (route, non-stream), outputClass: schema sent, answer validated and read"),
            Map.entry("camel-io", "**camel-chatcompletion** (route, non-stream), `continueOnIoThread=true`"),
            Map.entry("camel-cap100", "**camel-chatcompletion** (route, non-stream), `maxConcurrentRequests=100` (the former default)"),
            Map.entry("camel-chunks", "**camel-chatcompletion** chunks mode + `split(body()).streaming()`"),
            Map.entry("camel-chunks-batch", "**camel-chatcompletion** chunks mode, `chunkBatch=64` + `split(body()).streaming()`"),
            Map.entry("camel-aggregate", "**camel-chatcompletion** aggregate mode"),
            Map.entry("raw", "raw: HttpClient 5 async + Jackson (baseline)"),
            Map.entry("raw-stream", "raw: HttpClient 5 async + own SSE lines + Jackson (baseline)"),
            Map.entry("raw-camel", "raw in Camel: the raw client behind a minimal AsyncProcessor, completing on the I/O thread"),
            Map.entry("raw-camel-hop", "raw in Camel, completing on a 10-thread pool"),
            Map.entry("raw-camel-stream", "raw stream in Camel: raw-stream behind a minimal AsyncProcessor"),
            Map.entry("jdk-stream", "JDK java.net.http.HttpClient async + the same SSE lines + Jackson, no Camel"),
            Map.entry("openai-sync", "openai-java 4.101.0 sync, a thread per call"),
            Map.entry("openai-sync-stream", "openai-java 4.101.0 sync streaming, a thread per call"),
            Map.entry("openai-async", "openai-java 4.101.0 async, SDK defaults"),
            Map.entry("lc4j-sync", "LangChain4j 1.19.0 OpenAiChatModel, a thread per call"),
            Map.entry("lc4j-stream", "LangChain4j 1.19.0 OpenAiStreamingChatModel"));

    private Report() {
    }

    static String render(Map<String, Map<String, String>> results, String machine) {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(machine).append("\n\n");
        sb.append("Ratios: \"× raw\" to the raw client without Camel, \"× in Camel\" to the same raw client behind a "
                + "minimal AsyncProcessor in the same route (raw-camel; raw-camel-stream for streams): the floor of any "
                + "Camel producer.\n\n");
        for (String[] a : new String[][] {
                {"A", "(a) latency-bound: 1,000 calls in flight, 500 ms server latency (limit 2,000 calls/s)"},
                {"A5k", "(a5k) latency-bound: 5,000 calls in flight, 2.5 s server latency (limit 2,000 calls/s)"},
                {"A10k", "(a10k) latency-bound: 10,000 calls in flight, 5 s server latency (limit 2,000 calls/s)"}}) {
            table(sb, results, a[0], a[1],
                    "| client | calls/s | share of limit | CPU µs/call | × raw | × in Camel | alloc KB/call | × raw "
                            + "| × in Camel | peak threads | threads started | peak heap MB | live heap MB "
                            + "| live KB per call in flight | connections | errors |",
                    (r, raw, floor) -> String.format(Locale.ROOT,
                            "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                            r.get("callsPerSec"), pct(d(r, "callsPerSec") / limit(r)), r.get("cpuUsPerCall"),
                            ratio(r, raw, "cpuUsPerCall"), ratio(r, floor, "cpuUsPerCall"), r.get("allocKBPerCall"),
                            ratio(r, raw, "allocKBPerCall"), ratio(r, floor, "allocKBPerCall"),
                            r.get("peakThreads"), r.get("threadsStarted"), r.get("peakHeapMB"), r.get("liveHeapMB"),
                            or(r.get("liveKBPerInFlight")), r.get("connections"), r.get("errors")),
                    "raw", "raw-camel");
        }
        table(sb, results, "B", "(b) CPU-bound: 0 ms latency, 16 calls in flight",
                "| client | calls/s | client CPU µs/call | × raw | × in Camel | alloc KB/call | × raw | × in Camel "
                        + "| peak threads | errors |",
                (r, raw, floor) -> String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                        r.get("callsPerSec"), r.get("cpuUsPerCall"), ratio(r, raw, "cpuUsPerCall"),
                        ratio(r, floor, "cpuUsPerCall"), r.get("allocKBPerCall"), ratio(r, raw, "allocKBPerCall"),
                        ratio(r, floor, "allocKBPerCall"), r.get("peakThreads"), r.get("errors")),
                "raw", "raw-camel");
        Row streams = (r, raw, floor) -> String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                r.get("piecesPerSec"), r.get("cpuUsPerPiece"), ratio(r, raw, "cpuUsPerPiece"),
                ratio(r, floor, "cpuUsPerPiece"), r.get("allocBPerPiece"), ratio(r, raw, "allocBPerPiece"),
                ratio(r, floor, "allocBPerPiece"), r.get("peakThreads"), r.get("errors"));
        String streamHeader = "| client | chunks/s | client CPU µs/chunk | × raw | × in Camel | alloc B/chunk | × raw "
                + "| × in Camel | peak threads | errors |";
        table(sb, results, "C", "(c) streaming: 1,000-chunk responses in 16 KB HTTP chunks, 0 ms latency, 8 in flight",
                streamHeader, streams, "raw-stream", "raw-camel-stream");
        table(sb, results, "C1", "(c1) streaming, every SSE event its own flushed HTTP chunk (as real servers send "
                        + "tokens): 1,000-chunk responses, 0 ms latency, 8 in flight",
                "| client | chunks/s | client CPU µs/chunk | × raw | × in Camel | alloc B/chunk | × raw | × in Camel "
                        + "| B per body delivery | deliveries per chunk | read syscalls per chunk | B per read syscall "
                        + "| peak threads | errors |",
                (r, raw, floor) -> String.format(Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                        r.get("piecesPerSec"), r.get("cpuUsPerPiece"), ratio(r, raw, "cpuUsPerPiece"),
                        ratio(r, floor, "cpuUsPerPiece"), r.get("allocBPerPiece"), ratio(r, raw, "allocBPerPiece"),
                        ratio(r, floor, "allocBPerPiece"), or(r.get("bytesPerDelivery")),
                        or(r.get("deliveriesPerPiece")), or(r.get("readsPerPiece")), or(r.get("bytesPerRead")),
                        r.get("peakThreads"), r.get("errors")),
                "raw-stream", "raw-camel-stream");
        table(sb, results, "S", "One 100,000-chunk stream (the last of several in the same JVM)",
                "| client | wall ms | client CPU µs/chunk | × raw | × in Camel | alloc B/chunk | × raw | × in Camel "
                        + "| heap before MB | peak heap MB | peak heap after a GC MB | peak threads |",
                (r, raw, floor) -> String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                        r.get("wallMs"), r.get("cpuUsPerPiece"), ratio(r, raw, "cpuUsPerPiece"),
                        ratio(r, floor, "cpuUsPerPiece"), r.get("allocBPerPiece"), ratio(r, raw, "allocBPerPiece"),
                        ratio(r, floor, "allocBPerPiece"), r.get("heapAtStartMB"), r.get("peakHeapMB"),
                        r.get("peakLiveMB"), r.get("peakThreads")),
                "raw-stream", "raw-camel-stream");
        Map<String, String> p = results.get("P/parsers");
        if (p != null) {
            sb.append("#### Parsers alone, same 100,000-chunk bytes in 16 KB pieces, one thread (")
                    .append(p.get("bytesPerChunk")).append(" bytes/chunk)\n\n");
            sb.append("| parser | CPU µs/chunk | alloc B/chunk |\n|---|---|---|\n");
            sb.append("| `sse.SseParser` (events only, no JSON) | ").append(p.get("sseParserUsPerChunk")).append(" | ")
                    .append(p.get("sseParserBPerChunk")).append(" |\n");
            sb.append("| `stream.StreamDecoder` (SseParser + Jackson tree + accumulator) | ")
                    .append(p.get("streamDecoderUsPerChunk")).append(" | ").append(p.get("streamDecoderBPerChunk"))
                    .append(" |\n");
            sb.append("| raw baseline's lines + Jackson tree | ").append(p.get("rawSseUsPerChunk")).append(" | ")
                    .append(p.get("rawSseBPerChunk")).append(" |\n\n");
            double decoder = Double.parseDouble(p.get("streamDecoderUsPerChunk"));
            for (String c : new String[] {"camel-chunks", "camel-aggregate", "raw-stream", "raw-camel-stream"}) {
                Map<String, String> s = results.get("S/" + c);
                if (s != null) {
                    sb.append(String.format(Locale.ROOT,
                            "- %s: %.2f µs/chunk in the 100,000-chunk stream, %.2f µs/chunk above StreamDecoder alone%n",
                            c, d(s, "cpuUsPerPiece"), d(s, "cpuUsPerPiece") - decoder));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One row's cells after the client name, given the row, the raw baseline's row and the raw-in-Camel row. */
    private interface Row {
        String cells(Map<String, String> r, Map<String, String> raw, Map<String, String> floor);
    }

    private static void table(StringBuilder sb, Map<String, Map<String, String>> results, String scenario,
                              String title, String header, Row row, String baseline, String inCamel) {
        boolean any = results.keySet().stream().anyMatch(k -> k.startsWith(scenario + "/"));
        if (!any) {
            return;
        }
        sb.append("#### ").append(title).append("\n\n").append(header).append('\n');
        sb.append("|---".repeat((int) header.chars().filter(c -> c == '|').count() - 1)).append("|\n");
        Map<String, String> raw = results.get(scenario + "/" + baseline);
        Map<String, String> floor = results.get(scenario + "/" + inCamel);
        results.forEach((key, r) -> {
            if (key.startsWith(scenario + "/")) {
                String client = key.substring(scenario.length() + 1);
                sb.append("| ").append(LABELS.getOrDefault(client, client)).append(' ')
                        .append(row.cells(r, raw, floor)).append('\n');
            }
        });
        sb.append('\n');
    }

    private static double limit(Map<String, String> r) {
        double inFlight = r.containsKey("inFlight") ? Double.parseDouble(r.get("inFlight")) : 1000;
        double latency = r.containsKey("latencyMs") ? Double.parseDouble(r.get("latencyMs")) : 500;
        return inFlight * 1000.0 / latency;
    }

    private static double d(Map<String, String> r, String key) {
        String v = r == null ? null : r.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String ratio(Map<String, String> r, Map<String, String> base, String key) {
        return ratio(d(r, key), d(base, key));
    }

    private static String or(String v) {
        return v == null ? "—" : v;
    }

    private static String ratio(double v, double raw) {
        return Double.isNaN(v) || Double.isNaN(raw) || raw == 0 ? "—" : String.format(Locale.ROOT, "%.2f×", v / raw);
    }
}
