-- POS amounts are whole numbers of the transaction's own minor unit (ISO 4217: 2 decimals for USD and EUR, 0 for
-- JPY, 3 for KWD), and `exponent` says how many decimals that is. Rows imported before were all stored in cents
-- (amounts with more decimals were rounded, with a note), so they keep exponent 2.
ALTER TABLE pos_transactions ADD COLUMN exponent INTEGER NOT NULL DEFAULT 2;
