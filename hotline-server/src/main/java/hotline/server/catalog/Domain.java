package hotline.server.catalog;

/** The 20 fixed level-1 domains of the category tree (DESIGN.md); codes are part of the contract. */
public enum Domain {
    URBAN("城市管理", "Urban management"),
    HOUSING("住房物业", "Housing and property"),
    UTILITIES("水电气热", "Water, power, gas and heating"),
    TRANSPORT("交通出行", "Transport"),
    ENVIRONMENT("生态环境与噪声", "Environment and noise"),
    MARKET("市场监管与消费", "Market regulation and consumers"),
    LABOR("劳动就业与社保", "Labour, employment and social insurance"),
    HEALTH("医疗卫生", "Health"),
    EDUCATION("教育", "Education"),
    PUBLIC_SAFETY("公共安全与消防", "Public safety and fire"),
    CIVIL_AFFAIRS("民政与养老", "Civil affairs and elderly care"),
    GOV_SERVICE("政务服务", "Government services"),
    CONSTRUCTION("规划建设", "Planning and construction"),
    RURAL("农业农村", "Agriculture and rural affairs"),
    CULTURE_TOURISM("文化旅游体育", "Culture, tourism and sports"),
    TELECOM("通信网络", "Telecommunications"),
    FINANCE("金融", "Finance"),
    POLICING("治安与交通管理", "Public order and traffic policing"),
    EMERGENCY("紧急事件", "Emergencies (transfer to 110/119/120/122)"),
    FEEDBACK("意见建议与表扬", "Suggestions and praise");

    private final String nameZh;
    private final String nameEn;

    Domain(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
