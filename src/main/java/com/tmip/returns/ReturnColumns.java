package com.tmip.returns;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.SourceRow;
import com.tmip.report.CsvReport;

import java.util.List;

/** The columns of a returns list: all three required, with the labels warehouses and carriers use as aliases. */
public final class ReturnColumns {

    public static final String SERIAL = "serial_number";
    public static final String RECEIVED_ON = "received_on";
    public static final String REFERENCE = "return_reference";

    public static final List<ColumnSpec> SPECS = List.of(
            ColumnSpec.required(SERIAL, "Serial Number", "Serial", "Serial No", "SN", "S/N"),
            ColumnSpec.required(RECEIVED_ON, "Received On", "Received Date", "Date Received", "Received",
                    "Receipt Date", "received_date"),
            ColumnSpec.required(REFERENCE, "Reference", "RMA", "RMA Number", "RMA No", "Tracking Number",
                    "Tracking", "Tracking Reference", "Return Reference"));

    private ReturnColumns() {
    }

    public static HeaderMatcher matcher() {
        return new HeaderMatcher(SPECS);
    }

    /** The returns row of a source row under a matched header. */
    public static ReturnRow map(HeaderMatch header, SourceRow source) {
        return new ReturnRow(source.rowNumber(), cell(header, source, SERIAL), cell(header, source, RECEIVED_ON),
                cell(header, source, REFERENCE));
    }

    private static String cell(HeaderMatch header, SourceRow source, String column) {
        // a value we neutralised in a report (e.g. '=x) comes back as the partner wrote it
        return CsvReport.restore(source.cell(header.index(column)));
    }
}
