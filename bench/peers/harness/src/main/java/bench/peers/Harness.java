package bench.peers;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures a peer engine the way bench/intake-throughput.ts measures ours: warm-up, then
 * BENCH_CASES cases sequentially and with 8 in flight, BENCH_RUNS times; cases/s (wall) and CPU
 * ms per case (the whole JVM: every thread, JIT and GC included). Prints each run, the medians
 * and one machine-readable line {@code BENCH {...}}.
 */
public final class Harness {
  private static final int CONCURRENCY = 8;

  private Harness() {}

  record Phase(double casesPerSec, double cpuMsPerCase) {}

  public static void run(PeerEngine engine) throws Exception {
    int cases = env("BENCH_CASES", 1000);
    int warmup = env("BENCH_WARMUP", 1000);
    int runs = env("BENCH_RUNS", 5);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    try {
      measure(engine, pool, next, warmup, CONCURRENCY);
      List<Phase> seq = new ArrayList<>();
      List<Phase> conc = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        seq.add(measure(engine, pool, next, cases, 1));
        conc.add(measure(engine, pool, next, cases, CONCURRENCY));
        System.out.printf(Locale.ROOT, "run %d: sequential %.1f cases/s %.2f cpu ms/case · x%d %.1f cases/s %.2f cpu ms/case%n",
            r + 1, seq.get(r).casesPerSec, seq.get(r).cpuMsPerCase, CONCURRENCY, conc.get(r).casesPerSec, conc.get(r).cpuMsPerCase);
      }
      Phase s = median(seq);
      Phase c = median(conc);
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      System.out.printf(Locale.ROOT, "%s — %d cases after %d warm-up, median of %d runs, load avg %.2f%n",
          engine.describe(), cases, warmup, runs, load);
      System.out.printf(Locale.ROOT, "sequential: %.1f cases/s, %.2f cpu ms/case%n", s.casesPerSec, s.cpuMsPerCase);
      System.out.printf(Locale.ROOT, "%d in flight: %.1f cases/s, %.2f cpu ms/case%n", CONCURRENCY, c.casesPerSec, c.cpuMsPerCase);
      System.out.printf(Locale.ROOT,
          "BENCH {\"bench\":\"peer\",\"engine\":\"%s\",\"cases\":%d,\"runs\":%d,\"java\":\"%s\",\"cpus\":%d,\"loadAvg1m\":%.2f,"
              + "\"sequential\":{\"casesPerSec\":%.1f,\"cpuMsPerCase\":%.2f},\"concurrent\":{\"casesPerSec\":%.1f,\"cpuMsPerCase\":%.2f}}%n",
          engine.describe(), cases, runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load,
          s.casesPerSec, s.cpuMsPerCase, c.casesPerSec, c.cpuMsPerCase);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Phase measure(PeerEngine engine, ExecutorService pool, AtomicInteger next, int count, int lanes)
      throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int l = 0; l < lanes; l++) {
      futures.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) engine.runCase(next.getAndIncrement());
        return null;
      }));
    }
    for (Future<?> f : futures) f.get();
    double wallMs = (System.nanoTime() - t0) / 1e6;
    double cpuMs = (processCpuNanos() - cpu0) / 1e6;
    return new Phase(count * 1000.0 / wallMs, cpuMs / count);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Phase median(List<Phase> phases) {
    List<Double> rates = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    for (Phase p : phases) {
      rates.add(p.casesPerSec);
      cpus.add(p.cpuMsPerCase);
    }
    return new Phase(med(rates), med(cpus));
  }

  private static double med(List<Double> xs) {
    Collections.sort(xs);
    int n = xs.size();
    return n % 2 == 1 ? xs.get(n / 2) : (xs.get(n / 2 - 1) + xs.get(n / 2)) / 2;
  }

  private static int env(String name, int fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
  }

  /** The deadline the service task sets: five days from now (the engines' own clock). */
  public static java.util.Date deadline() {
    return new java.util.Date(System.currentTimeMillis() + 5L * 24 * 3600 * 1000);
  }
}
