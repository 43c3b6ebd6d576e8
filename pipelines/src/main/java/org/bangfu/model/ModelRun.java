package org.bangfu.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One complete model run: the unit a release is made of. Every gold commit a run makes carries its
 * number and id; the run is recorded as complete only after its last gold write, with the version
 * of every gold table at that moment (tables it did not rewrite keep the version they had), so a
 * killed run is never published and a release never mixes tables of two runs.
 *
 * @param number increasing per warehouse, from 1: the release number ({@code publish --as-of N})
 * @param id a random UUID, telling apart the attempts of a run that was killed and retried
 * @param startedAt when the run began
 * @param completedAt when its last gold table was written
 * @param silverInputs the silver versions the run read, e.g. {@code silver.unit_assistance@v3, …}
 * @param goldStamp every gold table at its version when the run completed: the release's stamp
 * @param asOf the {@code --as-of} the run was given, empty for a run over the latest silver
 */
public record ModelRun(long number, String id, Instant startedAt, Instant completedAt, String silverInputs,
        String goldStamp, Optional<String> asOf) {
}
