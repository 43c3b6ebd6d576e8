package org.bangfu.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.LogicalRDD;

/**
 * Small frames a model run computes once and reads several times (the BF-1 facts, the registers),
 * kept as local checkpoints so later plans start from their rows rather than re-plan them.
 */
public final class MaterialisedFrames {

    private MaterialisedFrames() {
    }

    /**
     * Computed now and kept in memory: later plans over it start from its rows, not from its plan.
     * Small frames only (nothing is spilled to disk that would outlive the Spark session).
     */
    public static Dataset<Row> materialised(Dataset<Row> rows) {
        return rows.localCheckpoint(true);
    }

    /** Frees the blocks of a {@link #materialised} frame. */
    public static void release(Dataset<Row> materialised) {
        if (materialised.queryExecution().analyzed() instanceof LogicalRDD checkpoint) {
            checkpoint.rdd().unpersist(false);
        }
    }
}
