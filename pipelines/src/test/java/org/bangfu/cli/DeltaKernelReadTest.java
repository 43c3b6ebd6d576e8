package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse's tables are plain Delta tables: Delta Kernel, with no Spark, reads the same rows
 * from silver and gold as the pipeline does — what the deltalake Python package and DuckDB's delta
 * extension build on too.
 */
class DeltaKernelReadTest {

    @TempDir
    Path folder;

    @Test
    void silverAndGoldReadTheSameWithoutSpark() throws Exception {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), folder.resolve("warehouse").toString());
        TinyWarehouse.writeModelled(warehouse);

        assertSameRows(warehouse, WarehouseTable.SILVER_COUNTY_REGISTER, List.of("county_code", "county_name", "rural_population"));
        assertSameRows(warehouse, WarehouseTable.SILVER_UNIT_ASSISTANCE, List.of("unit_code", "period", "funds_direct"));
        assertSameRows(warehouse, WarehouseTable.GOLD_COUNTY_QUARTER, List.of("area_code", "area_name", "period",
                "assisting_units", "funds_direct_ytd"));
    }

    private static void assertSameRows(Warehouse warehouse, WarehouseTable table, List<String> columns) throws Exception {
        List<String> bySpark = warehouse.read(table).selectExpr(columns.stream()
                        .map(column -> "CAST(" + column + " AS STRING)").toArray(String[]::new))
                .collectAsList().stream()
                .map(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int index = 0; index < columns.size(); index++) {
                        cells.add(row.isNullAt(index) ? "NULL" : row.getString(index));
                    }
                    return String.join("|", cells);
                }).toList();
        List<String> byKernel = readWithKernel(folder(warehouse, table), columns);
        assertThat(bySpark).as(table.qualifiedName()).isNotEmpty();
        assertThat(byKernel).as(table.qualifiedName()).containsExactlyInAnyOrderElementsOf(bySpark);
    }

    private static String folder(Warehouse warehouse, WarehouseTable table) {
        return Path.of(warehouse.pathOf(table)).toAbsolutePath().toString();
    }

    /** The documented Kernel read: scan files from the log, read their Parquet, let Kernel apply deletes and partitions. */
    private static List<String> readWithKernel(String path, List<String> columns) throws Exception {
        Engine engine = DefaultEngine.create(new Configuration());
        Snapshot snapshot = Table.forPath(engine, path).getLatestSnapshot(engine);
        Scan scan = snapshot.getScanBuilder(engine).build();
        Row scanState = scan.getScanState(engine);
        StructType physicalSchema = ScanStateRow.getPhysicalDataReadSchema(engine, scanState);
        List<String> rows = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> scanFiles = scan.getScanFiles(engine)) {
            while (scanFiles.hasNext()) {
                try (CloseableIterator<Row> scanFileRows = scanFiles.next().getRows()) {
                    while (scanFileRows.hasNext()) {
                        Row scanFile = scanFileRows.next();
                        FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
                        CloseableIterator<ColumnarBatch> physical = engine.getParquetHandler()
                                .readParquetFiles(singleton(file), physicalSchema, Optional.empty());
                        try (CloseableIterator<FilteredColumnarBatch> logical =
                                Scan.transformPhysicalData(engine, scanState, scanFile, physical)) {
                            while (logical.hasNext()) {
                                try (CloseableIterator<Row> dataRows = logical.next().getRows()) {
                                    while (dataRows.hasNext()) {
                                        rows.add(text(dataRows.next(), columns));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static String text(Row row, List<String> columns) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            int ordinal = row.getSchema().indexOf(column);
            DataType type = row.getSchema().at(ordinal).getDataType();
            if (row.isNullAt(ordinal)) {
                cells.add("NULL");
            } else if (type instanceof StringType) {
                cells.add(row.getString(ordinal));
            } else if (type instanceof LongType) {
                cells.add(Long.toString(row.getLong(ordinal)));
            } else if (type instanceof IntegerType) {
                cells.add(Integer.toString(row.getInt(ordinal)));
            } else if (type instanceof DecimalType) {
                cells.add(row.getDecimal(ordinal).toPlainString());
            } else {
                throw new IllegalArgumentException(column + " has type " + type + ", not read by this test");
            }
        }
        return String.join("|", cells);
    }

    private static CloseableIterator<FileStatus> singleton(FileStatus file) {
        return new CloseableIterator<>() {
            private boolean read;

            @Override
            public boolean hasNext() {
                return !read;
            }

            @Override
            public FileStatus next() {
                read = true;
                return file;
            }

            @Override
            public void close() {
            }
        };
    }
}
