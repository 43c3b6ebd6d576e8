/**
 * Publishing (DESIGN.md principle 3): renders one {@link org.bangfu.model.PublicationSnapshot} into
 * a static site — bilingual HTML pages (FreeMarker templates read from disk, so they can be edited
 * without recompiling), JFreeChart PNG charts, a county × quarter CSV download — and a Word 工作简报
 * (poi-tl, from a .docx template), every output stamped with the snapshot's gold table versions.
 *
 * <p>{@link org.bangfu.publish.Publisher} is the entry point; everything else here is
 * package-private. This package reads no tables: it gets figures from the snapshot and labels and
 * number styles from {@code org.bangfu.indicators}. It writes only inside the site directory it is
 * given, and on re-publishing removes only the files it wrote itself the previous time.
 */
package org.bangfu.publish;
