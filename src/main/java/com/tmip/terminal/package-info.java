/**
 * What may reach a terminal: text that came from a partner's file or from the database (file names, sheet names,
 * headers, account names, case references, error messages) is printed with its control characters, escape
 * sequences and bidi overrides made visible ({@link com.tmip.terminal.TerminalText}), so it can neither recolour,
 * move, clear nor reorder what an operator reads.
 */
package com.tmip.terminal;
