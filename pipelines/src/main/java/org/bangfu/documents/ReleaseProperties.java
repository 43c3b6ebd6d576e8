package org.bangfu.documents;

import org.apache.poi.ooxml.POIXMLProperties;

/**
 * The custom properties every document carries: {@code release}, the short label printed in its
 * footer, and {@code dataVersion}, the full stamp of gold table versions it was built from. The stamp
 * is never printed (it is long and means nothing to a reader; the site's release page shows it); it is
 * kept here so that anyone holding the file can rebuild it with {@code bangfu publish --as-of}.
 */
final class ReleaseProperties {

    static final String RELEASE = "release";
    static final String DATA_VERSION = "dataVersion";

    private ReleaseProperties() {
    }

    static void addCustom(POIXMLProperties properties, String releaseLabel, String dataVersion) {
        properties.getCustomProperties().addProperty(RELEASE, releaseLabel);
        properties.getCustomProperties().addProperty(DATA_VERSION, dataVersion);
    }
}
