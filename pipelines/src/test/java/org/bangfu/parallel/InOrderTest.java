package org.bangfu.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeBackInTheOrderGivenWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> results = InOrder.map("test items", items, item -> {
            threads.add(Thread.currentThread().getName());
            // Early items take longest, so that on several cores later ones finish first.
            busyFor(item < 4 ? 20 : 0);
            return "item " + item;
        });
        assertThat(results).containsExactlyElementsOf(items.stream().map(item -> "item " + item).toList());
        assertThat(threads).as("never more threads than cores")
                .hasSizeLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theFirstFailureInItemOrderIsThrownAsTheWorkThrewIt() {
        assertThatThrownBy(() -> InOrder.map("test items", List.of(1, 2, 3, 4), item -> {
            if (item >= 2) {
                throw new IllegalArgumentException("item " + item + " failed");
            }
            return item;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 2 failed");
    }

    @Test
    void aFailureIsThrownOnlyOnceTheItemsAlreadyRunningHaveFinished() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "items run one after the other on one core");
        AtomicBoolean slowItemFinished = new AtomicBoolean();
        CountDownLatch slowItemStarted = new CountDownLatch(1);
        assertThatThrownBy(() -> InOrder.map("test items", List.of(1, 2), item -> {
            if (item == 1) {
                awaitQuietly(slowItemStarted);
                throw new IllegalStateException("item 1 failed");
            }
            slowItemStarted.countDown();
            busyFor(300);
            slowItemFinished.set(true);
            return item;
        })).hasMessageContaining("item 1 failed");
        assertThat(slowItemFinished).as("a model step must not commit after its run has failed").isTrue();
    }

    @Test
    void noItemsNoResults() {
        assertThat(InOrder.map("test items", List.<Integer>of(), item -> item)).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void busyFor(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
