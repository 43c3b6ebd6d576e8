package org.bangfu.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the inbox of a synthetic province for statisticians to try the system with and for
 * benchmarks to load: the registers ML-1 to ML-4, BF-1, BF-2 and BF-3 for 2018Q1–2019Q4, BF-4 and
 * BF-5 for 2018 and 2019, as .xlsx and .csv files laid out like real submissions and dated as they
 * were sent, with planted mistakes, late and missing submissions and a withdrawing resubmission.
 *
 * <p>Output is a function of the seed and size alone: two runs give byte-identical files, whatever
 * the clock, time zone or machine.
 */
public final class DemoGenerator {

    private final long seed;
    private final DemoSize size;

    public DemoGenerator(long seed, DemoSize size) {
        this.seed = seed;
        this.size = Objects.requireNonNull(size, "size");
    }

    public long seed() {
        return seed;
    }

    public DemoSize size() {
        return size;
    }

    /**
     * Writes the files into the directory, creating it if need be. Files of the same names are
     * replaced; other files in the directory are left alone.
     *
     * @return what was written and the mistakes planted in it
     */
    public DemoManifest writeTo(Path inboxDirectory) {
        DemoProvince province = province();
        List<AssistanceReports.Report> reports = AssistanceReports.build(province, seed, size);
        Inbox inbox = new Inbox(inboxDirectory);
        RegisterFiles.write(province, inbox);
        AssistanceFiles assistance = new AssistanceFiles(province, reports, inbox, seed);
        assistance.write();
        WorkTeamFiles teams = new WorkTeamFiles(province, reports, inbox, seed);
        teams.write();
        teamDifferences(assistance.acceptedTeamMembers(), teams.acceptedMembers(), teams.plantedDifferenceKey())
                .forEach(inbox::reconciliationDifference);
        Map<String, HouseholdFiles.CountyYear> households = new HouseholdFiles(province, inbox, seed, size).write();
        new ProgressFiles(province, households, inbox, seed).write();
        new TargetFiles(province, households, inbox, seed).write();
        return inbox.manifest(seed, size);
    }

    /**
     * X001 as the accepted rows give it: per unit × county × quarter, the team members the unit
     * reports in BF-1 against the members of the rosters it sends in BF-2, wherever either is not zero
     * and they differ. The planted difference is one; the others follow from rows that are quarantined,
     * left out or added on purpose.
     */
    static List<DemoManifest.ReconciliationDifference> teamDifferences(Map<String, Long> reported,
            Map<String, Long> rostered, String plantedKey) {
        Set<String> keys = new TreeSet<>(reported.keySet());
        keys.addAll(rostered.keySet());
        List<DemoManifest.ReconciliationDifference> differences = new ArrayList<>();
        for (String key : keys) {
            Long first = reported.get(key);
            Long second = rostered.get(key);
            long firstValue = first == null ? 0 : first;
            long secondValue = second == null ? 0 : second;
            if (firstValue != secondValue) {
                int period = key.lastIndexOf('|');
                differences.add(new DemoManifest.ReconciliationDifference("X001", key.substring(0, period),
                        key.substring(period + 1), first, second, key.equals(plantedKey)));
            }
        }
        return differences;
    }

    /** The province behind the files, for tests that check the data rather than its layout. */
    DemoProvince province() {
        return new ProvinceBuilder(seed, size).build();
    }
}
