package org.bangfu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Where the pseudonym salt comes from. It is configuration, never code: a file named by
 * {@code --pseudonym-salt-file} or {@value IngestSettings#SALT_FILE_VARIABLE}, else the warehouse's
 * own {@code _config/pseudonym.salt}, created from {@link java.security.SecureRandom} on first use
 * and reused ever after (keys only match across years while the salt stays the same). Paths go
 * through the Hadoop file system, so the salt can live on hdfs beside the warehouse. The salt is
 * never logged nor put in a message.
 */
final class PseudonymSalt {

    static final String WAREHOUSE_SALT = "_config/pseudonym.salt";

    private PseudonymSalt() {
    }

    static Pseudonymiser load(String configuredFile, String warehouseRoot, Configuration configuration) {
        if (configuredFile != null) {
            Path path = new Path(configuredFile);
            try {
                FileSystem fileSystem = path.getFileSystem(configuration);
                if (!fileSystem.exists(path)) {
                    throw new IllegalArgumentException("假名化盐文件不存在 / pseudonym salt file not found: " + configuredFile);
                }
                return new Pseudonymiser(read(fileSystem, path));
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot read the pseudonym salt file " + configuredFile, failure);
            }
        }
        Path path = new Path(warehouseRoot, WAREHOUSE_SALT);
        try {
            FileSystem fileSystem = path.getFileSystem(configuration);
            if (!fileSystem.exists(path)) {
                create(fileSystem, path);
            }
            return new Pseudonymiser(read(fileSystem, path));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read or create the warehouse pseudonym salt " + path, failure);
        }
    }

    private static void create(FileSystem fileSystem, Path path) throws IOException {
        fileSystem.mkdirs(path.getParent());
        try (OutputStream output = fileSystem.create(path, false)) {
            output.write(HexFormat.of().formatHex(Pseudonymiser.newSalt()).getBytes(StandardCharsets.US_ASCII));
            output.write('\n');
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return; // another run created it first: use theirs
        }
        try {
            fileSystem.setPermission(path, new FsPermission((short) 0600));
        } catch (IOException | UnsupportedOperationException notSupported) {
            // object stores have no permissions; the warehouse's own access rules apply
        }
    }

    /** Hex text (as created here) is decoded; any other content is used as its bytes. */
    private static byte[] read(FileSystem fileSystem, Path path) throws IOException {
        byte[] content;
        try (InputStream input = fileSystem.open(path)) {
            content = input.readAllBytes();
        }
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.length() >= 32 && text.length() % 2 == 0 && text.matches("[0-9a-fA-F]+")) {
            return HexFormat.of().parseHex(text);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length >= 16 && text.equals(text.replaceAll("[\\x00-\\x08]", ""))) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (content.length >= 16) {
            return content;
        }
        throw new IllegalArgumentException("假名化盐太短，至少 16 字节 / the pseudonym salt is too short (at least 16 bytes): "
                + path);
    }
}
