package org.bangfu.documents;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed words of the documents, read from an editable UTF-8 properties file under
 * {@code templates/documents/}: each entry a sentence with named blanks such as {@code {units}},
 * filled with figures already written in official style. An office rewords a sentence by editing
 * the file; a blank the sentence does not use is simply left out, a blank it uses that the
 * document does not fill fails the run naming the key.
 */
public final class Wording {

    private static final Pattern BLANK = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Path file;
    private final Properties entries;

    private Wording(Path file, Properties entries) {
        this.file = file;
        this.entries = entries;
    }

    public static Wording read(Path file) {
        Properties entries = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entries.load(reader);
        } catch (IOException e) {
            throw DocumentException.templateMissing(file, e);
        }
        return new Wording(file, entries);
    }

    /** Words in memory, for tests. */
    public static Wording of(Map<String, String> entries) {
        Properties properties = new Properties();
        properties.putAll(entries);
        return new Wording(Path.of("(memory)"), properties);
    }

    /** The entry as written. */
    public String text(String key) {
        String text = entries.getProperty(key);
        if (text == null) {
            throw DocumentException.wordingMissing(file, key);
        }
        return text.strip();
    }

    /** The entry with its blanks filled. */
    public String fill(String key, Map<String, String> blanks) {
        String template = text(key);
        Matcher matcher = BLANK.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = blanks.get(matcher.group(1));
            if (value == null) {
                throw DocumentException.blankNotFilled(file, key, matcher.group(1));
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    public boolean has(String key) {
        return entries.getProperty(key) != null;
    }
}
