/**
 * Returns of trade-in items: {@code record-returns FILE...} reads lists of (serial, received date, RMA or tracking
 * reference) and marks each named trade-in item as received back ({@link com.tmip.cases.ItemState#RECEIVED}),
 * with the same reading, reports, restart and dry run as the other imports. The row rules are plain classes
 * ({@link com.tmip.returns.ReturnRules}); the job is {@link com.tmip.returns.RecordReturnsJobConfiguration}.
 */
package com.tmip.returns;
