package kokai.model;

/** What the project is for: 事業の概要. */
public record Overview(
    @Field(ja = "対象", en = "Target group", doc = "事業の対象（誰・何に対して）。") String target,
    @Field(ja = "目的", en = "Purpose", doc = "事業の目的（どのような状態にしたいか）。") String purpose,
    @Field(ja = "概要（取組内容）", en = "Activities", doc = "取組の内容。") String activities) {}
