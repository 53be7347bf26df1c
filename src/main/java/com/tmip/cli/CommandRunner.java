package com.tmip.cli;

import com.tmip.run.RunFailedException;
import com.tmip.run.RunRefusedException;
import com.tmip.run.UnsupportedRequestException;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Runs a parsed command in the started application and maps its outcome to the exit codes of the contract. */
@Component
public class CommandRunner {

    public static final int ALL_ACCEPTED = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int FINISHED_WITH_REJECTIONS = 3;

    private final ApplicationContext beans;
    private final Environment environment;

    public CommandRunner(ApplicationContext beans, Environment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    /** Runs {@code command} in the {@link OutputMode#TABLE} mode. */
    public int run(Command command, PrintStream out, PrintStream err) {
        return run(command, OutputMode.TABLE, out, err);
    }

    public int run(Command command, OutputMode mode, PrintStream out, PrintStream err) {
        Output output = new Output(mode, out, err, database(environment));
        try {
            return command.execution().run(beans, output);
        } catch (UsageException | UnsupportedRequestException e) {
            output.error(e.getMessage());
            return USAGE_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ALL_ACCEPTED;
        } catch (RunRefusedException e) {
            output.error(e.getMessage());
            return RUN_FAILED;
        } catch (RunFailedException | DataAccessException | UncheckedIOException e) {
            output.error("the run failed: " + describe(e));
            output.error("run the same command again to resume where it stopped.");
            return RUN_FAILED;
        }
    }

    /** The database of this application, as a person reads it: its URL without parameters or credentials. */
    static String database(Environment environment) {
        return Databases.describe(environment.getProperty("spring.datasource.url"));
    }

    /** The innermost message of an exception chain, for a person: no class names, no stack trace. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
            return "the embedded database is in use by another tmip process; run the command again when it has"
                    + " finished";
        }
        return e instanceof RunFailedException ? e.getMessage() : message;
    }
}
