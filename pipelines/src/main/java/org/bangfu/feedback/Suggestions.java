package org.bangfu.feedback;

/**
 * A short 修改建议 per kind of rule, beside the rule's own message (which already says what is wrong
 * and how to fix that cell). Kinds follow the rule code's letter: F whole file, S one cell's
 * structure, R references to the registers, I identities within a row, P comparisons with earlier
 * periods or peers, X other sources, L timeliness.
 */
final class Suggestions {

    private Suggestions() {
    }

    static String of(FeedbackIssue issue) {
        String code = issue.ruleCode();
        if (code.isEmpty()) {
            return "";
        }
        return switch (code.charAt(0)) {
            case 'F' -> "按报表制度的样式修正或重新导出文件，然后重新报送 / fix or re-export the file in the official layout and resubmit";
            case 'S' -> "改正该单元格，保持报表样式不变，然后重新报送整张报表 / correct the cell, keep the layout, resubmit the whole form";
            case 'R' -> "核对代码是否与名录一致；名录有误请联系主管部门更新 / check the code against the registers; ask the office if the register is wrong";
            case 'I' -> "核对本行相关数字之间的关系后改正 / check how the related figures of this row add up, then correct them";
            case 'P' -> "请核实；数字无误则无需修改，可在报送说明中注明原因 / please verify; if right, no change is needed (explain it in your cover note)";
            case 'X' -> "与相关报表核对，由报错的一方更正 / reconcile with the related form; the side in error corrects it";
            case 'L' -> "数据已接收；今后请在截止日期前报送 / accepted; please submit before the deadline next time";
            default -> issue.error() ? "改正后重新报送 / correct and resubmit" : "请核实 / please verify";
        };
    }
}
