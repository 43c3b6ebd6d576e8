package org.bangfu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.UnifiedCreditCode;
import org.junit.jupiter.api.Test;

class CellParserTest {

    private static final FormDefinition UNIT_ASSISTANCE = FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE);
    private final CellParser parser = new CellParser(LocalDate.of(2020, 1, 15));

    private ParsedCell parse(String field, String text) {
        return parser.parse(UNIT_ASSISTANCE.requireField(field), text);
    }

    @Test
    void amountsTolerateFullWidthDigitsSeparatorsAndSpaces() {
        assertThat(parse("funds_direct", "１２３４.５０").value()).isEqualTo("1234.5");
        assertThat(parse("funds_direct", " 1,234.5 ").value()).isEqualTo("1234.5");
        assertThat(parse("funds_direct", "1200").value()).as("no exponent notation").isEqualTo("1200");
    }

    @Test
    void blankMeansNotReportedUnlessRequired() {
        assertThat(parse("projects", "  ").isBlank()).as("optional blank is not zero").isTrue();
        assertThat(parse("funds_direct", "").issue().ruleCode()).isEqualTo(Rule.REQUIRED_VALUE_MISSING.code());
    }

    @Test
    void textInANumericCellIsAnErrorNamingHeaderAndValue() {
        Issue issue = parse("funds_direct", "约50").issue();
        assertThat(issue.ruleCode()).isEqualTo("S002");
        assertThat(issue.messageChinese()).contains("直接投入帮扶资金（万元）", "约50");
        assertThat(issue.messageEnglish()).contains("约50", "must be a number");
    }

    @Test
    void negativeAmountsAndFractionalCountsAreErrors() {
        assertThat(parse("funds_direct", "-5").issue().ruleCode()).isEqualTo(Rule.NEGATIVE_VALUE.code());
        assertThat(parse("projects", "2.5").issue().ruleCode()).isEqualTo(Rule.NOT_A_WHOLE_NUMBER.code());
        assertThat(parse("projects", "3.0").value()).isEqualTo("3");
    }

    @Test
    void periodsAreReadInEveryAcceptedSpelling() {
        assertThat(parse("period", "2019Q2").value()).isEqualTo("2019Q2");
        assertThat(parse("period", "2019-Q2").value()).isEqualTo("2019Q2");
        assertThat(parse("period", "2019年第二季度").value()).isEqualTo("2019Q2");
        assertThat(parse("period", "２０１９年第４季度").value()).isEqualTo("2019Q4");
        assertThat(parse("period", "2019年上半年").issue().ruleCode()).isEqualTo(Rule.PERIOD_MALFORMED.code());
    }

    @Test
    void aQuarterThatHasNotEndedCannotBeReported() {
        assertThat(parse("period", "2019Q4").failed()).as("ended on 31 December 2019").isFalse();
        assertThat(parse("period", "2020Q1").issue().ruleCode()).isEqualTo(Rule.PERIOD_IN_FUTURE.code());
    }

    @Test
    void creditCodesAreCheckedAndTheExpectedCheckCharacterIsNamed() {
        String valid = "91350100M000100Y4" + UnifiedCreditCode.checkCharacter("91350100M000100Y4");
        assertThat(parse("unit_code", valid.toLowerCase()).value()).isEqualTo(valid);
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        Issue issue = parse("unit_code", valid.substring(0, 17) + wrong).issue();
        assertThat(issue.ruleCode()).isEqualTo(Rule.CREDIT_CODE_CHECK_FAILED.code());
        assertThat(issue.messageChinese()).contains("应为" + valid.charAt(17));
        assertThat(parse("unit_code", "12345").issue().ruleCode()).isEqualTo(Rule.CREDIT_CODE_MALFORMED.code());
    }

    @Test
    void aPublishedCreditCodePassesTheCheck() {
        // A code as printed on a real business licence (GB 32100 worked example).
        assertThat(UnifiedCreditCode.hasValidCheckCharacter("91110000600037341L")).isTrue();
    }

    @Test
    void countyCodesAreSixDigitsEvenWhenTypedFullWidth() {
        assertThat(parse("county_code", "５３０１０２").value()).isEqualTo("530102");
        assertThat(parse("county_code", "53010").issue().ruleCode()).isEqualTo(Rule.COUNTY_CODE_MALFORMED.code());
    }

    @Test
    void datesInChineseAndSlashedFormsBecomeIsoDates() {
        assertThat(parse("reported_on", "2019年7月5日").value()).isEqualTo("2019-07-05");
        assertThat(parse("reported_on", "2019/7/5").value()).isEqualTo("2019-07-05");
        assertThat(parse("reported_on", "2019-02-30").issue().ruleCode()).isEqualTo(Rule.DATE_MALFORMED.code());
    }

    @Test
    void enumerationsAcceptObviousVariants() {
        FormDefinition counties = FormCatalogue.get(FormCatalogue.COUNTY_REGISTER);
        assertThat(parser.parse(counties.requireField("poverty_type"), "国家级").value()).isEqualTo("国定");
        Issue issue = parser.parse(counties.requireField("poverty_type"), "市定").issue();
        assertThat(issue.ruleCode()).isEqualTo(Rule.VALUE_NOT_ALLOWED.code());
        assertThat(issue.messageChinese()).contains("国定", "省定", "非贫困");
    }

    @Test
    void idAndMobileNumbersAreMaskedWhereverTheyTurnUpAndVillageCodesAreNot() {
        assertThat(PersonalDataMask.mask("负责人：王建国 13912345678 身份证110101199003071234"))
                .isEqualTo("负责人：王建国 " + PersonalDataMask.MOBILE_NUMBER_WITHHELD + " 身份证"
                        + PersonalDataMask.ID_NUMBER_WITHHELD);
        assertThat(PersonalDataMask.mask("１３９１２３４５６７８")).as("full-width digits are the same number")
                .isEqualTo(PersonalDataMask.MOBILE_NUMBER_WITHHELD);
        assertThat(PersonalDataMask.mask("530102001001")).as("a 12-digit village code").isEqualTo("530102001001");
        assertThat(PersonalDataMask.mask("12345678901234567")).as("17 digits, no ID shape").isEqualTo("12345678901234567");
        assertThat(PersonalDataMask.mask("0871-1234567")).as("a landline is no mobile number").isEqualTo("0871-1234567");
    }

    @Test
    void aMaskedNumberInAFigureIsS030SayingWhatBelongsThere() {
        Issue issue = parse("projects", PersonalDataMask.mask("110101199003071234")).issue();
        assertThat(issue.ruleCode()).isEqualTo("S030");
        assertThat(issue.value()).doesNotContain("110101");
        assertThat(issue.messageChinese()).contains("引进帮扶项目（个）", "身份证号", "数字（个）");
    }

    @Test
    void numbersAreReadExactlyAndWhatCannotBeKeptIsACodedErrorNeverABlank() {
        assertThat(parse("funds_direct", "1.234,56").issue().ruleCode()).as("European separators")
                .isEqualTo(Rule.NUMBER_SEPARATORS_AMBIGUOUS.code());
        assertThat(parse("funds_direct", "12,34.5").issue().ruleCode()).as("commas not between groups of three")
                .isEqualTo(Rule.NUMBER_SEPARATORS_AMBIGUOUS.code());
        assertThat(parse("funds_direct", "1.234.567").issue().ruleCode()).isEqualTo(Rule.NOT_A_NUMBER.code());
        assertThat(parse("funds_direct", "1e-7").issue().ruleCode()).as("1e-7 is not 0")
                .isEqualTo(Rule.TOO_MANY_DECIMALS.code());
        assertThat(parse("funds_direct", "12.34567").issue().messageChinese()).contains("12.34567", "4位");
        assertThat(parse("funds_direct", "12.3456").value()).as("four places are kept").isEqualTo("12.3456");
        assertThat(parse("funds_direct", "1.5E+3").value()).as("scientific notation read exactly").isEqualTo("1500");
        assertThat(parse("funds_direct", "1E+15").issue().ruleCode()).isEqualTo(Rule.NUMBER_TOO_LARGE.code());
        assertThat(parse("funds_direct", "123456789012345678").issue().ruleCode()).isEqualTo(Rule.NUMBER_TOO_LARGE.code());
        assertThat(parse("funds_direct", "1e999999999999").issue().ruleCode()).isEqualTo(Rule.NUMBER_TOO_LARGE.code());
        assertThat(parse("projects", "9223372036854775807").value()).isEqualTo("9223372036854775807");
        assertThat(parse("projects", "9223372036854775808").issue().ruleCode()).isEqualTo(Rule.NUMBER_TOO_LARGE.code());
        assertThat(parse("funds_direct", "0.00").value()).isEqualTo("0");
    }

    @Test
    void theLargestAmountFitsTheSilverColumn() {
        org.apache.spark.sql.types.DecimalType column = (org.apache.spark.sql.types.DecimalType) SilverSchema.AMOUNT;
        assertThat(CellParser.AMOUNT_SCALE).isEqualTo(column.scale());
        assertThat(CellParser.AMOUNT_PRECISION).isEqualTo(column.precision());
        assertThat(CellParser.LARGEST_AMOUNT.toPlainString()).isEqualTo("99999999999999.9999");
    }
}
