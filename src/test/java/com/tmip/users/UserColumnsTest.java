package com.tmip.users;

import com.tmip.input.HeaderMatch;
import com.tmip.input.SourceRow;
import com.tmip.row.Violation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a users row may be kept, and when its cells may have shifted: no Spring, no database. */
class UserColumnsTest {

    private static final List<String> HEADER = List.of("First Name", "Last Name", "Email Address",
            "Temporary Password", "Password", "Confirm Password", "Username", "", "User Role");
    private static final HeaderMatch MATCH = UserColumns.matcher().match(HEADER);

    private static SourceRow row(String... cells) {
        return new SourceRow(2, List.of(cells));
    }

    @Test
    void onlyKnownColumnsThatAreNotSecretsAreKept() {
        ReadUser read = UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "Temp-Secret-1",
                "Harbor Meadow Falcon 58", "Harbor Meadow Falcon 58", "annok", "under a blank header", "Employee"),
                true);

        assertThat(read.misshapen()).isFalse();
        assertThat(read.safeSource().cells()).containsExactly("Ann", "Ok", "ann@example.com", "", "", "", "annok",
                "", "Employee");
        assertThat(read.row().password()).isEqualTo("Harbor Meadow Falcon 58");
    }

    @Test
    void aCsvRowWithACellTooManyOrTooFewIsRejectedForItsShapeAndKeepsNoCell() {
        ReadUser tooMany = UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "", "extra", "Secret-1",
                "Secret-1", "annok", "", "Employee"), true);
        ReadUser tooFew = UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "Secret-1", "Secret-1",
                "annok", "", "Employee"), true);

        assertThat(tooMany.misshapen()).isTrue();
        assertThat(tooMany.row()).isNull();
        assertThat(tooMany.safeSource().cells()).isEmpty();
        assertThat(tooMany.shape()).extracting(Violation::code, Violation::message, Violation::value)
                .containsExactly("ROW_SHAPE_MISMATCH", "the row has 10 cells, the header 9: a field was added or"
                        + " lost, so the row's cells may have shifted; none of them is checked or kept. Please fix"
                        + " the row and import it again.", "");
        assertThat(tooFew.shape().message()).startsWith("the row has 8 cells, the header 9:");
        assertThat(tooFew.safeSource().cells()).isEmpty();
    }

    @Test
    void aSheetRowMayEndEarlyButNotReachRightOfTheHeader() {
        assertThat(UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "", "Harbor Meadow Falcon 58",
                "Harbor Meadow Falcon 58", "annok", "", "Employee"), false).misshapen()).isFalse();
        assertThat(UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "", "Harbor Meadow Falcon 58",
                "Harbor Meadow Falcon 58", "annok"), false).misshapen()).as("ends early").isFalse();

        ReadUser beyond = UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "", "x", "Secret-1",
                "Secret-1", "annok", "", "Employee"), false);
        assertThat(beyond.shape().code()).isEqualTo("ROW_SHAPE_MISMATCH");
        assertThat(beyond.shape().message()).startsWith("the row has a value in column 10, right of the header's 9"
                + " columns");
        assertThat(beyond.safeSource().cells()).isEmpty();
    }

    @Test
    void thePasswordInAnotherKnownColumnIsASignOfShiftedCells() {
        ReadUser shifted = UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "", "Secret-Pass-1",
                "annok", "Secret-Pass-1 ", "", "Employee"), false);

        assertThat(shifted.shape()).extracting(Violation::column, Violation::code, Violation::value)
                .containsExactly("password", "PASSWORD_OUTSIDE_COLUMNS", "");
        assertThat(shifted.shape().message()).startsWith("the password is also in column username:")
                .doesNotContain("Secret-Pass-1");
        assertThat(shifted.safeSource().cells()).isEmpty();
        assertThat(UserColumns.map(MATCH, row("Ann", "Ok", "ann@example.com", "Secret-Pass-1", "Secret-Pass-1",
                "Secret-Pass-1", "annok", "", "Employee"), false).misshapen())
                .as("an unknown column may hold the same text").isFalse();
    }

    @Test
    void unknownHeadersThatLookLikeASecretsAreCounted() {
        assertThat(UserColumns.secretLookingHeaders(MATCH)).isEqualTo(1);
        assertThat(UserColumns.secretLookingHeaders(UserColumns.matcher().match(List.of("First Name", "PIN code",
                "Old PWD", "Client Secret", "Notes", "Password", "Confirm Password")))).isEqualTo(3);
    }
}
