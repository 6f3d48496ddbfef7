package kokai.model;

import java.math.BigDecimal;

/** Staff cost of one fiscal year (人件費). */
public record Personnel(
    @Field(ja = "人件費計", en = "Personnel cost", doc = "千円。", min = 0, max = CostYear.MAX_AMOUNT) Long total,
    @Field(ja = "正職員従事割合", en = "Regular staff (FTE)", doc = "人。正職員の従事割合の合計。例: 1.50") BigDecimal regularStaff,
    @Field(ja = "正職員時間外勤務", en = "Overtime hours", doc = "時間。") BigDecimal overtimeHours,
    @Field(ja = "会計年度任用職員有無", en = "Fiscal-year-appointed staff", doc = "有 = true, 無 = false。") Boolean fiscalYearAppointedStaff) {}
