package com.tmip.terminal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {

    @Test
    void escapesControlsDeleteC1AndBidiOverridesVisibly() {
        assertThat(TerminalText.escape("a\u001B[31mb\u007Fc\u009Bd\u202Ee\u2066f\tg\nh"))
                .isEqualTo("a\\u001B[31mb\\u007Fc\\u009Bd\\u202Ee\\u2066f\\u0009g\\u000Ah");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Société Générale – Zürich 東京 \u2028";
        assertThat(TerminalText.escape(text)).isSameAs(text);
        assertThat(TerminalText.escape((String) null)).isEqualTo("null");
    }

    @Test
    void keepsTheLinesOfAJsonDocument() {
        assertThat(TerminalText.escapeKeepingLines("{\n\t\"a\" : \"x\u202Ey\\u001B\"\r\n}"))
                .isEqualTo("{\n\t\"a\" : \"x\\u202Ey\\u001B\"\r\n}");
    }
}
