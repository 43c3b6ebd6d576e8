package org.bangfu.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One run at a time per warehouse: a lock file {@code _lock} in the warehouse root naming its
 * owner (pid, host, start time, command). It is created atomically through the Hadoop file system
 * (exclusive create: {@code O_EXCL} on a local disk, {@code create(overwrite=false)} on HDFS), so of
 * two runs started together exactly one gets it; the other fails with {@link WarehouseLockedException}
 * naming the holder. A lock is stale, and taken over, when its owner's process is gone on this host
 * or it is older than {@link #STALE_AFTER} (a run on another host that died): a killed run does not
 * block the warehouse for ever. Closing releases the lock if it is still ours.
 */
public final class WarehouseLock implements AutoCloseable {

    /** A run longer than this is taken for dead whatever its host (the province-scale run takes minutes). */
    public static final Duration STALE_AFTER = Duration.ofHours(12);
    static final String FILE_NAME = "_lock";

    private final FileSystem fileSystem;
    private final Path path;
    private final String token;
    private boolean held;

    private WarehouseLock(FileSystem fileSystem, Path path, String token) {
        this.fileSystem = fileSystem;
        this.path = path;
        this.token = token;
        this.held = true;
    }

    /** The owner recorded in a lock file. */
    public record Holder(long pid, String host, Instant startedAt, String command, String token) {

        boolean isStale(Instant now, String thisHost) {
            if (startedAt.plus(STALE_AFTER).isBefore(now)) {
                return true;
            }
            return host.equals(thisHost) && ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        }
    }

    /**
     * Takes the lock of the warehouse at {@code root}, taking over a stale one.
     *
     * @param command what the run is doing, recorded for whoever finds the lock
     * @throws WarehouseLockedException when another live run holds it
     */
    public static WarehouseLock acquire(String root, Configuration configuration, String command) {
        Path path = new Path(root, FILE_NAME);
        try {
            FileSystem fileSystem = path.getFileSystem(configuration);
            fileSystem.mkdirs(path.getParent());
            String token = UUID.randomUUID().toString();
            Holder me = new Holder(ProcessHandle.current().pid(), thisHost(), Instant.now(), command, token);
            for (int attempt = 0; attempt < 2; attempt++) {
                if (createExclusively(fileSystem, path, me)) {
                    return new WarehouseLock(fileSystem, path, token);
                }
                Optional<Holder> holder = read(fileSystem, path);
                if (holder.isEmpty()) {
                    continue;   // released between our create and our read: try again
                }
                if (!holder.get().isStale(Instant.now(), me.host())) {
                    throw new WarehouseLockedException(path.toString(), holder.get());
                }
                // Stale: only the run that removes exactly this holder's file goes on to create its own.
                Optional<Holder> again = read(fileSystem, path);
                if (again.isPresent() && again.get().token().equals(holder.get().token())) {
                    fileSystem.delete(path, false);
                }
            }
            Holder holder = read(fileSystem, path).orElse(me);
            throw new WarehouseLockedException(path.toString(), holder);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot lock the warehouse at " + path, failure);
        }
    }

    /** The current holder of the warehouse's lock, if any. */
    public static Optional<Holder> holder(String root, Configuration configuration) {
        Path path = new Path(root, FILE_NAME);
        try {
            return read(path.getFileSystem(configuration), path);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the lock " + path, failure);
        }
    }

    /** Writes a lock file for someone else: for tests of stale locks. */
    static void write(String root, Configuration configuration, Holder holder) throws IOException {
        Path path = new Path(root, FILE_NAME);
        FileSystem fileSystem = path.getFileSystem(configuration);
        fileSystem.mkdirs(path.getParent());
        createExclusively(fileSystem, path, holder);
    }

    @Override
    public void close() {
        if (!held) {
            return;
        }
        held = false;
        try {
            Optional<Holder> current = read(fileSystem, path);
            if (current.isPresent() && current.get().token().equals(token)) {
                fileSystem.delete(path, false);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot release the lock " + path, failure);
        }
    }

    private static boolean createExclusively(FileSystem fileSystem, Path path, Holder holder) throws IOException {
        byte[] content = format(holder);
        if (fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem) {
            // The local file system's create(overwrite=false) checks, then creates: not atomic.
            java.nio.file.Path local = new java.io.File(path.toUri().getPath()).toPath();
            try (OutputStream output = Files.newOutputStream(local, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                output.write(content);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        }
        try (FSDataOutputStream output = fileSystem.create(path, false)) {
            output.write(content);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException taken) {
            return false;
        } catch (IOException failure) {
            if (fileSystem.exists(path)) {
                return false;
            }
            throw failure;
        }
    }

    private static Optional<Holder> read(FileSystem fileSystem, Path path) throws IOException {
        Properties properties = new Properties();
        try (InputStream input = fileSystem.open(path)) {
            properties.load(new java.io.InputStreamReader(input, StandardCharsets.UTF_8));
        } catch (java.io.FileNotFoundException gone) {
            return Optional.empty();
        }
        if (properties.getProperty("token") == null) {
            // Being written this very moment: taken, by someone who just started.
            return Optional.of(new Holder(-1, "?", Instant.now(), "?", "?"));
        }
        return Optional.of(new Holder(Long.parseLong(properties.getProperty("pid", "-1")),
                properties.getProperty("host", "?"),
                Instant.parse(properties.getProperty("started_at", Instant.EPOCH.toString())),
                properties.getProperty("command", "?"), properties.getProperty("token")));
    }

    private static byte[] format(Holder holder) {
        String text = "# bangfu 运行锁 / run lock: 删除本文件前请确认没有 bangfu 正在运行 / make sure no bangfu run is going on before deleting\n"
                + "pid=" + holder.pid() + "\n"
                + "host=" + holder.host() + "\n"
                + "started_at=" + holder.startedAt() + "\n"
                + "command=" + holder.command().replace('\n', ' ') + "\n"
                + "token=" + holder.token() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
    }
}
