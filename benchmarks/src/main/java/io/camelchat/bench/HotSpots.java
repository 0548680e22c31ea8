package io.camelchat.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording (made with {@code -Dbench.jfr=true}): top methods by own samples,
 * and top methods of given packages by samples that have them on the stack (inclusive).
 *
 * <pre>java -cp ... io.camelchat.bench.HotSpots target/jfr/B-camel.jfr [top] [package-prefix ...]</pre>
 */
public final class HotSpots {

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("io.camelchat", "org.apache.camel");
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> allocSelf = new HashMap<>();
        int samples = 0;
        long allocTotal = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame f : st.getFrames()) {
                    String n = name(f);
                    if (prefixes.stream().anyMatch(n::startsWith) && seen.add(n)) {
                        inclusive.merge(n, 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long w = e.getLong("weight");
                allocTotal += w;
                String site = null;
                for (RecordedFrame f : st.getFrames()) {
                    String n = name(f);
                    if (prefixes.stream().anyMatch(n::startsWith)) {
                        site = n;
                        break;
                    }
                }
                allocSelf.merge(site == null ? "(outside " + prefixes + ")" : site, (int) Math.min(w / 1024,
                        Integer.MAX_VALUE), Integer::sum);
            }
        }
        System.out.println(args[0] + ": " + samples + " CPU samples");
        print("top methods, own samples", self, samples, top);
        print("methods of " + prefixes + " on the stack (inclusive)", inclusive, samples, top);
        print("allocation (KB sampled weight) by first frame in " + prefixes, allocSelf,
                (int) Math.max(1, allocTotal / 1024), top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("  %5.1f%%  %s%n", 100.0 * en.getValue() / total, en.getKey()));
    }
}
