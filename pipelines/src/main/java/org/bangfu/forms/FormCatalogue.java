package org.bangfu.forms;

import static org.bangfu.forms.FieldDefinition.optional;
import static org.bangfu.forms.FieldDefinition.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every register and form the pipeline accepts, as FORMS.md defines them: headers and aliases,
 * types, units, keys and how each figure relates to its period. Readers, validators, feedback
 * workbooks and the methodology page are driven from here; adding a column is one edit.
 */
public final class FormCatalogue {

    public static final String COUNTY_REGISTER = "ML-1";
    public static final String VILLAGE_REGISTER = "ML-2";
    public static final String UNIT_REGISTER = "ML-3";
    public static final String PAIRINGS = "ML-4";
    public static final String UNIT_ASSISTANCE = "BF-1";
    public static final String WORK_TEAMS = "BF-2";
    public static final String COUNTY_PROGRESS = "BF-3";
    public static final String POOR_HOUSEHOLDS = "BF-4";
    /**
     * The optional 状态 (or 备注) column of every periodic form: 撤回 or 删除 there withdraws the row's
     * key (FORMS.md, "Resubmission"). It steers the check and is never stored in silver: a 备注 is
     * free text and may hold anything.
     */
    public static final String ROW_STATUS = "row_status";
    public static final String ANNUAL_TARGETS = "BF-5";

    /**
     * In this order in every JVM: a form's description is part of its check digest ({@code FormInputs}),
     * and Map.of iterates in an order that changes from one JVM to the next, so every new process saw
     * changed forms and re-checked them.
     */
    private static final Map<String, String> YES_NO = yesNo();

    private static Map<String, String> yesNo() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("是", "是");
        values.put("否", "否");
        values.put("Y", "是");
        values.put("N", "否");
        return java.util.Collections.unmodifiableMap(values);
    }

    private static final FormDefinition COUNTY_REGISTER_FORM = new FormDefinition(
            COUNTY_REGISTER, "县名录", "County register", FormKind.REGISTER, PeriodKind.NONE,
            List.of(
                    required("county_code", "县代码", FieldType.COUNTY_CODE).withAliases("县（市、区）代码", "区划代码"),
                    required("county_name", "县名称", FieldType.TEXT).withAliases("县（市、区）名称"),
                    required("prefecture_code", "市州代码", FieldType.AREA_CODE),
                    required("prefecture_name", "市州名称", FieldType.TEXT),
                    required("province_code", "省代码", FieldType.AREA_CODE),
                    // A register may leave it blank: the model names the province from GB/T 2260 by its code.
                    optional("province_name", "省名称", FieldType.TEXT),
                    required("poverty_type", "贫困县类型", FieldType.ENUMERATION).withAllowedValues(variants(
                            "国定", "国定", "国家级", "国定", "国定贫困县", "国定", "国家扶贫开发工作重点县", "国定",
                            "省定", "省定", "省级", "省定", "省定贫困县", "省定",
                            "非贫困", "非贫困", "非贫困县", "非贫困")),
                    required("deep_poverty", "深度贫困县", FieldType.YES_NO).withAllowedValues(YES_NO),
                    optional("contiguous_area", "片区", FieldType.TEXT),
                    optional("planned_exit_year", "计划摘帽年度", FieldType.YEAR),
                    optional("exit_year", "摘帽年度", FieldType.YEAR),
                    required("rural_population", "乡村人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 5_000_000).withAliases("乡村人口")
                            .periodEnd()),
            List.of("county_code"));

    private static final FormDefinition VILLAGE_REGISTER_FORM = new FormDefinition(
            VILLAGE_REGISTER, "村名录", "Village register", FormKind.REGISTER, PeriodKind.NONE,
            List.of(
                    required("village_code", "村代码", FieldType.VILLAGE_CODE),
                    required("village_name", "村名称", FieldType.TEXT),
                    required("township_name", "乡镇名称", FieldType.TEXT),
                    required("poor_village", "贫困村", FieldType.YES_NO).withAllowedValues(YES_NO).withAliases("是否贫困村"),
                    required("deep_poverty_village", "深度贫困村", FieldType.YES_NO).withAllowedValues(YES_NO),
                    optional("planned_exit_year", "计划出列年度", FieldType.YEAR),
                    optional("exit_year", "出列年度", FieldType.YEAR)),
            List.of("village_code"));

    private static final FormDefinition UNIT_REGISTER_FORM = new FormDefinition(
            UNIT_REGISTER, "帮扶单位名录", "Assisting-unit register", FormKind.REGISTER, PeriodKind.NONE,
            List.of(
                    required("unit_code", "单位代码", FieldType.CREDIT_CODE).withAliases("统一社会信用代码"),
                    required("unit_name", "单位名称", FieldType.TEXT),
                    required("unit_level", "单位层级", FieldType.ENUMERATION).withAllowedValues(variants(
                            "中央", "中央", "中央单位", "中央",
                            "省", "省", "省级", "省", "省直", "省",
                            "市", "市", "市级", "市", "州", "市", "市州", "市",
                            "县", "县", "县级", "县")),
                    required("unit_category", "单位类别", FieldType.ENUMERATION).withAllowedValues(enumeration(
                            "党政机关", "民主党派和工商联", "群团组织", "高校", "医院", "国有企业", "金融机构",
                            "军队武警", "其他事业单位", "民营企业", "社会组织")),
                    optional("lead_unit_code", "牵头单位代码", FieldType.CREDIT_CODE),
                    optional("staff_establishment", "编制数（人）", FieldType.INTEGER).withUnit("人").withRange(0, 2_000_000).withAliases("编制数")
                            .periodEnd()),
            List.of("unit_code"));

    private static final FormDefinition PAIRINGS_FORM = new FormDefinition(
            PAIRINGS, "结对帮扶关系", "Pairings", FormKind.REGISTER, PeriodKind.NONE,
            List.of(
                    required("unit_code", "单位代码", FieldType.CREDIT_CODE),
                    required("county_code", "县代码", FieldType.COUNTY_CODE),
                    optional("village_code", "村代码", FieldType.VILLAGE_CODE),
                    required("start_date", "开始日期", FieldType.DATE),
                    optional("end_date", "结束日期", FieldType.DATE),
                    required("is_lead", "是否牵头", FieldType.YES_NO).withAllowedValues(YES_NO)),
            List.of("unit_code", "county_code", "village_code"));

    private static final FormDefinition UNIT_ASSISTANCE_FORM = new FormDefinition(
            UNIT_ASSISTANCE, "定点帮扶工作情况表", "Unit assistance report",
            FormKind.PERIODIC_FORM, PeriodKind.QUARTERLY,
            List.of(
                    required("unit_code", "单位代码", FieldType.CREDIT_CODE).withAliases("统一社会信用代码"),
                    required("county_code", "县代码", FieldType.COUNTY_CODE),
                    required("period", "报告期", FieldType.QUARTER),
                    required("funds_direct", "直接投入帮扶资金（万元）", FieldType.DECIMAL).withUnit("万元").withRange(0, 100_000).yearToDate(),
                    required("funds_coordinated", "协调引进帮扶资金（万元）", FieldType.DECIMAL).withUnit("万元").withRange(0, 500_000).yearToDate(),
                    optional("funds_industry", "其中：产业帮扶资金（万元）", FieldType.DECIMAL).withUnit("万元").withRange(0, 500_000).yearToDate()
                            .withAliases("产业帮扶资金（万元）"),
                    optional("projects", "引进帮扶项目（个）", FieldType.INTEGER).withUnit("个").withRange(0, 5_000).yearToDate(),
                    optional("trained_cadres", "培训基层干部（人次）", FieldType.INTEGER).withUnit("人次").withRange(0, 200_000).yearToDate(),
                    optional("trained_technicians", "培训技术人员（人次）", FieldType.INTEGER).withUnit("人次").withRange(0, 200_000).yearToDate(),
                    optional("jobs_transferred", "帮助转移就业（人）", FieldType.INTEGER).withUnit("人").withRange(0, 200_000).yearToDate(),
                    optional("consumption_bought", "购买贫困地区农产品（万元）", FieldType.DECIMAL).withUnit("万元").withRange(0, 200_000).yearToDate(),
                    optional("consumption_sold", "帮助销售贫困地区农产品（万元）", FieldType.DECIMAL).withUnit("万元").withRange(0, 500_000).yearToDate(),
                    optional("leader_visits", "主要负责同志到县调研（次）", FieldType.INTEGER).withUnit("次").withRange(0, 200).yearToDate(),
                    optional("other_visits", "其他领导干部到县村调研（次）", FieldType.INTEGER).withUnit("次").withRange(0, 5_000).yearToDate(),
                    optional("meetings", "研究帮扶工作会议（次）", FieldType.INTEGER).withUnit("次").withRange(0, 2_000).yearToDate(),
                    optional("seconded_cadres", "在岗挂职干部（人）", FieldType.INTEGER).withUnit("人").withRange(0, 500).periodEnd(),
                    optional("first_secretaries", "在岗第一书记（人）", FieldType.INTEGER).withUnit("人").withRange(0, 2_000).periodEnd(),
                    optional("team_members", "在岗驻村工作队员（人）", FieldType.INTEGER).withUnit("人").withRange(0, 10_000).periodEnd(),
                    optional("reporter_name", "填报人", FieldType.PERSONAL),
                    optional("reporter_phone", "联系电话", FieldType.PERSONAL),
                    optional("reported_on", "填报日期", FieldType.DATE),
                    rowStatus()),
            List.of("unit_code", "county_code", "period"));


    private static final FormDefinition WORK_TEAMS_FORM = new FormDefinition(
            WORK_TEAMS, "驻村工作队情况表", "Village work-team roster",
            FormKind.PERIODIC_FORM, PeriodKind.QUARTERLY,
            List.of(
                    required("village_code", "村代码", FieldType.VILLAGE_CODE),
                    required("period", "报告期", FieldType.QUARTER),
                    required("sending_unit_code", "派出单位代码", FieldType.CREDIT_CODE).withAliases("派出单位统一社会信用代码"),
                    optional("leader_name", "队长姓名", FieldType.PERSONAL),
                    required("leader_is_first_secretary", "队长兼任第一书记", FieldType.YES_NO).withAllowedValues(YES_NO)
                            .withAliases("队长是否兼任第一书记"),
                    required("members", "队员人数（人，含队长）", FieldType.INTEGER).withUnit("人").withRange(0, 100).withAliases("队员人数")
                            .periodEnd(),
                    optional("members_province", "其中：省派", FieldType.INTEGER).withUnit("人").withRange(0, 100).withAliases("省派").periodEnd(),
                    optional("members_prefecture", "市派", FieldType.INTEGER).withUnit("人").withRange(0, 100).withAliases("其中：市派").periodEnd(),
                    optional("members_county", "县派", FieldType.INTEGER).withUnit("人").withRange(0, 100).withAliases("其中：县派").periodEnd(),
                    optional("members_township", "乡镇", FieldType.INTEGER).withUnit("人").withRange(0, 100).withAliases("乡镇派", "其中：乡镇")
                            .periodEnd(),
                    optional("leader_days_in_village", "本季度驻村天数（队长）", FieldType.INTEGER).withUnit("天").withRange(0, 92)
                            .withAliases("队长本季度驻村天数").periodEnd(),
                    optional("assessment", "队员年度考核结果", FieldType.ENUMERATION).withAllowedValues(variants(
                            "优秀", "优秀", "称职", "称职", "合格", "称职", "基本称职", "基本称职", "基本合格", "基本称职",
                            "不称职", "不称职", "不合格", "不称职")),
                    optional("recalled", "召回调整人数", FieldType.INTEGER).withUnit("人").withRange(0, 100).yearToDate(),
                    rowStatus()),
            List.of("village_code", "period"));

    private static final FormDefinition COUNTY_PROGRESS_FORM = new FormDefinition(
            COUNTY_PROGRESS, "县脱贫攻坚进展情况表", "County progress report",
            FormKind.PERIODIC_FORM, PeriodKind.QUARTERLY,
            List.of(
                    required("county_code", "县代码", FieldType.COUNTY_CODE),
                    required("period", "报告期", FieldType.QUARTER),
                    required("poor_households_start", "年初建档立卡贫困户（户）", FieldType.INTEGER).withUnit("户").withRange(0, 1_000_000).yearStart(),
                    required("poor_people_start", "年初建档立卡贫困人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 3_000_000).yearStart(),
                    required("newly_identified", "本年新识别贫困人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 500_000).yearToDate(),
                    required("returned_to_poverty", "本年返贫人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 500_000).yearToDate(),
                    required("households_exited", "本年脱贫户数（户）", FieldType.INTEGER).withUnit("户").withRange(0, 1_000_000).yearToDate(),
                    required("people_exited", "本年脱贫人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 3_000_000).yearToDate(),
                    required("poor_people_end", "期末剩余贫困人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 3_000_000).periodEnd(),
                    optional("villages_exited", "本年退出贫困村（个）", FieldType.INTEGER).withUnit("个").withRange(0, 3_000).yearToDate(),
                    optional("income_per_capita", "贫困户人均纯收入（元）", FieldType.DECIMAL).withUnit("元").withRange(0, 200_000).yearToDate(),
                    optional("relocated_households", "易地扶贫搬迁（户）", FieldType.INTEGER).withUnit("户").withRange(0, 300_000).yearToDate(),
                    optional("relocated_people", "易地扶贫搬迁（人）", FieldType.INTEGER).withUnit("人").withRange(0, 1_000_000).yearToDate(),
                    optional("houses_rebuilt", "危房改造（户）", FieldType.INTEGER).withUnit("户").withRange(0, 300_000).yearToDate(),
                    optional("roads_km", "新建改建村组道路（公里）", FieldType.DECIMAL).withUnit("公里").withRange(0, 50_000).yearToDate(),
                    optional("safe_water_households", "解决安全饮水（户）", FieldType.INTEGER).withUnit("户").withRange(0, 1_000_000).yearToDate(),
                    optional("electricity_households", "解决生活用电（户）", FieldType.INTEGER).withUnit("户").withRange(0, 1_000_000).yearToDate(),
                    optional("integrated_fiscal_funds", "统筹整合财政涉农资金（万元）", FieldType.DECIMAL).withUnit("万元").withRange(0, 5_000_000)
                            .yearToDate(),
                    rowStatus()),
            List.of("county_code", "period"));

    private static final FormDefinition POOR_HOUSEHOLDS_FORM = new FormDefinition(
            POOR_HOUSEHOLDS, "建档立卡贫困户帮扶情况", "Registered poor households",
            FormKind.PERIODIC_FORM, PeriodKind.ANNUAL,
            List.of(
                    required("household_id", "户编号", FieldType.TEXT).pseudonymisedAtIngestion(),
                    optional("head_name", "户主姓名", FieldType.PERSONAL),
                    optional("head_id_number", "户主身份证号", FieldType.RESIDENT_ID_NUMBER).pseudonymisedAtIngestion()
                            .withAliases("户主身份证号码"),
                    required("village_code", "村代码", FieldType.VILLAGE_CODE),
                    required("year", "年度", FieldType.YEAR),
                    required("household_size", "家庭人口（人）", FieldType.INTEGER).withUnit("人").withRange(1, 20).withAliases("家庭人口数")
                            .periodEnd(),
                    required("main_cause", "主要致贫原因", FieldType.ENUMERATION).withAllowedValues(enumeration(
                            "因病", "因残", "因学", "因灾", "缺土地", "缺水", "缺技术", "缺劳力", "缺资金", "交通条件落后",
                            "自身发展动力不足", "其他")),
                    required("labour_capacity", "劳动能力", FieldType.ENUMERATION).withAllowedValues(variants(
                            "有劳动能力", "有劳动能力", "有", "有劳动能力", "普通劳动力", "有劳动能力",
                            "部分丧失", "部分丧失", "部分丧失劳动能力", "部分丧失", "弱劳动力", "部分丧失",
                            "无劳动能力", "无劳动能力", "无", "无劳动能力", "丧失劳动力", "无劳动能力")),
                    required("identified_year", "识别年度", FieldType.YEAR),
                    optional("exit_year", "脱贫年度", FieldType.YEAR),
                    required("returned", "是否返贫", FieldType.YES_NO).withAllowedValues(YES_NO),
                    optional("income_per_capita", "人均纯收入（元）", FieldType.DECIMAL).withUnit("元").withRange(0, 1_000_000).annual()
                            .withAliases("人均纯收入"),
                    optional("measures", "帮扶措施", FieldType.ENUMERATION_LIST).withAllowedValues(enumeration(
                            "产业", "就业", "易地搬迁", "生态", "教育", "健康", "兜底", "金融", "危房改造")),
                    optional("helper_unit_code", "帮扶责任人单位代码", FieldType.CREDIT_CODE),
                    rowStatus()),
            List.of("household_id", "year"));

    private static final FormDefinition ANNUAL_TARGETS_FORM = new FormDefinition(
            ANNUAL_TARGETS, "年度目标任务表", "Annual targets",
            FormKind.PERIODIC_FORM, PeriodKind.ANNUAL,
            List.of(
                    required("area_code", "区划代码", FieldType.AREA_CODE),
                    required("year", "年度", FieldType.YEAR),
                    optional("target_people_exited", "计划脱贫人口（人）", FieldType.INTEGER).withUnit("人").withRange(0, 10_000_000).annual(),
                    optional("target_villages_exited", "计划退出贫困村（个）", FieldType.INTEGER).withUnit("个").withRange(0, 30_000).annual(),
                    optional("target_counties_exited", "计划摘帽县（个）", FieldType.INTEGER).withUnit("个").withRange(0, 300).annual(),
                    optional("target_incidence_rate", "贫困发生率目标（%）", FieldType.DECIMAL).withUnit("%").withRange(0, 100).annual()
                            .withAliases("贫困发生率目标"),
                    rowStatus()),
            List.of("area_code", "year"));

    private static final List<FormDefinition> FORMS = List.of(
            COUNTY_REGISTER_FORM, VILLAGE_REGISTER_FORM, UNIT_REGISTER_FORM, PAIRINGS_FORM, UNIT_ASSISTANCE_FORM,
            WORK_TEAMS_FORM, COUNTY_PROGRESS_FORM, POOR_HOUSEHOLDS_FORM, ANNUAL_TARGETS_FORM);

    private FormCatalogue() {
    }

    public static List<FormDefinition> forms() {
        return FORMS;
    }

    public static Optional<FormDefinition> find(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase().replace('－', '-').replace('—', '-');
        return FORMS.stream().filter(form -> form.code().equals(normalized)).findFirst();
    }

    public static FormDefinition get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no form " + code + " in the catalogue"));
    }

    private static FieldDefinition rowStatus() {
        return optional(ROW_STATUS, "状态", FieldType.TEXT).withAliases("备注");
    }

    /** Pairs of accepted spelling and canonical value: variants("国家级", "国定", …). */
    private static Map<String, String> variants(String... spellingThenCanonical) {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (int index = 0; index + 1 < spellingThenCanonical.length; index += 2) {
            allowed.put(spellingThenCanonical[index], spellingThenCanonical[index + 1]);
        }
        return allowed;
    }

    private static Map<String, String> enumeration(String... values) {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String value : values) {
            allowed.put(value, value);
        }
        return allowed;
    }
}
