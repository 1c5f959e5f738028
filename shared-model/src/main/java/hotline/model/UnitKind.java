package hotline.model;

public enum UnitKind { DISTRICT, SUB_DISTRICT, DEPARTMENT, ENTERPRISE, CENTRE }
