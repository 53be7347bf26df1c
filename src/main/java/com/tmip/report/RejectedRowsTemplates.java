package com.tmip.report;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/**
 * The Excel templates a partner may have filled in, so that the rejected rows go back in the same template: its
 * drop-downs (data validations), column formats and instructions sheet kept.
 */
public interface RejectedRowsTemplates {

    /**
     * A new copy of the template a sheet was filled in from, or null when it was not one of ours: the sheet has the
     * template's name and its header starts with the template's columns, in order. The template's data sheet is
     * its first sheet, holding only the header row.
     *
     * @param sheetName the name of the sheet the rows were read from
     * @param header    the sheet's header as read
     */
    XSSFWorkbook templateFor(String sheetName, List<String> header);
}
