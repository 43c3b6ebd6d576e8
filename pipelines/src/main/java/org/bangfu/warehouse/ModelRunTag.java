package org.bangfu.warehouse;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark a model run leaves on every commit it makes: its number and id after the recorded input
 * versions in the commit's {@code userMetadata}, e.g.
 * {@code silver.unit_assistance@v3, silver.county_register@v1 | model run 7 (3f2a…)}. The input
 * versions are compared by jobs to decide whether they are up to date, so the mark is split off
 * before they are.
 */
record ModelRunTag(long number, String id) {

    private static final Pattern TAGGED = Pattern.compile("(?s)(.*) \\| model run (\\d+) \\(([^)]*)\\)");

    /** The userMetadata of a commit with these input versions made by this run. */
    String appendedTo(String inputVersions) {
        return inputVersions + " | model run " + number + " (" + id + ")";
    }

    /** The input versions of a userMetadata, without the mark of the run that wrote it. */
    static String inputVersionsOf(String userMetadata) {
        Matcher tagged = TAGGED.matcher(userMetadata);
        return tagged.matches() ? tagged.group(1) : userMetadata;
    }

    /** The run that made a commit, when it was made by a recorded model run. */
    static Optional<ModelRunTag> of(String userMetadata) {
        Matcher tagged = TAGGED.matcher(userMetadata);
        return tagged.matches()
                ? Optional.of(new ModelRunTag(Long.parseLong(tagged.group(2)), tagged.group(3)))
                : Optional.empty();
    }

    static OptionalLong numberOf(Optional<String> userMetadata) {
        return userMetadata.flatMap(ModelRunTag::of).map(tag -> OptionalLong.of(tag.number())).orElse(OptionalLong.empty());
    }
}
