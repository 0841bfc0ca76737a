package org.vivarium.publish.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Code 128 set B against published encodings, and decoded back from its own module widths. */
class Code128Test {

    @Test
    void checkSymbolsMatchPublishedExamples() {
        // Wikipedia, "Code 128", check digit calculation: PJJ123C in code set B -> 879 mod 103 = 55
        assertThat(Code128.checksum("PJJ123C")).isEqualTo(55);
        // "Wikipedia" in set B: 104 + 55 + 2*73 + 3*75 + 4*73 + 5*80 + 6*69 + 7*68 + 8*73 + 9*65 = 3281 -> 88
        assertThat(Code128.checksum("Wikipedia")).isEqualTo(88);
        assertThat(Code128.symbols("PJJ123C")).containsExactly(104, 48, 42, 42, 17, 18, 19, 35, 55, 106);
    }

    @Test
    void modulesAreStartBDataCheckAndStop() {
        int[] m = Code128.modules("A");
        // start B 211214, 'A' (33) 111323, check (104 + 33) % 103 = 34 -> 131123, stop 2331112
        assertThat(m).containsExactly(2, 1, 1, 2, 1, 4, 1, 1, 1, 3, 2, 3, 1, 3, 1, 1, 2, 3, 2, 3, 3, 1, 1, 1, 2);
        assertThat(Arrays.stream(m).sum()).isEqualTo(Code128.width("A")).isEqualTo(46);
        for (int i = 0; i < 106; i++) {
            assertThat(Code128.PATTERNS[i].chars().map(c -> c - '0').sum()).as("symbol " + i).isEqualTo(11);
        }
        assertThat(Code128.PATTERNS[106].chars().map(c -> c - '0').sum()).isEqualTo(13);
        assertThat(Arrays.stream(Code128.PATTERNS).distinct().count()).isEqualTo(107);
    }

    @Test
    void everyPrintableTextDecodesBack() {
        for (String text : new String[] { "1H-C02", "KET-BCI-DEMO/8W-C16", " ~{}|`", "cage 12" }) {
            assertThat(BarcodeReader.decode(Code128.modules(text))).isEqualTo(text);
        }
    }

    @Test
    void textOutsideSetBIsRefused() {
        assertThat(Code128.canEncode("µ-cage")).isFalse();
        assertThat(Code128.canEncode("")).isFalse();
        assertThatThrownBy(() -> Code128.modules("K\u00e4fig")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("printable ASCII");
    }
}
