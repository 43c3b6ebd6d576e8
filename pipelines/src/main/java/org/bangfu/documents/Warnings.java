package org.bangfu.documents;

import java.util.ArrayList;
import java.util.List;

/** What a document left out and why, in Chinese and English, printed by the publish run. */
public final class Warnings {

    private final List<String> messages = new ArrayList<>();

    public void add(String document, String chinese, String english) {
        String message = document + "：" + chinese + " / " + english;
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }
}
