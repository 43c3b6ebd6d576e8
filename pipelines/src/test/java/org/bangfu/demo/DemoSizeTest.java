package org.bangfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoSizeTest {

    @Test
    void standardIsOneProvinceOfEightPrefecturesFortyCountiesTwoThousandVillagesAndThreeHundredUnits() {
        assertThat(DemoSize.standard()).isEqualTo(new DemoSize(8, 40, 2_000, 300));
    }

    @Test
    void scalingMultipliesEveryDimension() {
        assertThat(DemoSize.scaled(1)).isEqualTo(DemoSize.standard());
        assertThat(DemoSize.scaled(10)).isEqualTo(new DemoSize(80, 400, 20_000, 3_000));
    }

    @Test
    void scalingDownStopsAtTheSmallestSensibleProvince() {
        DemoSize smallest = DemoSize.scaled(0.0001);

        assertThat(smallest.prefectures()).as("two prefectures").isEqualTo(2);
        assertThat(smallest.counties()).as("a seat and two poor counties per prefecture").isEqualTo(6);
        assertThat(smallest.villages()).as("five villages per county").isEqualTo(30);
        assertThat(smallest.units()).as("enough units for every level and category").isEqualTo(30);
    }

    @Test
    void scalingUpKeepsPrefectureCodesWithinTwoDigits() {
        assertThat(DemoSize.scaled(100).prefectures()).isEqualTo(90);
        assertThat(DemoSize.scaled(100).counties()).isEqualTo(4_000);
    }

    @Test
    void impossibleSizesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> DemoSize.scaled(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoSize(8, 40, 100, 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("villages");
        assertThatThrownBy(() -> new DemoSize(8, 40, 2_000, 35))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead unit");
        assertThatThrownBy(() -> new DemoSize(8, 10, 2_000, 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counties");
    }
}
