package org.bangfu.publish;

import org.bangfu.model.PublicationSnapshot;

/**
 * The short label of a release shown on every page and download, e.g. {@code 第3版 · 2019Q4 /
 * release 3}. The full stamp (every table and version) is on the "about this release" page. The
 * one place the site and the documents take the label from, so that how it is made can change in one line.
 */
public final class ReleaseLabel {

    private ReleaseLabel() {
    }

    public static String of(PublicationSnapshot snapshot) {
        return snapshot.releaseLabel();
    }
}
