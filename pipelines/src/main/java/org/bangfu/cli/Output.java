package org.bangfu.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints bangfu's own lines in one {@link Language}. The pipeline's reports print each line in
 * Chinese, then in English; {@link #oneLanguage} passes them through a writer that keeps the lines
 * of the chosen language, so the reports need not know about it. A line with Chinese characters
 * and no " / " is a Chinese line, a line without Chinese characters an English one; lines that
 * carry both languages (" / ") or data only are always printed.
 */
final class Output {

    private static volatile Language language = Language.fromEnvironment(System.getenv());

    private final PrintWriter writer;

    private Output(PrintWriter writer) {
        this.writer = writer;
    }

    static Language language() {
        return language;
    }

    static void language(Language chosen) {
        language = chosen;
    }

    /** Back to the locale's language; each command line run starts from it. */
    static void resetLanguage() {
        language = Language.fromEnvironment(System.getenv());
    }

    static Output err(CommandSpec spec) {
        return new Output(spec.commandLine().getErr());
    }

    static Output to(PrintWriter writer) {
        return new Output(writer);
    }

    static Output out(CommandSpec spec) {
        return new Output(spec.commandLine().getOut());
    }

    /** Prints the line of the chosen language. */
    void say(String chinese, String english) {
        writer.println(language == Language.EN ? english : chinese);
        writer.flush();
    }

    /** A writer onto {@code target} that drops the lines of the other language. */
    static PrintWriter oneLanguage(PrintWriter target) {
        return new PrintWriter(new LanguageFilter(target), true);
    }

    static boolean shouldPrint(String line, Language chosen) {
        boolean chinese = line.codePoints().anyMatch(codePoint ->
                Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN);
        boolean bilingual = line.contains(" / ");
        if (bilingual) {
            return true;
        }
        if (chinese) {
            return chosen == Language.ZH;
        }
        boolean english = line.codePoints().anyMatch(Character::isLetter);
        return !english || chosen == Language.EN;
    }

    private static final class LanguageFilter extends Writer {

        private final PrintWriter target;
        private final StringBuilder line = new StringBuilder();

        LanguageFilter(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            for (int index = offset; index < offset + length; index++) {
                char character = characters[index];
                if (character == '\n') {
                    emit();
                } else {
                    line.append(character);
                }
            }
        }

        private void emit() {
            String text = line.toString();
            line.setLength(0);
            if (shouldPrint(text.stripTrailing(), language)) {
                target.println(text.stripTrailing());
            }
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            if (line.length() > 0) {
                emit();
            }
            target.flush();
        }
    }
}
