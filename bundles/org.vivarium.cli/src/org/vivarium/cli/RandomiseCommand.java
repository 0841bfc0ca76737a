package org.vivarium.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.allocation.AllocationException;
import org.vivarium.core.allocation.AllocationPlan;
import org.vivarium.core.allocation.AllocationSettings;
import org.vivarium.core.allocation.Blocking;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * {@code randomise STUDY --cohort C [--strata sex,weight] [--block N|random|none] [--by cage] [--seed N]
 * [--ratio 1:1:2] [--arms CODE,CODE] [--reason R] [--dry-run] [--no-codes]}: allocates a cohort's animals to arms
 * (see {@link Randomiser}) and records it in the study as one change (one entry of its audit trail, with the reason).
 * Refusals print one line and change nothing.
 */
final class RandomiseCommand implements Command {

    @Override
    public String name() {
        return "randomise";
    }

    @Override
    public String usage() {
        return "randomise STUDY --cohort C [--strata sex,weight] [--block N|random|none] [--by cage] [--seed N] "
                + "[--ratio 1:1:2] [--arms CODE,CODE] [--reason R] [--dry-run] [--no-codes]";
    }

    @Override
    public String summary() {
        return "allocate a cohort to arms: seeded, stratified, permuted blocks, whole cages; recorded in the study";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        Options o = Options.of(args);
        args.checkNoneLeft(1);
        if (o.dryRun) {
            ReadStudy read = StudyFiles.read(file);
            AllocationPlan plan = plan(file, read.study(), o);
            print(plan, o, console);
            console.out().println("dry run: nothing written");
            return Cli.OK;
        }
        try (OpenStudy open = StudyEdits.open(file)) {
            AllocationPlan plan = plan(file, open.study(), o);
            EditingDomain domain = StudyEdits.domain(open);
            org.eclipse.emf.common.command.Command command = plan.toCommand(domain);
            if (!command.canExecute()) {
                throw new IllegalStateException("the allocation command cannot be executed: " + command.getLabel());
            }
            StudyEdits.apply(domain, file, open, command, "Randomise cohort " + plan.settings().cohort().getName(),
                    o.reason);
            print(plan, o, console);
            long records = open.study().getAllocations().stream().filter(r -> r.getCohort() == plan.settings()
                    .cohort()).count();
            console.out().println("wrote " + file + ": allocation " + records + " of cohort " + plan.settings()
                    .cohort().getName() + " recorded");
        }
        return Cli.OK;
    }

    private static AllocationPlan plan(Path file, Study study, Options o) throws RejectedException {
        Cohort cohort = cohort(file, study, o.cohort);
        AllocationSettings settings = AllocationSettings.defaults(study, cohort);
        try {
            if (o.arms != null) {
                settings = settings.withArms(arms(file, study, o.arms));
            }
            if (o.ratio != null) {
                settings = settings.withRatio(o.ratio);
            }
            settings = settings.withStrata(o.strata).withBlocking(o.blocking, o.blockSize).withByCage(o.byCage)
                    .withBlindCodes(!o.noCodes).withReason(o.reason);
            if (o.seed != null) {
                settings = settings.withSeed(o.seed);
            }
            return Randomiser.plan(study, settings);
        } catch (AllocationException e) {
            throw refused(file, e.getMessage());
        }
    }

    private static void print(AllocationPlan plan, Options o, Console console) {
        plan.summaryLines().forEach(console.out()::println);
        if (o.seed == null) {
            long seed = plan.settings().seed();
            console.out().println("seed " + seed + " was drawn at random; add --seed " + seed + " to reproduce it");
        }
    }

    private static Cohort cohort(Path file, Study study, String name) throws RejectedException {
        for (Cohort c : study.getCohorts()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        for (Cohort c : study.getCohorts()) {
            if (c.getName() != null && name.equalsIgnoreCase(c.getName().strip())) {
                return c;
            }
        }
        throw refused(file, "unknown cohort '" + name + "' (cohorts: " + String.join(", ", study.getCohorts().stream()
                .map(Cohort::getName).toList()) + ")");
    }

    private static List<TreatmentArm> arms(Path file, Study study, List<String> codes) throws RejectedException {
        List<TreatmentArm> arms = new ArrayList<>();
        for (String code : codes) {
            TreatmentArm arm = study.getArms().stream().filter(a -> code.equals(a.getCode())).findFirst().orElse(
                    study.getArms().stream().filter(a -> code.equalsIgnoreCase(a.getCode())).findFirst().orElse(null));
            if (arm == null) {
                throw refused(file, "unknown arm '" + code + "' (arms: " + String.join(", ", study.getArms().stream()
                        .map(TreatmentArm::getCode).toList()) + ")");
            }
            arms.add(arm);
        }
        return arms;
    }

    private static RejectedException refused(Path file, String message) {
        return new RejectedException(List.of(file + ": " + message), "nothing changed; " + file + " is unchanged");
    }

    /** The options as given. */
    private record Options(String cohort, List<String> strata, Blocking blocking, int blockSize, boolean byCage,
            Long seed, List<Integer> ratio, List<String> arms, String reason, boolean dryRun, boolean noCodes) {

        static Options of(Args args) throws UsageException {
            String cohort = args.requiredOption("cohort");
            List<String> strata = list(args.option("strata", null));
            String block = args.option("block", null);
            Blocking blocking = Blocking.FIXED;
            int size = 0;
            if (block != null) {
                switch (block.strip().toLowerCase(Locale.ROOT)) {
                    case "random" -> blocking = Blocking.RANDOM;
                    case "none" -> blocking = Blocking.NONE;
                    default -> size = wholeNumber("block", block);
                }
                if (blocking == Blocking.FIXED && size < 1) {
                    throw new UsageException("--block must be a block size of at least 1, random or none, not '"
                            + block + "'");
                }
            }
            String by = args.option("by", null);
            if (by != null && !by.equals("cage") && !by.equals("animal")) {
                throw new UsageException("--by must be cage or animal, not '" + by + "'");
            }
            String seedText = args.option("seed", null);
            Long seed = seedText == null ? null : args.longOption("seed", 0);
            String ratioText = args.option("ratio", null);
            List<Integer> ratio = null;
            if (ratioText != null) {
                ratio = new ArrayList<>();
                for (String part : ratioText.split(":", -1)) {
                    ratio.add(wholeNumber("ratio", part));
                }
            }
            String armsText = args.option("arms", null);
            return new Options(cohort, strata, blocking, size, "cage".equals(by), seed, ratio, armsText == null ? null
                    : list(armsText), args.option("reason", null), args.flag("dry-run"), args.flag("no-codes"));
        }

        private static List<String> list(String text) {
            return text == null ? List.of() : List.of(text.split(",")).stream().map(String::strip).filter(s -> !s
                    .isEmpty()).toList();
        }

        private static int wholeNumber(String option, String text) throws UsageException {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + option + " takes whole numbers" + (option.equals("block")
                        ? " (or random, none)" : " like 1:1:2") + ", not '" + text + "'");
            }
        }
    }
}
