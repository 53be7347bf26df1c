package com.tmip.cod;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a CoD's pages, as lines of runs with their horizontal place: PDFBox's text extraction.
 *
 * <p>Bounded: at most {@code maxChars} glyphs (visible or not) and {@value #MAX_GRAPHICS_DEPTH} nested graphics
 * states; past either it stops with the rejection. One instance per document.
 */
final class VisibleText extends PDFTextStripper {

    /** Far beyond any real document (the PDF 1.7 reference's implementation limit for q nesting is 28). */
    static final int MAX_GRAPHICS_DEPTH = 1024;

    /** A run of text as PDFBox's extraction groups it, with where it starts and ends across the page. */
    record Run(String text, float x0, float x1) {
    }

    /** One line of text on a page, with its baseline (from the top) and its largest font size. */
    record Line(int page, float y, float height, List<Run> runs) {

        String text() {
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(run.text());
            }
            return text.toString();
        }
    }

    /** Thrown out of PDFBox's callbacks, which allow no checked exception, and unwrapped by the verifier. */
    static final class Refused extends RuntimeException {

        private final transient CodRejection rejection;

        Refused(CodRejection rejection) {
            super(null, null, false, false);
            this.rejection = rejection;
        }

        CodRejection rejection() {
            return rejection;
        }
    }

    private final String name;
    private final int maxChars;
    private final List<Line> lines = new ArrayList<>();
    private List<Run> current = new ArrayList<>();
    private float lineY;
    private float lineHeight;
    private int chars;
    private int depth;

    VisibleText(String name, int maxChars) {
        this.name = name;
        this.maxChars = maxChars;
    }

    /** The lines of the first {@code maxPages} pages of {@code document}. */
    List<Line> lines(PDDocument document, int maxPages) throws IOException {
        setEndPage(maxPages);
        writeText(document, Writer.nullWriter());
        return List.copyOf(lines);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++chars > maxChars) {
            throw new Refused(new CodRejection(CodProblem.TEXT_TOO_LONG, "CoD file " + Quote.of(name) + " draws more"
                    + " than " + maxChars + " characters, more than a Certificate of Destruction needs; send the"
                    + " certificate on its own"));
        }
        super.processTextPosition(text);
    }

    @Override
    public void saveGraphicsState() {
        if (++depth > MAX_GRAPHICS_DEPTH) {
            throw new Refused(new CodRejection(CodProblem.FILE_TOO_COMPLEX, "CoD file " + Quote.of(name)
                    + " nests its drawing instructions deeper than " + MAX_GRAPHICS_DEPTH + " levels; send a plain PDF"
                    + " of the certificate"));
        }
        super.saveGraphicsState();
    }

    @Override
    public void restoreGraphicsState() {
        if (depth > 0) {
            depth--;
        }
        super.restoreGraphicsState();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        depth = 0;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (text.isBlank() || positions.isEmpty()) {
            return;
        }
        if (current.isEmpty()) {
            lineY = positions.get(0).getYDirAdj();
            lineHeight = 0;
        }
        for (TextPosition position : positions) {
            lineHeight = Math.max(lineHeight, Math.abs(position.getTextMatrix().getScalingFactorY()));
        }
        if (text.length() != positions.size()) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            current.add(new Run(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
            return;
        }
        // a run may hold spaces drawn as glyphs ("Serial number: X"): split it where they are
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0 && (i == text.length() || isWideGap(positions, i))) {
                TextPosition last = positions.get(i - 1);
                current.add(new Run(text.substring(start, i).strip(), positions.get(start).getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj()));
                start = -1;
            }
        }
    }

    /** A space at {@code i} wider than three spaces separates cells; a plain space keeps words in one run. */
    private static boolean isWideGap(List<TextPosition> positions, int i) {
        TextPosition space = positions.get(i);
        return space.getWidthDirAdj() > 3 * Math.max(space.getWidthOfSpace(), 0.1f);
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        if (!current.isEmpty()) {
            lines.add(new Line(getCurrentPageNo(), lineY, lineHeight, List.copyOf(current)));
            current = new ArrayList<>();
        }
    }
}
