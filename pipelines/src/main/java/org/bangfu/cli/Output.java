package org.bangfu.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints bangfu's own lines in one {@link Language}: every report line is written in both languages
 * and {@link #pick} or {@link #say} prints the chosen one. (Guessing a line's language from its
 * characters failed on lines that quote Chinese names or the bilingual release label.)
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

    /** The line of the chosen language. */
    static String pick(String chinese, String english) {
        return language == Language.EN ? english : chinese;
    }
}
