package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * Dunnett's test against R's multcomp (r/multcomp-dunnett.R, r/multcomp-dunnett.tsv): multcomp integrates the
 * multivariate t by randomised quasi-Monte Carlo, so agreement is required within the tolerance the script derived
 * from mvtnorm's reported integration error (the 1e-8 reference is RReferenceTest's exact integral).
 */
class MultcompCrossCheckTest {

    @Test
    void dunnettAgreesWithMultcompWithinItsIntegrationError() throws Exception {
        RReferenceTest.Case dunnett = RReferenceTest.cases().stream().filter(c -> c.name().equals("dunnett"))
                .findFirst().orElseThrow();
        AnalysisResult r = RReferenceTest.run(dunnett);
        List<String> lines = Fixtures.lines("r/multcomp-dunnett.tsv").stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("key\t")).toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            String[] f = line.split("\t");
            assertThat(r.value(f[0])).as(f[0]).isCloseTo(Double.parseDouble(f[1]),
                    within(Double.parseDouble(f[2])));
        }
    }
}
