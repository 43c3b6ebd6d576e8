package org.bangfu.documents;

import java.util.List;

/**
 * One numbered section of a document: its heading (numbered as it is placed, so a section left out
 * for want of data leaves no gap) and its finished paragraphs.
 */
public record BriefingSection(String key, String heading, List<String> paragraphs) {

    public BriefingSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
