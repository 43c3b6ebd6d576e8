package org.bangfu.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.SparkSession;
import org.bangfu.model.ModelJob;
import org.bangfu.warehouse.PublicationLog;
import org.bangfu.warehouse.SparkSessions;
import org.bangfu.warehouse.TableCommit;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bangfu status}: where the warehouse stands, from its tables and the input versions each
 * step records in its Delta commits. A step is due when the versions it recorded are older than
 * its inputs' current ones; the exit code is then 4, so a scheduler can tell.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"显示数据仓库的状态：各报表最新报告期、接收与拒收的文件、各层行数、各步骤最近一次运行及其输入、"
            + "gold 是否落后于 silver、最近一次发布、最新报告期尚未报送的报表。全部最新时退出码为 0，有步骤需要运行时为 4。",
            "Show where the warehouse stands: latest period per form, files landed and rejected, rows per layer, each"
                + " step's last run and inputs, whether gold is behind silver, the last publication, submissions still"
                + " missing for the latest period. Exit code 0 when up to date, 4 when a step needs running."})
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int MISSING_SHOWN = 5;

    @Mixin
    PipelineOptions options;

    @Spec
    CommandSpec spec;

    /** A step, the table its last run's commit is read from, and whether its inputs have moved since. */
    private record StepState(String step, Optional<TableCommit> lastRun, boolean due) {
    }

    @Override
    public Integer call() {
        boolean sessionExisted = SparkSession.getDefaultSession().isDefined();
        LogFile.besideWarehouse(options.warehouse());
        SparkSession spark = SparkSessions.create("bangfu-status", options.master());
        try {
            return report(new Warehouse(spark, options.warehouse()), spec.commandLine().getOut());
        } finally {
            if (!sessionExisted) {
                spark.stop();
            }
        }
    }

    int report(Warehouse warehouse, PrintWriter out) {
        Output say = Output.to(out);
        if (!warehouse.exists(WarehouseTable.BRONZE_FILES)) {
            throw new BangfuException(BangfuCommand.EXIT_NOT_READY, "仓库 " + warehouse.root()
                    + " 还没有接收任何文件，请先运行 bangfu ingest / nothing ingested into " + warehouse.root()
                    + " yet; run bangfu ingest first");
        }
        say.say("数据仓库 " + warehouse.root(), "warehouse " + warehouse.root());

        Row files = warehouse.read(WarehouseTable.BRONZE_FILES)
                .selectExpr("count(*)", "count_if(NOT readable)", "max(ingested_at)").first();
        say.say(String.format("文件：已接收 %d 个，其中整体拒收 %d 个；最近接收于 %s（北京时间）", files.getLong(0), files.getLong(1), time(files, 2)),
                String.format("files: %d landed, %d rejected as a whole; last landed %s (Beijing time)", files.getLong(0), files.getLong(1),
                        time(files, 2)));

        if (warehouse.exists(WarehouseTable.SUBMISSIONS)) {
            List<String> latest = new ArrayList<>();
            for (Row row : warehouse.read(WarehouseTable.SUBMISSIONS).where("is_current")
                    .groupBy("form_code").agg(functions.max("period"))
                    .orderBy("form_code").collectAsList()) {
                latest.add(row.getString(0) + " " + row.getString(1));
            }
            say.say("各报表最新报告期：" + String.join("，", latest), "latest period per form: " + String.join(", ", latest));
        }

        for (String layer : List.of("bronze", "silver", "gold")) {
            long rows = 0;
            int tables = 0;
            for (WarehouseTable table : WarehouseTable.inLayer(layer)) {
                if (warehouse.exists(table)) {
                    rows += warehouse.rowCount(table);
                    tables++;
                }
            }
            say.say(String.format("%s 层：%d 个表，共 %,d 行", layer, tables, rows),
                    String.format("%s: %d tables, %,d rows", layer, tables, rows));
        }

        List<StepState> steps = List.of(
                new StepState("ingest", last(warehouse, WarehouseTable.BRONZE_FILES), false),
                new StepState("check", last(warehouse, WarehouseTable.FILE_LEDGER),
                        behind(warehouse, WarehouseTable.FILE_LEDGER)),
                new StepState("model", last(warehouse, ModelJob.MODEL_MARKER), goldBehind(warehouse)));
        for (StepState step : steps) {
            if (step.lastRun().isEmpty()) {
                say.say(String.format("  %-8s 从未运行", step.step()), String.format("  %-8s never run", step.step()));
                continue;
            }
            TableCommit commit = step.lastRun().get();
            String inputs = commit.inputVersions().orElse("—");
            say.say(String.format("  %-8s %s  %s@v%d  输入 %s%s", step.step(), TIME.format(commit.committedAt()),
                    commit.table(), commit.version(), inputs, step.due() ? "  ← 输入已更新，需要运行" : ""),
                    String.format("  %-8s %s  %s@v%d  inputs %s%s", step.step(), TIME.format(commit.committedAt()),
                    commit.table(), commit.version(), inputs, step.due() ? "  ← inputs moved on, needs running" : ""));
        }
        boolean checkDue = steps.get(1).lastRun().isEmpty() || steps.get(1).due();
        boolean modelDue = steps.get(2).lastRun().isEmpty() || steps.get(2).due();
        if (modelDue) {
            say.say("gold 落后于 silver：请运行 bangfu model", "gold is behind silver: run bangfu model");
        } else {
            say.say("gold 与 silver 一致", "gold is up to date with silver");
        }

        boolean publishDue = publication(warehouse, say);
        missingSubmissions(warehouse, say);

        boolean due = checkDue || modelDue || publishDue;
        if (due) {
            say.say("有步骤需要运行（bangfu run）", "a step needs running (bangfu run)");
        } else {
            say.say("全部最新", "everything is up to date");
        }
        out.flush();
        return due ? BangfuCommand.EXIT_NOT_READY : BangfuCommand.EXIT_OK;
    }

    /** Prints the last publication; whether gold has moved on since it. */
    private static boolean publication(Warehouse warehouse, Output say) {
        List<PublicationLog.Publication> publications = new PublicationLog(warehouse).all();
        if (publications.isEmpty()) {
            say.say("尚未发布", "nothing published yet");
            return warehouse.exists(WarehouseTable.GOLD_PROVINCE_QUARTER);
        }
        PublicationLog.Publication last = publications.get(publications.size() - 1);
        boolean behind = movedOn(warehouse, last.stamp());
        say.say("最近发布：" + last.publishedOn() + "（" + TIME.format(last.recordedAt()) + " 写出），版本 " + last.stamp()
                + (behind ? "  ← gold 已更新，需要发布" : ""),
                "last published " + last.publishedOn() + " (written " + TIME.format(last.recordedAt()) + "), from "
                        + last.stamp() + (behind ? "  ← gold has moved on, needs publishing" : ""));
        return behind;
    }

    private static void missingSubmissions(Warehouse warehouse, Output say) {
        if (!warehouse.exists(WarehouseTable.GOLD_COMPLETENESS)) {
            return;
        }
        List<Row> missing = warehouse.read(WarehouseTable.GOLD_COMPLETENESS)
                .withColumn("latest_period", functions.max("period").over(Window.partitionBy("form_code")))
                .where("period = latest_period AND status = 'missing'")
                .groupBy("form_code", "period")
                .agg(functions.count("*"), functions.array_sort(functions.collect_set(
                        functions.coalesce(functions.col("submitter_name"), functions.col("submitter_code")))))
                .orderBy("form_code").collectAsList();
        if (missing.isEmpty()) {
            say.say("最新报告期应报的报表均已收到", "every expected submission for the latest period has arrived");
            return;
        }
        for (Row form : missing) {
            String names = String.join("、", form.<String>getList(3).subList(0, Math.min(MISSING_SHOWN, form.getList(3).size())));
            String more = form.getLong(2) > MISSING_SHOWN ? " …" : "";
            say.say(String.format("  %s %s 尚未报送 %d 份：%s%s", form.getString(0), form.getString(1), form.getLong(2), names, more),
                    String.format("  %s %s: %d submissions missing: %s%s", form.getString(0), form.getString(1),
                            form.getLong(2), names, more));
        }
    }

    private static Optional<TableCommit> last(Warehouse warehouse, WarehouseTable table) {
        return warehouse.history(table, 1).stream().findFirst();
    }

    /** Whether any gold table was computed from inputs that have a newer version now. */
    private static boolean goldBehind(Warehouse warehouse) {
        return WarehouseTable.inLayer("gold").stream().anyMatch(table -> behind(warehouse, table));
    }

    /** Whether any input the table's last commit recorded has a newer version now. */
    private static boolean behind(Warehouse warehouse, WarehouseTable table) {
        return warehouse.recordedInputVersions(table).map(recorded -> movedOn(warehouse, recorded)).orElse(false);
    }

    /** Whether any table of a stamp ({@code silver.x@v3, silver.y@none}) is newer now than the stamp says. */
    static boolean movedOn(Warehouse warehouse, String stamp) {
        for (String part : stamp.split(",")) {
            String[] tableAndVersion = part.strip().split("@");
            if (tableAndVersion.length != 2) {
                continue;
            }
            Optional<WarehouseTable> table = WarehouseTable.byQualifiedName(tableAndVersion[0]);
            if (table.isEmpty() || !warehouse.exists(table.get())) {
                continue;
            }
            long current = warehouse.currentVersion(table.get()).version();
            String recorded = tableAndVersion[1];
            if (recorded.equals("none") || current > Long.parseLong(recorded.replace("v", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String time(Row row, int column) {
        return row.isNullAt(column) ? "—" : TIME.format(row.getTimestamp(column).toInstant());
    }
}
