package org.bangfu.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SparkSession;

/**
 * spark-testing-base's DataFrame assertions (JUnit 4, run by the vintage engine) on the shared
 * session. Its own lifecycle would start a second SparkContext before each class and stop it
 * after, which a JVM that shares one session cannot allow; the two lifecycle methods are shadowed
 * here so that JUnit 4 runs neither.
 */
public abstract class SharedSparkDataFrameSuite extends JavaDataFrameSuiteBase {

    @Override
    public void runBefore() {
        // Shadows the parent's @Before, which would create a second SparkContext.
    }

    /** Hides the parent's @AfterClass, which would stop the shared context. */
    public static void runAfterClass() {
    }

    @Override
    public SparkSession spark() {
        return SharedSpark.session();
    }

    @Override
    public SQLContext sqlContext() {
        return SharedSpark.session().sqlContext();
    }

    @Override
    public SparkContext sc() {
        return SharedSpark.session().sparkContext();
    }

    @Override
    public JavaSparkContext jsc() {
        return JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    }
}
