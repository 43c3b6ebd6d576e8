package org.bangfu.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How far a step is: the files ingest has landed and the Spark tasks of the step's jobs so far.
 *
 * <p>Only the landing of inbox files has a known end, so only it gives a share done and a time left.
 * A step's Spark jobs start one after another and nobody knows in advance how many there will be: a
 * share of the tasks started so far sat at 100 % for minutes in a multi-job step, so there the
 * display counts tasks and rows instead of pretending to know the end.
 *
 * @param tasksTotal the tasks of the jobs started so far: later jobs add to it
 * @param rowsWritten rows written by the step's tasks (bronze, silver or gold rows)
 */
record ProgressSnapshot(String chinese, String english, long filesDone, long filesTotal, long tasksDone,
        long tasksTotal, long rowsWritten, Duration elapsed) {

    /** Landing inbox files: the one phase whose whole work is known before it starts. */
    boolean landing() {
        return filesTotal > 0 && filesDone < filesTotal;
    }

    /** Whether anything has been started or counted yet. */
    boolean begun() {
        return filesTotal > 0 || tasksTotal > 0 || tasksDone > 0;
    }

    /** The share of the inbox files landed; empty once the step is in its Spark jobs. */
    OptionalInt percent() {
        return landing() ? OptionalInt.of((int) (100 * filesDone / filesTotal)) : OptionalInt.empty();
    }

    /** At the landing pace so far; empty before the first file and in the Spark jobs. */
    Optional<Duration> remaining() {
        if (!landing() || filesDone == 0) {
            return Optional.empty();
        }
        return Optional.of(elapsed.multipliedBy(filesTotal - filesDone).dividedBy(filesDone));
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
