package com.tmip.template;

import com.tmip.cases.TmipCaseValues;
import com.tmip.credits.LedgerColumns;
import com.tmip.equipment.rules.Columns;
import com.tmip.users.rules.UserFields;

import java.util.List;

/**
 * The columns of each template and what the Instructions sheet says about them, in the words a partner reads. The
 * column names are the imports' own ({@link Columns}, {@link UserFields}, {@link LedgerColumns}).
 */
final class TemplateSpecs {

    private TemplateSpecs() {
    }

    static List<TemplateColumn> equipment(List<String> accounts, List<String> platforms) {
        return List.of(
                TemplateColumn.choice(Columns.ACCOUNT, accounts,
                        "Required. The customer's account, as we know it: pick it"
                        + " from the list (the account name or its id is accepted)."),
                TemplateColumn.text(Columns.SERIAL_NUMBER,
                        "Required. The item's serial number: 4 to 20 letters, digits or"
                        + " hyphens. Leading zeros are kept. A serial can be registered only once."),
                TemplateColumn.choice(Columns.PLATFORM, platforms,
                        "Required. The MX Series platform of the item, such as"
                        + " MX960."),
                TemplateColumn.choice(Columns.DISPOSITION, List.of("TRADE_IN", "COD"),
                        "Required. TRADE_IN when the item is"
                        + " returned, COD when it is destroyed (a signed Certificate of Destruction is then needed)."),
                TemplateColumn.text(Columns.COD_FILE,
                        "Required for COD rows: the file name of the signed Certificate of"
                        + " Destruction, as it is in the folder you send with the list. Leave blank for TRADE_IN."),
                TemplateColumn.choice(Columns.SERIES, List.of(TmipCaseValues.SERIES),
                        "Optional. Always MX Series; blank means MX"
                        + " Series."),
                TemplateColumn.choice(Columns.CLOUD_MARKETPLACE, List.of("false"),
                        "Optional. Must be blank or false: Cloud"
                        + " Marketplace products are not part of the program."),
                TemplateColumn.text(Columns.REFERENCE, "Optional. Your plan reference. Rows with the same account,"
                        + " disposition and reference go into one case; a later list with the same reference adds"
                        + " to that case."),
                TemplateColumn.date(Columns.ORDER_DATE,
                        "Optional. The date the new equipment was ordered (a date, such as"
                        + " 2026-03-31). Returns or certificates are due three months after it; it cannot be in the"
                        + " future."),
                TemplateColumn.text(Columns.CONTACT,
                        "Optional. The Case Manager username of the person to contact; it must"
                        + " exist already."));
    }

    static List<TemplateColumn> users(List<String> accounts, List<String> roles) {
        return List.of(
                TemplateColumn.text(UserFields.FIRST_NAME, "Required. The person's first name."),
                TemplateColumn.text(UserFields.LAST_NAME, "Required. The person's last name."),
                TemplateColumn.text(UserFields.EMAIL, "Required. The person's email address."),
                TemplateColumn.text(UserFields.PHONE, "Optional. Phone number with the country code, such as +1 408 555"
                        + " 0100."),
                TemplateColumn.text(UserFields.JOB_TITLE, "Optional. Job title."),
                TemplateColumn.text(UserFields.DEPARTMENT, "Optional. Department."),
                TemplateColumn.text(UserFields.MANAGER,
                        "Optional. The manager's username: an existing user or one in this"
                        + " same sheet."),
                TemplateColumn.date(UserFields.START_DATE,
                        "Optional. The first working day, a date such as 2026-04-01."),
                TemplateColumn.text(UserFields.PASSWORD,
                        "Required. The first password: at least 12 characters, not a common"
                        + " one, not containing the username. It is stored hashed and never shown again."),
                TemplateColumn.text(UserFields.CONFIRM_PASSWORD, "Required. The same password again."),
                TemplateColumn.text(UserFields.USERNAME, "Required. The login name; it must not be taken."),
                TemplateColumn.text(UserFields.ACCOUNT_EMAIL, "Optional. The email of the user account (the New"
                        + " User form's Account Information), when it differs from the person's email; blank means"
                        + " the person's email."),
                TemplateColumn.choice(UserFields.USER_ROLE, roles,
                        "Required. The role of the user: pick it from the list."),
                TemplateColumn.choice(UserFields.ACCOUNT, accounts,
                        "Optional. The customer account the user belongs to."));
    }

    static List<TemplateColumn> credits(List<String> accounts) {
        return List.of(
                TemplateColumn.text(LedgerColumns.CREDIT_ID, "Required. Your id of the credit; unique in the ledger."),
                TemplateColumn.text(LedgerColumns.CASE_ID, "Required. The TMIP case the credit was issued for, such as"
                        + " 2026-0412-0001."),
                TemplateColumn.choice(LedgerColumns.ACCOUNT, accounts,
                        "Required. The account the credit was issued to."),
                TemplateColumn.text(LedgerColumns.SERIAL_NUMBER,
                        "Required. The serial number of the traded-in or destroyed"
                        + " item. Leading zeros are kept."),
                TemplateColumn.amount(LedgerColumns.AMOUNT,
                        "Required. The amount of the credit, a number such as 1250.00."),
                TemplateColumn.text(LedgerColumns.CURRENCY, "Required. The three-letter currency code, such as USD."),
                TemplateColumn.date(LedgerColumns.ISSUED_ON,
                        "Required. The date the credit was issued, such as 2026-04-12."));
    }

    static List<TemplateColumn> returns() {
        return List.of(
                TemplateColumn.text("serial_number", "Required. The serial number of the trade-in item received back,"
                        + " as it was registered. Leading zeros are kept."),
                TemplateColumn.date("received_on", "Required. The day the item was received, such as 2026-11-20; it"
                        + " cannot be in the future."),
                TemplateColumn.text("return_reference", "Required. The RMA number or the carrier's tracking number of"
                        + " the return (at most 100 characters)."));
    }

    static String introduction(String kind) {
        String what = switch (kind) {
            case "equipment" -> "the equipment to register for the TMIP trade-in program, one item per row. Cases"
                    + " get the program's fixed values (" + TmipCaseValues.SYNOPSIS + ", " + TmipCaseValues.SERIES + ").";
            case "users" -> "the Case Manager user accounts to create, one person per row.";
            case "returns" -> "the trade-in items received back, one item per row.";
            default -> "the credits issued, one credit per row, to reconcile against the registered cases.";
        };
        return "How to fill in this workbook\n"
                + "Fill in the first sheet with " + what + "\n"
                + "Keep the header row as it is; do not rename, remove or reorder the columns you use. Extra columns"
                + " are ignored.\n"
                + "Drop-down lists show the values we know; a value that is not accepted is reported with the reason"
                + " when the list is imported.\n"
                + "Every row that cannot be imported comes back to you in rejected-rows.xlsx with the problem marked;"
                + " fix those cells and send that file again as is.\n"
                + "Keep this sheet after the first sheet: the first sheet is the one imported.";
    }
}
