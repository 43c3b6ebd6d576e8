package org.bangfu.demo;

import static org.bangfu.demo.UnitCategory.DEMOCRATIC_PARTIES_AND_COMMERCE;
import static org.bangfu.demo.UnitCategory.FINANCIAL_INSTITUTION;
import static org.bangfu.demo.UnitCategory.GOVERNMENT;
import static org.bangfu.demo.UnitCategory.HOSPITAL;
import static org.bangfu.demo.UnitCategory.MILITARY;
import static org.bangfu.demo.UnitCategory.PEOPLES_ORGANISATION;
import static org.bangfu.demo.UnitCategory.PRIVATE_ENTERPRISE;
import static org.bangfu.demo.UnitCategory.PUBLIC_INSTITUTION;
import static org.bangfu.demo.UnitCategory.SOCIAL_ORGANISATION;
import static org.bangfu.demo.UnitCategory.STATE_ENTERPRISE;
import static org.bangfu.demo.UnitCategory.UNIVERSITY;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Prefecture;

/**
 * Names of assisting units, by level and category, in the forms real registers use. Each kind has
 * fixed names (one 省教育厅 per province) and, where reality has no such limit, patterns that yield
 * more (companies, branches). Placeholders: {省} the province's short name, {市} and {市简} the
 * home prefecture's short name and stem, {县} and {县简} the home county's name and stem, {商号} a
 * trade name, {任一市简} any prefecture's stem, {领域} a field of research or trade.
 */
final class UnitNames {

    private record Patterns(List<String> fixedNames, List<String> generatedNames) {
    }

    private static final List<String> CENTRAL_TRADES = List.of(
            "电力建设", "能源建设", "化学工程", "黄金", "有色金属", "冶金科工", "铁建", "交通建设", "农业发展",
            "林业", "储备粮管理", "节能环保", "建材", "医药", "航空工业", "电子科技");
    private static final List<String> FIELDS = List.of(
            "农业", "林业", "水利", "畜牧", "茶叶", "蚕桑", "热带作物", "地质", "土壤肥料", "植物保护",
            "水产", "种子", "草原", "中药材", "食用菌", "果树", "蔬菜", "农业机械", "农村能源", "城乡规划");
    private static final List<String> INSTITUTES = List.of("研究所", "技术推广总站", "研究院", "服务中心", "工作站");
    private static final List<String> BANKS = List.of(
            "中国农业银行股份有限公司", "中国工商银行股份有限公司", "中国建设银行股份有限公司",
            "中国银行股份有限公司", "中国邮政储蓄银行股份有限公司");
    private static final int ATTEMPTS_PER_PATTERN = 40;

    private final String provinceShortName;
    private final List<Prefecture> prefectures;
    private final Map<UnitLevel, Map<UnitCategory, Patterns>> patterns = new EnumMap<>(UnitLevel.class);

    UnitNames(String provinceShortName, List<Prefecture> prefectures) {
        this.provinceShortName = provinceShortName;
        this.prefectures = List.copyOf(prefectures);
        defineCentral();
        defineProvince();
        definePrefecture();
        defineCounty();
    }

    /** The categories a level can have at all, e.g. no 军分区 at province level. */
    Set<UnitCategory> categoriesOf(UnitLevel level) {
        return patterns.get(level).keySet();
    }

    /**
     * An unused name for a unit of this level and category at home in the given prefecture and
     * county (either may be null above their level); empty once the kind has run out of names.
     */
    Optional<String> nextName(UnitLevel level, UnitCategory category, Prefecture prefecture, County county,
            DemoRandom random, Set<String> used) {
        Patterns kind = patterns.get(level).get(category);
        if (kind == null) {
            return Optional.empty();
        }
        for (String template : random.shuffled(kind.fixedNames())) {
            String name = expand(template, prefecture, county, random);
            if (used.add(name)) {
                return Optional.of(name);
            }
        }
        for (int attempt = 0; attempt < ATTEMPTS_PER_PATTERN * kind.generatedNames().size(); attempt++) {
            String name = expand(random.pick(kind.generatedNames()), prefecture, county, random);
            if (used.add(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * A private firm's name for when a level has run out of every other kind, as only very large
     * benchmark provinces do: a fresh place stem keeps it unique however many are needed.
     */
    String fallbackPrivateName(DemoRandom random, Set<String> used) {
        Set<String> stems = new HashSet<>();
        while (true) {
            String name = ChineseNames.placeStem(random, stems) + ChineseNames.tradeName(random) + "有限公司";
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String expand(String template, Prefecture prefecture, County county, DemoRandom random) {
        String name = template.replace("{省}", provinceShortName);
        if (prefecture != null) {
            name = name.replace("{市简}", prefecture.stem()).replace("{市}", prefecture.shortName());
        }
        if (county != null) {
            name = name.replace("{县简}", county.stem()).replace("{县}", county.name());
        }
        if (name.contains("{任一市简}")) {
            name = name.replace("{任一市简}", random.pick(prefectures).stem());
        }
        if (name.contains("{商号}")) {
            name = name.replace("{商号}", ChineseNames.tradeName(random));
        }
        if (name.contains("{央企行业}")) {
            name = name.replace("{央企行业}", random.pick(CENTRAL_TRADES));
        }
        if (name.contains("{领域}")) {
            name = name.replace("{领域}", random.pick(FIELDS) + random.pick(INSTITUTES));
        }
        if (name.contains("{银行}")) {
            name = name.replace("{银行}", random.pick(BANKS));
        }
        return name;
    }

    private void define(UnitLevel level, UnitCategory category, List<String> fixedNames, String... generatedNames) {
        patterns.computeIfAbsent(level, ignored -> new EnumMap<>(UnitCategory.class))
                .put(category, new Patterns(fixedNames, List.of(generatedNames)));
    }

    /** Central units based in the province: vertical agencies, branches of central firms and banks. */
    private void defineCentral() {
        UnitLevel level = UnitLevel.CENTRAL;
        define(level, GOVERNMENT, List.of(
                "国家税务总局{省}省税务局", "国家统计局{省}调查总队", "{省}省气象局", "{省}海关",
                "中国银行保险监督管理委员会{省}监管局", "中国证券监督管理委员会{省}监管局", "国家外汇管理局{省}省分局",
                "{省}省通信管理局", "{省}省地震局", "{省}省邮政管理局", "国家粮食和物资储备局{省}局",
                "国家能源局{省}监管办公室", "审计署驻{省}特派员办事处"),
                "国家税务总局{任一市简}市税务局", "国家统计局{任一市简}调查队");
        define(level, UNIVERSITY, List.of(
                "北辰理工大学", "东岳大学", "中州农业大学", "京华师范大学", "华北林业大学", "西京交通大学",
                "江淮工业大学", "南岭大学", "海岳财经大学", "北疆农业大学"));
        define(level, STATE_ENTERPRISE, List.of(
                "国网{省}省电力有限公司", "中国移动通信集团{省}有限公司", "中国电信股份有限公司{省}分公司",
                "中国联合网络通信有限公司{省}省分公司", "中国石油天然气股份有限公司{省}销售分公司",
                "中国石化销售股份有限公司{省}石油分公司", "中国烟草总公司{省}省公司",
                "中国邮政集团有限公司{省}省分公司", "中国铁路{省}局集团有限公司", "中国华电集团有限公司{省}分公司"),
                "中国{央企行业}集团有限公司{省}分公司");
        define(level, FINANCIAL_INSTITUTION, List.of(
                "中国农业银行股份有限公司{省}省分行", "中国工商银行股份有限公司{省}省分行",
                "中国建设银行股份有限公司{省}省分行", "中国银行股份有限公司{省}省分行", "交通银行股份有限公司{省}省分行",
                "国家开发银行{省}省分行", "中国农业发展银行{省}省分行", "中国人民银行{省}中心支行",
                "中国人民财产保险股份有限公司{省}省分公司", "中国人寿保险股份有限公司{省}省分公司"),
                "{银行}{任一市简}分行");
        define(level, MILITARY, List.of("{省}省军区", "武警{省}省总队", "联勤保障部队{省}联勤保障中心"),
                "武警{省}省总队{任一市简}支队");
        define(level, PUBLIC_INSTITUTION, List.of(
                "中国科学院{省}植物研究所", "中国农业科学院{省}特产研究所", "中国林业科学研究院{省}林业研究所"));
    }

    private void defineProvince() {
        UnitLevel level = UnitLevel.PROVINCE;
        define(level, GOVERNMENT, List.of(
                "{省}省教育厅", "{省}省财政厅", "{省}省人力资源和社会保障厅", "{省}省自然资源厅", "{省}省生态环境厅",
                "{省}省住房和城乡建设厅", "{省}省交通运输厅", "{省}省水利厅", "{省}省农业农村厅", "{省}省商务厅",
                "{省}省文化和旅游厅", "{省}省卫生健康委员会", "{省}省审计厅", "{省}省统计局", "{省}省林业和草原局",
                "{省}省市场监督管理局", "{省}省发展和改革委员会", "{省}省工业和信息化厅", "{省}省民族宗教事务委员会",
                "{省}省公安厅", "{省}省民政厅", "{省}省司法厅", "{省}省科学技术厅", "{省}省退役军人事务厅",
                "{省}省应急管理厅", "{省}省人民检察院", "{省}省高级人民法院", "中共{省}省委组织部", "中共{省}省委宣传部",
                "中共{省}省委统战部", "中共{省}省委政法委员会", "中共{省}省委政策研究室", "中共{省}省委党校",
                "中共{省}省纪律检查委员会", "{省}省人大常委会办公厅", "{省}省政协办公厅", "{省}省人民政府办公厅",
                "{省}省广播电视局", "{省}省体育局", "{省}省医疗保障局", "{省}省粮食和物资储备局", "{省}省能源局",
                "{省}省地方金融监督管理局", "{省}省机关事务管理局", "{省}省人民政府国有资产监督管理委员会",
                "{省}省人民政府外事办公室", "{省}省信访局", "{省}省供销合作社联合社"));
        define(level, DEMOCRATIC_PARTIES_AND_COMMERCE, List.of(
                "民革{省}省委员会", "民盟{省}省委员会", "民建{省}省委员会", "民进{省}省委员会", "农工党{省}省委员会",
                "致公党{省}省委员会", "九三学社{省}省委员会", "{省}省工商业联合会"));
        define(level, PEOPLES_ORGANISATION, List.of(
                "{省}省总工会", "共青团{省}省委员会", "{省}省妇女联合会", "{省}省科学技术协会",
                "{省}省文学艺术界联合会", "{省}省残疾人联合会", "{省}省归国华侨联合会", "{省}省红十字会",
                "{省}省社会科学界联合会"));
        define(level, UNIVERSITY, List.of(
                "{省}大学", "{省}农业大学", "{省}师范大学", "{省}医科大学", "{省}财经大学", "{省}民族大学",
                "{省}理工大学", "{省}中医药大学", "{省}艺术学院", "{省}警官学院", "{省}林业职业技术学院",
                "{省}交通职业技术学院", "{省}农业职业技术学院"));
        define(level, HOSPITAL, List.of(
                "{省}省人民医院", "{省}省第二人民医院", "{省}省第三人民医院", "{省}省中医医院", "{省}省肿瘤医院",
                "{省}省妇幼保健院", "{省}省传染病医院", "{省}省精神卫生中心", "{省}大学附属医院",
                "{省}医科大学第一附属医院", "{省}医科大学第二附属医院"));
        define(level, STATE_ENTERPRISE, List.of(
                "{省}省投资控股集团有限公司", "{省}省交通投资建设集团有限公司", "{省}省能源投资集团有限公司",
                "{省}省建设投资控股集团有限公司", "{省}省农垦集团有限公司", "{省}省文化旅游投资集团有限公司",
                "{省}省水务产业投资集团有限公司", "{省}省铁路投资集团有限公司", "{省}省机场集团有限公司",
                "{省}省物流投资集团有限公司", "{省}省医药集团有限公司", "{省}省林业投资集团有限公司"),
                "{省}省{商号}集团有限公司");
        define(level, FINANCIAL_INSTITUTION, List.of(
                "{省}省农村信用社联合社", "{省}银行股份有限公司", "{省}省融资担保有限责任公司",
                "{省}省农业融资担保有限责任公司", "{省}证券股份有限公司", "{省}国际信托有限公司",
                "{省}金融控股集团有限公司"));
        define(level, PUBLIC_INSTITUTION, List.of(
                "{省}省农业科学院", "{省}省林业科学院", "{省}省社会科学院", "{省}广播电视台", "{省}日报社",
                "{省}省地质矿产勘查开发局", "{省}省水利水电勘测设计研究院", "{省}省疾病预防控制中心",
                "{省}省图书馆", "{省}省科学技术情报研究院"),
                "{省}省{领域}");
        define(level, PRIVATE_ENTERPRISE, List.of(),
                "{省}{商号}集团有限公司", "{省}{商号}有限公司", "{省}{商号}股份有限公司");
        define(level, SOCIAL_ORGANISATION, List.of(
                "{省}省慈善总会", "{省}省扶贫基金会", "{省}省青年企业家协会", "{省}省光彩事业促进会",
                "{省}省老区建设促进会", "{省}省民营企业家商会", "{省}省农村专业技术协会"));
    }

    private void definePrefecture() {
        UnitLevel level = UnitLevel.PREFECTURE;
        define(level, GOVERNMENT, List.of(
                "{市}教育局", "{市}财政局", "{市}人力资源和社会保障局", "{市}自然资源和规划局", "{市}住房和城乡建设局",
                "{市}交通运输局", "{市}水务局", "{市}农业农村局", "{市}商务局", "{市}文化和旅游局",
                "{市}卫生健康委员会", "{市}审计局", "{市}统计局", "{市}林业和草原局", "{市}市场监督管理局",
                "{市}发展和改革委员会", "{市}工业和信息化局", "{市}民政局", "{市}司法局", "{市}科学技术局",
                "{市}生态环境局", "{市}应急管理局", "{市}退役军人事务局", "{市}医疗保障局", "{市}公安局",
                "{市}人民检察院", "{市}中级人民法院", "中共{市}委组织部", "中共{市}委宣传部", "中共{市}委统战部",
                "{市}人大常委会办公室", "{市}政协办公室", "{市}人民政府办公室"));
        define(level, HOSPITAL, List.of(
                "{市}人民医院", "{市}中医医院", "{市}第二人民医院", "{市}妇幼保健院", "{市}第三人民医院"));
        define(level, STATE_ENTERPRISE, List.of(
                "{市}城市建设投资集团有限公司", "{市}交通建设投资集团有限公司", "{市}农业投资开发有限公司",
                "{市}水务集团有限公司", "{市}文化旅游投资有限公司", "{市}国有资本投资运营有限公司"));
        define(level, MILITARY, List.of("{市简}军分区", "武警{省}省总队{市简}支队"));
        define(level, PRIVATE_ENTERPRISE, List.of(), "{市简}{商号}有限公司", "{市简}{商号}集团有限公司");
        define(level, UNIVERSITY, List.of("{市简}学院", "{市简}职业技术学院", "{市简}师范高等专科学校"));
        define(level, FINANCIAL_INSTITUTION, List.of("{市简}农村商业银行股份有限公司"), "{银行}{市}分行");
        define(level, PEOPLES_ORGANISATION, List.of(
                "{市}总工会", "共青团{市}委员会", "{市}妇女联合会", "{市}科学技术协会"));
        define(level, DEMOCRATIC_PARTIES_AND_COMMERCE, List.of(
                "{市}工商业联合会", "民盟{市}委员会", "民建{市}委员会"));
        define(level, SOCIAL_ORGANISATION, List.of("{市}慈善总会", "{市}青年企业家协会", "{市}个体私营企业协会"));
        define(level, PUBLIC_INSTITUTION, List.of(
                "{市}农业科学研究所", "{市}广播电视台", "{市}疾病预防控制中心", "{市}农业技术推广中心",
                "{市}林业科学研究所"));
    }

    private void defineCounty() {
        UnitLevel level = UnitLevel.COUNTY;
        define(level, GOVERNMENT, List.of(
                "{县}教育体育局", "{县}财政局", "{县}人力资源和社会保障局", "{县}自然资源局", "{县}住房和城乡建设局",
                "{县}交通运输局", "{县}水务局", "{县}农业农村局", "{县}商务局", "{县}卫生健康局", "{县}审计局",
                "{县}统计局", "{县}林业和草原局", "{县}市场监督管理局", "{县}发展和改革局", "{县}民政局",
                "{县}司法局", "{县}公安局", "{县}人民检察院", "{县}人民法院", "中共{县}委组织部", "中共{县}委宣传部",
                "中共{县}委统战部", "{县}人大常委会办公室", "{县}政协办公室", "{县}人民政府办公室"));
        define(level, HOSPITAL, List.of("{县}人民医院", "{县}中医医院", "{县}妇幼保健院", "{县}第二人民医院"));
        define(level, PUBLIC_INSTITUTION, List.of(
                "{县}农业技术推广中心", "{县}疾病预防控制中心", "{县}融媒体中心", "{县}畜牧兽医站",
                "{县}林业技术推广站"));
        define(level, FINANCIAL_INSTITUTION, List.of("{县}农村信用合作联社"), "{银行}{县}支行");
        define(level, PEOPLES_ORGANISATION, List.of(
                "{县}总工会", "共青团{县}委员会", "{县}妇女联合会", "{县}科学技术协会"));
        define(level, SOCIAL_ORGANISATION, List.of("{县}慈善会", "{县}个体劳动者协会", "{县}农村专业技术协会"));
        define(level, PRIVATE_ENTERPRISE, List.of(), "{县简}{商号}有限公司");
        define(level, STATE_ENTERPRISE, List.of("{县}城乡建设投资有限公司", "{县}国有资产经营有限公司"));
        define(level, DEMOCRATIC_PARTIES_AND_COMMERCE, List.of("{县}工商业联合会"));
        define(level, MILITARY, List.of("{县}人民武装部"));
    }
}
