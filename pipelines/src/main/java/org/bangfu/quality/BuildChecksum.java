package org.bangfu.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A checksum of the code that decides a check's result: the class files of the form catalogue and
 * the checks ({@code org.bangfu.forms}, {@code org.bangfu.quality}), read from the jar or class
 * directory they were loaded from, and the implementation version when the jar names one. It is
 * part of every form's {@link FormInputs} digest, so that a bangfu with a changed rule re-checks
 * every form instead of keeping the silver tables the old rules wrote.
 *
 * <p>Computed once per JVM: about two hundred class files, read in well under a second.
 */
final class BuildChecksum {

    /** Where the rules live, as paths inside the jar or class directory. */
    static final List<String> RULE_PACKAGES = List.of("org/bangfu/forms/", "org/bangfu/quality/");

    private BuildChecksum() {
    }

    /** The checksum of the running bangfu. */
    static String current() {
        return Current.CHECKSUM;
    }

    private static final class Current {
        private static final String CHECKSUM = compute();

        private static String compute() {
            try {
                Path codeSource = Path.of(BuildChecksum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return of(codeSource, BuildChecksum.class.getPackage().getImplementationVersion());
            } catch (URISyntaxException | RuntimeException unreadable) {
                // Without a readable code source every check is a first check: slower, never stale.
                return "unknown build " + System.nanoTime();
            }
        }
    }

    /**
     * @param codeSource a jar, or a directory of class files (the build's target/classes)
     * @param version the implementation version, or null
     * @return the version and a SHA-256 over the name and bytes of every class file of the rule
     *     packages, in name order
     */
    static String of(Path codeSource, String version) {
        MessageDigest digest = sha256();
        try {
            if (Files.isDirectory(codeSource)) {
                List<Path> classes = new ArrayList<>();
                for (String rulePackage : RULE_PACKAGES) {
                    Path directory = codeSource.resolve(rulePackage);
                    if (Files.isDirectory(directory)) {
                        try (Stream<Path> files = Files.walk(directory)) {
                            files.filter(file -> file.toString().endsWith(".class")).forEach(classes::add);
                        }
                    }
                }
                classes.sort(Comparator.comparing(file -> codeSource.relativize(file).toString().replace('\\', '/')));
                for (Path file : classes) {
                    add(digest, codeSource.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } else {
                try (JarFile jar = new JarFile(codeSource.toFile())) {
                    List<JarEntry> classes = jar.stream()
                            .filter(entry -> entry.getName().endsWith(".class")
                                    && RULE_PACKAGES.stream().anyMatch(entry.getName()::startsWith))
                            .sorted(Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry entry : classes) {
                        try (InputStream bytes = jar.getInputStream(entry)) {
                            add(digest, entry.getName(), bytes.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return Objects.toString(version, "no version") + " " + HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static void add(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
