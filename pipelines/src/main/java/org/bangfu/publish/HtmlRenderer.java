package org.bangfu.publish;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders pages with the FreeMarker templates of a folder on disk, read afresh for each publish
 * run so that edited templates take effect without recompiling. Output is HTML-escaped
 * automatically; a template that refers to something the model does not hold fails the run.
 */
final class HtmlRenderer {

    static final String INDEX_TEMPLATE = "index.ftl";
    static final String COUNTY_TEMPLATE = "county.ftl";
    static final String PAGE_TEMPLATE = "page.ftl";
    static final String BOARD_TEMPLATE = "board.ftl";

    private final Configuration configuration;

    HtmlRenderer(Path siteTemplatesDirectory) {
        Path index = siteTemplatesDirectory.resolve(INDEX_TEMPLATE);
        if (!Files.isRegularFile(index)) {
            throw PublishException.templatesNotFound(index, "网页 site");
        }
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        try {
            configuration.setDirectoryForTemplateLoading(siteTemplatesDirectory.toFile());
        } catch (IOException e) {
            throw PublishException.templatesNotFound(siteTemplatesDirectory, "网页 site");
        }
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates receive finished text; a number reaching a template is a bug, so print it plainly.
        configuration.setNumberFormat("computer");
    }

    /** The page as UTF-8 bytes. */
    byte[] render(String templateName, Object page) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter html = new StringWriter();
            template.process(Map.of("page", page), html);
            return html.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | TemplateException e) {
            throw PublishException.siteTemplateFailed(templateName, e);
        }
    }
}
