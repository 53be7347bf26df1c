package com.tmip.returns;

/** One row of a returns list, its cells as the partner wrote them. */
public record ReturnRow(int rowNumber, String serialNumber, String receivedOn, String returnReference) {
}
