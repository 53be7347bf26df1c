package com.tmip.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.cases.CaseDetails;
import com.tmip.cases.ItemState;
import com.tmip.terminal.TerminalText;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Prints {@code cases show CASE_ID}: the case's fixed values and item counts, its attachments, then its items as
 * they stream ({@link ItemsPrinter}); as text, or as one JSON object whose {@code items} array comes last.
 */
final class CasePrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CasePrinter() {
    }

    /** @param items streams the case's items into the printer it is given; returns how many */
    static void show(CaseDetails.CaseFacts c, List<CaseDetails.Attachment> attachments,
                     ToLongFunction<ItemsPrinter> items, PrintStream out) {
        out.println("case " + TerminalText.escape(c.caseId()));
        field(out, "account", c.accountId() + (c.accountName() == null ? "" : " (" + c.accountName() + ")"));
        field(out, "disposition", c.disposition());
        field(out, "reference", c.reference().isEmpty() ? "(none)" : c.reference());
        field(out, "synopsis", c.synopsis());
        field(out, "description", c.description());
        field(out, "case type", c.caseType());
        field(out, "series", c.series());
        field(out, "cloud marketplace", String.valueOf(c.cloudMarketplace()));
        field(out, "created", TIME.format(c.createdAt()) + " (run " + c.createdRunId() + ")");
        StringBuilder states = new StringBuilder();
        c.itemsByState().forEach((state, n) -> states.append(states.isEmpty() ? "" : ", ").append(state).append(' ')
                .append(n));
        field(out, "items", c.items() + (states.isEmpty() ? "" : " (" + states + ")") + ", overdue " + c.overdue());
        out.println();
        if (attachments.isEmpty()) {
            out.println("attachments: none");
        } else {
            Table table = new Table("file_name", "sha256", "signer", "signing_time", "verification");
            attachments.forEach(a -> table.row(a.fileName(), a.sha256(), a.signer(),
                    a.signingTime() == null ? "" : TIME.format(a.signingTime()), a.verification()));
            out.println("attachments:");
            table.print(out);
        }
        out.println();
        try (ItemsPrinter printer = new ItemsPrinter(ItemsPrinter.Format.TABLE, out, false)) {
            items.applyAsLong(printer);
        }
    }

    static void showJson(CaseDetails.CaseFacts c, List<CaseDetails.Attachment> attachments,
                         ToLongFunction<ItemsPrinter> items, PrintStream out) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("case_id", c.caseId());
        map.put("account_id", c.accountId());
        map.put("account_name", c.accountName());
        map.put("disposition", c.disposition());
        map.put("reference", c.reference());
        map.put("synopsis", c.synopsis());
        map.put("description", c.description());
        map.put("case_type", c.caseType());
        map.put("series", c.series());
        map.put("cloud_marketplace", c.cloudMarketplace());
        map.put("created_at", c.createdAt().toString());
        map.put("created_run_id", c.createdRunId());
        map.put("item_count", c.items());
        Map<String, Long> byState = new LinkedHashMap<>();
        for (ItemState state : ItemState.values()) {
            byState.put(state.name(), c.itemsByState().getOrDefault(state, 0L));
        }
        map.put("items_by_state", byState);
        map.put("overdue", c.overdue());
        map.put("attachments", attachments.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file_name", a.fileName());
            m.put("sha256", a.sha256());
            m.put("signer", a.signer());
            m.put("signing_time", a.signingTime() == null ? null : a.signingTime().toString());
            m.put("verification", a.verification());
            return m;
        }).toList());
        String head = json(map);
        out.print(head.substring(0, head.length() - 1) + ",\"items\":");
        try (ItemsPrinter printer = new ItemsPrinter(ItemsPrinter.Format.JSON, new NoNewline(out), false)) {
            items.applyAsLong(printer);
        }
        out.println("}");
    }

    private static void field(PrintStream out, String name, String value) {
        out.printf("%-18s %s%n", name + ":", TerminalText.escape(value));
    }

    private static String json(Object value) {
        try {
            return TerminalText.escapeKeepingLines(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON array's closing line without its line break, so the object closes on the same line. */
    private static final class NoNewline extends PrintStream {

        NoNewline(PrintStream out) {
            super(out, true, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public void println(String x) {
            print(x);
        }
    }
}
