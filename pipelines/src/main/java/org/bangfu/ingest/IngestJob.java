package org.bangfu.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.quality.Issue;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import scala.collection.JavaConverters;

/**
 * Lands every new file of the inbox and appends its rows to bronze. A file is new when its
 * content hash has not been ingested before, so a byte-identical file, whatever its name, is a
 * no-op. Files that cannot be read are kept in landing and recorded in bronze.files with their
 * reason; the run goes on with the others.
 */
public final class IngestJob {

    /** Beyond this a file is rejected unread; the largest real submission (BF-4) is far smaller as xlsx. */
    static final long LARGEST_FILE_BYTES = 512L * 1024 * 1024;

    public static final StructType FILES_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false)
            .add("file_name", DataTypes.StringType, false)
            .add("source_path", DataTypes.StringType, false)
            .add("landed_path", DataTypes.StringType, false)
            .add("size_bytes", DataTypes.LongType, false)
            .add("batch_id", DataTypes.StringType, false)
            .add("ingest_sequence", DataTypes.LongType, false)
            .add("ingested_at", DataTypes.TimestampType, false)
            .add("form_code", DataTypes.StringType, false)
            .add("sheet", DataTypes.StringType, false)
            .add("header_row", DataTypes.IntegerType, false)
            .add("rows_read", DataTypes.IntegerType, false)
            .add("readable", DataTypes.BooleanType, false)
            .add("issue_rule", DataTypes.StringType, true)
            .add("issue_field", DataTypes.StringType, true)
            .add("issue_message_zh", DataTypes.StringType, true)
            .add("issue_message_en", DataTypes.StringType, true);

    public static final StructType ROWS_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false)
            .add("batch_id", DataTypes.StringType, false)
            .add("ingest_sequence", DataTypes.LongType, false)
            .add("form_code", DataTypes.StringType, false)
            .add("sheet", DataTypes.StringType, false)
            .add("row_number", DataTypes.IntegerType, false)
            .add("cells", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false);

    private static final DateTimeFormatter BATCH_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Warehouse warehouse;
    private final SubmissionReader reader = new SubmissionReader();

    public IngestJob(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public IngestReport run(String inbox) {
        List<FileStatus> files = listInbox(inbox);
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
        List<Row> fileRows = new ArrayList<>();
        List<Row> dataRows = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        int alreadyIngested = 0;
        long rowsRead = 0;
        for (FileStatus file : files) {
            boolean tooLarge = file.getLen() > LARGEST_FILE_BYTES;
            byte[] bytes = tooLarge ? null : readAll(file.getPath());
            String hash = tooLarge ? sha256Of(file.getPath()) : sha256(bytes);
            if (!ingestedHashes.add(hash)) {
                alreadyIngested++;
                continue;
            }
            sequence++;
            String name = file.getPath().getName();
            String landedPath = warehouse.land(hash, extensionOf(name),
                    tooLarge ? open(file.getPath()) : new ByteArrayInputStream(bytes));
            ReadSubmission submission = tooLarge ? rejectedAsTooLarge(name, file.getLen()) : reader.read(name, bytes);
            Issue fileIssue = submission.fileIssue();
            fileRows.add(RowFactory.create(hash, name, file.getPath().toString(), landedPath, file.getLen(), batchId,
                    sequence, Timestamp.from(ingestedAt), submission.formCode(), submission.sheetName(),
                    submission.headerRowNumber(), submission.rows().size(), submission.readable(),
                    fileIssue == null ? null : fileIssue.ruleCode(),
                    fileIssue == null ? null : fileIssue.field(),
                    fileIssue == null ? null : fileIssue.messageChinese(),
                    fileIssue == null ? null : fileIssue.messageEnglish()));
            if (fileIssue != null) {
                rejections.add(name + ": " + fileIssue.messageChinese() + " / " + fileIssue.messageEnglish());
            }
            for (SubmissionRow row : submission.rows()) {
                dataRows.add(RowFactory.create(hash, batchId, sequence, submission.formCode(), submission.sheetName(),
                        row.rowNumber(), JavaConverters.mapAsScalaMap(row.cells())));
            }
            rowsRead += submission.rows().size();
        }
        if (!fileRows.isEmpty()) {
            String inputs = "inbox " + inbox + ", batch " + batchId;
            // Rows first: a file listed in bronze.files always has its rows in bronze.rows.
            warehouse.append(WarehouseTable.BRONZE_ROWS,
                    warehouse.spark().createDataFrame(dataRows, ROWS_SCHEMA), inputs);
            warehouse.append(WarehouseTable.BRONZE_FILES,
                    warehouse.spark().createDataFrame(fileRows, FILES_SCHEMA), inputs);
        }
        return new IngestReport(fileRows.isEmpty() ? "" : batchId, files.size(), fileRows.size(), alreadyIngested,
                rejections.size(), rowsRead, rejections);
    }

    private List<FileStatus> listInbox(String inbox) {
        Path inboxPath = new Path(inbox);
        try {
            FileSystem fileSystem = inboxPath.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
            if (!fileSystem.exists(inboxPath)) {
                throw new IllegalArgumentException("收件箱不存在 / inbox not found: " + inbox);
            }
            List<FileStatus> files = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> listing = fileSystem.listFiles(inboxPath, true);
            while (listing.hasNext()) {
                LocatedFileStatus file = listing.next();
                String name = file.getPath().getName();
                // Office lock files (~$…) and hidden files are not submissions.
                if (file.isFile() && !name.startsWith(".") && !name.startsWith("~$")) {
                    files.add(file);
                }
            }
            files.sort((left, right) -> left.getPath().toString().compareTo(right.getPath().toString()));
            return files;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list inbox " + inbox, failure);
        }
    }

    private byte[] readAll(Path path) {
        try (InputStream input = open(path)) {
            return input.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + path, failure);
        }
    }

    private InputStream open(Path path) {
        try {
            return path.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration()).open(path);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + path, failure);
        }
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
            throw new IllegalStateException(impossible);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static ReadSubmission rejectedAsTooLarge(String name, long size) {
        return new ReadSubmission("", "", 0, List.of(), org.bangfu.quality.Rule.FILE_UNREADABLE.about(
                "", "", name, "文件过大（" + size / (1024 * 1024) + " MB）/ file too large"));
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
