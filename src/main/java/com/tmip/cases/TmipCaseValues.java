package com.tmip.cases;

/** The values every TMIP registration case carries, as the vendor's instructions fix them. */
public final class TmipCaseValues {

    public static final String SYNOPSIS = "TMIP Program Registration";
    public static final String DESCRIPTION = "TMIP Program Registration";
    public static final String CASE_TYPE = "Admin Service Request";
    public static final String SERIES = "MX Series";
    public static final boolean CLOUD_MARKETPLACE = false;

    private TmipCaseValues() {
    }
}
