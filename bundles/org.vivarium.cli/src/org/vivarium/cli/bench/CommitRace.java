package org.vivarium.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabException;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.support.StudyResource;

/**
 * Clients each committing single values of their own animals (client i has every n-th animal of a cohort), session by
 * session, as fast as they can for a while - each on a thread of its own, as that many workbenches would. Each client
 * remembers the value it believes it stored for every measurement it set, for {@link RaceCheck} to find on the server.
 */
final class CommitRace {

    /** What one phase did: values stored (and refused) by all clients, how long it took, each commit's latency. */
    record Phase(int clients, long commits, long refused, long pulls, double seconds, Latencies latencies,
            List<String> problems) {

        double perSecond() {
            return commits / seconds;
        }
    }

    private final List<Worker> workers = new ArrayList<>();

    CommitRace(List<LabClient> clients) {
        for (int i = 0; i < clients.size(); i++) {
            workers.add(new Worker(clients.get(i), i, clients.size()));
        }
    }

    /** Runs the first {@code clients} clients at once for {@code seconds}. */
    Phase run(int clients, double seconds) throws InterruptedException {
        List<Worker> running = workers.subList(0, clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (Worker w : running) {
            w.latencies = new Latencies();
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    w.run(window[0]);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench lab client " + (w.index + 1));
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        window[0] = start + (long) (seconds * 1e9);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Latencies all = new Latencies();
        long commits = 0;
        long refused = 0;
        long pulls = 0;
        List<String> problems = new ArrayList<>();
        for (Worker w : running) {
            all.addAll(w.latencies);
            commits += w.latencies.size();
            refused += w.refused;
            pulls += w.pulls;
            w.pulls = 0;
            if (w.refusal != null) {
                problems.add("client " + (w.index + 1) + ": " + w.refused + " refused, the first: " + w.refusal);
            }
            if (w.problem != null) {
                problems.add("client " + (w.index + 1) + " stopped: " + w.problem);
            }
            w.refused = 0;
            w.refusal = null;
            w.problem = null;
        }
        return new Phase(clients, commits, refused, pulls, elapsed, all, problems);
    }

    /** What each client believes it stored, in the order of the clients. */
    List<Stored> stored() {
        List<Stored> all = new ArrayList<>();
        for (Worker w : workers) {
            all.add(new Stored(w.commits, w.values));
        }
        return all;
    }

    /**
     * What one client believes: how many changes it stored, and the value it stored last in each measurement it set
     * (by {@link LabClient#key}).
     */
    record Stored(long commits, Map<String, Double> values) {
    }

    private static final class Worker {
        final LabClient client;
        final int index;
        final List<Measurement> own;
        final Map<String, Double> values = new HashMap<>();
        Latencies latencies = new Latencies();
        long commits;
        long refused;
        long pulls;
        String refusal;
        String problem;
        private int next;

        Worker(LabClient client, int index, int of) {
            this.client = client;
            this.index = index;
            this.own = own(client.open().study(), index, of);
        }

        void run(long until) {
            StudyResource resource = client.resource();
            while (System.nanoTime() < until && problem == null) {
                try {
                    if (client.pullIfHeard()) { // what others stored, brought in between two changes
                        pulls++;
                    }
                } catch (LabException e) {
                    problem = e.toString();
                    return;
                }
                Measurement m = own.get(next % own.size());
                double value = changed(m.getValue(), next);
                next++;
                long t0 = System.nanoTime();
                try {
                    client.set(m, value);
                } catch (IllegalStateException e) {
                    refused++;
                    refusal = refusal == null ? e.getMessage() : refusal;
                    continue;
                } catch (RuntimeException e) {
                    problem = e.toString();
                    return;
                }
                latencies.add(System.nanoTime() - t0);
                values.put(LabClient.key(resource, m), value);
                commits++;
            }
        }

        /** A new value, always different from the old one (0.1 to 0.7 more, within 0-1000). */
        private static double changed(double old, int k) {
            return (Math.round(old * 10) + 1 + k % 7) % 10_000 / 10.0;
        }

        /** The client's measurements: those of every n-th animal of each cohort, session by session. */
        private static List<Measurement> own(Study study, int index, int of) {
            Map<Animal, Integer> number = new IdentityHashMap<>();
            for (Cohort c : study.getCohorts()) {
                for (int i = 0; i < c.getAnimals().size(); i++) {
                    number.put(c.getAnimals().get(i), i);
                }
            }
            List<Measurement> own = new ArrayList<>();
            for (AssaySession s : Studies.sessions(study)) {
                for (Measurement m : s.getMeasurements()) {
                    Integer n = m.getAnimal() == null ? null : number.get(m.getAnimal());
                    if (n != null && n % of == index) {
                        own.add(m);
                    }
                }
            }
            if (own.isEmpty()) {
                throw new IllegalArgumentException("client " + (index + 1) + " of " + of + " has no values to set");
            }
            return own;
        }
    }
}
