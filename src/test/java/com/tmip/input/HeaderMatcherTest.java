package com.tmip.input;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderMatcherTest {

    private final HeaderMatcher equipment = new HeaderMatcher(List.of(
            ColumnSpec.required("account", "Associated Account"),
            ColumnSpec.required("serial_number", "Serial Number", "Serial"),
            ColumnSpec.required("platform"),
            ColumnSpec.optional("reference", "Plan Reference")));

    @Test
    void ignoresCaseSpacesUnderscoresAndPunctuation() {
        for (String label : List.of("Serial Number", "serial_number", "SERIAL-NUMBER", " serial number ", "Serial#Number")) {
            HeaderMatch match = equipment.match(List.of("Associated Account", label, "Platform"));

            assertThat(match.index("serial_number")).as(label).isEqualTo(1);
            assertThat(match.complete()).isTrue();
            assertThat(match.missingMessage()).isEmpty();
        }
    }

    @Test
    void reportsUnknownAndMissingColumnsWithASuggestion() {
        HeaderMatch match = equipment.match(List.of("account", "Serail Number", "", "Notes"));

        assertThat(match.indexByColumn()).containsExactlyEntriesOf(Map.of("account", 0));
        assertThat(match.index("reference")).isEqualTo(-1);
        assertThat(match.unknownHeaders()).containsExactly("Serail Number", "Notes");
        assertThat(match.missing()).containsExactly(
                new MissingColumn("serial_number", "Serail Number"),
                new MissingColumn("platform", null));
        assertThat(match.complete()).isFalse();
        assertThat(match.missingMessage())
                .isEqualTo("missing required column(s): serial_number (did you mean \"Serail Number\"?), platform");
    }

    @Test
    void twoEmailAddressColumnsFillEmailThenAccountEmail() {
        HeaderMatcher users = new HeaderMatcher(List.of(
                ColumnSpec.required("first_name", "First Name"),
                ColumnSpec.required("email", "Email Address"),
                ColumnSpec.required("username"),
                ColumnSpec.required("account_email", "Email Address")));

        HeaderMatch match = users.match(List.of("First Name", "Email Address", "Username", "Email Address", "Email"));

        assertThat(match.index("email")).isEqualTo(1);
        assertThat(match.index("account_email")).isEqualTo(3);
        assertThat(match.unknownHeaders()).containsExactly("Email");
        assertThat(match.complete()).isTrue();
    }

    @Test
    void aColumnTakenOnceLeavesItsDuplicateUnknown() {
        HeaderMatch match = equipment.match(List.of("serial", "Serial Number", "account", "platform"));

        assertThat(match.index("serial_number")).isZero();
        assertThat(match.unknownHeaders()).containsExactly("Serial Number");
    }

    @Test
    void farAwayHeadersAreNotSuggested() {
        HeaderMatch match = equipment.match(List.of("account", "platform", "Comments"));

        assertThat(match.missing()).containsExactly(new MissingColumn("serial_number", null));
    }

    @Test
    void normaliseAndDistance() {
        assertThat(HeaderMatcher.normalise(" E-mail Address (2) ")).isEqualTo("emailaddress2");
        assertThat(HeaderMatcher.normalise("Société")).isEqualTo("société");
        assertThat(HeaderMatcher.distance("serailnumber", "serialnumber")).as("a swap is one edit").isEqualTo(1);
        assertThat(HeaderMatcher.distance("serielnumbar", "serialnumber")).isEqualTo(2);
        assertThat(HeaderMatcher.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsOnlyHeadersThatArePlausiblyTheSameColumn() {
        HeaderMatcher matcher = new HeaderMatcher(List.of(
                ColumnSpec.required("serial_number", "Serial Number", "SN", "S/N"),
                ColumnSpec.required("platform"),
                ColumnSpec.required("email", "E-mail")));
        for (String junk : List.of("1", "NaN", "5%", "x", "n", "SNs", "ID")) {
            HeaderMatch match = matcher.match(List.of(junk, "Platform", "email"));
            assertThat(match.missing()).as(junk).containsExactly(new MissingColumn("serial_number", null));
            assertThat(match.missingMessage()).as(junk).isEqualTo("missing required column(s): serial_number");
        }
        assertThat(matcher.match(List.of("Serail Numbr", "Platfrom", "Emial")).missing()).containsExactly(
                new MissingColumn("serial_number", "Serail Numbr"),
                new MissingColumn("platform", "Platfrom"),
                new MissingColumn("email", "Emial"));
    }
}
