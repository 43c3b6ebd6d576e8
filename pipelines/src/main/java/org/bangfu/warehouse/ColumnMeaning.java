package org.bangfu.warehouse;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;

/**
 * Column comments kept in the Delta schema itself, so that {@code warehouse/README.md} is
 * generated from the tables as they are written and cannot drift from them. Every column of a
 * silver or gold table should be named through here.
 */
public final class ColumnMeaning {

    private static final String COMMENT = "comment";

    private ColumnMeaning() {
    }

    /** {@code column} named {@code name}, carrying its meaning as the column comment. */
    public static Column named(Column column, String name, String meaning) {
        return column.as(name, new MetadataBuilder().putString(COMMENT, meaning).build());
    }

    /** The comment of a field as written, or empty when it has none. */
    public static String of(StructField field) {
        Metadata metadata = field.metadata();
        return metadata.contains(COMMENT) ? metadata.getString(COMMENT) : "";
    }
}
