package hotline.model;

/** What the caller wants. Consultations are usually answered on the spot; the others are orders. */
public enum CaseType { CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION, PRAISE }
