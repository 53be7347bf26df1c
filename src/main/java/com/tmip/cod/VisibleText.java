package com.tmip.cod;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text a person sees on a CoD's pages, as lines of runs with their horizontal place: PDFBox's text extraction,
 * keeping only glyphs that are drawn (not render mode 3 or 7), at least {@value #MIN_FONT_SIZE} pt high, on the
 * page (inside its crop box), neither white nor almost white on the page and not fully transparent. What it does
 * not see: text hidden under a shape or an image, or clipped away.
 *
 * <p>Bounded: at most {@code maxTextChars} glyphs (visible or not), {@code maxOperators} drawing instructions,
 * {@value #MAX_GRAPHICS_DEPTH} nested graphics states and {@code maxCpuTime} of this thread's processor time; past
 * any of them it stops with the rejection. One instance per document.
 */
final class VisibleText extends PDFTextStripper {

    static final float MIN_FONT_SIZE = 1f;
    /** Far beyond any real document (the PDF 1.7 reference's implementation limit for q nesting is 28). */
    static final int MAX_GRAPHICS_DEPTH = 1024;
    private static final int NEAR_WHITE = 0xF0;

    /** A run of text as PDFBox's extraction groups it, with where it starts and ends across the page. */
    record Run(String text, float x0, float x1) {
    }

    /** One line of visible text on a page, with its baseline (from the top) and its largest font size. */
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

    /** Instructions between two looks at the processor time. */
    private static final int CPU_CHECK_EVERY = 1 << 12;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String name;
    private final int maxChars;
    private final long maxOperators;
    private final long cpuDeadline;
    private final String cpuLimit;
    private long operators;
    private final List<Line> lines = new ArrayList<>();
    private List<Run> current = new ArrayList<>();
    private float lineY;
    private float lineHeight;
    private int chars;
    private int depth;
    /** The first limit passed, kept in case PDFBox swallows the exception somewhere on its way out. */
    private Refused refused;

    VisibleText(String name, CodLimits limits) {
        this.name = name;
        this.maxChars = limits.maxTextChars();
        this.maxOperators = limits.maxOperators();
        boolean cpuTimed = THREADS.isCurrentThreadCpuTimeSupported();
        this.cpuDeadline = cpuTimed ? THREADS.getCurrentThreadCpuTime() + limits.maxCpuTime().toNanos() : Long.MAX_VALUE;
        this.cpuLimit = limits.maxCpuTime().toString().substring(2).toLowerCase(Locale.ROOT);
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new SetTextRenderingMode(this));
    }

    /** The visible lines of the first {@code maxPages} pages of {@code document}. */
    List<Line> lines(PDDocument document, int maxPages) throws IOException {
        setEndPage(maxPages);
        writeText(document, Writer.nullWriter());
        if (refused != null) {
            throw refused;
        }
        return List.copyOf(lines);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++chars > maxChars) {
            throw refuse(new CodRejection(CodProblem.TEXT_TOO_LONG, "CoD file " + Quote.of(name) + " draws more"
                    + " than " + maxChars + " characters, more than a Certificate of Destruction needs; send the"
                    + " certificate on its own"));
        }
        if (visible(text)) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > maxOperators) {
            throw refuse(new CodRejection(CodProblem.FILE_TOO_COMPLEX, "CoD file " + Quote.of(name) + " runs more"
                    + " than " + maxOperators + " drawing instructions, more than a Certificate of Destruction needs;"
                    + " send a plain PDF of the certificate"));
        }
        if (operators % CPU_CHECK_EVERY == 0 && THREADS.getCurrentThreadCpuTime() > cpuDeadline) {
            throw refuse(new CodRejection(CodProblem.FILE_TOO_COMPLEX, "CoD file " + Quote.of(name) + " takes more"
                    + " than " + cpuLimit + " of processor time to read, more than a Certificate of Destruction"
                    + " needs; send a plain PDF of the certificate"));
        }
        super.processOperator(operator, operands);
    }

    private Refused refuse(CodRejection rejection) {
        if (refused == null) {
            refused = new Refused(rejection);
        }
        return refused;
    }

    private boolean visible(TextPosition text) {
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (!mode.isFill() && !mode.isStroke()) {
            return false;
        }
        float size = Math.abs(text.getTextMatrix().getScalingFactorY());
        if (size < MIN_FONT_SIZE || Math.abs(text.getFontSizeInPt()) < MIN_FONT_SIZE) {
            return false;
        }
        float x = text.getX();
        float y = text.getY();
        if (x + Math.max(text.getWidth(), 0) <= 0 || x >= text.getPageWidth() || y <= 0
                || y - Math.max(text.getHeight(), 0) >= text.getPageHeight()) {
            return false;
        }
        PDColor color = mode.isFill() ? state.getNonStrokingColor() : state.getStrokingColor();
        double alpha = mode.isFill() ? state.getNonStrokeAlphaConstant() : state.getAlphaConstant();
        return alpha > 0.05 && !isWhite(color);
    }

    private static boolean isWhite(PDColor color) {
        try {
            int rgb = color.toRGB();
            return (rgb >> 16 & 0xFF) >= NEAR_WHITE && (rgb >> 8 & 0xFF) >= NEAR_WHITE && (rgb & 0xFF) >= NEAR_WHITE;
        } catch (IOException | RuntimeException unknown) {
            return false; // a pattern or a colour space PDFBox cannot convert: counted as seen
        }
    }

    @Override
    public void saveGraphicsState() {
        if (++depth > MAX_GRAPHICS_DEPTH) {
            throw refuse(new CodRejection(CodProblem.FILE_TOO_COMPLEX, "CoD file " + Quote.of(name)
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
