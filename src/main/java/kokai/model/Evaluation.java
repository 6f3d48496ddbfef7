package kokai.model;

/** The self-evaluation (評価): four scores, each with its comment. */
public record Evaluation(
    @Field(ja = "市民ニーズ", en = "Citizen needs") Score citizenNeeds,
    @Field(ja = "進捗状況", en = "Progress") Score progress,
    @Field(ja = "市の関与", en = "City involvement") Score cityInvolvement,
    @Field(ja = "優先度", en = "Priority") Score priority) {}
