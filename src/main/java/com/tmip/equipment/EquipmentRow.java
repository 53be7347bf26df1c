package com.tmip.equipment;

/**
 * One equipment row as read from a partner's list: raw cell texts, before any check. Absent columns are "".
 */
public record EquipmentRow(
        int rowNumber,
        String account,
        String serialNumber,
        String platform,
        String disposition,
        String codFile,
        String series,
        String cloudMarketplace,
        String reference,
        String orderDate,
        String contact,
        String synopsis,
        String description,
        String caseType) {
}
