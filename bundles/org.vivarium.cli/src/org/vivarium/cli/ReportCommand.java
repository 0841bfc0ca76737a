package org.vivarium.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.arrive.ArriveReport;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Documents;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.report.StudyReport;

/**
 * {@code report STUDY [--arrive OUT.docx|OUT.pdf] [--summary OUT.pdf] [--paper a4|letter]}: the ARRIVE 2.0 report
 * and the study report. Both documents are made before either is written, so bad input writes nothing.
 */
final class ReportCommand implements Command {

    private record Output(String what, Path file, Document document) {
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report STUDY [--arrive OUT.docx|OUT.pdf] [--summary OUT.pdf] [--paper a4|letter]";
    }

    @Override
    public String summary() {
        return "the ARRIVE 2.0 report and the study report (PDF or Word)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String arrive = args.option("arrive", null);
        String summary = args.option("summary", null);
        String paperName = args.option("paper", "a4");
        args.checkNoneLeft(1);
        PageSize paper = PaperOption.of(paperName);
        if (arrive == null && summary == null) {
            throw new UsageException("give --arrive OUT.docx|OUT.pdf, --summary OUT.pdf or both");
        }
        try {
            for (String out : new String[] { arrive, summary }) {
                if (out != null) {
                    Documents.format(Path.of(out));
                }
            }
        } catch (PublishException e) {
            throw new RejectedException(List.of(), e.getMessage());
        }
        Study study = StudyFiles.read(file).study();
        List<Output> outputs = new ArrayList<>();
        try {
            if (arrive != null) {
                outputs.add(new Output("ARRIVE report", Path.of(arrive), ArriveReport.build(study,
                        new NullProgressMonitor())));
            }
            if (summary != null) {
                outputs.add(new Output("study report", Path.of(summary), StudyReport.build(study,
                        new NullProgressMonitor())));
            }
        } catch (PublishException e) {
            throw new RejectedException(List.of(), file + ": " + e.getMessage());
        }
        for (Output o : outputs) {
            int pages = OutputFiles.write(o.file(), () -> write(o, paper));
            console.out().println("wrote " + o.file() + ": " + o.what() + (pages > 0 ? ", " + pages + " page"
                    + (pages == 1 ? "" : "s") : " (Word document)"));
        }
        return Cli.OK;
    }

    private static int write(Output o, PageSize paper) throws IOException {
        try {
            return Documents.write(o.document(), o.file(), paper);
        } catch (PublishException e) {
            throw new IOException(e.getMessage(), e); // not reached: the format was checked above
        }
    }
}
