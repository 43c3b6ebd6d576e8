package org.bangfu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bangfu.model.TableVersion;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.SparkSessions;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseException;
import org.bangfu.warehouse.WarehouseTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bangfu sql}: read-only Spark SQL over every table of the warehouse, or a prompt when no query is given. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"用 Spark SQL 查询数据仓库，每个表以自己的名字出现（gold.county_quarter、silver.quarantine、bronze.files…）；"
            + "只能查询，不能修改。不给查询语句时打开交互提示符（以 ; 结束语句，exit 退出）。",
            "Query the warehouse with Spark SQL, every table under its own name (gold.county_quarter, silver.quarantine,"
                + " bronze.files…); read only. Without a query, opens a prompt (end statements with ;, exit to leave)."})
final class SqlCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY",
            description = "查询语句，例如 \"SELECT * FROM gold.county_quarter LIMIT 5\" / the query")
    String query;

    @Option(names = "--as-of", paramLabel = "VERSION|TIMESTAMP",
            description = {"查询过去某一时刻的数据：时间（2020-01-15 10:30 北京时间）、gold.province_quarter 的版本号或版本戳",
                "query the warehouse as it was: a time (2020-01-15 10:30 Beijing time), a version of"
                    + " gold.province_quarter, or a stamp (gold.county_quarter@v7, …)"})
    String asOf;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json|xlsx",
            description = "输出格式 / output format: table, csv, json or xlsx (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "写入文件而非屏幕；xlsx 必须指定 / write to this file instead of the terminal; required for xlsx")
    Path output;

    @Option(names = "--limit", defaultValue = "100",
            description = "table 格式最多显示的行数 / most rows the table format shows (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--history-file", hidden = true, description = "the prompt's history file")
    Path historyFile;

    @Mixin
    PipelineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResultFormat resultFormat = resultFormat();
        if (limit < 1) {
            throw new BangfuException(BangfuCommand.EXIT_USAGE, "--limit 至少为 1 / --limit must be at least 1");
        }
        if (resultFormat == ResultFormat.XLSX && output == null) {
            throw CommandError.SQL_OUTPUT.failure("xlsx 格式须用 --output 指定文件", "the xlsx format needs --output FILE");
        }
        if (query == null && output != null) {
            throw CommandError.SQL_OUTPUT.failure("--output 须与查询语句一起使用", "--output needs a query");
        }
        AsOf when = asOf == null ? AsOf.LATEST : AsOf.parse(asOf);
        boolean sessionExisted = SparkSession.getDefaultSession().isDefined();
        LogFile.besideWarehouse(options.warehouse());
        SparkSession spark = SparkSessions.create("bangfu-sql", options.master());
        try {
            Warehouse warehouse = new Warehouse(spark, options.warehouse());
            Map<WarehouseTable, TableVersion> versions;
            try {
                versions = WarehouseViews.register(warehouse, when);
            } catch (WarehouseException failure) {
                throw new BangfuException(BangfuCommand.EXIT_BAD_INPUT, ReadOnlyQuery.firstLine(failure.getMessage()));
            }
            if (versions.isEmpty()) {
                throw new BangfuException(BangfuCommand.EXIT_NOT_READY, "仓库 " + options.warehouse() + " 中"
                        + (when instanceof AsOf.Latest ? "" : "在 " + when + " 时") + "还没有任何表，请先运行 bangfu run / no"
                        + " tables in " + options.warehouse() + (when instanceof AsOf.Latest ? "" : " as of " + when)
                        + " yet; run bangfu run first");
            }
            if (!(when instanceof AsOf.Latest)) {
                Output.err(spec).say("查询 " + when + " 时的数据：" + versionOf(versions, WarehouseTable.GOLD_PROVINCE_QUARTER),
                        "querying the warehouse as of " + when + ": " + versionOf(versions, WarehouseTable.GOLD_PROVINCE_QUARTER));
            }
            if (query == null) {
                new SqlShell(statement -> write(execute(spark, statement), ResultFormat.TABLE),
                        historyFile != null ? historyFile : SqlShell.defaultHistoryFile()).run();
            } else {
                write(execute(spark, query), resultFormat);
            }
            return BangfuCommand.EXIT_OK;
        } finally {
            if (!sessionExisted) {
                spark.stop();
            }
        }
    }

    /** Checks the statement is a query and plans it; SQL-001..003 when it cannot run. */
    static Dataset<Row> execute(SparkSession spark, String statement) {
        ReadOnlyQuery.require(spark, statement);
        try {
            return spark.sql(statement);
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            // AnalysisException is checked in Java's eyes though Scala throws it undeclared.
            if (failure instanceof AnalysisException) {
                String reason = ReadOnlyQuery.firstLine(failure.getMessage());
                throw CommandError.SQL_ANALYSIS.failure("查询无法执行：" + reason, "the query cannot run: " + reason);
            }
            throw new IllegalStateException(failure);
        }
    }

    private void write(Dataset<Row> result, ResultFormat resultFormat) {
        if (resultFormat == ResultFormat.TABLE && output == null) {
            ResultWriter.table(result, limit, spec.commandLine().getOut());
            return;
        }
        if (output == null) {
            OutputStream stdout = System.out;
            writeTo(result, resultFormat, stdout);
            return;
        }
        try (OutputStream file = Files.newOutputStream(output)) {
            writeTo(result, resultFormat, file);
        } catch (IOException failure) {
            throw new UncheckedIOException("无法写入 / cannot write " + output, failure);
        }
        Output.err(spec).say("已写入 " + output.toAbsolutePath(), "written to " + output.toAbsolutePath());
    }

    private void writeTo(Dataset<Row> result, ResultFormat resultFormat, OutputStream stream) {
        switch (resultFormat) {
            case CSV -> ResultWriter.csv(result, stream);
            case JSON -> ResultWriter.json(result, stream);
            case XLSX -> ResultWriter.xlsx(result, stream);
            case TABLE -> {
                PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(stream,
                        java.nio.charset.StandardCharsets.UTF_8));
                ResultWriter.table(result, limit, writer);
            }
        }
    }

    private ResultFormat resultFormat() {
        try {
            return ResultFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BangfuException(BangfuCommand.EXIT_USAGE, "--format 应为 table、csv、json 或 xlsx，而不是 " + format
                    + " / --format must be table, csv, json or xlsx, not " + format);
        }
    }

    private static String versionOf(Map<WarehouseTable, TableVersion> versions, WarehouseTable table) {
        TableVersion version = versions.get(table);
        return version == null ? table.qualifiedName() + "@none" : version.stamp();
    }
}
