-- The returns each record-returns run accepted, one row per row of its lists (a dry run's too: what it would
-- receive), keyed by run and serial: what makes a later row of the same serial in the run a duplicate, what the
-- run's accepted counts and received.csv are read from. The item itself changes in equipment_item (V8 columns).
CREATE TABLE item_return (
    run_id           VARCHAR(40)  NOT NULL,
    serial           VARCHAR(20)  NOT NULL,
    file_no          INTEGER      NOT NULL,
    row_no           INTEGER      NOT NULL,
    received_on      DATE         NOT NULL,
    return_reference VARCHAR(100) NOT NULL,
    PRIMARY KEY (run_id, serial)
);
CREATE INDEX item_return_row ON item_return (run_id, file_no, row_no);
-- A case's items (cases show, items --case) by index instead of a scan of every registered item.
CREATE INDEX equipment_item_case ON equipment_item (case_id);
