package org.bangfu.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bangfu.warehouse.TableCommit;
import org.bangfu.warehouse.TableHistory;
import org.bangfu.warehouse.WarehouseTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bangfu history TABLE}: a table's versions, newest first, read from its Delta log without Spark. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"显示一个表的版本历史：版本、时间、操作、新增/更新/删除行数、所依据的输入版本。",
            "Show a table's versions: when, what operation, rows inserted/updated/deleted, and the input versions it was built from."})
final class HistoryCommand implements Callable<Integer> {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    @Parameters(paramLabel = "TABLE",
            description = "表名，例如 gold.county_quarter、silver.unit_assistance / table name, e.g. gold.county_quarter")
    String tableName;

    @Option(names = "--limit", defaultValue = "20",
            description = "最多显示的版本数 / at most this many versions, newest first (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--warehouse", defaultValue = "warehouse",
            description = "数据仓库根路径 / warehouse root, local or hdfs:// (default: ${DEFAULT-VALUE})")
    String warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new BangfuException(BangfuCommand.EXIT_USAGE, "--limit 至少为 1 / --limit must be at least 1");
        }
        Optional<WarehouseTable> named = WarehouseTable.byQualifiedName(tableName);
        if (named.isEmpty()) {
            // Printed here rather than thrown: the list is longer than the one line an exception gets.
            PrintWriter err = spec.commandLine().getErr();
            err.println("bangfu: 没有名为 " + tableName + " 的表 / no table called " + tableName);
            for (String layer : List.of("bronze", "silver", "gold")) {
                err.println("  " + layer + ": " + WarehouseTable.inLayer(layer).stream()
                        .map(WarehouseTable::qualifiedName).collect(Collectors.joining(", ")));
            }
            err.flush();
            return BangfuCommand.EXIT_BAD_INPUT;
        }
        WarehouseTable table = named.get();
        List<TableCommit> commits = new TableHistory(warehouse).newestFirst(table, limit);
        if (commits.isEmpty()) {
            throw new BangfuException(BangfuCommand.EXIT_NOT_READY, table.qualifiedName() + " 尚未写入，没有历史（仓库 "
                    + warehouse + "）/ " + table.qualifiedName() + " has not been written yet in " + warehouse);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(table, commits));
        out.flush();
        return BangfuCommand.EXIT_OK;
    }

    /** The table printed, one line per version, times in Beijing time. */
    static String render(WarehouseTable table, List<TableCommit> commits) {
        StringBuilder text = new StringBuilder();
        text.append(table.qualifiedName()).append(" 的版本历史（最新在前，北京时间）/ history of ")
                .append(table.qualifiedName()).append(" (newest first, Asia/Shanghai time)\n");
        text.append(line("版本", "时间", "操作", "新增", "更新", "删除", "输入版本"));
        text.append(line("version", "time", "operation", "inserted", "updated", "deleted", "input versions"));
        for (TableCommit commit : commits) {
            text.append(line("v" + commit.version(), TIME.format(commit.committedAt()), commit.operation(),
                    count(commit.rowsInserted()), count(commit.rowsUpdated()), count(commit.rowsDeleted()),
                    commit.inputVersions().orElse("—")));
        }
        return text.toString();
    }

    private static String line(String version, String time, String operation, String inserted, String updated,
            String deleted, String inputs) {
        return left(version, 8) + " " + left(time, 19) + " " + left(operation, 16) + " " + right(inserted, 9) + " "
                + right(updated, 9) + " " + right(deleted, 9) + "  " + inputs + "\n";
    }

    private static String count(OptionalLong rows) {
        return rows.isPresent() ? Long.toString(rows.getAsLong()) : "—";
    }

    /** Chinese characters take two columns in a terminal; padding counts them so. */
    private static int displayWidth(String text) {
        return text.codePoints().map(codePoint -> codePoint >= 0x2E80 ? 2 : 1).sum();
    }

    private static String left(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    private static String right(String text, int width) {
        return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
    }
}
