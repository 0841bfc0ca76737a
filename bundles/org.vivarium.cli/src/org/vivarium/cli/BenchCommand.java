package org.vivarium.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.cli.bench.AuditBenchmark;
import org.vivarium.cli.bench.BehaviourBenchmark;
import org.vivarium.cli.bench.Benchmark;
import org.vivarium.cli.bench.EntryBenchmark;
import org.vivarium.cli.bench.ImportBenchmark;
import org.vivarium.cli.bench.LabBenchmark;
import org.vivarium.cli.bench.StatsBenchmark;
import org.vivarium.cli.bench.StoreBenchmark;

/**
 * {@code bench [NAME] [--quick] [--clients N] [--seconds S]}: runs one benchmark, or all of them ({@code --clients} and
 * {@code --seconds} are {@code bench lab}'s).
 */
final class BenchCommand implements Command {

    private static final int MAX_CLIENTS = 40; // the private server takes 50 connections; each client holds one

    private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
    private final LabBenchmark lab = new LabBenchmark(LabServerCommand::script);

    BenchCommand() {
        for (Benchmark b : List.<Benchmark>of(new StoreBenchmark(), new StatsBenchmark(),
                new ImportBenchmark(), new BehaviourBenchmark(), new EntryBenchmark(), new AuditBenchmark(), lab)) {
            benchmarks.put(b.name(), b);
        }
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench [" + String.join("|", benchmarks.keySet()) + "] [--quick] [--clients N] [--seconds S]";
    }

    @Override
    public String summary() {
        return "benchmarks: print figures and ratios against a baseline";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String name = args.optionalPositional(0);
        boolean quick = args.flag("quick");
        long clients = args.longOption("clients", LabBenchmark.CLIENTS);
        Long seconds = args.has("seconds") ? args.longOption("seconds", LabBenchmark.SECONDS) : null;
        args.checkNoneLeft(1);
        if (name != null && !benchmarks.containsKey(name)) {
            throw new UsageException("unknown benchmark '" + name + "' (one of " + String.join(", ",
                    benchmarks.keySet()) + ")");
        }
        if ((args.has("clients") || seconds != null) && name != null && !name.equals(lab.name())) {
            throw new UsageException("--clients and --seconds are options of bench lab, not of bench " + name);
        }
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new UsageException("--clients must be from 1 to " + MAX_CLIENTS + ", not " + clients);
        }
        if (seconds != null && (seconds < 1 || seconds > 3600)) {
            throw new UsageException("--seconds must be from 1 to 3600, not " + seconds);
        }
        lab.options((int) clients, seconds == null ? null : seconds.intValue());
        for (Benchmark b : benchmarks.values()) {
            if (name == null || name.equals(b.name())) {
                console.out().println("== bench " + b.name() + ": " + b.description());
                b.run(console.out(), quick);
                console.out().println();
            }
        }
        return Cli.OK;
    }
}
