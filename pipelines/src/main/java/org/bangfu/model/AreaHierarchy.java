package org.bangfu.model;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * The administrative hierarchy 全国 → 省 → 市州 → 县 as Spark columns: which areas a county row
 * stands for, and the names of provinces a register leaves blank.
 *
 * <p>A county row (county_code, county_name, prefecture_code, prefecture_name, province_code,
 * province_name) counts once for itself, once for its prefecture, once for its province and once
 * for the nation; exploding it into those areas and grouping is one pass and one aggregation. The
 * nation has no GB/T 2260 code: its rows carry {@link #NATION_CODE}.
 */
public final class AreaHierarchy {

    /** The area code of the nation's rows; GB/T 2260 gives the country none, and no real area ends in 6 zeros. */
    public static final String NATION_CODE = "000000";

    public static final String NATION_NAME = "全国";

    /** GB/T 2260 provincial-level divisions, code → name: facts only, used where a register lacks a name. */
    private static final Map<String, String> PROVINCES = readProvinces();

    /** Every area level, largest first. */
    public static final List<AreaLevel> ALL_LEVELS =
            List.of(AreaLevel.NATION, AreaLevel.PROVINCE, AreaLevel.PREFECTURE, AreaLevel.COUNTY);

    private AreaHierarchy() {
    }

    /** The GB/T 2260 name of a provincial-level division, e.g. 530000 → 云南省; empty if unknown. */
    public static java.util.Optional<String> provinceName(String provinceCode) {
        return java.util.Optional.ofNullable(PROVINCES.get(provinceCode));
    }

    /** All GB/T 2260 provincial-level divisions, code → name, in code order. */
    public static Map<String, String> provinces() {
        return Collections.unmodifiableMap(PROVINCES);
    }

    /** The register's province name, or the GB/T 2260 name of its code when the register left it blank. */
    public static Column provinceNameOf(Column provinceCode, Column registerName) {
        List<Column> entries = new ArrayList<>();
        PROVINCES.forEach((code, name) -> {
            entries.add(lit(code));
            entries.add(lit(name));
        });
        return coalesce(nullif(trim(registerName), lit("")), element_at(map(entries.toArray(Column[]::new)), provinceCode));
    }

    /**
     * The areas a county row stands for at the given levels, exploded into a struct column of
     * {@code level, area_code, area_name, prefecture_code, prefecture_name, province_code,
     * province_name, poverty_type}: a county row keeps its own prefecture and province, a prefecture
     * row its province, a province row itself, the nation none; poverty_type is the county's own
     * and empty above it. The input must have the county, prefecture and province codes and names
     * and poverty_type.
     */
    public static Column explodeAreas(List<AreaLevel> levels) {
        return explode(array(levels.stream().map(AreaHierarchy::area).toArray(Column[]::new)));
    }

    /** The fields of a struct made by {@link #explodeAreas}, in order, as top-level columns. */
    public static List<Column> areaColumns(String structColumn) {
        List<Column> columns = new ArrayList<>();
        for (String field : List.of("level", "area_code", "area_name", "prefecture_code", "prefecture_name",
                "province_code", "province_name", "poverty_type")) {
            columns.add(col(structColumn + "." + field).as(field));
        }
        return columns;
    }

    private static Column area(AreaLevel level) {
        Column blank = lit("");
        Column province = col("province_code");
        Column provinceName = provinceNameOf(province, col("province_name"));
        return switch (level) {
            case COUNTY -> struct(lit(level.name()).as("level"), col("county_code").as("area_code"),
                    col("county_name").as("area_name"), col("prefecture_code"), col("prefecture_name"),
                    province.as("province_code"), provinceName.as("province_name"), col("poverty_type"));
            case PREFECTURE -> struct(lit(level.name()).as("level"), col("prefecture_code").as("area_code"),
                    col("prefecture_name").as("area_name"), col("prefecture_code"), col("prefecture_name"),
                    province.as("province_code"), provinceName.as("province_name"), blank.as("poverty_type"));
            case PROVINCE -> struct(lit(level.name()).as("level"), province.as("area_code"),
                    provinceName.as("area_name"), blank.as("prefecture_code"), blank.as("prefecture_name"),
                    province.as("province_code"), provinceName.as("province_name"), blank.as("poverty_type"));
            case NATION -> struct(lit(level.name()).as("level"), lit(NATION_CODE).as("area_code"),
                    lit(NATION_NAME).as("area_name"), blank.as("prefecture_code"), blank.as("prefecture_name"),
                    blank.as("province_code"), blank.as("province_name"), blank.as("poverty_type"));
        };
    }

    private static Map<String, String> readProvinces() {
        Map<String, String> provinces = new LinkedHashMap<>();
        try (InputStream in = AreaHierarchy.class.getResourceAsStream("/areas/gbt2260-provinces.csv")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource /areas/gbt2260-provinces.csv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                if (fields.length == 2 && !fields[0].isBlank()) {
                    provinces.put(fields[0].trim(), fields[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return provinces;
    }
}
