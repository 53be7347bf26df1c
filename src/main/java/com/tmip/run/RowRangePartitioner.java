package com.tmip.run;

import com.tmip.input.InputFileException;
import com.tmip.input.InspectedFile;
import com.tmip.input.TableReader;
import com.tmip.input.TableReaders;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits one input file of a run into row ranges of about equal size, one partition each (a grid of one: the whole
 * file, uncounted). For more, it counts the file's
 * data rows once (a CSV parses at about 2 million rows a second); the ranges are contiguous and the last one is
 * open-ended, so rows added after counting, or a file that cannot be counted, still go to exactly one partition.
 * A partition's execution context names the run, the file and its range ({@link #FROM} inclusive, {@link #TO}
 * exclusive, -1 for the end of the file): a worker on another host needs nothing else to read it. On a restart
 * Spring Batch does not call this again; it reruns the unfinished partitions with their saved contexts.
 */
public class RowRangePartitioner implements Partitioner {

    public static final String RUN_ID = "run.id";
    public static final String FILE_NO = "file.no";
    public static final String FROM = "rows.from";
    public static final String TO = "rows.to";

    private final ImportFile file;
    private final Map<String, String> extra;

    public RowRangePartitioner(ImportFile file) {
        this(file, Map.of());
    }

    /** @param extra further entries for every partition's context (options the worker needs), null values left out */
    public RowRangePartitioner(ImportFile file, Map<String, String> extra) {
        this.file = file;
        this.extra = extra;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        // one range needs no count: the file is read once, by the partition
        long rows = file.status() == FileStatus.REJECTED || gridSize <= 1 ? 0 : countRows(file);
        int partitions = (int) Math.max(1, Math.min(gridSize, rows));
        long size = (rows + partitions - 1) / Math.max(1, partitions);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(RUN_ID, file.runId());
            context.putInt(FILE_NO, file.fileNo());
            context.putLong(FROM, i * size);
            context.putLong(TO, i == partitions - 1 ? -1 : (i + 1) * size);
            extra.forEach((key, value) -> {
                if (value != null) {
                    context.putString(key, value);
                }
            });
            // unique in the job: Batch names a partition's step execution workerStep:key and finds it by that name
            contexts.put(String.format("file-%d.rows-%03d", file.fileNo(), i), context);
        }
        return contexts;
    }

    /** The data rows of the file, up to the first that cannot be read (0 when it cannot be opened). */
    static long countRows(ImportFile file) {
        long rows = 0;
        try (TableReader table = TableReaders.open(new InspectedFile(file.path(), file.fileName(), file.sha256(), 0L,
                file.format(), file.charset(), file.delimiter()))) {
            while (table.next() != null) {
                rows++;
            }
        } catch (InputFileException e) {
            // the partition that meets the problem records it, as an unpartitioned run would
        }
        return rows;
    }
}
