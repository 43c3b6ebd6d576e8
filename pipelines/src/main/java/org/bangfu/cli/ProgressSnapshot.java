package org.bangfu.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a step is: the files ingest has landed and the Spark tasks of the step's jobs so far.
 *
 * @param tasksTotal the tasks of the jobs started so far: later jobs add to it
 * @param rowsWritten rows written by the step's tasks (bronze, silver or gold rows)
 */
record ProgressSnapshot(String chinese, String english, long filesDone, long filesTotal, long tasksDone,
        long tasksTotal, long rowsWritten, Duration elapsed) {

    long done() {
        return filesDone + tasksDone;
    }

    long total() {
        return Math.max(done(), filesTotal + tasksTotal);
    }

    int percent() {
        return total() == 0 ? 0 : (int) (100 * done() / total());
    }

    /** At the pace so far; empty until something is done. Later jobs of the step are not yet counted. */
    Optional<Duration> remaining() {
        if (done() == 0) {
            return Optional.empty();
        }
        return Optional.of(elapsed.multipliedBy(total() - done()).dividedBy(done()));
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
