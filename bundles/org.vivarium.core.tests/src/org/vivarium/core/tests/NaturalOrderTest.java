package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.NaturalOrder;

/** The order of identifiers (allocation algorithm version 1 and every listing of animals). */
class NaturalOrderTest {

    @Test
    void digitRunsCompareAsNumbers() {
        List<String> ids = new ArrayList<>(List.of("A-10", "A-2", "B-1", "A-1", "A-02", "A", "1H-10", "1H-9",
                "24H-01", "A-1b"));
        ids.sort(NaturalOrder.INSTANCE);
        assertThat(ids).containsExactly("1H-9", "1H-10", "24H-01", "A", "A-1", "A-1b", "A-2", "A-02", "A-10", "B-1");
        assertThat(NaturalOrder.INSTANCE.compare(null, "")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("K99999999999999999999", "K100000000000000000000")).isNegative();
    }
}
