package com.tmip.run;

import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.InputFileException;
import com.tmip.input.InputRule;
import com.tmip.input.InspectedFile;
import com.tmip.input.SourceRow;
import com.tmip.input.TableReader;
import com.tmip.input.TableReaders;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Reads the rows of one input file of a run for a chunk-oriented step. Its restart state is the number of rows
 * handed out, under its name. Problems with the file as a whole never fail the step: a file that cannot be opened
 * or lacks required columns is recorded as rejected, and one that breaks part-way as truncated at that row; the
 * other files of the run go on.
 * <p>
 * Parsing and mapping run on a read-ahead thread that stays at most {@code readAhead} rows in front of the step,
 * so that parsing a workbook (the slowest part of an XLSX import) overlaps the checks and the database work of
 * the step's thread. Nothing else changes: rows are handed out in order, the restart state counts only the rows
 * handed out, the file's outcome is recorded on the step's thread (in its chunk's transaction), and memory is
 * bounded by the read-ahead.
 */
public class TableItemReader<T> implements ItemStreamReader<MappedRow<T>> {

    /** Execution-context key of the fraction of the file read, for progress (see {@link TableReader#fractionRead()}). */
    public static final String PROGRESS_KEY = "tmip.progress.fraction";
    /**
     * Execution-context key of the data rows handed out and committed so far, whatever the reader's name: what
     * {@code runs} reports as rows read (the step's read count also counts rows of chunks rolled back).
     */
    public static final String ROWS_READ_KEY = "tmip.rows.read";
    private static final String ROWS = "rows";
    /** Rows parsed ahead of the step: two chunks' worth by default. */
    public static final int DEFAULT_READ_AHEAD = 2000;

    private final String name;
    private final ImportFile file;
    private final RunRegistry runs;
    private final HeaderMatcher columns;
    private final BiFunction<HeaderMatch, SourceRow, T> mapper;
    private final int readAhead;
    private final long from;
    private final long to;

    private HeaderCheck headerCheck = HeaderCheck.NONE;
    private TableReader table;
    private HeaderMatch header;
    private long rows;
    private boolean exhausted;
    private BlockingQueue<Object> ahead;
    private Thread readThread;
    private volatile boolean closing;

    /** What the read-ahead thread hands over besides rows: the end of the table, or why it stopped. */
    private record End() {
    }

    /** The end of this reader's row range, before the end of the file (a partition that is not the last). */
    private record RangeEnd() {
    }

    private record Broken(InputFileException problem) {
    }

    private record Crashed(Throwable failure) {
    }

    public TableItemReader(String name, ImportFile file, RunRegistry runs, HeaderMatcher columns,
                           BiFunction<HeaderMatch, SourceRow, T> mapper) {
        this(name, file, runs, columns, mapper, DEFAULT_READ_AHEAD);
    }

    public TableItemReader(String name, ImportFile file, RunRegistry runs, HeaderMatcher columns,
                           BiFunction<HeaderMatch, SourceRow, T> mapper, int readAhead) {
        this(name, file, runs, columns, mapper, readAhead, 0, -1);
    }

    /**
     * A reader of the data rows {@code from} (inclusive, counted from 0) to {@code to} (exclusive; -1 for the end
     * of the file) only: one partition of the file. It parses the rows before {@code from} to skip them. Only the
     * reader that reaches the end of the file records the file as read; a problem with the file is recorded by
     * every range that meets it, the same way.
     */
    public TableItemReader(String name, ImportFile file, RunRegistry runs, HeaderMatcher columns,
                           BiFunction<HeaderMatch, SourceRow, T> mapper, int readAhead, long from, long to) {
        this.from = from;
        this.to = to;
        this.name = name;
        this.file = file;
        this.runs = runs;
        this.columns = columns;
        this.mapper = mapper;
        this.readAhead = readAhead;
    }

    /**
     * This reader, checking the file's first row with {@code check} before anything of it is stored (see
     * {@link HeaderCheck}).
     */
    public TableItemReader<T> headerCheck(HeaderCheck check) {
        this.headerCheck = check;
        return this;
    }

    @Override
    public void open(ExecutionContext context) {
        if (file.status() == FileStatus.REJECTED) {
            exhausted = true;
            return;
        }
        try {
            table = TableReaders.open(new InspectedFile(file.path(), file.fileName(), file.sha256(), 0L, file.format(),
                    file.charset(), file.delimiter()), runs.inputLimits());
            header = columns.match(table.header());
            HeaderCheck.Problem notAHeader = headerCheck.problem(table.header(), header);
            if (notAHeader != null) {
                // The first row is data: none of its cells is kept, not even as the file's header.
                runs.recordHeader(file.runId(), file.fileNo(), table.sheetName(), List.of(), List.of());
                reject(FileStatus.REJECTED, new FileProblem(notAHeader.rule(), notAHeader.message(),
                        table.headerRowNumber()));
                return;
            }
            runs.recordHeader(file.runId(), file.fileNo(), table.sheetName(), table.header(), header.unknownHeaders());
            if (!header.complete()) {
                reject(FileStatus.REJECTED, new FileProblem(InputRule.FILE_MISSING_COLUMNS.code(),
                        "the file cannot be imported: " + header.missingMessage(), table.headerRowNumber()));
                return;
            }
            long skip = context.getLong(key(), from);
            while (rows < skip && table.next() != null) {
                rows++;
            }
        } catch (InputFileException e) {
            reject(rows == 0 ? FileStatus.REJECTED : FileStatus.TRUNCATED,
                    new FileProblem(e.rule(), e.getMessage(), e.rowNumber()));
            return;
        }
        startReadAhead();
    }

    private void startReadAhead() {
        ahead = new ArrayBlockingQueue<>(Math.max(1, readAhead));
        readThread = new Thread(this::readAhead, "tmip-read-" + file.runId() + "-" + file.fileNo());
        readThread.setDaemon(true);
        readThread.start();
    }

    /** The read-ahead thread: parses and maps rows until the table ends, breaks, or the reader is closed. */
    private void readAhead() {
        try {
            SourceRow source;
            long parsed = rows;
            while (!closing && (to < 0 || parsed < to) && (source = table.next()) != null) {
                parsed++;
                if (!handOver(new MappedRow<>(source, mapper.apply(header, source)))) {
                    return;
                }
            }
            handOver(to >= 0 && parsed >= to ? new RangeEnd() : new End());
        } catch (InputFileException e) {
            handOver(new Broken(e));
        } catch (Throwable e) {
            handOver(new Crashed(e));
        }
    }

    private boolean handOver(Object next) {
        try {
            while (!closing) {
                if (ahead.offer(next, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MappedRow<T> read() {
        if (exhausted) {
            return null;
        }
        Object next;
        try {
            next = ahead.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.fileName(), e);
        }
        if (next instanceof MappedRow<?> row) {
            rows++;
            return (MappedRow<T>) row;
        }
        exhausted = true;
        if (next instanceof RangeEnd) {
            return null;
        }
        if (next instanceof Broken broken) {
            InputFileException e = broken.problem();
            reject(FileStatus.TRUNCATED, new FileProblem(e.rule(),
                    e.getMessage() + " (rows before it were read; fix the file and import it again: those rows will"
                            + " be reported as duplicates)", e.rowNumber()));
            return null;
        }
        if (next instanceof Crashed crashed) {
            if (crashed.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (crashed.failure() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(crashed.failure());
        }
        runs.finishFile(file.runId(), file.fileNo(), FileStatus.READ, null);
        return null;
    }

    private void reject(FileStatus status, FileProblem problem) {
        runs.finishFile(file.runId(), file.fileNo(), status, problem);
        exhausted = true;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(key(), rows);
        context.putLong(ROWS_READ_KEY, rows);
        if (table != null) {
            context.putDouble(PROGRESS_KEY, exhausted ? 1.0 : table.fractionRead());
        }
    }

    @Override
    public void close() {
        if (readThread != null) {
            closing = true;
            ahead.clear();
            try {
                readThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readThread = null;
            ahead = null;
            closing = false;
        }
        if (table != null) {
            table.close();
            table = null;
        }
    }

    private String key() {
        return name + "." + ROWS;
    }

}
