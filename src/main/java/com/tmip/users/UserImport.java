package com.tmip.users;

import com.tmip.account.AccountStore;
import com.tmip.config.TmipProperties;
import com.tmip.input.HeaderMatch;
import com.tmip.input.InputFormat;
import com.tmip.input.SourceRow;
import com.tmip.report.ReportWriter;
import com.tmip.report.RowOutcomes;
import com.tmip.row.Violation;
import com.tmip.run.CaseCounts;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.MappedRow;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRegistry;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;
import com.tmip.run.TableItemReader;
import com.tmip.users.rules.CommonPasswords;
import com.tmip.users.rules.UserValidator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * {@code import-users FILE... [--out DIR] [--dry-run]}: creates (or, after a crash, resumes) a run over the given
 * files and runs its job: one chunk-oriented step per file ({@code file-1}, …) that checks each row, hashes the
 * passwords of the rows that pass and stages them; then {@code resolveUsers}, which resolves managers across all
 * files and creates the users. Writes the reports; the summary's exit code is the contract's.
 */
@Service
public class UserImport {

    public static final String JOB_NAME = "importUsers";

    private static final Logger log = LoggerFactory.getLogger(UserImport.class);

    private final RunRegistry runs;
    private final RunCoordinator coordinator;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final AccountStore accounts;
    private final UserStore users;
    private final UserResolution resolution;
    private final RowOutcomes outcomes;
    private final ReportWriter reports;
    private final PasswordEncoder encoder;
    private final CommonPasswords commonPasswords;
    private final List<String> roles;
    private final String defaultRegion;
    private final int chunkSize;
    private final ObjectProvider<StepListener> listeners;
    private final UsersCreatedReport usersCreated;

    public UserImport(RunCoordinator coordinator, RunRegistry runs, JobRepository jobRepository,
                      PlatformTransactionManager transactionManager, AccountStore accounts, UserStore users,
                      UserResolution resolution, RowOutcomes outcomes, ReportWriter reports, PasswordEncoder encoder,
                      CommonPasswords commonPasswords, TmipProperties properties,
                      ObjectProvider<StepListener> listeners, UsersCreatedReport usersCreated) {
        this.usersCreated = usersCreated;
        this.coordinator = coordinator;
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.accounts = accounts;
        this.users = users;
        this.resolution = resolution;
        this.outcomes = outcomes;
        this.reports = reports;
        this.encoder = encoder;
        this.commonPasswords = commonPasswords;
        this.roles = List.copyOf(properties.users().roles());
        this.defaultRegion = properties.users().defaultRegion();
        this.chunkSize = properties.users().chunkSize();
        this.listeners = listeners;
    }

    public RunSummary run(UserImportRequest command) {
        RunRequest request = new RunRequest(JOB_NAME, command.files(), command.dryRun(), command.outDir(), null, "");
        return coordinator.execute(request, (run, files) -> job(run, files,
                        new UserValidator(accounts.directory(), roles, defaultRegion, commonPasswords)),
                run -> reports.write(run, run.dryRun() ? UserStore.ACCEPTED_PER_FILE_DRY_RUN : UserStore.ACCEPTED_PER_FILE,
                        CaseCounts.NONE, Map.of("users_created", usersCreated.write(run)), UserColumns.matcher()));
    }

    private Job job(ImportRun run, List<ImportFile> files, UserValidator validator) {
        SimpleJobBuilder job = null;
        for (ImportFile file : files) {
            Step step = fileStep(run, file, validator);
            job = job == null ? new JobBuilder(JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        return job.next(resolveStep(run)).build();
    }

    private Step fileStep(ImportRun run, ImportFile file, UserValidator validator) {
        var step = new StepBuilder("file-" + file.fileNo(), jobRepository)
                .<MappedRow<ReadUser>, CheckedUser>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(new TableItemReader<>("userReader", file, runs, UserColumns.matcher(),
                        mapper(run, file)).headerCheck(UserColumns::notAHeader))
                .processor(mapped -> new CheckedUser(mapped.row().safeSource(),
                        withCellProblems(mapped.row().safeSource(), check(mapped.row(), validator))))
                .writer(new UserWriter(run, file.fileNo(), users, outcomes, encoder));
        listeners.orderedStream().forEach(step::listener); // progress
        return step.build();
    }

    /**
     * Maps the file's rows; at the first, says in the log (by count, never quoting a label or a cell) when columns
     * the job does not know look like secrets: their cells are blanked like every unknown column's.
     */
    private static BiFunction<HeaderMatch, SourceRow, ReadUser> mapper(ImportRun run, ImportFile file) {
        AtomicBoolean noted = new AtomicBoolean();
        boolean delimited = file.format() == InputFormat.CSV;
        return (header, source) -> {
            long secretLooking = noted.getAndSet(true) ? 0 : UserColumns.secretLookingHeaders(header);
            if (secretLooking > 0) {
                log.warn("run {} file {}: {} column(s) the job does not know have a header that looks like a"
                        + " secret's; their cells are never stored nor reported", run.runId(), file.fileNo(),
                        secretLooking);
            }
            return UserColumns.map(header, source, delimited);
        };
    }

    private Step resolveStep(ImportRun run) {
        return new StepBuilder("resolveUsers", jobRepository)
                .tasklet((contribution, context) -> {
                    resolution.resolve(run);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** A row whose cells may have shifted is rejected for that alone: no rule sees (nor quotes) its cells. */
    private static UserCheck check(ReadUser read, UserValidator validator) {
        return read.misshapen() ? UserCheck.invalid(List.of(read.shape())) : validator.check(read.row());
    }

    /** The check, rejected also for every problem the reader found in the row's cells (never quoting a value). */
    private static UserCheck withCellProblems(SourceRow source, UserCheck check) {
        if (source.problems().isEmpty()) {
            return check;
        }
        List<Violation> violations = new ArrayList<>(source.problemViolations());
        violations.addAll(check.violations());
        return UserCheck.invalid(violations);
    }
}
