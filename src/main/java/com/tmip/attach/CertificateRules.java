package com.tmip.attach;

import com.tmip.cases.Disposition;
import com.tmip.cases.ItemState;
import com.tmip.cod.CodDocument;
import com.tmip.cod.CodProblem;
import com.tmip.row.RuleCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides what a verified certificate does to the serials it lists. A plain class: build it with {@code new}.
 * <ul>
 *   <li>A certificate without text, or that lists no registered serial, is rejected as a whole.</li>
 *   <li>One that lists serials of more than one account attaches nothing: each serial it lists is rejected, with the
 *       account that holds it. One made out to another account than the one holding its serials is rejected as a
 *       whole ({@code COD_ACCOUNT_MISMATCH}, as in the import).</li>
 *   <li>Otherwise each listed serial (in serial order, numbered from 1: the "row" of the reports) is attached when its
 *       item awaits a certificate; a duplicate when this same certificate documents it already; rejected when it is
 *       not registered, is a trade-in, or is documented by another certificate.</li>
 * </ul>
 */
public final class CertificateRules {

    /** What happens to one listed serial. */
    public enum Kind { ATTACH, DUPLICATE, REJECT }

    /** One listed serial's outcome; {@code caseId} is null for a serial that is not registered. */
    public record Line(int rowNo, String serial, Kind kind, RuleCode code, String message, String caseId) {
    }

    /** The whole certificate rejected ({@code fileCode} and its message), or one line per listed serial. */
    public record Decision(RuleCode fileCode, String fileMessage, List<Line> lines) {

        public Decision {
            lines = List.copyOf(lines);
        }

        static Decision rejected(RuleCode code, String message) {
            return new Decision(code, message, List.of());
        }

        public boolean rejectedWhole() {
            return fileCode != null;
        }
    }

    /**
     * @param held          the registered items among the listed serials, by serial
     * @param earlierInRun  serials an earlier certificate of this run attached (or, in a dry run, would attach), with
     *                      that certificate's SHA-256
     * @param runId         this run: an item this certificate documented in this run is attached by it (a chunk
     *                      done again after a crash), not a duplicate
     */
    public Decision decide(String fileName, CodDocument certificate, String runId, Map<String, HeldItem> held,
                           Map<String, String> earlierInRun) {
        String file = "CoD file \"" + fileName + "\"";
        if (!certificate.hasText()) {
            return Decision.rejected(AttachRuleCode.COD_NO_TEXT, file + " has no text (a scan?): the serial"
                    + " numbers it covers cannot be read from it; send the certificate as a PDF with text, or name it"
                    + " in the equipment list's cod_file column");
        }
        TreeSet<String> serials = new TreeSet<>(certificate.listedSerials());
        if (serials.isEmpty()) {
            return Decision.rejected(AttachRuleCode.COD_NO_SERIAL_HELD, file + " lists no serial number; the"
                    + " certificate must list each serial it covers, as \"Serial number: …\"");
        }
        if (serials.stream().noneMatch(held::containsKey)) {
            return Decision.rejected(AttachRuleCode.COD_NO_SERIAL_HELD, file + " lists " + serials.size()
                    + " serial number(s) (" + shortList(serials) + "), none of them registered; register the plan"
                    + " first (a COD row without cod_file), then attach its certificate");
        }
        Map<String, HeldItem> accounts = new TreeMap<>();
        serials.stream().map(held::get).filter(Objects::nonNull).forEach(i -> accounts.putIfAbsent(i.accountId(), i));
        List<Line> lines = new ArrayList<>();
        if (accounts.size() > 1) {
            String all = accounts.values().stream().map(HeldItem::account).collect(Collectors.joining(", "));
            int row = 0;
            for (String serial : serials) {
                HeldItem item = held.get(serial);
                row++;
                lines.add(item == null ? notRegistered(row, serial, file) : new Line(row, serial, Kind.REJECT,
                        AttachRuleCode.COD_ACCOUNTS_MIXED, "serial " + serial + " is held by account "
                        + item.account() + " (case " + item.caseId() + "), but " + file + " lists serials of "
                        + accounts.size() + " accounts (" + all + "): a certificate never documents another"
                        + " account's equipment, so nothing it lists was attached; send one certificate per account",
                        item.caseId()));
            }
            return new Decision(null, null, lines);
        }
        HeldItem owner = accounts.values().iterator().next();
        if (!certificate.names(owner.accountId())
                && (owner.accountName() == null || !certificate.names(owner.accountName()))) {
            String organisations = String.join(", ", certificate.signer().organisations());
            return Decision.rejected(CodProblem.ACCOUNT_MISMATCH, file + " is not made out to account "
                    + owner.account() + ", which holds the serials it lists: its text does not name the account and"
                    + " its signer's organisation" + (organisations.isEmpty() ? " is not given" : " (" + organisations
                    + ") is another") + "; send the certificate issued for this account's equipment");
        }
        int row = 0;
        for (String serial : serials) {
            row++;
            lines.add(line(row, serial, held.get(serial), certificate.sha256(), runId, earlierInRun.get(serial), file));
        }
        return new Decision(null, null, lines);
    }

    private static Line line(int row, String serial, HeldItem item, String sha256, String runId, String earlierSha,
                             String file) {
        if (item == null) {
            return notRegistered(row, serial, file);
        }
        String ofCase = "serial " + serial + " of case " + item.caseId();
        if (!Disposition.COD.name().equals(item.disposition())) {
            return new Line(row, serial, Kind.REJECT, AttachRuleCode.COD_SERIAL_NOT_COD_ITEM, ofCase
                    + " is registered as a trade-in: it is returned, not destroyed, and needs no certificate",
                    item.caseId());
        }
        if (earlierSha != null) {
            return earlierSha.equals(sha256) ? alreadyAttached(row, serial, item, ofCase + " is attached to this"
                    + " certificate already, by another file of this folder with the same content")
                    : documentedElsewhere(row, serial, item, ofCase + " is documented by another certificate of"
                    + " this folder already");
        }
        if (item.state() == ItemState.DOCUMENTED) {
            if (sha256.equals(item.codSha256())) {
                return runId.equals(item.documentedRunId())
                        ? attach(row, serial, item)
                        : alreadyAttached(row, serial, item, ofCase + " is documented by this certificate already"
                        + " (run " + item.documentedRunId() + ")");
            }
            return documentedElsewhere(row, serial, item, ofCase + " is documented by another certificate already"
                    + (item.codFile() == null ? "" : " (\"" + item.codFile() + "\")"));
        }
        if (item.state() != ItemState.AWAITING_CERTIFICATE) {
            return new Line(row, serial, Kind.REJECT, AttachRuleCode.COD_SERIAL_NOT_COD_ITEM, ofCase + " is "
                    + item.state() + ", not awaiting a certificate", item.caseId());
        }
        return attach(row, serial, item);
    }

    private static Line attach(int row, String serial, HeldItem item) {
        return new Line(row, serial, Kind.ATTACH, null, null, item.caseId());
    }

    private static Line alreadyAttached(int row, String serial, HeldItem item, String message) {
        return new Line(row, serial, Kind.DUPLICATE, AttachRuleCode.COD_ALREADY_ATTACHED, message + "; nothing to do",
                item.caseId());
    }

    private static Line documentedElsewhere(int row, String serial, HeldItem item, String message) {
        return new Line(row, serial, Kind.REJECT, AttachRuleCode.COD_SERIAL_ALREADY_DOCUMENTED, message
                + "; an item is documented by one certificate only", item.caseId());
    }

    private static Line notRegistered(int row, String serial, String file) {
        return new Line(row, serial, Kind.REJECT, AttachRuleCode.COD_SERIAL_NOT_REGISTERED, "serial " + serial
                + " listed in " + file + " is not registered; register it as a COD plan (a COD row without"
                + " cod_file) and run attach-cods again", null);
    }

    private static String shortList(TreeSet<String> serials) {
        List<String> first = serials.stream().limit(5).toList();
        return String.join(", ", first) + (serials.size() > first.size() ? ", …" : "");
    }
}
