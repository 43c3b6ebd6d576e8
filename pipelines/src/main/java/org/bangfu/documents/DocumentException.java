package org.bangfu.documents;

import java.nio.file.Path;

/** A document cannot be written: a template or its wording is missing or wrong. Chinese first, then English. */
public final class DocumentException extends RuntimeException {

    private DocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    static DocumentException templateMissing(Path file, Throwable cause) {
        return new DocumentException("DOC-001 找不到或无法读取文档模板 " + file + "，请从代码库恢复 templates/documents/。"
                + " / DOC-001 the document template " + file + " is missing or unreadable; restore templates/documents/.", cause);
    }

    static DocumentException wordingMissing(Path file, String key) {
        return new DocumentException("DOC-002 措辞文件 " + file + " 缺少条目 " + key + "。 / DOC-002 the wording file "
                + file + " has no entry " + key + ".", null);
    }

    static DocumentException blankNotFilled(Path file, String key, String blank) {
        return new DocumentException("DOC-003 措辞文件 " + file + " 条目 " + key + " 使用了未知的占位符 {" + blank
                + "}。 / DOC-003 entry " + key + " of " + file + " uses an unknown blank {" + blank + "}.", null);
    }

    static DocumentException renderFailed(Path template, Throwable cause) {
        return new DocumentException("DOC-004 无法按模板 " + template + " 生成文档：" + cause.getMessage()
                + " / DOC-004 could not render " + template + ": " + cause.getMessage(), cause);
    }
}
