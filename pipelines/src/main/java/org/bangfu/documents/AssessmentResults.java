package org.bangfu.documents;

import java.util.Optional;

public final class AssessmentResults {
    public static final String TEMPLATE_FILE_NAME = "assessment.docx";
    private final DocumentContext context;
    public AssessmentResults(DocumentContext context) { this.context = context; }
    public Optional<Integer> year() { return Optional.empty(); }
    public byte[] renderSummary(int year) { return new byte[0]; }
    public byte[] renderWorkbook(int year) { return new byte[0]; }
    public static String path(int year, String extension) { return "briefings/assessment-" + year + "." + extension; }
}
