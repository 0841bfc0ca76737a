package org.vivarium.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.AnalysisException;
import org.vivarium.core.audit.EntryRefusedException;
import org.vivarium.core.store.StudyStoreException;

/**
 * The {@code vivarium} command line (see the CLI contract in the README). Exit codes: 0 success, 1 usage error,
 * 2 input rejected (each problem on its own line), 3 internal error (stack trace in a log file, see
 * {@link ErrorLog}; one line on stderr naming it), 4 an analysis did not finish within its time limit.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int REJECTED = 2;
    public static final int INTERNAL = 3;
    /** An analysis did not finish within its time limit ({@code analyze --timeout}) and was stopped. */
    public static final int TIMEOUT = 4;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    private Cli() {
        add(new DemoCommand());
        add(new NewCommand());
        add(new InfoCommand());
        add(new ValidateCommand());
        add(new AnalysesCommand());
        add(new AnalyzeCommand());
        add(new StatsCommand());
        add(new ImportCommand());
        add(new TemplateCommand());
        add(new ExportCommand());
        add(new PrintCommand());
        add(new ReportCommand());
        add(new AnimalsAddCommand());
        add(new AnimalsListCommand());
        add(new BlindCodesCommand());
        add(new UnblindCommand());
        add(new RandomiseCommand());
        add(new AuditCommand());
        add(new SignCommand());
        add(new SignaturesCommand());
        add(new StockCommand());
        add(new BenchCommand());
        add(new LabServerCommand(true));
        add(new LabServerCommand(false));
        add(new LabInitCommand());
        add(new LabUserCommand());
        add(new LabPushCommand());
        add(new LabPullCommand());
        add(new LabListCommand());
        add(new PluginNewCommand());
        add(new PluginInstallCommand());
        add(new PluginListCommand());
        add(new PluginRemoveCommand());
    }

    private void add(Command c) {
        commands.put(c.name(), c);
    }

    /** Runs one command line; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli().execute(args, out, err);
    }

    private int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        Command command = args.length > 1 ? commands.get(args[0] + " " + args[1]) : null;
        int from = 2;
        if (command == null) {
            command = commands.get(args[0]);
            from = 1;
        }
        if (command == null) {
            List<String> subcommands = commands.keySet().stream().filter(k -> k.startsWith(args[0] + " ")).toList();
            err.println(subcommands.isEmpty() ? "vivarium: unknown command '" + args[0] + "' (try: vivarium help)"
                    : "vivarium " + args[0] + ": " + (args.length > 1 ? "unknown sub-command '" + args[1] + "'"
                            : "missing sub-command") + " (one of: " + String.join(", ", subcommands) + ")");
            return USAGE;
        }
        try {
            Args parsed = Args.parse(LabTarget.take(args), from);
            PluginWarnings.print(command.name(), err);
            return command.run(parsed, new Console(out, err));
        } catch (UsageException e) {
            err.println("vivarium " + command.name() + ": " + e.getMessage());
            err.println("usage: vivarium " + command.usage());
            return USAGE;
        } catch (StudyStoreException e) {
            err.println(e.getMessage());
            return REJECTED;
        } catch (RejectedException e) {
            e.problems().forEach(out::println);
            if (e.getMessage() != null) {
                err.println(e.getMessage());
            }
            return e.code();
        } catch (AnalysisException e) { // an analysis (or its plug-in) refused the input: its message says why
            err.println("vivarium " + command.name() + ": " + e.getMessage());
            return REJECTED;
        } catch (EntryRefusedException e) {
            err.println(e.getMessage()); // a lab server refused a change made outside the audited command stack
            return REJECTED;
        } catch (Exception | LinkageError | VirtualMachineError | AssertionError e) {
            ErrorLog.report(ErrorLog.folder(), args, e, err);
            return INTERNAL;
        } finally {
            LabTarget.close();
        }
    }

    private void usage(PrintStream s) {
        s.println("usage: vivarium <command> [arguments]   (no command: open the workbench)");
        s.println();
        for (Command c : commands.values()) {
            s.printf("  %-58s %s%n", c.usage(), c.summary());
        }
        s.println();
        s.println("a STUDY may be a lab study, lab:ID, on the server given by --lab URL or VIVARIUM_LAB (changes are stored on the server as they are made)");
        s.println("exit codes: 0 ok, 1 usage error, 2 input rejected (one problem per line), 3 internal error "
                + "(the line names the log file), 4 analysis time-out");
    }
}
