package org.bangfu.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file of one publication, held in memory until all are rendered, so that a failing
 * template or chart leaves the previous publication on disk untouched.
 */
final class SiteContents {

    private final Map<String, byte[]> filesByRelativePath = new LinkedHashMap<>();

    /** Adds a file at a '/'-separated path relative to the site root. */
    void add(String relativePath, byte[] content) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.equals("..") || relativePath.startsWith("../") || relativePath.contains("/../")
                || relativePath.endsWith("/..")) {
            throw new IllegalArgumentException("a site file must be a relative path inside the site: " + relativePath);
        }
        if (filesByRelativePath.putIfAbsent(relativePath, content) != null) {
            throw new IllegalStateException("two outputs would both be written to " + relativePath);
        }
    }

    Map<String, byte[]> files() {
        return Collections.unmodifiableMap(filesByRelativePath);
    }
}
