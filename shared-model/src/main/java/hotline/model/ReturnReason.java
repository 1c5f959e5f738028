package hotline.model;

/** Why a unit sends an order back to the centre. */
public enum ReturnReason { NOT_OUR_DUTY, WRONG_LOCATION, NEEDS_OTHER_UNIT }
