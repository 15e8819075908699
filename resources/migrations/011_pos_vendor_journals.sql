-- Vendor POS journals: every record has a kind (sale, return, exchange, void, no_sale, sign_on, sign_off,
-- till_open, till_close, price_override, paid_in, paid_out, control), a whole-transaction void flag, where its time
-- came from (and, for a local time written without an offset, the timezone it took), whether the business day was
-- derived, and notes on what the import did to its values. An import keeps the options it was read with.
ALTER TABLE pos_transactions ADD COLUMN kind TEXT NOT NULL DEFAULT 'sale';
ALTER TABLE pos_transactions ADD COLUMN voided INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pos_transactions ADD COLUMN time_source TEXT;
ALTER TABLE pos_transactions ADD COLUMN time_written TEXT;
ALTER TABLE pos_transactions ADD COLUMN zone_applied TEXT;
ALTER TABLE pos_transactions ADD COLUMN business_day_derived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pos_transactions ADD COLUMN notes_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE pos_imports ADD COLUMN options_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE pos_imports ADD COLUMN kinds_json TEXT NOT NULL DEFAULT '{}';
UPDATE pos_transactions SET kind = CASE
    WHEN type = 'control' AND control IN ('no_sale', 'drawer_open') THEN 'no_sale'
    WHEN type = 'control' THEN COALESCE(NULLIF(control, ''), 'control')
    WHEN EXISTS (SELECT 1 FROM pos_lines l WHERE l.transaction_id = pos_transactions.id AND l.kind = 'return')
        THEN 'return'
    ELSE 'sale' END;
CREATE INDEX pos_transactions_kind ON pos_transactions (store_id, kind);
