/**
 * Reading partner input files: {@link com.tmip.input.FileInspector} identifies a file from its bytes (format,
 * encoding, separator, SHA-256 fingerprint) in one streaming pass; {@link com.tmip.input.TableReaders} opens a
 * pull {@link com.tmip.input.TableReader} over a CSV file or the first visible sheet of an .xlsx/.xls workbook,
 * yielding cells as a person sees them with the row numbers a person sees, in memory that does not grow with the
 * file; {@link com.tmip.input.HeaderMatcher} maps the header row onto the expected columns, forgiving case,
 * spacing and punctuation. Whole-file problems surface as {@link com.tmip.input.InputFileException} with a stable
 * rule code ({@link com.tmip.input.InputRule}) and a message the partner can act on; nothing here knows about
 * equipment, users or accounts, and no cell value is ever logged.
 */
package com.tmip.input;
