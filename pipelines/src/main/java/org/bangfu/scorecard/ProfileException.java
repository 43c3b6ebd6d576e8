package org.bangfu.scorecard;

/**
 * A province profile that cannot be used. Every message names the file and the key (as a path such
 * as {@code rules[2].minimum}), says what is wrong and how to fix it, in Chinese and then English.
 */
public final class ProfileException extends RuntimeException {

    private final ProfileError error;
    private final String file;
    private final String key;

    private ProfileException(ProfileError error, String file, String key, String chinese, String english,
            Throwable cause) {
        super("[" + error.code() + "] " + file + (key.isEmpty() ? "" : " " + key) + "：" + chinese + "\n"
                + file + (key.isEmpty() ? "" : " " + key) + ": " + english, cause);
        this.error = error;
        this.file = file;
        this.key = key;
    }

    public ProfileError error() {
        return error;
    }

    /** The profile file, as named in the message. */
    public String file() {
        return file;
    }

    /** The key path within the file, empty when the whole file is concerned. */
    public String key() {
        return key;
    }

    static ProfileException fileNotFound(String file, String whoNeedsIt) {
        return new ProfileException(ProfileError.FILE_NOT_FOUND, file, "",
                "找不到省份配置文件（" + whoNeedsIt + "需要它）。请在配置目录中放入该文件，或改正引用它的代码。",
                "the province profile file does not exist (" + whoNeedsIt + " needs it). Put the file in the"
                        + " profiles directory or correct the code that refers to it.",
                null);
    }

    static ProfileException notValidJson(String file, String detail, Throwable cause) {
        return new ProfileException(ProfileError.NOT_VALID_JSON, file, "",
                "不是有效的 JSON：" + detail + "。请按提示的行列改正（注意逗号、引号和括号配对）。",
                "is not valid JSON: " + detail + ". Correct it at the line and column given (commas, quotes,"
                        + " matching brackets).",
                cause);
    }

    static ProfileException keyMissing(String file, String key, String expected) {
        return new ProfileException(ProfileError.KEY_MISSING, file, key,
                "缺少必填键。请补上：" + expected + "。",
                "a required key is missing. Add it: " + expected + ".",
                null);
    }

    static ProfileException valueInvalid(String file, String key, String value, String expectedChinese,
            String expectedEnglish) {
        return new ProfileException(ProfileError.VALUE_INVALID, file, key,
                "值 " + value + " 不可用，应为" + expectedChinese + "。",
                "the value " + value + " cannot be used; expected " + expectedEnglish + ".",
                null);
    }

    static ProfileException keyUnknown(String file, String key, java.util.Collection<String> allowed) {
        return new ProfileException(ProfileError.KEY_UNKNOWN, file, key,
                "不认识的键（可能拼写有误）。此处可用的键：" + allowed + "。",
                "unknown key (a misspelling?). The keys allowed here: " + allowed + ".",
                null);
    }

    static ProfileException includesCycle(String file, String key, java.util.List<String> chain) {
        return new ProfileException(ProfileError.INCLUDES_CYCLE, file, key,
                "配置互相引用，形成循环：" + String.join(" → ", chain) + "。请去掉其中一处引用。",
                "the profiles include each other in a cycle: " + String.join(" → ", chain)
                        + ". Remove one of the includes.",
                null);
    }

    static ProfileException ruleCodeDuplicated(String file, String key, String ruleCode, String firstSource,
            String secondSource) {
        return new ProfileException(ProfileError.RULE_CODE_DUPLICATED, file, key,
                "规则代码 " + ruleCode + " 在 " + firstSource + " 和 " + secondSource + " 中重复定义。每条规则的代码须唯一，请改用新代码。",
                "the rule code " + ruleCode + " is defined both in " + firstSource + " and in " + secondSource
                        + ". Every rule needs its own code; choose another.",
                null);
    }
}
