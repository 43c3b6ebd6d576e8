package org.bangfu.documents;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row's values as an unmodifiable map, in the order of its table's columns: one array per row
 * over column names shared by every row of the read. A map per row held each name again with an
 * entry object around every value, and at province size that was most of the memory a gold table
 * took on the driver. It reads, prints, compares and hashes as the {@code LinkedHashMap} of the
 * same columns would.
 */
final class RowValues extends AbstractMap<String, Object> {

    /** The column names of one read and where each one is in a row's values. */
    static final class Columns {
        private final List<String> names;
        private final Map<String, Integer> positions = new HashMap<>();

        Columns(List<String> names) {
            this.names = List.copyOf(names);
            for (int position = 0; position < this.names.size(); position++) {
                positions.put(this.names.get(position), position);
            }
        }

        int size() {
            return names.size();
        }
    }

    private final Columns columns;
    private final Object[] values;

    /** @param values one per column, in the columns' order; null where the row has no value */
    RowValues(Columns columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = Arrays.copyOf(values, values.length);
    }

    @Override
    public Object get(Object column) {
        Integer position = columns.positions.get(column);
        return position == null ? null : values[position];
    }

    @Override
    public boolean containsKey(Object column) {
        return columns.positions.containsKey(column);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int position;

                    @Override
                    public boolean hasNext() {
                        return position < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>(columns.names.get(position), values[position]);
                        position++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
