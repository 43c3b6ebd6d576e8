package org.bangfu.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.bangfu.quality.Issue;
import org.bangfu.quality.Rule;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import scala.collection.JavaConverters;

/**
 * Lands every new file of the inbox and appends its rows to bronze. A file is new when its
 * content hash has not been ingested before, so a byte-identical file, whatever its name, is a
 * no-op. Files that cannot be read are kept in landing and recorded in bronze.files with their
 * reason; the run goes on with the others.
 *
 * <p>How it scales: the driver only lists, hashes and lands files (streaming, constant memory).
 * The landed files are then read on the executors, from their landing path through the Hadoop
 * file system (so hdfs:// landing works on a cluster), in one pass: each file's rows stream
 * straight into the bronze.rows write, and when the file is read to its end (or found unreadable)
 * one small {@link FileSummary} (form, header, rows, column letters, or the reason it is
 * unreadable) comes back through an accumulator. No process ever holds a file's rows: a reader holds
 * one row at a time (plus an xlsx's shared strings), and tasks carry only file paths. A file is
 * either wholly in bronze or wholly rejected: the rows of a file found damaged part-way are deleted
 * from bronze.rows before bronze.files records it. (Reading every file twice, once to summarise and
 * once for the rows, cost a province's ingest 15 of its 50 s.)
 */
public final class IngestJob {

    public static final StructType FILES_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false, "文件内容的SHA-256哈希 / SHA-256 of the file's bytes")
            .add("file_name", DataTypes.StringType, false, "报送时的文件名 / file name as submitted")
            .add("source_path", DataTypes.StringType, false, "收件箱中的路径 / path in the inbox")
            .add("landed_path", DataTypes.StringType, false, "落地区中按哈希保存的原始文件 / the original bytes in the landing area, named by hash")
            .add("size_bytes", DataTypes.LongType, false, "文件大小（字节） / size in bytes")
            .add("batch_id", DataTypes.StringType, false, "接收批次 / ingestion batch")
            .add("ingest_sequence", DataTypes.LongType, false, "全仓库递增的接收序号 / ingestion sequence number across the warehouse")
            .add("ingested_at", DataTypes.TimestampType, false, "接收时间 / when it was ingested")
            .add("form_code", DataTypes.StringType, false, "识别出的表号（不依据文件名） / form recognised from 表号 or the header, never the file name")
            .add("sheet", DataTypes.StringType, false, "读取的工作表 / sheet read")
            .add("header_row", DataTypes.IntegerType, false, "表头所在行号 / row number of the header")
            .add("rows_read", DataTypes.IntegerType, false, "读入的数据行数 / data rows read")
            .add("readable", DataTypes.BooleanType, false, "文件能否整体读取 / whether the file could be read at all")
            .add("issue_rule", DataTypes.StringType, true, "整文件拒收的规则代码（F001–F010） / rule code when the whole file was rejected")
            .add("issue_field", DataTypes.StringType, true, "与拒收相关的字段 / field the rejection concerns")
            .add("issue_message_zh", DataTypes.StringType, true, "拒收原因（中文） / reason, Chinese")
            .add("issue_message_en", DataTypes.StringType, true, "拒收原因（英文） / reason, English")
            .add("received_at", DataTypes.TimestampType, true, "报送时间：文件在收件箱中的修改时间 / when it was submitted: the file's last-modified time in the inbox")
            .add("column_letters", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true, "字段在所报表格中的列字母，如 funds_direct→D / column letter of each field in the submitted sheet")
            .add("replace_scope", DataTypes.BooleanType, true, "全量替换：标题区注明“全量替换”或以 --replace-scope 接收，替换其报送者该期此前的全部数据 / 全量替换: declared in the title block or ingested with --replace-scope; replaces all earlier rows of its submitters and periods");

    public static final StructType ROWS_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false, "来源文件的哈希 / hash of the file the row came from")
            .add("batch_id", DataTypes.StringType, false, "接收批次 / ingestion batch")
            .add("ingest_sequence", DataTypes.LongType, false, "来源文件的接收序号 / ingestion sequence of its file")
            .add("form_code", DataTypes.StringType, false, "表号 / form code")
            .add("sheet", DataTypes.StringType, false, "工作表 / sheet")
            .add("row_number", DataTypes.IntegerType, false, "Excel显示的行号（CSV为行号） / row number as Excel shows it (CSV: line number)")
            .add("cells", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false, "按字段名的原始文本；个人信息已删除或假名化 / raw text by field name; personal data dropped or pseudonymised");

    private static final DateTimeFormatter BATCH_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Read tasks per core, so that many small files do not become as many tasks. */
    private static final int TASKS_PER_CORE = 4;
    /** At most this many files (or bronze.files rows) per task, so that no task grows "of very large size". */
    private static final int ENTRIES_PER_TASK = 1000;

    private final Warehouse warehouse;
    private final IngestSettings settings;
    private IngestProgress progress = IngestProgress.NONE;

    /** Default limits; the salt from {@value IngestSettings#SALT_FILE_VARIABLE} or the warehouse. */
    public IngestJob(Warehouse warehouse) {
        this(warehouse, IngestSettings.fromEnvironment());
    }

    public IngestJob(Warehouse warehouse, IngestSettings settings) {
        this.warehouse = warehouse;
        this.settings = settings;
    }

    /** Tells {@code progress} of each inbox file as it is hashed and landed; returns this job. */
    public IngestJob reportingTo(IngestProgress progress) {
        this.progress = progress;
        return this;
    }

    /** A landed file to read, as the executors get it. */
    record FileToRead(String fileHash, String fileName, String landedPath, long sequence) implements Serializable {
    }

    /** What an executor sends back about one file: its summary, and how many of its rows went to bronze.rows. */
    record SummarisedFile(String fileHash, FileSummary summary, long rowsWritten) implements Serializable {
    }

    public IngestReport run(String inbox) {
        return run(inbox, false);
    }

    /**
     * @param replaceScope every file of this ingest replaces the whole (form, submitter, period) scope
     *     it covers (全量替换), as if its title block said so
     */
    public IngestReport run(String inbox, boolean replaceScope) {
        List<FileStatus> files = listInbox(inbox);
        Landing landing = new Landing(warehouse.root(), hadoopConfiguration());
        landing.restrictExisting();
        removeDeadBatches();
        Set<String> ingestedHashes = new HashSet<>();
        long sequence = 0;
        if (warehouse.exists(WarehouseTable.BRONZE_FILES)) {
            for (Row ingested : warehouse.read(WarehouseTable.BRONZE_FILES)
                    .select("file_hash", "ingest_sequence").collectAsList()) {
                ingestedHashes.add(ingested.getString(0));
                sequence = Math.max(sequence, ingested.getLong(1));
            }
        }
        Instant ingestedAt = Instant.now();
        String batchId = BATCH_TIME.format(ingestedAt);
        int alreadyIngested = 0;
        List<FileStatus> newFiles = new ArrayList<>();
        List<FileToRead> toRead = new ArrayList<>();
        Map<String, FileSummary> summaries = new HashMap<>();
        progress.inboxFiles(files.size());
        for (FileStatus file : files) {
            progress.nextInboxFile();
            String hash = sha256Of(file.getPath());
            if (!ingestedHashes.add(hash)) {
                alreadyIngested++;
                continue;
            }
            sequence++;
            String name = file.getPath().getName();
            String landedPath;
            try (InputStream bytes = open(file.getPath())) {
                landedPath = landing.land(hash, extensionOf(name), bytes);
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot read " + file.getPath(), failure);
            }
            newFiles.add(file);
            FileToRead read = new FileToRead(hash, name, landedPath, sequence);
            toRead.add(read);
            if (file.getLen() > settings.limits().maxFileBytes()) {
                // Not even handed to a reader: too large to open safely.
                summaries.put(hash, tooLarge(name, file.getLen()));
            }
        }
        if (newFiles.isEmpty()) {
            return new IngestReport("", files.size(), 0, alreadyIngested, 0, 0, List.of());
        }
        SubmissionReader reader = new SubmissionReader(settings.limits(),
                PseudonymSalt.load(settings.pseudonymSaltFile(), warehouse.root(), hadoopConfiguration()));
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
        Broadcast<SerializableConfiguration> configuration =
                spark.broadcast(new SerializableConfiguration(hadoopConfiguration()));

        // Each file is read once: its rows go to bronze.rows as they are parsed, and its summary (rows
        // read, or why it is rejected) comes back through an accumulator for bronze.files.
        List<FileToRead> toOpen = toRead.stream().filter(file -> !summaries.containsKey(file.fileHash())).toList();
        CollectionAccumulator<SummarisedFile> summarised = spark.sc().collectionAccumulator("file summaries");
        JavaRDD<Row> rows = spark.parallelize(toOpen, slices(spark, toOpen))
                .flatMap(new ReadRows(reader, configuration, batchId, summarised));
        String inputs = "inbox " + inbox + ", batch " + batchId;
        // Rows first: a file listed in bronze.files always has its rows in bronze.rows.
        warehouse.append(WarehouseTable.BRONZE_ROWS, warehouse.spark().createDataFrame(rows, ROWS_SCHEMA), inputs);
        Set<String> rejectedPartWay = new HashSet<>();
        for (SummarisedFile file : summarised.value()) {
            summaries.put(file.fileHash(), file.summary());
            if (!file.summary().readable() && file.rowsWritten() > 0) {
                rejectedPartWay.add(file.fileHash());
            }
        }
        List<String> unsummarised = toOpen.stream().map(FileToRead::fileHash).filter(hash -> !summaries.containsKey(hash))
                .toList();
        if (!unsummarised.isEmpty()) {
            throw new IllegalStateException("no summary came back for files " + unsummarised);
        }
        if (!rejectedPartWay.isEmpty()) {
            // A file damaged part-way is rejected whole: the rows written before the damage was found go.
            DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(WarehouseTable.BRONZE_ROWS))
                    .delete(col("batch_id").equalTo(batchId).and(col("file_hash").isin(rejectedPartWay.toArray())));
        }

        List<Row> fileRows = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        long rowsRead = 0;
        for (int index = 0; index < newFiles.size(); index++) {
            FileStatus file = newFiles.get(index);
            FileToRead read = toRead.get(index);
            FileSummary summary = summaries.get(read.fileHash());
            Issue fileIssue = summary.fileIssue();
            fileRows.add(RowFactory.create(read.fileHash(), read.fileName(), file.getPath().toString(),
                    read.landedPath(), file.getLen(), batchId, read.sequence(), Timestamp.from(ingestedAt),
                    summary.formCode(), summary.sheetName(), summary.headerRowNumber(),
                    Math.toIntExact(summary.rowsRead()), summary.readable(),
                    fileIssue == null ? null : fileIssue.ruleCode(),
                    fileIssue == null ? null : fileIssue.field(),
                    fileIssue == null ? null : fileIssue.messageChinese(),
                    fileIssue == null ? null : fileIssue.messageEnglish(),
                    new Timestamp(file.getModificationTime()),
                    JavaConverters.mapAsScalaMap(summary.columnLetters()),
                    replaceScope || summary.replacesScope()));
            if (fileIssue != null) {
                rejections.add(read.fileName() + ": " + fileIssue.messageChinese() + " / " + fileIssue.messageEnglish());
            }
            rowsRead += summary.rowsRead();
        }
        // From an RDD in slices rather than a local relation: tens of thousands of files stay small tasks.
        JavaRDD<Row> fileRecords = spark.parallelize(fileRows, Math.max(1, fileRows.size() / ENTRIES_PER_TASK + 1));
        warehouse.append(WarehouseTable.BRONZE_FILES, warehouse.spark().createDataFrame(fileRecords, FILES_SCHEMA), inputs);
        configuration.destroy();
        return new IngestReport(batchId, files.size(), fileRows.size(), alreadyIngested, rejections.size(), rowsRead,
                rejections);
    }

    /**
     * Removes what a run that died left in bronze: rows of a batch whose bronze.files entry was never
     * written (killed between the two appends), and a second entry of a file already ingested in an
     * earlier batch, with its rows (two runs at once before the warehouse lock). The check ignores
     * both anyway; removing them keeps bronze one copy of each file. Runs under the warehouse lock.
     *
     * @return how many bronze.rows rows were removed
     */
    long removeDeadBatches() {
        if (!warehouse.exists(WarehouseTable.BRONZE_FILES) || !warehouse.exists(WarehouseTable.BRONZE_ROWS)) {
            return 0;
        }
        Dataset<Row> files = warehouse.read(WarehouseTable.BRONZE_FILES);
        Dataset<Row> duplicates = files
                .withColumn("ingest_rank", row_number().over(Window.partitionBy("file_hash").orderBy("ingest_sequence")))
                .filter(col("ingest_rank").gt(1))
                .select("file_hash", "batch_id").distinct().localCheckpoint();
        Dataset<Row> live = files.select("file_hash", "batch_id").distinct()
                .join(duplicates, new String[] {"file_hash", "batch_id"}, "left_anti");
        Dataset<Row> dead = warehouse.read(WarehouseTable.BRONZE_ROWS).select("file_hash", "batch_id").distinct()
                .join(live, new String[] {"file_hash", "batch_id"}, "left_anti").localCheckpoint();
        long removed = 0;
        if (!dead.isEmpty()) {
            removed = warehouse.read(WarehouseTable.BRONZE_ROWS)
                    .join(dead, new String[] {"file_hash", "batch_id"}, "left_semi").count();
            DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(WarehouseTable.BRONZE_ROWS)).as("bronze")
                    .merge(dead.as("dead"), "bronze.file_hash = dead.file_hash AND bronze.batch_id = dead.batch_id")
                    .whenMatched().delete().execute();
        }
        if (!duplicates.isEmpty()) {
            DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(WarehouseTable.BRONZE_FILES)).as("files")
                    .merge(duplicates.as("duplicate"),
                            "files.file_hash = duplicate.file_hash AND files.batch_id = duplicate.batch_id")
                    .whenMatched().delete().execute();
        }
        return removed;
    }

    /**
     * Streams the rows of one landed file on an executor, as bronze.rows rows, and adds its summary
     * to the accumulator once the file is read to its end or found unreadable.
     */
    static final class ReadRows implements FlatMapFunction<FileToRead, Row> {
        private final SubmissionReader reader;
        private final Broadcast<SerializableConfiguration> configuration;
        private final String batchId;
        private final CollectionAccumulator<SummarisedFile> summaries;

        ReadRows(SubmissionReader reader, Broadcast<SerializableConfiguration> configuration, String batchId,
                CollectionAccumulator<SummarisedFile> summaries) {
            this.reader = reader;
            this.configuration = configuration;
            this.batchId = batchId;
            this.summaries = summaries;
        }

        @Override
        public Iterator<Row> call(FileToRead file) {
            SubmissionSource source = SubmissionSource.onFileSystem(file.fileName(), file.landedPath(),
                    configuration.value().value());
            OpenSubmission submission = reader.open(source);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> {
                    submission.close();
                    source.close();
                });
            }
            if (!submission.readable()) {
                summaries.add(new SummarisedFile(file.fileHash(), SubmissionReader.unreadableAtOpen(submission), 0));
                submission.close();
                source.close();
                return Collections.emptyIterator();
            }
            return new Iterator<>() {
                private long rowsWritten;
                private SubmissionRow next = advance();

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    SubmissionRow row = next;
                    rowsWritten++;
                    next = advance();
                    return RowFactory.create(file.fileHash(), batchId, file.sequence(), submission.formCode(),
                            submission.sheetName(), row.rowNumber(), JavaConverters.mapAsScalaMap(row.cells()));
                }

                private SubmissionRow advance() {
                    FileSummary summary;
                    try {
                        SubmissionRow row = submission.nextRow();
                        if (row != null) {
                            return row;
                        }
                        summary = SubmissionReader.readToTheEnd(submission, rowsWritten, file.fileName());
                    } catch (UnreadableFileException damaged) {
                        summary = SubmissionReader.unreadablePartWay(submission, damaged, file.fileName());
                    }
                    summaries.add(new SummarisedFile(file.fileHash(), summary, rowsWritten));
                    submission.close();
                    source.close();
                    return null;
                }
            };
        }
    }

    private static int slices(JavaSparkContext spark, List<FileToRead> files) {
        int byCores = Math.min(files.size(), spark.defaultParallelism() * TASKS_PER_CORE);
        return Math.max(1, Math.max(byCores, files.size() / ENTRIES_PER_TASK + 1));
    }

    private FileSummary tooLarge(String name, long size) {
        long megabytes = size / ReadLimits.MEGABYTE;
        long limit = settings.limits().maxFileBytes() / ReadLimits.MEGABYTE;
        return new FileSummary("", "", 0, 0, Map.of(), Rule.FILE_TOO_LARGE.about("", "", name,
                megabytes + " MB，上限 " + limit + " MB / " + megabytes + " MB, the limit is " + limit + " MB"));
    }

    private org.apache.hadoop.conf.Configuration hadoopConfiguration() {
        return warehouse.spark().sparkContext().hadoopConfiguration();
    }

    private List<FileStatus> listInbox(String inbox) {
        Path inboxPath = new Path(inbox);
        try {
            FileSystem fileSystem = inboxPath.getFileSystem(hadoopConfiguration());
            if (!fileSystem.exists(inboxPath)) {
                throw new IllegalArgumentException("收件箱不存在 / inbox not found: " + inbox);
            }
            List<FileStatus> files = new ArrayList<>();
            addFilesUnder(fileSystem, inboxPath, files);
            files.sort((left, right) -> left.getPath().toString().compareTo(right.getPath().toString()));
            return files;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list inbox " + inbox, failure);
        }
    }

    /**
     * Lists with listStatus, not listFiles: on a local disk listFiles' located statuses ask for each
     * file's permissions, which Hadoop does by starting an {@code ls -ld} process per file.
     */
    private static void addFilesUnder(FileSystem fileSystem, Path folder, List<FileStatus> files) throws IOException {
        for (FileStatus entry : fileSystem.listStatus(folder)) {
            String name = entry.getPath().getName();
            if (entry.isDirectory()) {
                addFilesUnder(fileSystem, entry.getPath(), files);
            } else if (entry.isFile() && !name.startsWith(".") && !name.startsWith("~$")) {
                // Office lock files (~$…) and hidden files are not submissions.
                files.add(entry);
            }
        }
    }

    private InputStream open(Path path) throws IOException {
        return path.getFileSystem(hadoopConfiguration()).open(path);
    }

    private String sha256Of(Path path) {
        try (InputStream input = open(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + path, failure);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
