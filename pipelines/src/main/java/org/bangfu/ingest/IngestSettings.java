package org.bangfu.ingest;

/**
 * How ingestion is configured.
 *
 * @param pseudonymSaltFile the file holding the pseudonym salt (any Hadoop path), or null for the
 *     warehouse's own salt at {@code <warehouse>/_config/pseudonym.salt}, created on first use
 * @param limits file size and unpacking limits
 */
public record IngestSettings(String pseudonymSaltFile, ReadLimits limits) {

    /** The environment variable naming the salt file when no option does. */
    public static final String SALT_FILE_VARIABLE = "BANGFU_PSEUDONYM_SALT_FILE";

    public IngestSettings {
        pseudonymSaltFile = pseudonymSaltFile == null || pseudonymSaltFile.isBlank() ? null : pseudonymSaltFile.strip();
    }

    /** Default limits; the salt file from {@value #SALT_FILE_VARIABLE} if set, else the warehouse's. */
    public static IngestSettings fromEnvironment() {
        return new IngestSettings(System.getenv(SALT_FILE_VARIABLE), ReadLimits.defaults());
    }
}
