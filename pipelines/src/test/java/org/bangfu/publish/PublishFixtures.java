package org.bangfu.publish;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;

/**
 * A small, made-up province to publish: 示范省 with two prefectures (东山市 with 青松县 and 白云县,
 * 西河州 with 红岩县) over two quarters of 2019. 白云县 reported nothing in Q3, so its Q4 increments
 * are unknown, and it never reported coordinated funds.
 */
final class PublishFixtures {

    static final LocalDate PUBLISH_DATE = LocalDate.of(2020, 1, 15);
    static final String STAMP = "gold.county_quarter@v7, gold.province_quarter@v7";

    private PublishFixtures() {
    }

    static PublicationSnapshot snapshot() {
        return new PublicationSnapshot(versions(), Instant.parse("2020-01-14T08:00:00Z"), counties(), prefectures(),
                provinces());
    }

    static List<TableVersion> versions() {
        return List.of(
                new TableVersion("gold.county_quarter", 7, Instant.parse("2020-01-14T07:00:00Z")),
                new TableVersion("gold.province_quarter", 7, Instant.parse("2020-01-14T07:00:00Z")));
    }

    static List<AreaQuarterFigures> provinces() {
        return List.of(
                //                units paired  direct (ytd, quarter)   coordinated (ytd, quarter)  projects  trained       jobs
                province("2019Q3", 2019, 3, 360, 365, "60120.50", "20000.00", "150000.00", "50000.00", 90L, 30L, 18000L, 6000L, 6000L, 2000L),
                province("2019Q4", 2019, 4, 370, 370, "82435.00", "22314.50", "227800.00", "77800.00", 128L, 38L, 25340L, 7340L, 8200L, 2200L));
    }

    /** The counties above rolled up; 东山市 counts 15 units, not 12 + 4, because one unit helps both its counties. */
    static List<AreaQuarterFigures> prefectures() {
        return List.of(
                //                                          units paired direct (ytd, quarter)   coordinated (ytd, quarter) projects   trained       jobs
                prefecture("990100", "东山市", "2019Q3", 2019, 3, 11, 15, "22000.00", "7000.00", "60000.00", "20000.00", 40L, 12L, 7000L, 2500L, 2000L, 700L),
                prefecture("990100", "东山市", "2019Q4", 2019, 4, 15, 15, "35678.456", "8000.00", "90000.00", "30000.00", 58L, 10L, 10340L, 3000L, 3200L, 1000L),
                prefecture("990200", "西河州", "2019Q3", 2019, 3, 20, 21, "38120.50", "13000.00", "90000.00", "30000.00", 50L, 18L, 11000L, 3500L, 4000L, 1300L),
                prefecture("990200", "西河州", "2019Q4", 2019, 4, 21, 21, "46756.544", "8636.044", "137800.00", "47800.00", 70L, 20L, 15000L, 4000L, 5000L, 1000L));
    }

    static List<AreaQuarterFigures> counties() {
        return List.of(
                //                                                        units paired direct (ytd, quarter)  coordinated (ytd, quarter) projects   trained       jobs
                county("990101", "青松县", "990100", "东山市", "国定", "2019Q3", 2019, 3, 11, 12, "22000.00", "7000.00", "60000.00", "20000.00", 40L, 12L, 7000L, 2500L, 2000L, 700L),
                county("990101", "青松县", "990100", "东山市", "国定", "2019Q4", 2019, 4, 12, 12, "30000.00", "8000.00", "90000.00", "30000.00", 50L, 10L, 10000L, 3000L, 3000L, 1000L),
                county("990102", "白云县", "990100", "东山市", "省定", "2019Q3", 2019, 3, 0, 4, null, null, null, null, null, null, null, null, null, null),
                county("990102", "白云县", "990100", "东山市", "省定", "2019Q4", 2019, 4, 4, 4, "5678.456", null, null, null, 8L, null, 340L, null, 200L, null),
                county("990201", "红岩县", "990200", "西河州", "国定", "2019Q3", 2019, 3, 20, 21, "38120.50", "13000.00", "90000.00", "30000.00", 50L, 18L, 11000L, 3500L, 4000L, 1300L),
                county("990201", "红岩县", "990200", "西河州", "国定", "2019Q4", 2019, 4, 21, 21, "46756.544", "8636.044", "137800.00", "47800.00", 70L, 20L, 15000L, 4000L, 5000L, 1000L));
    }

    /** The templates shipped in the repository, which the tests exercise as users will. */
    static Path templatesDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("..").resolve("templates").toAbsolutePath().normalize();
    }

    static PublishOptions options() {
        return PublishOptions.publishedOn(PUBLISH_DATE).withIssuingOffice("示范省定点帮扶工作领导小组办公室");
    }

    private static AreaQuarterFigures province(String period, int year, int quarter, long units, long paired,
            String directYearToDate, String directQuarter, String coordinatedYearToDate, String coordinatedQuarter,
            Long projectsYearToDate, Long projectsQuarter, Long trainedYearToDate, Long trainedQuarter,
            Long jobsYearToDate, Long jobsQuarter) {
        return new AreaQuarterFigures(AreaLevel.PROVINCE, "990000", "示范省", "", "", "", period, year, quarter, units,
                paired, amount(directYearToDate), amount(directQuarter), amount(coordinatedYearToDate),
                amount(coordinatedQuarter), projectsYearToDate, projectsQuarter, trainedYearToDate, trainedQuarter,
                jobsYearToDate, jobsQuarter);
    }

    private static AreaQuarterFigures prefecture(String code, String name, String period, int year, int quarter,
            long units, long paired, String directYearToDate, String directQuarter, String coordinatedYearToDate,
            String coordinatedQuarter, Long projectsYearToDate, Long projectsQuarter, Long trainedYearToDate,
            Long trainedQuarter, Long jobsYearToDate, Long jobsQuarter) {
        return new AreaQuarterFigures(AreaLevel.PREFECTURE, code, name, code, name, "", period, year, quarter, units,
                paired, amount(directYearToDate), amount(directQuarter), amount(coordinatedYearToDate),
                amount(coordinatedQuarter), projectsYearToDate, projectsQuarter, trainedYearToDate, trainedQuarter,
                jobsYearToDate, jobsQuarter);
    }

    private static AreaQuarterFigures county(String code, String name, String prefectureCode, String prefectureName,
            String povertyType, String period, int year, int quarter, long units, long paired,
            String directYearToDate, String directQuarter, String coordinatedYearToDate, String coordinatedQuarter,
            Long projectsYearToDate, Long projectsQuarter, Long trainedYearToDate, Long trainedQuarter,
            Long jobsYearToDate, Long jobsQuarter) {
        return new AreaQuarterFigures(AreaLevel.COUNTY, code, name, prefectureCode, prefectureName, povertyType, period,
                year, quarter, units, paired, amount(directYearToDate), amount(directQuarter),
                amount(coordinatedYearToDate), amount(coordinatedQuarter), projectsYearToDate, projectsQuarter,
                trainedYearToDate, trainedQuarter, jobsYearToDate, jobsQuarter);
    }

    private static BigDecimal amount(String tenThousandYuan) {
        return tenThousandYuan == null ? null : new BigDecimal(tenThousandYuan);
    }
}
