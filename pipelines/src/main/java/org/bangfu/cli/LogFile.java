package org.bangfu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Points the log (Spark's, Hadoop's and Delta's warnings, see {@code log4j2.properties}) at
 * {@code <warehouse>/_logs/bangfu.log}, where it is kept with the data it is about. A warehouse on
 * HDFS or S3 cannot be appended to as a file, so its log stays in the temporary folder.
 */
final class LogFile {

    static final String PROPERTY = "bangfu.log.file";

    private LogFile() {
    }

    /** Call before Spark starts; reconfigures logging if something logged already. */
    static void besideWarehouse(String warehouse) {
        URI location = URI.create(warehouse.replace('\\', '/').replace(" ", "%20"));
        if (location.getScheme() != null && !location.getScheme().equals("file")) {
            return;
        }
        Path folder = (location.getScheme() == null ? Path.of(warehouse) : Path.of(location)).resolve("_logs");
        try {
            Files.createDirectories(folder);
        } catch (IOException failure) {
            throw new UncheckedIOException("无法创建日志目录 / cannot create the log folder " + folder, failure);
        }
        String file = folder.resolve("bangfu.log").toAbsolutePath().toString();
        if (!file.equals(System.getProperty(PROPERTY))) {
            System.setProperty(PROPERTY, file);
            Configurator.reconfigure();
        }
    }
}
