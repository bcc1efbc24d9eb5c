-- The reports (issue 19) read a month's tickets in one pass over this index, which holds every field they add up:
-- a million ticket lines are reported in the time a manager waits for a window to open. It replaces the index of
-- migration 0022, which the drawer's queries (register and time) use the same way.
DROP INDEX tickets_by_register_time;
CREATE INDEX tickets_by_register_time_totals ON tickets(register_id, occurred_at, operator, total_minor, base_minor);
