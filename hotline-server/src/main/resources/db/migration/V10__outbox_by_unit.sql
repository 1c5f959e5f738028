-- The dispatcher works unit by unit: it finds the units with pending rows and takes each unit's oldest pending row
-- (its head), locked, so that several server nodes share the outbox without sending a row twice or out of order.
-- With (state, id) alone, finding one unit's head meant reading past every older pending row of other units.
create index forward_outbox_by_unit on forward_outbox (state, unit_code, id);
