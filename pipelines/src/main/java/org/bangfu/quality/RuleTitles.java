package org.bangfu.quality;

/**
 * A short name for every rule, Chinese and English, for summaries that count problems by rule
 * (the data-quality page, the 简报): the rule's message speaks about one cell and needs its
 * values; a summary needs what kind of problem it is. The switch has no default, so a new rule
 * does not compile until it has a name.
 */
public final class RuleTitles {

    /** A rule's short name. */
    public record Title(String chinese, String english) {
    }

    private RuleTitles() {
    }

    /** The name of the rule with this code; a code no rule has (an older release's) is named by its code. */
    public static Title ofCode(String code) {
        return Rule.withCode(code).map(RuleTitles::of)
                .orElse(new Title("规则" + code, "rule " + code));
    }

    public static Title of(Rule rule) {
        return switch (rule) {
            case FILE_UNREADABLE -> new Title("文件无法读取", "file cannot be read");
            case FILE_FORM_UNKNOWN -> new Title("无法识别报表", "form not recognised");
            case FILE_COLUMN_MISSING -> new Title("缺少必填列", "required column missing");
            case FILE_EMPTY -> new Title("空文件", "empty file");
            case FILE_TOO_LARGE -> new Title("文件过大", "file too large");
            case FILE_WRONG_TYPE -> new Title("文件类型不符", "not an .xlsx or .csv form");
            case WORKBOOK_CORRUPT -> new Title("文件损坏", "damaged file");
            case WORKBOOK_ZIP_BOMB -> new Title("解压后异常庞大", "abnormal size when unpacked");
            case WORKBOOK_EXTERNAL_ENTITY -> new Title("含外部实体", "external entity in workbook");
            case FILE_NO_DATA_ROWS -> new Title("没有数据行", "no data rows");
            case REQUIRED_VALUE_MISSING -> new Title("必填项为空", "required value blank");
            case NOT_A_NUMBER -> new Title("应填数字", "not a number");
            case NOT_A_WHOLE_NUMBER -> new Title("应为整数", "not a whole number");
            case NEGATIVE_VALUE -> new Title("出现负数", "negative value");
            case COUNTY_CODE_MALFORMED -> new Title("县代码格式错误", "malformed county code");
            case VILLAGE_CODE_MALFORMED -> new Title("村代码格式错误", "malformed village code");
            case CREDIT_CODE_MALFORMED -> new Title("统一社会信用代码格式错误", "malformed credit code");
            case CREDIT_CODE_CHECK_FAILED -> new Title("统一社会信用代码校验位错误", "credit code check character wrong");
            case PERIOD_MALFORMED -> new Title("报告期格式错误", "malformed reporting period");
            case PERIOD_IN_FUTURE -> new Title("报告期尚未结束", "period not yet ended");
            case YEAR_MALFORMED -> new Title("年份格式错误", "malformed year");
            case DATE_MALFORMED -> new Title("日期格式错误", "malformed date");
            case VALUE_NOT_ALLOWED -> new Title("取值不在规定范围", "value not allowed");
            case DUPLICATE_KEY -> new Title("重复行", "duplicate row");
            case UNKNOWN_COUNTY -> new Title("县代码不在名录中", "county not in the register");
            case UNKNOWN_UNIT -> new Title("单位不在名录中", "unit not in the register");
            case UNKNOWN_VILLAGE -> new Title("村代码不在名录中", "village not in the register");
            case UNIT_NOT_PAIRED -> new Title("单位与县无结对关系", "unit not paired with the county");
            case VILLAGE_NOT_IN_COUNTY -> new Title("村不属于该县", "village not in the county");
            case INDUSTRY_FUNDS_EXCEED_TOTAL -> new Title("产业资金超过投入合计", "industry funds exceed the total");
            case RESIDENT_ID_MALFORMED -> new Title("身份号码格式错误", "malformed resident ID");
            case RESIDENT_ID_CHECK_FAILED -> new Title("身份号码校验位错误", "resident ID check digit wrong");
            case VALUE_OUT_OF_RANGE -> new Title("超出合理范围", "value out of range");
            case ASSESSMENT_OUTSIDE_Q4 -> new Title("考核结果不在第四季度报送", "assessment outside Q4");
            case UNKNOWN_AREA -> new Title("区划代码不在名录中", "area not in the register");
            case VILLAGE_NOT_POOR -> new Title("村不是贫困村", "village not a poor village");
            case POVERTY_IDENTITY_BROKEN -> new Title("贫困人口增减不平衡", "poor population does not balance");
            case VILLAGES_EXITED_EXCEED_POOR -> new Title("出列村数超过贫困村数", "villages exited exceed poor villages");
            case TEAM_SPLIT_MISMATCH -> new Title("队员分项之和不符", "team members do not add up");
            case DAYS_EXCEED_QUARTER -> new Title("天数超过本季度", "days exceed the quarter");
            case EXIT_BEFORE_IDENTIFIED -> new Title("脱贫早于识别", "exit before identification");
            case YEAR_TO_DATE_FELL -> new Title("累计数减少", "year-to-date figure fell");
            case JUMP_OVER_TENFOLD -> new Title("比上期增长超过10倍", "more than tenfold the previous period");
            case OUTLIER_AMONG_PEERS -> new Title("与同类填报相差悬殊", "outlier among peers");
            case TEAM_MEMBERS_DIFFER -> new Title("驻村队员数与花名册不一致", "team members differ from the roster");
            case EXITS_DIFFER -> new Title("脱贫人口与贫困户名单不一致", "people exited differ from the household list");
            case SUBMITTED_LATE -> new Title("迟报", "submitted late");
            case PERSONAL_DATA_IN_CELL -> new Title("填入个人信息", "personal data in a cell");
            case NUMBER_TOO_LARGE -> new Title("数值超出可存储范围", "number too large");
            case TOO_MANY_DECIMALS -> new Title("小数位数过多", "too many decimals");
            case NUMBER_SEPARATORS_AMBIGUOUS -> new Title("数字分隔符不规范", "ambiguous number separators");
            case CODE_DIGITS_LOST -> new Title("代码被科学计数法截断", "code digits lost to scientific notation");
            case FORMULA_WITHOUT_VALUE -> new Title("公式没有计算结果", "formula without a value");
            case CELL_ENCODING_MIXED -> new Title("字符编码混用", "mixed character encodings");
            case FILE_NUL_BYTE -> new Title("文件含空字符", "NUL byte in the file");
            case FILE_TOO_MANY_COLUMNS -> new Title("列数过多", "too many columns");
            case WORKBOOK_SEVERAL_FORMS -> new Title("一个文件含多张报表", "several forms in one workbook");
            case KEYS_NOT_RESUBMITTED -> new Title("上次报送的行本次未报送", "rows sent earlier left out");
        };
    }
}
