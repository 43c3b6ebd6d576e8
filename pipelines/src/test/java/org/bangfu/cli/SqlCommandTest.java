package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.bangfu.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bangfu sql}: tables by name, formats, time travel, and every statement that is not a query refused. */
class SqlCommandTest {

    @TempDir
    static Path folder;

    static String warehouse;

    @BeforeAll
    static void tinyWarehouseWithTwoVersionsOfBf1() {
        warehouse = folder.resolve("warehouse").toString();
        Warehouse tiny = new Warehouse(SharedSpark.session(), warehouse);
        TinyWarehouse.writeSilver(tiny);
        TinyWarehouse.writeUnitAssistance(tiny, "250.00");
    }

    @Test
    void aQueryReadsTablesByTheirOwnNamesAndAlignsChineseByDisplayWidth() {
        CommandRun run = CommandRun.of("sql", "--warehouse", warehouse, "--lang", "zh",
                "SELECT county_code, county_name FROM silver.county_register ORDER BY county_code");
        assertThat(run.exitCode()).as(run.errors()).isZero();
        List<String> lines = run.output().lines().toList();
        assertThat(lines.get(0)).isEqualTo("county_code  county_name");
        assertThat(lines.get(2)).isEqualTo("990101       青松县");
        assertThat(lines).contains("（2 行）");
    }

    @Test
    void theTableFormatStopsAtTheLimitAndSaysSo() {
        CommandRun run = CommandRun.of("sql", "--warehouse", warehouse, "--lang", "en", "--limit", "1",
                "SELECT unit_code FROM silver.unit_assistance ORDER BY unit_code");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("U1").doesNotContain("U2").contains("first 1 rows shown");
    }

    @Test
    void asOfAStampReadsTheEarlierVersion() {
        String query = "SELECT CAST(funds_direct AS STRING) AS funds FROM silver.unit_assistance WHERE period = '2019Q2'";
        assertThat(CommandRun.of("sql", "--warehouse", warehouse, query).output()).contains("250.0000");
        CommandRun earlier = CommandRun.of("sql", "--warehouse", warehouse, "--as-of", "silver.unit_assistance@v0", query);
        assertThat(earlier.exitCode()).as(earlier.errors()).isZero();
        assertThat(earlier.output()).contains("100.0000").doesNotContain("250.0000");
    }

    @Test
    void csvJsonAndXlsxWriteEveryRowToTheFile() throws Exception {
        String query = "SELECT county_code, county_name, rural_population FROM silver.county_register ORDER BY county_code";
        Path csv = folder.resolve("counties.csv");
        assertThat(CommandRun.of("sql", "--warehouse", warehouse, "--format", "csv", "--output", csv.toString(), query)
                .exitCode()).isZero();
        assertThat(Files.readString(csv)).isEqualTo("\uFEFFcounty_code,county_name,rural_population\r\n"
                + "990101,青松县,200000\r\n990102,白云县,150000\r\n");

        CommandRun json = CommandRun.of("sql", "--warehouse", warehouse, "--format", "json", query);
        assertThat(json.output().lines().toList()).containsExactly(
                "{\"county_code\":\"990101\",\"county_name\":\"青松县\",\"rural_population\":200000}",
                "{\"county_code\":\"990102\",\"county_name\":\"白云县\",\"rural_population\":150000}");

        Path xlsx = folder.resolve("counties.xlsx");
        assertThat(CommandRun.of("sql", "--warehouse", warehouse, "--format", "xlsx", "-o", xlsx.toString(), query)
                .exitCode()).isZero();
        try (InputStream input = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("青松县");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).as("numbers stay numbers").isEqualTo(150000.0);
        }
    }

    @Test
    void statementsThatWriteOrChangeSettingsAreRefusedWithACode() {
        for (String statement : List.of("DELETE FROM silver.county_register",
                "INSERT INTO silver.county_register SELECT * FROM silver.county_register",
                "WITH c AS (SELECT 1) INSERT OVERWRITE silver.pairings SELECT * FROM silver.pairings",
                "DROP VIEW gold.county_quarter", "CREATE TABLE x AS SELECT 1", "SET spark.sql.ansi.enabled=true",
                "VACUUM delta.`/tmp/nowhere`", "OPTIMIZE silver.county_register",
                "SELECT reflect('java.lang.System', 'exit', 0)")) {
            CommandRun run = CommandRun.of("sql", "--warehouse", warehouse, statement);
            assertThat(run.exitCode()).as(statement).isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
            assertThat(run.errors()).as(statement).contains("SQL-001", "只能运行查询", "only queries may run");
        }
        assertThat(CommandRun.of("sql", "--warehouse", warehouse, "SHOW TABLES IN silver").output())
                .as("describing the catalog is reading").contains("county_register");
    }

    @Test
    void badSyntaxUnknownColumnsAndBadOptionsHaveTheirCodes() {
        CommandRun syntax = CommandRun.of("sql", "--warehouse", warehouse, "SELEC 1");
        assertThat(syntax.exitCode()).isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
        assertThat(syntax.errors()).contains("SQL-002");
        CommandRun column = CommandRun.of("sql", "--warehouse", warehouse, "SELECT no_such FROM silver.pairings");
        assertThat(column.exitCode()).isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
        assertThat(column.errors()).contains("SQL-003", "no_such");
        assertThat(CommandRun.of("sql", "--warehouse", warehouse, "--format", "xlsx", "SELECT 1").errors()).contains("SQL-004");
        assertThat(CommandRun.of("sql", "--warehouse", warehouse, "--format", "html", "SELECT 1").exitCode())
                .isEqualTo(BangfuCommand.EXIT_USAGE);
        CommandRun empty = CommandRun.of("sql", "--warehouse", folder.resolve("empty").toString(), "SELECT 1");
        assertThat(empty.exitCode()).isEqualTo(BangfuCommand.EXIT_NOT_READY);
    }

    @Test
    void thePromptRunsStatementsEndingInSemicolonsAcrossLinesAndKeepsGoingAfterAnError() throws Exception {
        List<String> ran = new ArrayList<>();
        Path history = folder.resolve("history");
        SqlShell shell = new SqlShell(statement -> {
            if (statement.contains("bad")) {
                throw CommandError.SQL_SYNTAX.failure("坏", "bad");
            }
            ran.add(statement);
        }, history);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        shell.run(new ByteArrayInputStream("SELECT 1\nFROM x;\nbad;\nSELECT 2;\nexit\nSELECT 3;\n"
                .getBytes(StandardCharsets.UTF_8)), printed);
        assertThat(ran).containsExactly("SELECT 1\nFROM x", "SELECT 2");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SQL-002");
        assertThat(Files.readString(history)).contains("SELECT 2;");
    }
}
