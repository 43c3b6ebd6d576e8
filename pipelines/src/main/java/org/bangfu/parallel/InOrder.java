package org.bangfu.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs independent pieces of work on every core and returns their results in the order the work was
 * given.
 *
 * <p>Publishing renders some 17,000 pages at province size, each from immutable inputs, on the
 * driver alone: one after the other they leave every core but one idle. Because results come back
 * in the order given, the outputs are the same as when made one by one. One item a task: the pool
 * hands the next item to whichever core is free, so a few large items do not queue behind one
 * another.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * {@code work} applied to every item, in the items' order.
     *
     * <p>When one item fails, the items not started yet are dropped and those already running are
     * awaited, so that nothing of the work is still running once this returns or throws (no file is
     * written after the publish has failed).
     *
     * @throws RuntimeException the first failure in item order, as the work threw it
     */
    public static <T, R> List<R> map(String what, List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bangfu-" + what);
            thread.setDaemon(true);
            return thread;
        });
        List<Future<R>> pending = new ArrayList<>(items.size());
        try {
            for (T item : items) {
                pending.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : pending) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the " + what, e);
        } catch (ExecutionException e) {
            pending.forEach(future -> future.cancel(false));
            awaitRunning(pool, what);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("could not run the " + what, e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitRunning(ExecutorService pool, String what) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A long Spark job of another item: keep waiting, it will end.
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the " + what, e);
        }
    }
}
