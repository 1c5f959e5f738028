package hotline.model;

public enum Role { OPERATOR, SHIFT_LEAD, CLERK, HANDLER, ADMIN }
