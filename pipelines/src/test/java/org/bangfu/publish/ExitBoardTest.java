package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bangfu.publish.ExitBoard.Status;
import org.junit.jupiter.api.Test;

/** What a county's cell on the 挂图作战 board says, year by year, against its planned exit year. */
class ExitBoardTest {

    @Test
    void aCountyPlannedFor2018ThatExitedIn2019IsBehindIn2018AndLateIn2019() {
        Optional<Integer> planned = Optional.of(2018);
        Optional<Integer> exited = Optional.of(2019);
        assertThat(ExitBoard.status(planned, exited, 2017)).isEqualTo(Status.TO_COME);
        assertThat(ExitBoard.status(planned, exited, 2018)).isEqualTo(Status.BEHIND);
        assertThat(ExitBoard.status(planned, exited, 2019)).isEqualTo(Status.EXITED_LATE);
        assertThat(ExitBoard.status(planned, exited, 2020)).isEqualTo(Status.ALREADY_EXITED);
        assertThat(ExitBoard.tileStatus(planned, exited, 2020)).isEqualTo(Status.EXITED_LATE);
    }

    @Test
    void aCountyExitingBeforeItsPlanIsEarlyAndOneNotYetDueIsToCome() {
        assertThat(ExitBoard.status(Optional.of(2019), Optional.of(2018), 2018)).isEqualTo(Status.EXITED_EARLY);
        assertThat(ExitBoard.status(Optional.of(2019), Optional.of(2019), 2019)).isEqualTo(Status.EXITED_ON_PLAN);
        assertThat(ExitBoard.tileStatus(Optional.of(2020), Optional.empty(), 2019)).isEqualTo(Status.TO_COME);
        assertThat(ExitBoard.tileStatus(Optional.of(2019), Optional.empty(), 2019)).isEqualTo(Status.BEHIND);
    }

    @Test
    void everyStatusShownInColourIsAlsoWrittenOut() {
        for (Status status : Status.values()) {
            if (status != Status.TO_COME) {
                assertThat(status.chinese).as(status.name()).isNotBlank();
                assertThat(status.english).as(status.name()).isNotBlank();
            }
        }
    }
}
