package org.bangfu.ingest;

/**
 * Told by ingest's driver loop how far landing has got, before the Spark jobs that read the files
 * (those are followed by a Spark listener). {@link #NONE} when nobody watches.
 */
public interface IngestProgress {

    IngestProgress NONE = new IngestProgress() {
        @Override
        public void inboxFiles(int files) {
        }

        @Override
        public void nextInboxFile() {
        }
    };

    /** The files in the inbox, each to be hashed and, when new, landed. */
    void inboxFiles(int files);

    /** One more inbox file is being hashed and landed. */
    void nextInboxFile();
}
