package kokai.model;

/** The budget account (予算科目) the project is paid from. */
public record BudgetAccount(
    @Field(ja = "予算科目コード", en = "Account code", doc = "款項目の番号。例: 01-020108-15") String code,
    @Field(ja = "予算科目名", en = "Account name", doc = "予算科目の名称（シートで途切れている場合はそのまま）。") String name) {}
