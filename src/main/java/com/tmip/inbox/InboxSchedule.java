package com.tmip.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * {@code run-inbox DIR --every CRON}: stays up and runs a pass at each time of a Spring cron expression
 * (six fields, e.g. {@code "0 0 2 * * *"} for 02:00 every night), for hosts without cron. Each pass is logged.
 */
@Service
public class InboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(InboxSchedule.class);

    private final InboxPass pass;
    private final Clock clock;

    public InboxSchedule(InboxPass pass, Clock clock) {
        this.pass = pass;
        this.clock = clock;
    }

    /** Runs passes until the process is stopped. */
    public void runForever(InboxRequest command) throws InterruptedException {
        CronExpression cron = CronExpression.parse(command.every());
        while (!Thread.currentThread().isInterrupted()) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime next = cron.next(now);
            if (next == null) {
                log.warn("the schedule '{}' has no next time; stopping", command.every());
                return;
            }
            log.info("next inbox pass at {}", next.toLocalDateTime().withNano(0));
            Thread.sleep(Math.max(0, Duration.between(now, next).toMillis()));
            try {
                InboxResult result = pass.run(command);
                log.info("inbox pass done: {} file(s) processed, {} run(s) not finished, {} file(s) waiting, exit {}",
                        result.processed().size(), result.failures().size(), result.waiting().size(),
                        result.exitCode());
            } catch (RuntimeException e) {
                log.warn("inbox pass failed: {}; the next pass tries again", e.getMessage());
            }
        }
    }

    /** Whether a cron expression is valid, for the command line. */
    public static boolean isValid(String cron) {
        return CronExpression.isValidExpression(cron);
    }
}
