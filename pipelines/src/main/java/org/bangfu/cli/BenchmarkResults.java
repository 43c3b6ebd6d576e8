package org.bangfu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bangfu.cli.BenchmarkCommand.Measurement;

/**
 * One benchmark run: what was measured, where and when.
 *
 * @param size standard, province or national
 * @param dataSize the demo dimensions, as DemoSize prints them
 * @param finishedAt when the run finished
 * @param commit the checkout's commit, short form
 * @param maxHeapBytes the JVM's heap limit (-Xmx)
 * @param processors the processors the JVM saw
 * @param measurements the steps in the order they ran; incremental ones named "incremental …"
 */
record BenchmarkResults(String size, String dataSize, Instant finishedAt, String commit, long maxHeapBytes, int processors,
        List<Measurement> measurements) {

    BenchmarkResults {
        measurements = List.copyOf(measurements);
    }

    /** The full run's steps on the fresh warehouse, data generation not included. */
    double fullSeconds() {
        return measurements.stream().filter(measurement -> !measurement.step().equals("generate")
                && !measurement.step().startsWith(BenchmarkCommand.INCREMENTAL_PREFIX)).mapToDouble(Measurement::seconds).sum();
    }

    double incrementalSeconds() {
        return measurements.stream().filter(measurement -> measurement.step().startsWith(BenchmarkCommand.INCREMENTAL_PREFIX))
                .mapToDouble(Measurement::seconds).sum();
    }

    long residentPeakBytes() {
        return measurements.stream().mapToLong(Measurement::residentPeakBytes).max().orElse(0);
    }

    void writeJson(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("size", size);
        root.put("dataSize", dataSize);
        root.put("finishedAt", finishedAt.toString());
        root.put("commit", commit);
        root.put("maxHeapBytes", maxHeapBytes);
        root.put("processors", processors);
        root.put("fullSeconds", fullSeconds());
        root.put("incrementalSeconds", incrementalSeconds());
        root.put("residentPeakBytes", residentPeakBytes());
        ArrayNode steps = root.putArray("steps");
        for (Measurement measurement : measurements) {
            steps.addObject()
                    .put("step", measurement.step())
                    .put("rows", measurement.rows())
                    .put("seconds", measurement.seconds())
                    .put("rowsPerSecond", measurement.rowsPerSecond())
                    .put("heapPeakBytes", measurement.heapPeakBytes())
                    .put("residentPeakBytes", measurement.residentPeakBytes());
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        mapper.writeValue(file.toFile(), root);
    }
}
