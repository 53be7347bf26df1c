package com.tmip.equipment;

import com.tmip.equipment.rules.Columns;
import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.SourceRow;
import com.tmip.report.CsvReport;

import java.util.List;

/** The columns of an equipment list ({@link Columns}), with the Case Manager form's labels as aliases. */
public final class EquipmentColumns {

    public static final List<ColumnSpec> SPECS = List.of(
            ColumnSpec.required(Columns.ACCOUNT, "Associated Account", "Account Name", "Customer Account", "Customer"),
            ColumnSpec.required(Columns.SERIAL_NUMBER, "Serial Number", "Serial", "Serial No", "SN", "S/N"),
            ColumnSpec.required(Columns.PLATFORM, "Platform", "Model"),
            ColumnSpec.required(Columns.DISPOSITION, "Disposition", "Return or Destroy"),
            ColumnSpec.optional(Columns.COD_FILE, "CoD File", "Certificate of Destruction", "CoD", "Certificate File"),
            ColumnSpec.optional(Columns.SERIES, "Series"),
            ColumnSpec.optional(Columns.CLOUD_MARKETPLACE, "Cloud Marketplace Product", "Cloud Marketplace"),
            ColumnSpec.optional(Columns.REFERENCE, "Reference", "Plan Reference", "Plan", "Partner Reference"),
            ColumnSpec.optional(Columns.ORDER_DATE, "Order Date", "New Equipment Order Date"),
            ColumnSpec.optional(Columns.CONTACT, "Contact", "Username", "User Name"),
            ColumnSpec.optional(Columns.SYNOPSIS, "Synopsis"),
            ColumnSpec.optional(Columns.DESCRIPTION, "Describe your problem or request", "Description"),
            ColumnSpec.optional(Columns.CASE_TYPE, "Case Type"));

    private EquipmentColumns() {
    }

    public static HeaderMatcher matcher() {
        return new HeaderMatcher(SPECS);
    }

    /** The equipment row of a source row under a matched header; absent columns are "". */
    public static EquipmentRow map(HeaderMatch header, SourceRow source) {
        return new EquipmentRow(source.rowNumber(),
                cell(header, source, Columns.ACCOUNT),
                cell(header, source, Columns.SERIAL_NUMBER),
                cell(header, source, Columns.PLATFORM),
                cell(header, source, Columns.DISPOSITION),
                cell(header, source, Columns.COD_FILE),
                cell(header, source, Columns.SERIES),
                cell(header, source, Columns.CLOUD_MARKETPLACE),
                cell(header, source, Columns.REFERENCE),
                cell(header, source, Columns.ORDER_DATE),
                cell(header, source, Columns.CONTACT),
                cell(header, source, Columns.SYNOPSIS),
                cell(header, source, Columns.DESCRIPTION),
                cell(header, source, Columns.CASE_TYPE));
    }

    private static String cell(HeaderMatch header, SourceRow source, String column) {
        // A value we neutralised in a report (e.g. '=x) comes back as the partner wrote it.
        return CsvReport.restore(source.cell(header.index(column)));
    }
}
