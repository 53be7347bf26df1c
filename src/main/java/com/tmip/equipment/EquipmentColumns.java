package com.tmip.equipment;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.SourceRow;
import com.tmip.report.CsvReport;

import java.util.List;

/** The columns of an equipment list, with the Case Manager form's labels as aliases. */
public final class EquipmentColumns {

    public static final List<ColumnSpec> SPECS = List.of(
            new ColumnSpec("account", true, List.of("Associated Account", "Account Name", "Customer Account", "Customer")),
            new ColumnSpec("serial_number", true, List.of("Serial Number", "Serial", "Serial No", "SN", "S/N")),
            new ColumnSpec("platform", true, List.of("Platform", "Model")),
            new ColumnSpec("disposition", true, List.of("Disposition", "Return or Destroy")),
            new ColumnSpec("cod_file", false, List.of("CoD File", "Certificate of Destruction", "CoD", "Certificate File")),
            new ColumnSpec("series", false, List.of("Series")),
            new ColumnSpec("cloud_marketplace", false, List.of("Cloud Marketplace Product", "Cloud Marketplace")),
            new ColumnSpec("reference", false, List.of("Reference", "Plan Reference", "Plan", "Partner Reference")),
            new ColumnSpec("order_date", false, List.of("Order Date", "New Equipment Order Date")),
            new ColumnSpec("contact", false, List.of("Contact", "Username", "User Name")),
            new ColumnSpec("synopsis", false, List.of("Synopsis")),
            new ColumnSpec("description", false, List.of("Describe your problem or request", "Description")),
            new ColumnSpec("case_type", false, List.of("Case Type")));

    private EquipmentColumns() {
    }

    public static HeaderMatcher matcher() {
        return new HeaderMatcher(SPECS);
    }

    /** The equipment row of a source row under a matched header; absent columns are "". */
    public static EquipmentRow map(HeaderMatch header, SourceRow source) {
        return new EquipmentRow(source.rowNumber(),
                cell(header, source, "account"),
                cell(header, source, "serial_number"),
                cell(header, source, "platform"),
                cell(header, source, "disposition"),
                cell(header, source, "cod_file"),
                cell(header, source, "series"),
                cell(header, source, "cloud_marketplace"),
                cell(header, source, "reference"),
                cell(header, source, "order_date"),
                cell(header, source, "contact"),
                cell(header, source, "synopsis"),
                cell(header, source, "description"),
                cell(header, source, "case_type"));
    }

    private static String cell(HeaderMatch header, SourceRow source, String column) {
        // A value we neutralised in a report (e.g. '=x) comes back as the partner wrote it.
        return CsvReport.restore(source.cell(header.index(column)));
    }
}
