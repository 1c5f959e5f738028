package hotline.model;

/** Why a return visit counts in no denominator of the rankings. */
public enum ExclusionReason { MALICIOUS, UNREACHABLE, UNREASONABLE }
