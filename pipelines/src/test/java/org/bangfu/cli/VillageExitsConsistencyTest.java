package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.indicators.RegisterIndicators;
import org.bangfu.model.SilverFrames;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Villages 出列 in the year are one figure, from the village register (ML-2): the 简报's 脱贫成效, the
 * 统计报表's 表4, the site's indicator page and its CSV read the same number for the province, while the
 * counties' own BF-3 count (县报退出贫困村) is a second figure under its own name.
 */
class VillageExitsConsistencyTest {

    @TempDir
    Path workspace;

    @Test
    void briefingTablesSiteAndCsvGiveTheRegistersVillagesExitedAlike() throws Exception {
        PipelineOptions options = new PipelineOptions();
        options.warehouse = workspace.resolve("warehouse").toString();
        options.templates = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("..").resolve("templates").toAbsolutePath().normalize();
        Warehouse warehouse = new Warehouse(SharedSpark.session(), options.warehouse);
        TinyWarehouse.writeSilver(warehouse);
        // 2019: V1 and V2 planned and exited, V3 planned and not exited, V4 (白云县) planned 2020 and exited early:
        // 3 exited in 2019 by the register. 青松县's own BF-3 says 5.
        warehouse.replace(WarehouseTable.SILVER_VILLAGE_REGISTER, frame(warehouse, FormCatalogue.VILLAGE_REGISTER, List.of(
                village("990101001001", 2019, 2019), village("990101001002", 2019, 2019),
                village("990101001003", 2019, null), village("990102001001", 2020, 2019))), "test");
        warehouse.replace(WarehouseTable.SILVER_COUNTY_PROGRESS, frame(warehouse, FormCatalogue.COUNTY_PROGRESS, List.of(
                Map.of("county_code", "990101", "period", "2019Q2", "year", 2019, "quarter", 2,
                        "poor_households_start", 1000L, "poor_people_start", 3000L, "people_exited", 500L,
                        "households_exited", 160L, "poor_people_end", 2500L, "villages_exited", 5L))), "test");
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(new StringWriter()), SharedSpark.session())) {
            steps.model();
            options.site = workspace.resolve("site");
            steps.publish();
        }
        Path site = options.site;
        try (InputStream in = Files.newInputStream(site.resolve("briefings/briefing-2019Q2.docx"));
                XWPFWordExtractor briefing = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(briefing.getText()).contains("据贫困村和贫困县名录，2019年全省计划出列贫困村3个，已出列3个，其中按期出列2个");
        }
        try (InputStream in = Files.newInputStream(site.resolve("briefings/statistical-tables-2019Q2.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet table4 = workbook.getSheet("表4 脱贫和贫困发生率");
            assertThat(table4.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(table4.getRow(5).getCell(headed(table4, RegisterIndicators.VILLAGES_EXITED_IN_YEAR.chineseName()))
                    .getNumericCellValue()).as("表4, the register's figure").isEqualTo(3);
            assertThat(table4.getRow(5).getCell(headed(table4, "县报退出贫困村")).getNumericCellValue())
                    .as("表4, the counties' own BF-3, named apart").isEqualTo(5);
        }
        String page = Files.readString(site.resolve("indicators/" + RegisterIndicators.VILLAGES_EXITED_IN_YEAR.code() + ".html"),
                StandardCharsets.UTF_8);
        assertThat(page).contains(RegisterIndicators.VILLAGES_EXITED_IN_YEAR.chineseName());
        String csv = Files.readString(site.resolve("downloads/indicators/" + RegisterIndicators.VILLAGES_EXITED_IN_YEAR.code() + ".csv"),
                StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        CSVRecord province = records.stream().filter(record -> record.toList().contains("990000") && record.toList().contains("2019"))
                .findFirst().orElseThrow();
        assertThat(province.toList()).as("the CSV's province row for 2019").contains("3");
        assertThat(page).as("the site's page shows the province's 2019 figure").containsPattern(">\\s*3\\s*<");
    }

    private static int headed(XSSFSheet sheet, String name) {
        for (Cell cell : sheet.getRow(3)) {
            if (cell.getStringCellValue().replace("\n", "").startsWith(name + "（")) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Map<String, Object> village(String code, int planned, Integer exited) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of("village_code", code, "village_name", "村" + code.substring(9),
                "township_name", "乡", "poor_village", "是", "deep_poverty_village", "否", "planned_exit_year", planned));
        values.put("exit_year", exited);
        return values;
    }

    /** Rows of a form's silver columns, the columns not given left null. */
    private static org.apache.spark.sql.Dataset<Row> frame(Warehouse warehouse, String form, List<Map<String, Object>> rows) {
        StructType schema = SilverFrames.schemaOf(form);
        List<Row> out = new ArrayList<>();
        for (Map<String, Object> values : rows) {
            Object[] cells = new Object[schema.fields().length];
            for (int index = 0; index < cells.length; index++) {
                StructField field = schema.fields()[index];
                cells[index] = typed(values.get(field.name()), field.dataType());
            }
            out.add(RowFactory.create(cells));
        }
        return warehouse.spark().createDataFrame(out, schema);
    }

    private static Object typed(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return ((Number) value).intValue();
        }
        if (type.equals(DataTypes.LongType)) {
            return ((Number) value).longValue();
        }
        if (type instanceof DecimalType) {
            return new BigDecimal(value.toString());
        }
        return value;
    }
}
