package org.bangfu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.feedback.FeedbackResult;
import org.bangfu.ingest.IngestReport;
import org.bangfu.model.ModelReport;
import org.bangfu.publish.PublishedOutputs;
import org.bangfu.quality.CheckReport;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --json} of the step commands: for a scheduler, no report lines, and with
 * {@code --json} one JSON object on standard output when the command ends — the command, its exit
 * code, the seconds it took and each step's report with the same figures the lines print.
 */
final class RunSummary {

    private static final Map<Class<?>, String> STEP_NAMES = Map.of(IngestReport.class, "ingest",
            CheckReport.class, "check", FeedbackResult.class, "feedback", ModelReport.class, "model",
            PublishedOutputs.class, "publish");

    /** The two options, mixed into every step command. */
    static final class Options {
        @Option(names = {"-q", "--quiet"},
                description = "不显示各步骤的报告行，只显示错误 / print no report lines, only errors")
        boolean quiet;

        @Option(names = "--json",
                description = "结束时输出一个 JSON 摘要（退出码、用时、各步骤数字），供调度程序使用 /"
                        + " print one JSON summary at the end (exit code, seconds, each step's figures) for schedulers")
        boolean json;

        /** Where the report lines go: nowhere when quiet or JSON, else the terminal in one language. */
        PrintWriter lines(PrintWriter terminal) {
            return quiet || json ? new PrintWriter(Writer.nullWriter()) : terminal;
        }
    }

    private final String command;
    private final Instant started = Instant.now();
    private final Map<String, Object> steps = new LinkedHashMap<>();

    RunSummary(String command) {
        this.command = command;
    }

    void add(Record report) {
        steps.put(STEP_NAMES.getOrDefault(report.getClass(), report.getClass().getSimpleName()), plain(report));
    }

    String toJson(int exitCode, String error) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", command);
        summary.put("exit_code", exitCode);
        summary.put("seconds", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        if (error != null) {
            summary.put("error", error);
        }
        summary.put("steps", steps);
        try {
            return new ObjectMapper().writeValueAsString(summary);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** A value JSON can hold: records as objects of their components, numbers and booleans as such, the rest as text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Record record) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    fields.put(component.getName(), plain(component.getAccessor().invoke(record)));
                } catch (IllegalAccessException | InvocationTargetException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
            return fields;
        }
        // A Path is Iterable over Paths, each iterating over itself: it must be text, not a list.
        if (value instanceof java.nio.file.Path path) {
            return path.toString();
        }
        if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, item) -> fields.put(String.valueOf(key), plain(item)));
            return fields;
        }
        return value.toString();
    }
}
