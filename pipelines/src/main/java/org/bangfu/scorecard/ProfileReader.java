package org.bangfu.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one profile or province-mapping file, checking every key so that a mistake is reported
 * with the file and key path rather than surfacing later as a wrong scorecard.
 */
final class ProfileReader {

    static final Set<String> PROFILE_KEYS = orderedSet("code", "nameChinese", "nameEnglish", "description",
            "includes", "rating", "bundledAssessment", "rules");
    static final Set<String> RATING_KEYS = orderedSet("excellentMinimumPercent", "goodMinimumPercent",
            "fairMinimumPercent");
    static final Set<String> BUNDLED_KEYS = orderedSet("unfitResidentCadreBlocksExcellent",
            "missedExitYearBlocksExcellent");
    static final Set<String> RULE_KEYS = orderedSet("code", "nameChinese", "nameEnglish", "description", "measure",
            "minimum", "maximum", "unitLevels", "bundled");
    static final Set<String> PROVINCES_KEYS = orderedSet("description", "defaultProfile", "provinces");

    private static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern PROFILE_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");

    private final ObjectMapper mapper = new ObjectMapper();

    /** A profile as written in its file: its own rules and the codes of the profiles it includes. */
    record ProfileFile(ProvinceProfile profile, List<String> includes) {
    }

    /** provinces.json: the profile for provinces not listed, and the profile of each province listed. */
    record ProvinceMapping(String defaultProfile, java.util.Map<String, String> profileByProvince) {
    }

    ProfileFile readProfile(String file, String expectedCode, String text) {
        JsonNode root = parse(file, text);
        requireObject(file, "", root);
        onlyKeys(file, "", root, PROFILE_KEYS);
        String code = text(file, "code", root, "code", "配置代码，与文件名相同 / the profile code, the file name without .json");
        if (!code.equals(expectedCode)) {
            throw ProfileException.valueInvalid(file, "code", quoted(code),
                    "与文件名一致的 \"" + expectedCode + "\"", "\"" + expectedCode + "\", the file's name");
        }
        String nameChinese = text(file, "nameChinese", root, "nameChinese", "中文名称 / the Chinese name");
        String nameEnglish = text(file, "nameEnglish", root, "nameEnglish", "英文名称 / the English name");
        List<String> includes = new ArrayList<>();
        JsonNode includeNodes = root.get("includes");
        if (includeNodes != null) {
            requireArray(file, "includes", includeNodes);
            for (int index = 0; index < includeNodes.size(); index++) {
                String path = "includes[" + index + "]";
                JsonNode include = includeNodes.get(index);
                if (!include.isTextual() || !PROFILE_CODE.matcher(include.asText()).matches()) {
                    throw ProfileException.valueInvalid(file, path, include.toString(),
                            "另一配置的代码（如 \"central\"）", "the code of another profile (e.g. \"central\")");
                }
                includes.add(include.asText());
            }
        }
        VerdictPolicy policy = verdictPolicy(file, root);
        JsonNode ruleNodes = required(file, "rules", root, "rules", "规则数组 / an array of rules");
        requireArray(file, "rules", ruleNodes);
        List<ProgrammeRule> rules = new ArrayList<>();
        for (int index = 0; index < ruleNodes.size(); index++) {
            ProgrammeRule rule = rule(file, "rules[" + index + "]", ruleNodes.get(index));
            for (int earlier = 0; earlier < rules.size(); earlier++) {
                if (rules.get(earlier).code().equals(rule.code())) {
                    throw ProfileException.ruleCodeDuplicated(file, "rules[" + index + "].code", rule.code(),
                            "rules[" + earlier + "]", "rules[" + index + "]");
                }
            }
            rules.add(rule);
        }
        return new ProfileFile(new ProvinceProfile(code, nameChinese, nameEnglish, rules, policy, file), includes);
    }

    ProvinceMapping readProvinces(String file, String text) {
        JsonNode root = parse(file, text);
        requireObject(file, "", root);
        onlyKeys(file, "", root, PROVINCES_KEYS);
        String defaultProfile = text(file, "defaultProfile", root, "defaultProfile",
                "未列出的省份所用配置的代码 / the profile of provinces not listed");
        if (!PROFILE_CODE.matcher(defaultProfile).matches()) {
            throw ProfileException.valueInvalid(file, "defaultProfile", quoted(defaultProfile),
                    "配置代码（如 \"central\"）", "a profile code (e.g. \"central\")");
        }
        java.util.Map<String, String> byProvince = new java.util.LinkedHashMap<>();
        JsonNode provinces = root.get("provinces");
        if (provinces != null) {
            requireObject(file, "provinces", provinces);
            Iterator<String> names = provinces.fieldNames();
            while (names.hasNext()) {
                String province = names.next();
                String path = "provinces." + province;
                if (!PROVINCE_CODE.matcher(province).matches()) {
                    throw ProfileException.valueInvalid(file, path, quoted(province),
                            "6位省级区划代码（如 \"580000\"）作为键", "a 6-digit province code (e.g. \"580000\") as the key");
                }
                JsonNode profile = provinces.get(province);
                if (!profile.isTextual() || !PROFILE_CODE.matcher(profile.asText()).matches()) {
                    throw ProfileException.valueInvalid(file, path, profile.toString(),
                            "配置代码（如 \"yunnan-like\"）", "a profile code (e.g. \"yunnan-like\")");
                }
                byProvince.put(province, profile.asText());
            }
        }
        return new ProvinceMapping(defaultProfile, byProvince);
    }

    private VerdictPolicy verdictPolicy(String file, JsonNode root) {
        JsonNode rating = required(file, "rating", root, "rating",
                "{\"excellentMinimumPercent\": 100, \"goodMinimumPercent\": 80, \"fairMinimumPercent\": 60}");
        requireObject(file, "rating", rating);
        onlyKeys(file, "rating", rating, RATING_KEYS);
        BigDecimal excellent = percent(file, "rating.excellentMinimumPercent", rating, "excellentMinimumPercent");
        BigDecimal good = percent(file, "rating.goodMinimumPercent", rating, "goodMinimumPercent");
        BigDecimal fair = percent(file, "rating.fairMinimumPercent", rating, "fairMinimumPercent");
        if (good.compareTo(excellent) > 0) {
            throw ProfileException.valueInvalid(file, "rating.goodMinimumPercent", good.toPlainString(),
                    "不大于优秀的下限 " + excellent.toPlainString(), "at most the excellent minimum " + excellent.toPlainString());
        }
        if (fair.compareTo(good) > 0) {
            throw ProfileException.valueInvalid(file, "rating.fairMinimumPercent", fair.toPlainString(),
                    "不大于良好的下限 " + good.toPlainString(), "at most the good minimum " + good.toPlainString());
        }
        JsonNode bundled = required(file, "bundledAssessment", root, "bundledAssessment",
                "{\"unfitResidentCadreBlocksExcellent\": true, \"missedExitYearBlocksExcellent\": true}");
        requireObject(file, "bundledAssessment", bundled);
        onlyKeys(file, "bundledAssessment", bundled, BUNDLED_KEYS);
        return new VerdictPolicy(excellent, good, fair,
                bool(file, "bundledAssessment.unfitResidentCadreBlocksExcellent", bundled,
                        "unfitResidentCadreBlocksExcellent"),
                bool(file, "bundledAssessment.missedExitYearBlocksExcellent", bundled,
                        "missedExitYearBlocksExcellent"));
    }

    private ProgrammeRule rule(String file, String path, JsonNode node) {
        requireObject(file, path, node);
        onlyKeys(file, path, node, RULE_KEYS);
        String code = text(file, path + ".code", node, "code", "规则代码，如 \"C-VISITS\" / a rule code such as \"C-VISITS\"");
        if (!RULE_CODE.matcher(code).matches()) {
            throw ProfileException.valueInvalid(file, path + ".code", quoted(code),
                    "大写字母、数字和连字符组成的代码（如 \"SC-MEETINGS\"）",
                    "a code of capital letters, digits and hyphens (e.g. \"SC-MEETINGS\")");
        }
        String nameChinese = text(file, path + ".nameChinese", node, "nameChinese", "中文名称 / the Chinese name");
        String nameEnglish = text(file, path + ".nameEnglish", node, "nameEnglish", "英文名称 / the English name");
        String measureName = text(file, path + ".measure", node, "measure",
                "one of " + List.of(RuleMeasure.values()));
        RuleMeasure measure;
        try {
            measure = RuleMeasure.valueOf(measureName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProfileException.valueInvalid(file, path + ".measure", quoted(measureName),
                    "以下之一：" + List.of(RuleMeasure.values()), "one of " + List.of(RuleMeasure.values()));
        }
        Optional<BigDecimal> minimum = threshold(file, path + ".minimum", node, "minimum");
        Optional<BigDecimal> maximum = threshold(file, path + ".maximum", node, "maximum");
        if (measure.isYesNo() && (minimum.isPresent() || maximum.isPresent())) {
            throw ProfileException.valueInvalid(file, path + (minimum.isPresent() ? ".minimum" : ".maximum"),
                    minimum.or(() -> maximum).orElseThrow().toPlainString(),
                    "不填：" + measure + " 是“是/否”项，没有数值门槛",
                    "no threshold: " + measure + " is a yes/no figure");
        }
        if (!measure.isYesNo() && minimum.isEmpty() && maximum.isEmpty()) {
            throw ProfileException.keyMissing(file, path + ".minimum",
                    "minimum 或 maximum 至少一项（数值，如 \"minimum\": 2）/ minimum or maximum, e.g. \"minimum\": 2");
        }
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0) {
            throw ProfileException.valueInvalid(file, path + ".maximum", maximum.get().toPlainString(),
                    "不小于 minimum " + minimum.get().toPlainString(), "at least the minimum " + minimum.get().toPlainString());
        }
        JsonNode levels = required(file, path + ".unitLevels", node, "unitLevels",
                "适用的单位层级数组，如 [\"中央\"] / the unit levels it applies to, e.g. [\"中央\"]");
        requireArray(file, path + ".unitLevels", levels);
        List<String> unitLevels = new ArrayList<>();
        for (int index = 0; index < levels.size(); index++) {
            JsonNode level = levels.get(index);
            if (!level.isTextual() || !ProgrammeRule.UNIT_LEVELS.contains(level.asText())) {
                throw ProfileException.valueInvalid(file, path + ".unitLevels[" + index + "]", level.toString(),
                        "以下之一：" + ProgrammeRule.UNIT_LEVELS, "one of " + ProgrammeRule.UNIT_LEVELS);
            }
            unitLevels.add(level.asText());
        }
        if (unitLevels.isEmpty()) {
            throw ProfileException.valueInvalid(file, path + ".unitLevels", "[]",
                    "至少一个单位层级", "at least one unit level");
        }
        boolean bundled = bool(file, path + ".bundled", node, "bundled");
        return new ProgrammeRule(code, nameChinese, nameEnglish, measure, minimum, maximum, unitLevels, bundled);
    }

    private JsonNode parse(String file, String text) {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw ProfileException.notValidJson(file, "文件为空 / the file is empty", null);
            }
            return root;
        } catch (JsonProcessingException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : "第" + malformed.getLocation().getLineNr() + "行第" + malformed.getLocation().getColumnNr()
                            + "列 / line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr() + ": ";
            throw ProfileException.notValidJson(file, where + malformed.getOriginalMessage(), malformed);
        }
    }

    private static JsonNode required(String file, String path, JsonNode object, String key, String expected) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            throw ProfileException.keyMissing(file, path, expected);
        }
        return value;
    }

    private static String text(String file, String path, JsonNode object, String key, String expected) {
        JsonNode value = required(file, path, object, key, expected);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ProfileException.valueInvalid(file, path, value.toString(), "非空文本", "non-blank text");
        }
        return value.asText().trim();
    }

    private static boolean bool(String file, String path, JsonNode object, String key) {
        JsonNode value = required(file, path, object, key, "true 或 false / true or false");
        if (!value.isBoolean()) {
            throw ProfileException.valueInvalid(file, path, value.toString(), "true 或 false", "true or false");
        }
        return value.asBoolean();
    }

    private static BigDecimal percent(String file, String path, JsonNode object, String key) {
        JsonNode value = required(file, path, object, key, "0 到 100 之间的数 / a number from 0 to 100");
        if (!value.isNumber() || value.decimalValue().signum() < 0
                || value.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProfileException.valueInvalid(file, path, value.toString(), "0 到 100 之间的数（百分比）",
                    "a number from 0 to 100 (a percentage)");
        }
        return value.decimalValue();
    }

    private static Optional<BigDecimal> threshold(String file, String path, JsonNode object, String key) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0) {
            throw ProfileException.valueInvalid(file, path, value.toString(), "不小于 0 的数", "a number not below 0");
        }
        return Optional.of(value.decimalValue());
    }

    private static void requireObject(String file, String path, JsonNode node) {
        if (!node.isObject()) {
            throw ProfileException.valueInvalid(file, path.isEmpty() ? "(根 / root)" : path, abbreviated(node),
                    "JSON 对象 {…}", "a JSON object {…}");
        }
    }

    private static void requireArray(String file, String path, JsonNode node) {
        if (!node.isArray()) {
            throw ProfileException.valueInvalid(file, path, abbreviated(node), "JSON 数组 […]", "a JSON array […]");
        }
    }

    private static void onlyKeys(String file, String path, JsonNode object, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ProfileException.keyUnknown(file, path.isEmpty() ? name : path + "." + name, allowed);
            }
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static Set<String> orderedSet(String... names) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(names)));
    }
}
