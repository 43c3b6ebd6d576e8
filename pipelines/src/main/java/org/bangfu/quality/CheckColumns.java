package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.TimeBasis;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * The meaning of every column the check writes (Chinese, then English), carried into the Delta
 * schema as column comments. A table is described as a whole: a column without a meaning here or
 * in the form catalogue stops the job, so the generated warehouse README cannot miss one.
 */
final class CheckColumns {

    private static final Map<String, String> MEANINGS = meanings(
            "file_hash", "报送文件内容的SHA-256散列值 / SHA-256 hash of the submitted file's content",
            "file_name", "报送文件名（接收时的名称） / name of the submitted file as received",
            "batch_id", "接收批次（接收时间，UTC） / ingest batch (time of ingestion, UTC)",
            "ingest_sequence", "文件接收顺序号 / sequence number of the file's ingestion",
            "form_code", "表号，如BF-1 / form code, e.g. BF-1",
            "sheet", "工作表名称 / worksheet name",
            "row_number", "数据在文件中的行号（0表示整个文件） / row number in the file (0: the whole file)",
            "has_warnings", "该行是否有警告 / whether the row has warnings",
            "year", "年度 / year",
            "quarter", "季度（1～4） / quarter (1 to 4)",
            "rule_code", "规则代码 / rule code",
            "severity", "严重程度：ERROR 错误（隔离）或 WARNING 警告 / severity: ERROR (quarantined) or WARNING",
            "field", "涉及的字段（英文字段名） / field concerned (English field name)",
            "value", "所填的值（个人信息已隐去） / value as submitted (personal data withheld)",
            "message_zh", "问题说明及改正方法（中文） / what is wrong and how to fix it, in Chinese",
            "message_en", "问题说明及改正方法（英文） / what is wrong and how to fix it, in English",
            "cells", "原始单元格文本（按字段名） / raw cell text by field name",
            "readable", "文件能否读取 / whether the file could be read",
            "rows_read", "读入数据行数 / data rows read",
            "rows_accepted", "通过检查的行数 / rows accepted",
            "rows_quarantined", "被隔离的行数 / rows quarantined",
            "rows_with_warnings", "通过但有警告的行数 / accepted rows with warnings",
            "balanced", "读入行数＝通过＋隔离 / rows read = accepted + quarantined",
            "submitter_code", "报送者代码：单位、县或省 / submitter's code: unit, county or province",
            "period", "报告期：季度如2019Q2，年度如2019 / reporting period: quarter like 2019Q2, year like 2019",
            "received_at", "收到时间（文件在收件箱中的修改时间） / when the file was received (its time in the inbox)",
            "deadline", "报送截止日 / reporting deadline",
            "is_late", "是否迟报 / whether it was received after the deadline",
            "is_current", "是否为该报送者该期最新的一次报送 / whether it is the latest submission of its submitter and period",
            "submission_order", "该报送在同一报送者同期各次报送中的先后（1为最早） / place of the submission among those of its submitter and period (1: the earliest)",
            "replaces_scope", "是否全量替换该报送者该期的全部数据（标题区注明“全量替换”或以 --replace-scope 接收） / whether it replaces all rows of its submitter and period (全量替换 in the title block, or ingested with --replace-scope)",
            "rows_withdrawn", "以“状态/备注”为“撤回/删除”撤回的行数 / rows withdrawing their key (撤回/删除 in 状态 or 备注)",
            "rows_current", "该报送现存于 silver 的行数（各键以最新报送为准） / rows of it that silver holds (the latest row of each key wins)",
            "subject_code", "核对对象代码：单位或县 / code of the unit or county compared",
            "subject_name", "核对对象名称 / name of the unit or county compared",
            "source_a", "数A的来源 / source of figure A",
            "value_a", "数A / figure A",
            "source_b", "数B的来源 / source of figure B",
            "value_b", "数B / figure B",
            "difference", "差额（A－B） / difference (A − B)",
            "relative_difference", "相对差额（(A－B)÷B；B为0时为空） / relative difference ((A − B) ÷ B; empty when B is 0)",
            "agrees", "两数是否一致 / whether the figures agree",
            "note_zh", "说明（中文） / note in Chinese",
            "note_en", "说明（英文） / note in English");

    private CheckColumns() {
    }

    static Column noErrors() {
        return expr("not exists(issues, issue -> issue.severity = 'ERROR')");
    }

    static Column hasErrors() {
        return expr("exists(issues, issue -> issue.severity = 'ERROR')");
    }

    /** Every column of the table with its meaning; the form's own fields take theirs from the catalogue. */
    static Dataset<Row> described(Dataset<Row> table, FormDefinition form) {
        List<Column> columns = new ArrayList<>();
        for (String name : table.columns()) {
            columns.add(ColumnMeaning.named(col(name), name, meaningOf(name, form)));
        }
        return table.select(columns.toArray(Column[]::new));
    }

    static Dataset<Row> described(Dataset<Row> table) {
        return described(table, null);
    }

    private static String meaningOf(String column, FormDefinition form) {
        if (form != null) {
            var field = form.field(column);
            if (field.isPresent() && !field.get().isPersonal()) {
                return meaningOf(form, field.get());
            }
        }
        String meaning = MEANINGS.get(column);
        if (meaning == null) {
            throw new IllegalStateException("no meaning for column " + column + "; add it to CheckColumns");
        }
        return meaning;
    }

    /** E.g. 直接投入帮扶资金（万元），本年累计 / BF-1 funds_direct, year to date. */
    static String meaningOf(FormDefinition form, FieldDefinition field) {
        String chinese = field.header() + basisChinese(field.timeBasis())
                + (field.pseudonymised() ? "，假名键（加盐HMAC-SHA256，非原文）" : "");
        String english = form.code() + " " + field.name() + basisEnglish(field.timeBasis())
                + (field.pseudonymised() ? ", pseudonymous key (salted HMAC-SHA256, never the clear text)" : "");
        return chinese + " / " + english;
    }

    private static String basisChinese(TimeBasis basis) {
        return switch (basis) {
            case YEAR_TO_DATE -> "，本年累计";
            case PERIOD_END -> "，期末数";
            case YEAR_START -> "，年初数";
            case ANNUAL -> "，全年";
            case NONE -> "";
        };
    }

    private static String basisEnglish(TimeBasis basis) {
        return switch (basis) {
            case YEAR_TO_DATE -> ", year to date";
            case PERIOD_END -> ", at period end";
            case YEAR_START -> ", at 1 January";
            case ANNUAL -> ", for the year";
            case NONE -> "";
        };
    }

    private static Map<String, String> meanings(String... columnThenMeaning) {
        Map<String, String> meanings = new LinkedHashMap<>();
        for (int index = 0; index + 1 < columnThenMeaning.length; index += 2) {
            meanings.put(columnThenMeaning[index], columnThenMeaning[index + 1]);
        }
        return Map.copyOf(meanings);
    }
}
