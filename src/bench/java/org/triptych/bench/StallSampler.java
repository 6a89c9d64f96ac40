package org.triptych.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Says where the time goes while an FX pulse is overdue: every 5 ms, when the last pulse is more than 50 ms old, the
 * stacks of the FX thread and of the renderer are sampled, with the names of the other threads that are running.
 * {@link #print()} lists the most frequent stacks and a timeline. Turned on with
 * {@code -Dtriptych.bench.stallStacks=true}; a diagnosis aid for the stall figures, not a figure itself.
 */
final class StallSampler {

    private final Thread fx;
    private final AtomicLong lastPulse;
    private final Map<String, Integer> stacks = new HashMap<>();
    private final List<String> timeline = new ArrayList<>();
    private volatile boolean running = true;
    private volatile String phase = "";

    private StallSampler(Thread fx, AtomicLong lastPulse) {
        this.fx = fx;
        this.lastPulse = lastPulse;
    }

    static StallSampler start(AtomicLong lastPulse) throws InterruptedException {
        Thread[] fx = new Thread[1];
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            fx[0] = Thread.currentThread();
            l.countDown();
        });
        l.await();
        StallSampler s = new StallSampler(fx[0], lastPulse);
        Thread t = new Thread(s::loop, "stall-sampler");
        t.setDaemon(true);
        t.start();
        return s;
    }

    /** Names the phase that the next samples belong to. */
    void phase(String name) {
        phase = name;
    }

    private void loop() {
        while (running) {
            long last = lastPulse.get();
            if (last != 0 && System.nanoTime() - last > Long.getLong("triptych.bench.stallAfterMs", 50) * 1_000_000L) {
                sample();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.3f %s", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, phase));
        for (Map.Entry<Thread, StackTraceElement[]> e : all.entrySet()) {
            Thread t = e.getKey();
            StackTraceElement[] st = e.getValue();
            boolean renderer = t.getName().startsWith("QuantumRenderer");
            if (t == fx || renderer) {
                String key = stack(st, " [" + phase + ", " + (t == fx ? "FX" : "render") + "]");
                synchronized (stacks) {
                    stacks.merge(key, 1, Integer::sum);
                }
            }
            if (t.getState() == Thread.State.RUNNABLE && st.length > 0 && t != Thread.currentThread()) {
                line.append(" | ").append(t.getName()).append(": ").append(top(st));
            }
        }
        synchronized (stacks) {
            timeline.add(line.toString());
        }
    }

    private static String top(StackTraceElement[] st) {
        for (StackTraceElement e : st) {
            if (!e.getClassName().startsWith("java.") && !e.getClassName().startsWith("jdk.")) {
                return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return st[0].getMethodName();
    }

    private static String stack(StackTraceElement[] st, String head) {
        StringBuilder key = new StringBuilder(head);
        int n = 0;
        for (StackTraceElement e : st) {
            if (e.getClassName().startsWith("java.") || e.getClassName().contains("$$Lambda")) {
                continue;
            }
            key.append("\n    ").append(e);
            if (++n >= 40) {
                break;
            }
        }
        return key.toString();
    }

    void print() {
        running = false;
        synchronized (stacks) {
            stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(Long.getLong("triptych.bench.stallTop", 16))
                    .forEach(e -> System.out.println("stall samples " + e.getValue() + ":" + e.getKey()));
            System.out.println("timeline (uptime s, phase, running threads and their top frame):");
            timeline.forEach(System.out::println);
        }
    }
}
