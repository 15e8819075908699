-- Evidence brought in as files (DVR/VMS exports, phone videos, stills, documents) rather than pulled from a store
-- drop: what kind of exhibit it is, where it came from, its name as received, and the recorder clock offset the
-- investigator gave. NULL on everything pulled from stores and on derivatives.
ALTER TABLE media ADD COLUMN media_type TEXT;     -- video, audio, image, document
ALTER TABLE media ADD COLUMN source TEXT;         -- as the investigator describes it ("DVR export on USB from ...")
ALTER TABLE media ADD COLUMN original_name TEXT;  -- the file's name as received (archive!entry for unpacked files)
ALTER TABLE media ADD COLUMN clock_offset REAL;   -- seconds the recorder's clock was ahead of true time
