package org.bangfu.publish;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the font charts are drawn with. Java's default fonts often have no Chinese glyphs and
 * draw boxes instead, so a font is chosen by asking it to display a Chinese sample, preferring the
 * Noto CJK families that fonts-noto-cjk installs.
 */
final class ChineseFont {

    /** Text every chosen font must display. */
    static final String SAMPLE = "帮扶资金县市州季度亿元";

    static final List<String> PREFERRED_FAMILIES = List.of(
            "Noto Sans CJK SC",
            "Noto Serif CJK SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "Microsoft YaHei",
            "SimHei",
            "PingFang SC",
            "SimSun");

    private ChineseFont() {
    }

    /** The family to draw charts with, from the fonts installed here. */
    static String installedFamily() {
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return chooseFamily(installed, family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1);
    }

    /**
     * A preferred family if one is installed and displays the sample, else any installed family
     * that does; fails with installation advice when none does.
     */
    static String chooseFamily(Collection<String> installedFamilies, Predicate<String> displaysSample) {
        Optional<String> preferred = PREFERRED_FAMILIES.stream()
                .filter(installedFamilies::contains)
                .filter(displaysSample)
                .findFirst();
        return preferred.or(() -> installedFamilies.stream().sorted().filter(displaysSample).findFirst())
                .orElseThrow(() -> PublishException.noChineseFont(PREFERRED_FAMILIES));
    }
}
