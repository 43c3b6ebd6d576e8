package org.bangfu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bangfu.quality.RowValidatorTest.creditCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** P003 over tiny BF-1 silver frames: peers alike, log scale, one warning per submitter and period. */
class PeriodChecksTest {

    private static final FormDefinition UNIT_ASSISTANCE = FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE);

    /** One BF-1 row of 2019Q2 (or another quarter of 2019): unit, county, direct funds and projects; other figures not reported. */
    private record Report(String unit, String county, int rowNumber, String fundsDirect, String projects, int quarter) {
        Report(String unit, String county, int rowNumber, String fundsDirect, String projects) {
            this(unit, county, rowNumber, fundsDirect, projects, 2);
        }
    }

    private static String unit(int index) {
        return creditCode(String.format("91520000MA%07d", index));
    }

    private static Dataset<Row> silver(List<Report> reports) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("file_hash", DataTypes.StringType, false),
                DataTypes.createStructField("sheet", DataTypes.StringType, false),
                DataTypes.createStructField("row_number", DataTypes.IntegerType, false),
                DataTypes.createStructField("year", DataTypes.IntegerType, false),
                DataTypes.createStructField("quarter", DataTypes.IntegerType, false)));
        List<String> names = new ArrayList<>();
        for (FieldDefinition field : UNIT_ASSISTANCE.storedFields()) {
            fields.add(DataTypes.createStructField(field.name(), SilverSchema.typeOf(field), true));
            names.add(field.name());
        }
        List<Row> rows = new ArrayList<>();
        for (Report report : reports) {
            List<Object> values = new ArrayList<>(List.of("file-" + report.unit() + "-Q" + report.quarter(), "",
                    report.rowNumber(), 2019, report.quarter()));
            for (String name : names) {
                values.add(switch (name) {
                    case "unit_code" -> report.unit();
                    case "county_code" -> report.county();
                    case "period" -> "2019Q" + report.quarter();
                    case "funds_direct" -> new BigDecimal(report.fundsDirect());
                    case "projects" -> report.projects() == null ? null : Long.valueOf(report.projects());
                    default -> null;
                });
            }
            rows.add(RowFactory.create(values.toArray()));
        }
        return SharedSpark.session().createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
    }

    private static Dataset<Row> units(Map<String, String> levelAndCategoryByUnit) {
        List<Row> rows = levelAndCategoryByUnit.entrySet().stream()
                .map(entry -> RowFactory.create(entry.getKey(), entry.getValue().split("·")[0], entry.getValue().split("·")[1]))
                .toList();
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("unit_code", DataTypes.StringType, false),
            DataTypes.createStructField("unit_level", DataTypes.StringType, false),
            DataTypes.createStructField("unit_category", DataTypes.StringType, false)});
        return SharedSpark.session().createDataFrame(rows, schema);
    }

    private static List<Row> peerWarnings(List<Report> reports, Map<String, Dataset<Row>> registers) {
        return PeriodChecks.warnings(UNIT_ASSISTANCE, silver(reports), registers).orElseThrow()
                .filter("rule_code = 'P003'").collectAsList();
    }

    @Test
    void aUnitFiftyTimesItsPeersGetsOneWarningListingEveryFigureAndOrdinarySpreadGetsNone() {
        List<Report> reports = new ArrayList<>();
        for (int index = 1; index <= 12; index++) {
            // Peers spread over a factor of three, as real units do.
            reports.add(new Report(unit(index), "520101", index + 1, String.valueOf(100 + 20 * index),
                    String.valueOf(3 + index)));
        }
        reports.add(new Report(unit(99), "520101", 20, "8000", "400"));
        reports.add(new Report(unit(99), "520102", 21, "9000", "9"));
        List<Row> warnings = peerWarnings(reports, Map.of());
        assertThat(warnings).as("one warning for the unit and quarter, none for the ordinary spread").hasSize(1);
        Row warning = warnings.get(0);
        assertThat(warning.<Integer>getAs("row_number")).as("on the row furthest out").isEqualTo(20);
        assertThat(warning.<String>getAs("message_zh"))
                .contains("第20行“直接投入帮扶资金（万元）”为8000", "第20行“引进帮扶项目（个）”为400",
                        "第21行“直接投入帮扶资金（万元）”为9000")
                .doesNotContain("为9（");
        assertThat(warning.<String>getAs("message_en")).contains("row 20", "8000", "400", "median of 14 like reports");
    }

    @Test
    void largeUnitsAreComparedWithLargeUnitsNotWithCountyOffices() {
        List<Report> reports = new ArrayList<>();
        java.util.Map<String, String> kinds = new java.util.HashMap<>();
        for (int index = 1; index <= 20; index++) {
            reports.add(new Report(unit(index), "520101", index + 1, String.valueOf(50 + index), null));
            kinds.put(unit(index), "县·党政机关");
        }
        for (int index = 21; index <= 28; index++) {
            reports.add(new Report(unit(index), "520101", index + 1, String.valueOf(5000 + 100 * index), null));
            kinds.put(unit(index), "中央·国有企业");
        }
        assertThat(peerWarnings(reports, Map.of())).as("without peer groups the central firms stand out")
                .isNotEmpty();
        assertThat(peerWarnings(reports, Map.of(FormCatalogue.UNIT_REGISTER, units(kinds))))
                .as("among their own kind they are ordinary").isEmpty();
    }

    @Test
    void fewerThanEightPeersAreNoBasisForAWarning() {
        List<Report> reports = new ArrayList<>();
        for (int index = 1; index <= 6; index++) {
            reports.add(new Report(unit(index), "520101", index + 1, "100", null));
        }
        reports.add(new Report(unit(99), "520101", 20, "8000", null));
        assertThat(peerWarnings(reports, Map.of())).isEmpty();
    }

    @Test
    void whereMostPeersReportZeroASmallCountIsNoOutlier() {
        List<Report> reports = new ArrayList<>();
        for (int index = 1; index <= 20; index++) {
            reports.add(new Report(unit(index), "520101", index + 1, "100", index <= 16 ? "0" : "5"));
        }
        assertThat(peerWarnings(reports, Map.of())).isEmpty();
    }

    @Test
    void everyWarningAcrossPeriodsIsFoundEachOnItsRowAndField() {
        // Twelve units report 2019Q1 and Q2 (year to date, so Q2 ≥ Q1) within an ordinary spread, except:
        // unit 3's funds fall from 160 to 150 (P001 only: 150 is near its peers), unit 5's projects go
        // from 2 to 25 (P002 only: more than tenfold, yet near its peers), and unit 7's funds go from 240
        // to 9000 (P002, and P003: 26 times its peers' median).
        List<Report> reports = new ArrayList<>();
        for (int index = 1; index <= 12; index++) {
            String firstFunds = String.valueOf(100 + 20 * index);
            String firstProjects = index == 5 ? "2" : String.valueOf(3 + index);
            String secondFunds = switch (index) {
                case 3 -> "150";
                case 7 -> "9000";
                default -> String.valueOf(200 + 20 * index);
            };
            String secondProjects = index == 5 ? "25" : String.valueOf(4 + index);
            reports.add(new Report(unit(index), "520101", index + 1, firstFunds, firstProjects, 1));
            reports.add(new Report(unit(index), "520101", index + 101, secondFunds, secondProjects, 2));
        }
        List<String> found = PeriodChecks.warnings(UNIT_ASSISTANCE, silver(reports), Map.of()).orElseThrow()
                .collectAsList().stream()
                .map(row -> row.<String>getAs("rule_code") + " row " + row.<Integer>getAs("row_number") + " "
                        + row.<String>getAs("field"))
                .toList();
        assertThat(found).containsExactlyInAnyOrder(
                "P001 row 104 funds_direct",
                "P002 row 106 projects",
                "P002 row 108 funds_direct",
                "P003 row 108 funds_direct");
    }

    @Test
    void aFineGroupOfFewerThanEightFallsBackToItsCoarseGroup() {
        // Seven 县·党政机关 units and one 县·事业单位 unit with ten times their funds: neither fine group
        // has eight rows, so all eight are peers at the 县 level, where the odd one stands out.
        List<Report> reports = new ArrayList<>();
        Map<String, String> kinds = new java.util.HashMap<>();
        for (int index = 1; index <= 7; index++) {
            reports.add(new Report(unit(index), "520101", index + 1, String.valueOf(50 + index), null));
            kinds.put(unit(index), "县·党政机关");
        }
        reports.add(new Report(unit(8), "520101", 9, "5000", null));
        kinds.put(unit(8), "县·事业单位");
        List<Row> warnings = peerWarnings(reports, Map.of(FormCatalogue.UNIT_REGISTER, units(kinds)));
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).<Integer>getAs("row_number")).isEqualTo(9);
    }
}
