package org.vivarium.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.cli.bench.AuditBenchmark;
import org.vivarium.cli.bench.Benchmark;
import org.vivarium.cli.bench.EntryBenchmark;
import org.vivarium.cli.bench.ImportBenchmark;
import org.vivarium.cli.bench.StatsBenchmark;
import org.vivarium.cli.bench.StoreBenchmark;

/** {@code bench [NAME] [--quick]}: runs one benchmark, or all of them. */
final class BenchCommand implements Command {

    private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();

    BenchCommand() {
        for (Benchmark b : List.<Benchmark>of(new StoreBenchmark(), new StatsBenchmark(),
                new ImportBenchmark(), new EntryBenchmark(), new AuditBenchmark())) {
            benchmarks.put(b.name(), b);
        }
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench [" + String.join("|", benchmarks.keySet()) + "] [--quick]";
    }

    @Override
    public String summary() {
        return "benchmarks: print figures and ratios against a baseline";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String name = args.optionalPositional(0);
        boolean quick = args.flag("quick");
        args.checkNoneLeft(1);
        if (name != null && !benchmarks.containsKey(name)) {
            throw new UsageException("unknown benchmark '" + name + "' (one of " + String.join(", ",
                    benchmarks.keySet()) + ")");
        }
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
