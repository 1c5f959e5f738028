-- Joint orders (吹哨报到): the lead unit calls in co-units, each with its own task and sub-clock (sign within
-- sign_due_at, finish by due_at). A co-unit that misses a step is escalated to its district.
-- state: CALLED, SIGNED, DONE, ESCALATED, CLOSED (closed with the case when the lead resolves it).
create table case_co_unit (
    case_id      varchar(26)   not null references hotline_case (id),
    unit_code    varchar(32)   not null references unit (code),
    task         varchar(2000) not null,
    state        varchar(12)   not null,
    called_at    timestamp with time zone not null,
    sign_due_at  timestamp with time zone not null,
    due_at       timestamp with time zone not null,
    signed_at    timestamp with time zone,
    done_at      timestamp with time zone,
    escalated_at timestamp with time zone,
    result       varchar(2000),
    primary key (case_id, unit_code)
);
-- A co-unit's queue, and the scheduler's look for missed steps.
create index case_co_unit_by_unit on case_co_unit (unit_code, state);
create index case_co_unit_by_state on case_co_unit (state, due_at);
