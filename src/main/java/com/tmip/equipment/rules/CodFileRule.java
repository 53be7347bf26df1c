package com.tmip.equipment.rules;

import com.tmip.equipment.Disposition;
import com.tmip.equipment.Violation;
import com.tmip.reference.CodFolder;

import java.util.regex.Pattern;

/**
 * cod_file: for a COD item, required and the plain name of a file in the CoD folder. Ignored for any other
 * item (a TRADE_IN row's cod_file is neither checked nor stored).
 */
public final class CodFileRule {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final CodFolder folder;

    public CodFileRule(CodFolder folder) {
        this.folder = folder;
    }

    /**
     * The trimmed file name for a COD item, null for any other (including an invalid disposition); or
     * COD_FILE_REQUIRED / COD_FILE_NAME_INVALID / COD_FILE_NOT_FOUND.
     */
    public Checked<String> check(Disposition disposition, String cell) {
        if (disposition != Disposition.COD) {
            return Checked.ok(null);
        }
        if (Cells.isBlank(cell)) {
            return Checked.failed(new Violation(Columns.COD_FILE, RuleCodes.COD_FILE_REQUIRED,
                    "cod_file is required for a COD item: name the signed Certificate of Destruction file"
                            + " in the CoD folder",
                    Cells.raw(cell)));
        }
        String name = Cells.trim(cell);
        if (!isPlainName(name)) {
            return Checked.failed(new Violation(Columns.COD_FILE, RuleCodes.COD_FILE_NAME_INVALID,
                    "cod_file " + Cells.quote(printable(name)) + " must be a plain file name inside the CoD folder:"
                            + " no folders (/ or \\), no \"..\", no drive letter, no control characters",
                    Cells.raw(cell)));
        }
        if (!folder.isConfigured()) {
            return Checked.failed(new Violation(Columns.COD_FILE, RuleCodes.COD_FILE_NOT_FOUND,
                    "CoD file " + Cells.quote(name) + " cannot be found: no CoD folder was given (--cod-dir)",
                    Cells.raw(cell)));
        }
        if (!folder.contains(name)) {
            return Checked.failed(new Violation(Columns.COD_FILE, RuleCodes.COD_FILE_NOT_FOUND,
                    "CoD file " + Cells.quote(name) + " is not in the CoD folder",
                    Cells.raw(cell)));
        }
        return Checked.ok(name);
    }

    /** No path separator, no "..", no drive letter, no control character. */
    static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.contains("..") || DRIVE.matcher(name).matches()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
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
