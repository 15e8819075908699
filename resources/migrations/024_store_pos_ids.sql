-- The ids a store's own POS system writes for it in its journals (NCR ACS RetailStoreID 2301, Futura
-- BusinessUnit/UnitID), which are not LP Desk's store id. A journal's transactions that name one of them import as
-- the store's. One POS id belongs to one store. Only an administrator adds or removes them (audit store_pos_id_added,
-- store_pos_id_removed).
CREATE TABLE store_pos_ids (
    pos_id    TEXT PRIMARY KEY,
    store_id  TEXT NOT NULL REFERENCES stores (id),
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
);
CREATE INDEX store_pos_ids_store ON store_pos_ids (store_id);
