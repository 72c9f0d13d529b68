-- The change log's index by hybrid time served one question, the newest time in the log, and cost
-- every logged change an index entry (a bulk load logs millions). The newest time is found from
-- the log's own order instead (ChangeLog.newestHlc).
DROP INDEX change_log_hlc;
