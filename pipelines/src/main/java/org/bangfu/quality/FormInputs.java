package org.bangfu.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.Quarter;

/**
 * What each form's check result depends on, as one digest per form: its definition, its files in
 * bronze (by content hash, batch, ingest order, time received, readability and 全量替换), the
 * deadline, the last quarter ended by the check day (which decides "period in the future"), the
 * digests of the registers checked before it (its rows are checked against them), and the code of
 * the rules ({@link BuildChecksum}): a new bangfu with a changed rule re-checks every form. Two checks of a
 * form with the same digest give the same silver rows, submissions, quarantine, warnings and ledger
 * rows, so a check leaves such a form's tables as they are.
 *
 * <p>The digests of a complete check are recorded after its input versions in the file ledger's
 * commit, e.g. {@code bronze.files@v3, bronze.rows@v3, deadline days 10, form inputs ML-1:9f2c… BF-1:07ab…};
 * the entry has no {@code @}, so readers of the input versions pass over it.
 */
record FormInputs(Map<String, String> digests) {

    private static final String MARK = ", form inputs ";
    private static final Pattern ENTRY = Pattern.compile("(\\S+):([0-9a-f]+)");

    FormInputs {
        digests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(digests));
    }

    /** One file of bronze.files as far as the check's result depends on it. */
    record FileEntry(String formCode, String fileHash, String batchId, long ingestSequence, boolean readable,
            String receivedAt, boolean replacesScope) {

        String line() {
            return String.join("|", fileHash, batchId, Long.toString(ingestSequence), Boolean.toString(readable),
                    Objects.toString(receivedAt, ""), Boolean.toString(replacesScope));
        }
    }

    /**
     * @param checkOrder the forms in the order they are checked
     * @param registers the forms whose silver rows later forms are checked against
     * @param build the checksum of the rules' code, {@link BuildChecksum#current()}
     */
    static FormInputs of(List<String> checkOrder, List<String> registers, List<FileEntry> files, int deadlineDays,
            LocalDate today, String build) {
        Map<String, String> digests = new LinkedHashMap<>();
        List<String> registerDigests = new ArrayList<>();
        String common = "deadline days " + deadlineDays + "; quarters ended by " + lastQuarterEndedBy(today)
                + "; build " + build;
        for (String formCode : checkOrder) {
            List<String> lines = new ArrayList<>();
            lines.add(FormCatalogue.get(formCode).toString());
            lines.add(common);
            lines.addAll(registerDigests);
            files.stream().filter(file -> formCode.equals(file.formCode())).map(FileEntry::line).sorted()
                    .forEach(lines::add);
            String digest = sha256(String.join("\n", lines));
            digests.put(formCode, digest);
            if (registers.contains(formCode)) {
                registerDigests.add(formCode + ":" + digest);
            }
        }
        return new FormInputs(digests);
    }

    /** The forms whose digest is the same as in {@code recorded}. */
    List<String> unchangedSince(FormInputs recorded) {
        return digests.entrySet().stream()
                .filter(entry -> entry.getValue().equals(recorded.digests().get(entry.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    /** The input versions followed by the digests, as the file ledger's commit records them. */
    String appendedTo(String inputVersions) {
        StringBuilder text = new StringBuilder(inputVersions).append(MARK);
        digests.forEach((form, digest) -> text.append(form).append(':').append(digest).append(' '));
        return text.toString().strip();
    }

    /** The digests a ledger commit recorded; none for a ledger written before they were recorded. */
    static FormInputs recordedIn(String recorded) {
        int mark = recorded.indexOf(MARK);
        Map<String, String> digests = new LinkedHashMap<>();
        if (mark >= 0) {
            Matcher entry = ENTRY.matcher(recorded.substring(mark + MARK.length()));
            while (entry.find()) {
                digests.put(entry.group(1), entry.group(2));
            }
        }
        return new FormInputs(digests);
    }

    /** The input versions a ledger commit recorded, without the digests. */
    static String inputVersionsIn(String recorded) {
        int mark = recorded.indexOf(MARK);
        return mark >= 0 ? recorded.substring(0, mark) : recorded;
    }

    /** A quarter is "in the future" until its last day has passed, so results change only when one ends. */
    static Quarter lastQuarterEndedBy(LocalDate today) {
        Quarter current = Quarter.of(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        if (!current.lastDay().isAfter(today)) {
            return current;
        }
        return current.quarter() == 1 ? Quarter.of(today.getYear() - 1, 4)
                : Quarter.of(today.getYear(), current.quarter() - 1);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
