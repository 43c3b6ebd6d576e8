package org.bangfu.demo;

import java.util.List;
import java.util.Set;

/**
 * Synthetic Chinese names that read like real ones: place names from characters common in county
 * and village names, people's names from common surnames. Any resemblance to a real place or
 * person is a coincidence of the character pools; the province itself (云岭省, 580000) does not exist.
 */
final class ChineseNames {

    private static final String PLACE_FIRST = "安宁平昌永兴德丰华康泰清云江川阳嘉景盛福和定靖隆会恩元武文保广富宜乐绥威临东西南北青红白金玉宝龙凤鹤梅松柳溪湖双石";
    private static final String PLACE_SECOND = "川江山阳平宁安远昌兴德丰源泉河溪台岭峰坪城明华康和庆顺乐水沙林冈口边津";
    private static final String VILLAGE_FIRST = "大小新老上下中东西南北石白黑红青黄龙凤马牛羊三五七九双高长平安和永兴太金银水山松柏桃李杨柳竹茶岩沙田花";
    private static final String VILLAGE_SECOND = "坪寨河沟坝湾岩山营屯桥塘潭林坡岭冲箐树田地场口头门庄堡溪源井泉峰岗";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊帆旭宁龙林云飞波鑫琳婷雪梅燕莉晶倩颖志红春海亮成忠";
    private static final String BRANDS = "恒泰金穗绿源华宇鑫达瑞丰天成宏远丰源嘉禾万通福瑞隆盛康源永昌盛达汇通润田佳禾鼎盛新兴云峰祥和宝丰益康众诚金山银河华盛";
    private static final String[] INDUSTRIES = {
        "实业", "农业科技", "建设工程", "药业", "食品", "置业", "物流", "茶业", "矿业", "生物科技",
        "农牧", "电子商务", "旅游开发", "水电开发", "果业", "林产", "投资", "商贸", "建材", "酒业"};
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
        "155", "156", "158", "159", "176", "177", "180", "182", "183", "185", "186", "187", "188", "189"};
    private static final int ATTEMPTS_BEFORE_LONGER_NAMES = 200;

    private ChineseNames() {
    }

    /** A two-character place stem unused so far, e.g. 安远; three characters once two run out. */
    static String placeStem(DemoRandom random, Set<String> used) {
        return unique(random, used, PLACE_FIRST, PLACE_SECOND);
    }

    /** A village or township stem, e.g. 石门, 大坪. */
    static String villageStem(DemoRandom random, Set<String> used) {
        return unique(random, used, VILLAGE_FIRST, VILLAGE_SECOND);
    }

    static String personName(DemoRandom random) {
        String given = random.chance(0.7)
                ? "" + random.pick(GIVEN) + random.pick(GIVEN)
                : "" + random.pick(GIVEN);
        return random.pick(SURNAMES) + given;
    }

    static String mobilePhone(DemoRandom random) {
        StringBuilder phone = new StringBuilder(random.pick(List.of(MOBILE_PREFIXES)));
        while (phone.length() < 11) {
            phone.append((char) ('0' + random.between(0, 9)));
        }
        return phone.toString();
    }

    /** A company's trade name and trade, e.g. 恒泰农业科技. */
    static String tradeName(DemoRandom random) {
        int brand = random.between(0, BRANDS.length() / 2 - 1);
        return BRANDS.substring(brand * 2, brand * 2 + 2) + random.pick(List.of(INDUSTRIES));
    }

    private static String unique(DemoRandom random, Set<String> used, String first, String second) {
        for (int attempt = 0; ; attempt++) {
            String name = "" + random.pick(first) + random.pick(second);
            if (attempt >= ATTEMPTS_BEFORE_LONGER_NAMES) {
                name = name + random.pick(second);
            }
            if (name.charAt(0) != name.charAt(1) && used.add(name)) {
                return name;
            }
        }
    }
}
