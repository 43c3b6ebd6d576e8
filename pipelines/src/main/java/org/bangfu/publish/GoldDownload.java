package org.bangfu.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The CSV and XLSX downloads of one gold table, and the pool that writes them.
 *
 * <p>At province size the gold downloads are hundreds of megabytes and their writing was a third of
 * the publish, on one core. Each table's files depend on nothing but its pinned rows and the
 * immutable {@link DownloadWriter}, so tables are written side by side, one per core; the results
 * come back in the order asked, so the site and its zip are the same bytes as when written one by one.
 *
 * @param csv the CSV bytes
 * @param xlsx the XLSX bytes
 */
record GoldDownload(byte[] csv, byte[] xlsx) {

    /** Writes every table's downloads, in the tables' order; a failure of any is thrown as it was. */
    static List<GoldDownload> writeAll(List<WarehouseTable> tables, Function<WarehouseTable, GoldDownload> writer) {
        // A table a task: the pool hands the next table to whichever core is free, so a few large
        // tables do not queue behind one another on the same core.
        int threads = Math.max(1, Math.min(tables.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bangfu-downloads");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<GoldDownload>> pending = new ArrayList<>();
            for (WarehouseTable table : tables) {
                pending.add(pool.submit(() -> writer.apply(table)));
            }
            List<GoldDownload> written = new ArrayList<>();
            for (Future<GoldDownload> future : pending) {
                written.add(future.get());
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the gold downloads", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("could not write the gold downloads", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
