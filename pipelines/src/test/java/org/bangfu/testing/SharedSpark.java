package org.bangfu.testing;

import org.apache.spark.sql.SparkSession;
import org.bangfu.warehouse.SparkSessions;

/**
 * The one SparkSession of the test JVM, built the way the product builds it (Delta extensions
 * included) and shared by every test class: starting Spark takes seconds, a test takes less.
 */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null || session.sparkContext().isStopped()) {
            session = SparkSessions.create("bangfu-tests", "local[2]");
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
