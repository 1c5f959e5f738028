package hotline.model;

public enum VisitResolved { YES, PARTLY, NO }
