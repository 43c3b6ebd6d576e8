package org.bangfu.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Province profiles are configuration: read, checked, and a bad file named with its key. */
class ProfileCatalogueTest {

    private static final String PROVINCES = """
            {"defaultProfile": "test", "provinces": {"580000": "test"}}
            """;

    private static final String GOOD_PROFILE = """
            {
              "code": "test",
              "nameChinese": "测试",
              "nameEnglish": "Test",
              "rating": {"excellentMinimumPercent": 100, "goodMinimumPercent": 80, "fairMinimumPercent": 60},
              "bundledAssessment": {"unfitResidentCadreBlocksExcellent": true, "missedExitYearBlocksExcellent": false},
              "rules": [
                {"code": "T-VISITS", "nameChinese": "调研", "nameEnglish": "Visits", "measure": "LEADER_VISITS",
                 "minimum": 2, "unitLevels": ["省"], "bundled": true}
              ]
            }
            """;

    @TempDir
    Path directory;

    @Test
    void theDemoProvinceUsesTheYunnanLikeProfileWithTheCentralRuleForCentralUnits() {
        ProvinceProfile profile = ProfileCatalogue.fromClassPath().profileFor("580000");

        assertThat(profile.code()).as("云岭省 580000 is mapped to the Yunnan-like profile").isEqualTo("yunnan-like");
        assertThat(profile.rules()).extracting(ProgrammeRule::code)
                .as("its own rules first, then the included central rule")
                .containsExactly("YN-TEAM-SIZE", "YN-LEADER-FIRST-SECRETARY", "YN-STAFF-SHARE",
                        "C-SECONDED-CADRE", "C-FIRST-SECRETARY", "C-LEADER-VISITS");
        ProgrammeRule teamSize = profile.rules().get(0);
        assertThat(teamSize.minimum()).as("teams of 5–10").contains(new BigDecimal("5"));
        assertThat(teamSize.maximum()).contains(new BigDecimal("10"));
        assertThat(teamSize.requirementChinese()).isEqualTo("5–10人");
        assertThat(profile.rules().get(3).unitLevels()).as("the central rule binds central units only")
                .containsExactly("中央");
        assertThat(profile.rules().get(2).bundled()).as("the ~10% share is guidance, not part of 三捆绑").isFalse();
    }

    @Test
    void everyShippedProfileLoadsAndProvincesNotListedUseTheCentralRule() {
        ProfileCatalogue catalogue = ProfileCatalogue.fromClassPath();

        assertThat(catalogue.profileFor("110000").code()).as("default profile").isEqualTo("central");
        assertThat(catalogue.profileFor("140000").rules()).extracting(ProgrammeRule::code)
                .contains("SX-ONE-TEAM-OF-THREE");
        ProvinceProfile sichuan = catalogue.profileFor("510000");
        assertThat(sichuan.rules()).extracting(ProgrammeRule::code).contains("SC-LEADER-VISITS", "SC-MEETINGS");
        assertThat(sichuan.verdictPolicy().unfitResidentCadreBlocksExcellent()).as("三捆绑").isTrue();
        assertThat(catalogue.fingerprint()).as("recorded with the gold tables").hasSize(16);
    }

    @Test
    void aDirectoryOfProfilesReplacesTheBuiltInOnes() throws IOException {
        write("provinces.json", PROVINCES);
        write("test.json", GOOD_PROFILE);

        ProvinceProfile profile = ProfileCatalogue.fromDirectory(directory).profileFor("580000");

        assertThat(profile.rules()).extracting(ProgrammeRule::code).containsExactly("T-VISITS");
        assertThat(profile.verdictPolicy().missedExitYearBlocksExcellent()).isFalse();
    }

    @Test
    void aMissingThresholdIsReportedWithTheFileAndTheKey() throws IOException {
        write("provinces.json", PROVINCES);
        write("test.json", GOOD_PROFILE.replace("\"minimum\": 2, ", ""));

        ProfileException error = loadFails();

        assertThat(error.error()).isEqualTo(ProfileError.KEY_MISSING);
        assertThat(error.key()).isEqualTo("rules[0].minimum");
        assertThat(error.getMessage()).as("code, file and key, Chinese first")
                .startsWith("[PROFILE-003] " + directory.resolve("test.json") + " rules[0].minimum：缺少必填键")
                .contains("a required key is missing");
    }

    @Test
    void aMisspelledKeyIsNotSilentlyIgnored() throws IOException {
        write("provinces.json", PROVINCES);
        write("test.json", GOOD_PROFILE.replace("\"minimum\": 2", "\"minimun\": 2"));

        ProfileException error = loadFails();

        assertThat(error.error()).isEqualTo(ProfileError.KEY_UNKNOWN);
        assertThat(error.key()).isEqualTo("rules[0].minimun");
        assertThat(error.getMessage()).contains("PROFILE-005").contains("test.json").contains("minimum");
    }

    @Test
    void badValuesNameTheirKey() throws IOException {
        write("provinces.json", PROVINCES);
        List<List<String>> cases = List.of(
                List.of("\"LEADER_VISITS\"", "\"LEADER_TRIPS\"", "rules[0].measure"),
                List.of("[\"省\"]", "[\"乡\"]", "rules[0].unitLevels[0]"),
                List.of("\"minimum\": 2", "\"minimum\": -1", "rules[0].minimum"),
                List.of("\"goodMinimumPercent\": 80", "\"goodMinimumPercent\": 120", "rating.goodMinimumPercent"),
                List.of("\"fairMinimumPercent\": 60", "\"fairMinimumPercent\": 90", "rating.fairMinimumPercent"),
                List.of("\"bundled\": true", "\"bundled\": \"是\"", "rules[0].bundled"),
                List.of("\"code\": \"test\"", "\"code\": \"other\"", "code"));
        for (List<String> replacement : cases) {
            write("test.json", GOOD_PROFILE.replace(replacement.get(0), replacement.get(1)));

            ProfileException error = loadFails();

            assertThat(error.error()).as(replacement.get(1)).isEqualTo(ProfileError.VALUE_INVALID);
            assertThat(error.key()).as(replacement.get(1)).isEqualTo(replacement.get(2));
            assertThat(error.file()).isEqualTo(directory.resolve("test.json").toString());
        }
    }

    @Test
    void brokenJsonGivesTheLineAndAMissingFileWhoNeedsIt() throws IOException {
        write("provinces.json", PROVINCES);
        write("test.json", GOOD_PROFILE.replace("\"nameEnglish\": \"Test\",", "\"nameEnglish\": \"Test\""));

        ProfileException broken = loadFails();

        assertThat(broken.error()).isEqualTo(ProfileError.NOT_VALID_JSON);
        assertThat(broken.getMessage()).contains("PROFILE-002").contains("第5行").contains("line 5");

        Files.delete(directory.resolve("test.json"));
        ProfileException missing = loadFails();
        assertThat(missing.error()).isEqualTo(ProfileError.FILE_NOT_FOUND);
        assertThat(missing.file()).isEqualTo(directory.resolve("test.json").toString());
        assertThat(missing.getMessage()).as("says who refers to it").contains("provinces.json");
    }

    @Test
    void includesMayNotFormACycleNorRepeatARuleCode() throws IOException {
        write("provinces.json", PROVINCES);
        write("test.json", GOOD_PROFILE.replace("\"rating\"", "\"includes\": [\"other\"], \"rating\""));
        write("other.json", GOOD_PROFILE.replace("\"code\": \"test\"", "\"code\": \"other\"")
                .replace("\"rating\"", "\"includes\": [\"test\"], \"rating\"").replace("T-VISITS", "O-VISITS"));

        assertThat(loadFails().error()).isEqualTo(ProfileError.INCLUDES_CYCLE);

        write("other.json", GOOD_PROFILE.replace("\"code\": \"test\"", "\"code\": \"other\""));
        ProfileException duplicated = loadFails();
        assertThat(duplicated.error()).isEqualTo(ProfileError.RULE_CODE_DUPLICATED);
        assertThat(duplicated.getMessage()).contains("T-VISITS").contains("other.json");
    }

    private ProfileException loadFails() {
        ProfileException error = catchThrowableOfType(() -> ProfileCatalogue.fromDirectory(directory),
                ProfileException.class);
        assertThat(error).as("the bad profile is refused").isNotNull();
        return error;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }
}
