package org.bangfu.warehouse;

import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.bangfu.parallel.InOrder;

/**
 * Steps of a job that read and write tables none of the others write, run at the same time.
 *
 * <p>One after the other they leave a core idle whenever a step waits on the driver (planning a
 * query, reading a Delta log, committing) or runs fewer tasks than there are cores, which at demo
 * size is most of the time. Each step gets the warehouse in a Spark session of its own ({@link
 * Warehouse#inSessionOfItsOwn}), made the thread's active session because Delta reads a commit's
 * settings from the active session. The steps must not depend on each other's writes: a step that
 * needs another's table belongs in the same step, after it.
 */
public final class IndependentSteps {

    /** A named step; {@code work} gets the warehouse view it must read and write through. */
    public record Step(String name, Consumer<Warehouse> work) {
    }

    private IndependentSteps() {
    }

    /**
     * Runs the steps, as many at once as there are cores, in the order given as cores come free
     * (put the longest first). Returns when all have finished.
     *
     * @throws RuntimeException the first failure in step order, once every step already started has
     *     finished
     */
    public static void run(Warehouse warehouse, String what, List<Step> steps) {
        InOrder.map(what, steps, step -> {
            Warehouse own = warehouse.inSessionOfItsOwn();
            SparkSession previous = SparkSession.getActiveSession().getOrElse(() -> null);
            SparkSession.setActiveSession(own.spark());
            try {
                step.work().accept(own);
            } finally {
                if (previous == null) {
                    SparkSession.clearActiveSession();
                } else {
                    SparkSession.setActiveSession(previous);
                }
            }
            return step.name();
        });
    }
}
