package org.bangfu.quality;

import java.text.MessageFormat;

/**
 * Every check and every failure, with a stable code and a message in Chinese and English. The
 * messages take {0} = column header, {1} = the value as submitted, and, for some rules, {2} (and {3}) = a
 * detail; they say what is wrong and how to fix it. Codes never change meaning once published;
 * submitters and statisticians quote them.
 */
public enum Rule {
    FILE_UNREADABLE("F001", Severity.ERROR,
            "文件无法读取：{2}。请重新导出为 .xlsx 或 .csv 后再报送。",
            "The file cannot be read: {2}. Export it again as .xlsx or .csv and resubmit."),
    FILE_FORM_UNKNOWN("F002", Severity.ERROR,
            "无法识别报表：未找到“表号”，表头也与任何报表不符。请使用制度规定的报表样式。",
            "The form cannot be recognised: no 表号 cell and no header matches a known form. Use the official form layout."),
    FILE_COLUMN_MISSING("F003", Severity.ERROR,
            "缺少必填列“{0}”。请按报表样式补齐该列后重新报送。",
            "Required column \"{0}\" is missing. Add it as in the official form and resubmit."),
    // Whole-file rejections found by ingestion: {1} = the file name, {2} = a detail.
    FILE_EMPTY("F004", Severity.ERROR,
            "文件“{1}”是空的（{2}）。请确认导出了填好的报表后重新报送。",
            "The file \"{1}\" is empty ({2}). Check that you exported the completed form and resubmit."),
    FILE_TOO_LARGE("F005", Severity.ERROR,
            "文件“{1}”过大（{2}）。请按县或按季度拆分为多个文件后重新报送。",
            "The file \"{1}\" is too large ({2}). Split it by county or by quarter and resubmit."),
    FILE_WRONG_TYPE("F006", Severity.ERROR,
            "文件“{1}”不是 .xlsx 或 .csv 报表，而是{2}。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后重新报送。",
            "The file \"{1}\" is not an .xlsx or .csv form but {2}. Save it as .xlsx (Excel workbook) in Excel or WPS and resubmit."),
    WORKBOOK_CORRUPT("F007", Severity.ERROR,
            "文件“{1}”已损坏或不完整（{2}），无法打开。请重新导出或重新上传完整的文件。",
            "The file \"{1}\" is damaged or incomplete ({2}) and cannot be opened. Export or upload the complete file again."),
    WORKBOOK_ZIP_BOMB("F008", Severity.ERROR,
            "文件“{1}”解压后异常庞大（{2}），为安全起见拒绝读取。请重新导出正常的报表文件。",
            "The file \"{1}\" expands to an abnormal size when unpacked ({2}) and is refused for safety. Export a normal form again."),
    WORKBOOK_EXTERNAL_ENTITY("F009", Severity.ERROR,
            "文件“{1}”含有 XML 文档类型声明或外部实体（{2}），为安全起见拒绝读取且未解析。请在 Excel 或 WPS 中重新保存为 .xlsx 后报送。",
            "The file \"{1}\" contains an XML document type declaration or external entity ({2}); it is refused for safety and was not resolved. Save it again as .xlsx in Excel or WPS and resubmit."),
    FILE_NO_DATA_ROWS("F010", Severity.ERROR,
            "文件“{1}”只有表头，没有数据行（{2}）。请填写数据后重新报送。",
            "The file \"{1}\" has a header but no data rows ({2}). Fill in the figures and resubmit."),
    REQUIRED_VALUE_MISSING("S001", Severity.ERROR,
            "“{0}”为必填项，不能为空。",
            "\"{0}\" is required and is blank."),
    NOT_A_NUMBER("S002", Severity.ERROR,
            "“{0}”应填写数字，实际为“{1}”。请只填数字，不要填写文字或单位。",
            "\"{0}\" must be a number but holds \"{1}\". Enter digits only, without words or units."),
    NOT_A_WHOLE_NUMBER("S003", Severity.ERROR,
            "“{0}”应为整数，实际为“{1}”。",
            "\"{0}\" must be a whole number but holds \"{1}\"."),
    NEGATIVE_VALUE("S004", Severity.ERROR,
            "“{0}”不能为负数，实际为“{1}”。",
            "\"{0}\" cannot be negative but holds \"{1}\"."),
    COUNTY_CODE_MALFORMED("S005", Severity.ERROR,
            "“{0}”应为6位行政区划代码，实际为“{1}”。",
            "\"{0}\" must be a 6-digit administrative division code but holds \"{1}\"."),
    VILLAGE_CODE_MALFORMED("S006", Severity.ERROR,
            "“{0}”应为12位统计用区划代码，实际为“{1}”。",
            "\"{0}\" must be a 12-digit statistical division code but holds \"{1}\"."),
    CREDIT_CODE_MALFORMED("S007", Severity.ERROR,
            "“{0}”应为18位统一社会信用代码，实际为“{1}”。",
            "\"{0}\" must be an 18-character unified social credit code but holds \"{1}\"."),
    CREDIT_CODE_CHECK_FAILED("S008", Severity.ERROR,
            "“{0}”的统一社会信用代码“{1}”校验位不正确（应为{2}），请核对代码。",
            "The unified social credit code \"{1}\" in \"{0}\" has a wrong check character (expected {2}); check the code."),
    PERIOD_MALFORMED("S009", Severity.ERROR,
            "“{0}”应为报告期（如2019Q2或2019年第二季度），实际为“{1}”。",
            "\"{0}\" must be a reporting quarter (e.g. 2019Q2 or 2019年第二季度) but holds \"{1}\"."),
    PERIOD_IN_FUTURE("S010", Severity.ERROR,
            "报告期“{1}”尚未结束，不能报送。",
            "The reporting period \"{1}\" has not ended yet and cannot be reported."),
    YEAR_MALFORMED("S011", Severity.ERROR,
            "“{0}”应为4位年份，实际为“{1}”。",
            "\"{0}\" must be a 4-digit year but holds \"{1}\"."),
    DATE_MALFORMED("S012", Severity.ERROR,
            "“{0}”应为日期（如2019-06-30），实际为“{1}”。",
            "\"{0}\" must be a date (e.g. 2019-06-30) but holds \"{1}\"."),
    VALUE_NOT_ALLOWED("S013", Severity.ERROR,
            "“{0}”的值“{1}”不在规定范围内，应为：{2}。",
            "\"{0}\" holds \"{1}\", which is not allowed; use one of: {2}."),
    DUPLICATE_KEY("S014", Severity.ERROR,
            "同一文件中该行与第{2}行重复（{0}相同），请删除重复行。",
            "This row repeats row {2} of the same file (same {0}); remove the duplicate."),
    UNKNOWN_COUNTY("R001", Severity.ERROR,
            "县代码“{1}”不在县名录中，请核对代码。",
            "County code \"{1}\" is not in the county register; check the code."),
    UNKNOWN_UNIT("R002", Severity.ERROR,
            "单位代码“{1}”不在帮扶单位名录中，请核对代码或先更新名录。",
            "Unit code \"{1}\" is not in the assisting-unit register; check the code or update the register first."),
    UNKNOWN_VILLAGE("R003", Severity.ERROR,
            "村代码“{1}”不在村名录中，请核对代码。",
            "Village code \"{1}\" is not in the village register; check the code."),
    UNIT_NOT_PAIRED("R004", Severity.WARNING,
            "单位“{1}”与县“{2}”无结对帮扶关系，请核实或更新结对名录。",
            "Unit \"{1}\" is not paired with county \"{2}\"; verify, or update the pairings register."),
    VILLAGE_NOT_IN_COUNTY("R005", Severity.ERROR,
            "村代码“{1}”不属于县“{2}”（前6位应为县代码）。",
            "Village code \"{1}\" does not belong to county \"{2}\" (its first 6 digits must be the county code)."),
    INDUSTRY_FUNDS_EXCEED_TOTAL("I001", Severity.ERROR,
            "产业帮扶资金{1}万元超过直接投入与协调引进资金之和{2}万元，请核实。",
            "Industry funds of {1} 万元 exceed direct plus coordinated funds of {2} 万元; check the figures."),
    RESIDENT_ID_MALFORMED("S015", Severity.ERROR,
            "“{0}”应为18位公民身份号码，所填号码格式不正确（号码已隐去）。请按身份证核对后重新填写。",
            "\"{0}\" must be an 18-character resident ID number; the number given is malformed (withheld). Copy it from the ID card and resubmit."),
    RESIDENT_ID_CHECK_FAILED("S016", Severity.ERROR,
            "“{0}”的公民身份号码校验位不正确（号码已隐去），请按身份证核对后重新填写。",
            "The resident ID number in \"{0}\" has a wrong check character (number withheld); copy it from the ID card and resubmit."),
    VALUE_OUT_OF_RANGE("S017", Severity.ERROR,
            "“{0}”的值“{1}”超出合理范围（应在{2}之间），请核实后更正。",
            "\"{0}\" holds \"{1}\", outside the plausible range {2}; check and correct it."),
    ASSESSMENT_OUTSIDE_Q4("S018", Severity.ERROR,
            "“{0}”只在第四季度填报，本行报告期为{2}，请将该栏留空。",
            "\"{0}\" is reported in the fourth quarter only; this row is for {2}, so leave it blank."),
    UNKNOWN_AREA("R006", Severity.ERROR,
            "区划代码“{1}”不是县名录中的省、市州或县代码，请核对代码。",
            "Area code \"{1}\" is not a province, prefecture or county code of the county register; check the code."),
    VILLAGE_NOT_POOR("R007", Severity.WARNING,
            "村“{1}”在村名录中不是建档立卡贫困村，请核实该村是否派驻工作队，或更新村名录。",
            "Village \"{1}\" is not a registered poor village in the village register; verify the work team, or update the register."),
    POVERTY_IDENTITY_BROKEN("I002", Severity.ERROR,
            "“{0}”为{1}人，应等于年初贫困人口＋本年新识别＋本年返贫－本年脱贫＝{2}人，请核对各项后更正。",
            "\"{0}\" is {1} but must equal people at the start of the year + newly identified + returned − exited = {2}; check the figures."),
    VILLAGES_EXITED_EXCEED_POOR("I003", Severity.ERROR,
            "“{0}”为{1}个，超过该县在村名录中的贫困村总数{2}个，请核实。",
            "\"{0}\" is {1}, more than the {2} poor villages of the county in the village register; check the figure."),
    TEAM_SPLIT_MISMATCH("I004", Severity.ERROR,
            "“{0}”为{1}人，与省派、市派、县派、乡镇人数之和{2}人不符，请核对。",
            "\"{0}\" is {1} but the province, prefecture, county and township members add up to {2}; check the figures."),
    DAYS_EXCEED_QUARTER("I005", Severity.ERROR,
            "“{0}”为{1}天，超过本季度的{2}天，请核实。",
            "\"{0}\" is {1} days, more than the {2} days of the quarter; check the figure."),
    EXIT_BEFORE_IDENTIFIED("I006", Severity.ERROR,
            "“{0}”为{1}年，早于识别年度{2}年，请核对两个年度。",
            "\"{0}\" is {1}, before the year the household was identified ({2}); check both years."),
    YEAR_TO_DATE_FELL("P001", Severity.WARNING,
            "疑似错报：“{0}”为本年累计数，本期为{1}，低于上期（{2}）的{3}。累计数不应减少，请核实。",
            "Suspected error: \"{0}\" is a year-to-date figure; it is {1} this period, less than {3} in the previous period ({2}). Year-to-date figures cannot fall; please check."),
    JUMP_OVER_TENFOLD("P002", Severity.WARNING,
            "请核实：“{0}”本期为{1}，超过上期（{2}）{3}的10倍。",
            "Please check: \"{0}\" is {1} this period, more than 10 times the {3} of the previous period ({2})."),
    OUTLIER_AMONG_PEERS("P003", Severity.WARNING,
            "请核实：本期以下数值与同类填报（{3}）的中位数相差5倍以上（对数稳健Z值的绝对值超过3.5）：{1}。如数值无误可不予理会；如单位（元/万元）或位数填错，请更正后重新报送。",
            "Please check: these figures of this period are more than five times off the median of like reports ({3}) (robust z-score of the logarithm beyond 3.5): {1}. If they are right, nothing needs doing; if a unit (元/万元) or digits are wrong, correct them and resubmit."),
    TEAM_MEMBERS_DIFFER("X001", Severity.WARNING,
            "单位报送的“{0}”为{1}人，与其派出单位为本单位的驻村工作队花名册（BF-2）队员合计{2}人不一致。",
            "The unit reports {1} for \"{0}\", but the rosters (BF-2) of the teams it sends add up to {2}."),
    EXITS_DIFFER("X002", Severity.WARNING,
            "县报送的“{0}”为{1}人，与建档立卡贫困户（BF-4）中当年脱贫户的家庭人口合计{2}人不一致。",
            "The county reports {1} for \"{0}\", but the households (BF-4) exiting that year have {2} members."),
    SUBMITTED_LATE("L001", Severity.WARNING,
            "迟报：报告期{0}的报表于{1}收到，晚于报送截止日{2}。已接收并记为迟报，请今后按时报送。",
            "Late: the report for {0} was received on {1}, after the deadline of {2}. It is accepted and marked late; please report on time."),
    // trust-numbers: cells that are not what they seem, and files that cannot be read whole.
    PERSONAL_DATA_IN_CELL("S030", Severity.ERROR,
            "“{0}”中填入了疑似身份证号或手机号（已隐去，不予保存），实际为“{1}”。此栏应填写{2}；个人信息请勿填入报表，请更正后重新报送。",
            "\"{0}\" holds what looks like a resident ID or mobile number (withheld, not stored): \"{1}\". It must hold {2}; personal data does not belong in the form. Correct it and resubmit."),
    NUMBER_TOO_LARGE("S031", Severity.ERROR,
            "“{0}”的值“{1}”超出该栏可存储的范围（最多{2}），无法保存。请核实是否多填了位数、填错了栏目或单位。",
            "\"{0}\" holds \"{1}\", beyond what the column can hold (at most {2}). Check for extra digits, a wrong column or a wrong unit."),
    TOO_MANY_DECIMALS("S032", Severity.ERROR,
            "“{0}”的值“{1}”的小数位数超过该栏可保存的{2}位，多出的位数会丢失。请按规定位数填写后重新报送。",
            "\"{0}\" holds \"{1}\" with more decimal places than the {2} the column keeps, so digits would be lost. Round it as the form requires and resubmit."),
    NUMBER_SEPARATORS_AMBIGUOUS("S033", Severity.ERROR,
            "“{0}”的值“{1}”中的逗号或小数点位置不规范（如欧洲写法 1.234,56），无法确定数值。请用“.”作小数点，千位分隔符用“,”且每三位一组，或不用分隔符（如 1234.56）。",
            "\"{0}\" holds \"{1}\", whose commas or points are not where they belong (e.g. the European 1.234,56), so the number is ambiguous. Use \".\" for decimals and \",\" only between groups of three digits, or no separator (e.g. 1234.56)."),
    CODE_DIGITS_LOST("S034", Severity.ERROR,
            "“{0}”的值“{1}”是科学计数法，代码的后几位已经丢失（应为{2}位）。请把该列设为“文本”格式，重新填写完整代码后报送。",
            "\"{0}\" holds \"{1}\" in scientific notation, so the code has lost its last digits (it has {2} digits). Format the column as text, enter the full codes and resubmit."),
    FORMULA_WITHOUT_VALUE("S035", Severity.ERROR,
            "“{0}”是公式“{1}”，但文件中没有保存计算结果，无法读取数值。请在 Excel 或 WPS 中打开、重新计算并保存（或复制后“粘贴为数值”）后报送。",
            "\"{0}\" is the formula \"{1}\" but the file holds no calculated value for it. Open it in Excel or WPS, recalculate and save (or paste as values), and resubmit."),
    CELL_ENCODING_MIXED("S036", Severity.ERROR,
            "“{0}”含有无法识别的字符（“{1}”）：文件整体为 UTF-8 编码，但此格疑似 GBK 编码。请将整个文件另存为“CSV UTF-8”后重新报送。",
            "\"{0}\" holds characters that cannot be read (\"{1}\"): the file is UTF-8 but this cell looks GBK-encoded. Save the whole file as \"CSV UTF-8\" and resubmit."),
    FILE_NUL_BYTE("F020", Severity.ERROR,
            "文件“{1}”是文本（CSV）文件，但含有空字符（NUL 字节，{2}），通常是导出或传输时损坏。请用 Excel 或 WPS 重新另存为 CSV 后报送。",
            "The file \"{1}\" is a text (CSV) file but contains NUL bytes ({2}), usually from a damaged export or transfer. Save it again as CSV in Excel or WPS and resubmit."),
    FILE_TOO_MANY_COLUMNS("F021", Severity.ERROR,
            "文件“{1}”有一行的列数过多（{2}），超出报表的合理范围，拒绝读取。请删除多余的列后重新报送。",
            "The file \"{1}\" has a row with too many columns ({2}), far beyond any form; it is refused. Delete the extra columns and resubmit."),
    WORKBOOK_SEVERAL_FORMS("F022", Severity.ERROR,
            "文件“{1}”有多个工作表都像报表（{2}），只读取其中一个会漏掉其余数据。请每个文件只保留一张报表，或拆分为多个文件后重新报送。",
            "The file \"{1}\" has several sheets that look like forms ({2}); reading one would drop the others. Keep one form per file, or split it into several files, and resubmit."),
    // trust-submissions
    // A later file of a (form, submitter, period) leaves out keys an earlier one had: {1} = how many, {2} = which.
    KEYS_NOT_RESUBMITTED("L002", Severity.WARNING,
            "上次报送的以下{1}行本次未报送：{2}。这些行仍按上次报送的数据保留；如需撤回，请在“状态”列填写“撤回”后重新报送这些行，或在标题区注明“全量替换”后报送本期完整数据。",
            "{1} rows sent earlier were not in this file: {2}. They stay as sent earlier; to withdraw them, resubmit them with 撤回 in the 状态 column, or send the whole period with 全量替换 in the title block.");
    // end trust-submissions

    private final String code;
    private final Severity severity;
    private final String chineseTemplate;
    private final String englishTemplate;

    Rule(String code, Severity severity, String chineseTemplate, String englishTemplate) {
        this.code = code;
        this.severity = severity;
        this.chineseTemplate = chineseTemplate;
        this.englishTemplate = englishTemplate;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The rule with this stable code, if there is one. */
    public static java.util.Optional<Rule> withCode(String code) {
        return java.util.Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }

    /** The Chinese template: {0} column header, {1} value, {2} and {3} details, as the rule's message says. */
    public String chineseTemplate() {
        return chineseTemplate;
    }

    public String englishTemplate() {
        return englishTemplate;
    }

    public String chineseMessage(String header, String value, String detail) {
        return format(chineseTemplate, header, value, detail);
    }

    public String englishMessage(String header, String value, String detail) {
        return format(englishTemplate, header, value, detail);
    }

    /** An issue of this rule about one cell. */
    public Issue about(String field, String header, String value) {
        return about(field, header, value, "");
    }

    public Issue about(String field, String header, String value, String detail) {
        return new Issue(code, severity, field, value == null ? "" : value,
                chineseMessage(header, value, detail), englishMessage(header, value, detail));
    }

    private static String format(String template, String header, String value, String detail) {
        // MessageFormat treats single quotes specially; the templates contain none, the arguments may.
        return new MessageFormat(template).format(new Object[] {
            header == null ? "" : header, value == null ? "" : value, detail == null ? "" : detail});
    }
}
