package hotline.model;

/** The statutory deadlines a case can carry. */
public enum ClockName { ACCEPT, SIGN, CONTACT, HANDLE, FEEDBACK, RETURN_VISIT }
