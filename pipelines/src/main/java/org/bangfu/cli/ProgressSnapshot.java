package org.bangfu.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a step is: the files ingest has landed and the Spark tasks of the step's jobs so far. The
 * share done and the time left are of the files while ingest lands them, then of the tasks.
 *
 * @param tasksTotal the tasks of the jobs started so far: later jobs add to it
 * @param rowsWritten rows written by the step's tasks (bronze, silver or gold rows)
 */
record ProgressSnapshot(String chinese, String english, long filesDone, long filesTotal, long tasksDone,
        long tasksTotal, long rowsWritten, Duration elapsed) {

    /** Landing files, then Spark tasks: the two take different times, so each phase is measured alone. */
    private boolean landing() {
        return filesTotal > 0 && filesDone < filesTotal;
    }

    long done() {
        return landing() ? filesDone : tasksDone;
    }

    long total() {
        return Math.max(done(), landing() ? filesTotal : tasksTotal);
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
