package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.cases.Disposition;
import com.tmip.cod.CodDocument;
import com.tmip.cod.CodDocuments;
import com.tmip.cod.CodFileName;
import com.tmip.cod.CodProblem;
import com.tmip.cod.CodVerification;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.List;

/**
 * cod_file: for a COD item, blank or the plain name of a file in the CoD folder. Blank registers the item as a plan
 * awaiting its certificate (attached later by {@code attach-cods}); a name must be a signed Certificate of
 * Destruction that verifies (see {@link com.tmip.cod.CodVerifier}; each file is verified once per run), lists the
 * row's serial and is made out to the row's account. Ignored for any other item (a TRADE_IN row's cod_file is neither
 * checked nor stored).
 */
public final class CodFileRule {

    /** The note a row gets when its CoD has no text to check its serial against. */
    public static final String NO_TEXT_WARNING = "CoD has no extractable text (a scan?): its serial numbers and"
            + " account were not checked";

    private final CodDocuments documents;

    public CodFileRule(CodDocuments documents) {
        this.documents = documents;
    }

    /**
     * The verified CoD for a COD item that names one; null for a COD plan (blank cod_file: its certificate comes
     * later) and for any other item (including an invalid disposition); or COD_FILE_NAME_INVALID /
     * COD_FILE_NOT_FOUND, or the code of the named CoD's first problem.
     */
    public Checked<CodDocument> check(Disposition disposition, String cell) {
        if (disposition != Disposition.COD || Cells.isBlank(cell)) {
            return Checked.ok(null);
        }
        String name = Cells.trim(cell);
        if (!CodFileName.isPlain(name)) {
            return Checked.failed(new Violation(Columns.COD_FILE, CodProblem.FILE_NAME_INVALID,
                    "cod_file " + Cells.quote(printable(name)) + " must be a plain file name inside the CoD folder:"
                            + " no folders (/ or \\), no \"..\", no drive letter, no control characters",
                    Cells.raw(cell)));
        }
        if (!documents.isConfigured()) {
            return Checked.failed(new Violation(Columns.COD_FILE, CodProblem.FILE_NOT_FOUND,
                    "CoD file " + Cells.quote(name) + " cannot be found: no CoD folder was given (--cod-dir)",
                    Cells.raw(cell)));
        }
        CodVerification verification = documents.verify(name);
        if (!verification.isVerified()) {
            return Checked.failed(new Violation(Columns.COD_FILE, verification.problem(),
                    verification.message(), Cells.raw(cell)));
        }
        return Checked.ok(verification.document());
    }

    /**
     * COD_SERIAL_NOT_LISTED when the verified CoD has text and does not list {@code serial}; nothing when either
     * is missing (already reported) or the CoD has no text (the row then carries {@link #NO_TEXT_WARNING}).
     */
    public List<Violation> checkSerial(CodDocument cod, String serial, String codCell) {
        if (cod == null || serial == null || !cod.hasText() || cod.lists(serial)) {
            return List.of();
        }
        return List.of(new Violation(Columns.COD_FILE, CodProblem.SERIAL_NOT_LISTED, "serial " + serial
                + " is not listed in CoD file " + Cells.quote(cod.fileName())
                + "; the certificate must list every serial number it covers", Cells.raw(codCell)));
    }

    /**
     * COD_ACCOUNT_MISMATCH when the verified CoD has text and is not made out to {@code account}: neither its visible
     * text names the account (its id or its name, as whole words) nor is its signer's organisation (O=) the account.
     * Nothing when either is missing (already reported) or the CoD has no text (the row then carries
     * {@link #NO_TEXT_WARNING}).
     */
    public List<Violation> checkAccount(CodDocument cod, Account account, String codCell) {
        if (cod == null || account == null || !cod.hasText() || cod.names(account.accountId())
                || cod.names(account.accountName())) {
            return List.of();
        }
        String organisations = String.join(", ", cod.signer().organisations());
        return List.of(new Violation(Columns.COD_FILE, CodProblem.ACCOUNT_MISMATCH, "CoD file "
                + Cells.quote(cod.fileName()) + " is not made out to account " + Cells.quote(account.accountName())
                + " (" + account.accountId() + "): its text does not name the account and its signer's organisation"
                + (organisations.isEmpty() ? " is not given" : " (" + organisations + ") is another")
                + "; send the certificate issued for this account's equipment", Cells.raw(codCell)));
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
