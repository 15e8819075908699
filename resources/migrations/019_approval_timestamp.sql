-- Legal's approval time-stamped: the RFC 3161 token (TimeStampResp, DER) over approval_p7s from the organisation's
-- time-stamp authority, asked for as the approval is made. It proves that the approval existed at that time, which
-- the revocation check needs (decided_at is the signer's own clock). NULL: approved without a TSA configured.
ALTER TABLE releases ADD COLUMN approval_tsr BLOB;
