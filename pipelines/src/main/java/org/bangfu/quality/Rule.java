package org.bangfu.quality;

import java.text.MessageFormat;

/**
 * Every check and every failure, with a stable code and a message in Chinese and English. The
 * messages take {0} = column header, {1} = the value as submitted, and, for some rules, {2} = a
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
            "Industry funds of {1} 万元 exceed direct plus coordinated funds of {2} 万元; check the figures.");

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
