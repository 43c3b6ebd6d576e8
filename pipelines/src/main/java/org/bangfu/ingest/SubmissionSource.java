package org.bangfu.ingest;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The bytes of one submitted file, wherever they are: opened as a stream as often as needed (csv
 * is read twice, once to detect its encoding), or as a local file for the random access a zip
 * archive needs. A file on a remote file system (hdfs://, s3a://) is copied once to a local
 * temporary file, deleted on close.
 */
abstract class SubmissionSource implements Closeable {

    private final String fileName;
    private File temporaryCopy;

    SubmissionSource(String fileName) {
        this.fileName = fileName;
    }

    /** The name the submitter gave the file (never trusted for its type). */
    String fileName() {
        return fileName;
    }

    abstract long sizeBytes() throws IOException;

    abstract InputStream openStream() throws IOException;

    /** The file on local disk, copied there first when it lives elsewhere. */
    File localFile() throws IOException {
        if (temporaryCopy == null) {
            File copy = Files.createTempFile("bangfu-submission-", ".bin").toFile();
            temporaryCopy = copy;
            try (InputStream input = openStream()) {
                Files.copy(input, copy.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return temporaryCopy;
    }

    @Override
    public void close() {
        if (temporaryCopy != null) {
            try {
                Files.deleteIfExists(temporaryCopy.toPath());
            } catch (IOException ignored) {
                temporaryCopy.deleteOnExit();
            }
            temporaryCopy = null;
        }
    }

    static SubmissionSource ofBytes(String fileName, byte[] bytes) {
        return new SubmissionSource(fileName) {
            @Override
            long sizeBytes() {
                return bytes.length;
            }

            @Override
            InputStream openStream() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** A file on any Hadoop file system: local, hdfs:// or s3a://. */
    static SubmissionSource onFileSystem(String fileName, String path, Configuration configuration) {
        Path hadoopPath = new Path(path);
        FileSystem fileSystem;
        try {
            fileSystem = hadoopPath.getFileSystem(configuration);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot reach the file system of " + path, failure);
        }
        boolean local = fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem;
        return new SubmissionSource(fileName) {
            @Override
            long sizeBytes() throws IOException {
                return fileSystem.getFileStatus(hadoopPath).getLen();
            }

            @Override
            InputStream openStream() throws IOException {
                return fileSystem.open(hadoopPath);
            }

            @Override
            File localFile() throws IOException {
                return local ? new File(fileSystem.makeQualified(hadoopPath).toUri()) : super.localFile();
            }
        };
    }
}
