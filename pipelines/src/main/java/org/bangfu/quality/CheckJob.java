package org.bangfu.quality;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.PeriodKind;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import scala.collection.JavaConverters;

/**
 * Checks everything in bronze and rebuilds silver, submissions, reconciliation, quarantine,
 * warnings and the file ledger.
 *
 * <p>Forms are checked in dependency order: the county and unit registers first, then the
 * village register (its counties must exist), then pairings, then the periodic forms BF-1 to BF-5
 * against all of them, each by the same steps driven by the catalogue and its
 * {@link SubmissionScope}. A register's current content is its most recently ingested file. For a
 * periodic form the latest accepted row of each key wins, withdrawals are explicit (a 撤回 row, a
 * 全量替换 submission; see {@link Submissions}); every submission stays in silver.submissions and
 * in Delta history. Warnings across periods ({@link PeriodChecks}) and the comparison across sources
 * ({@link Reconciliation}) run on the current silver rows. Rows read = rows accepted + rows
 * quarantined for every file, or the job fails before writing anything.
 */
public final class CheckJob {

    static final StructType ISSUE_SCHEMA = new StructType()
            .add("rule_code", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("field", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("message_zh", DataTypes.StringType, false)
            .add("message_en", DataTypes.StringType, false);

    private static final StructType VALIDATED_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false)
            .add("batch_id", DataTypes.StringType, false)
            .add("ingest_sequence", DataTypes.LongType, false)
            .add("form_code", DataTypes.StringType, false)
            .add("sheet", DataTypes.StringType, false)
            .add("row_number", DataTypes.IntegerType, false)
            .add("withdraws", DataTypes.BooleanType, false)
            .add("values", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)
            .add("issues", new ArrayType(ISSUE_SCHEMA, false), false);

    /** Registers first (in the order they depend on each other), then the periodic forms. */
    private static final List<String> CHECK_ORDER = List.of(
            FormCatalogue.COUNTY_REGISTER, FormCatalogue.UNIT_REGISTER, FormCatalogue.VILLAGE_REGISTER,
            FormCatalogue.PAIRINGS, FormCatalogue.UNIT_ASSISTANCE, FormCatalogue.WORK_TEAMS,
            FormCatalogue.COUNTY_PROGRESS, FormCatalogue.POOR_HOUSEHOLDS, FormCatalogue.ANNUAL_TARGETS);

    private static final Map<String, WarehouseTable> REGISTER_TABLES = Map.of(
            FormCatalogue.COUNTY_REGISTER, WarehouseTable.SILVER_COUNTY_REGISTER,
            FormCatalogue.UNIT_REGISTER, WarehouseTable.SILVER_UNIT_REGISTER,
            FormCatalogue.VILLAGE_REGISTER, WarehouseTable.SILVER_VILLAGE_REGISTER,
            FormCatalogue.PAIRINGS, WarehouseTable.SILVER_PAIRINGS);

    /** Days after the end of a period by which its forms are due, unless configured otherwise. */
    public static final int DEFAULT_DEADLINE_DAYS = 10;

    private final Warehouse warehouse;
    private final LocalDate today;
    private final int deadlineDays;

    /** @param today the date against which "period in the future" is judged */
    public CheckJob(Warehouse warehouse, LocalDate today) {
        this(warehouse, today, DEFAULT_DEADLINE_DAYS);
    }

    /**
     * @param today the date against which "period in the future" is judged
     * @param deadlineDays days after the end of a quarter (or of the year, for annual forms) by which
     *     a submission is due; one received later is accepted and marked late
     */
    public CheckJob(Warehouse warehouse, LocalDate today, int deadlineDays) {
        if (deadlineDays < 0) {
            throw new IllegalArgumentException("deadline days cannot be negative: " + deadlineDays);
        }
        this.warehouse = warehouse;
        this.today = today;
        this.deadlineDays = deadlineDays;
    }

    public CheckReport run() {
        if (!warehouse.exists(WarehouseTable.BRONZE_FILES)) {
            return new CheckReport(true, 0, 0, 0, 0, 0, 0, Map.of());
        }
        // The deadline changes which submissions are late, so it is an input like the bronze versions.
        String inputs = warehouse.versionsOf(List.of(WarehouseTable.BRONZE_FILES, WarehouseTable.BRONZE_ROWS))
                + ", deadline days " + deadlineDays;
        Optional<String> recorded = warehouse.recordedInputVersions(WarehouseTable.FILE_LEDGER);
        if (recorded.map(FormInputs::inputVersionsIn).filter(inputs::equals).isPresent()) {
            return report(true);
        }
        Dataset<Row> files = Submissions.withReceivedAt(firstIngestOfEachFile(
                warehouse.read(WarehouseTable.BRONZE_FILES))).cache();
        // bronze.files is written after bronze.rows: rows of a batch whose files entry never got
        // written (an ingest that died between the two appends) are not part of any submission.
        Dataset<Row> bronzeRows = warehouse.read(WarehouseTable.BRONZE_ROWS)
                .join(files.select("file_hash", "batch_id"), new String[] {"file_hash", "batch_id"}, "left_semi");

        // A form whose inputs are those of the last complete check keeps its silver table and its rows
        // of the shared tables: a new quarter of BF-1 re-checks neither the registers nor BF-4.
        List<FormInputs.FileEntry> fileEntries = fileEntries(files);
        FormInputs formInputs = FormInputs.of(CHECK_ORDER, List.copyOf(REGISTER_TABLES.keySet()), fileEntries,
                deadlineDays, today, BuildChecksum.current());
        Set<String> unchanged = new HashSet<>(recorded.map(FormInputs::recordedIn)
                .map(formInputs::unchangedSince).orElse(List.of()));
        unchanged.removeIf(formCode -> !warehouse.exists(silverTableOf(formCode)));
        List<String> checkedForms = CHECK_ORDER.stream().filter(formCode -> !unchanged.contains(formCode)).toList();

        ReferenceData references = ReferenceData.empty();
        List<Dataset<Row>> cached = new ArrayList<>();
        if (!checkedForms.isEmpty()) {
            // Read once for all the forms checked: each form's own scan of bronze.rows would plan a Delta
            // scan and a join with bronze.files of its own.
            bronzeRows = cache(cached, bronzeRows.filter(col("form_code").isin(checkedForms.toArray())));
        }
        List<Dataset<Row>> allValidated = new ArrayList<>();
        List<Dataset<Row>> rowWarnings = new ArrayList<>();
        List<Dataset<Row>> fileWarnings = new ArrayList<>();
        List<Dataset<Row>> rowSubmitters = new ArrayList<>();
        List<Dataset<Row>> allSubmissions = new ArrayList<>();
        Map<String, Dataset<Row>> silver = new LinkedHashMap<>();
        // In the catalogue's order: each form is checked against the registers checked before it.
        for (String formCode : CHECK_ORDER) {
            if (unchanged.contains(formCode)) {
                Dataset<Row> kept = warehouse.read(silverTableOf(formCode));
                silver.put(formCode, kept);
                references = extend(references, formCode, kept);
                continue;
            }
            FormResult result = checkForm(formCode, bronzeRows, files, fileEntries, references, silver, cached);
            result.addTo(allValidated, rowWarnings, fileWarnings, rowSubmitters, allSubmissions);
            silver.put(formCode, result.silver());
            references = extend(references, formCode, result.silver());
        }

        SparkSession spark = warehouse.spark();
        Column keptForm = col("form_code").isin(unchanged.toArray());
        Dataset<Row> validated = allValidated.stream().reduce(Dataset::unionByName)
                .orElseGet(() -> spark.createDataFrame(List.of(), VALIDATED_SCHEMA));
        // Each problem goes to the submitter of its row (a BF-1 file lists many units); problems of
        // a whole file carry the submitter they concern when known (L002), else the file's sender.
        Dataset<Row> submitterOfRow = cache(cached, rowSubmitters.stream().reduce(Dataset::unionByName)
                .orElseGet(() -> spark.createDataFrame(List.of(), ROW_SUBMITTER_SCHEMA)));
        // Problems of unreadable files are found from bronze.files alone, so they are found afresh.
        Dataset<Row> unreadableFiles = files.filter(col("readable").equalTo(false)).select("file_hash");
        // The rows with problems of their own are a few of those read: the quarantine and the warnings
        // take them from one pass over the validated rows.
        Dataset<Row> withIssues = cache(cached, validated.filter(size(col("issues")).gt(0)));
        Dataset<Row> quarantine = withSubmitter(quarantineOf(withIssues, files, bronzeRows, cached), submitterOfRow);
        Dataset<Row> warnings = withSubmitter(warningsOf(withIssues, rowWarnings, fileWarnings, files), submitterOfRow);
        Optional<Dataset<Row>> newSubmissions = allSubmissions.stream().reduce(Dataset::unionByName);
        Dataset<Row> submissions = newSubmissions.orElse(null);
        Dataset<Row> checkedFiles = files.filter(keptForm.isNull().or(functions.not(keptForm)));
        Dataset<Row> ledger = ledgerOf(validated, checkedFiles);
        if (!unchanged.isEmpty()) {
            quarantine = quarantine.unionByName(warehouse.read(WarehouseTable.QUARANTINE).filter(keptForm)
                    .join(unreadableFiles, new String[] {"file_hash"}, "left_anti"));
            warnings = warnings.unionByName(warehouse.read(WarehouseTable.WARNINGS).filter(keptForm));
            Dataset<Row> keptSubmissions = warehouse.read(WarehouseTable.SUBMISSIONS).filter(keptForm);
            submissions = submissions == null ? keptSubmissions : submissions.unionByName(keptSubmissions);
            ledger = ledger.unionByName(warehouse.read(WarehouseTable.FILE_LEDGER).filter(keptForm));
        }
        Dataset<Row> reconciliation = Reconciliation.teamMembers(silver.get(FormCatalogue.UNIT_ASSISTANCE),
                        silver.get(FormCatalogue.WORK_TEAMS), silver.get(FormCatalogue.UNIT_REGISTER))
                .unionByName(Reconciliation.exits(silver.get(FormCatalogue.COUNTY_PROGRESS),
                        silver.get(FormCatalogue.POOR_HOUSEHOLDS), silver.get(FormCatalogue.COUNTY_REGISTER)));
        // One row per file: computed once, checked here, written from the driver and summed for the report.
        StructType ledgerSchema = ledger.schema();
        List<Row> ledgerRows = ledger.collectAsList();
        int balancedIndex = ledgerSchema.fieldIndex("balanced");
        List<Row> unbalanced = ledgerRows.stream()
                .filter(row -> !row.isNullAt(balancedIndex) && !row.getBoolean(balancedIndex)).toList();
        if (!unbalanced.isEmpty()) {
            throw new IllegalStateException("rows read ≠ accepted + quarantined for " + unbalanced);
        }
        ledger = spark.createDataFrame(ledgerRows, ledgerSchema);
        for (String formCode : checkedForms) {
            warehouse.replace(silverTableOf(formCode),
                    CheckColumns.described(silver.get(formCode), FormCatalogue.get(formCode)), inputs);
        }
        warehouse.replace(WarehouseTable.SUBMISSIONS, CheckColumns.described(fewerParts(submissions)), inputs);
        warehouse.replace(WarehouseTable.RECONCILIATION, CheckColumns.described(reconciliation), inputs);
        warehouse.replace(WarehouseTable.QUARANTINE, CheckColumns.described(fewerParts(quarantine)), inputs);
        warehouse.replace(WarehouseTable.WARNINGS, CheckColumns.described(fewerParts(warnings)), inputs);
        // The ledger goes last: its recorded inputs mark the whole check as done, and the digests
        // beside them say which forms the tables written before it hold the results of.
        warehouse.replace(WarehouseTable.FILE_LEDGER, CheckColumns.described(ledger), formInputs.appendedTo(inputs));
        files.unpersist();
        cached.forEach(Dataset::unpersist);
        return report(false, ledgerTotals(ledgerRows, ledgerSchema));
    }

    /** What checking one form gives the tables written at the end of the check. */
    private record FormResult(String formCode, Dataset<Row> validated, Dataset<Row> silver,
            Optional<Dataset<Row>> rowWarnings, List<Dataset<Row>> fileWarnings, Optional<Dataset<Row>> rowSubmitters,
            Optional<Dataset<Row>> submissions) {

        void addTo(List<Dataset<Row>> allValidated, List<Dataset<Row>> allRowWarnings,
                List<Dataset<Row>> allFileWarnings, List<Dataset<Row>> allRowSubmitters,
                List<Dataset<Row>> allSubmissions) {
            allValidated.add(validated);
            rowWarnings.ifPresent(allRowWarnings::add);
            allFileWarnings.addAll(fileWarnings);
            rowSubmitters.ifPresent(allRowSubmitters::add);
            submissions.ifPresent(allSubmissions::add);
        }
    }

    /**
     * Checks one form's rows against the registers checked before it ({@code references}, and
     * {@code registers}: the silver tables checked before it, by form code) and computes what it
     * gives silver, the submissions, the quarantine and the warnings. Reads and writes no table.
     */
    private FormResult checkForm(String formCode, Dataset<Row> bronzeRows, Dataset<Row> files,
            List<FormInputs.FileEntry> fileEntries, ReferenceData references, Map<String, Dataset<Row>> registers,
            List<Dataset<Row>> cached) {
        FormDefinition form = FormCatalogue.get(formCode);
        Optional<SubmissionScope> scope = SubmissionScope.of(formCode);
        Dataset<Row> checked = validate(form, bronzeRows, references);
        if (scope.isPresent()) {
            checked = Submissions.honouringWithdrawals(scope.get(), checked);
        }
        // The wide rows (cells, values, issues) are computed once and never shuffled: every step
        // after this one shuffles narrow columns only and broadcasts its small result back.
        Dataset<Row> validated = markDuplicateKeys(form, cache(cached, checked), cached);
        List<Dataset<Row>> fileWarnings = new ArrayList<>();
        Optional<Dataset<Row>> rowSubmitters = Optional.empty();
        Optional<Dataset<Row>> submissionsWithRows = Optional.empty();
        Dataset<Row> current;
        if (scope.isEmpty()) {
            current = latestFile(validated.filter(noErrors()), fileEntries, formCode);
        } else {
            Dataset<Row> scoped = Submissions.scoped(scope.get(), validated);
            rowSubmitters = Optional.of(scoped.select(col("file_hash"), col("sheet"), col("row_number"),
                    col("submitter_code").as("row_submitter"), col("period").as("row_period")));
            Dataset<Row> submissions = cache(cached, Submissions.of(scope.get(), scoped, files, deadlineDays));
            fileWarnings.add(Submissions.lateWarnings(scope.get(), submissions));
            // Within a file keys are unique (S014); across files the latest row of each key wins,
            // and a winning withdrawal row removes its key.
            current = cache(cached, latestRevision(form, Submissions.liveRows(scoped, submissions), cached)
                    .filter(functions.not(Submissions.withdrawsKey())));
            Dataset<Row> rowsCurrentByFile = cache(cached, Submissions.rowsCurrentByFile(current));
            submissionsWithRows = Optional.of(Submissions.withRowsCurrent(submissions, rowsCurrentByFile));
            fileWarnings.add(Submissions.omittedKeyWarnings(scope.get(), submissions, current, rowsCurrentByFile, files));
        }
        // A projection of a computed step: computing it again where it is used costs less than a job.
        Dataset<Row> typed = typed(form, current);
        Optional<Dataset<Row>> acrossPeriods = scope.isEmpty() ? Optional.empty()
                : PeriodChecks.warnings(form, typed, registers, rows -> cache(cached, rows))
                        .map(warnings -> cache(cached, warnings));
        if (acrossPeriods.isPresent()) {
            // Used by the silver table and the reconciliation only: a join with a small computed step.
            typed = flagged(typed, acrossPeriods.get(), cached);
        }
        return new FormResult(formCode, validated, typed, acrossPeriods, fileWarnings, rowSubmitters,
                submissionsWithRows);
    }

    /**
     * A table united from every form's parts has the partitions of all of them, and each becomes a
     * task and a file of a few rows: no more than the session's shuffle partitions (coalesced, not shuffled).
     */
    private Dataset<Row> fewerParts(Dataset<Row> united) {
        return united.coalesce(Integer.parseInt(warehouse.spark().conf().get("spark.sql.shuffle.partitions")));
    }

    /** Files, rows read, accepted and quarantined, and files rejected, as {@link #report(boolean)} sums them. */
    private static long[] ledgerTotals(List<Row> ledgerRows, StructType schema) {
        long[] totals = new long[5];
        int read = schema.fieldIndex("rows_read");
        int accepted = schema.fieldIndex("rows_accepted");
        int quarantined = schema.fieldIndex("rows_quarantined");
        int readable = schema.fieldIndex("readable");
        for (Row row : ledgerRows) {
            totals[0]++;
            totals[1] += row.isNullAt(read) ? 0 : ((Number) row.get(read)).longValue();
            totals[2] += row.isNullAt(accepted) ? 0 : ((Number) row.get(accepted)).longValue();
            totals[3] += row.isNullAt(quarantined) ? 0 : ((Number) row.get(quarantined)).longValue();
            totals[4] += !row.isNullAt(readable) && !row.getBoolean(readable) ? 1 : 0;
        }
        return totals;
    }

    private static final StructType ROW_SUBMITTER_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false)
            .add("sheet", DataTypes.StringType, false)
            .add("row_number", DataTypes.IntegerType, false)
            .add("row_submitter", DataTypes.StringType, false)
            .add("row_period", DataTypes.StringType, false);

    /** bronze.files as far as a form's result depends on it: one small row per file. */
    private static List<FormInputs.FileEntry> fileEntries(Dataset<Row> files) {
        return Submissions.withReplaceScope(files)
                .select(col("form_code"), col("file_hash"), col("batch_id"), col("ingest_sequence"), col("readable"),
                        col("received_at").cast(DataTypes.StringType), col("replace_scope"))
                .collectAsList().stream()
                .map(row -> new FormInputs.FileEntry(row.getString(0), row.getString(1), row.getString(2),
                        row.getLong(3), !row.isNullAt(4) && row.getBoolean(4), row.getString(5),
                        !row.isNullAt(6) && row.getBoolean(6)))
                .toList();
    }

    /**
     * Computes a step once and cuts its lineage: each form's steps build on the previous ones, and
     * without the cut the plans of the later tables (and the time to plan them) grow with every form.
     */
    private static Dataset<Row> cache(List<Dataset<Row>> cached, Dataset<Row> dataset) {
        Dataset<Row> kept = dataset.localCheckpoint();
        cached.add(kept);
        return kept;
    }

    private static WarehouseTable silverTableOf(String formCode) {
        return SubmissionScope.of(formCode).map(SubmissionScope::silverTable)
                .orElseGet(() -> REGISTER_TABLES.get(formCode));
    }

    /** has_warnings also covers the warnings found across periods. */
    private static Dataset<Row> flagged(Dataset<Row> typed, Dataset<Row> acrossPeriods, List<Dataset<Row>> cached) {
        String[] rowKey = {"file_hash", "sheet", "row_number"};
        Dataset<Row> warnedRows = acrossPeriods.select("file_hash", "sheet", "row_number").distinct()
                .withColumn("warned_across_periods", lit(true));
        return fewRows(warnedRows, cached).map(warned -> typed.join(warned, rowKey, "left")
                        .withColumn("has_warnings", col("has_warnings").or(coalesce(col("warned_across_periods"), lit(false))))
                        .select(java.util.Arrays.stream(typed.columns()).map(functions::col).toArray(Column[]::new)))
                .orElse(typed);
    }

    private Dataset<Row> validate(FormDefinition form, Dataset<Row> bronzeRows, ReferenceData references) {
        Broadcast<ReferenceData> broadcastReferences = warehouse.spark().sparkContext().broadcast(
                references, scala.reflect.ClassTag$.MODULE$.apply(ReferenceData.class));
        LocalDate checkDay = today;
        String formCode = form.code();
        MapPartitionsFunction<Row, Row> check = rows -> checkLazily(rows,
                FormCatalogue.get(formCode), new RowValidator(broadcastReferences.value(), checkDay));
        return bronzeRows.filter(col("form_code").equalTo(formCode))
                .mapPartitions(check, Encoders.row(VALIDATED_SCHEMA));
    }

    /** Row by row, lazily: a partition of BF-4 may hold more rows than fit in memory at once. */
    private static Iterator<Row> checkLazily(Iterator<Row> rows, FormDefinition form, RowValidator validator) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row bronze = rows.next();
                Map<String, String> cells = bronze.getJavaMap(bronze.fieldIndex("cells"));
                return validatedRow(bronze, Submissions.withdraws(cells), validator.validate(form, cells));
            }
        };
    }

    /**
     * A validated row carries its values and issues, not its cells: the quarantine takes the cells of
     * its few rows from bronze ({@link #quarantineOf}), and the steps in between read narrower rows.
     */
    private static Row validatedRow(Row bronze, boolean withdraws, ValidatedRow result) {
        List<Row> issues = new ArrayList<>();
        for (Issue issue : result.issues()) {
            issues.add(RowFactory.create(issue.ruleCode(), issue.severity().name(), issue.field(),
                    issue.value(), issue.messageChinese(), issue.messageEnglish()));
        }
        return RowFactory.create(bronze.getAs("file_hash"), bronze.getAs("batch_id"), bronze.getAs("ingest_sequence"),
                bronze.getAs("form_code"), bronze.getAs("sheet"), bronze.getAs("row_number"), withdraws,
                JavaConverters.mapAsScalaMap(result.values()), JavaConverters.asScalaBuffer(issues).toSeq());
    }

    /**
     * A second row with the same key in the same file is an error: which one is meant is unknown.
     * The keys held by more than one accepted row of a file are found from the narrow columns
     * (a few, even in a large form) and broadcast back: a window over the key would sort the wide rows.
     */
    private static Dataset<Row> markDuplicateKeys(FormDefinition form, Dataset<Row> validated,
            List<Dataset<Row>> cached) {
        List<Column> keyColumns = new ArrayList<>(List.of(col("file_hash").as("duplicate_file")));
        List<String> keyHeaders = new ArrayList<>();
        List<String> keyNames = new ArrayList<>(List.of("duplicate_file"));
        for (String key : form.keyFields()) {
            String name = "duplicate_key_" + keyNames.size();
            keyColumns.add(coalesce(col("values").getItem(key), lit("")).as(name));
            keyNames.add(name);
            keyHeaders.add(form.requireField(key).header());
        }
        List<Column> narrow = new ArrayList<>(keyColumns);
        narrow.add(col("row_number"));
        Optional<Dataset<Row>> duplicatedKeys = fewRows(validated.filter(noErrors())
                .select(narrow.toArray(Column[]::new))
                .groupBy(keyNames.stream().map(functions::col).toArray(Column[]::new))
                .agg(min(col("row_number")).as("first_row_with_key"), count(lit(1)).as("rows_with_key"))
                .filter(col("rows_with_key").gt(1))
                .drop("rows_with_key"), cached);
        if (duplicatedKeys.isEmpty()) {
            return validated;
        }
        Dataset<Row> duplicates = duplicatedKeys.get();
        Column sameKey = validated.col("file_hash").equalTo(duplicates.col("duplicate_file"));
        for (int index = 1; index < keyColumns.size(); index++) {
            sameKey = sameKey.and(coalesce(validated.col("values").getItem(form.keyFields().get(index - 1)), lit(""))
                    .equalTo(duplicates.col(keyNames.get(index))));
        }
        Column firstRow = col("first_row_with_key").cast(DataTypes.StringType);
        String headers = String.join("、", keyHeaders);
        Rule rule = Rule.DUPLICATE_KEY;
        Column duplicateIssue = struct(
                lit(rule.code()).as("rule_code"),
                lit(rule.severity().name()).as("severity"),
                lit(form.keyFields().get(0)).as("field"),
                concat_ws("|", form.keyFields().stream().map(key -> col("values").getItem(key)).toArray(Column[]::new))
                        .as("value"),
                withRowNumber(rule.chineseMessage(headers, "", ROW_MARK), firstRow).as("message_zh"),
                withRowNumber(rule.englishMessage(headers, "", ROW_MARK), firstRow).as("message_en"));
        Column isDuplicate = noErrors().and(col("row_number").notEqual(col("first_row_with_key")));
        List<Column> output = new ArrayList<>();
        for (String column : validated.columns()) {
            output.add(column.equals("issues")
                    ? when(isDuplicate, concat(col("issues"), array(duplicateIssue))).otherwise(col("issues")).as("issues")
                    : validated.col(column));
        }
        return validated.join(duplicates, sameKey, "left")
                .select(output.toArray(Column[]::new));
    }

    private static final String ROW_MARK = "\u0000row\u0000";

    private static Column withRowNumber(String message, Column rowNumber) {
        int mark = message.indexOf(ROW_MARK);
        return concat(lit(message.substring(0, mark)), rowNumber, lit(message.substring(mark + ROW_MARK.length())));
    }

    private static Column noErrors() {
        return expr("not exists(issues, issue -> issue.severity = 'ERROR')");
    }

    /** A register is replaced as a whole when reissued: only its latest readable file counts. */
    private static Dataset<Row> latestFile(Dataset<Row> accepted, List<FormInputs.FileEntry> files, String formCode) {
        java.util.OptionalLong latest = files.stream()
                .filter(file -> file.formCode().equals(formCode) && file.readable())
                .mapToLong(FormInputs.FileEntry::ingestSequence).max();
        if (latest.isEmpty()) {
            return accepted.limit(0);
        }
        return accepted.filter(col("ingest_sequence").equalTo(latest.getAsLong()));
    }

    /**
     * The latest accepted submission of each key wins: the one delivered in the later batch; within
     * one batch (an original and its correction arriving together) the one with the later 填报日期;
     * then the file ingested later; within one file the later row.
     */
    private static Dataset<Row> latestRevision(FormDefinition form, Dataset<Row> accepted, List<Dataset<Row>> cached) {
        // Ranked on the narrow columns; the rows that lost (the revisions replaced, a few) are
        // broadcast back and removed, so the wide rows are neither shuffled nor sorted.
        List<Column> narrow = new ArrayList<>(ROW_IDENTITY.stream().map(functions::col).toList());
        List<Column> keys = new ArrayList<>();
        for (String key : form.keyFields()) {
            String name = "revision_key_" + keys.size();
            narrow.add(col("values").getItem(key).as(name));
            keys.add(col(name));
        }
        narrow.addAll(List.of(col("batch_id"), col("ingest_sequence"),
                (form.field("reported_on").isPresent() ? col("values").getItem("reported_on")
                        : lit(null).cast(DataTypes.StringType)).as("revision_reported_on")));
        WindowSpec newestFirst = Window.partitionBy(keys.toArray(Column[]::new))
                .orderBy(col("batch_id").desc(), col("revision_reported_on").desc_nulls_last(),
                        col("ingest_sequence").desc(), col("row_number").desc());
        Optional<Dataset<Row>> replaced = fewRows(accepted.select(narrow.toArray(Column[]::new))
                .withColumn("revision_rank", row_number().over(newestFirst))
                .filter(col("revision_rank").gt(1))
                .select(ROW_IDENTITY.stream().map(functions::col).toArray(Column[]::new)), cached);
        return replaced.map(rows -> accepted.join(rows, ROW_IDENTITY.toArray(String[]::new), "left_anti"))
                .orElse(accepted);
    }

    /**
     * A step found on narrow columns (duplicate keys, replaced revisions, warned rows) has no rows or
     * a few in a normal check: they come to the driver in one query and are broadcast, and when there
     * are none the wide rows need no join at all. But a whole form resubmitted replaces every row of
     * it: beyond this many rows the step is kept and joined by shuffling, slower but within memory.
     */
    static final int MOST_ROWS_BROADCAST = 100_000;

    private static Optional<Dataset<Row>> fewRows(Dataset<Row> narrow, List<Dataset<Row>> cached) {
        List<Row> rows = narrow.limit(MOST_ROWS_BROADCAST + 1).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (rows.size() > MOST_ROWS_BROADCAST) {
            return Optional.of(cache(cached, narrow));
        }
        return Optional.of(functions.broadcast(narrow.sparkSession().createDataFrame(rows, narrow.schema())));
    }

    /** A row of bronze: file, sheet and row within it. */
    private static final List<String> ROW_IDENTITY = List.of("file_hash", "sheet", "row_number");

    private static Dataset<Row> typed(FormDefinition form, Dataset<Row> current) {
        List<Column> columns = new ArrayList<>(SilverSchema.typedColumns(form));
        if (form.periodKind() == PeriodKind.QUARTERLY) {
            columns.add(expr("cast(substring(values['period'], 1, 4) as int)").as("year"));
            columns.add(expr("cast(substring(values['period'], 6, 1) as int)").as("quarter"));
        }
        columns.add(expr("exists(issues, issue -> issue.severity = 'WARNING')").as("has_warnings"));
        columns.addAll(List.of(col("file_hash"), col("batch_id"), col("ingest_sequence"), col("sheet"),
                col("row_number")));
        return current.select(columns.toArray(Column[]::new));
    }

    /**
     * The codes a register gives the forms checked after it, from one query per register: the
     * registers are broadcast whole to the row checks anyway, so their code columns fit on the driver.
     */
    private static ReferenceData extend(ReferenceData references, String formCode, Dataset<Row> typed) {
        return switch (formCode) {
            case FormCatalogue.COUNTY_REGISTER -> {
                Set<String> counties = new HashSet<>();
                Set<String> areas = new HashSet<>();
                for (Row row : typed.select("county_code", "prefecture_code", "province_code").collectAsList()) {
                    counties.add(row.getString(0));
                    areas.add(row.getString(0));
                    areas.add(row.getString(1));
                    areas.add(row.getString(2));
                }
                yield references.withCounties(counties, areas);
            }
            case FormCatalogue.UNIT_REGISTER -> references.withUnits(codes(typed, "unit_code"));
            case FormCatalogue.VILLAGE_REGISTER -> {
                Set<String> villages = new HashSet<>();
                Set<String> poorVillages = new HashSet<>();
                Map<String, Integer> poorByCounty = new HashMap<>();
                for (Row row : typed.select("village_code", "poor_village").collectAsList()) {
                    String village = row.getString(0);
                    boolean poor = "是".equals(row.getString(1));
                    villages.add(village);
                    if (poor) {
                        poorVillages.add(village);
                    }
                    // As substring(village_code, 1, 6) groups them: a short or missing code is its own county.
                    String county = village == null ? null : village.substring(0, Math.min(6, village.length()));
                    poorByCounty.merge(county, poor ? 1 : 0, Integer::sum);
                }
                yield references.withVillages(villages, poorVillages, poorByCounty);
            }
            case FormCatalogue.PAIRINGS -> references.withPairings(codes(typed.select(
                    concat_ws("|", col("unit_code"), col("county_code")).as("pairing")), "pairing"));
            default -> references;
        };
    }

    private static Set<String> codes(Dataset<Row> typed, String column) {
        Set<String> codes = new HashSet<>();
        typed.select(column).collectAsList().forEach(row -> codes.add(row.getString(0)));
        return codes;
    }

    /**
     * The problems of rejected rows, each with the row's cells as read (from bronze, for the rows
     * rejected only: a few in a normal check), and those of unreadable files.
     */
    private static Dataset<Row> quarantineOf(Dataset<Row> validated, Dataset<Row> files, Dataset<Row> bronzeRows,
            List<Dataset<Row>> cached) {
        Dataset<Row> fileNames = files.select(col("file_hash"), col("file_name"));
        Dataset<Row> rejected = validated.filter(expr("exists(issues, issue -> issue.severity = 'ERROR')"));
        String[] bronzeRow = {"file_hash", "batch_id", "sheet", "row_number"};
        Dataset<Row> bronzeCells = bronzeRows.select(col("file_hash"), col("batch_id"), col("sheet"),
                col("row_number"), col("cells"));
        Dataset<Row> cellsOfRejected = fewRows(rejected.select("file_hash", "batch_id", "sheet", "row_number"), cached)
                .map(rows -> bronzeCells.join(rows, bronzeRow))
                .orElseGet(() -> bronzeCells.limit(0));
        Dataset<Row> rowIssues = rejected
                .select(col("file_hash"), col("batch_id"), col("form_code"), col("sheet"), col("row_number"),
                        explode(col("issues")).as("issue"))
                .join(cellsOfRejected, bronzeRow, "left")
                .join(fileNames, "file_hash")
                .select(col("file_hash"), col("file_name"), col("batch_id"), col("form_code"), col("sheet"),
                        col("row_number"), col("issue.*"), col("cells"));
        Dataset<Row> fileIssues = files.filter(col("readable").equalTo(false))
                .select(col("file_hash"), col("file_name"), col("batch_id"), col("form_code"), col("sheet"),
                        lit(0).as("row_number"), col("issue_rule").as("rule_code"), lit("ERROR").as("severity"),
                        coalesce(col("issue_field"), lit("")).as("field"), lit("").as("value"),
                        col("issue_message_zh").as("message_zh"), col("issue_message_en").as("message_en"),
                        expr("map()").cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
                                .as("cells"));
        return rowIssues.unionByName(fileIssues);
    }

    /**
     * The warnings of accepted rows, then those found across rows ({@code rowWarnings}: file_hash,
     * form_code, sheet, row_number, issue columns) and those of whole files ({@code fileWarnings}:
     * file_hash, row_number, issue columns, perhaps submitter_code and period). The file's name (and
     * for whole files its form and sheet) is joined once per kind: each join with bronze.files is a
     * broadcast job of its own.
     */
    private static Dataset<Row> warningsOf(Dataset<Row> validated, List<Dataset<Row>> rowWarnings,
            List<Dataset<Row>> fileWarnings, Dataset<Row> files) {
        Dataset<Row> ofRows = validated.filter(noErrors())
                .select(col("file_hash"), col("form_code"), col("sheet"), col("row_number"),
                        explode(col("issues")).as("issue"))
                .select(col("file_hash"), col("form_code"), col("sheet"), col("row_number"), col("issue.*"));
        for (Dataset<Row> more : rowWarnings) {
            ofRows = ofRows.unionByName(more, true);
        }
        Dataset<Row> warnings = ofRows.join(files.select(col("file_hash"), col("file_name")), "file_hash")
                .select(col("file_hash"), col("file_name"), col("form_code"), col("sheet"), col("row_number"),
                        col("rule_code"), col("severity"), col("field"), col("value"), col("message_zh"),
                        col("message_en"));
        Optional<Dataset<Row>> ofFiles = fileWarnings.stream().reduce((all, more) -> all.unionByName(more, true));
        if (ofFiles.isPresent()) {
            warnings = warnings.unionByName(ofFiles.get()
                    .join(files.select(col("file_hash"), col("file_name"), col("form_code"), col("sheet")), "file_hash"),
                    true);
        }
        return warnings;
    }

    /** Adds submitter_code and period: those the problem's row names, or those a whole-file problem was given. */
    private static Dataset<Row> withSubmitter(Dataset<Row> problems, Dataset<Row> submitterOfRow) {
        List<String> columns = java.util.Arrays.asList(problems.columns());
        Dataset<Row> given = problems;
        if (!columns.contains("submitter_code")) {
            given = given.withColumn("submitter_code", lit(null).cast(DataTypes.StringType))
                    .withColumn("period", lit(null).cast(DataTypes.StringType));
        }
        List<Column> output = new ArrayList<>();
        for (String column : given.columns()) {
            output.add(switch (column) {
                case "submitter_code" -> coalesce(col("submitter_code"),
                        when(col("row_submitter").notEqual(""), col("row_submitter"))).as("submitter_code");
                case "period" -> coalesce(col("period"), when(col("row_period").notEqual(""), col("row_period")))
                        .as("period");
                default -> col(column);
            });
        }
        return given.join(submitterOfRow, new String[] {"file_hash", "sheet", "row_number"}, "left")
                .select(output.toArray(Column[]::new));
    }

    /**
     * A file ingested twice (two runs at once, before the warehouse lock) counts once, in the batch
     * that ingested it first; the later batch's copy of its rows is ignored (and removed by the next ingest).
     */
    private static Dataset<Row> firstIngestOfEachFile(Dataset<Row> files) {
        return files.withColumn("ingest_rank", row_number().over(
                        Window.partitionBy("file_hash").orderBy("ingest_sequence")))
                .filter(col("ingest_rank").equalTo(1))
                .drop("ingest_rank");
    }

    /** One row per file, keyed by file and batch: the rows counted are those of the batch the file is recorded in. */
    private static Dataset<Row> ledgerOf(Dataset<Row> validated, Dataset<Row> files) {
        Dataset<Row> counts = validated.groupBy(col("file_hash"), col("batch_id")).agg(
                count(lit(1)).as("rows_checked"),
                count(when(noErrors(), lit(1))).as("rows_accepted"),
                count(when(expr("exists(issues, issue -> issue.severity = 'ERROR')"), lit(1))).as("rows_quarantined"),
                count(when(noErrors().and(size(col("issues")).gt(0)), lit(1))).as("rows_with_warnings"));
        return files.join(counts, files.col("file_hash").equalTo(counts.col("file_hash"))
                        .and(files.col("batch_id").equalTo(counts.col("batch_id"))), "left")
                .select(files.col("file_hash"), col("file_name"), col("form_code"), files.col("batch_id"),
                        col("ingest_sequence"), col("readable"), col("rows_read"),
                        coalesce(col("rows_accepted"), lit(0L)).as("rows_accepted"),
                        coalesce(col("rows_quarantined"), lit(0L)).as("rows_quarantined"),
                        coalesce(col("rows_with_warnings"), lit(0L)).as("rows_with_warnings"))
                .withColumn("balanced", col("rows_read").cast("long")
                        .equalTo(col("rows_accepted").plus(col("rows_quarantined"))));
    }

    private CheckReport report(boolean upToDate) {
        Row totals = warehouse.read(WarehouseTable.FILE_LEDGER).agg(
                count(lit(1)), expr("sum(rows_read)"), expr("sum(rows_accepted)"), expr("sum(rows_quarantined)"),
                count(when(col("readable").equalTo(false), lit(1)))).first();
        return report(upToDate, new long[] {totals.getLong(0), nullToZero(totals, 1), nullToZero(totals, 2),
                nullToZero(totals, 3), totals.getLong(4)});
    }

    /** @param ledgerTotals files, rows read, accepted, quarantined, files rejected */
    private CheckReport report(boolean upToDate, long[] ledgerTotals) {
        long warnings = warehouse.rowCount(WarehouseTable.WARNINGS);
        Map<String, Long> byRule = new HashMap<>();
        warehouse.read(WarehouseTable.QUARANTINE).unionByName(
                        warehouse.read(WarehouseTable.WARNINGS).select(col("rule_code")), true)
                .groupBy("rule_code").count().collectAsList()
                .forEach(row -> byRule.put(row.getString(0), row.getLong(1)));
        return new CheckReport(upToDate, ledgerTotals[0], ledgerTotals[1], ledgerTotals[2], ledgerTotals[3],
                ledgerTotals[4], warnings, byRule);
    }

    private static long nullToZero(Row row, int index) {
        return row.isNullAt(index) ? 0 : ((Number) row.get(index)).longValue();
    }

}
