package com.tmip.attach;

import com.tmip.cases.ItemState;
import com.tmip.cod.CodDocument;
import com.tmip.cod.CodProblem;
import com.tmip.cod.CodSigner;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CertificateRulesTest {

    private static final String SHA = "ab".repeat(32);
    private static final String OTHER = "cd".repeat(32);
    private final CertificateRules rules = new CertificateRules();

    private static CodDocument certificate(String text, String... serials) {
        return new CodDocument("c.pdf", SHA, 10, "application/pdf", new CodSigner("CN=Officer,O=Recycler", "CN=CA",
                "1", Instant.EPOCH, "SHA256", CodSigner.Kind.PDF_EMBEDDED), Set.of(serials), true,
                text.toLowerCase());
    }

    private static HeldItem plan(String serial, String account, ItemState state, String sha, String runId) {
        return new HeldItem(serial, "2026-1201-0001", account, "Account " + account, "COD", state, sha, runId, null);
    }

    @Test
    void eachListedSerialGetsItsOutcomeInSerialOrder() {
        var decision = rules.decide("c.pdf", certificate("customer account a1", "S3", "S1", "S2", "S4", "S5"), "run-2",
                Map.of("S1", plan("S1", "A1", ItemState.AWAITING_CERTIFICATE, null, null),
                        "S2", plan("S2", "A1", ItemState.DOCUMENTED, SHA, "run-1"),
                        "S3", plan("S3", "A1", ItemState.DOCUMENTED, OTHER, "run-1"),
                        "S4", plan("S4", "A1", ItemState.DOCUMENTED, SHA, "run-2")),
                Map.of());
        assertThat(decision.rejectedWhole()).isFalse();
        assertThat(decision.lines()).extracting(CertificateRules.Line::rowNo, CertificateRules.Line::serial,
                CertificateRules.Line::kind, CertificateRules.Line::code).containsExactly(
                tuple(1, "S1", CertificateRules.Kind.ATTACH, null),
                tuple(2, "S2", CertificateRules.Kind.DUPLICATE, AttachRuleCode.COD_ALREADY_ATTACHED),
                tuple(3, "S3", CertificateRules.Kind.REJECT, AttachRuleCode.COD_SERIAL_ALREADY_DOCUMENTED),
                tuple(4, "S4", CertificateRules.Kind.ATTACH, null),
                tuple(5, "S5", CertificateRules.Kind.REJECT, AttachRuleCode.COD_SERIAL_NOT_REGISTERED));
    }

    @Test
    void serialsOfTwoAccountsRejectEveryLineAndNameTheHolder() {
        var decision = rules.decide("c.pdf", certificate("customer account a1", "S1", "S2"), "run-1",
                Map.of("S1", plan("S1", "A1", ItemState.AWAITING_CERTIFICATE, null, null),
                        "S2", plan("S2", "A2", ItemState.AWAITING_CERTIFICATE, null, null)), Map.of());
        assertThat(decision.lines()).extracting(CertificateRules.Line::kind, CertificateRules.Line::code)
                .containsOnly(tuple(CertificateRules.Kind.REJECT, AttachRuleCode.COD_ACCOUNTS_MIXED));
        assertThat(decision.lines().get(1).message()).contains("held by account \"Account A2\" (A2)");
    }

    @Test
    void aCertificateForAnotherAccountWithoutTextOrWithoutOurSerialsIsRejectedWhole() {
        Map<String, HeldItem> held = Map.of("S1", plan("S1", "A1", ItemState.AWAITING_CERTIFICATE, null, null));
        assertThat(rules.decide("c.pdf", certificate("customer account a9", "S1"), "r", held, Map.of()).fileCode())
                .isEqualTo(CodProblem.ACCOUNT_MISMATCH);
        assertThat(rules.decide("c.pdf", certificate("customer account a1", "S7"), "r", held, Map.of()).fileCode())
                .isEqualTo(AttachRuleCode.COD_NO_SERIAL_HELD);
        CodDocument scan = new CodDocument("s.jpg", SHA, 10, "image/jpeg", certificate("").signer(), Set.of(), false);
        assertThat(rules.decide("s.jpg", scan, "r", held, Map.of()).fileCode()).isEqualTo(AttachRuleCode.COD_NO_TEXT);
    }

    @Test
    void aSerialAnEarlierFileOfTheRunTookIsADuplicateForTheSameBytesAndRejectedForOthers() {
        Map<String, HeldItem> held = Map.of("S1", plan("S1", "A1", ItemState.AWAITING_CERTIFICATE, null, null),
                "S2", plan("S2", "A1", ItemState.AWAITING_CERTIFICATE, null, null));
        var decision = rules.decide("c.pdf", certificate("account a1", "S1", "S2"), "r", held,
                Map.of("S1", SHA, "S2", OTHER));
        assertThat(decision.lines()).extracting(CertificateRules.Line::code).containsExactly(
                AttachRuleCode.COD_ALREADY_ATTACHED, AttachRuleCode.COD_SERIAL_ALREADY_DOCUMENTED);
    }
}
