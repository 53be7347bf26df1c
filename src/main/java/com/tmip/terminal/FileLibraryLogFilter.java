package com.tmip.terminal;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

import java.util.List;

/**
 * Keeps off the console what the libraries that read partners' files log about a file: Apache POI (which logs
 * through log4j-api, bridged to this log) and the XML parsers it uses, e.g. {@code ERROR Ran out of data} for a
 * truncated .xls or {@code DOCTYPE is disallowed} for a hostile .xlsx. The file's own rule code and message say what
 * the partner must fix; the log file still keeps the library's line for an operator. Set on the console appender
 * in {@code logback-spring.xml}.
 */
public final class FileLibraryLogFilter extends Filter<ILoggingEvent> {

    /** Logger name prefixes of the file-reading libraries. */
    static final List<String> LIBRARIES = List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.openxmlformats.",
            "com.microsoft.schemas.", "org.apache.commons.compress.", "com.opencsv.");

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        for (String library : LIBRARIES) {
            if (logger.startsWith(library)) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
