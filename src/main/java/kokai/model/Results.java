package kokai.model;

/** Achievements and issues (事業の成果と課題). */
public record Results(
    @Field(ja = "前年度の課題への対応", en = "Response to last year's issues") String previousIssuesResponse,
    @Field(ja = "成果", en = "Achievements") String achievements,
    @Field(ja = "課題（業務）", en = "Issues: operations") String operationalIssues,
    @Field(ja = "課題（組織、予算等）", en = "Issues: organisation and budget") String organizationalIssues,
    @Field(ja = "改善目標", en = "Improvement goal") String improvementGoal) {}
