package org.bangfu.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * A publish run that cannot go on. Every message says, in Chinese and then in English, what is
 * wrong, why, and how to fix it; all are made by the factories below so they read alike.
 */
public final class PublishException extends RuntimeException {

    private final PublishError error;

    private PublishException(PublishError error, String chinese, String english, Throwable cause) {
        super("[" + error.code() + "] " + chinese + "\n" + english, cause);
        this.error = error;
    }

    public PublishError error() {
        return error;
    }

    static PublishException noChineseFont(List<String> preferredFamilies) {
        return new PublishException(
                PublishError.NO_CHINESE_FONT,
                "图表无法绘制：本机没有能显示中文（如“帮扶”）的字体。请安装 Noto CJK 字体后重新发布："
                        + "Debian/Ubuntu 执行 apt-get install -y fonts-noto-cjk，"
                        + "RHEL/CentOS 执行 yum install -y google-noto-sans-cjk-ttc-fonts；首选字体：" + preferredFamilies + "。",
                "Cannot draw charts: no installed font can display Chinese (e.g. 帮扶). Install the Noto CJK fonts"
                        + " and publish again: on Debian/Ubuntu run apt-get install -y fonts-noto-cjk, on RHEL/CentOS"
                        + " run yum install -y google-noto-sans-cjk-ttc-fonts. Preferred fonts: " + preferredFamilies + ".",
                null);
    }

    static PublishException templatesNotFound(Path expected, String what) {
        return new PublishException(
                PublishError.TEMPLATES_NOT_FOUND,
                "找不到" + what + "模板：" + expected + "。请检查发布命令给出的模板目录（默认 /work/main/templates），"
                        + "其中应有 site/*.ftl、site/assets/ 和 briefing/briefing.docx。",
                "Cannot find the " + what + " template: " + expected + ". Check the templates directory given to"
                        + " publish (default /work/main/templates); it must hold site/*.ftl, site/assets/ and"
                        + " briefing/briefing.docx.",
                null);
    }

    static PublishException siteTemplateFailed(String templateName, Throwable cause) {
        return new PublishException(
                PublishError.SITE_TEMPLATE_FAILED,
                "网页模板 " + templateName + " 渲染失败：" + cause.getMessage()
                        + "。请按提示的行号修改模板（只能使用发布程序提供的变量），然后重新发布。",
                "The site template " + templateName + " failed: " + cause.getMessage()
                        + ". Fix the template at the line given (it may only use the variables the publisher"
                        + " provides) and publish again.",
                cause);
    }

    static PublishException briefingTemplateFailed(Path template, List<String> knownTags, Throwable cause) {
        return new PublishException(
                PublishError.BRIEFING_TEMPLATE_FAILED,
                "简报模板 " + template + " 渲染失败：" + cause.getMessage()
                        + "。模板中只能使用这些标签：" + knownTags + "（表格标签写作 {{#名称}}）；请在 Word/WPS 中修改后重新发布。",
                "The briefing template " + template + " failed: " + cause.getMessage()
                        + ". The template may only use these tags: " + knownTags
                        + " (a table tag is written {{#name}}); fix it in Word/WPS and publish again.",
                cause);
    }

    static PublishException snapshotNotPublishable(String chineseReason, String englishReason) {
        return new PublishException(
                PublishError.SNAPSHOT_NOT_PUBLISHABLE,
                "无法发布这份数据快照：" + chineseReason + "。请先运行 model 生成金数据层，再发布。",
                "Cannot publish this snapshot: " + englishReason + ". Run model to build the gold tables, then publish.",
                null);
    }

    static PublishException siteDirectoryUnusable(Path siteDirectory, String chineseReason, String englishReason,
            Throwable cause) {
        return new PublishException(
                PublishError.SITE_DIRECTORY_UNUSABLE,
                "无法写入网站目录 " + siteDirectory + "：" + chineseReason + "。请换一个可写的目录，或检查权限。",
                "Cannot write the site directory " + siteDirectory + ": " + englishReason
                        + ". Choose a writable directory or check its permissions.",
                cause);
    }
}
