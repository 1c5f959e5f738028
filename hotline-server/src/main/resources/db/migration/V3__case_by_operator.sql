-- A shift lead lists the open cases one operator took (GET /api/v1/cases?operator=) to review or reassign them.
-- Same shape as the other listing indexes: the filter, then the paging order.
create index case_by_operator on hotline_case (created_by, created_at desc, id desc);
