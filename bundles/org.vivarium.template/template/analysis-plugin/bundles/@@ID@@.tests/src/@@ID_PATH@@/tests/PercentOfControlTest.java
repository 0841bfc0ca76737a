package @@ID@@.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.testing.AnalysisTesting;
import org.vivarium.analysis.testing.DemoDatasets;
import org.vivarium.analysis.testing.SmallDataset;

import @@ID@@.PercentOfControl;

/**
 * Runs the analysis as Vivarium does (registry and runner, through org.vivarium.analysis.testing): on a small
 * dataset whose answer is worked out by hand, on the demo study, and on data it must refuse.
 */
class PercentOfControlTest {

    private static final String ID = PercentOfControl.ID;

    @Test
    void isContributedByThisBundle() {
        AnalysisDescriptor d = AnalysisTesting.descriptor(ID);
        assertEquals("@@ID@@", d.contributor());
        assertEquals("Percent of control", d.name());
    }

    @Test
    void eachMeanIsAPercentageOfTheControlMean() {
        Dataset data = SmallDataset.of("immobility", "s").control("VEH")
                .group("VEH", 150, 160).group("KET", 90, 100).build();
        AnalysisResult r = AnalysisTesting.runOk(ID, data, Parameters.none());
        assertEquals(100, r.value("VEH.percent"), 1e-12);
        assertEquals(100 * 95.0 / 155.0, r.value("KET.percent"), 1e-12); // means 95 and 155
        assertEquals(2, r.table("percent").rows().size());
    }

    @Test
    void runsOnTheDemoStudyAtEachTimeSinceDose() {
        Dataset fst = DemoDatasets.dataset("FST", "immobility");
        AnalysisResult r = AnalysisTesting.runOk(ID, fst, Parameters.none());
        String control = fst.control(Dataset.ARM);
        for (String time : fst.levels(Dataset.TIME)) {
            assertEquals(100, r.value(control + "@" + time + ".percent"), 1e-9, time);
        }
        assertEquals(fst.levels(Dataset.ARM).size() * fst.levels(Dataset.TIME).size(),
                r.table("percent").rows().size());
    }

    @Test
    void aFactorTheDataDoNotHaveIsRefusedWithAClearMessage() {
        Dataset data = SmallDataset.of("immobility", "s").control("VEH").group("VEH", 150).build();
        AnalysisResult r = AnalysisTesting.run(ID, data, Parameters.of("group", "sex"));
        assertEquals(AnalysisResult.Status.ERROR, r.status());
        assertEquals("no factor 'sex' in small test dataset (factors: [arm])", r.message());
    }
}
