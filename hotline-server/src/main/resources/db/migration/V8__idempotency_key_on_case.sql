-- The Idempotency-Key of the call that created a case, and the hash of its request, move onto the case itself.
-- A table of their own cost the intake writer, for every call, a second row, an index keyed by a random string
-- (a random B-tree page written per call) and the first answer as JSON. The server keeps the keys of the last
-- 24 hours in memory and rebuilds them from these columns when it starts (IdempotencyKeys); a retry is answered
-- from the case as stored. No index: the keys are read back by created_at only (docs/PERFORMANCE.md, decision 0002).
alter table hotline_case add column idem_key varchar(100);
alter table hotline_case add column request_hash varchar(64);
update hotline_case
   set idem_key = (select k.idem_key from idempotency_key k where k.case_id = hotline_case.id),
       request_hash = (select k.request_hash from idempotency_key k where k.case_id = hotline_case.id)
 where id in (select case_id from idempotency_key);
drop table idempotency_key;
