package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void textThatWouldBeAFormulaIsPrefixedWithAnApostrophe() {
        assertThat(SpreadsheetText.inert("=HYPERLINK(\"http://x\",\"甲县\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"甲县\")");
        assertThat(SpreadsheetText.inert("+1+1")).isEqualTo("'+1+1");
        assertThat(SpreadsheetText.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.inert("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.inert("＝1+1")).as("full-width equals sign").isEqualTo("'＝1+1");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(SpreadsheetText.inert("甲县")).isEqualTo("甲县");
        assertThat(SpreadsheetText.inert("云岭省 = 全省")).isEqualTo("云岭省 = 全省");
        assertThat(SpreadsheetText.inert("")).isEmpty();
        assertThat(SpreadsheetText.inert(null)).isNull();
    }
}
