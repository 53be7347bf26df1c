package com.tmip.run;

import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.InputFileException;
import com.tmip.input.InspectedFile;
import com.tmip.input.SourceRow;
import com.tmip.input.TableReader;
import com.tmip.input.TableReaders;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.function.BiFunction;

/**
 * Reads the rows of one input file of a run for a chunk-oriented step. Its restart state is the number of rows
 * handed out, under its name. Problems with the file as a whole never fail the step: a file that cannot be opened
 * or lacks required columns is recorded as rejected, and one that breaks part-way as truncated at that row; the
 * other files of the run go on.
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

    private final String name;
    private final ImportFile file;
    private final RunRegistry runs;
    private final HeaderMatcher columns;
    private final BiFunction<HeaderMatch, SourceRow, T> mapper;

    private TableReader table;
    private HeaderMatch header;
    private long rows;
    private boolean exhausted;

    public TableItemReader(String name, ImportFile file, RunRegistry runs, HeaderMatcher columns,
                           BiFunction<HeaderMatch, SourceRow, T> mapper) {
        this.name = name;
        this.file = file;
        this.runs = runs;
        this.columns = columns;
        this.mapper = mapper;
    }

    @Override
    public void open(ExecutionContext context) {
        if (file.status() == FileStatus.REJECTED) {
            exhausted = true;
            return;
        }
        try {
            table = TableReaders.open(new InspectedFile(file.path(), file.fileName(), file.sha256(), 0L, file.format(),
                    file.charset(), file.delimiter()));
            header = columns.match(table.header());
            runs.recordHeader(file.runId(), file.fileNo(), table.sheetName(), table.header(), header.unknownHeaders());
            if (!header.complete()) {
                reject(FileStatus.REJECTED, new FileProblem("FILE_MISSING_COLUMNS",
                        "the file cannot be imported: " + header.missingMessage(), table.headerRowNumber()));
                return;
            }
            long skip = context.getLong(key(), 0L);
            while (rows < skip && table.next() != null) {
                rows++;
            }
        } catch (InputFileException e) {
            reject(rows == 0 ? FileStatus.REJECTED : FileStatus.TRUNCATED,
                    new FileProblem(e.rule(), e.getMessage(), e.rowNumber()));
        }
    }

    @Override
    public MappedRow<T> read() {
        if (exhausted) {
            return null;
        }
        SourceRow source;
        try {
            source = table.next();
        } catch (InputFileException e) {
            reject(FileStatus.TRUNCATED, new FileProblem(e.rule(),
                    e.getMessage() + " (rows before it were read; fix the file and import it again: those rows will"
                            + " be reported as duplicates)", e.rowNumber()));
            return null;
        }
        if (source == null) {
            runs.finishFile(file.runId(), file.fileNo(), FileStatus.READ, null);
            exhausted = true;
            return null;
        }
        rows++;
        return new MappedRow<>(source, mapper.apply(header, source));
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
        if (table != null) {
            table.close();
            table = null;
        }
    }

    private String key() {
        return name + "." + ROWS;
    }

}
