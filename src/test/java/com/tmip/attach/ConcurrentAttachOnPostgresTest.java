package com.tmip.attach;

import com.tmip.cod.TestCods;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code attach-cods} runs at the same moment on one PostgreSQL database, over two folders whose certificates
 * list the same plans: each plan is documented once, by one of them; the other run reports it as documented by
 * another certificate. Neither run fails.
 */
class ConcurrentAttachOnPostgresTest {

    static final int PLANS = 60;

    @TempDir
    Path home;
    @TempDir
    Path in;
    Tmip tmip;

    @AfterEach
    void drop() {
        tmip.database().close();
    }

    @Test
    void twoRunsOverCertificatesOfTheSamePlansDocumentEachPlanOnce() throws Exception {
        tmip = new Tmip(home, Database.postgres());
        assertThat(tmip.run("import-accounts", AttachCodsContract.SAMPLES.resolve("accounts.csv").toString())
                .exitCode()).isZero();
        StringBuilder list = new StringBuilder("account,serial_number,platform,disposition,cod_file,reference\n");
        for (int i = 0; i < PLANS; i++) {
            list.append("Northwind Telecom,CC").append(String.format("%04d", i)).append(",MX480,COD,,PLAN\n");
        }
        Path plans = Files.writeString(in.resolve("plans.csv"), list);
        assertThat(tmip.run("import-equipment", plans.toString(), "--out", tmip.reports().toString()).exitCode())
                .isZero();
        TestCods.Ca ca = TestCods.ca("C=US,O=Partner,CN=Partner CA");
        TestCods.Signer signer = ca.issue("C=US,O=Recycler,CN=Destruction Officer");
        Path trust = Files.createDirectory(in.resolve("trust"));
        try (Writer out = Files.newBufferedWriter(trust.resolve("ca.pem")); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca.certificate());
        }
        Path first = folder("first", signer, false);
        Path second = folder("second", signer, true);

        CompletableFuture<Tmip.Result> a = CompletableFuture.supplyAsync(() -> attach(first, trust));
        CompletableFuture<Tmip.Result> b = CompletableFuture.supplyAsync(() -> attach(second, trust));
        List<Tmip.Result> results = List.of(a.get(), b.get());

        long accepted = 0;
        long rejected = 0;
        for (Tmip.Result result : results) {
            assertThat(result.exitCode()).as(result.out() + result.err()).isIn(0, 3);
            var total = new Reports(tmip.reports(), result.runId()).summary().get("total");
            accepted += total.get("accepted").asLong();
            rejected += total.get("rejected").asLong();
        }
        assertThat(accepted).as("each plan attached by one run").isEqualTo(PLANS);
        assertThat(rejected).as("and reported as documented elsewhere by the other").isEqualTo(PLANS);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'DOCUMENTED'")).isEqualTo(PLANS);
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attach_line")).isEqualTo(PLANS);
        assertThat(tmip.count("SELECT COUNT(*) FROM row_issue WHERE rule = 'COD_SERIAL_ALREADY_DOCUMENTED'"))
                .isEqualTo(PLANS);
    }

    private Tmip.Result attach(Path folder, Path trust) {
        return tmip.run("attach-cods", folder.toString(), "--trust-dir", trust.toString(), "--out",
                tmip.reports().toString());
    }

    /** One certificate per two plans; the second folder takes them in the opposite order of names. */
    private Path folder(String name, TestCods.Signer signer, boolean reversed) throws IOException {
        Path folder = Files.createDirectory(in.resolve(name));
        for (int c = 0; c < PLANS / 2; c++) {
            String file = String.format("%s-%02d.pdf", name, reversed ? PLANS / 2 - 1 - c : c);
            Files.write(folder.resolve(file), TestCods.sign(TestCods.codPdf("Customer: Northwind Telecom, " + name,
                    String.format("CC%04d", 2 * c), String.format("CC%04d", 2 * c + 1)), signer));
        }
        return folder;
    }
}
