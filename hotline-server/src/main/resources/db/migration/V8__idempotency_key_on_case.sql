-- The Idempotency-Key of the call that created a case, and the hash of its request, move onto the case itself.
-- A table of their own cost the intake writer, for every call, a second row, a second index keyed by a random
-- string and the first answer as JSON; the move raised what the writer carries by about a fifth
-- (docs/PERFORMANCE.md). A retry is now answered from the case as stored. The unique index keeps one case per
-- (user, key) for ever and on every node; NULLs are distinct in a unique index on both H2 and PostgreSQL, so cases
-- taken without a key do not collide.
alter table hotline_case add column idem_key varchar(100);
alter table hotline_case add column request_hash varchar(64);
update hotline_case
   set idem_key = (select k.idem_key from idempotency_key k where k.case_id = hotline_case.id),
       request_hash = (select k.request_hash from idempotency_key k where k.case_id = hotline_case.id)
 where id in (select case_id from idempotency_key);
create unique index case_by_idempotency_key on hotline_case (created_by, idem_key);
drop table idempotency_key;
