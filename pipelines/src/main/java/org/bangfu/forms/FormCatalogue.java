package org.bangfu.forms;

import static org.bangfu.forms.FieldDefinition.optional;
import static org.bangfu.forms.FieldDefinition.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every register and form the pipeline accepts, as FORMS.md defines them. Forms not yet listed
 * here are recognised by no reader and are reported as unknown.
 */
public final class FormCatalogue {

    public static final String COUNTY_REGISTER = "ML-1";
    public static final String VILLAGE_REGISTER = "ML-2";
    public static final String UNIT_REGISTER = "ML-3";
    public static final String PAIRINGS = "ML-4";
    public static final String UNIT_ASSISTANCE = "BF-1";

    private static final Map<String, String> YES_NO = Map.of("是", "是", "否", "否", "Y", "是", "N", "否");

    private static final FormDefinition COUNTY_REGISTER_FORM = new FormDefinition(
            COUNTY_REGISTER, "县名录", "County register", FormKind.REGISTER, PeriodKind.NONE,
            List.of(
                    required("county_code", "县代码", FieldType.COUNTY_CODE).withAliases("县（市、区）代码", "区划代码"),
                    required("county_name", "县名称", FieldType.TEXT).withAliases("县（市、区）名称"),
                    required("prefecture_code", "市州代码", FieldType.COUNTY_CODE),
                    required("prefecture_name", "市州名称", FieldType.TEXT),
                    required("province_code", "省代码", FieldType.COUNTY_CODE),
                    required("province_name", "省名称", FieldType.TEXT),
                    required("poverty_type", "贫困县类型", FieldType.ENUMERATION).withAllowedValues(variants(
                            "国定", "国定", "国家级", "国定", "国定贫困县", "国定", "国家扶贫开发工作重点县", "国定",
                            "省定", "省定", "省级", "省定", "省定贫困县", "省定",
                            "非贫困", "非贫困", "非贫困县", "非贫困")),
                    required("deep_poverty", "深度贫困县", FieldType.YES_NO).withAllowedValues(YES_NO),
                    optional("contiguous_area", "片区", FieldType.TEXT),
                    optional("planned_exit_year", "计划摘帽年度", FieldType.YEAR),
                    optional("exit_year", "摘帽年度", FieldType.YEAR),
                    required("rural_population", "乡村人口（人）", FieldType.INTEGER).withUnit("人").withAliases("乡村人口")),
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
                    optional("staff_establishment", "编制数（人）", FieldType.INTEGER).withUnit("人").withAliases("编制数")),
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
            FormKind.PERIODIC_FORM, PeriodKind.QUARTERLY_YEAR_TO_DATE,
            List.of(
                    required("unit_code", "单位代码", FieldType.CREDIT_CODE).withAliases("统一社会信用代码"),
                    required("county_code", "县代码", FieldType.COUNTY_CODE),
                    required("period", "报告期", FieldType.QUARTER),
                    required("funds_direct", "直接投入帮扶资金（万元）", FieldType.DECIMAL).withUnit("万元"),
                    required("funds_coordinated", "协调引进帮扶资金（万元）", FieldType.DECIMAL).withUnit("万元"),
                    optional("funds_industry", "其中：产业帮扶资金（万元）", FieldType.DECIMAL).withUnit("万元")
                            .withAliases("产业帮扶资金（万元）"),
                    optional("projects", "引进帮扶项目（个）", FieldType.INTEGER).withUnit("个"),
                    optional("trained_cadres", "培训基层干部（人次）", FieldType.INTEGER).withUnit("人次"),
                    optional("trained_technicians", "培训技术人员（人次）", FieldType.INTEGER).withUnit("人次"),
                    optional("jobs_transferred", "帮助转移就业（人）", FieldType.INTEGER).withUnit("人"),
                    optional("consumption_bought", "购买贫困地区农产品（万元）", FieldType.DECIMAL).withUnit("万元"),
                    optional("consumption_sold", "帮助销售贫困地区农产品（万元）", FieldType.DECIMAL).withUnit("万元"),
                    optional("leader_visits", "主要负责同志到县调研（次）", FieldType.INTEGER).withUnit("次"),
                    optional("other_visits", "其他领导干部到县村调研（次）", FieldType.INTEGER).withUnit("次"),
                    optional("meetings", "研究帮扶工作会议（次）", FieldType.INTEGER).withUnit("次"),
                    optional("seconded_cadres", "在岗挂职干部（人）", FieldType.INTEGER).withUnit("人"),
                    optional("first_secretaries", "在岗第一书记（人）", FieldType.INTEGER).withUnit("人"),
                    optional("team_members", "在岗驻村工作队员（人）", FieldType.INTEGER).withUnit("人"),
                    optional("reporter_name", "填报人", FieldType.PERSONAL),
                    optional("reporter_phone", "联系电话", FieldType.PERSONAL),
                    optional("reported_on", "填报日期", FieldType.DATE)),
            List.of("unit_code", "county_code", "period"));

    private static final List<FormDefinition> FORMS = List.of(
            COUNTY_REGISTER_FORM, VILLAGE_REGISTER_FORM, UNIT_REGISTER_FORM, PAIRINGS_FORM, UNIT_ASSISTANCE_FORM);

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
