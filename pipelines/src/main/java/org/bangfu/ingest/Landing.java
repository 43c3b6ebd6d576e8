package org.bangfu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The landing area: the original bytes of every submitted file, named by content hash. Raw copies
 * hold personal data by design (names, phone and ID numbers in clear), so every file is readable
 * by its owner only (600) and every folder enterable by its owner only (700), set through the
 * Hadoop file system so it holds on HDFS as on a local disk. A file is written under a name unique
 * to the run and moved into place, so two runs landing the same file never write the same path.
 *
 * <p>On a local disk the permissions are set through the JDK instead: without its native library
 * Hadoop's local file system forks a {@code chmod} or {@code ls -ld} for every permission it sets or
 * reads, six processes per landed file (the file and its checksum file): 13 s against 2 s for a
 * province's 486 files. The JDK creates the file owner-only in one system call.
 */
final class Landing {

    static final FsPermission OWNER_ONLY_FILE = new FsPermission((short) 0600);
    static final FsPermission OWNER_ONLY_FOLDER = new FsPermission((short) 0700);

    private final String root;
    private final Configuration configuration;
    /** Folders this run made or found owner-only: 256 of them at most, each checked once. */
    private final Set<Path> ownerOnlyFolders = new HashSet<>();

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
                try (OutputStream output = createOwnerOnly(fileSystem, partial)) {
                    bytes.transferTo(output);
                }
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

    private static OutputStream createOwnerOnly(FileSystem fileSystem, Path file) throws IOException {
        Optional<java.nio.file.Path> local = localPath(fileSystem, file);
        if (local.isPresent()) {
            return Files.newOutputStream(Files.createFile(local.get(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString(OWNER_ONLY_FILE.toString()))));
        }
        OutputStream output = fileSystem.create(file, OWNER_ONLY_FILE, false,
                fileSystem.getConf().getInt("io.file.buffer.size", 4096), fileSystem.getDefaultReplication(file),
                fileSystem.getDefaultBlockSize(file), null);
        fileSystem.setPermission(file, OWNER_ONLY_FILE);
        return output;
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

    private void ownerOnlyFolder(FileSystem fileSystem, Path folder) throws IOException {
        if (ownerOnlyFolders.contains(folder)) {
            return;
        }
        Optional<java.nio.file.Path> local = localPath(fileSystem, folder);
        if (local.isPresent()) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString(OWNER_ONLY_FOLDER.toString());
            Files.createDirectories(local.get(), PosixFilePermissions.asFileAttribute(ownerOnly));
            if (!Files.getPosixFilePermissions(local.get()).equals(ownerOnly)) {
                Files.setPosixFilePermissions(local.get(), ownerOnly);
            }
        } else {
            if (!fileSystem.exists(folder)) {
                fileSystem.mkdirs(folder, OWNER_ONLY_FOLDER);
            }
            if (!fileSystem.getFileStatus(folder).getPermission().equals(OWNER_ONLY_FOLDER)) {
                fileSystem.setPermission(folder, OWNER_ONLY_FOLDER);
            }
        }
        ownerOnlyFolders.add(folder);
    }

    /** The path on the local disk when the file system is Hadoop's local one, with or without checksums. */
    private static Optional<java.nio.file.Path> localPath(FileSystem fileSystem, Path path) {
        if (fileSystem instanceof LocalFileSystem local) {
            return Optional.of(local.pathToFile(path).toPath());
        }
        if (fileSystem instanceof RawLocalFileSystem raw) {
            return Optional.of(raw.pathToFile(path).toPath());
        }
        return Optional.empty();
    }
}
