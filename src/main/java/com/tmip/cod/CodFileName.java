package com.tmip.cod;

/**
 * The one check of a CoD file name a row gives: a plain name inside the CoD folder. No path separator, no "..", no
 * drive letter or colon, no control character, not blank. Used by the row rule and again before the folder is read.
 */
public final class CodFileName {

    private CodFileName() {
    }

    public static boolean isPlain(String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.contains("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
