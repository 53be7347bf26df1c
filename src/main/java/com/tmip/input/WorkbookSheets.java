package com.tmip.input;

import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The sheets listed in an .xlsx workbook's {@code workbook.xml}, in tab order, and its date system. */
record WorkbookSheets(List<Sheet> sheets, boolean date1904) {

    record Sheet(String name, String relationId, boolean visible) {
    }

    WorkbookSheets {
        sheets = List.copyOf(sheets);
    }

    /** The first sheet a person sees (not hidden, not very hidden), or null. */
    Sheet firstVisible() {
        return sheets.stream().filter(Sheet::visible).findFirst().orElse(null);
    }

    static WorkbookSheets read(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
        try {
            List<Sheet> sheets = new ArrayList<>();
            boolean date1904 = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("workbookPr".equals(xml.getLocalName())) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if ("sheet".equals(xml.getLocalName())) {
                    String state = xml.getAttributeValue(null, "state");
                    boolean visible = state == null || "visible".equals(state);
                    sheets.add(new Sheet(xml.getAttributeValue(null, "name"), relationId(xml), visible));
                }
            }
            return new WorkbookSheets(sheets, date1904);
        } finally {
            xml.close();
        }
    }

    /** The {@code r:id} attribute, whatever prefix or (transitional or strict) namespace it uses. */
    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        throw new IllegalStateException("a sheet in workbook.xml has no relationship id");
    }
}
