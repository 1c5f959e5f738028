package hotline.server.clocks;

/** NATURAL: every hour counts. WORKING: only hours of working days count (weekends and holidays skipped). */
public enum CalendarKind { NATURAL, WORKING }
