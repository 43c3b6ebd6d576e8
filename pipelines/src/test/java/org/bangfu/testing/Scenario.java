package org.bangfu.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that runs whole pipelines in child JVMs or against an in-process cluster: minutes each, and
 * heavy on the heap. {@code mvn verify} leaves them out; {@code mvn verify -Pscenarios} (and CI) runs
 * them in a JVM of their own, so they neither slow the everyday suite nor share its heap.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Scenario.TAG)
public @interface Scenario {
    String TAG = "scenario";
}
