-- Repeat detection (RepeatPolicy) reads the recent orders of one phone and of one category on every call.
-- With the listing indexes alone, each candidate cost a second lookup of its row by primary key; a quarter of
-- the intake writer's time went there. These indexes carry every column the lookup reads, so both H2 (which
-- reads index values before it fetches a row) and PostgreSQL (index-only scans) answer from the index alone.
-- They still serve the listing filters on phone and category, ordered by (created_at, id).
drop index case_by_category;
create index case_by_category on hotline_case (category_code, created_at desc, id desc, status, repeat_of, lat, lng);
drop index case_by_phone;
create index case_by_phone on hotline_case (caller_phone, created_at desc, id desc, status, repeat_of, category_code, lat, lng);
