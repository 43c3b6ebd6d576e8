package org.bangfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bangfu.demo.DemoManifest.WrittenFile;
import org.bangfu.forms.FormCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --provinces 3}: one national issue of each register at the top of the inbox, each
 * province's periodic forms in a folder of its own, and central units paired across provinces.
 */
class NationalDemoTest {

    @Test
    void threeProvincesShareTheNationalRegistersAndTheirCentralUnits(@TempDir Path inbox) {
        DemoManifest manifest = new DemoGenerator(11, DemoSize.scaled(0.0001), 3).writeTo(inbox);

        List<WrittenFile> countyRegisters = manifest.filesOfForm(FormCatalogue.COUNTY_REGISTER);
        assertThat(countyRegisters).as("registers are replaced whole: one national issue").hasSize(1);
        List<Map<String, String>> counties = rows(inbox, countyRegisters.get(0));
        Set<String> provinceCodes = counties.stream().map(county -> county.get("province_code"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(provinceCodes).as("each province with its own code").containsExactly("570000", "580000", "590000");
        assertThat(counties).allSatisfy(county -> assertThat(county.get("county_code"))
                .startsWith(county.get("province_code").substring(0, 2)));

        for (String province : List.of("云岭省", "黔川省", "陇原省")) {
            assertThat(manifest.filesOfForm(FormCatalogue.UNIT_ASSISTANCE))
                    .as(province + " reports BF-1 from its own folder")
                    .anyMatch(file -> file.fileName().startsWith(province + "/"));
        }

        Set<String> central = rows(inbox, manifest.filesOfForm(FormCatalogue.UNIT_REGISTER).get(0)).stream()
                .filter(unit -> "中央".equals(unit.get("unit_level"))).map(unit -> unit.get("unit_code"))
                .collect(Collectors.toSet());
        Map<String, Set<String>> provincesOfCentralUnit = rows(inbox, manifest.filesOfForm(FormCatalogue.PAIRINGS).get(0))
                .stream().filter(pairing -> central.contains(pairing.get("unit_code")))
                .collect(Collectors.groupingBy(pairing -> pairing.get("unit_code"),
                        Collectors.mapping(pairing -> pairing.get("county_code").substring(0, 2), Collectors.toSet())));
        assertThat(provincesOfCentralUnit.values()).as("central units helping counties in several provinces")
                .anyMatch(provinces -> provinces.size() >= 2);
    }

    /** The national benchmark's shape, at the smallest scale: ten provinces, each with its own code and folder. */
    @Test
    void tenProvincesEachHaveTheirOwnCodeAndTheCentralUnitsSpanThem(@TempDir Path inbox) {
        DemoManifest manifest = new DemoGenerator(11, DemoSize.scaled(0.0001), 10).writeTo(inbox);

        Set<String> provinceCodes = rows(inbox, manifest.filesOfForm(FormCatalogue.COUNTY_REGISTER).get(0)).stream()
                .map(county -> county.get("province_code")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(provinceCodes).hasSize(10).allSatisfy(code -> assertThat(code).matches("\\d{2}0000"));
        assertThat(provinceCodes).as("no real GB/T 2260 province among them")
                .allSatisfy(code -> assertThat(org.bangfu.model.AreaHierarchy.provinceName(code)).isEmpty());
        Set<String> folders = manifest.filesOfForm(FormCatalogue.UNIT_ASSISTANCE).stream()
                .map(file -> file.fileName().substring(0, file.fileName().indexOf('/'))).collect(Collectors.toSet());
        assertThat(folders).as("each province reports from its own folder").hasSize(10);

        Set<String> central = rows(inbox, manifest.filesOfForm(FormCatalogue.UNIT_REGISTER).get(0)).stream()
                .filter(unit -> "中央".equals(unit.get("unit_level"))).map(unit -> unit.get("unit_code"))
                .collect(Collectors.toSet());
        Set<String> provincesHelpedByCentralUnits = rows(inbox, manifest.filesOfForm(FormCatalogue.PAIRINGS).get(0)).stream()
                .filter(pairing -> central.contains(pairing.get("unit_code")))
                .map(pairing -> pairing.get("county_code").substring(0, 2)).collect(Collectors.toSet());
        assertThat(provincesHelpedByCentralUnits).as("the shared central units help counties in every province").hasSize(10);
    }

    private static List<Map<String, String>> rows(Path inbox, WrittenFile file) {
        return InboxReader.read(inbox.resolve(file.fileName()), FormCatalogue.get(file.formCode())).rows().stream()
                .map(InboxReader.ReadRow::values).toList();
    }
}
