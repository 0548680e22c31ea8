package io.camelchat.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two clients in one JVM, measured in alternating windows (A B, then B A, ...), so that both see the same machine:
 * on a shared virtual machine the CPU time of the same work drifts by tens of percent from minute to minute, which a
 * comparison of two separate runs cannot tell from a real difference. Each window starts with no call in flight and
 * ends by draining every call. Reports each client's median CPU and allocation per call, and the median, lowest and
 * highest of the per-round ratios B / A.
 */
final class Paired {

    private Paired() {
    }

    static Map<String, Object> run(String nameA, String nameB, String baseUrl, int inFlight, int expected,
                                   double warmupSec, double windowSec, int rounds) throws Exception {
        BenchClient a = Clients.create(nameA, baseUrl, inFlight);
        BenchClient b = Clients.create(nameB, baseUrl, inFlight);
        for (int i = 0; i < 2; i++) {
            window(a, inFlight, expected, warmupSec / 2);
            window(b, inFlight, expected, warmupSec / 2);
        }
        List<Double> cpuA = new ArrayList<>();
        List<Double> cpuB = new ArrayList<>();
        List<Double> allocA = new ArrayList<>();
        List<Double> allocB = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long errors = 0;
        for (int r = 0; r < rounds; r++) {
            boolean aFirst = r % 2 == 0;
            double[] first = window(aFirst ? a : b, inFlight, expected, windowSec);
            double[] second = window(aFirst ? b : a, inFlight, expected, windowSec);
            double[] ra = aFirst ? first : second;
            double[] rb = aFirst ? second : first;
            cpuA.add(ra[0]);
            cpuB.add(rb[0]);
            allocA.add(ra[1]);
            allocB.add(rb[1]);
            ratios.add(rb[0] / ra[0]);
            errors += (long) (ra[2] + rb[2]);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rounds", rounds);
        out.put("cpuUsPerCallA", ClientMain.fmt(median(cpuA)));
        out.put("cpuUsPerCallB", ClientMain.fmt(median(cpuB)));
        out.put("allocKBPerCallA", ClientMain.fmt(median(allocA)));
        out.put("allocKBPerCallB", ClientMain.fmt(median(allocB)));
        out.put("ratioMedian", ClientMain.fmt(median(ratios)));
        out.put("ratioMin", ClientMain.fmt(Collections.min(ratios)));
        out.put("ratioMax", ClientMain.fmt(Collections.max(ratios)));
        out.put("cpuA", join(cpuA));
        out.put("cpuB", join(cpuB));
        out.put("errors", errors);
        return out;
    }

    /** One measured window: CPU us per call, alloc KB per call, errors. */
    private static double[] window(BenchClient client, int inFlight, int expected, double seconds) throws Exception {
        ClientMain.Load load = new ClientMain.Load(client, expected);
        Meter meter = new Meter();
        load.start(inFlight, 0);
        Thread.sleep((long) (seconds * 1000));
        load.stopped = true;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (load.outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Meter.Result r = meter.stop();
        long calls = Math.max(1, load.calls.sum());
        return new double[] { r.cpuNanos() / 1e3 / calls, r.allocatedBytes() / 1024.0 / calls,
                load.errors.sum() + load.wrong.sum() };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String join(List<Double> values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : ",").append(ClientMain.fmt(v));
        }
        return s.toString();
    }
}
