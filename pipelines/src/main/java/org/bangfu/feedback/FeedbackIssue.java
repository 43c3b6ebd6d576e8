package org.bangfu.feedback;

/**
 * One problem found in a submitted file, as the submitter should see it.
 *
 * @param fileName the file as it was named when submitted
 * @param sheet the sheet the row was read from, empty for csv files or whole-file problems
 * @param rowNumber the row number the submitter sees in the file; 0 for a problem of the whole file
 * @param columnLetter the spreadsheet column of the field in that file (e.g. D), empty when unknown
 * @param fieldName the catalogue field name, empty when the problem is not about one field
 * @param header the column's Chinese header, empty when the problem is not about one field
 * @param value the value as submitted, or the withheld marker for personal data
 * @param ruleCode the stable rule code, e.g. S002
 * @param error whether the rule is an error (the row was not accepted) rather than a warning
 * @param messageChinese what is wrong and how to fix it, in Chinese
 * @param messageEnglish the same in English
 */
public record FeedbackIssue(String fileName, String sheet, int rowNumber, String columnLetter, String fieldName,
        String header, String value, String ruleCode, boolean error, String messageChinese, String messageEnglish) {

    /** Where to look: a cell like D12, the row and column header when the letter is unknown, or the whole file. */
    public String cellReference() {
        if (rowNumber <= 0) {
            return "整个文件 / whole file";
        }
        if (!columnLetter.isEmpty()) {
            return columnLetter + rowNumber;
        }
        if (!header.isEmpty()) {
            return "第" + rowNumber + "行 “" + header + "”列";
        }
        return "第" + rowNumber + "行 / row " + rowNumber;
    }

    /** 错误 or 警告. */
    public String severityChinese() {
        return error ? "错误" : "警告";
    }
}
