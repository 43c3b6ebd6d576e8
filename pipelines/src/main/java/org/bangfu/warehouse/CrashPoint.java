package org.bangfu.warehouse;

/**
 * Named points where a run can be made to die at once, as under {@code kill -9}, to prove that a
 * rerun recovers: the environment variable {@value #VARIABLE} names the point, and the first time
 * the run reaches it the JVM halts with exit code {@value #EXIT_CODE} (no shutdown hooks, no
 * cleanup, nothing flushed that was not already on disk). Without the variable this does nothing.
 *
 * <p>The points: {@link #LANDED} (a file copied to landing, before bronze), {@code committed <table>}
 * (just after a Delta commit to that table, see {@link #committed}) and {@link #SITE_STAGED} (the new
 * site release written to its staging folder, before the switch).
 */
public final class CrashPoint {

    public static final String VARIABLE = "BANGFU_CRASH_AT";
    /** What a process killed by SIGKILL reports: 128 + 9. */
    public static final int EXIT_CODE = 137;
    public static final String LANDED = "landed";
    public static final String SITE_STAGED = "site staged";

    private static final String CHOSEN = System.getenv(VARIABLE);

    private CrashPoint() {
    }

    /** The point just after a commit to {@code table}, e.g. {@code committed gold.county_quarter}. */
    public static String committed(WarehouseTable table) {
        return "committed " + table.qualifiedName();
    }

    /** Halts the JVM if {@value #VARIABLE} names this point. */
    public static void reached(String point) {
        if (CHOSEN != null && CHOSEN.equals(point)) {
            System.err.println("bangfu: " + VARIABLE + "=" + point + ": halting here, as if killed");
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
