-- The agency's ORI (the FBI's originating agency identifier, e.g. IL0160000): the reporting agency of the NIBRS
-- Group A incident reports written for releases to that agency. Empty: no NIBRS XML for its releases.
ALTER TABLE agencies ADD COLUMN ori TEXT NOT NULL DEFAULT '';
