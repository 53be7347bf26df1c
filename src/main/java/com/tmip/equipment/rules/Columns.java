package com.tmip.equipment.rules;

/** The canonical snake_case names of the equipment list's columns, as used in {@code Violation.column}. */
public final class Columns {

    public static final String ACCOUNT = "account";
    public static final String SERIAL_NUMBER = "serial_number";
    public static final String PLATFORM = "platform";
    public static final String DISPOSITION = "disposition";
    public static final String COD_FILE = "cod_file";
    public static final String SERIES = "series";
    public static final String CLOUD_MARKETPLACE = "cloud_marketplace";
    public static final String REFERENCE = "reference";
    public static final String ORDER_DATE = "order_date";
    public static final String CONTACT = "contact";
    public static final String SYNOPSIS = "synopsis";
    public static final String DESCRIPTION = "description";
    public static final String CASE_TYPE = "case_type";

    private Columns() {
    }
}
