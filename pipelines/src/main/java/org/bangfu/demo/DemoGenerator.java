package org.bangfu.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the inbox of a synthetic province for statisticians to try the system with and for
 * benchmarks to load: the registers ML-1 to ML-4 and BF-1 for 2018Q1–2019Q4, as .xlsx and .csv files
 * laid out like real submissions, with a handful of planted mistakes.
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
        new AssistanceFiles(province, reports, inbox, seed).write();
        return new DemoManifest(seed, size, inbox.files(), inbox.mistakes());
    }

    /** The province behind the files, for tests that check the data rather than its layout. */
    DemoProvince province() {
        return new ProvinceBuilder(seed, size).build();
    }
}
