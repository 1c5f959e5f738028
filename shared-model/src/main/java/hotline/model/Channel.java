package hotline.model;

public enum Channel { PHONE, WEB, APP, WECHAT, OPEN311 }
