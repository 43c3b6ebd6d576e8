package org.bangfu.cli;

import java.util.Locale;
import java.util.Map;

/** The language bangfu prints its own lines in: {@code --lang}, else the locale, else Chinese. */
enum Language {
    ZH, EN;

    /**
     * From the POSIX locale variables in their order of precedence. Chinese when they say nothing
     * useful (C, POSIX, unset): the users are Chinese offices; Java's default locale cannot tell
     * an unset locale from English, so it is not asked.
     */
    static Language fromEnvironment(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
            }
        }
        return ZH;
    }

    static Language parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "cn", "中文" -> ZH;
            case "en", "en-us", "en_us", "english" -> EN;
            default -> throw new BangfuException(BangfuCommand.EXIT_USAGE,
                    "--lang 应为 zh 或 en，而不是 " + text + " / --lang must be zh or en, not " + text);
        };
    }
}
