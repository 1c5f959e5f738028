package hotline.model;

public enum Satisfaction { SATISFIED, BASICALLY, DISSATISFIED }
