-- Every ledger line in the reconciliation (issue 16). credit_rejected_line keeps each ledger line a run did not
-- accept (malformed, or a credit id repeated / loaded before with other values) with its cells as written (cut to
-- 200 characters), so that the reconciliation lists it with its own outcome and its amount counts in the totals:
-- amount is the amount as a number where the text reads as one (else null, and amount_text shows it apart);
-- currency is the key the totals group it under (the code, upper-cased, when it is three letters; else "(none)" or
-- "(invalid)"); account_id the known account the account cell names, if any. Written by the ledger step in the
-- chunk's transaction; its primary key makes a replayed chunk fail rather than double a line, like row_outcome.
CREATE TABLE credit_rejected_line (
    run_id        VARCHAR(40)     NOT NULL,
    file_no       INTEGER         NOT NULL,
    row_no        INTEGER         NOT NULL,
    credit_id     VARCHAR(200)    NOT NULL,
    case_id       VARCHAR(200)    NOT NULL,
    account_text  VARCHAR(200)    NOT NULL,
    account_id    VARCHAR(64),
    serial        VARCHAR(200)    NOT NULL,
    amount_text   VARCHAR(200)    NOT NULL,
    amount        DECIMAL(38, 10),
    currency      VARCHAR(16)     NOT NULL,
    currency_text VARCHAR(200)    NOT NULL,
    issued_on     VARCHAR(200)    NOT NULL,
    rule          VARCHAR(40)     NOT NULL,
    reason        VARCHAR(4000)   NOT NULL,
    PRIMARY KEY (run_id, file_no, row_no)
);

-- The totals of each finished reconciliation, so that `runs show` prints them without its report folder: one row per
-- (account, currency, outcome) with the line or item count, the amount (a ledger line's amount; an uncredited item's
-- expected credit) and how many amounts could not be read as a number; and, with outcome '', the ledger's own
-- total per currency as the database summed it. Read by run_id only (the primary key's prefix).
CREATE TABLE reconciliation_total (
    run_id       VARCHAR(40)     NOT NULL,
    account_id   VARCHAR(64)     NOT NULL,
    currency     VARCHAR(16)     NOT NULL,
    outcome      VARCHAR(40)     NOT NULL,
    line_count   BIGINT          NOT NULL,
    amount       DECIMAL(38, 10) NOT NULL,
    not_a_number BIGINT          NOT NULL,
    PRIMARY KEY (run_id, account_id, currency, outcome)
);
