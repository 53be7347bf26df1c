package com.tmip.users;

import com.tmip.input.SourceRow;
import com.tmip.row.Violation;
import com.tmip.run.MappedRow;
import com.tmip.users.rules.UserValidator;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks each user row: a row whose cells may have shifted is rejected for that alone (no rule sees, nor quotes, its
 * cells); any other goes through the {@link UserValidator} and is rejected also for every problem the reader found
 * in its cells. What travels on is only what of the row may be kept ({@link ReadUser#safeSource()}).
 */
public class UserRowProcessor implements ItemProcessor<MappedRow<ReadUser>, CheckedUser> {

    private final UserValidator validator;

    public UserRowProcessor(UserValidator validator) {
        this.validator = validator;
    }

    @Override
    public CheckedUser process(MappedRow<ReadUser> mapped) {
        ReadUser read = mapped.row();
        UserCheck check = read.misshapen() ? UserCheck.invalid(List.of(read.shape())) : validator.check(read.row());
        return new CheckedUser(read.safeSource(), withCellProblems(read.safeSource(), check));
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
