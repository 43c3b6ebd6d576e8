package org.bangfu.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bangfu.demo.DemoProvince.AssistingUnit;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Pairing;
import org.bangfu.demo.DemoProvince.Village;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * The registers ML-1 to ML-4 as the office issues them: three workbooks with title blocks marked
 * 演示数据 and one CSV. Registers describe the province at the end of 2019 and are issued in January 2020.
 */
final class RegisterFiles {

    static final String OFFICE = "云岭省扶贫开发领导小组办公室";

    /** The office that issues a province's registers and forms; the national office for a national register. */
    static String office(DemoProvince province) {
        return province.code().equals(NATION_CODE) ? "国务院扶贫开发领导小组办公室" : province.name() + "扶贫开发领导小组办公室";
    }

    /** The code of the national register's "province" (the whole nation), as gold writes the nation. */
    static final String NATION_CODE = "000000";
    static final String DEMO_MARK = "（演示数据）";
    static final LocalDateTime ISSUED_AT = LocalDateTime.of(2020, 1, 10, 9, 30);

    private RegisterFiles() {
    }

    static void write(DemoProvince province, Inbox inbox) {
        writeCountyRegister(province, inbox);
        writeVillageRegister(province, inbox);
        writeUnitRegister(province, inbox);
        writePairings(province, inbox);
    }

    private static void writeCountyRegister(DemoProvince province, Inbox inbox) {
        FormDefinition form = FormCatalogue.get(FormCatalogue.COUNTY_REGISTER);
        String title = province.name() + "县（市、区）名录" + DEMO_MARK;
        List<List<Cell>> rows = new ArrayList<>();
        for (County county : province.counties()) {
            rows.add(List.of(
                    // Codes typed into General cells become numbers in Excel; readers must cope.
                    new Cell.CodeAsNumber(county.code()),
                    Cell.text(county.name()),
                    new Cell.CodeAsNumber(county.prefecture().code()),
                    Cell.text(county.prefecture().name()),
                    new Cell.CodeAsNumber(ProvinceBuilder.identityOf(county).code()),
                    Cell.text(ProvinceBuilder.identityOf(county).name()),
                    Cell.text(county.povertyType()),
                    Cell.text(county.deepPoverty() ? "是" : "否"),
                    county.contiguousArea().isEmpty() ? Cell.blank() : Cell.text(county.contiguousArea()),
                    Cell.year(county.plannedExitYear()),
                    Cell.year(county.exitYear()),
                    Cell.count(BigDecimal.valueOf(county.ruralPopulation()))));
        }
        DemoTable table = new DemoTable("Sheet1",
                List.of(List.of(title), List.of("表号：" + form.code(), "填报单位：" + office(province)),
                        List.of("截至2019年12月31日", "计量单位：人")),
                columns(form, form.fields(), List.of("rural_population")), rows, false, true, 0, DemoTable.DateStyle.ISO);
        inbox.write("附件1：" + province.name() + "县（市、区）名录" + DEMO_MARK + ".xlsx", form.code(),
                DemoFileFormat.XLSX, table, List.of(), office(province), ISSUED_AT, List.of());
    }

    private static void writeVillageRegister(DemoProvince province, Inbox inbox) {
        FormDefinition form = FormCatalogue.get(FormCatalogue.VILLAGE_REGISTER);
        // Township before village, as the office's own list reads; the catalogue order is not required.
        List<FieldDefinition> fields = List.of(form.requireField("village_code"), form.requireField("township_name"),
                form.requireField("village_name"), form.requireField("poor_village"),
                form.requireField("deep_poverty_village"), form.requireField("planned_exit_year"),
                form.requireField("exit_year"));
        List<List<Cell>> rows = new ArrayList<>();
        // One name pasted from a spreadsheet formula: it must stay text, never be evaluated.
        int formulaRow = province.villages().size() / 2;
        for (Village village : province.villages()) {
            String name = rows.size() == formulaRow
                    ? "=HYPERLINK(\"http://example.invalid/\",\"" + village.name() + "\")" : village.name();
            rows.add(List.of(
                    Cell.text(village.code()),
                    Cell.text(village.townshipName()),
                    Cell.text(name),
                    Cell.text(village.poor() ? "是" : "否"),
                    Cell.text(village.deepPoverty() ? "是" : "否"),
                    Cell.year(village.plannedExitYear()),
                    Cell.year(village.exitYear())));
        }
        DemoTable table = new DemoTable("ML-2村名录",
                List.of(List.of(province.name() + "行政村名录" + DEMO_MARK),
                        List.of("表号：" + form.code(), "填报单位：" + office(province))),
                columns(form, fields, List.of()), rows, true, false, 0, DemoTable.DateStyle.ISO);
        inbox.write("附件2：" + province.name() + "行政村名录" + DEMO_MARK + ".xlsx", form.code(),
                DemoFileFormat.XLSX, table, List.of(), office(province), ISSUED_AT, List.of(new Inbox.PendingMistake(
                        MistakeKind.MARKUP_IN_NAME, formulaRow, "village_name",
                        "村名称写成了公式文本，应作为普通文字保存和显示，不得计算")));
    }

    private static void writeUnitRegister(DemoProvince province, Inbox inbox) {
        FormDefinition form = FormCatalogue.get(FormCatalogue.UNIT_REGISTER);
        List<DemoTable.Column> columns = new ArrayList<>();
        columns.add(new DemoTable.Column("序号", "", "甲", false, 6));
        columns.addAll(columns(form, form.fields(), List.of()));
        renumber(form, columns);
        List<List<Cell>> rows = new ArrayList<>();
        int serial = 1;
        // One name carrying HTML, as pasted from a web page: it must be shown as text, never run.
        int markupRow = province.units().size() - 1;
        for (AssistingUnit unit : province.units()) {
            String name = serial - 1 == markupRow ? unit.name() + "<script>alert('演示')</script>" : unit.name();
            rows.add(List.of(
                    Cell.count(BigDecimal.valueOf(serial++)),
                    Cell.text(unit.code()),
                    Cell.text(name),
                    Cell.text(unit.level().registerValue()),
                    Cell.text(unit.category().registerValue()),
                    unit.leadUnitCode().isEmpty() ? Cell.blank() : Cell.text(unit.leadUnitCode()),
                    unit.staffEstablishment() == null ? Cell.blank()
                            : Cell.count(BigDecimal.valueOf(unit.staffEstablishment()))));
        }
        DemoTable table = new DemoTable("帮扶单位名录",
                List.of(List.of(province.name() + "定点帮扶单位名录" + DEMO_MARK),
                        List.of("表号：" + form.code(), "填报单位：" + office(province))),
                columns, rows, true, false, 0, DemoTable.DateStyle.ISO);
        inbox.write("附件3：" + province.name() + "定点帮扶单位名录" + DEMO_MARK + ".xlsx", form.code(),
                DemoFileFormat.XLSX, table, List.of(), office(province), ISSUED_AT, List.of(new Inbox.PendingMistake(
                        MistakeKind.MARKUP_IN_NAME, markupRow, "unit_name",
                        "单位名称中含有 HTML 脚本标记，应作为普通文字保存和显示，不得执行")));
    }

    private static void writePairings(DemoProvince province, Inbox inbox) {
        FormDefinition form = FormCatalogue.get(FormCatalogue.PAIRINGS);
        List<List<Cell>> rows = new ArrayList<>();
        for (Pairing pairing : province.pairings()) {
            rows.add(List.of(
                    Cell.text(pairing.unit().code()),
                    Cell.text(pairing.county().code()),
                    pairing.village() == null ? Cell.blank() : Cell.text(pairing.village().code()),
                    Cell.day(pairing.startDate()),
                    Cell.day(pairing.endDate()),
                    Cell.text(pairing.lead() ? "是" : "否")));
        }
        DemoTable table = new DemoTable("", List.of(), columns(form, form.fields(), List.of()), rows, false, false, 0,
                DemoTable.DateStyle.SLASHES);
        inbox.write("附件4：" + province.name() + "结对帮扶关系表" + DEMO_MARK + ".csv", form.code(),
                DemoFileFormat.CSV_UTF8_BOM, table, List.of(), office(province), ISSUED_AT, List.of());
    }

    /** Columns for catalogue fields with their Chinese headers, numbered 甲乙… for text and 1, 2… for figures. */
    static List<DemoTable.Column> columns(FormDefinition form, List<FieldDefinition> fields, List<String> summedFields) {
        List<DemoTable.Column> columns = new ArrayList<>();
        for (FieldDefinition field : fields) {
            columns.add(new DemoTable.Column(field.header(), field.name(), "", summedFields.contains(field.name()),
                    width(field)));
        }
        renumber(form, columns);
        return columns;
    }

    /** Statistical forms label descriptive columns 甲, 乙, 丙… and figure columns 1, 2, 3…. */
    static void renumber(FormDefinition form, List<DemoTable.Column> columns) {
        String stems = "甲乙丙丁戊己庚辛壬癸";
        int text = 0;
        int figure = 0;
        for (int index = 0; index < columns.size(); index++) {
            DemoTable.Column column = columns.get(index);
            boolean isFigure = form.field(column.fieldName())
                    .map(field -> field.type() == FieldType.DECIMAL || field.type() == FieldType.INTEGER)
                    .orElse(false);
            String numbering = isFigure ? String.valueOf(++figure)
                    : text < stems.length() ? String.valueOf(stems.charAt(text++)) : "";
            columns.set(index, new DemoTable.Column(column.header(), column.fieldName(), numbering, column.summed(),
                    column.width()));
        }
    }

    static int width(FieldDefinition field) {
        return switch (field.type()) {
            case CREDIT_CODE -> 22;
            case VILLAGE_CODE -> 15;
            case DATE -> 13;
            default -> Math.max(8, Math.min(16, field.header().length() + 2));
        };
    }
}
