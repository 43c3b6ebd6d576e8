package org.bangfu.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code briefings/index.html}: every document of the release with its title, size and sha256, so a
 * reader can check that the file received is the one published. Wording from the wording file.
 */
public final class DocumentManifest {

    public static final String PATH = "briefings/index.html";

    private final DocumentContext context;

    public DocumentManifest(DocumentContext context) {
        this.context = context;
    }

    public byte[] render(Map<String, byte[]> files, Map<String, String> titles) {
        Wording wording = context.wording();
        StringBuilder rows = new StringBuilder();
        files.forEach((path, content) -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            rows.append(wording.fill("manifest.row", Map.of(
                    "href", escape(name), "name", escape(name), "title", escape(titles.getOrDefault(path, name)),
                    "bytes", Integer.toString(content.length), "sha256", sha256(content)))).append('\n');
        });
        if (files.isEmpty()) {
            rows.append(wording.text("manifest.none")).append('\n');
        }
        String page = wording.fill("manifest.page", Map.of(
                "release", escape(context.releaseLabel()), "stamp", escape(context.snapshot().stamp()),
                "office", escape(context.office().issuingOffice()), "rows", rows.toString(),
                "published", org.bangfu.indicators.OfficialNumberFormat.dateInChinese(context.options().publishDate()),
                "publishedIso", context.options().publishDate().toString()));
        return page.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
