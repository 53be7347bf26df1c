-- No query looks items up by their CoD's hash (the reconciliation joins the other way, on cod_attachment's
-- primary key), and every registered item paid for keeping it.
DROP INDEX equipment_item_cod;
