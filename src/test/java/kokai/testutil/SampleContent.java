package kokai.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;

/**
 * A small content folder for tests of the published data: one project over three fiscal years
 * (2021 and 2022 as id 088, then renumbered to 101 in 2023 with a {@code related} link), and a
 * second project whose title needs escaping in every format (quotes, comma, markup, ampersand).
 */
public final class SampleContent {
  public static final String SITE = """
      title: テスト市 事務事業評価
      city: テスト市
      baseUrl: https://example.jp/hyoka/
      published: 2023-06-01
      license:
        name: CC BY 4.0
        url: https://creativecommons.org/licenses/by/4.0/
      departmentSlugs:
        政策部: policy
      """;

  public static final String Y2021 = """
      fiscalYear: 2021
      id: "088"
      title: 情報通信ネットワーク運営業務
      published: 2022-07-01
      organization: {department: 政策部, division: 情報政策課, section: 情報システム係}
      costs:
        - {fiscalYear: 2020, budget: 86185, settlement: 77967, funding: {general: 77967, grantsAndBonds: 0, other: 0}, personnel: {total: 7046}}
        - {fiscalYear: 2021, budget: 90000, settlement: 85000, funding: {general: 80000, grantsAndBonds: 5000, other: 0}, personnel: {total: 7100}}
        - {fiscalYear: 2022, budget: 95000, settlement: null, personnel: {total: 7200}}
      indicators:
        - name: 年間のネットワーク停止時間
          unit: 分以内
          kind: 活動結果指標
          values:
            - {fiscalYear: 2020, target: 280.0, actual: 3.0}
            - {fiscalYear: 2021, target: 280.0, actual: 12.5}
            - {fiscalYear: 2022, target: 280.0, actual: null}
      evaluation:
        citizenNeeds: {score: 3}
        progress: {score: 4}
        cityInvolvement: {score: 4}
        priority: {score: 3}
      direction: {decision: 継続}
      """;

  public static final String Y2022 = """
      fiscalYear: 2022
      id: "088"
      title: 情報通信ネットワーク運営業務
      published: 2023-07-01
      updated: 2023-08-15
      organization: {department: 政策部, division: 情報政策課, section: 情報システム係}
      sdgs: [9, 16]
      costs:
        - {fiscalYear: 2021, budget: 90000, settlement: 85000, funding: {general: 80000, grantsAndBonds: 5000, other: 0}, personnel: {total: 7100}}
        - {fiscalYear: 2022, budget: 100000, settlement: 98000, funding: {general: 90000, grantsAndBonds: 8000, other: 0}, personnel: {total: 10460, regularStaff: 1.50}}
        - {fiscalYear: 2023, budget: 129129, settlement: null, funding: {general: null, grantsAndBonds: null, other: null}, personnel: {total: null}}
      indicators:
        - name: 年間のネットワーク停止時間
          unit: 分以内
          kind: 活動結果指標
          values:
            - {fiscalYear: 2021, target: 280.0, actual: 12.5}
            - {fiscalYear: 2022, target: 250.0, actual: 20.0}
            - {fiscalYear: 2023, target: 250.0, actual: null}
      evaluation:
        citizenNeeds: {score: 3, comment: 一定のニーズがある。}
        progress: {score: 2}
        cityInvolvement: {score: 4}
        priority: {score: 4}
      direction: {decision: 拡大・拡充, reason: 更新時期のため。}
      """;

  public static final String Y2023 = """
      fiscalYear: 2023
      id: "101"
      title: 情報ネットワーク基盤運営業務
      organization: {department: 政策部, division: 情報政策課}
      costs:
        - {fiscalYear: 2023, budget: 129129, settlement: 120000, personnel: {total: 11000}}
      indicators:
        - name: 年間のネットワーク停止時間
          unit: 分以内
          values:
            - {fiscalYear: 2023, target: 250.0, actual: 30.0}
      evaluation:
        citizenNeeds: {score: 3}
        progress: {score: 3}
        cityInvolvement: {score: 4}
        priority: {score: 4}
      direction: {decision: 継続}
      related:
        - {fiscalYear: 2022, id: "088"}
      """;

  public static final String TRICKY = """
      fiscalYear: 2022
      id: "200"
      title: '子育て "応援", </script><b>支援 & 相談'
      organization: {department: 福祉部, division: こども課}
      costs:
        - {fiscalYear: 2022, budget: 5000, settlement: null}
      """;

  private SampleContent() {}

  /** Writes the sample into {@code dir} and returns {@code dir}. */
  public static Path write(Path dir) {
    file(dir, "site.yaml", SITE);
    file(dir, "sheets/2021/088.yaml", Y2021);
    file(dir, "sheets/2022/088.yaml", Y2022);
    file(dir, "sheets/2023/101.yaml", Y2023);
    file(dir, "sheets/2022/200.yaml", TRICKY);
    return dir;
  }

  /** Writes the sample into {@code dir} and loads it; fails on any load error. */
  public static Content load(Path dir) {
    LoadResult r = new ContentLoader().load(write(dir));
    if (r.content().isEmpty()) {
      throw new AssertionError("sample content did not load: " + r.diagnostics());
    }
    return r.content().get();
  }

  public static void file(Path dir, String name, String text) {
    try {
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
