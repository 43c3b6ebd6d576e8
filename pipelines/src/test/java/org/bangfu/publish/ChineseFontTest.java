package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChineseFontTest {

    @Test
    void prefersNotoSansCjkOverOtherFontsThatDisplayChinese() {
        List<String> installed = List.of("AR PL UMing CN", "DejaVu Sans", "Noto Sans CJK SC", "Noto Serif CJK SC");
        Set<String> displayChinese = Set.of("AR PL UMing CN", "Noto Sans CJK SC", "Noto Serif CJK SC");
        assertThat(ChineseFont.chooseFamily(installed, displayChinese::contains)).isEqualTo("Noto Sans CJK SC");
    }

    @Test
    void fallsBackToAnyInstalledFontThatDisplaysChinese() {
        List<String> installed = List.of("DejaVu Sans", "AR PL UMing CN");
        assertThat(ChineseFont.chooseFamily(installed, "AR PL UMing CN"::equals)).isEqualTo("AR PL UMing CN");
    }

    @Test
    void failsInChineseAndEnglishSayingHowToInstallAFontWhenNoneDisplaysChinese() {
        assertThatThrownBy(() -> ChineseFont.chooseFamily(List.of("DejaVu Sans", "Liberation Serif"), family -> false))
                .isInstanceOf(PublishException.class)
                .satisfies(error -> assertThat(((PublishException) error).error()).isEqualTo(PublishError.NO_CHINESE_FONT))
                .hasMessageContaining("没有能显示中文")
                .hasMessageContaining("no installed font can display Chinese")
                .hasMessageContaining("apt-get install -y fonts-noto-cjk");
    }

    @Test
    void thisMachineHasAFontThatDisplaysChinese() {
        assertThat(ChineseFont.installedFamily()).as("install fonts-noto-cjk to draw charts").isNotBlank();
    }
}
