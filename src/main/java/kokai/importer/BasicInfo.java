package kokai.importer;

import java.util.List;
import kokai.model.BudgetAccount;
import kokai.model.Organization;
import kokai.model.PlanEntry;

/** The values of 事業の基本情報, read and checked, ready to become part of a sheet. */
record BasicInfo(
    String id,
    String title,
    BudgetAccount budgetAccount,
    Organization organization,
    List<String> mayoralPledges,
    List<PlanEntry> strategicPlan,
    String status,
    String classification,
    String delivery,
    List<String> plans,
    List<String> legalBases,
    String period,
    List<Integer> sdgs) {}
