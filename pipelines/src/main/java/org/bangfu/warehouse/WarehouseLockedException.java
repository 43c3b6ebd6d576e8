package org.bangfu.warehouse;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Another run is using the warehouse: either it holds the run lock ({@value #LOCKED}) or, without
 * the lock (an older release, a hand-run job), it committed to a table this run was writing
 * ({@value #CONCURRENT_WRITE}). Nothing of this run was committed in the first case; in the second the
 * tables this run had already written stay valid and a rerun completes the step.
 */
public final class WarehouseLockedException extends RuntimeException {

    public static final String LOCKED = "LOCK-001";
    public static final String CONCURRENT_WRITE = "LOCK-002";
    private static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final String code;

    private WarehouseLockedException(String code, String message, Throwable cause) {
        super(code + " " + message, cause);
        this.code = code;
    }

    WarehouseLockedException(String lockPath, WarehouseLock.Holder holder) {
        this(LOCKED, String.format("数据仓库正被另一次运行使用：主机 %s 上的进程 %d 自 %s（北京时间）起运行“%s”。"
                        + "请等它结束后再运行；若确认它已不在运行（进程已被终止），删除锁文件 %s 后重试"
                        + "（同一主机上进程已结束或锁已超过 %d 小时的，下次运行会自动接管）。"
                        + " / The warehouse is in use by another run: process %d on host %s, running \"%s\" since %s"
                        + " (Beijing time). Wait for it to finish; if you are sure it is no longer running, delete the"
                        + " lock file %s and retry (a lock whose process has ended on this host, or older than %d"
                        + " hours, is taken over by the next run).",
                holder.host(), holder.pid(), BEIJING_TIME.format(holder.startedAt()), holder.command(), lockPath,
                WarehouseLock.STALE_AFTER.toHours(), holder.pid(), holder.host(), holder.command(),
                BEIJING_TIME.format(holder.startedAt()), lockPath, WarehouseLock.STALE_AFTER.toHours()), null);
    }

    /** A Delta commit lost to a concurrent writer of the same table. */
    public static WarehouseLockedException concurrentWrite(Throwable cause) {
        return concurrentWrite(null, cause);
    }

    /**
     * A Delta commit to {@code table} lost to a concurrent writer of it.
     *
     * @param table the table's qualified name, e.g. gold.county_quarter; null when not known
     */
    public static WarehouseLockedException concurrentWrite(String table, Throwable cause) {
        if (cause instanceof WarehouseLockedException already && CONCURRENT_WRITE.equals(already.code)) {
            return already;
        }
        Throwable conflict = cause;
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (isDeltaConflict(inner)) {
                conflict = inner;
            }
        }
        String detail = conflict.getClass().getSimpleName() + (conflict.getMessage() == null ? ""
                : ": " + conflict.getMessage().strip().lines().findFirst().orElse(""));
        String chineseTable = table == null ? "同一张表" : "同一张表 " + table;
        String englishTable = table == null ? "the same table" : "the same table, " + table + ",";
        return new WarehouseLockedException(CONCURRENT_WRITE, "另一次运行同时写入了" + chineseTable + "，本次写入未提交。"
                + "请确认只有一个 bangfu 在运行后重新运行本步骤。 / Another run wrote to " + englishTable + " at the same time;"
                + " this write was not committed. Make sure only one bangfu is running, then run this step again. ("
                + detail + ")", cause);
    }

    /** Whether a failure, or one of its causes, is a Delta conflict with a concurrent commit. */
    public static boolean isConcurrentWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isDeltaConflict(cause) || cause instanceof WarehouseLockedException locked
                    && CONCURRENT_WRITE.equals(locked.code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeltaConflict(Throwable cause) {
        return cause instanceof io.delta.exceptions.DeltaConcurrentModificationException
                || cause instanceof org.apache.spark.sql.delta.DeltaConcurrentModificationException;
    }

    public String code() {
        return code;
    }
}
