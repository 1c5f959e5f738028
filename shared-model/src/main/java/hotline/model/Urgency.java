package hotline.model;

public enum Urgency { NORMAL, URGENT, EMERGENCY }
