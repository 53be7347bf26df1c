-- The life cycle of a registered item: a COD item is a plan awaiting its signed certificate until one documents it;
-- a trade-in item awaits its return until the return is recorded. due_date is when the certificate or the return is
-- due (order date + tmip.documentation-deadline). Items registered before this migration: a COD item had its
-- certificate (DOCUMENTED), a trade-in had not been received (AWAITING_RETURN); their due date is computed with the
-- default deadline of three months.
ALTER TABLE equipment_item ADD COLUMN item_state VARCHAR(24);
ALTER TABLE equipment_item ADD COLUMN due_date DATE;
ALTER TABLE equipment_item ADD COLUMN documented_at TIMESTAMP;
ALTER TABLE equipment_item ADD COLUMN documented_run_id VARCHAR(40);
ALTER TABLE equipment_item ADD COLUMN received_on DATE;
ALTER TABLE equipment_item ADD COLUMN return_reference VARCHAR(100);
ALTER TABLE equipment_item ADD COLUMN received_run_id VARCHAR(40);
UPDATE equipment_item SET item_state = CASE WHEN disposition = 'COD' THEN 'DOCUMENTED' ELSE 'AWAITING_RETURN' END;
UPDATE equipment_item SET documented_at = registered_at, documented_run_id = run_id WHERE disposition = 'COD';
UPDATE equipment_item SET due_date = DATEADD('month', 3, order_date) WHERE order_date IS NOT NULL;
ALTER TABLE equipment_item ALTER COLUMN item_state SET NOT NULL;
ALTER TABLE dry_run_item ADD COLUMN item_state VARCHAR(24);
ALTER TABLE dry_run_item ADD COLUMN due_date DATE;
