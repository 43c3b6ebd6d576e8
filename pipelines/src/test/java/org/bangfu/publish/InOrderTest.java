package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    void noItemsNoResults() {
        assertThat(InOrder.map("test items", List.<Integer>of(), item -> item)).isEmpty();
    }

    private static void busyFor(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
