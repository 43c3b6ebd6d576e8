package org.bangfu.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which versions of the warehouse's tables a command works from: the latest, or those of a past
 * moment given as {@code --as-of}. Four forms, told apart by their text:
 * <ul>
 *   <li>a time — {@code 2020-01-15T10:30:00+08:00}, {@code 2020-01-15T10:30:00Z}, or a local
 *       {@code 2020-01-15 10:30[:00]} or {@code 2020-01-15} read in Beijing time (a bare date means
 *       the end of that day): every table at the newest version committed at or before then;</li>
 *   <li>a stamp as printed on every output — {@code gold.county_quarter@v7, gold.province_quarter@v7}
 *       or a model's recorded inputs {@code silver.unit_assistance@v3, …}: exactly those versions;</li>
 *   <li>a plain number {@code N} (or {@code vN}): model run N, which is release N: every gold table
 *       that run left (see {@link ModelRunLog}); {@code model} reads the silver that run read.</li>
 * </ul>
 */
public sealed interface AsOf {

    ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The latest version of every table. */
    AsOf LATEST = new Latest();

    /** The newest versions as of now. */
    record Latest() implements AsOf {
        @Override
        public String toString() {
            return "latest";
        }
    }

    /** The versions current at an instant. */
    record At(Instant instant) implements AsOf {
        @Override
        public String toString() {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(BEIJING).format(instant)
                    + " (Asia/Shanghai)";
        }
    }

    /** Exactly these versions, by qualified table name; tables not named are not pinned. */
    record Stamped(Map<String, Long> versions) implements AsOf {
        public Stamped {
            versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        }

        @Override
        public String toString() {
            return versions.entrySet().stream().map(entry -> entry.getKey() + "@v" + entry.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    /** Model run N, that is release N. */
    record ModelVersion(long version) implements AsOf {
        @Override
        public String toString() {
            return "第" + version + "版 / release " + version;
        }
    }

    /**
     * Reads an {@code --as-of} value.
     *
     * @throws WarehouseException (WAREHOUSE-004) when the text is none of the forms above
     */
    static AsOf parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("v?\\d{1,9}")) {
            return new ModelVersion(Long.parseLong(value.replace("v", "")));
        }
        if (value.contains("@v")) {
            return stamped(value);
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new At(LocalDate.parse(value).plusDays(1).atStartOfDay(BEIJING).toInstant().minusMillis(1));
            }
            String isoLike = value.replace(' ', 'T');
            if (isoLike.endsWith("Z") || isoLike.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return new At(OffsetDateTime.parse(isoLike).toInstant());
            }
            return new At(LocalDateTime.parse(isoLike).atZone(BEIJING).toInstant());
        } catch (DateTimeParseException unreadable) {
            throw unreadable(value);
        }
    }

    /** A stamp such as {@code gold.county_quarter@v7, gold.province_quarter@v7}. */
    static Stamped stamped(String stamp) {
        Pattern tableVersion = Pattern.compile("([a-z_]+\\.[a-z_0-9]+)@v(\\d+)");
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String part : stamp.split(",")) {
            Matcher matcher = tableVersion.matcher(part.strip());
            if (!matcher.matches()) {
                throw unreadable(stamp);
            }
            versions.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return new Stamped(versions);
    }

    private static WarehouseException unreadable(String value) {
        return new WarehouseException(WarehouseError.UNREADABLE_AS_OF,
                "无法识别 --as-of 的值“" + value + "”：应为时间（如 2020-01-15 10:30 北京时间，或 2020-01-15）、"
                        + "版本号（模型运行号，即第几版，如 12）或版本戳（如 gold.county_quarter@v7, gold.province_quarter@v7）",
                "cannot read --as-of \"" + value + "\": give a time (2020-01-15 10:30 Beijing time, or 2020-01-15),"
                        + " a release (model run) number (12), or a stamp (gold.county_quarter@v7, gold.province_quarter@v7)");
    }
}
