package com.tmip.row;

import com.tmip.row.DuplicatePolicy.Earlier;
import com.tmip.row.DuplicatePolicy.Verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The duplicate policy on its own: every verdict, for serials (equipment) and usernames (users) alike. */
class DuplicatePolicyTest {

    private static final String RUN = "20260412-221503-3f2a";
    private static final String EARLIER_RUN = "20260401-080000-aaaa";

    /** File 2 of a run: the rows of file 1 are another file of the same import. */
    private final DuplicatePolicy fileTwo = new DuplicatePolicy(RUN, 2);

    @Test
    void aKeyNoRowHoldsIsTheFirst() {
        assertThat(fileTwo.verdict(null)).isEqualTo(Verdict.FIRST);
    }

    @Test
    void aKeyHeldEarlierInTheSameFileIsADuplicateInTheFile() {
        assertThat(fileTwo.verdict(new Earlier(RUN, 2, 7))).isEqualTo(Verdict.DUPLICATE_IN_FILE);
        assertThat(fileTwo.verdict(fileTwo.here(7))).isEqualTo(Verdict.DUPLICATE_IN_FILE);
    }

    @Test
    void aKeyHeldByAnotherFileOfTheImportIsADuplicateInTheRun() {
        // import-equipment a.csv b.csv (or import-users a.csv b.csv): b.csv repeats a key of row 5 of a.csv
        DuplicatePolicy fileOne = new DuplicatePolicy(RUN, 1);

        assertThat(fileTwo.verdict(fileOne.here(5))).isEqualTo(Verdict.DUPLICATE_IN_RUN);
        assertThat(fileOne.verdict(fileTwo.here(3))).as("whichever file was read first holds the key")
                .isEqualTo(Verdict.DUPLICATE_IN_RUN);
    }

    @Test
    void aKeyStoredByAnEarlierRunIsAlreadyRegistered() {
        assertThat(fileTwo.verdict(new Earlier(EARLIER_RUN, 2, 7))).isEqualTo(Verdict.ALREADY_REGISTERED);
        assertThat(fileTwo.verdict(new Earlier(EARLIER_RUN, 1, 1))).isEqualTo(Verdict.ALREADY_REGISTERED);
        assertThat(fileTwo.verdict(Earlier.elsewhere())).isEqualTo(Verdict.ALREADY_REGISTERED);
    }

    @Test
    void aChunkKeepsTheFirstRowOfEachKeyInOrder() {
        record Row(int rowNo, String serial) {
        }
        Row a = new Row(2, "JN0001");
        Row b = new Row(3, "JN0002");
        Row again = new Row(4, "JN0001");
        Row thrice = new Row(5, "JN0001");

        DuplicatePolicy.Chunk<String, Row> chunk = DuplicatePolicy.firstInChunk(List.of(a, b, again, thrice),
                Row::serial);

        assertThat(chunk.firsts()).containsExactly(java.util.Map.entry("JN0001", a), java.util.Map.entry("JN0002", b));
        assertThat(chunk.repeats()).containsExactly(new DuplicatePolicy.Repeat<>(again, a),
                new DuplicatePolicy.Repeat<>(thrice, a));
        assertThat(fileTwo.verdict(fileTwo.here(a.rowNo()))).as("a repeat within the chunk")
                .isEqualTo(Verdict.DUPLICATE_IN_FILE);
    }

    @Test
    void usernamesAreKeyedAsTheCallerKeysThem() {
        record User(int rowNo, String username) {
        }
        User ada = new User(2, "alovelace");
        User shouting = new User(3, "ALOVELACE");

        DuplicatePolicy.Chunk<String, User> chunk = DuplicatePolicy.firstInChunk(List.of(ada, shouting),
                u -> u.username().toLowerCase(java.util.Locale.ROOT));

        assertThat(chunk.firsts()).containsOnlyKeys("alovelace");
        assertThat(chunk.repeats()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(shouting);
            assertThat(r.first()).isEqualTo(ada);
        });
    }
}
