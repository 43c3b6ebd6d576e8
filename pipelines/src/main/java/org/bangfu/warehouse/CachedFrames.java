package org.bangfu.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;

/**
 * The datasets a job caches, unpersisted together when the job's {@code try} block ends, whether it
 * ends normally or by an exception. A cached dataset that outlives its job keeps its rows and its plan
 * alive for as long as the session lives: in a scheduler or a test JVM that is until the heap is full.
 */
public final class CachedFrames implements AutoCloseable {
    private final List<Dataset<?>> cached = new ArrayList<>();

    /** Caches {@code frame} until this scope closes, and returns the cached dataset. */
    public <T> Dataset<T> keep(Dataset<T> frame) {
        Dataset<T> cachedFrame = frame.cache();
        cached.add(cachedFrame);
        return cachedFrame;
    }

    @Override
    public void close() {
        cached.forEach(Dataset::unpersist);
        cached.clear();
    }
}
