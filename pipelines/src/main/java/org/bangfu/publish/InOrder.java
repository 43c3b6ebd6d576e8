package org.bangfu.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent pieces of publishing work on every core and returns their results in the order
 * the work was given.
 *
 * <p>At province size a publish writes hundreds of megabytes of downloads and renders some 17,000
 * pages, one after the other on one core. Each of those depends only on immutable inputs (pinned
 * rows, page models, the FreeMarker configuration, which is safe to share once configured), so it
 * may run on any core; because results come back in the order given, the site, its zip and every
 * download are the same bytes as when made one by one. One item a task: the pool hands the next item
 * to whichever core is free, so a few large items do not queue behind one another.
 */
final class InOrder {

    private InOrder() {
    }

    /**
     * {@code work} applied to every item, in the items' order.
     *
     * @throws RuntimeException the first failure in item order, as the work threw it
     */
    static <T, R> List<R> map(String what, List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bangfu-publish-" + what);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> pending = new ArrayList<>(items.size());
            for (T item : items) {
                pending.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : pending) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("could not publish the " + what, e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
