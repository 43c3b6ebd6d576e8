package org.bangfu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.UnifiedCreditCode;
import org.junit.jupiter.api.Test;

/** Each rule of groups 1 to 3 on one small row, against a register of two counties. */
class RowValidatorTest {

    static final String COUNTY = "520101";
    static final String OTHER_COUNTY = "520102";
    static final String POOR_VILLAGE = "520101001001";
    static final String OTHER_VILLAGE = "520101001002";
    static final String UNIT = creditCode("91520000MA0000001");
    static final String UNKNOWN_UNIT = creditCode("91520000MA0000999");
    static final String HOUSEHOLD_KEY = "a".repeat(64);
    static final String ID_KEY = "b".repeat(64);

    private final RowValidator validator = new RowValidator(new ReferenceData(
            Set.of(COUNTY, OTHER_COUNTY), Set.of(POOR_VILLAGE, OTHER_VILLAGE), Set.of(UNIT),
            Set.of(ReferenceData.pairingKey(UNIT, COUNTY)), Set.of(COUNTY, OTHER_COUNTY, "520100", "520000"),
            Set.of(POOR_VILLAGE), Map.of(COUNTY, 1)), LocalDate.of(2020, 3, 1));

    static String creditCode(String firstSeventeen) {
        return firstSeventeen + UnifiedCreditCode.checkCharacter(firstSeventeen);
    }

    private ValidatedRow validate(String formCode, Map<String, String> cells) {
        return validator.validate(FormCatalogue.get(formCode), cells);
    }

    private static List<String> codes(ValidatedRow row) {
        return row.issues().stream().map(Issue::ruleCode).toList();
    }

    private static Map<String, String> with(Map<String, String> base, String... fieldThenValue) {
        Map<String, String> cells = new HashMap<>(base);
        for (int index = 0; index < fieldThenValue.length; index += 2) {
            if (fieldThenValue[index + 1] == null) {
                cells.remove(fieldThenValue[index]);
            } else {
                cells.put(fieldThenValue[index], fieldThenValue[index + 1]);
            }
        }
        return cells;
    }

    // BF-2 village work teams

    static final Map<String, String> TEAM = Map.of("village_code", POOR_VILLAGE, "period", "2019Q1",
            "sending_unit_code", UNIT, "leader_is_first_secretary", "是", "members", "3",
            "members_province", "1", "members_county", "2", "leader_days_in_village", "60");

    @Test
    void aCompleteRosterRowOfAPoorVillageIsAcceptedWithoutIssues() {
        ValidatedRow row = validate(FormCatalogue.WORK_TEAMS, TEAM);
        assertThat(row.issues()).as("every code known, split adds up, days within the quarter").isEmpty();
        assertThat(row.values()).containsEntry("members", "3").containsEntry("sending_unit_code", UNIT);
    }

    @Test
    void aRosterForAVillageThatIsNotPoorIsAcceptedWithWarningR007() {
        ValidatedRow row = validate(FormCatalogue.WORK_TEAMS, with(TEAM, "village_code", OTHER_VILLAGE));
        assertThat(codes(row)).containsExactly("R007");
        assertThat(row.accepted()).as("a warning does not reject the row").isTrue();
        assertThat(row.issues().get(0).messageChinese()).contains(OTHER_VILLAGE, "贫困村");
    }

    @Test
    void unknownVillageAndSendingUnitAreRejectedAsR003AndR002() {
        assertThat(codes(validate(FormCatalogue.WORK_TEAMS, with(TEAM, "village_code", "520101009999"))))
                .as("a village missing from ML-2 gets no R007 on top").containsExactly("R003");
        assertThat(codes(validate(FormCatalogue.WORK_TEAMS, with(TEAM, "sending_unit_code", UNKNOWN_UNIT))))
                .containsExactly("R002");
    }

    @Test
    void aMemberSplitThatDoesNotAddUpIsI004NamingBothFigures() {
        ValidatedRow row = validate(FormCatalogue.WORK_TEAMS, with(TEAM, "members_county", "3"));
        assertThat(codes(row)).containsExactly("I004");
        assertThat(row.issues().get(0).messageChinese()).contains("队员人数（人，含队长）", "3", "4");
        assertThat(codes(validate(FormCatalogue.WORK_TEAMS, with(TEAM, "members_province", null,
                "members_county", null)))).as("no split given, nothing to add up").isEmpty();
    }

    @Test
    void theAnnualAssessmentIsAllowedInTheFourthQuarterOnly() {
        ValidatedRow second = validate(FormCatalogue.WORK_TEAMS, with(TEAM, "assessment", "优秀"));
        assertThat(codes(second)).containsExactly("S018");
        assertThat(second.issues().get(0).messageEnglish()).contains("fourth quarter", "2019Q1");
        assertThat(codes(validate(FormCatalogue.WORK_TEAMS, with(TEAM, "assessment", "合格", "period", "2019Q4"))))
                .isEmpty();
    }

    @Test
    void daysBeyondTheQuarterAreI005AndBeyondAnyQuarterS017() {
        ValidatedRow ninetyOne = validate(FormCatalogue.WORK_TEAMS, with(TEAM, "leader_days_in_village", "91"));
        assertThat(codes(ninetyOne)).as("2019Q1 has 90 days").containsExactly("I005");
        assertThat(ninetyOne.issues().get(0).messageChinese()).contains("91", "90");
        assertThat(codes(validate(FormCatalogue.WORK_TEAMS, with(TEAM, "leader_days_in_village", "92",
                "period", "2019Q3")))).as("2019Q3 has 92 days").isEmpty();
        assertThat(codes(validate(FormCatalogue.WORK_TEAMS, with(TEAM, "leader_days_in_village", "93"))))
                .as("out of range once, not also I005").containsExactly("S017");
    }

    // BF-3 county progress

    static final Map<String, String> PROGRESS = Map.of("county_code", COUNTY, "period", "2019Q2",
            "poor_households_start", "300", "poor_people_start", "1000", "newly_identified", "10",
            "returned_to_poverty", "5", "households_exited", "40", "people_exited", "115", "poor_people_end", "900",
            "villages_exited", "1");

    @Test
    void countyProgressWhoseIdentityHoldsIsAccepted() {
        assertThat(codes(validate(FormCatalogue.COUNTY_PROGRESS, PROGRESS))).as("1000 + 10 + 5 − 115 = 900").isEmpty();
    }

    @Test
    void endOfPeriodPoorPeopleThatDoNotFollowFromTheFlowsAreI002() {
        ValidatedRow row = validate(FormCatalogue.COUNTY_PROGRESS, with(PROGRESS, "poor_people_end", "950"));
        assertThat(codes(row)).containsExactly("I002");
        assertThat(row.issues().get(0).messageChinese()).contains("期末剩余贫困人口（人）", "950", "900");
    }

    @Test
    void moreVillagesExitedThanTheCountyHasPoorVillagesIsI003() {
        ValidatedRow row = validate(FormCatalogue.COUNTY_PROGRESS, with(PROGRESS, "villages_exited", "2"));
        assertThat(codes(row)).containsExactly("I003");
        assertThat(codes(validate(FormCatalogue.COUNTY_PROGRESS, with(PROGRESS, "county_code", OTHER_COUNTY,
                "villages_exited", "2")))).as("no villages of that county in ML-2: nothing to compare with").isEmpty();
    }

    @Test
    void anUnknownCountyIsR001() {
        assertThat(codes(validate(FormCatalogue.COUNTY_PROGRESS, with(PROGRESS, "county_code", "530101"))))
                .containsExactly("R001");
    }

    // BF-4 registered poor households

    static final Map<String, String> HOUSEHOLD = Map.of("household_id", HOUSEHOLD_KEY, "head_id_number", ID_KEY,
            "village_code", POOR_VILLAGE, "year", "2019", "household_size", "4", "main_cause", "因病",
            "labour_capacity", "有劳动能力", "identified_year", "2014", "exit_year", "2018", "returned", "否");

    @Test
    void aHouseholdKeyedByPseudonymsIsAccepted() {
        ValidatedRow row = validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "measures", "教育;产业、 就业"));
        assertThat(row.issues()).isEmpty();
        assertThat(row.values()).containsEntry("household_id", HOUSEHOLD_KEY)
                .containsEntry("measures", "产业、就业、教育");
    }

    @Test
    void theReadersMarkersBecomeS015AndS016WithTheValueWithheld() {
        ValidatedRow malformed = validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "head_id_number", "!S015"));
        ValidatedRow wrongCheck = validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "head_id_number", "!S016"));
        assertThat(codes(malformed)).containsExactly("S015");
        assertThat(codes(wrongCheck)).containsExactly("S016");
        assertThat(wrongCheck.issues().get(0).value()).isEqualTo("（已隐去）");
        assertThat(wrongCheck.issues().get(0).messageChinese()).contains("户主身份证号", "校验位");
        assertThat(wrongCheck.values()).doesNotContainKey("head_id_number");
    }

    @Test
    void clearTextInAPseudonymisedCellIsRejectedAndNeverRepeated() {
        String clear = "52010119800101123X";
        ValidatedRow row = validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "head_id_number", clear));
        assertThat(codes(row)).containsExactly("S015");
        assertThat(row.issues().get(0).value() + row.issues().get(0).messageChinese()
                + row.issues().get(0).messageEnglish()).doesNotContain(clear);
    }

    @Test
    void householdSizeOutsideOneToTwentyIsS017NamingTheRange() {
        ValidatedRow row = validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "household_size", "21"));
        assertThat(codes(row)).containsExactly("S017");
        assertThat(row.issues().get(0).messageChinese()).contains("家庭人口（人）", "21", "1～20");
        assertThat(codes(validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "household_size", "0"))))
                .containsExactly("S017");
    }

    @Test
    void exitBeforeIdentificationIsI006() {
        ValidatedRow row = validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "exit_year", "2013"));
        assertThat(codes(row)).containsExactly("I006");
        assertThat(row.issues().get(0).messageChinese()).contains("2013", "2014");
    }

    @Test
    void householdVillageAndOptionalHelperUnitMustBeRegistered() {
        assertThat(codes(validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "village_code", "520101009999"))))
                .containsExactly("R003");
        assertThat(codes(validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "helper_unit_code", UNKNOWN_UNIT))))
                .containsExactly("R002");
        assertThat(codes(validate(FormCatalogue.POOR_HOUSEHOLDS, with(HOUSEHOLD, "helper_unit_code", UNIT))))
                .isEmpty();
    }

    // BF-5 annual targets

    static final Map<String, String> TARGET = Map.of("area_code", "520000", "year", "2019",
            "target_people_exited", "5000", "target_incidence_rate", "2.5");

    @Test
    void targetsMayBeSetForAProvincePrefectureOrCountyOfTheRegister() {
        assertThat(codes(validate(FormCatalogue.ANNUAL_TARGETS, TARGET))).isEmpty();
        assertThat(codes(validate(FormCatalogue.ANNUAL_TARGETS, with(TARGET, "area_code", "520100")))).isEmpty();
        assertThat(codes(validate(FormCatalogue.ANNUAL_TARGETS, with(TARGET, "area_code", COUNTY)))).isEmpty();
        ValidatedRow unknown = validate(FormCatalogue.ANNUAL_TARGETS, with(TARGET, "area_code", "530000"));
        assertThat(codes(unknown)).containsExactly("R006");
        assertThat(unknown.issues().get(0).messageChinese()).contains("530000");
    }

    @Test
    void anIncidenceRateAboveOneHundredPercentIsS017() {
        assertThat(codes(validate(FormCatalogue.ANNUAL_TARGETS, with(TARGET, "target_incidence_rate", "100.5"))))
                .containsExactly("S017");
    }

    // BF-1, as before

    static final Map<String, String> ASSISTANCE = Map.of("unit_code", UNIT, "county_code", COUNTY,
            "period", "2019Q4", "funds_direct", "100", "funds_coordinated", "50", "funds_industry", "120");

    @Test
    void unitAssistanceKeepsItsPairingWarningAndIndustryFundsIdentity() {
        assertThat(codes(validate(FormCatalogue.UNIT_ASSISTANCE, ASSISTANCE))).isEmpty();
        assertThat(codes(validate(FormCatalogue.UNIT_ASSISTANCE, with(ASSISTANCE, "county_code", OTHER_COUNTY))))
                .containsExactly("R004");
        assertThat(codes(validate(FormCatalogue.UNIT_ASSISTANCE, with(ASSISTANCE, "funds_industry", "151"))))
                .containsExactly("I001");
    }

    @Test
    void everyNewRuleHasAStableCodeAndBothMessages() {
        for (String code : List.of("S015", "S016", "S017", "S018", "R006", "R007", "I002", "I003", "I004", "I005",
                "I006", "P001", "P002", "P003", "X001", "X002", "L001")) {
            Rule rule = Rule.withCode(code).orElseThrow(() -> new AssertionError("no rule " + code));
            assertThat(rule.chineseTemplate()).as(code).isNotBlank();
            assertThat(rule.englishTemplate()).as(code).isNotBlank();
        }
        assertThat(Rule.withCode("P001").orElseThrow().severity()).as("across periods only warns")
                .isEqualTo(Severity.WARNING);
        assertThat(Rule.withCode("L001").orElseThrow().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void everyCountAndAmountOfTheCatalogueHasAPlausibleRange() {
        for (org.bangfu.forms.FormDefinition form : FormCatalogue.forms()) {
            for (org.bangfu.forms.FieldDefinition field : form.storedFields()) {
                boolean numeric = field.type() == org.bangfu.forms.FieldType.INTEGER
                        || field.type() == org.bangfu.forms.FieldType.DECIMAL;
                assertThat(field.range().isPresent()).as("%s %s has a plausible range", form.code(), field.name())
                        .isEqualTo(numeric);
            }
        }
    }

    @Test
    void anIdNumberTypedIntoProjectsIsNeverAFigureAndImplausibleMagnitudesAreS017() {
        ValidatedRow idNumber = validate(FormCatalogue.UNIT_ASSISTANCE,
                with(ASSISTANCE, "projects", PersonalDataMask.mask("110101199003071262")));
        assertThat(codes(idNumber)).containsExactly("S030");
        assertThat(idNumber.values()).doesNotContainKey("projects");
        ValidatedRow tooMany = validate(FormCatalogue.UNIT_ASSISTANCE, with(ASSISTANCE, "projects", "60000"));
        assertThat(codes(tooMany)).containsExactly("S017");
        assertThat(tooMany.issues().get(0).messageChinese()).contains("引进帮扶项目（个）", "60000", "0～5000");
        assertThat(codes(validate(FormCatalogue.UNIT_ASSISTANCE, with(ASSISTANCE, "funds_direct", "100001",
                "funds_industry", null)))).containsExactly("S017");
        assertThat(codes(validate(FormCatalogue.UNIT_ASSISTANCE, with(ASSISTANCE, "projects", "89")))).isEmpty();
    }
}
