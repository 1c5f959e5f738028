package hotline.model;

/** GREEN: in time; YELLOW: past the warning threshold; RED: overdue; MET/MISSED: stopped in or out of time. */
public enum ClockState { GREEN, YELLOW, RED, MET, MISSED }
