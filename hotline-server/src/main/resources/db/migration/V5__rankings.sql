-- The monthly three rates (DESIGN.md), maintained incrementally from the event log by the ranking projector.
-- ranking_fact: one row per case and measure that counts for a unit in a month (the drill-down to the cases);
-- ranking_tally: the same, counted per unit and month (what a ranking reads: its cost does not grow with cases);
-- ranking_cursor: the last event the projector has counted, committed with the facts and tallies it produced.
create table ranking_fact (
    event_id   bigint      not null,
    measure    varchar(16) not null,
    period     char(7)     not null,  -- the month, "YYYY-MM" (MONTH is a keyword in H2)
    unit_code  varchar(32) not null,
    case_id    varchar(26) not null,
    primary key (event_id, measure)
);
create index ranking_fact_drill on ranking_fact (period, unit_code, measure, case_id);

create table ranking_tally (
    period     char(7)     not null,  -- the month, "YYYY-MM" (MONTH is a keyword in H2)
    unit_code  varchar(32) not null,
    dispatched integer     not null,
    responded  integer     not null,
    evaluated  integer     not null,
    resolved   integer     not null,
    satisfied  integer     not null,
    basically  integer     not null,
    returned   integer     not null,
    primary key (period, unit_code)
);

create table ranking_cursor (
    name          varchar(32) primary key,
    last_event_id bigint      not null
);
insert into ranking_cursor (name, last_event_id) values ('rankings', 0);
