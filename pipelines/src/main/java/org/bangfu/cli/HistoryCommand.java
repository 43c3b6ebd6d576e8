package org.bangfu.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.bangfu.model.ModelRun;
import org.bangfu.warehouse.ModelRunLog;
import org.bangfu.warehouse.PublicationLog;
import org.bangfu.warehouse.TableCommit;
import org.bangfu.warehouse.TableHistory;
import org.bangfu.warehouse.WarehouseTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bangfu history TABLE}: a table's versions, newest first; {@code bangfu history releases}: the
 * releases (complete model runs). Both read from the Delta log without Spark.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"显示一个表的版本历史：版本、时间、操作、新增/更新/删除行数、所依据的输入版本、模型运行号；",
            "或 history releases：各版（已完成的模型运行）的版次、运行号、完成与发布日期、数据版本戳。",
            "Show a table's versions: when, what operation, rows inserted/updated/deleted, the input versions it was built"
                + " from and the model run that wrote it; or `history releases`: each release (complete model run) with its"
                + " label, run, completion and publication dates and stamp."})
final class HistoryCommand implements Callable<Integer> {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private static final String RELEASES = "releases";

    @Parameters(paramLabel = "TABLE",
            description = "表名，例如 gold.county_quarter、silver.unit_assistance；或 releases 列出各版"
                    + " / table name, e.g. gold.county_quarter; or releases for the list of releases")
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
        if (RELEASES.equals(tableName)) {
            Configuration hadoop = new Configuration();
            List<ModelRun> runs = new ModelRunLog(warehouse, hadoop).all();
            if (runs.isEmpty()) {
                throw new BangfuException(BangfuCommand.EXIT_NOT_READY, "仓库 " + warehouse
                        + " 中还没有已完成的模型运行，请先运行 bangfu model / no complete model run yet in " + warehouse
                        + "; run bangfu model first");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(renderReleases(runs, PublicationLog.readWithoutSpark(warehouse, hadoop), limit));
            out.flush();
            return BangfuCommand.EXIT_OK;
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

    /**
     * One line per complete model run, newest first: the release label, the run number and id, when
     * it completed, the date it was first published (— if never), and its stamp.
     */
    static String renderReleases(List<ModelRun> runs, List<PublicationLog.Publication> publications, int limit) {
        StringBuilder text = new StringBuilder();
        text.append("各版（已完成的模型运行，最新在前，北京时间）/ releases (complete model runs, newest first, Asia/Shanghai time)\n");
        text.append(left("版次", 10) + " " + left("模型运行", 18) + " " + left("完成时间", 19) + " " + left("发布日期", 10)
                + "  数据版本戳\n");
        text.append(left("release", 10) + " " + left("model run", 18) + " " + left("completed", 19) + " "
                + left("published", 10) + "  stamp\n");
        List<ModelRun> newestFirst = new java.util.ArrayList<>(runs);
        java.util.Collections.reverse(newestFirst);
        for (ModelRun run : newestFirst.subList(0, Math.min(limit, newestFirst.size()))) {
            String published = publications.stream().filter(publication -> publication.stamp().equals(run.goldStamp()))
                    .map(publication -> publication.publishedOn().toString()).findFirst().orElse("—");
            String label = "第" + run.number() + "版";
            String runText = run.number() + " (" + run.id().substring(0, Math.min(8, run.id().length())) + ")"
                    + run.asOf().map(asOf -> " as-of").orElse("");
            text.append(left(label, 10) + " " + left(runText, 18) + " " + left(TIME.format(run.completedAt()), 19) + " "
                    + left(published, 10) + "  " + run.goldStamp() + "\n");
        }
        return text.toString();
    }

    /** The table printed, one line per version, times in Beijing time. */
    static String render(WarehouseTable table, List<TableCommit> commits) {
        StringBuilder text = new StringBuilder();
        text.append(table.qualifiedName()).append(" 的版本历史（最新在前，北京时间）/ history of ")
                .append(table.qualifiedName()).append(" (newest first, Asia/Shanghai time)\n");
        text.append(line("版本", "时间", "操作", "新增", "更新", "删除", "模型运行", "输入版本"));
        text.append(line("version", "time", "operation", "inserted", "updated", "deleted", "model run", "input versions"));
        for (TableCommit commit : commits) {
            text.append(line("v" + commit.version(), TIME.format(commit.committedAt()), commit.operation(),
                    count(commit.rowsInserted()), count(commit.rowsUpdated()), count(commit.rowsDeleted()),
                    count(commit.modelRun()), commit.inputVersions().orElse("—")));
        }
        return text.toString();
    }

    private static String line(String version, String time, String operation, String inserted, String updated,
            String deleted, String modelRun, String inputs) {
        return left(version, 8) + " " + left(time, 19) + " " + left(operation, 16) + " " + right(inserted, 9) + " "
                + right(updated, 9) + " " + right(deleted, 9) + " " + right(modelRun, 9) + "  " + inputs + "\n";
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
