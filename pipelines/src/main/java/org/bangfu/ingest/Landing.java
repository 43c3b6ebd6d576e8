package org.bangfu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The landing area: the original bytes of every submitted file, named by content hash. Raw copies
 * hold personal data by design (names, phone and ID numbers in clear), so every file is readable
 * by its owner only (600) and every folder enterable by its owner only (700), set through the
 * Hadoop file system so it holds on HDFS as on a local disk. A file is written under a name unique
 * to the run and moved into place, so two runs landing the same file never write the same path.
 */
final class Landing {

    static final FsPermission OWNER_ONLY_FILE = new FsPermission((short) 0600);
    static final FsPermission OWNER_ONLY_FOLDER = new FsPermission((short) 0700);

    private final String root;
    private final Configuration configuration;

    /** @param root the warehouse root; landing is its {@code landing/} folder */
    Landing(String root, Configuration configuration) {
        this.root = root;
        this.configuration = configuration;
    }

    Path folder() {
        return new Path(root, "landing");
    }

    Path pathOf(String contentHash, String extension) {
        return new Path(new Path(folder(), contentHash.substring(0, 2)), contentHash + extension);
    }

    /** Copies the bytes to landing unless a file with that hash is already there; returns its path. */
    String land(String contentHash, String extension, InputStream bytes) {
        Path target = pathOf(contentHash, extension);
        try {
            FileSystem fileSystem = target.getFileSystem(configuration);
            ownerOnlyFolder(fileSystem, folder());
            ownerOnlyFolder(fileSystem, target.getParent());
            if (!fileSystem.exists(target)) {
                Path partial = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".partial");
                try (FSDataOutputStream output = fileSystem.create(partial, OWNER_ONLY_FILE, false,
                        configuration.getInt("io.file.buffer.size", 4096), fileSystem.getDefaultReplication(partial),
                        fileSystem.getDefaultBlockSize(partial), null)) {
                    bytes.transferTo(output);
                }
                fileSystem.setPermission(partial, OWNER_ONLY_FILE);
                if (!fileSystem.rename(partial, target)) {
                    // Landed meanwhile by another run: same hash, same bytes.
                    fileSystem.delete(partial, false);
                }
                org.bangfu.warehouse.CrashPoint.reached(org.bangfu.warehouse.CrashPoint.LANDED);
            }
            return target.toString();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot land " + target, failure);
        }
    }

    /** Makes an existing landing (from an earlier release) owner-only too. */
    void restrictExisting() {
        try {
            FileSystem fileSystem = folder().getFileSystem(configuration);
            if (!fileSystem.exists(folder())
                    || fileSystem.getFileStatus(folder()).getPermission().equals(OWNER_ONLY_FOLDER)) {
                return;   // nothing landed yet, or landed by this release: already owner-only
            }
            var listing = fileSystem.listStatusIterator(folder());
            while (listing.hasNext()) {
                var entry = listing.next();
                if (entry.isDirectory()) {
                    if (!entry.getPermission().equals(OWNER_ONLY_FOLDER)) {
                        fileSystem.setPermission(entry.getPath(), OWNER_ONLY_FOLDER);
                    }
                    var files = fileSystem.listStatusIterator(entry.getPath());
                    while (files.hasNext()) {
                        var file = files.next();
                        if (file.isFile() && !file.getPermission().equals(OWNER_ONLY_FILE)) {
                            fileSystem.setPermission(file.getPath(), OWNER_ONLY_FILE);
                        }
                    }
                }
            }
            // Last: the folder's own permission marks the whole landing as done.
            fileSystem.setPermission(folder(), OWNER_ONLY_FOLDER);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot restrict " + folder(), failure);
        }
    }

    private static void ownerOnlyFolder(FileSystem fileSystem, Path folder) throws IOException {
        if (!fileSystem.exists(folder)) {
            fileSystem.mkdirs(folder, OWNER_ONLY_FOLDER);
        }
        if (!fileSystem.getFileStatus(folder).getPermission().equals(OWNER_ONLY_FOLDER)) {
            fileSystem.setPermission(folder, OWNER_ONLY_FOLDER);
        }
    }
}
