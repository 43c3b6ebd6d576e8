package org.bangfu.documents;

import org.bangfu.model.PublicationSnapshot;

/** The one place a document learns its release label: the snapshot's own, as the site prints it. */
public final class ReleaseLabel {

    private ReleaseLabel() {
    }

    public static String of(PublicationSnapshot snapshot) {
        return snapshot.releaseLabel();
    }
}
