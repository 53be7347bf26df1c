package com.tmip.credits;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 ledger lines against 100,000 registered items on the embedded database, in CI time. The million-row
 * run with a 512 MB heap is measured by hand (jobs/reconcile-credits.md, "How the matching scales").
 */
class ReconcileCreditsScaleTest {

    static final int N = 100_000;

    @TempDir
    Path home;

    @Test
    void reconcilesAHundredThousandLinesAgainstAHundredThousandItems() throws Exception {
        Tmip tmip = new Tmip(home);
        Path properties = home.resolve("test.properties");
        Files.writeString(properties, "tmip.today=2026-11-25\ntmip.credits.rates=file:"
                + ReconcileCreditsContract.RATES + "\n");
        String config = "--spring.config.additional-location=file:" + properties;
        Path accounts = Files.writeString(home.resolve("none.csv"), "account_id,account_name\nX,Nobody\n");
        assertThat(tmip.run("import-accounts", accounts.toString(), config).exitCode()).isZero();
        Path ledger = home.resolve("ledger.csv");
        tmip.query(jdbc -> {
            try {
                ScaleData.generate(jdbc, ledger, N);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        Tmip.Result result = tmip.run("reconcile-credits", ledger.toString(), config);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        JsonNode reconciliation = new Reports(tmip.reports(), result.runId()).summary().get("reconciliation");
        JsonNode outcomes = reconciliation.get("outcomes");
        int per100 = N / 100;
        assertThat(outcomes.get("MATCHED").asLong()).isEqualTo(93L * per100);
        assertThat(outcomes.get("SERIAL_NOT_IN_CASE").asLong()).isEqualTo(per100);
        assertThat(outcomes.get("CREDIT_WITHOUT_CASE").asLong()).isEqualTo(per100);
        assertThat(outcomes.get("ACCOUNT_MISMATCH").asLong()).isEqualTo(per100);
        assertThat(outcomes.get("AMOUNT_MISMATCH").asLong()).isEqualTo(per100);
        assertThat(outcomes.get("COD_NOT_VERIFIED").asLong()).isEqualTo(per100);
        assertThat(outcomes.get("DUPLICATE_CREDIT").asLong()).isEqualTo(2L * per100);
        assertThat(outcomes.get("NOT_CREDITED").asLong()).isEqualTo(per100);
        assertThat(outcomes.get("DOCUMENTATION_OVERDUE").asLong()).isEqualTo(per100);
        assertThat(reconciliation.get("balanced").asBoolean()).isTrue();
        assertThat(reconciliation.get("amounts").get("EUR").get("ledger_total").asText())
                .isEqualTo("149999000.00");
        assertThat(Files.size(new Reports(tmip.reports(), result.runId()).dir().resolve("reconciliation.xlsx")))
                .isPositive();
    }
}
