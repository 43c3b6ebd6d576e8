package org.bangfu.quality;

import java.util.List;
import java.util.Map;

/**
 * A row after checking: its values in canonical text form by field name (blank cells absent) and
 * every issue found. It is accepted when no issue is an error.
 */
public record ValidatedRow(Map<String, String> values, List<Issue> issues) {

    public ValidatedRow {
        values = Map.copyOf(values);
        issues = List.copyOf(issues);
    }

    public boolean accepted() {
        return issues.stream().noneMatch(Issue::isError);
    }
}
