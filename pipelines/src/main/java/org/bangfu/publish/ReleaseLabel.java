package org.bangfu.publish;

import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;

/**
 * The short label of a release shown on every page and download, e.g. {@code 2019Q4-v7}: the
 * latest quarter and the highest gold version pinned. The full stamp (every table and version) is
 * on the "about this release" page. The one place the label is made: when the snapshot offers its
 * own {@code releaseLabel()}, this method returns that instead.
 */
final class ReleaseLabel {

    private ReleaseLabel() {
    }

    static String of(PublicationSnapshot snapshot) {
        long highestVersion = snapshot.versions().stream().mapToLong(TableVersion::version).max().orElse(0);
        return snapshot.latestPeriod() + "-v" + highestVersion;
    }
}
