package org.bangfu.publish;

import java.time.LocalDate;
import org.bangfu.model.PublicationSnapshot;

/**
 * The release published before the one being rendered, pinned as it was published: what the
 * 修订说明 page compares against.
 *
 * @param snapshot its gold tables at the versions it was published from
 * @param publishedOn the date printed on it
 */
public record PreviousRelease(PublicationSnapshot snapshot, LocalDate publishedOn) {
}
